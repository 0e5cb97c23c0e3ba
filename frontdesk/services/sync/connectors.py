"""The connector for a source: its kind, its settings and its secret in, a reader out.

The one module where the services meet the connectors in frontdesk/sync (tests/test_layering.py
holds every other services module to never importing them): connectors, write-back clients,
key pairs and the connectors' error type are reached through here. The connectors get plain
values (an address, a token, a key) and never see the database or the keyring.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from frontdesk.services.errors import ValidationError
from frontdesk.services.sync.settings import zone

if TYPE_CHECKING:
    from frontdesk.services.sync.csv_import import CsvReading
    from frontdesk.services.sync.service import Connector

Sleep = Callable[[float], None]


@dataclass(frozen=True)
class Practice:
    """What a connector takes from the practice when its source does not say."""

    timezone: ZoneInfo
    region: str


@dataclass(frozen=True)
class OpenConnector:
    """A connector and what to call when its run is over (its network client closed); also
    `with open_connector(...) as connector:`."""

    connector: Connector
    close: Callable[[], None] = lambda: None

    def __enter__(self) -> Connector:
        return self.connector

    def __exit__(self, *exc: object) -> None:
        self.close()


def needs_secret(kind: str, settings: Mapping[str, object]) -> bool:
    return kind in ("fhir", "calendly")


def open_connector(kind: str, settings: Mapping[str, object], secret: str | None,
                   practice: Practice, *, sleep: Sleep = time.sleep,
                   now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> OpenConnector:
    """The source's connector; ValidationError (in words, for staff and IT) when the source
    lacks what it needs, SyncError when what it has cannot be used (a bad CA file, key).
    `now`: the services' clock, where a connector asks the time (Calendly's no-shows)."""
    if kind == "fhir":
        return _fhir(settings, secret, practice, sleep)
    if kind == "ics":
        return OpenConnector(_ics(settings, practice, sleep))
    if kind == "calendly":
        return OpenConnector(_calendly(settings, secret, practice, sleep, now))
    raise ValidationError("kind", f"A {kind} source is imported, not synced.",
                              hint="Use Import (or `frontdesk import`) for its files.")


def _text(settings: Mapping[str, object], field: str) -> str | None:
    value = settings.get(field)
    return value if isinstance(value, str) and value else None


def _required(settings: Mapping[str, object], field: str, what: str) -> str:
    value = _text(settings, field)
    if value is None:
        raise ValidationError(field, f"{what} is not set.",
                              hint="Set it in the source's settings.")
    return value


def _missing_secret(what: str) -> ValidationError:
    return ValidationError("secret", f"{what} is not in this computer's keyring.",
                           hint="Enter it again in the source's settings.")


def _fhir(settings: Mapping[str, object], secret: str | None, practice: Practice,
          sleep: Sleep) -> OpenConnector:
    from frontdesk.sync.fhir import BearerToken, FhirClient, FhirConnector, SmartBackendAuth
    from frontdesk.sync.fhir.smart import DEFAULT_SCOPE, Auth
    from frontdesk.sync.http import make_client

    base_url = _required(settings, "base_url", "The FHIR server's base address")
    auth_kind = _required(settings, "auth", "How FrontDesk signs in (smart or bearer)")
    http = make_client(_text(settings, "ca_bundle"))
    try:
        auth: Auth
        if auth_kind == "smart":
            client_id = _required(settings, "client_id", "The client id the EHR gave FrontDesk")
            if not secret:
                raise _missing_secret("Its private key")
            auth = SmartBackendAuth(http, base_url, client_id, secret,
                                    scope=_text(settings, "scope") or DEFAULT_SCOPE,
                                    token_url=_text(settings, "token_url"), sleep=sleep)
        else:
            if not secret:
                raise _missing_secret("Its access token")
            auth = BearerToken(secret)
        client = FhirClient(base_url, auth, client=http, sleep=sleep)
        region = _text(settings, "region") or practice.region
        return OpenConnector(FhirConnector(client, region=region), http.close)
    except BaseException:
        http.close()
        raise


def _calendly(settings: Mapping[str, object], secret: str | None, practice: Practice,
              sleep: Sleep, now: Callable[[], datetime]) -> Connector:
    from frontdesk.sync.calendly import CalendlyConnector
    from frontdesk.sync.calendly.api import API_BASE

    if not secret:
        raise _missing_secret("Its personal access token")
    return CalendlyConnector(secret, region=practice.region,
                             base_url=_text(settings, "base_url") or API_BASE,
                             ca_bundle=_text(settings, "ca_bundle"), sleep=sleep, now=now)


def _ics(settings: Mapping[str, object], practice: Practice,
         sleep: Sleep) -> Connector:
    from frontdesk.sync.ical import IcsConnector

    location = _text(settings, "url") or _text(settings, "path")
    if location is None:
        raise ValidationError("url", "Neither the calendar feed's address nor its "
                              "file is set.", hint="Set one in the source's settings.")
    named = _text(settings, "timezone")
    return IcsConnector(location, default_tz=zone(named) if named else practice.timezone,
                        ca_bundle=_text(settings, "ca_bundle"), sleep=sleep)


def wait_unless_closing(closing: threading.Event, seconds: float) -> None:
    """A connector's wait between retries that ends, as a failed run, when FrontDesk closes:
    closing never waits out a source's Retry-After."""
    from frontdesk.sync.errors import SyncError

    if closing.wait(seconds):
        raise SyncError("network", "FrontDesk was closing, so this sync stopped; it runs "
                        "again at the next start.")


def is_connector_error(error: BaseException) -> bool:
    """A connector's own failure (SyncError): its words are meant for staff and IT."""
    from frontdesk.sync.errors import SyncError

    return isinstance(error, SyncError)


def new_private_key(algorithm: str) -> str:
    """A new private key (PEM) for SMART Backend Services, ES384 or RS384."""
    from frontdesk.sync.fhir import generate_private_key

    return generate_private_key("ES384" if algorithm == "ES384" else "RS384")


def key_id(pem: str) -> str:
    """The key's id as the EHR sees it (the RFC 7638 thumbprint of its public part)."""
    from frontdesk.sync.fhir.smart import public_jwk

    return str(public_jwk(pem)["kid"])


def public_jwks(pem: str) -> dict[str, object]:
    """The public key set to register with the EHR (never the private part)."""
    from frontdesk.sync.fhir import public_jwks as jwks

    return dict(jwks(pem))


def fhir_scope_with(extra: str) -> str:
    """The default SMART scope plus `extra` (e.g. the right to update appointments)."""
    from frontdesk.sync.fhir.smart import DEFAULT_SCOPE

    return f"{DEFAULT_SCOPE} {extra}"


def fhir_writeback(connector: Connector) -> object:
    """The write-back client over a FHIR source's open connector (its client and sign-in)."""
    from frontdesk.sync.fhir import FhirConnector, FhirWriteBack

    assert isinstance(connector, FhirConnector)
    return FhirWriteBack(connector.client)


def csv_reading() -> CsvReading:
    """How the services read appointment CSV files (the CSV import's connector factory)."""
    from frontdesk.sync.csv_appointments import CsvReading as Reading

    return Reading()
