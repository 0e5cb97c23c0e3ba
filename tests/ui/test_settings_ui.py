"""The practice settings dialog, driven like a person would, over real services."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select
from sqlalchemy.orm import Session
from widget_helpers import UI_WAIT_MS, click, context_for, error_shown, shown, type_into

from frontdesk.domain import Modality
from frontdesk.models import AuditEntry
from frontdesk.services.demo import seed_demo
from frontdesk.ui.settings.settings_dialog import AUTHORISED_ONLY, PracticeSettingsDialog
from frontdesk.ui.tasks import InlineTaskRunner, TaskRunner

ACTOR = "office-manager"
SHOTS = Path(__file__).resolve().parent.parent / "screenshots"
Yes, Discard, Cancel = (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Discard,
                        QMessageBox.StandardButton.Cancel)


# --- helpers (kept here: tests/ui/conftest.py belongs to another engineer) ---------------

@pytest.fixture
def runner() -> InlineTaskRunner:
    return InlineTaskRunner()


class Questions:
    """Stands in for the QMessageBox.question modal: records what was asked, answers."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = Yes

    def __call__(self, parent, title, text, *args, **kwargs):
        self.asked.append(text)
        return self.answer


@pytest.fixture
def questions(monkeypatch) -> Questions:
    q = Questions()
    monkeypatch.setattr(QMessageBox, "question", q)
    return q




def open_settings(qtbot, services, runner) -> PracticeSettingsDialog:
    return shown(qtbot, PracticeSettingsDialog(context_for(services, runner, ACTOR)))








def audit_actions(services, action: str) -> list[str]:
    with Session(services.engine) as s:
        return list(s.scalars(select(AuditEntry.actor).where(AuditEntry.action == action)))


def list_texts(tab) -> list[str]:
    return [tab.list.item(i).text() for i in range(tab.list.count())]


# --- the Practice tab ------------------------------------------------------------------------

def test_practice_settings_are_saved_and_reloaded(qtbot, practice, runner, questions):
    services = practice.svc
    dlg = open_settings(qtbot, services, runner)
    tab = dlg.practice_tab
    assert tab.name_edit.text() == "Test Practice"
    assert tab.phone_edit.text() == "(617) 555-0100"
    type_into(qtbot, tab.name_edit, "Harbor Counseling")
    type_into(qtbot, tab.phone_edit, "617 555 0142")
    tab.address_edit.setPlainText("4 Harbor Way\nSalem, MA 01970")
    type_into(qtbot, tab.tz_combo.lineEdit(), "America/Chicago")
    tab.late_spin.setValue(48)
    tab.start_combo.setCurrentIndex(tab.start_combo.findText("8 AM"))
    tab.end_combo.setCurrentIndex(tab.end_combo.findText("6 PM"))
    type_into(qtbot, tab.oncall_edit, "617-555-0177")
    tab.crisis_spin.setValue(24)
    assert dlg.unsaved_tabs() == ["Practice"]
    click(qtbot, tab.save_button)
    assert tab.status.text() == "Saved."
    assert dlg.unsaved_tabs() == []

    info = services.practice.settings()
    assert (info.name, info.phone, info.timezone, info.late_cancel_hours) == (
        "Harbor Counseling", "(617) 555-0142", "America/Chicago", 48)
    assert (info.day_start_hour, info.day_end_hour) == (8, 18)
    assert info.address == "4 Harbor Way\nSalem, MA 01970"
    assert (info.oncall_mobile, info.crisis_reply_hours) == ("(617) 555-0177", 24)

    dlg.close()
    dlg2 = open_settings(qtbot, services, runner)
    again = dlg2.practice_tab
    assert again.name_edit.text() == "Harbor Counseling"
    assert again.phone_edit.text() == "(617) 555-0142"
    assert again.tz_combo.zone() == "America/Chicago"
    assert again.late_spin.value() == 48
    assert again.start_combo.currentText() == "8 AM" and again.end_combo.currentText() == "6 PM"
    assert again.oncall_edit.text() == "(617) 555-0177" and again.crisis_spin.value() == 24
    assert questions.asked == []


def test_bad_time_zone_phone_and_hours_are_refused_inline(qtbot, practice, runner, questions):
    services = practice.svc
    before = services.practice.settings()
    dlg = open_settings(qtbot, services, runner)
    tab = dlg.practice_tab
    type_into(qtbot, tab.name_edit, "Renamed Practice")
    type_into(qtbot, tab.tz_combo.lineEdit(), "Boston")
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)  # Enter in a field saves the tab
    message = error_shown(tab.errors.label("timezone"))
    assert "Boston" in message and "America/Chicago" in message
    assert QApplication.focusWidget() is tab.tz_combo
    assert tab.tz_combo.zone() == "Boston" and tab.name_edit.text() == "Renamed Practice"
    assert services.practice.settings() == before

    type_into(qtbot, tab.tz_combo.lineEdit(), "America/New_York")
    type_into(qtbot, tab.phone_edit, "555-12")
    click(qtbot, tab.save_button)
    assert error_shown(tab.errors.label("timezone")) == ""
    assert "555-12" in error_shown(tab.errors.label("phone"))
    assert services.practice.settings() == before

    type_into(qtbot, tab.phone_edit, "(617) 555-0100")
    tab.start_combo.setCurrentIndex(tab.start_combo.findText("6 PM"))
    tab.end_combo.setCurrentIndex(tab.end_combo.findText("9 AM"))
    click(qtbot, tab.save_button)
    assert "start before it ends" in error_shown(tab.errors.label("day_start_hour"))
    assert services.practice.settings() == before

    # Closing with the unsaved edits asks; answering Cancel keeps the dialog and the typing.
    questions.answer = Cancel
    dlg.reject()
    assert dlg.isVisible() and tab.name_edit.text() == "Renamed Practice"
    assert "Practice" in questions.asked[-1]
    questions.answer = Discard
    dlg.reject()
    assert not dlg.isVisible()


# --- clinicians and appointment types --------------------------------------------------------

def test_add_edit_and_deactivate_a_clinician(qtbot, practice, runner, questions):
    services = practice.svc
    dlg = open_settings(qtbot, services, runner)
    tab = dlg.clinicians_tab
    dlg.tabs.setCurrentWidget(tab)
    assert list_texts(tab) == ["Daniel Reyes — “Daniel”", "Dr. Maya Okafor — “Dr. Okafor”"]

    click(qtbot, tab.add_button)
    assert tab.box.title() == "New clinician"
    type_into(qtbot, tab.shown_edit, "Sam")
    click(qtbot, tab.save_button)  # no full name
    assert "needs a name" in error_shown(tab.errors.label("full_name"))
    assert tab.shown_edit.text() == "Sam" and len(services.practice.clinicians()) == 2

    type_into(qtbot, tab.full_edit, "Samira Haddad, LMHC")
    qtbot.keyClick(tab.full_edit, Qt.Key.Key_Return)  # Enter saves this clinician
    assert error_shown(tab.errors.label("full_name")) == ""
    assert "Samira Haddad, LMHC — “Sam”" in list_texts(tab)
    assert tab.list.currentItem().text() == "Samira Haddad, LMHC — “Sam”"
    samira = next(c for c in services.practice.clinicians() if c.display_name == "Sam")

    type_into(qtbot, tab.shown_edit, "Samira")
    click(qtbot, tab.active_button)  # deactivating also keeps what was typed
    stored = next(c for c in services.practice.clinicians(include_inactive=True)
                  if c.id == samira.id)
    assert (stored.display_name, stored.active) == ("Samira", False)
    assert "Samira Haddad, LMHC — “Samira”  (inactive)" in list_texts(tab)
    assert tab.active_button.text() == "Reactivate"
    assert samira.id not in [c.id for c in services.practice.clinicians()]

    # Unsaved typing is not dropped by clicking another clinician.
    type_into(qtbot, tab.shown_edit, "Dr. H")
    questions.answer = Cancel
    tab.list.setCurrentRow(0)
    assert tab.shown_edit.text() == "Dr. H" and "Discard" in questions.asked[-1]
    assert tab.list.currentItem().text().startswith("Samira")


def test_add_an_appointment_type(qtbot, practice, runner, questions):
    services = practice.svc
    dlg = open_settings(qtbot, services, runner)
    tab = dlg.types_tab
    dlg.tabs.setCurrentWidget(tab)
    assert len(list_texts(tab)) == 3
    click(qtbot, tab.add_button)
    tab.duration_spin.setValue(75)
    click(qtbot, tab.save_button)
    assert "needs a name" in error_shown(tab.errors.label("name"))
    assert tab.duration_spin.value() == 75

    type_into(qtbot, tab.name_edit, "Family session")
    tab.modality_combo.setCurrentIndex(tab.modality_combo.findData(Modality.TELEHEALTH))
    tab.group_check.setChecked(True)
    click(qtbot, tab.save_button)
    assert "Family session · 75 min · Telehealth · group" in list_texts(tab)
    family = next(t for t in services.practice.appointment_types() if t.name == "Family session")
    assert (family.duration_minutes, family.default_modality, family.is_group, family.active) == (
        75, Modality.TELEHEALTH, True, True)

    tab.active_check.setChecked(False)
    click(qtbot, tab.save_button)
    assert "Family session" not in [t.name for t in services.practice.appointment_types()]
    assert "Family session · 75 min · Telehealth · group  (inactive)" in list_texts(tab)


# --- security ---------------------------------------------------------------------------------

def test_recovery_code_is_shown_only_after_confirmation(qtbot, services, runner, questions):
    dlg = open_settings(qtbot, services, runner)
    tab = dlg.security_tab
    dlg.tabs.setCurrentWidget(tab)
    assert tab.code_label.isHidden()

    questions.answer = QMessageBox.StandardButton.No
    click(qtbot, tab.show_button)
    assert questions.asked == [
        f"{AUTHORISED_ONLY}\n\nShowing the code is recorded in the practice's audit log."]
    assert tab.code_label.isHidden() and audit_actions(services, "show_recovery_code") == []

    questions.answer = Yes
    click(qtbot, tab.show_button)
    assert tab.code_label.isVisible()
    code = tab.code_label.text()
    assert audit_actions(services, "show_recovery_code") == [ACTOR]
    assert code and code == services.practice.recovery_code("test")
    assert QFontInfo(tab.code_label.font()).fixedPitch()

    click(qtbot, tab.copy_button)
    assert QGuiApplication.clipboard().text() == code
    click(qtbot, tab.hide_button)
    assert tab.code_label.isHidden() and tab.code_label.text() == ""


def test_settings_on_the_real_task_runner(qtbot, practice, questions):
    services = practice.svc
    real = TaskRunner()
    try:
        dlg = open_settings(qtbot, services, real)
        tab = dlg.practice_tab
        qtbot.waitUntil(lambda: tab.name_edit.text() == "Test Practice", timeout=UI_WAIT_MS)
        type_into(qtbot, tab.tz_combo.lineEdit(), "Nowhere/Special")
        click(qtbot, tab.save_button)
        qtbot.waitUntil(lambda: bool(error_shown(tab.errors.label("timezone"))), timeout=UI_WAIT_MS)
        type_into(qtbot, tab.tz_combo.lineEdit(), "America/Denver")
        click(qtbot, tab.save_button)
        qtbot.waitUntil(lambda: tab.status.text() == "Saved.", timeout=UI_WAIT_MS)
        assert services.practice.settings().timezone == "America/Denver"
        qtbot.waitUntil(lambda: dlg.clinicians_tab.list.count() == 2, timeout=UI_WAIT_MS)
        dlg.close()
    finally:
        real.shutdown(wait=True)
        real.deleteLater()


# --- screenshots ------------------------------------------------------------------------------

def test_screenshots(qtbot, services, runner, questions):
    seed_demo(services)
    SHOTS.mkdir(exist_ok=True)
    dlg = open_settings(qtbot, services, runner)
    qtbot.wait(50)
    dlg.grab().save(str(SHOTS / "settings.png"))
    tab = dlg.practice_tab
    type_into(qtbot, tab.tz_combo.lineEdit(), "Boston")
    click(qtbot, tab.save_button)
    qtbot.wait(50)
    dlg.grab().save(str(SHOTS / "settings_error.png"))
    tab.load(services.practice.settings())
    dlg.tabs.setCurrentWidget(dlg.clinicians_tab)
    dlg.clinicians_tab.list.setCurrentRow(1)
    qtbot.wait(50)
    dlg.grab().save(str(SHOTS / "settings_clinicians.png"))
    dlg.tabs.setCurrentWidget(dlg.types_tab)
    dlg.types_tab.list.setCurrentRow(0)
    qtbot.wait(50)
    dlg.grab().save(str(SHOTS / "settings_types.png"))
    dlg.tabs.setCurrentWidget(dlg.security_tab)
    click(qtbot, dlg.security_tab.show_button)
    qtbot.wait(50)
    dlg.grab().save(str(SHOTS / "settings_security.png"))
    assert (SHOTS / "settings.png").stat().st_size > 10_000


def test_the_dialog_widens_until_every_tab_name_shows(qtbot, practice, runner, questions):
    """As wide as the tab names need (no tab behind a scroll arrow), within the screen."""
    dialog = PracticeSettingsDialog(context_for(practice.svc, runner))
    qtbot.addWidget(dialog)
    bar = dialog.tabs.tabBar()
    needed = bar.sizeHint().width()
    screen = dialog.screen().availableGeometry().width()
    dialog.resize(400, 560)
    dialog._fit_every_tab()
    assert dialog.width() == min(needed + 48, screen - 40)
    dialog.show()
    qtbot.waitExposed(dialog)
    if needed + 48 <= screen - 40:  # a screen wide enough: every name shows
        assert bar.tabRect(bar.count() - 1).right() <= bar.width()
