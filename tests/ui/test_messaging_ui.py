"""Messaging in the UI over real services: the "not sent" banner, the Messaging settings
tab (test sends reach a Twilio-shaped server and a real SMTP server), the timeline, resend."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes.smtp_server import FakeSmtpServer, ThrowawayCA
from fakes.twilio_server import twilio_server_fixture  # noqa: F401

from frontdesk.models.enums import Channel, ConsentStatus
from frontdesk.services.container import Services
from frontdesk.services.credentials import SMTP_ENTRY, TWILIO_ENTRY, CredentialStore
from frontdesk.services.delivery import DeliverySetup
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.messaging_settings import SAVED_SECRET
from frontdesk.ui.settings_dialog import PracticeSettingsDialog

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"
ACTOR = "reception"
PRACTICE_NUMBER = "+16175550100"


@pytest.fixture
def credentials(secret_store):
    """The real keyring, with no delivery settings before or after the test."""
    store = CredentialStore(secret_store)
    for entry in (TWILIO_ENTRY, SMTP_ENTRY):
        store.forget(entry)
    yield store
    for entry in (TWILIO_ENTRY, SMTP_ENTRY):
        store.forget(entry)


@pytest.fixture
def smtp(tmp_path):
    ca = ThrowawayCA(tmp_path / "ca")
    with FakeSmtpServer(cert=ca.issue("localhost", "127.0.0.1")) as server:
        server.ca = ca
        yield server


@pytest.fixture
def live(practice, clock, credentials, twilio_server, smtp):
    """Services over the practice's database whose delivery uses the keyring and the
    local Twilio and SMTP servers."""
    delivery = DeliverySetup(credentials, twilio_api_base=twilio_server.url,
                             ssl_context=smtp.ca.client_context())
    return Services.build(practice.svc.engine, clock, delivery=delivery)


def fill(edit, text: str) -> None:
    edit.clear()
    edit.setText(text)


def fill_twilio(section, server) -> None:
    fill(section.sid_edit, server.account_sid)
    fill(section.token_edit, server.auth_token)
    fill(section.from_edit, PRACTICE_NUMBER)


def fill_email(section, server) -> None:
    fill(section.host_edit, "127.0.0.1")
    section.port_spin.setValue(server.port)
    section.security_combo.setCurrentIndex(section.security_combo.findData("starttls"))
    fill(section.user_edit, "")
    fill(section.sender_edit, "desk@example.org")
    fill(section.name_edit, "Test Practice")


def settings_dialog(show, services, runner) -> PracticeSettingsDialog:
    dlg = show(PracticeSettingsDialog(services, runner, ACTOR))
    dlg.show_tab("messaging")
    return dlg


# --- the banner -----------------------------------------------------------------------

def test_banner_shows_while_nothing_is_set_up_and_goes_once_both_are_saved(
        live, twilio_server, smtp, window, click):
    win: MainWindow = window(live)
    bar = win.delivery_banner
    assert bar.isVisible()
    assert "not being sent" in bar.text and "texts and emails" in bar.text
    assert not hasattr(bar, "_close") and bar.button.isVisible()  # nothing dismisses it

    click(bar.button)
    dlg = win.settings_dialog
    assert dlg is not None and dlg.isVisible()
    assert dlg.tabs.currentWidget() is dlg.messaging_tab
    tab = dlg.messaging_tab

    fill_twilio(tab.twilio, twilio_server)
    click(tab.twilio.save_button)
    assert tab.twilio.token_edit.text() == ""
    assert tab.twilio.token_edit.placeholderText() == SAVED_SECRET
    assert bar.isVisible() and "emails" in bar.text and "texts and" not in bar.text

    fill_email(tab.email, smtp)
    click(tab.email.save_button)
    assert not bar.isVisible()
    dlg.reject()
    assert not bar.isVisible()

