"""A source's settings checked as staff or IT give them: each known field of the right shape.

Checked when saved: addresses (https, or http to this computer only), files that exist, time
zones that exist, numbers in range. Whether a source has everything it needs to run (a base
URL, a client id) is checked when it runs, so a source can be set up in steps.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from frontdesk.services.errors import ValidationError
from frontdesk.services.schedule import SYNC_MINUTES

PAST_DAYS, FUTURE_DAYS = 1, 90
AUTHS = ("smart", "bearer")
ALGORITHMS = ("ES384", "RS384")
_INTS = {"interval_minutes": (1, 24 * 60), "past_days": (0, 365), "future_days": (1, 730)}
_URLS = ("base_url", "url", "token_url")
_TEXTS = ("client_id", "scope")
COMMON = ("interval_minutes", "past_days", "future_days", "ca_bundle")
FIELDS = {
    "fhir": (*COMMON, "base_url", "auth", "client_id", "algorithm", "token_url", "scope",
             "region"),
    "ics": (*COMMON, "url", "path", "timezone"),
    "calendly": (*COMMON, "base_url"),
}


def checked_settings(kind: str, settings: Mapping[str, object]) -> dict[str, object]:
    """The settings cleaned (text stripped, empty values dropped); ValidationError names the
    first field that is wrong and what it takes. A CSV source's settings belong to the CSV
    import, which checks them itself."""
    if kind == "csv":
        return dict(settings)
    allowed = FIELDS.get(kind, ())
    clean: dict[str, object] = {}
    for field, value in settings.items():
        if field not in allowed:
            raise ValidationError(field, f"A {kind} source has no setting “{field[:40]}”.",
                                  hint="Its settings are: " + ", ".join(allowed) + ".")
        if value is None or value == "":
            continue
        clean[field] = _checked(field, value)
    if "url" in clean and "path" in clean:
        raise ValidationError("path", "Give a calendar feed's address or a file, not both.")
    return clean


def _checked(field: str, value: object) -> object:
    if field in _INTS:
        low, high = _INTS[field]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(field, f"“{field}” takes a whole number from {low} to {high}.")
        return value
    if not isinstance(value, str):
        raise ValidationError(field, f"“{field}” takes text.")
    text = value.strip()
    if field in _URLS:
        return checked_address(field, text)
    if field in ("path", "ca_bundle"):
        if not Path(text).expanduser().is_file():
            raise ValidationError(field, f"There is no file at {text[:200]}.",
                                  hint="Give the full path of a file this computer can read.")
        return str(Path(text).expanduser().resolve())
    if field == "timezone":
        return zone(text).key
    if field == "auth" and text not in AUTHS:
        raise ValidationError(field, "“auth” is “smart” (SMART Backend Services, a key pair "
                              "FrontDesk makes) or “bearer” (a token IT gives).")
    if field == "algorithm" and text not in ALGORITHMS:
        raise ValidationError(field, "The key algorithm is ES384 or RS384.")
    if field == "region" and not (len(text) == 2 and text.isalpha()):
        raise ValidationError(field, "The region is a two-letter country code, like US.")
    if field in _TEXTS and len(text) > 400:
        raise ValidationError(field, f"“{field}” is too long.")
    return text.upper() if field == "region" else text


def checked_address(field: str, text: str) -> str:
    """https, webcal, or http to this computer (a local EHR, a test server): never plain
    http across the network, where a calendar and a token would travel readable."""
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme in ("https", "webcal", "webcals") and parts.hostname:
        if scheme.startswith("webcal") and field != "url":
            raise ValidationError(field, f"“{field}” is an https:// address.")
        return text
    if scheme == "http" and parts.hostname and is_loopback(parts.hostname):
        return text
    if scheme == "http":
        raise ValidationError(field, f"The address in “{field}” is plain http: FrontDesk only "
                              "reads this computer's own servers without encryption.",
                              hint="Use its https:// address.")
    raise ValidationError(field, f"“{field}” is not a web address (https://…).")


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("timezone", f"“{name[:60]}” is not a time zone FrontDesk knows.",
                              hint="Use a name like America/New_York.") from None


def interval_minutes(settings: Mapping[str, object]) -> int:
    value = settings.get("interval_minutes")
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 \
        else SYNC_MINUTES


def window(now: datetime, tz: tzinfo, settings: Mapping[str, object]) -> tuple[datetime,
                                                                                 datetime]:
    """From the start of the day `past_days` ago to the end of the day `future_days` ahead,
    in the practice's days: the same all day, so a feed that has not changed is not read
    again for a window that moved by a few minutes."""
    past, future = settings.get("past_days"), settings.get("future_days")
    past_days = past if isinstance(past, int) else PAST_DAYS
    future_days = future if isinstance(future, int) else FUTURE_DAYS
    today: date = now.astimezone(tz).date()
    start = datetime.combine(today - timedelta(days=past_days), time(), tzinfo=tz)
    end = datetime.combine(today + timedelta(days=future_days + 1), time(), tzinfo=tz)
    return start, end
