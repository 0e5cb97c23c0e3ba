"""Practice settings → Calendar sync → Import appointments…, driven like a person would: real
widgets over the real CSV import and sync services, a real SQLCipher file and the keyring.
The fixture clock is 4 March 2026, 08:00 in Boston."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from widget_helpers import UI_WAIT_MS, click, error_shown

from frontdesk.models import Appointment, Attendee, Client, Clinician, OutboxMessage, SyncSource
from frontdesk.ui.settings.csv_import_dialog import SUGGESTED, CsvImportDialog
from tests.sync.sync_run_kit import services  # noqa: F401
from tests.ui.test_sync_settings import SHOTS, sync_tab

FIXTURES = Path(__file__).resolve().parent.parent / "sync" / "fixtures" / "csv"


def counts(svc) -> dict[str, int]:
    with svc.sessions() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Appointment, Attendee, Client, Clinician, OutboxMessage, SyncSource)}


def open_dialog(qtbot, practice, runner) -> tuple[object, CsvImportDialog]:
    tab = sync_tab(qtbot, practice.svc, runner)
    dialog = tab.import_csv()
    qtbot.waitExposed(dialog)
    return tab, dialog


def chosen(dialog: CsvImportDialog) -> dict[str, str | None]:
    return {key: combo.currentData() for key, combo in dialog.mapping_box.combos.items()}


def preview(qtbot, dialog: CsvImportDialog) -> None:
    assert dialog.preview_button.isEnabled()
    click(qtbot, dialog.preview_button)
    assert dialog.outcome is not None and dialog.outcome.dry_run


def day(svc, when: date) -> list[tuple[str, str]]:
    return [(r.start.strftime("%H:%M"), r.client_name) for r in svc.schedule.day(when)]


def shown_text(dialog: CsvImportDialog) -> str:
    return "\n".join([dialog.outcome_view.summary.text(), dialog.notice.text,
                      *dialog.outcome_view.lines()])


def test_the_mapping_is_suggested_from_the_files_headers(qtbot, practice, runner):
    _tab, dialog = open_dialog(qtbot, practice, runner)
    assert not dialog.preview_button.isEnabled() and not dialog.mapping_group.isEnabled()
    dialog.open_file(str(FIXTURES / "therapynotes.csv"))
    got = chosen(dialog)
    assert {k: got[k] for k in ("date", "start_time", "duration", "clinician", "first_name",
                                "last_name", "mobile", "email", "type", "status")} == {
        "date": "Appt Date", "start_time": "Appt Time", "duration": "Duration (min)",
        "clinician": "Therapist", "first_name": "Patient First Name",
        "last_name": "Patient Last Name", "mobile": "Cell Phone", "email": "E-mail",
        "type": "Appointment Type", "status": "Appointment Status"}
    assert got["full_name"] is None and got["external_id"] is None
    combo = dialog.mapping_box.combos["clinician"]
    assert [combo.itemText(i) for i in range(combo.count())][:3] == [
        "—", "Patient First Name", "Patient Last Name"]  # every column of the file
    assert dialog.preset_combo.currentText() == SUGGESTED and dialog.name_edit.text() == ""
    assert "month first (US)" in dialog.mapping_box.date_note.text()  # 03/13/2026 settles it
    assert dialog.mapping_box.id_note.isVisibleTo(dialog)  # no appointment id column
    assert dialog.preview_button.isEnabled() and not dialog.import_button.isEnabled()
    dialog.open_file(str(FIXTURES / "simplepractice.csv"))
    got = chosen(dialog)
    assert (got["external_id"], got["full_name"], got["end_time"], got["video_link"]) == (
        "Appointment ID", "Client", "End Time", "Video Link")
    assert not dialog.mapping_box.id_note.isVisibleTo(dialog)


def test_an_ambiguous_date_order_blocks_preview_until_chosen(qtbot, practice, runner):
    svc = practice.svc
    _tab, dialog = open_dialog(qtbot, practice, runner)
    dialog.open_file(str(FIXTURES / "ambiguous_dates.csv"))
    box = dialog.mapping_box
    assert box.date_blocks() and not dialog.preview_button.isEnabled()
    note = box.date_note.text()
    assert "Choose the date order" in note and "“Appt Date”" in note and "03/05/2026" in note
    assert box.date_note.isVisibleTo(dialog)
    assert "Choose the date order" in dialog.state.text()
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(50)
    assert dialog.grab().save(str(SHOTS / "csv_import_date_order.png"))
    dialog.preview()  # refused while the order is open: nothing read
    assert dialog.outcome is None
    box.date_order.setCurrentIndex(box.date_order.findData("uk"))
    assert not box.date_blocks() and not box.date_note.isVisibleTo(dialog)
    preview(qtbot, dialog)
    assert dialog.outcome.new == 3
    dialog.name_edit.setText("TherapyNotes UK")
    dialog.name_edit.textEdited.emit("TherapyNotes UK")
    preview(qtbot, dialog)
    click(qtbot, dialog.import_button)
    assert day(svc, date(2026, 5, 3)) == [("13:00", "Annie Lindqvist")]  # 03/05: 3 May
    assert day(svc, date(2026, 3, 5)) == []


def test_preview_shows_the_counts_and_changes_nothing(qtbot, practice, runner):
    svc = practice.svc
    _tab, dialog = open_dialog(qtbot, practice, runner)
    before = counts(svc)
    dialog.open_file(str(FIXTURES / "simplepractice.csv"))
    preview(qtbot, dialog)
    summary = dialog.outcome_view.summary.text()
    assert "Preview — nothing has changed yet." in summary and "5 rows read" in summary
    # SP-1005 is a late cancellation of a session FrontDesk never had: nothing to change
    assert "Sessions: 4 new, 0 moved, 0 changed, 0 cancelled, 1 unchanged" in summary
    assert "would be planned" in summary
    assert counts(svc) == before
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == \
        "Import 5 rows"
    dialog.mapping_box.combos["video_link"].setCurrentIndex(0)  # an edit: preview again
    assert dialog.outcome is None and not dialog.import_button.isEnabled()
    assert "preview again" in dialog.state.text()


def test_import_brings_the_sessions_in_and_the_mapping_is_offered_next_time(
        qtbot, practice, runner):
    svc = practice.svc
    tab, dialog = open_dialog(qtbot, practice, runner)
    seen = []
    tab.ctx.events.changed.connect(seen.append)
    assert day(svc, date(2026, 3, 10)) == []
    dialog.open_file(str(FIXTURES / "simplepractice.csv"))
    preview(qtbot, dialog)
    click(qtbot, dialog.import_button)  # no name yet: asked for one, nothing imported
    assert "Give the mapping a name" in error_shown(dialog.errors.label("name"))
    assert day(svc, date(2026, 3, 10)) == []
    dialog.name_edit.setText("SimplePractice")
    click(qtbot, dialog.import_button)
    assert day(svc, date(2026, 3, 10)) == [("14:30", "Sam Rivera")]
    assert dialog.notice.level == "success"
    assert dialog.notice.text.startswith("Imported through “SimplePractice”: 4 new, 0 moved")
    assert "Imported." in dialog.outcome_view.summary.text()
    assert not dialog.import_button.isEnabled()  # once
    qtbot.waitUntil(lambda: any(c.touches_day(date(2026, 3, 10)) for c in seen),
                    timeout=UI_WAIT_MS)  # the schedule hears of it through the change bus
    qtbot.waitUntil(lambda: "SimplePractice" in tab.cards, timeout=UI_WAIT_MS)
    assert tab.cards["SimplePractice"].state.text() == "Import preset"
    dialog.close()
    again = tab.import_csv()
    assert again.preset_combo.findData("SimplePractice") > 0
    again.open_file(str(FIXTURES / "simplepractice.csv"))
    assert again.preset_combo.currentData() == "SimplePractice"  # fits the file: chosen
    assert again.name_edit.text() == "SimplePractice"
    assert "saved mapping “SimplePractice”" in again.state.text()
    preview(qtbot, again)
    assert (again.outcome.new, again.outcome.unchanged) == (0, 5)  # known through the preset


@pytest.mark.parametrize(("content", "words"), [
    (b"", "The CSV file is empty. Export the appointments again."),
    (b"PK\x03\x04junk", "not a CSV file. Open it in the spreadsheet program, use Save as"),
    (b"2026-03-10,9:00,Ana\n2026-03-11,9:00,Ben\n", "The first row of the file holds data"),
])
def test_a_broken_file_says_what_is_wrong_and_what_to_do(qtbot, practice, runner, tmp_path,
                                                        content, words):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    _tab, dialog = open_dialog(qtbot, practice, runner)
    dialog.open_file(str(path))
    assert dialog.notice.level == "error" and words in dialog.notice.text
    assert not dialog.preview_button.isEnabled() and not dialog.import_button.isEnabled()


def test_a_file_with_bad_rows_lists_them_by_line_and_imports_the_good_rows(
        qtbot, practice, runner):
    svc = practice.svc
    _tab, dialog = open_dialog(qtbot, practice, runner)
    dialog.open_file(str(FIXTURES / "broken.csv"))
    dialog.name_edit.setText("Broken export")
    preview(qtbot, dialog)
    lines = dialog.outcome_view.lines()
    problems = [line for line in lines if line.startswith("✖ ")]
    assert [p.split(":")[0] for p in problems] == [
        "✖ line 3", "✖ line 4", "✖ line 5", "✖ line 6"]
    assert "Tentative" in problems[0] and "status" in problems[0]  # the service's words
    assert dialog.outcome_view.problems.isVisibleTo(dialog)
    assert "4 rows would be skipped" in dialog.outcome_view.summary.text()
    for secret in ("555-12", "@", "(617)"):
        assert secret not in shown_text(dialog)
    SHOTS.mkdir(exist_ok=True)
    dialog.resize(900, 900)
    qtbot.wait(50)
    assert dialog.grab().save(str(SHOTS / "csv_import_preview.png"))
    click(qtbot, dialog.import_button)
    assert dialog.notice.level == "warning"
    assert ": 2 new," in dialog.notice.text and "4 rows skipped" in dialog.notice.text
    booked = day(svc, date(2026, 3, 10)) + day(svc, date(2026, 3, 11))
    assert len(booked) == 2 and ("09:00", "Annie Lindqvist") in booked
    for secret in ("555-12", "@", "(617)"):
        assert secret not in shown_text(dialog)
