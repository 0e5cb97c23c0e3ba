"""SMART Backend Services authorisation: a signed JWT assertion exchanged for an access token.

FrontDesk makes the key pair; IT registers the public JWKS with the EHR; the private key (PEM)
is stored by the caller and passed in. A plain bearer token is the other way in.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

import httpx
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm

from frontdesk.sync.errors import SyncError
from frontdesk.sync.http import host_of, send

SigningAlgorithm = Literal["ES384", "RS384"]
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
DEFAULT_SCOPE = "system/Appointment.rs system/Patient.rs system/Practitioner.rs"
ASSERTION_LIFETIME = 240  # seconds; SMART allows at most five minutes
EXPIRY_MARGIN = 60  # a token is renewed this many seconds before the server says it expires


class Auth(Protocol):
    """What the FHIR client needs from an authorisation: a header, and a way to drop it."""

    def authorization(self) -> str: ...

    def invalidate(self) -> None: ...


class BearerToken:
    """A token IT obtained by other means; nothing to renew, so a refusal is final."""

    def __init__(self, token: str) -> None:
        self._token = token

    def authorization(self) -> str:
        return f"Bearer {self._token}"

    def invalidate(self) -> None:
        """A fixed token cannot be renewed; the caller's second refusal raises."""


# ---- keys ------------------------------------------------------------------------------

def generate_private_key(algorithm: SigningAlgorithm = "ES384") -> str:
    """A new private key as PEM (PKCS#8), for the caller to keep in the keyring."""
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
    if algorithm == "ES384":
        key = ec.generate_private_key(ec.SECP384R1())
    else:
        key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")


def _load_private_key(pem: str) -> ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey:
    try:
        key = serialization.load_pem_private_key(pem.encode("ascii"), password=None)
    except (ValueError, TypeError, UnicodeEncodeError) as error:
        raise SyncError(
            "config",
            "The private key stored for this FHIR source could not be read as a PEM private "
            "key. Generate a new key pair and register its public key with the EHR.",
        ) from error
    if isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name == "secp384r1":
        return key
    if isinstance(key, rsa.RSAPrivateKey) and key.key_size >= 2048:
        return key
    raise SyncError(
        "config",
        "The private key stored for this FHIR source is neither a P-384 EC key (ES384) nor "
        "an RSA key of at least 2048 bits (RS384). Generate a new key pair.",
    )


def algorithm_of(pem: str) -> SigningAlgorithm:
    """ES384 for a P-384 key, RS384 for an RSA key."""
    return "ES384" if isinstance(_load_private_key(pem), ec.EllipticCurvePrivateKey) else "RS384"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def thumbprint(jwk: dict[str, str]) -> str:
    """The RFC 7638 thumbprint of a public JWK: SHA-256 of its required members, sorted."""
    required = ("crv", "kty", "x", "y") if jwk["kty"] == "EC" else ("e", "kty", "n")
    canonical = json.dumps({name: jwk[name] for name in required}, separators=(",", ":"),
                           sort_keys=True)
    return _b64(hashlib.sha256(canonical.encode("utf-8")).digest())


def public_jwk(pem: str) -> dict[str, str]:
    """The public half of a private key as a JWK, with kid = its RFC 7638 thumbprint."""
    key = _load_private_key(pem)
    jwk: dict[str, Any]
    required: tuple[str, ...]
    if isinstance(key, ec.EllipticCurvePrivateKey):
        jwk = ECAlgorithm.to_jwk(key.public_key(), as_dict=True)
        required = ("crv", "kty", "x", "y")
    else:
        jwk = RSAAlgorithm.to_jwk(key.public_key(), as_dict=True)
        required = ("e", "kty", "n")
    kid = thumbprint({name: str(jwk[name]) for name in required})
    algorithm = algorithm_of(pem)
    return {**{name: str(jwk[name]) for name in required}, "kid": kid, "alg": algorithm,
            "use": "sig"}


def public_jwks(pem: str) -> dict[str, list[dict[str, Any]]]:
    """The JWKS IT registers with the EHR: one public key, never the private parts."""
    jwk: dict[str, Any] = {**public_jwk(pem), "key_ops": ["verify"]}
    return {"keys": [jwk]}


def client_assertion(pem: str, client_id: str, token_url: str,
                     now: Callable[[], float] = time.time) -> str:
    """A signed JWT for the token request: iss = sub = client id, aud = the token URL."""
    issued = int(now())
    jwk = public_jwk(pem)
    claims = {
        "iss": client_id,
        "sub": client_id,
        "aud": token_url,
        "exp": issued + ASSERTION_LIFETIME,
        "iat": issued,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, _load_private_key(pem), algorithm=jwk["alg"],
                      headers={"kid": jwk["kid"], "typ": "JWT"})


# ---- the token exchange -----------------------------------------------------------------

@dataclass
class _Token:
    value: str
    expires_at: float


class SmartBackendAuth:
    """client_credentials with a private_key_jwt assertion; the token is cached until shortly
    before it expires, and dropped on a refusal so the next request fetches a new one.
    `clock` times the cache only: the assertion is always stamped with the wall clock."""

    def __init__(
        self,
        client: httpx.Client,
        base_url: str,
        client_id: str,
        private_key_pem: str,
        *,
        scope: str = DEFAULT_SCOPE,
        token_url: str | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        _load_private_key(private_key_pem)  # a bad key is a settings problem, found at once
        self._client = client
        self._base_url = base_url.rstrip("/")
        self._client_id = client_id
        self._pem = private_key_pem
        self._scope = scope
        self._token_url = token_url
        self._clock = clock
        self._sleep = sleep
        self._token: _Token | None = None

    def authorization(self) -> str:
        if self._token is None or self._clock() >= self._token.expires_at:
            self._token = self._fetch_token()
        return f"Bearer {self._token.value}"

    def invalidate(self) -> None:
        self._token = None

    def token_url(self) -> str:
        """The token endpoint, from `.well-known/smart-configuration` unless given."""
        if self._token_url is None:
            self._token_url = self._discover()
        return self._token_url

    def _discover(self) -> str:
        url = f"{self._base_url}/.well-known/smart-configuration"
        response = send(self._client, "GET", url, what="The FHIR server's SMART configuration",
                        headers={"Accept": "application/json"}, sleep=self._sleep)
        try:
            endpoint = response.json()["token_endpoint"]
        except (ValueError, KeyError, TypeError) as error:
            raise SyncError(
                "malformed",
                f"The SMART configuration at {host_of(url)} names no token endpoint. Ask the "
                "EHR vendor whether SMART Backend Services is enabled for this server.",
            ) from error
        if not isinstance(endpoint, str) or not endpoint.startswith(("https://", "http://")):
            raise SyncError(
                "malformed",
                f"The SMART configuration at {host_of(url)} gives a token endpoint that is not "
                "an http(s) address.",
            )
        return endpoint

    def _fetch_token(self) -> _Token:
        token_url = self.token_url()
        form = {
            "grant_type": "client_credentials",
            "scope": self._scope,
            "client_assertion_type": ASSERTION_TYPE,
            "client_assertion": client_assertion(self._pem, self._client_id, token_url),
        }
        response = send(self._client, "POST", token_url, what="The EHR's token endpoint",
                        data=form, headers={"Accept": "application/json"},
                        passthrough=(400, 401, 403), sleep=self._sleep)
        host = host_of(token_url)
        if response.status_code in (400, 401, 403):
            raise SyncError("auth", self._refusal(response, host))
        try:
            body = response.json()
            value = body["access_token"]
            lifetime = float(body.get("expires_in", 300))
        except (ValueError, KeyError, TypeError) as error:
            raise SyncError(
                "malformed",
                f"The token endpoint at {host} answered without an access token.",
            ) from error
        if not isinstance(value, str) or not value:
            raise SyncError("malformed",
                            f"The token endpoint at {host} answered with an empty access token.")
        margin = min(EXPIRY_MARGIN, lifetime / 2)
        return _Token(value, self._clock() + lifetime - margin)

    def _refusal(self, response: httpx.Response, host: str) -> str:
        code = ""
        try:
            body = response.json()
            if isinstance(body, dict) and isinstance(body.get("error"), str):
                code = f", error “{body['error'][:40]}”"
        except ValueError:
            pass
        return (
            f"The EHR's token endpoint at {host} refused FrontDesk's signed request "
            f"(HTTP {response.status_code}{code}). Check that the client id is right and that "
            "the public key FrontDesk shows (its JWKS) is the one registered for this client "
            "in the EHR; if the key was regenerated, register the new one."
        )
