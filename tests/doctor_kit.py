"""What the installation-check tests share: a practice whose services hold the real keyring
(delivery settings kept there), pointed at local Twilio- and SMTP-shaped servers."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from frontdesk.services.channels.email_smtp import SmtpSettings
from frontdesk.services.container import Services
from frontdesk.services.credentials import CredentialStore, TwilioSettings
from frontdesk.services.delivery import DeliverySetup
from frontdesk.services.installation import Installation

SMTP_USER, SMTP_PASSWORD = "desk@practice.example", "correct horse battery staple"


def keyed_practice(vault, clock, secret_store, *, twilio_api_base=None, ssl_context=None
                   ) -> Services:
    """A new practice, its services built as the app builds them (credentials in the keyring),
    with Twilio and the mail server reached as the test says."""
    opened = vault.create()
    store = CredentialStore(secret_store)
    svc = Services.build(opened.engine, clock, delivery=DeliverySetup(
        store, twilio_api_base=twilio_api_base, ssl_context=ssl_context))
    svc.practice.store_recovery_code(opened.recovery_code)
    svc.installation = Installation(vault.paths, vault.paths.log_dir, secret_store)
    return svc


def save_twilio(svc: Services, account_sid: str, auth_token: str) -> None:
    svc.delivery.save_twilio(TwilioSettings(account_sid, auth_token, "+16175550100"))


def save_smtp(svc: Services, server, **changes) -> None:
    values = dict(host=server.host, port=server.port, username=SMTP_USER,
                  password=SMTP_PASSWORD, sender_address="desk@practice.example",
                  sender_name="Harbour Street Practice", security="starttls", timeout=5.0)
    values.update(changes)
    svc.delivery.save_smtp(SmtpSettings(**values))


def offset_of(zone: str):
    """A computer set to `zone` (the check's local_offset)."""
    tz = ZoneInfo(zone)
    return lambda moment: moment.astimezone(tz).utcoffset()


def line(checks, name: str):
    found = [c for c in checks if c.name == name]
    assert len(found) == 1, [c.name for c in checks]
    return found[0]


def moved(clock, minutes: float):
    """A server clock `minutes` ahead of the test's clock."""
    return lambda: clock.now() + timedelta(minutes=minutes)


def utc(moment: datetime) -> datetime:
    return moment.astimezone(ZoneInfo("UTC"))
