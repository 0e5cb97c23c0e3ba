"""HTTP for the connectors: verified TLS, retries with backoff, Retry-After honoured, and every
failure turned into a SyncError whose message IT can act on.

Messages name the host only, never the full address: calendar feed URLs and API paths often
carry a secret token or a record id.
"""

from __future__ import annotations

import os
import ssl
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from frontdesk.sync.errors import SyncError

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = "FrontDesk-sync/1"


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: `attempts` in all for 429, 5xx and network errors; waits of `backoff`
    seconds doubling each time; a Retry-After longer than `max_wait` is not waited out."""

    attempts: int = 4
    backoff: float = 1.0
    max_wait: float = 60.0


DEFAULT_RETRY = RetryPolicy()


def tls_context(ca_bundle: str | os.PathLike[str] | None = None) -> ssl.SSLContext:
    """A verifying TLS context: the system's trust store, plus a private CA's bundle if given."""
    context = ssl.create_default_context()
    if ca_bundle is not None:
        try:
            context.load_verify_locations(cafile=os.fspath(ca_bundle))
        except (OSError, ssl.SSLError) as error:
            raise SyncError(
                "config",
                "The CA bundle file given for this source could not be read as PEM "
                "certificates. Check the path and that the file holds the private CA's "
                f"certificate ({type(error).__name__}).",
            ) from error
    return context


def make_client(
    ca_bundle: str | os.PathLike[str] | None = None,
    *,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    headers: Mapping[str, str] | None = None,
) -> httpx.Client:
    """An httpx client that always verifies certificates (against `ca_bundle` too, if given)."""
    return httpx.Client(
        verify=tls_context(ca_bundle),
        timeout=timeout,
        headers={"User-Agent": USER_AGENT, **(headers or {})},
        follow_redirects=True,
    )


def host_of(url: str | httpx.URL) -> str:
    """The host (and port) of an address, the only part of it fit for a message."""
    try:
        parsed = httpx.URL(str(url))
    except httpx.InvalidURL:
        return "the source"
    if not parsed.host:
        return "the source"
    return f"{parsed.host}:{parsed.port}" if parsed.port else parsed.host


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds asked for by a Retry-After header (a number or an HTTP date); None if absent."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _is_certificate_failure(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        if "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _transport_error(error: httpx.TransportError, what: str, host: str) -> SyncError:
    if _is_certificate_failure(error):
        return SyncError(
            "tls",
            f"{what} at {host}: certificate not trusted. The server's TLS certificate could "
            "not be verified. If the practice uses a private certificate authority, give its "
            "CA bundle in this source's settings; otherwise ask IT to check the certificate.",
        )
    if isinstance(error, httpx.TimeoutException):
        return SyncError(
            "network",
            f"{what} at {host} did not answer in time ({type(error).__name__}). Check the "
            "network connection and that the server is up; the next run will try again.",
        )
    return SyncError(
        "network",
        f"{what} at {host} could not be reached ({type(error).__name__}). Check the address, "
        "the network connection and any firewall or proxy; the next run will try again.",
    )


def _status_error(response: httpx.Response, what: str, host: str) -> SyncError:
    status = response.status_code
    if status in (401, 403):
        return SyncError(
            "auth",
            f"{what} at {host} refused the credentials (HTTP {status}). Check that the token "
            "or key for this source is current and has the access it needs.",
        )
    if status in (404, 410):
        return SyncError(
            "not_found",
            f"{what} at {host} answered that the address does not exist (HTTP {status}). "
            "Check the address in this source's settings.",
        )
    if status == 429:
        return SyncError(
            "rate_limited",
            f"{what} at {host} kept asking us to slow down (HTTP 429). The next run will try "
            "again; if this repeats, sync less often.",
        )
    if status >= 500:
        return SyncError(
            "server",
            f"{what} at {host} answered with a server error (HTTP {status}) on every try. "
            "The problem is on the server's side; the next run will try again.",
        )
    return SyncError(
        "server",
        f"{what} at {host} answered HTTP {status}, which FrontDesk did not expect. "
        "Check this source's settings.",
    )


def send(
    client: httpx.Client,
    method: str,
    url: str | httpx.URL,
    *,
    what: str,
    headers: Mapping[str, str] | None = None,
    params: Mapping[str, Any] | None = None,
    content: bytes | None = None,
    data: Mapping[str, Any] | None = None,
    json: Any = None,
    passthrough: Collection[int] = (),
    policy: RetryPolicy = DEFAULT_RETRY,
    sleep: Callable[[float], None] = time.sleep,
) -> httpx.Response:
    """One request with retries. Returns answers below 400 and those in `passthrough`; raises
    SyncError for the rest. `what` names the source in messages ("The calendar feed")."""
    host = host_of(url)
    attempt = 0
    while True:
        attempt += 1
        last_try = attempt >= policy.attempts
        try:
            response = client.request(
                method, url, headers=headers, params=params, content=content, data=data,
                json=json,
            )
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
            raise SyncError(
                "config",
                f"{what}: the address is not a usable http(s) address ({type(error).__name__}). "
                "Check it in this source's settings.",
            ) from error
        except httpx.TransportError as error:
            failure = _transport_error(error, what, host)
            if failure.kind == "tls" or last_try:
                raise failure from error
            sleep(policy.backoff * 2 ** (attempt - 1))
            continue
        status = response.status_code
        if status in passthrough or status < 400:
            return response
        if status == 429 or status >= 500:
            asked = retry_after_seconds(response.headers.get("Retry-After"))
            if asked is not None and asked > policy.max_wait:
                response.close()
                raise SyncError(
                    "rate_limited" if status == 429 else "server",
                    f"{what} at {host} asked us to wait {asked:.0f} s before trying again "
                    f"(HTTP {status}), longer than the {policy.max_wait:.0f} s FrontDesk waits. "
                    "The next run will try again.",
                )
            if not last_try:
                response.close()
                sleep(asked if asked is not None else policy.backoff * 2 ** (attempt - 1))
                continue
        response.close()
        raise _status_error(response, what, host)
