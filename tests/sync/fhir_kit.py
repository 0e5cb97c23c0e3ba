"""Helpers for the FHIR connector's tests: appointments shaped like the official example,
a connected client, a sleep recorder, and a private CA for the TLS tests."""

from __future__ import annotations

import copy
import datetime as dt
import ipaddress
import ssl
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from frontdesk.sync.fhir import FhirClient, SmartBackendAuth, generate_private_key, public_jwks
from frontdesk.sync.http import RetryPolicy, make_client
from tests.sync.fhir_server import FhirTestServer
from tests.sync.fhir_store import example

KEY = generate_private_key()  # ES384, one per test session
CLIENT_ID = "frontdesk-test"


class Sleeps(list[float]):
    """Records each wait instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def appointment(rid: str, start: str, end: str, *, patient: str = "example",
                practitioner: str | None = "example", status: str = "booked",
                **fields: Any) -> dict[str, Any]:
    """The official appointment-example with another id, time and participants."""
    resource = copy.deepcopy(example("appointment-example.json"))
    resource.update(id=rid, start=start, end=end, status=status)
    participants = [{"actor": {"reference": f"Patient/{patient}"}, "required": "required",
                     "status": "needs-action"}]
    if practitioner:
        participants.append({
            "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/"
                                            "v3-ParticipationType", "code": "ATND"}]}],
            "actor": {"reference": f"Practitioner/{practitioner}"},
            "required": "required", "status": "accepted"})
    resource["participant"] = participants
    resource.pop("meta", None)
    resource.update(fields)
    return resource


def connect(server: FhirTestServer, *, key: str = KEY, sleep: Sleeps | None = None,
            clock: Any = None, ca_bundle: str | None = None,
            register: bool = True) -> FhirClient:
    """A FhirClient with SMART Backend Services auth, its key registered on the server."""
    if register:
        server.register(CLIENT_ID, public_jwks(key))
    sleeps = sleep if sleep is not None else Sleeps()
    http = make_client(ca_bundle)
    extra = {"clock": clock} if clock is not None else {}
    auth = SmartBackendAuth(http, server.base_url, CLIENT_ID, key, sleep=sleeps, **extra)
    return FhirClient(server.base_url, auth, client=http, sleep=sleeps,
                      policy=RetryPolicy(attempts=3, backoff=0.5, max_wait=60))


def private_ca(folder: Path) -> tuple[ssl.SSLContext, Path]:
    """A server TLS context whose certificate (for 127.0.0.1) a new private CA signed, and
    that CA's PEM file."""
    now = dt.datetime.now(dt.UTC)

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(name("FrontDesk test CA"))
          .issuer_name(name("FrontDesk test CA")).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True,
                                       crl_sign=True, content_commitment=False,
                                       key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False,
                                       decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                         critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(name("127.0.0.1"))
            .issuer_name(ca.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.OID_SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    ca_file, cert_file, key_file = (folder / "ca.pem", folder / "server.pem",
                                    folder / "server.key")
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context, ca_file
