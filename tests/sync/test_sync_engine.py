"""The sync engine: a source's ChangeSets applied to FrontDesk through `SyncService.run_once`,
on a real SQLCipher file, with reminders planned in the same transaction.

The connector here hands back ChangeSets the test builds: it is the input, like a file."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from frontdesk.domain import Attendance, Channel, ConsentStatus, MessageState, Step
from frontdesk.domain.sync import (
    ChangeSet,
    SourceAppointment,
    SourceClient,
    SourceClinician,
    SourceStatus,
)
from frontdesk.models import Appointment, Attendee, AuditEntry, Client, Clinician, OutboxMessage
from frontdesk.services.sync import SyncFailed
from tests.helpers import BOSTON, at

WINDOW = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC))
SOURCE = "OpenEMR"


class Connector:
    """Hands back the ChangeSets it is given, in order, and remembers the cursors asked."""

    def __init__(self, *changesets: ChangeSet) -> None:
        self.queue = list(changesets)
        self.asked: list[str | None] = []

    def changes(self, cursor: str | None, window_start: datetime,
                window_end: datetime) -> ChangeSet:
        self.asked.append(cursor)
        return self.queue.pop(0)


CAREFUL = SourceClinician("pr-1", "Dr. Maya Okafor")  # the practice's own clinician
NEW_DOC = SourceClinician("pr-2", "Dr. Adam Careful")
ANA = SourceClient("pt-ana", "Ana", "Lindqvist", mobile="+16175550111",
                   email="ana@example.org")
ZED = SourceClient("pt-zed", "Zed", "Quinn", email="zed@example.org")


def session(ext: str, start: datetime, client: str = "pt-ana", *, minutes: int = 50,
            **more) -> SourceAppointment:
    more.setdefault("clinician_id", "pr-1")
    more.setdefault("status", SourceStatus.BOOKED)
    return SourceAppointment(ext, start.astimezone(UTC), (start + timedelta(
        minutes=minutes)).astimezone(UTC), client_ids=(client,), type_name="Individual session",
        **more)


def changeset(cursor: str, *appointments: SourceAppointment, **more) -> ChangeSet:
    more.setdefault("clinicians", (CAREFUL, NEW_DOC))
    more.setdefault("clients", (ANA, ZED))
    more.setdefault("complete", False)
    return ChangeSet(cursor, appointments=appointments, **more)


@pytest.fixture
def sync(practice):
    svc = practice.svc
    svc.sync.add_source(SOURCE, "fhir", {"base_url": "https://ehr.example.org/fhir"})
    for c in (practice.ana, practice.ben):
        svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")

    def run(*appointments: SourceAppointment, cursor: str = "c", **more):
        return svc.sync.run_once(SOURCE, Connector(changeset(cursor, *appointments, **more)),
                                 *WINDOW)
    return run


def appointment(svc, ext: str) -> Appointment:
    with svc.sessions() as s:
        a = s.scalar(select(Appointment).where(Appointment.external_id == ext))
        assert a is not None
        s.expunge(a)
        return a


def outbox(svc, ext: str | None = None) -> list[tuple]:
    """Every outbox row (of one synced appointment): step, channel, local due, state."""
    q = select(OutboxMessage, Appointment.external_id).join(
        Appointment, OutboxMessage.appointment_id == Appointment.id).order_by(OutboxMessage.id)
    if ext is not None:
        q = q.where(Appointment.external_id == ext)
    with svc.sessions() as s:
        return [(e, m.step, m.channel.value, m.due_at.astimezone(BOSTON).replace(tzinfo=None),
                 m.anchor_at, m.state.value, m.reason) for m, e in s.execute(q).all()]


def counts(svc) -> dict[str, int]:
    with svc.sessions() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Appointment, Attendee, Client, Clinician, OutboxMessage)}


def planned(rows, step: Step) -> list[tuple]:
    return [r for r in rows if r[1] == step.value and r[5] == MessageState.PLANNED.value]


# ---- first import, then a new booking ---------------------------------------------------

def test_first_import_plans_reminders_but_no_booking_confirmation_and_nothing_for_the_past(
        practice, sync):
    svc = practice.svc
    summary = sync(session("a-past", at(2, 10)), session("a-next", at(10, 15)),
                   session("z-next", at(11, 11), "pt-zed", clinician_id="pr-2"))
    assert summary.text() == "3 new"
    # The past session: in FrontDesk, with no outbox row at all.
    assert appointment(svc, "a-past").start_at == at(2, 10)
    assert outbox(svc, "a-past") == []
    rows = outbox(svc, "a-next")
    confirmations = [r for r in rows if r[1] == Step.BOOKING_CONFIRMATION.value]
    assert [r[5] for r in confirmations] == [MessageState.SKIPPED.value]
    assert confirmations[0][6] == "booked before FrontDesk synced it"
    assert planned(rows, Step.CONFIRMATION_REQUEST)  # the usual reminders are planned
    assert planned(outbox(svc), Step.BOOKING_CONFIRMATION) == []  # Zed's neither
    assert planned(outbox(svc, "z-next"), Step.DAY_BEFORE)  # by email: no consent needed
    assert {r[0] for r in planned(rows, Step.DAY_BEFORE)} == {"a-next"}
    # Linked, not duplicated: Ana by email + name, Dr. Okafor by name; the new ones made.
    with svc.sessions() as s:
        ana = s.get(Client, practice.ana.id)
        assert (ana.source, ana.external_id) == (SOURCE, "pt-ana")
        assert s.scalar(select(func.count()).select_from(Client)) == 4  # + Zed
        okafor = s.get(Clinician, practice.okafor.id)
        assert (okafor.source, okafor.external_id) == (SOURCE, "pr-1")
        assert s.scalar(select(Clinician.full_name).where(
            Clinician.external_id == "pr-2")) == "Dr. Adam Careful"
    info = svc.sync.sources()[0]
    assert (info.last_ok_at, info.last_error, info.last_summary) == (
        svc.clock.now(), "", "3 new")


def test_a_later_new_booking_gets_its_booking_confirmation(practice, sync, clock):
    sync(session("a-1", at(10, 15)))
    clock.advance(timedelta(hours=2))
    summary = sync(session("a-2", at(12, 9), updated_at=clock.now()), cursor="c2")
    assert summary.new == 1
    rows = outbox(practice.svc, "a-2")
    sent_now = planned(rows, Step.BOOKING_CONFIRMATION)
    assert {r[2] for r in sent_now} == {"sms", "email"}
    assert all(r[3] == clock.now().astimezone(BOSTON).replace(tzinfo=None) for r in sent_now)
    # An old booking that only now came into the window is not announced as new.
    clock.advance(timedelta(hours=3))
    sync(session("a-3", at(19, 9), updated_at=at(1, 9)), cursor="c3")
    assert planned(outbox(practice.svc, "a-3"), Step.BOOKING_CONFIRMATION) == []


# ---- moves, cancellations, deletions -------------------------------------------------------

def test_a_move_at_the_source_reanchors_reminders_and_tells_the_client(practice, sync, clock):
    svc = practice.svc
    sync(session("a-1", at(10, 15)))
    clock.advance(timedelta(hours=1))
    sync(session("a-2", at(11, 15), updated_at=clock.now()), cursor="c2")
    svc.dispatcher.run_once()  # a-2's booking confirmation goes out (recorded locally)
    summary = sync(session("a-1", at(12, 10)), session("a-2", at(13, 10)), cursor="c3")
    assert (summary.moved, summary.text()) == (2, "2 moved")
    for ext, new in (("a-1", at(12, 10)), ("a-2", at(13, 10))):
        rows = outbox(svc, ext)
        assert appointment(svc, ext).start_at == new
        live = [r for r in rows if r[5] == MessageState.PLANNED.value]
        assert live and all(r[4] == new for r in live)  # anchored to the new time
        withdrawn = [r for r in rows if r[5] == MessageState.WITHDRAWN.value]
        assert withdrawn and all(r[6] == "session moved" for r in withdrawn)
    # The reschedule notice only where a message already went out (the planner's rule).
    assert planned(outbox(svc, "a-2"), Step.RESCHEDULE_NOTICE)
    assert planned(outbox(svc, "a-1"), Step.RESCHEDULE_NOTICE) == []


def test_cancellation_and_deletion_withdraw_pending_reminders_and_send_nothing(
        practice, sync, clock):
    svc = practice.svc
    sync(session("a-1", at(10, 15)), session("a-2", at(11, 15)),
         session("a-3", at(12, 15)), session("a-4", at(13, 15)))
    before = {r[0:4] for r in outbox(svc) if r[5] != MessageState.PLANNED.value}
    clock.advance(timedelta(hours=1))
    summary = sync(session("a-1", at(10, 15), status=SourceStatus.CANCELLED),
                   session("a-2", at(11, 15), status=SourceStatus.ERROR),
                   deleted=("a-3",), cursor="c2")
    assert summary.cancelled == 3
    for ext in ("a-1", "a-2", "a-3"):
        a = appointment(svc, ext)
        assert a.cancelled_at == clock.now()
        with svc.sessions() as s:
            place = s.scalar(select(Attendee).where(Attendee.appointment_id == a.id))
            assert (place.attendance, place.cancel_reason) == (
                Attendance.CANCELLED, "cancelled in OpenEMR")
        rows = outbox(svc, ext)
        assert not [r for r in rows if r[5] == MessageState.PLANNED.value]
        assert {r[6] for r in rows if r[5] == MessageState.WITHDRAWN.value} == {
            "session cancelled"}
    # No text about it: no cancellation notice, nothing new that is not withdrawn.
    assert not [r for r in outbox(svc) if r[1] == Step.CANCELLATION_NOTICE.value]
    after = {r[0:4] for r in outbox(svc) if r[5] not in (
        MessageState.PLANNED.value, MessageState.WITHDRAWN.value)}
    assert after == before
    # A complete read of the window that no longer has a-4: deleted at the source.
    clock.advance(timedelta(hours=1))
    summary = sync(cursor="c3", complete=True)
    assert summary.cancelled == 1 and appointment(svc, "a-4").cancelled_at is not None


# ---- idempotence and failures ----------------------------------------------------------

def test_the_same_changeset_twice_changes_nothing(practice, sync, clock):
    svc = practice.svc
    records = (session("a-1", at(10, 15)), session("z-1", at(11, 9), "pt-zed"),
               session("a-0", at(2, 9)))
    sync(*records)
    clock.advance(timedelta(minutes=15))
    moved = (replace(records[0], start=at(10, 16).astimezone(UTC),
                     end=at(10, 17).astimezone(UTC)), *records[1:])
    sync(*moved, cursor="c2")
    first, rows = counts(svc), outbox(svc)
    with svc.sessions() as s:
        stamps = sorted(s.scalars(select(Appointment.updated_at)))
    clock.advance(timedelta(minutes=15))
    summary = sync(*moved, cursor="c3")
    assert summary.text() == "no changes" and not summary.touched_ids
    assert counts(svc) == first and outbox(svc) == rows
    with svc.sessions() as s:
        assert sorted(s.scalars(select(Appointment.updated_at))) == stamps
        runs = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "sync")).all()
    assert len(runs) == 3 and runs[-1].startswith("new=0 moved=0 changed=0 cancelled=0")


def test_a_failure_mid_apply_leaves_nothing_and_the_cursor_unchanged(practice, sync, clock,
                                                                      monkeypatch):
    svc = practice.svc
    sync(session("a-1", at(10, 15)), cursor="c1")
    before, rows = counts(svc), outbox(svc)

    def broken(*args, **kwargs):
        raise RuntimeError("Lindqvist")  # words a stray exception might carry
    # The planner runs after every record was applied and flushed: the last moment.
    monkeypatch.setattr(svc.planner, "reconcile_many", broken)
    connector = Connector(changeset("c2", session("a-1", at(12, 15)),
                                    session("a-2", at(13, 15))))
    with pytest.raises(SyncFailed) as failed:
        svc.sync.run_once(SOURCE, connector, *WINDOW)
    assert connector.asked == ["c1"]
    assert "Lindqvist" not in str(failed.value) and "RuntimeError" in str(failed.value)
    assert counts(svc) == before and outbox(svc) == rows
    assert appointment(svc, "a-1").start_at == at(10, 15)
    info = svc.sync.sources()[0]
    assert "nothing was changed" in info.last_error and "Lindqvist" not in info.last_error
    assert info.last_summary == "1 new" and info.last_run_at == clock.now()
    monkeypatch.undo()
    # The next run asks from the old cursor again, and applies it all.
    again = Connector(changeset("c2", session("a-1", at(12, 15)), session("a-2", at(13, 15))))
    assert svc.sync.run_once(SOURCE, again, *WINDOW).text() == "1 new, 1 moved"
    assert again.asked == ["c1"] and svc.sync.sources()[0].last_error == ""


def test_a_connector_error_is_kept_in_its_own_words(practice, sync):
    from frontdesk.sync.errors import SyncError

    class Refused:
        def changes(self, cursor, window_start, window_end):
            raise SyncError("auth", "The server refused FrontDesk's credentials: renew them.")
    with pytest.raises(SyncFailed):
        practice.svc.sync.run_once(SOURCE, Refused(), *WINDOW)
    info = practice.svc.sync.sources()[0]
    assert info.last_error == "OpenEMR: The server refused FrontDesk's credentials: renew them."
    assert info.last_ok_at is None


# ---- matching --------------------------------------------------------------------------

def test_a_client_sharing_a_phone_with_another_client_is_not_merged(practice, sync):
    svc = practice.svc
    # Ben's brother at the source: Ben's (family) phone and last name, his own first name.
    brother = SourceClient("pt-sam", "Samuel", "Okoro", mobile="+16175550112")
    sync(session("s-1", at(10, 15), "pt-sam"), clients=(brother,))
    with svc.sessions() as s:
        ben = s.get(Client, practice.ben.id)
        assert ben.source is None and ben.first_name == "Benjamin"
        sam = s.scalar(select(Client).where(Client.external_id == "pt-sam"))
        assert sam.id != ben.id and sam.mobile == ben.mobile
        place = s.scalar(select(Attendee).join(Appointment).where(
            Appointment.external_id == "s-1"))
        assert place.client_id == sam.id
        # FrontDesk's own fields of a linked client are never touched by the source.
        assert s.get(Client, practice.ana.id).preferred_name == "Annie"


# ---- a Calendly-style reschedule pair ----------------------------------------------------

def test_a_reschedule_pair_is_one_moved_appointment(practice, sync, clock):
    svc = practice.svc
    sync(session("ev-old", at(10, 15)))
    clock.advance(timedelta(hours=1))
    sync(session("ev-x", at(9, 15), updated_at=clock.now()), cursor="c2")
    svc.dispatcher.run_once()  # its confirmation goes out
    clock.advance(timedelta(hours=1))
    count = counts(svc)["appointment"]
    summary = sync(session("ev-old", at(10, 15), status=SourceStatus.CANCELLED),
                   session("ev-new", at(11, 16), replaces="ev-old", updated_at=clock.now()),
                   session("ev-x", at(9, 15), status=SourceStatus.CANCELLED),
                   session("ev-y", at(12, 16), replaces="ev-x", updated_at=clock.now()),
                   cursor="c3")
    assert (summary.moved, summary.new, summary.cancelled) == (2, 0, 0)
    assert counts(svc)["appointment"] == count
    a = appointment(svc, "ev-new")
    assert a.start_at == at(11, 16) and a.cancelled_at is None
    rows = outbox(svc, "ev-new")
    assert not planned(rows, Step.BOOKING_CONFIRMATION)
    assert not [r for r in outbox(svc) if r[1] == Step.CANCELLATION_NOTICE.value]
    # Where a message had gone out, the move is told by the reschedule notice.
    assert planned(outbox(svc, "ev-y"), Step.RESCHEDULE_NOTICE)
    assert not planned(outbox(svc, "ev-y"), Step.BOOKING_CONFIRMATION)
    # The same pair read again (Calendly keeps listing the cancelled half): nothing.
    clock.advance(timedelta(hours=1))
    again = sync(session("ev-old", at(10, 15), status=SourceStatus.CANCELLED),
                 session("ev-new", at(11, 16), replaces="ev-old"), cursor="c4")
    assert again.text() == "no changes" and counts(svc)["appointment"] == count


# ---- daylight saving time --------------------------------------------------------------

def test_a_nine_oclock_session_in_the_week_the_clocks_change_keeps_its_local_times(
        practice, sync):
    # 2026: clocks go forward on Sunday 8 March in New York.
    sync(session("dst", at(10, 9)))
    rows = outbox(practice.svc, "dst")
    due = {r[1]: r[3] for r in rows if r[5] == MessageState.PLANNED.value}
    assert due[Step.CONFIRMATION_REQUEST.value] == datetime(2026, 3, 8, 9, 0)
    assert due[Step.DAY_BEFORE.value] == datetime(2026, 3, 9, 9, 0)
    assert appointment(practice.svc, "dst").start_at.astimezone(BOSTON).hour == 9


def test_a_sync_waits_for_another_writer_and_then_applies_everything(practice, sync):
    """The apply is one write transaction begun as a writer: while the desk holds the write
    lock it waits (busy timeout), then commits whole; the other writer's work is kept too."""
    svc = practice.svc
    holding, release = threading.Event(), threading.Event()

    def desk_writes() -> None:
        with svc.sessions.begin() as s:
            s.execute(update(Client).where(Client.id == practice.ben.id)
                      .values(notes="called back"))
            holding.set()
            release.wait(10)

    desk = threading.Thread(target=desk_writes)
    desk.start()
    assert holding.wait(10)
    threading.Timer(1.0, release.set).start()
    started = time.monotonic()
    summary = sync(session("e-1", at(3, 10)), session("e-2", at(4, 11)))
    desk.join(10)
    assert time.monotonic() - started >= 0.9  # it waited for the lock, not failed
    assert summary.text().startswith("2 new")
    assert appointment(svc, "e-1").start_at == at(3, 10) and appointment(svc, "e-2")
    with svc.sessions() as s:
        assert s.get(Client, practice.ben.id).notes == "called back"
