"""Delivery credentials live in the real keyring only, validated, and never shown."""

from __future__ import annotations

import pytest

from frontdesk.services.channels.email_smtp import SmtpSettings
from frontdesk.services.credentials import CredentialStore, TwilioSettings
from frontdesk.services.errors import ValidationError

SID = "AC" + "0123456789abcdef" * 2
TOKEN = "tok-" + "9" * 28


def test_twilio_settings_round_trip_through_the_keyring(secret_store):
    store = CredentialStore(secret_store)
    assert store.twilio() is None
    saved = store.save_twilio(TwilioSettings(SID, TOKEN, "(617) 555-0100"))
    assert saved.from_number == "+16175550100"
    again = CredentialStore(secret_store).twilio()
    assert again == saved
    assert TOKEN in secret_store.get("twilio")  # it is the keyring that holds it
    assert TOKEN not in repr(again)
    store.forget("twilio")
    assert store.twilio() is None


@pytest.mark.parametrize("sid, token, number, field", [
    ("XY123", TOKEN, "(617) 555-0100", "account_sid"),
    (SID, "short", "(617) 555-0100", "auth_token"),
    (SID, TOKEN, "555-12", "from_number"),
    (SID, TOKEN, "", "from_number"),
])
def test_bad_twilio_settings_are_refused_before_saving(secret_store, sid, token, number, field):
    store = CredentialStore(secret_store)
    with pytest.raises(ValidationError) as err:
        store.save_twilio(TwilioSettings(sid, token, number))
    assert err.value.field == field
    assert store.twilio() is None


def test_smtp_settings_round_trip_and_a_damaged_entry_counts_as_none(secret_store):
    store = CredentialStore(secret_store)
    smtp = SmtpSettings("mail.example.org", 587, "frontdesk", "s3cret-pass",
                        "desk@example.org", "Maple Street Practice")
    store.save_smtp(smtp)
    assert store.smtp() == smtp
    assert "s3cret-pass" not in repr(store.smtp())
    secret_store.set("smtp", "{not json")
    assert store.smtp() is None
    secret_store.set("smtp", '{"host": "x"}')
    assert store.smtp() is None
