"""Calendly invitees as FrontDesk's clients: keyed by e-mail address in lower case (the same
person across bookings; the invitee's own URI changes with every booking).

The mobile is the SMS number Calendly collected for text reminders, else the answer to a
booking question about a phone; both are read with the practice's default region and kept in
E.164. When neither gives a mobile, `phone_problem` says why in words. Answers are never
copied otherwise: they are the client's own words.
"""

from __future__ import annotations

from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import NumberParseException, PhoneNumberType

from frontdesk.domain.sync import SourceClient

# A booking question about a phone number: its text contains one of these (any case).
PHONE_WORDS = ("phone", "mobile", "cell", "teléfono", "telefono", "celular", "móvil", "movil")
# Words that say the number is a mobile, so a number the plan cannot tell apart is taken.
MOBILE_WORDS = ("mobile", "cell", "sms", "text", "celular", "móvil", "movil")
MOBILE_KINDS = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


def valid_email(value: Any) -> str | None:
    """The address in lower case if it is a well-formed e-mail address, else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        checked = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError:
        return None
    return checked.normalized.lower()


def names_of(invitee: dict[str, Any]) -> tuple[str, str]:
    """First and last name: Calendly's own fields when the event type asks for them, else the
    single `name` split at its first space ("Doe, Jane" read as last, first)."""
    first = _text(invitee.get("first_name"))
    last = _text(invitee.get("last_name"))
    if first or last:
        return first, last
    name = _text(invitee.get("name"))
    if not name or "@" in name:
        return "", ""
    if "," in name:
        surname, _, given = name.partition(",")
        return given.strip(), surname.strip()
    given, _, surname = name.partition(" ")
    return given, surname.strip()


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _read(text: str, region: str, trusted: bool) -> tuple[str | None, str]:
    """(E.164, "") for a usable mobile, else (None, "unreadable" | "landline")."""
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException:
        return None, "unreadable"
    if not phonenumbers.is_valid_number(number):
        return None, "unreadable"
    kind = phonenumbers.number_type(number)
    if kind in MOBILE_KINDS or (trusted and kind != PhoneNumberType.FIXED_LINE):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), ""
    return None, "landline"


def _phone_answers(invitee: dict[str, Any]) -> list[tuple[str, bool]]:
    """Answers to phone questions, in the form's order, each with whether it asks a mobile."""
    found: list[tuple[int, str, bool]] = []
    for index, entry in enumerate(invitee.get("questions_and_answers") or []):
        if not isinstance(entry, dict):
            continue
        question = _text(entry.get("question")).lower()
        answer = _text(entry.get("answer"))
        if not answer or not any(word in question for word in PHONE_WORDS):
            continue
        position = entry.get("position")
        order = position if isinstance(position, int) else index
        found.append((order, answer, any(word in question for word in MOBILE_WORDS)))
    return [(answer, mobile) for _, answer, mobile in sorted(found, key=lambda f: f[0])]


def mobile_of(invitee: dict[str, Any], region: str) -> tuple[str | None, str]:
    """(E.164 mobile, "") or (None, why no number was used)."""
    candidates: list[tuple[str, bool]] = []
    sms = _text(invitee.get("text_reminder_number"))
    if sms:
        candidates.append((sms, True))  # Calendly asked it for text reminders
    candidates.extend(_phone_answers(invitee))
    if not candidates:
        return None, ("Calendly has no phone number for this client (no text-reminder number "
                      "and no answer to a phone question)")
    outcomes: set[str] = set()
    for text, trusted in candidates:
        mobile, outcome = _read(text, region, trusted)
        if mobile is not None:
            return mobile, ""
        outcomes.add(outcome)
    if outcomes == {"landline"}:
        return None, "the phone number Calendly has for this client is a landline, not a mobile"
    return None, ("the phone number Calendly has for this client could not be read as a "
                  f"number (default region {region}); it may lack its country code")


def client_of(invitee: dict[str, Any], region: str) -> SourceClient | None:
    """The invitee as a SourceClient; None when it has no valid e-mail address to key it by."""
    email = valid_email(invitee.get("email"))
    if email is None:
        return None
    first, last = names_of(invitee)
    mobile, problem = mobile_of(invitee, region)
    return SourceClient(external_id=email, first_name=first, last_name=last, mobile=mobile,
                        email=email, phone_problem=problem)
