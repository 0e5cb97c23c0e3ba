"""Importing appointment CSVs through saved presets (CSV sources), on a real SQLCipher file:
a dry run changes nothing and counts what the import then does; re-imports update, never
duplicate; moves re-anchor; cancellations withdraw. The fixture clock is 4 March 2026, 08:00
in Boston; the clocks go forward on Sunday 8 March."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from frontdesk.domain import Channel, ConsentStatus, MessageState, Step
from frontdesk.models import Appointment, Attendee, Client, Clinician, OutboxMessage, SyncSource
from frontdesk.services.errors import NotFoundError, ValidationError
from frontdesk.services.sync import SyncFailed
from frontdesk.services.sync.csv_import import CsvImportService
from frontdesk.sync.csv_appointments import CsvReading, suggest_mapping
from tests.helpers import BOSTON

FIXTURES = Path(__file__).parent / "fixtures" / "csv"


@pytest.fixture
def imports(practice):
    svc = practice.svc
    for c in (practice.ana, practice.ben):
        svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")
    return CsvImportService(svc.sessions, svc.clock, svc.sync, CsvReading())


def preset(imports, name: str, fixture: str, **options) -> str:
    mapping = suggest_mapping(str(FIXTURES / fixture))[1].to_settings()
    imports.save_preset(name, {**mapping, **options})
    return name


def counts(svc) -> dict[str, int]:
    with svc.sessions() as s:
        out = {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
               for m in (Appointment, Attendee, Client, Clinician, OutboxMessage, SyncSource)}
        out["planned"] = s.scalar(select(func.count()).where(
            OutboxMessage.state == MessageState.PLANNED)) or 0
        return out


def outbox(svc, ext: str) -> list[tuple[str, datetime, str]]:
    with svc.sessions() as s:
        return [(m.step, m.due_at.astimezone(BOSTON).replace(tzinfo=None), m.state.value)
                for m in s.scalars(select(OutboxMessage).join(
                    Appointment, OutboxMessage.appointment_id == Appointment.id).where(
                    Appointment.external_id == ext).order_by(OutboxMessage.id))]


def start_of(svc, ext: str) -> datetime:
    with svc.sessions() as s:
        a = s.scalar(select(Appointment).where(Appointment.external_id == ext))
        return a.start_at.astimezone(BOSTON).replace(tzinfo=None)


def test_presets_are_csv_sources_and_bad_mappings_are_refused(imports):
    preset(imports, "SimplePractice", "simplepractice.csv")
    assert [p.name for p in imports.presets()] == ["SimplePractice"]
    assert imports.presets()[0].kind == "csv"
    assert imports.presets()[0].settings["columns"]["date"] == "Date"
    imports.save_preset("SimplePractice", {**imports.presets()[0].settings,
                                           "default_minutes": 45})  # edited, same source
    assert [p.settings["default_minutes"] for p in imports.presets()] == [45]
    with pytest.raises(ValidationError, match="client's name"):
        imports.save_preset("Bad", {"columns": {"date": "Date"}, "default_minutes": 50})
    with pytest.raises(NotFoundError):
        imports.import_file(str(FIXTURES / "simplepractice.csv"), "Nobody")


def test_a_dry_run_changes_nothing_and_counts_what_the_import_does(practice, imports):
    svc = practice.svc
    name = preset(imports, "SimplePractice", "simplepractice.csv")
    path = str(FIXTURES / "simplepractice.csv")
    before = counts(svc)
    dry = imports.preview(path, preset=name)
    assert counts(svc) == before  # not a row, not a message
    real = imports.import_file(path, name)
    assert (dry.new, dry.moved, dry.cancelled, dry.unchanged, dry.messages_planned) == (
        real.new, real.moved, real.cancelled, real.unchanged, real.messages_planned)
    assert dry.dry_run and not real.dry_run
    # 5 rows: 4 sessions (the late-cancelled one never existed here), 1 new client (Sam).
    assert (real.rows, real.new, real.cancelled, real.problems) == (5, 4, 0, ())
    assert real.messages_planned > 0
    after = counts(svc)
    assert after["appointment"] == before["appointment"] + 4
    assert after["client"] == before["client"] + 1  # Ana linked by email + name
    # The preset's first import is the practice's calendar: no booking confirmations.
    with svc.sessions() as s:
        confirmations = s.scalars(select(OutboxMessage.state).where(
            OutboxMessage.step == Step.BOOKING_CONFIRMATION)).all()
    assert confirmations and set(confirmations) == {MessageState.SKIPPED}
    assert outbox(svc, "SP-1001") == []  # a past session: nothing at all


def test_re_importing_the_same_file_changes_nothing(practice, imports):
    svc = practice.svc
    for fixture, name in (("therapynotes.csv", "TherapyNotes"), ("spanish.csv", "Hoja")):
        preset(imports, name, fixture)
        imports.import_file(str(FIXTURES / fixture), name)
    before = counts(svc)
    for fixture, name in (("therapynotes.csv", "TherapyNotes"), ("spanish.csv", "Hoja")):
        dry = imports.preview(str(FIXTURES / fixture), preset=name)
        again = imports.import_file(str(FIXTURES / fixture), name)
        assert (again.new, again.moved, again.changed, again.cancelled,
                again.messages_planned, again.messages_withdrawn) == (0, 0, 0, 0, 0, 0)
        assert again.unchanged == dry.unchanged == again.rows
    assert counts(svc) == before


def test_a_moved_row_re_anchors_and_a_cancelled_row_withdraws(practice, imports, tmp_path,
                                                              clock):
    svc = practice.svc
    name = preset(imports, "SimplePractice", "simplepractice.csv")
    original = (FIXTURES / "simplepractice.csv").read_text(encoding="utf-8-sig")
    imports.import_file(str(FIXTURES / "simplepractice.csv"), name)
    planned_before = [r for r in outbox(svc, "SP-1003") if r[2] == "planned"]
    assert planned_before
    clock.advance(timedelta(hours=1))
    changed = (original.replace('SP-1003,"Mon, Mar 9, 2026",9:00 AM,9:50 AM',
                                'SP-1003,"Thu, Mar 12, 2026",3:00 PM,3:50 PM')
               .replace("Telehealth session,Video,Scheduled", "Telehealth session,Video,"
                        "Canceled"))
    path = tmp_path / "export2.csv"
    path.write_text(changed, encoding="utf-8-sig")
    dry = imports.preview(str(path), preset=name)
    got = imports.import_file(str(path), name)
    assert (dry.moved, dry.cancelled, dry.messages_withdrawn) == (
        got.moved, got.cancelled, got.messages_withdrawn)
    assert (got.new, got.moved, got.cancelled) == (0, 1, 1)
    assert start_of(svc, "SP-1003") == datetime(2026, 3, 12, 15, 0)
    rows = outbox(svc, "SP-1003")
    planned = [r for r in rows if r[2] == "planned"]
    day_before = [r[1] for r in planned if r[0] == Step.DAY_BEFORE]
    assert day_before and {d.date() for d in day_before} == {datetime(2026, 3, 11).date()}
    assert {d.time() for d in day_before} == {datetime(2026, 3, 11, 15, 0).time()}
    assert not set(planned) & set(planned_before)  # the old ones withdrawn
    assert all(r[2] != "planned" for r in outbox(svc, "SP-1004"))  # cancelled: withdrawn
    with svc.sessions() as s:
        a = s.scalar(select(Appointment).where(Appointment.external_id == "SP-1004"))
        assert a.cancelled_at is not None


def test_rows_with_problems_are_skipped_and_the_good_rows_go_in(practice, imports):
    svc = practice.svc
    name = preset(imports, "Broken", "broken.csv")
    got = imports.import_file(str(FIXTURES / "broken.csv"), name)
    assert (got.rows, got.new, len(got.problems)) == (6, 2, 4)
    assert got.problems[0].startswith("line 3:")
    info = next(i for i in svc.sync.sources() if i.name == name)
    assert info.last_error == "" and info.last_summary == "2 new, 4 skipped"
    for text in (info.last_summary, *got.problems, *got.notes):
        assert "555-12" not in text and "@" not in text


def test_an_unusable_file_changes_nothing_and_says_why(practice, imports, tmp_path):
    svc = practice.svc
    name = preset(imports, "SimplePractice", "simplepractice.csv")
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    before = counts(svc)
    with pytest.raises(SyncFailed, match="empty"):
        imports.import_file(str(path), name)
    with pytest.raises(SyncFailed, match="empty"):
        imports.preview(str(path), preset=name)
    assert counts(svc) == before


def test_nine_oclock_reminders_follow_the_clock_change(practice, imports):
    """Friday 6 March (EST) and Monday 9 March (EDT), both at 09:00: the day-before reminders
    are due at the same local time on both sides of the change."""
    svc = practice.svc
    name = preset(imports, "SimplePractice", "simplepractice.csv")
    imports.import_file(str(FIXTURES / "simplepractice.csv"), name)
    assert start_of(svc, "SP-1002") == datetime(2026, 3, 6, 9, 0)
    assert start_of(svc, "SP-1003") == datetime(2026, 3, 9, 9, 0)
    friday = [r[1] for r in outbox(svc, "SP-1002") if r[0] == Step.DAY_BEFORE]
    monday = [r[1] for r in outbox(svc, "SP-1003") if r[0] == Step.DAY_BEFORE]
    assert friday and monday
    assert {d.time() for d in friday} == {d.time() for d in monday}
    assert {d.date() for d in monday} == {datetime(2026, 3, 8).date()}
