"""The Messages tab (template editor), driven like a person would, over real services."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from widget_helpers import UI_WAIT_MS, context_for

from frontdesk.domain import Channel, Language, Step
from frontdesk.services.wording.templates import Source, default_template
from frontdesk.ui.settings.template_editor import TemplateEditorTab
from frontdesk.ui.tasks import InlineTaskRunner, TaskRunner

ACTOR = "office-manager"
SHOTS = Path(__file__).resolve().parent.parent / "screenshots"
LONG_SPANISH = ("Hola {{ client_first_name }}, le recordamos su cita {{ when_text }}. Por favor "
                "llegue diez minutos antes y traiga su identificación. Si necesita cambiarla, "
                "llámenos. ¡Gracias!")


@pytest.fixture
def runner() -> InlineTaskRunner:
    return InlineTaskRunner()


@pytest.fixture
def answer(monkeypatch):
    """Stands in for QMessageBox.question: records what was asked, answers Yes."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(980, 620)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_tab(qtbot, services, runner) -> TemplateEditorTab:
    tab = shown(qtbot, TemplateEditorTab(context_for(services, runner, ACTOR)))
    qtbot.waitUntil(lambda: tab.check is not None, timeout=UI_WAIT_MS)
    return tab


def pick(tab, step=None, channel=None, language=None, clinician=None, minimal=None) -> None:
    for box, value in ((tab.step_combo, step), (tab.channel_combo, channel),
                       (tab.language_combo, language)):
        if value is not None:
            box.setCurrentIndex(box.findData(value))
    if clinician is not None:
        tab.for_combo.setCurrentIndex(tab.for_combo.findText(clinician))
    if minimal is not None:
        tab.minimal_check.setChecked(minimal)


def type_words(qtbot, tab, words: str) -> None:
    """Replace the words as a person would (select all, type), then wait for the preview."""
    tab.body_edit.setFocus()
    tab.body_edit.selectAll()
    if words.isascii():
        qtbot.keyClicks(tab.body_edit, words)
    else:  # QTest cannot type "ó" or "¡" (it aborts): paste, as a person often would
        tab.body_edit.insertPlainText(words)
    qtbot.waitUntil(lambda: not tab._timer.isActive(), timeout=UI_WAIT_MS)  # the debounce fired


def test_picking_a_step_shows_its_default_words_and_preview(qtbot, practice, runner):
    tab = open_tab(qtbot, practice.svc, runner)
    assert [tab.step_combo.itemText(i) for i in range(3)] == [
        "Booking confirmation", "Confirmation request", "Day-before reminder"]
    assert tab.for_combo.findText("Dr. Okafor") > 0 and tab.for_combo.itemText(0) == (
        "The whole practice")
    pick(tab, step=Step.DAY_BEFORE)
    assert tab.body_edit.toPlainText() == default_template(Step.DAY_BEFORE, Channel.SMS,
                                                           Language.ENGLISH).body
    assert "default" in tab.source_label.text()
    assert tab.preview.body.text().startswith("Test Practice: Hi Alex")
    assert "tomorrow" in tab.preview.body.text()
    assert tab.preview.counter.text().endswith("/160") and "GSM-7" in tab.preview.counter.text()
    assert not tab.save_button.isEnabled() and not tab.reset_button.isEnabled()
    pick(tab, channel=Channel.EMAIL)
    assert tab.subject_edit.isVisible() and tab.subject_edit.text()
    assert tab.preview.subject.text().startswith("Subject: ")
    assert tab.preview.counter.isHidden()  # no segments in an email
    tab.preview.video.setChecked(True)
    pick(tab, step=Step.TELEHEALTH_LINK, channel=Channel.SMS)
    assert tab.preview.telehealth and "https://meet.example.com" in tab.preview.body.text()


def test_an_unknown_variable_is_shown_in_red_and_blocks_saving(qtbot, practice, runner):
    tab = open_tab(qtbot, practice.svc, runner)
    type_words(qtbot, tab, "Hi {{ client_name }}, see you {{ when_text }}.")
    [error] = tab.problems.texts()
    assert "client_name" in error and "client_first_name" in error  # names it, suggests a fix
    assert error.startswith("✖") and "#B3261E" in tab.problems._labels[0].styleSheet()
    assert not tab.save_button.isEnabled()
    assert "error" in tab.preview.body.text()
    type_words(qtbot, tab, "Hi {{ client_first_name }}, see you {{ when_text }}.")
    assert tab.problems.texts() == [] and tab.save_button.isEnabled()


def test_a_care_word_brings_an_amber_privacy_warning(qtbot, practice, runner):
    tab = open_tab(qtbot, practice.svc, runner)
    type_words(qtbot, tab, "Hi {{ client_first_name }}, your therapy is {{ when_text }}.")
    warnings = tab.problems.texts()
    assert any("therapy" in w and w.startswith("⚠") for w in warnings)
    assert "#E69F00" in tab.problems._labels[0].styleSheet()
    assert tab.save_button.isEnabled()  # advice, not a block


def test_a_long_spanish_text_makes_the_segment_counter_warn(qtbot, practice, runner):
    tab = open_tab(qtbot, practice.svc, runner)
    pick(tab, language=Language.SPANISH)
    assert tab.preview.body.text().startswith("Test Practice: ")
    type_words(qtbot, tab, LONG_SPANISH)
    counter = tab.preview.counter
    assert re.fullmatch(r"[2-4] segments · UCS-2 · \d+/\d+", counter.text())
    assert counter.property("over") is True and "#E69F00" in counter.styleSheet()
    assert any("segments (UCS-2 because of" in w for w in tab.problems.texts())


def test_variables_are_inserted_where_the_cursor_is(qtbot, practice, runner):
    tab = open_tab(qtbot, practice.svc, runner)
    type_words(qtbot, tab, "Hi ")
    item = tab.variables.list.findItems("client_first_name", Qt.MatchFlag.MatchExactly)[0]
    tab.variables.list.setCurrentItem(item)
    tab.variables._clicked(item)
    assert tab.body_edit.toPlainText() == "Hi {{ client_first_name }}"
    assert "preferred name" in tab.variables.description.text()


def test_save_reload_and_reset(qtbot, practice, runner, answer):
    services = practice.svc
    tab = open_tab(qtbot, services, runner)
    pick(tab, step=Step.DAY_BEFORE)
    words = "{{ practice_name }}: see you {{ when_text }}, {{ client_first_name }}."
    type_words(qtbot, tab, words)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.status.text().startswith("Saved")
    assert services.templates.get(Step.DAY_BEFORE, Channel.SMS, Language.ENGLISH, None,
                                  False) == (services.templates.get(
                                      Step.DAY_BEFORE, Channel.SMS, Language.ENGLISH, None,
                                      False)[0], Source.PRACTICE)
    tab.close()

    again = open_tab(qtbot, services, runner)
    pick(again, step=Step.DAY_BEFORE)
    assert again.body_edit.toPlainText() == words
    assert "practice" in again.source_label.text()
    assert again.reset_button.isEnabled() and not again.save_button.isEnabled()
    pick(again, clinician="Dr. Okafor")  # the clinician inherits the practice's words
    assert again.body_edit.toPlainText() == words
    assert "Dr. Okafor has none of their own" in again.source_label.text()
    assert not again.reset_button.isEnabled()
    pick(again, clinician="The whole practice")
    qtbot.mouseClick(again.reset_button, Qt.MouseButton.LeftButton)
    assert answer and "FrontDesk's default words" in answer[-1]
    assert again.body_edit.toPlainText() == default_template(Step.DAY_BEFORE, Channel.SMS,
                                                             Language.ENGLISH).body
    assert "default" in again.source_label.text() and not again.reset_button.isEnabled()
    assert services.templates.overrides() == {}


def test_moving_away_from_unsaved_words_asks_first(qtbot, practice, runner, monkeypatch):
    replies = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    tab = open_tab(qtbot, practice.svc, runner)
    type_words(qtbot, tab, "Hi {{ client_first_name }}.")
    pick(tab, step=Step.DAY_BEFORE)  # Cancel: stay, keep the words
    assert "not saved" in asked[0]
    assert tab.step_combo.currentData() == Step.BOOKING_CONFIRMATION
    assert tab.body_edit.toPlainText() == "Hi {{ client_first_name }}."
    pick(tab, step=Step.DAY_BEFORE)  # Discard: move on
    assert tab.body_edit.toPlainText() == default_template(Step.DAY_BEFORE, Channel.SMS,
                                                           Language.ENGLISH).body
    assert not tab.is_dirty() and len(asked) == 2


def test_the_neutral_sender_name_is_saved_and_previewed(qtbot, practice, runner):
    services = practice.svc
    tab = open_tab(qtbot, services, runner)
    pick(tab, minimal=True)
    tab.sender_edit.setText("Maple Office")
    qtbot.mouseClick(tab.sender_button, Qt.MouseButton.LeftButton)
    assert services.templates.neutral_sender_name() == "Maple Office"
    assert tab.sender_note.text() == "Sender name saved."
    assert tab.preview.body.text().startswith("Maple Office")
    tab.sender_edit.setText("Okafor Therapy")
    qtbot.mouseClick(tab.sender_button, Qt.MouseButton.LeftButton)
    assert tab.sender_note.text().startswith("⚠ Saved, but:")


def test_on_the_real_background_runner(qtbot, practice):
    """The same flow with work on the worker thread: the preview arrives, save lands."""
    runner = TaskRunner()
    try:
        tab = open_tab(qtbot, practice.svc, runner)
        qtbot.waitUntil(lambda: tab.preview.body.text().startswith("Test Practice"),
                        timeout=UI_WAIT_MS)
        tab.body_edit.setPlainText("Hi {{ nope }}")
        qtbot.waitUntil(lambda: bool(tab.problems.error), timeout=UI_WAIT_MS)
        assert not tab.save_button.isEnabled()
        tab.body_edit.setPlainText("{{ practice_name }}: see you {{ when_text }}.")
        qtbot.waitUntil(lambda: tab.save_button.isEnabled(), timeout=UI_WAIT_MS)
        tab.save()
        qtbot.waitUntil(lambda: tab.status.text().startswith("Saved"), timeout=UI_WAIT_MS)
        qtbot.waitUntil(lambda: "practice" in tab.source_label.text(), timeout=UI_WAIT_MS)
    finally:
        qtbot.waitUntil(lambda: not runner.busy, timeout=UI_WAIT_MS)
        runner.shutdown()


def test_screenshot(qtbot, practice, runner):
    SHOTS.mkdir(exist_ok=True)
    tab = open_tab(qtbot, practice.svc, runner)
    pick(tab, language=Language.SPANISH)
    type_words(qtbot, tab, LONG_SPANISH.replace("su cita", "su terapia"))
    qtbot.wait(50)
    path = SHOTS / "template_editor.png"
    tab.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_the_tab_in_practice_settings(qtbot, practice, runner, answer):
    """At the dialog's own size; unsaved words hold the dialog open (asked first)."""
    from frontdesk.ui.settings.settings_dialog import PracticeSettingsDialog

    dlg = PracticeSettingsDialog(context_for(practice.svc, runner, ACTOR))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    tab = dlg.templates_tab
    dlg.tabs.setCurrentWidget(tab)
    assert dlg.tabs.tabText(dlg.tabs.currentIndex()) == "Messa&ges"
    pick(tab, step=Step.CONFIRMATION_REQUEST, clinician="Dr. Okafor")
    type_words(qtbot, tab, "Hi {{ client_first_name }}, {{ clinician_name }} sees you "
               "{{ when_text }}. Text CANCEL if you can't come.")
    assert any("CANCEL" in w for w in tab.problems.texts())
    assert "Dr. Okafor sees you" in tab.preview.body.text()
    qtbot.wait(50)
    dlg.grab().save(str(SHOTS / "template_editor_dialog.png"))
    assert dlg.unsaved_tabs() == ["Messages"]
    type_words(qtbot, tab, "Hi {{ client_name }}, see you {{ when_text }}.")
    assert not tab.save_button.isEnabled()
    qtbot.wait(50)
    dlg.grab().save(str(SHOTS / "template_editor_error.png"))
