"""Which answers are queued for the source, in the answer's own transaction, and the schema
change that adds the queue."""

from __future__ import annotations

import os
from datetime import UTC, timedelta

from alembic import command
from sqlalchemy import inspect, select, text

from frontdesk.domain import Confirmation
from frontdesk.domain.sync import ChangeSet, SourceAppointment, SourceClient, SourceStatus
from frontdesk.models import Appointment, SourceWriteBack, migrate
from frontdesk.models.database import open_engine, writer
from tests.helpers import at, client_writes
from tests.sync.sync_run_kit import Once
from tests.sync.writeback_kit import ANA_MOBILE, WINDOW

PREVIOUS_HEAD = "f7452ecbc649"


def synced_from(practice, kind: str) -> int:
    """Ana's session on Tuesday 10 March from a source of `kind`; its id."""
    svc = practice.svc
    svc.sync.add_source("Calendar", kind, {})
    start = at(10, 11).astimezone(UTC)
    record = SourceAppointment("e-1", start, start + timedelta(minutes=50),
                               SourceStatus.BOOKED, None, ("p-1",))
    client = SourceClient("p-1", "Ana", "Lindqvist", mobile=ANA_MOBILE)
    svc.sync.run_once("Calendar", Once(ChangeSet("c1", clients=(client,),
                                                 appointments=(record,))), *WINDOW)
    with svc.sessions() as s:
        found = s.scalar(select(Appointment.id).where(Appointment.external_id == "e-1"))
        assert found is not None
        return found


def queued(svc) -> list[tuple[int, int, str, str]]:
    with svc.sessions() as s:
        return [(r.appointment_id, r.client_id, r.action.value, r.source) for r in
                s.scalars(select(SourceWriteBack).order_by(SourceWriteBack.id))]


def test_an_answer_on_a_fhir_session_is_queued_for_its_source(practice):
    aid = synced_from(practice, "fhir")
    client_writes(practice.svc, ANA_MOBILE, "C")
    assert queued(practice.svc) == [(aid, practice.ana.id, "confirm", "Calendar")]


def test_a_feed_takes_no_answers_back_nor_does_a_session_made_in_frontdesk(practice, book):
    synced_from(practice, "ics")
    client_writes(practice.svc, ANA_MOBILE, "C")
    client_writes(practice.svc, ANA_MOBILE, "X")
    [own] = book(practice.ben, at(11, 10))
    practice.svc.schedule.set_confirmation(own, practice.ben.id, Confirmation.CONFIRMED,
                                           "reception")
    assert queued(practice.svc) == []


def test_staff_setting_another_state_queues_nothing(practice):
    aid = synced_from(practice, "fhir")
    practice.svc.schedule.set_confirmation(aid, practice.ana.id,
                                           Confirmation.RESCHEDULE_REQUESTED, "reception")
    assert queued(practice.svc) == []


def test_the_migration_from_the_previous_head_adds_the_queue_and_keeps_the_data(tmp_path):
    path = tmp_path / "practice.db"
    engine = open_engine(path, os.urandom(32))  # a real SQLCipher file
    cfg = migrate.alembic_config()
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, PREVIOUS_HEAD)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO sync_source (name, kind, settings, enabled, last_error, "
                          "last_summary, created_at) VALUES ('OpenEMR', 'fhir', '{}', 1, '', "
                          "'', '2026-03-01')"))
    assert "source_writeback" not in inspect(engine).get_table_names()

    backup = migrate.upgrade(engine, path, tmp_path / "backups")

    assert backup is not None and migrate.current_revision(engine) == migrate.head_revision()
    columns = {c["name"] for c in inspect(engine).get_columns("source_writeback")}
    assert columns == {"id", "appointment_id", "client_id", "action", "source", "state",
                       "attempts", "next_attempt_at", "detail", "created_at", "updated_at"}
    indexes = {i["name"] for i in inspect(engine).get_indexes("source_writeback")}
    assert {"ix_source_writeback_due", "ix_source_writeback_place"} <= indexes
    with engine.begin() as conn:
        assert conn.execute(text("SELECT name FROM sync_source")).scalars().all() == [
            "OpenEMR"]
    engine.dispose()


def test_a_removed_source_leaves_its_waiting_answers_to_staff(practice):
    aid = synced_from(practice, "fhir")
    client_writes(practice.svc, ANA_MOBILE, "X")
    practice.svc.sync.remove_source("Calendar")
    with practice.svc.sessions() as s:
        [row] = s.scalars(select(SourceWriteBack))
        assert (row.state.value, row.next_attempt_at) == ("not_allowed", None)
    [item] = [i for i in practice.svc.desk.open_items() if i.appointment_id == aid]
    assert item.kind.value == "source_write_back"
    assert item.note.startswith("FrontDesk no longer follows Calendar, so the client's "
                                "cancellation was not recorded there")
