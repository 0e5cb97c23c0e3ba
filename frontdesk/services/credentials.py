"""Delivery credentials (Twilio, SMTP), kept only in the OS keyring, never in the database.

Until credentials are saved the app uses the local outbox channel, which records
messages instead of sending them (and the window says so).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from typing import TypeVar

from frontdesk.services.channels.email_smtp import SmtpSettings
from frontdesk.services.contacts import parse_phone
from frontdesk.services.errors import ValidationError
from frontdesk.services.secrets import SecretStore

SettingsT = TypeVar("SettingsT", "TwilioSettings", SmtpSettings)

log = logging.getLogger(__name__)
TWILIO_ENTRY, SMTP_ENTRY = "twilio", "smtp"


@dataclass(frozen=True)
class TwilioSettings:
    account_sid: str
    auth_token: str
    from_number: str  # E.164 sending number (or "" with a messaging service later)
    whatsapp_from: str = ""  # E.164 WhatsApp sender, "" when WhatsApp is not set up

    def __repr__(self) -> str:  # never show the token
        return f"TwilioSettings(account_sid={self.account_sid!r}, from={self.from_number!r})"

    def validated(self, region: str = "US") -> TwilioSettings:
        sid, token = self.account_sid.strip(), self.auth_token.strip()
        if not (sid.startswith("AC") and len(sid) == 34):
            raise ValidationError("account_sid", "An Account SID starts with AC and has 34 "
                                  "characters.", hint="Copy it from the Twilio Console.")
        if len(token) < 16:
            raise ValidationError("auth_token", "The auth token looks too short.",
                                  hint="Copy it from the Twilio Console.")
        number = parse_phone(self.from_number, region, field="from_number")
        if number is None:
            raise ValidationError("from_number", "Enter the Twilio number texts are sent from.")
        whatsapp = parse_phone(self.whatsapp_from, region, field="whatsapp_from")
        return TwilioSettings(sid, token, number[0], whatsapp[0] if whatsapp else "")


class CredentialStore:
    """Saves and loads delivery settings as JSON entries in the keyring."""

    def __init__(self, secrets: SecretStore) -> None:
        self.secrets = secrets

    def twilio(self) -> TwilioSettings | None:
        return self._build(TWILIO_ENTRY, TwilioSettings)

    def save_twilio(self, settings: TwilioSettings, region: str = "US") -> TwilioSettings:
        clean = settings.validated(region)
        self.secrets.set(TWILIO_ENTRY, json.dumps(asdict(clean)))
        log.info("Twilio settings saved to the keyring")
        return clean

    def smtp(self) -> SmtpSettings | None:
        return self._build(SMTP_ENTRY, SmtpSettings)

    def save_smtp(self, settings: SmtpSettings) -> SmtpSettings:
        self.secrets.set(SMTP_ENTRY, json.dumps(asdict(settings)))
        log.info("Email settings saved to the keyring")
        return settings

    def forget(self, entry: str) -> None:
        self.secrets.delete(entry)

    def _build(self, entry: str, cls: type[SettingsT]) -> SettingsT | None:
        """The saved settings, or None when there are none (a damaged entry counts as none:
        the settings dialog then asks again rather than the app failing)."""
        raw = self.secrets.get(entry)
        if not raw:
            return None
        try:
            return cls(**json.loads(raw))
        except (ValueError, TypeError):  # not JSON, or fields that do not fit
            log.warning("The %s entry in the keyring is damaged; ignoring it", entry)
        except ValidationError:
            log.warning("The %s entry in the keyring is no longer valid; ignoring it", entry)
        return None
