"""Parsing what staff type as phone numbers, emails and time zones.

phonenumbers and email-validator are imported on first use: together they cost about a
tenth of a second of start-up.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from frontdesk.domain import PhoneKind
from frontdesk.services.errors import ValidationError


def parse_phone(raw: str, region: str, field: str = "mobile") -> tuple[str, PhoneKind] | None:
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberType

    """E.164 and what kind of line it is (unknown when the numbering plan can't tell)."""
    raw = raw.strip()
    if not raw:
        return None
    try:
        number = phonenumbers.parse(raw, region or "US")
    except NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            field,
            f"“{raw}” is not a phone number we can use.",
            hint="Type the full number with its area code, e.g. (415) 555-0123 or +34 612 345 678.",
        )
    kinds = {PhoneNumberType.MOBILE: PhoneKind.MOBILE,
             PhoneNumberType.FIXED_LINE: PhoneKind.LANDLINE}
    kind = kinds.get(phonenumbers.number_type(number), PhoneKind.UNKNOWN)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), kind


def format_phone(e164: str | None, region: str = "US") -> str:
    """A stored number as people read it: national format at home, international abroad."""
    if not e164:
        return ""
    import phonenumbers
    from phonenumbers import NumberParseException

    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    home = phonenumbers.region_code_for_number(number) == region
    fmt = phonenumbers.PhoneNumberFormat.NATIONAL if home else (
        phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def parse_email(raw: str) -> str | None:
    raw = raw.strip()
    if not raw:
        return None
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(raw, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValidationError("email", f"“{raw}” is not a valid email address.",
                              hint=str(exc)) from None


def parse_timezone(raw: str, field: str = "timezone") -> str | None:
    raw = raw.strip()
    if not raw:
        return None
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            field, f"“{raw}” is not a time zone we know.",
            hint="Use a name like America/Chicago or Europe/Madrid.",
        ) from None
    return raw


def timezone_names() -> list[str]:
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))
