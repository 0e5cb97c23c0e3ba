"""Practice settings → Calendar sync, driven like a person would: real widgets, the real sync
service over a real SQLCipher file, the real keyring, a FHIR-shaped server on loopback."""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import select
from widget_helpers import UI_WAIT_MS, click, context_for, error_shown, shown

from frontdesk.domain import Attendance
from frontdesk.models import Appointment, SyncSource
from frontdesk.models.base import Base
from frontdesk.ui.settings.settings_dialog import PracticeSettingsDialog
from frontdesk.ui.settings.sync_source_dialog import SourceDialog
from frontdesk.ui.tasks import TaskRunner
from tests.helpers import at
from tests.sync.sync_run_kit import TOKEN, fill, ics_file, server, services  # noqa: F401

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"


@pytest.fixture
def answer(monkeypatch):
    """answer(button): every question gets that answer; returns the texts asked."""
    asked: list[str] = []

    def set_answer(button):
        monkeypatch.setattr(QMessageBox, "question", staticmethod(
            lambda _p, _t, text, *_a, **_k: asked.append(text) or button))
        return asked
    return set_answer


def sync_tab(qtbot, svc, runner):
    dialog = shown(qtbot, PracticeSettingsDialog(context_for(svc, runner, "office-manager")))
    dialog.show_tab("sync")
    return dialog.sync_tab


def save(qtbot, dialog: SourceDialog) -> None:
    click(qtbot, dialog.save_button)


def add_ics(qtbot, tab, path: Path, name: str = "Clinic calendar") -> None:
    dialog = tab.add("ics")
    dialog.name_edit.setText(name)
    dialog.location.edit.setText(str(path))
    save(qtbot, dialog)
    assert dialog.result() == SourceDialog.DialogCode.Accepted


def add_bearer(qtbot, tab, server, token: str, name: str = "OpenEMR") -> SourceDialog:
    dialog = tab.add("fhir")
    dialog.name_edit.setText(name)
    dialog.base_edit.setText(server.base_url)
    dialog.auth_combo.setCurrentIndex(dialog.auth_combo.findData("bearer"))
    assert dialog.secret.edit.echoMode() == dialog.secret.edit.EchoMode.Password
    dialog.secret.edit.setText(token)
    save(qtbot, dialog)
    return dialog


def test_an_ics_file_added_and_synced_now_shows_its_summary_and_fills_the_schedule(
        qtbot, practice, runner, tmp_path, clock):
    svc = practice.svc
    tab = sync_tab(qtbot, svc, runner)
    assert tab.empty.isVisibleTo(tab) and not tab.cards
    add_ics(qtbot, tab, ics_file(tmp_path, "uid-1@tests", at(10, 15)))
    card = tab.cards["Clinic calendar"]
    assert "Calendar feed (iCalendar)" in card.title.text()
    assert card.state.text() == "● On" and "Not synced yet." in card.status.text()
    click(qtbot, card.sync_button)
    card = tab.cards["Clinic calendar"]
    assert tab.notice.text == "Clinic calendar synced: 1 new."
    assert "Last sync: just now" in card.status.text()
    assert "Last good sync: just now — 1 new" in card.status.text()
    assert card.error.isHidden() and tab.alarm.isHidden()
    clock.advance(timedelta(minutes=12))
    tab.clock_timer.timeout.emit()  # a minute's tick: the times move on, nothing is read
    assert "Last sync: 12 min ago" in tab.cards["Clinic calendar"].status.text()
    rows = svc.schedule.day(at(10, 15).date())
    assert [(r.start, r.client_name, r.clinician_name) for r in rows] == [
        (at(10, 15), "Annie Lindqvist", "Dr. Okafor")]


def test_a_bearer_token_source_syncs_and_its_token_is_never_shown_again(
        qtbot, practice, runner, server, secret_store):
    svc = practice.svc
    fill(server, ("a-1", at(10, 15)))
    tab = sync_tab(qtbot, svc, runner)
    dialog = add_bearer(qtbot, tab, server, TOKEN)
    assert dialog.result() == SourceDialog.DialogCode.Accepted
    click(qtbot, tab.cards["OpenEMR"].sync_button)
    assert "Last good sync: just now — 1 new" in tab.cards["OpenEMR"].status.text()
    assert secret_store.get(svc.sync.secrets.entry("OpenEMR")) == TOKEN
    with svc.sessions() as s:
        assert TOKEN not in s.scalar(select(SyncSource.settings))
    again = tab.edit(tab.cards["OpenEMR"].info)
    assert again.secret.edit.text() == ""
    assert not again.secret.saved_label.isHidden() and again.secret.edit.isHidden()
    assert again.auth_combo.currentData() == "bearer" and again.name_edit.isReadOnly()
    click(qtbot, again.secret.replace_button)  # an empty field for a new one, not the old
    assert again.secret.edit.isVisible() and again.secret.edit.text() == ""
    save(qtbot, again)  # nothing typed: the saved token stays
    assert secret_store.get(svc.sync.secrets.entry("OpenEMR")) == TOKEN


def test_a_refused_token_shows_the_whole_error_on_its_row(qtbot, practice, runner, server):
    svc = practice.svc
    fill(server, ("a-1", at(10, 15)))
    tab = sync_tab(qtbot, svc, runner)
    add_bearer(qtbot, tab, server, "not-the-token", name="Refusing EHR")
    click(qtbot, tab.cards["Refusing EHR"].sync_button)
    error = svc.sync.source("Refusing EHR").last_error
    assert "refused" in error and len(error) > 60
    card = tab.cards["Refusing EHR"]
    assert card.error.isVisibleTo(tab) and card.error.wordWrap()
    assert card.error.text() == f"✖ The last sync failed: {error}"
    assert "Last good sync: none yet" in card.status.text()
    assert "not-the-token" not in card.error.text()
    assert tab.notice.level == "error"
    assert tab.notice.text == "Refusing EHR did not sync. The reason is under its name below."

    assert tab.alarm.level == "error" and "Refusing EHR" in tab.alarm.text


def test_make_key_pair_shows_the_public_jwks_and_keeps_the_private_key_in_the_keyring(
        qtbot, practice, runner, server, secret_store):
    svc = practice.svc
    tab = sync_tab(qtbot, svc, runner)
    dialog = tab.add("fhir")
    dialog.name_edit.setText("OpenEMR")
    dialog.base_edit.setText(server.base_url)
    assert dialog.auth_combo.currentData() == "smart" and dialog.token_box.isHidden()
    dialog.client_edit.setText("fd-client-1")
    assert dialog.key_box.jwks.isHidden()
    click(qtbot, dialog.key_box.make_button)
    jwks = json.loads(dialog.key_box.jwks.toPlainText())
    (key,) = jwks["keys"]
    assert key["alg"] == "ES384" and "x" in key and "d" not in key
    assert dialog.key_box.jwks.isReadOnly() and dialog.key_box.copy_button.isVisible()
    assert any("register its public key with the EHR as FrontDesk's JWKS" in label.text()
               and label.isVisible() for label in dialog.findChildren(QLabel))
    assert dialog.isVisible() and dialog.name_edit.isReadOnly()  # saved, still open for IT
    pem = secret_store.get(svc.sync.secrets.entry("OpenEMR"))
    assert pem and pem.startswith("-----BEGIN PRIVATE KEY-----")
    with svc.sessions() as s:
        for table in Base.metadata.sorted_tables:
            for row in s.execute(select(table)):
                assert "PRIVATE KEY" not in repr(row) and pem.splitlines()[1] not in repr(row)
    save(qtbot, dialog)
    assert dialog.result() == SourceDialog.DialogCode.Accepted
    assert svc.sync.source("OpenEMR").settings["client_id"] == "fd-client-1"
    reopened = tab.edit(tab.cards["OpenEMR"].info)  # the public key is shown again
    assert json.loads(reopened.key_box.jwks.toPlainText()) == jwks


def test_remove_asks_first_and_keeps_the_sessions(qtbot, practice, runner, tmp_path,
                                                  answer):
    svc = practice.svc
    tab = sync_tab(qtbot, svc, runner)
    add_ics(qtbot, tab, ics_file(tmp_path, "uid-1@tests", at(10, 15)))
    click(qtbot, tab.cards["Clinic calendar"].sync_button)
    asked = answer(QMessageBox.StandardButton.No)
    click(qtbot, tab.cards["Clinic calendar"].remove_button)
    assert len(asked) == 1 and "stay on the schedule" in asked[0]
    assert "Clinic calendar" in tab.cards and svc.sync.sources()
    answer(QMessageBox.StandardButton.Yes)
    click(qtbot, tab.cards["Clinic calendar"].remove_button)
    assert not tab.cards and svc.sync.sources() == []
    assert "stay on the schedule" in tab.notice.text
    rows = svc.schedule.day(at(10, 15).date())
    assert [(r.start, r.attendance) for r in rows] == [(at(10, 15), Attendance.BOOKED)]
    with svc.sessions() as s:
        assert s.scalar(select(Appointment.source)) == "Clinic calendar"


def test_a_wrong_address_is_shown_next_to_its_field_and_nothing_is_saved(
        qtbot, practice, runner, tmp_path):
    svc = practice.svc
    tab = sync_tab(qtbot, svc, runner)
    dialog = tab.add("fhir")
    dialog.name_edit.setText("OpenEMR")
    dialog.base_edit.setText("http://ehr.example.org/fhir")
    save(qtbot, dialog)
    base_error = error_shown(dialog.errors.label("base_url"))
    assert "plain http" in base_error and "https://" in base_error
    assert dialog.isVisible() and dialog.focusWidget() is dialog.base_edit
    assert error_shown(dialog.errors.label("name")) == ""
    assert svc.sync.sources() == [] and not tab.cards
    dialog.base_edit.setText("https://ehr.example.org/fhir")  # fixed: it saves
    save(qtbot, dialog)
    assert dialog.result() == SourceDialog.DialogCode.Accepted
    assert [s.name for s in svc.sync.sources()] == ["OpenEMR"]
    missing = tab.add("ics")
    missing.name_edit.setText("Feed")
    missing.location.edit.setText(str(tmp_path / "nowhere.ics"))
    save(qtbot, missing)
    assert "There is no file at" in error_shown(missing.errors.label("path"))


def test_the_list_follows_changes_made_elsewhere(qtbot, practice, runner, tmp_path):
    """A source added or run outside this tab (the background sync, `frontdesk sync`
    through the same services) reaches the list through the change bus."""
    svc = practice.svc
    tab = sync_tab(qtbot, svc, runner)
    svc.sync.add_source("Feed", "ics", {"path": str(ics_file(tmp_path, "u@t", at(9, 9)))})
    qtbot.waitUntil(lambda: "Feed" in tab.cards, timeout=UI_WAIT_MS)
    svc.sync.try_source("Feed")
    qtbot.waitUntil(lambda: "1 new" in tab.cards["Feed"].status.text(), timeout=UI_WAIT_MS)
    svc.sync.enable("Feed", False)
    qtbot.waitUntil(lambda: tab.cards["Feed"].state.text() == "○ Off", timeout=UI_WAIT_MS)
    assert not tab.cards["Feed"].sync_button.isEnabled()


def test_sync_now_runs_off_the_gui_thread(qtbot, practice, tmp_path):
    svc = practice.svc
    runner = TaskRunner()
    try:
        tab = sync_tab(qtbot, svc, runner)
        svc.sync.add_source("Feed", "ics", {"path": str(ics_file(tmp_path, "u@t", at(9, 9)))})
        qtbot.waitUntil(lambda: "Feed" in tab.cards, timeout=UI_WAIT_MS)
        threads: list[str] = []
        real = svc.sync.try_source
        svc.sync.try_source = lambda name: threads.append(
            threading.current_thread().name) or real(name)
        click(qtbot, tab.cards["Feed"].sync_button)
        qtbot.waitUntil(lambda: "Feed synced" in tab.notice.text, timeout=UI_WAIT_MS)
        assert threads and threads[0].startswith("frontdesk-net")
        qtbot.waitUntil(lambda: "1 new" in tab.cards["Feed"].status.text(), timeout=UI_WAIT_MS)
    finally:
        runner.shutdown()


def test_screenshot_with_a_working_and_a_failing_source(qtbot, practice, runner, server,
                                                        tmp_path):
    svc = practice.svc
    fill(server, ("a-1", at(10, 15)))
    tab = sync_tab(qtbot, svc, runner)
    add_ics(qtbot, tab, ics_file(tmp_path, "uid-1@tests", at(10, 15)))
    click(qtbot, tab.cards["Clinic calendar"].sync_button)
    add_bearer(qtbot, tab, server, "expired-token-0000", name="OpenEMR")
    click(qtbot, tab.cards["OpenEMR"].sync_button)
    svc.sync.add_source("SimplePractice export", "csv")
    qtbot.waitUntil(lambda: "SimplePractice export" in tab.cards, timeout=UI_WAIT_MS)
    dialog = tab.window()
    dialog.resize(900, 720)
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "sync_settings.png"))
    error = tab.cards["OpenEMR"].error  # the whole reason shows, not cut to one line
    assert error.isVisible() and error.height() >= error.heightForWidth(error.width()) > 0
    edit = tab.edit(tab.cards["OpenEMR"].info)
    qtbot.waitExposed(edit)
    assert edit.grab().save(str(SHOTS / "sync_source_dialog.png"))
    smart = tab.add("fhir")
    smart.name_edit.setText("EHR with a key")
    smart.base_edit.setText(server.base_url)
    smart.client_edit.setText("fd-client-1")
    click(qtbot, smart.key_box.make_button)
    qtbot.waitExposed(smart)
    qtbot.wait(50)
    assert smart.grab().save(str(SHOTS / "sync_source_key.png"))
    feed = tab.add("ics")
    feed.name_edit.setText("Clinic feed")
    feed.location.setText("http://calendar.example.org/clinic.ics")
    save(qtbot, feed)
    assert "plain http" in error_shown(feed.errors.label("url"))
    qtbot.waitExposed(feed)
    qtbot.wait(50)
    assert feed.grab().save(str(SHOTS / "sync_source_feed_error.png"))
