"""What the Messaging settings tab runs on the worker thread (no Qt here).

The keyring's secrets stay on this side: the form gets the saved settings with the token
and password blanked, and an empty secret field is filled in here from the saved one, only
while the account (Twilio) or server and username (email) it belongs to are unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from frontdesk.services.channels.base import SendResult
from frontdesk.services.channels.email_smtp import SmtpSettings
from frontdesk.services.contacts import parse_phone
from frontdesk.services.credentials import TwilioSettings
from frontdesk.services.errors import ValidationError

if TYPE_CHECKING:
    from frontdesk.services.container import Services

FormFields = dict[str, Any]  # the email form's fields, as SmtpSettings takes them


@dataclass(frozen=True)
class Saved:
    """What the form may show of the keyring's settings: never the secrets themselves."""

    region: str
    practice_name: str
    twilio: TwilioSettings | None  # auth_token blanked
    has_token: bool
    smtp: SmtpSettings | None  # password blanked
    has_password: bool


# ---- worker-thread functions (the runner calls these; no Qt here) --------------------
def load_saved(services: Services) -> Saved:
    info = services.practice.settings()
    store = services.delivery.credentials
    t = store.twilio() if store else None
    m = store.smtp() if store else None
    return Saved(info.region or "US", info.name,
                 replace(t, auth_token="") if t else None, bool(t and t.auth_token),
                 replace(m, password="") if m else None, bool(m and m.password))


def twilio_settings(services: Services, typed: TwilioSettings) -> TwilioSettings:
    """`typed`, with the saved token when none was typed and the account is the same."""
    if typed.auth_token.strip():
        return typed
    store = services.delivery.credentials
    saved = store.twilio() if store else None
    if saved and saved.account_sid == typed.account_sid.strip():
        return replace(typed, auth_token=saved.auth_token)
    raise ValidationError("auth_token", "Enter the auth token for this account.",
                          hint="Copy it from the Twilio Console.")


def smtp_settings(services: Services, typed: FormFields) -> SmtpSettings:
    """SmtpSettings from the form (validated); the saved password when none was typed."""
    if not typed["password"] and typed["username"]:
        store = services.delivery.credentials
        saved = store.smtp() if store else None
        if saved and (saved.host, saved.username) == (typed["host"], typed["username"]):
            typed = typed | {"password": saved.password}
        else:
            raise ValidationError("password", "Enter the password for this username.",
                                  hint="Leave the username empty if the server needs none.")
    return SmtpSettings(**typed)


def send_test_text(services: Services, typed: TwilioSettings, to: str, region: str, body: str
                   ) -> SendResult:
    settings = twilio_settings(services, typed)
    number = parse_phone(to, region, field="to")
    if number is None:
        raise ValidationError("to", "Type the mobile number to send the test to.")
    return services.delivery.test_twilio(settings, number[0], body, region)


def send_test_email(services: Services, typed: FormFields, to: str, subject: str,
                    body: str) -> SendResult:
    settings = smtp_settings(services, typed)
    if "@" not in to:
        raise ValidationError("to", "Type the email address to send the test to.")
    return services.delivery.test_smtp(settings, to.strip(), subject, body)


def save_twilio(services: Services, typed: TwilioSettings, region: str) -> TwilioSettings:
    return services.delivery.save_twilio(twilio_settings(services, typed), region)


def save_smtp(services: Services, typed: FormFields) -> SmtpSettings:
    return services.delivery.save_smtp(smtp_settings(services, typed))
