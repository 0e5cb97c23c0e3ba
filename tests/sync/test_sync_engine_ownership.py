"""Who owns a synced session (its source: time, clinician, existence; FrontDesk: confirmation,
attendance, messages), and the schema change that links records to their source."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import IntegrityError

from frontdesk.domain import Attendance, Confirmation
from frontdesk.domain.sync import ChangeSet, SourceAppointment, SourceClient, SourceStatus
from frontdesk.models import Appointment, Attendee, migrate
from frontdesk.models.database import open_engine, writer
from frontdesk.services.dto import AppointmentEdit, BookingRequest
from frontdesk.services.errors import ValidationError
from tests.helpers import at, client_writes
from tests.sync.sync_run_kit import Once

WINDOW = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC))
PREVIOUS_HEAD = "12f1b75a0cf8"


@pytest.fixture
def synced(practice):
    """One session of Ana's from the source "Practice EHR", read every 10 minutes."""
    svc = practice.svc
    svc.sync.add_source("Practice EHR", "fhir", {"interval_minutes": 10})
    start = at(10, 15)
    record = SourceAppointment("appt-9", start.astimezone(UTC),
                               (start + timedelta(minutes=50)).astimezone(UTC),
                               SourceStatus.BOOKED, None, ("pt-1",))
    client = SourceClient("pt-1", "Ana", "Lindqvist", email="ana@example.org")
    svc.sync.run_once("Practice EHR", Once(ChangeSet("c1", clients=(client,),
                                                     appointments=(record,))), *WINDOW)
    with svc.sessions() as s:
        return s.scalar(select(Appointment.id).where(Appointment.external_id == "appt-9"))


def test_a_staff_reschedule_or_cancel_of_a_synced_session_is_refused_in_words(
        practice, synced):
    svc = practice.svc
    with pytest.raises(ValidationError) as refused:
        svc.schedule.reschedule(synced, at(11, 15), "reception")
    assert refused.value.message == ("This session comes from Practice EHR: change its time "
                                     "there; FrontDesk follows within 10 minutes.")
    assert "Confirmation, attendance and messages" in refused.value.hint
    with pytest.raises(ValidationError) as refused:
        svc.schedule.cancel(synced, "reception", by_client=True)
    assert refused.value.message.startswith("This session comes from Practice EHR: cancel it "
                                            "there")
    with pytest.raises(ValidationError):
        svc.schedule.edit(synced, AppointmentEdit(clinician_id=practice.reyes.id), "reception")
    detail = svc.schedule.appointment(synced)
    assert detail.start == at(10, 15) and not detail.cancelled
    # What stays FrontDesk's: notes, confirmation, attendance.
    svc.schedule.edit(synced, AppointmentEdit(notes="prefers the side door"), "reception")
    svc.schedule.set_confirmation(synced, practice.ana.id, Confirmation.CONFIRMED, "reception")
    assert svc.schedule.appointment(synced).attendees[0].confirmation is Confirmation.CONFIRMED
    # A session made in FrontDesk moves as always.
    [own] = svc.schedule.book(BookingRequest((practice.ben.id,), practice.okafor.id,
                                             practice.individual.id, at(12, 9)), "reception")
    svc.schedule.reschedule(own, at(12, 11), "reception")


def test_a_paused_source_still_owns_its_sessions_and_a_removed_one_hands_them_over(
        practice, synced):
    svc = practice.svc
    svc.sync.enable("Practice EHR", False)
    with pytest.raises(ValidationError) as refused:
        svc.schedule.reschedule(synced, at(11, 15), "reception")
    assert "Its sync is turned off: turn it on in Practice settings" in refused.value.message
    svc.sync.remove_source("Practice EHR")
    svc.schedule.reschedule(synced, at(11, 15), "reception")  # the practice's own now
    assert svc.schedule.appointment(synced).start == at(11, 15)
    # Added again under the same name, the source finds its session and owns it again.
    svc.sync.add_source("Practice EHR", "fhir", {"interval_minutes": 10})
    start = at(10, 15)
    record = SourceAppointment("appt-9", start.astimezone(UTC),
                               (start + timedelta(minutes=50)).astimezone(UTC),
                               SourceStatus.BOOKED, None, ("pt-1",))
    svc.sync.run_once("Practice EHR", Once(ChangeSet("c2", appointments=(record,))), *WINDOW)
    with svc.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Appointment)
                        .where(Appointment.external_id == "appt-9")) == 1
    assert svc.schedule.appointment(synced).start == at(10, 15)
    with pytest.raises(ValidationError):
        svc.schedule.cancel(synced, "reception")


def test_a_clients_own_cancel_by_reply_is_taken_for_a_synced_session(practice, synced):
    client_writes(practice.svc, "+16175550111", "X")
    with practice.svc.sessions() as s:
        place = s.scalar(select(Attendee).where(Attendee.appointment_id == synced))
        assert place.attendance in (Attendance.CANCELLED, Attendance.LATE_CANCELLED)
        assert place.cancel_reason == "by text"


def test_the_migration_from_the_previous_head_keeps_the_data_and_links_by_source(tmp_path):
    path = tmp_path / "practice.db"
    engine = open_engine(path, os.urandom(32))  # a real SQLCipher file
    cfg = migrate.alembic_config()
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, PREVIOUS_HEAD)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO clinician (full_name, display_name, active) "
                          "VALUES ('Dr. Example Person', 'Dr. Person', 1)"))
        conn.execute(text(
            "INSERT INTO client (first_name, last_name, preferred_name, mobile_kind, "
            "preferred_channel, language, shared_phone, notes, active, created_at) VALUES "
            "('Pat', 'Example', '', 'unknown', 'sms', 'en', 0, '', 1, '2026-03-01')"))
        conn.execute(text("INSERT INTO appointment_type (name, duration_minutes, "
                          "default_modality, is_group, active) VALUES ('S', 50, 'in_person', "
                          "0, 1)"))
        conn.execute(text(
            "INSERT INTO appointment (clinician_id, type_id, start_at, end_at, modality, "
            "telehealth_link, location, notes, created_at, updated_at) VALUES (1, 1, "
            "'2026-03-10 15:00:00', '2026-03-10 15:50:00', 'in_person', '', '', '', "
            "'2026-03-01', '2026-03-01')"))
    triggers = _triggers(engine)
    backup = migrate.upgrade(engine, path, tmp_path / "backups")
    assert backup is not None and migrate.current_revision(engine) == migrate.head_revision()
    for table in ("appointment", "client", "clinician"):
        columns = {c["name"] for c in inspect(engine).get_columns(table)}
        assert {"source", "external_id"} <= columns
    assert "sync_source" in inspect(engine).get_table_names()
    assert _triggers(engine) == triggers  # the tables were altered in place, not copied
    with engine.begin() as conn:
        assert conn.execute(text("SELECT full_name, source FROM clinician")).one() == (
            "Dr. Example Person", None)
        assert conn.execute(text("SELECT count(*) FROM appointment WHERE source IS NULL")
                            ).scalar() == 1
        conn.execute(text("UPDATE appointment SET source = 'EHR', external_id = 'a1'"))
        conn.execute(text(  # another FrontDesk-made row: no source, no clash
            "INSERT INTO appointment (clinician_id, type_id, start_at, end_at, modality, "
            "telehealth_link, location, notes, created_at, updated_at) SELECT clinician_id, "
            "type_id, start_at, end_at, modality, '', '', '', created_at, updated_at "
            "FROM appointment"))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("UPDATE appointment SET source = 'EHR', external_id = 'a1' "
                          "WHERE source IS NULL"))
    engine.dispose()


def _triggers(engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
