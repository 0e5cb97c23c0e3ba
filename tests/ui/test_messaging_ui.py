"""Messaging in the UI over real services: the "not sent" banner, the Messaging settings
tab (test sends reach a Twilio-shaped server and a real SMTP server), the timeline, resend."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from fakes.smtp_server import (
    smtp_fixture,  # noqa: F401
)
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from schedule_helpers import rows, select
from sqlalchemy import event
from widget_helpers import UI_WAIT_MS, context_for

from frontdesk.domain import Channel, ConsentStatus
from frontdesk.services.container import Services
from frontdesk.services.credentials import SMTP_ENTRY, TWILIO_ENTRY, CredentialStore
from frontdesk.services.delivery import DeliverySetup
from frontdesk.services.demo import seed_demo
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.settings.messaging_settings import SAVED_SECRET
from frontdesk.ui.settings.settings_dialog import PracticeSettingsDialog
from frontdesk.ui.tasks import TaskRunner
from tests.helpers import at, book

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


@pytest.fixture(autouse=True)
def questions(monkeypatch) -> list[str]:
    """Answers "Discard" to "close with unsaved changes?" (recorded) instead of a modal."""
    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def settings_dialog(show, services, runner, qtbot=None) -> PracticeSettingsDialog:
    dlg = show(PracticeSettingsDialog(context_for(services, runner, ACTOR)))
    if qtbot is not None:  # focus is only given inside the active window
        dlg.activateWindow()
        qtbot.waitUntil(dlg.isActiveWindow, timeout=UI_WAIT_MS)
    dlg.show_tab("messaging")
    return dlg


# --- the banner -----------------------------------------------------------------------

def test_banner_shows_while_nothing_is_set_up_and_goes_once_both_are_saved(
        live, twilio_server, smtp, window, click):
    win: MainWindow = window(live)
    bar = win.delivery_banner
    assert bar.isVisible()
    assert bar.title.text() == "Messages are NOT being sent"
    assert bar.text.startswith("Texts and emails are only recorded")
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
    assert bar.isVisible() and bar.text.startswith("Emails are only recorded")

    fill_email(tab.email, smtp)
    click(tab.email.save_button)
    assert not bar.isVisible()
    dlg.reject()
    assert not bar.isVisible()



# --- the Messaging settings tab ----------------------------------------------------------

def test_send_a_test_text_uses_the_unsaved_settings_and_reaches_twilio(
        live, twilio_server, show, runner, click, credentials):
    dlg = settings_dialog(show, live, runner)
    section = dlg.messaging_tab.twilio
    assert "only in this computer's keyring" in dlg.messaging_tab.note.text()
    assert section.token_edit.echoMode() == section.token_edit.EchoMode.Password
    fill_twilio(section, twilio_server)
    click(section.test_button)
    test = section.test_dialog
    assert test is not None and test.isVisible()
    test.to_edit.setText("(617) 555-0123")
    click(test.send_button)
    assert test.result_text == "Sent — check the phone."
    [sent] = twilio_server.sent
    assert sent["to"] == "+16175550123" and sent["from"] == PRACTICE_NUMBER
    assert "Test message from FrontDesk" in sent["body"]
    assert credentials.twilio() is None  # a test saves nothing

    twilio_server.set_rule("+16175550124", "opted_out")
    test.to_edit.setText("(617) 555-0124")
    click(test.send_button)
    assert test.result_text.startswith("Not sent:") and "21610" in test.result_text
    test.to_edit.setText("not a number")
    click(test.send_button)
    assert test.to_error.isVisible() and "not a phone number" in test.to_error.text()
    test.reject()


def test_send_a_test_email_reaches_the_smtp_server(live, smtp, show, runner, click):
    dlg = settings_dialog(show, live, runner)
    section = dlg.messaging_tab.email
    assert section.name_edit.text() == "Test Practice"  # offered from the practice's name
    fill_email(section, smtp)
    click(section.test_button)
    test = section.test_dialog
    test.to_edit.setText("owner@example.org")
    click(test.send_button)
    assert test.result_text == "Sent — check the inbox."
    [mail] = smtp.messages
    assert mail.message["To"] == "owner@example.org"
    assert mail.message["Subject"] == "FrontDesk test email"
    test.reject()


def test_a_bad_account_sid_is_shown_next_to_its_field(live, twilio_server, show, runner,
                                                      click, credentials, qtbot):
    dlg = settings_dialog(show, live, runner, qtbot)
    section = dlg.messaging_tab.twilio
    fill_twilio(section, twilio_server)
    fill(section.sid_edit, "SK123")
    click(section.save_button)
    label = section.errors.label("account_sid")
    assert label.isVisible() and "starts with AC" in label.text()
    assert "Twilio Console" in label.text()
    assert section.sid_edit.hasFocus() and section.sid_edit.text() == "SK123"
    assert credentials.twilio() is None
    # the same through "Send a test…": the field is marked, the test dialog says to fix it
    click(section.test_button)
    section.test_dialog.to_edit.setText("(617) 555-0123")
    click(section.test_dialog.send_button)
    assert "Fix the field" in section.test_dialog.result_text and label.isVisible()
    assert twilio_server.sent == []
    section.test_dialog.reject()


def test_saved_secrets_are_never_shown_and_are_kept_when_not_retyped(
        live, twilio_server, smtp, show, runner, click, credentials):
    dlg = settings_dialog(show, live, runner)
    fill_twilio(dlg.messaging_tab.twilio, twilio_server)
    click(dlg.messaging_tab.twilio.save_button)
    dlg.reject()
    again = settings_dialog(show, live, runner)
    section = again.messaging_tab.twilio
    assert section.sid_edit.text() == twilio_server.account_sid
    assert section.token_edit.text() == "" and section.token_edit.placeholderText() == \
        SAVED_SECRET
    assert not again.messaging_tab.is_dirty()
    click(section.test_button)  # the saved token is used, not shown
    section.test_dialog.to_edit.setText("(617) 555-0123")
    click(section.test_dialog.send_button)
    assert section.test_dialog.result_text == "Sent — check the phone."
    section.test_dialog.reject()
    fill(section.sid_edit, "AC" + "0" * 32)  # another account: the saved token doesn't follow
    click(section.save_button)
    assert "auth token" in section.errors.label("auth_token").text()
    assert credentials.twilio().account_sid == twilio_server.account_sid


# --- the timeline and resend ---------------------------------------------------------------

def consent_to_texts(p) -> None:
    p.svc.clients.set_consent(p.ana.id, Channel.SMS, ConsentStatus.GRANTED, "intake form",
                              "test")


def open_timeline(win: MainWindow, name: str, click):
    select(win, name)
    click(win.schedule.buttons["messages"])
    dlg = win.schedule.actions_.dialog
    assert dlg is not None and dlg.isVisible() and dlg.windowTitle().startswith("Messages")
    return dlg


def test_timeline_lists_the_planned_messages_then_the_withdrawn_ones_after_a_reschedule(
        practice, window, click):
    p = practice
    consent_to_texts(p)
    [appt] = book(p, p.ana, at(6, 10))  # Friday
    win = window(p.svc)
    win.show_day(at(6, 10).date())
    dlg = open_timeline(win, "Annie", click)
    shown = dlg.rows_text()
    assert shown and {r["State"] for r in shown} == {"◷ planned"}
    assert {r["Client"] for r in shown} == {"Annie Lindqvist"}
    steps = {(r["Message"], r["Channel"]) for r in shown}
    assert {("Booking confirmation", "SMS text"), ("Booking confirmation", "Email"),
            ("Day-before reminder", "SMS text")} <= steps
    assert all(r["When"].startswith("Due ") for r in shown)
    dlg.reject()

    p.svc.schedule.reschedule(appt, at(9, 14), "test")  # to Monday
    win.show_day(at(9, 14).date())
    dlg = open_timeline(win, "Annie", click)
    withdrawn = [r for r in dlg.rows_text() if r["State"] == "⊘ withdrawn"]
    assert withdrawn and all(r["Why / details"] == "session moved" for r in withdrawn)
    assert all(r["When"].startswith("Was due ") for r in withdrawn)
    assert any(r["State"] == "◷ planned" and "Mon 9 Mar" in r["When"]
               for r in dlg.rows_text())
    assert "withdrawn" in dlg.summary.text() and "planned" in dlg.summary.text()

    click(dlg.reschedule_button)  # the schedule's own Reschedule… for this session
    assert not dlg.isVisible()
    moving = win.schedule.actions_.dialog
    assert moving is not dlg and moving.isVisible() and moving.windowTitle().startswith(
        "Reschedule")
    moving.reject()


def test_resend_is_refused_on_an_opted_out_channel_and_a_resend_adds_a_planned_row(
        practice, window, click):
    p = practice
    consent_to_texts(p)
    book(p, p.ana, at(6, 10))
    p.svc.clients.set_consent(p.ana.id, Channel.SMS, ConsentStatus.OPTED_OUT, "", "test")
    win = window(p.svc)
    win.show_day(at(6, 10).date())
    timeline = open_timeline(win, "Annie", click)
    before = timeline.rows_text()
    click(timeline.resend_button)
    dlg = timeline.resend_dialog
    assert dlg.isVisible() and not dlg.client_combo.isEnabled()  # one client: nothing to pick
    labels = [dlg.channel_combo.itemText(i) for i in range(dlg.channel_combo.count())]
    assert labels == ["SMS text — client opted out", "Email"]
    assert dlg.channel_combo.currentData() == Channel.EMAIL  # a usable one is offered first
    messages = [dlg.message_combo.itemText(i) for i in range(dlg.message_combo.count())]
    assert "Video link" not in messages  # in person: no link to send

    dlg.choose(p.ana.id, "day_before", Channel.SMS)
    click(dlg.send_button)
    refusal = dlg.errors.label("channel")
    assert dlg.isVisible() and refusal.isVisible()
    assert "client opted out" in refusal.text() and "sms" in refusal.text().lower()
    assert timeline.rows_text() == before

    dlg.choose(p.ana.id, "day_before", Channel.EMAIL)
    assert not refusal.isVisible()
    click(dlg.send_button)
    assert not dlg.isVisible() and dlg.new_id is not None
    after = timeline.rows_text()
    assert len(after) == len(before) + 1
    new = [r for r in after if r["Why / details"] == f"resent by {ACTOR}"]
    assert [(r["Message"], r["Channel"], r["State"]) for r in new] == [
        ("Day-before reminder", "Email", "◷ planned")]
    assert "Queued" in timeline.notice.text
    assert rows(win)  # the schedule was refreshed behind the dialog, still showing the day


def test_a_group_timeline_names_each_client_and_resend_lets_you_choose_one(
        practice, window, click):
    p = practice
    consent_to_texts(p)
    book(p, [p.ana, p.ben], at(6, 18), kind=p.group)
    win = window(p.svc)
    win.show_day(at(6, 18).date())
    timeline = open_timeline(win, "Benjamin", click)
    assert not timeline.table.isColumnHidden(0)
    assert {r["Client"] for r in timeline.rows_text()} >= {"Annie Lindqvist"}
    click(timeline.resend_button)
    dlg = timeline.resend_dialog
    assert dlg.client_combo.isEnabled()
    names = [dlg.client_combo.itemText(i) for i in range(dlg.client_combo.count())]
    assert names == ["Annie Lindqvist", "Benjamin Okoro"]
    assert dlg.client_combo.currentText() == "Benjamin Okoro"  # the selected place
    # Benjamin has a mobile but no consent for texts: offered, marked, refused if chosen
    assert [dlg.channel_combo.itemText(i) for i in range(dlg.channel_combo.count())] == [
        "SMS text — no consent for texts"]
    dlg.choose(p.ana.id, "confirmation_request", Channel.SMS)
    click(dlg.send_button)
    assert not dlg.isVisible()
    assert any(r["Client"] == "Annie Lindqvist" and r["Message"] == "Confirmation request"
               and r["Why / details"] == f"resent by {ACTOR}" for r in timeline.rows_text())
    timeline.reject()


def test_with_the_real_task_runner_no_sql_runs_on_the_gui_thread(practice, qtbot):
    p = practice
    consent_to_texts(p)
    book(p, p.ana, at(4, 10))
    on_gui: list[str] = []

    def watch(_conn, _cursor, statement, *_args):
        if threading.current_thread() is threading.main_thread():
            on_gui.append(statement.split()[0])

    runner = TaskRunner()
    event.listen(p.svc.engine, "before_cursor_execute", watch)
    try:
        win = MainWindow(context_for(p.svc, runner, ACTOR))
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.schedule_loaded, timeout=10_000):
            win.show()
        qtbot.waitUntil(win.delivery_banner.isVisible, timeout=UI_WAIT_MS)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=UI_WAIT_MS)
        select(win, "Annie")
        win.schedule.table.setFocus()
        qtbot.keyClick(win.schedule.table, Qt.Key.Key_M)  # the shortcut
        timeline = win.schedule.actions_.dialog
        assert timeline is not None and timeline.isVisible()
        qtbot.waitUntil(lambda: bool(timeline.messages), timeout=UI_WAIT_MS)
        before = len(timeline.messages)
        timeline.open_resend()
        dlg = timeline.resend_dialog
        qtbot.waitUntil(lambda: dlg.channel_combo.count() == 2, timeout=UI_WAIT_MS)
        dlg.choose(p.ana.id, "day_before", Channel.EMAIL)
        with qtbot.waitSignal(win.schedule_loaded, timeout=10_000):
            dlg.send_button.click()
        qtbot.waitUntil(lambda: len(timeline.messages) == before + 1, timeout=UI_WAIT_MS)
        timeline.reject()
        win.open_settings("messaging")
        tab = win.settings_dialog.messaging_tab
        qtbot.waitUntil(lambda: tab.twilio.save_button.isEnabled(), timeout=UI_WAIT_MS)
        win.settings_dialog.reject()
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    finally:
        runner.shutdown()
        event.remove(p.svc.engine, "before_cursor_execute", watch)
    assert on_gui == [], f"SQL on the GUI thread: {on_gui}"


# --- how it looks ----------------------------------------------------------------------------

def test_screenshots(services, credentials, qtbot, runner, click):
    seed_demo(services)
    services.clock.set(at(4, 9, 40))
    services.dispatcher.run_once()  # what was due goes to the local outbox (recorded)
    SHOTS.mkdir(exist_ok=True)
    win = MainWindow(context_for(services, runner, ACTOR))
    qtbot.addWidget(win)
    win.resize(1440, 860)
    win.show()
    qtbot.waitExposed(win)
    assert win.delivery_banner.isVisible()
    assert win.grab().save(str(SHOTS / "banner.png"))

    # The timeline of a telehealth session later this week, moved once, resent once.
    row = next(r for r in services.schedule.day(at(4, 10).date()) if r.start.hour >= 13
               and r.modality.value == "telehealth" and not r.attendance.is_cancelled)
    day_ = row.start.date()
    services.schedule.reschedule(row.appointment_id, row.start.replace(hour=19, minute=40),
                                 "demo")
    services.messaging.resend(row.appointment_id, row.client_id, "booking_confirmation",
                              Channel.EMAIL, "reception")
    services.dispatcher.run_once()
    win.show_day(day_)
    select(win, row.client_name.split()[0])
    click(win.schedule.buttons["messages"])
    dlg = win.schedule.actions_.dialog
    qtbot.waitExposed(dlg)
    assert len(dlg.rows_text()) >= 4
    assert dlg.grab().save(str(SHOTS / "timeline.png"))
    dlg.reject()

    with_keyring = Services.build(services.engine, services.clock,
                                  delivery=DeliverySetup(credentials))
    settings = PracticeSettingsDialog(context_for(with_keyring, runner, ACTOR))
    qtbot.addWidget(settings)
    settings.show()
    settings.show_tab("messaging")
    qtbot.waitExposed(settings)
    tab = settings.messaging_tab
    fill(tab.twilio.sid_edit, "AC12345")
    fill(tab.twilio.token_edit, "0123456789abcdef0123")
    fill(tab.twilio.from_edit, "(617) 555-0100")
    click(tab.twilio.save_button)
    assert tab.twilio.errors.label("account_sid").isVisible()
    fill(tab.email.host_edit, "smtp.example.org")
    fill(tab.email.user_edit, "frontdesk@maplestreet.example.org")
    fill(tab.email.password_edit, "correct horse battery")
    fill(tab.email.sender_edit, "frontdesk@maplestreet.example.org")
    assert settings.grab().save(str(SHOTS / "messaging_settings.png"))
