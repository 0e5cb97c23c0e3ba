"""`reconcile_many` (a sync's batch) plans exactly what `reconcile` does one appointment at a
time: the same outbox rows (client, step, channel, anchor, due, useful until, state, reason)
and the same desk items, for a fresh plan and for a re-plan after moves and cancellations."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

import frontdesk.services.reminders.plan_data as plan_data
from frontdesk.domain import Attendance, Channel, ConsentStatus, Frequency, MessageState
from frontdesk.models import Appointment, DeskItem, OutboxMessage, StatsDirty
from frontdesk.services.dto import ClientInput
from tests.helpers import BOSTON, at


@pytest.fixture
def world(practice, book, clock):
    """Now Wednesday 4 March 10:00. A single session, a weekly series, a group, a telehealth
    session for a client in Los Angeles, one booked for later today, a cancelled one, a
    client who opted out of texts, and a group member who cancelled; some confirmations
    went out."""
    svc = practice.svc
    dee = svc.clients.create(ClientInput("Dee", "Marsh", mobile="(617) 555-0114",
                                         email="dee@example.org",
                                         timezone="America/Los_Angeles"), "test")
    eve = svc.clients.create(ClientInput("Eve", "Stone", mobile="(617) 555-0115",
                                         email="eve@example.org"), "test")
    for c in (practice.ana, practice.ben, dee, eve):
        svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")
    w = practice
    [w.single] = book(practice.ana, at(6, 10))
    w.series = book(practice.ben, at(5, 9), repeat=Frequency.WEEKLY, occurrences=4)
    [w.group] = book([practice.ana, practice.ben, practice.cleo], at(9, 18),
                     clinician=practice.reyes, kind=practice.group)
    [w.tele] = book(dee, at(6, 14), kind=practice.tele,
                    telehealth_link="https://video.example.org/s/dee")
    [w.today] = book(practice.cleo, at(4, 11), clinician=practice.reyes)
    [w.cancelled] = book(practice.cleo, at(5, 15))
    [w.opted_out] = book(eve, at(6, 16), clinician=practice.reyes)
    svc.schedule.cancel(w.cancelled, "test")
    svc.schedule.cancel(w.group, "test", client_id=practice.cleo.id)
    svc.clients.set_consent(eve.id, Channel.SMS, ConsentStatus.OPTED_OUT, "replied STOP", "t")
    with Session(svc.engine) as s, s.begin():  # the booking confirmations went out
        for row in s.scalars(select(OutboxMessage).where(
                OutboxMessage.step == "booking_confirmation",
                OutboxMessage.state == MessageState.PLANNED,
                OutboxMessage.appointment_id.in_([w.single, w.series[0], w.group]))):
            row.state, row.sent_at = MessageState.SENT, clock.now()
    clock.advance(timedelta(hours=2))
    w.ids = [w.single, *w.series, w.group, w.tele, w.today, w.cancelled, w.opted_out]
    return w


def sync_changes(s: Session, w) -> set[int]:
    """What a calendar sync might bring: moves (one to later today), a cancelled session of
    the series, an edit; returns the moved ids."""
    moves = {w.single: at(4, 15), w.series[1]: at(13, 11), w.tele: at(9, 8)}
    for aid, start in moves.items():
        a = s.get(Appointment, aid)
        a.start_at, a.end_at = start, start + (a.end_at - a.start_at)
    gone = s.get(Appointment, w.series[0])
    gone.cancelled_at = gone.attendees[0].cancelled_at = datetime.now(BOSTON)
    gone.attendees[0].attendance = Attendance.CANCELLED
    s.get(Appointment, w.group).notes = "edited by the sync"
    s.flush()
    return set(moves)


def snapshot(s: Session) -> tuple[list[tuple], list[tuple], set[int]]:
    """The outbox rows, the desk items, and the appointments the trends cache must re-read
    (marked by triggers on the columns an UPDATE sets: the same columns must be written)."""
    s.flush()
    rows = [(r.appointment_id, r.client_id, r.step, r.channel, r.anchor_at, r.due_at,
             r.useful_until, r.state, r.reason, r.updated_at)
            for r in s.scalars(select(OutboxMessage))]
    items = [(d.kind, d.appointment_id, d.client_id, d.ref, d.note)
             for d in s.scalars(select(DeskItem))]
    dirty = set(s.scalars(select(StatsDirty.appointment_id)))
    return sorted(rows, key=repr), sorted(items, key=repr), dirty


def plan_both_ways(world, prepare) -> tuple:
    """The plan made by `reconcile` per appointment and by `reconcile_many`, each in its own
    transaction on the same starting state (rolled back afterwards)."""
    planner = world.svc.planner
    with Session(world.svc.engine) as s:
        moved = prepare(s)
        s.execute(delete(StatsDirty))
        for aid in world.ids:
            planner.reconcile(s, aid, moved=aid in moved)
        one_by_one = snapshot(s)
        s.rollback()
    with Session(world.svc.engine) as s:
        moved = prepare(s)
        s.execute(delete(StatsDirty))
        planner.reconcile_many(s, world.ids, moved_ids=moved)
        batch = snapshot(s)
        s.rollback()
    return one_by_one, batch


@pytest.fixture(params=[500, 2], ids=["one-chunk", "chunks-of-2"])
def chunk(request, monkeypatch):
    monkeypatch.setattr(plan_data, "IN_CHUNK", request.param)
    return request.param


def test_a_fresh_plan_is_the_same_in_a_batch(world, chunk):
    def fresh(s: Session) -> set[int]:
        s.execute(delete(OutboxMessage))
        return set()

    (rows, items, dirty), batch = plan_both_ways(world, fresh)
    assert (rows, items, dirty) == batch
    states = {(r[2], r[7], r[8]) for r in rows}
    assert ("booking_confirmation", MessageState.PLANNED, "") in states
    assert ("telehealth_link", MessageState.PLANNED, "") in states
    assert ("confirmation_request", MessageState.SKIPPED,
            "booked too late for this message") in states  # the session later today
    # One booking confirmation for the series: its first coming session's only.
    confirmed = {r[0] for r in rows if r[2] == "booking_confirmation"}
    assert world.series[0] in confirmed and not confirmed & set(world.series[1:])
    assert not any(r[0] == world.cancelled for r in rows)
    eve = [r for r in rows if r[0] == world.opted_out]
    assert eve and not any(r[3] is Channel.SMS for r in eve)
    assert not any(r[0] == world.group and r[1] == world.cleo.id for r in rows)


def test_a_re_plan_after_moves_and_cancellations_is_the_same_in_a_batch(world, chunk):
    (rows, items, dirty), batch = plan_both_ways(world, lambda s: sync_changes(s, world))
    assert (rows, items, dirty) == batch
    reasons = {(r[0], r[7], r[8]) for r in rows}
    assert (world.single, MessageState.WITHDRAWN, "session moved") in reasons
    assert (world.series[0], MessageState.WITHDRAWN, "session cancelled") in reasons
    assert any(r[0] == world.single and r[2] == "reschedule_notice" for r in rows)
    # The series' first session is gone: the next coming one (moved) is now its first.
    firsts = {r[0] for r in rows if r[2] == "booking_confirmation"} & set(world.series)
    assert firsts == {world.series[0], world.series[1]}
    assert [i[1] for i in items] == [world.single]  # moved to later today after it went out


def test_reconcile_many_ignores_unknown_and_repeated_ids(world):
    planner = world.svc.planner
    with Session(world.svc.engine) as s:
        sync_changes(s, world)
        before = snapshot(s)
        planner.reconcile_many(s, [])
        planner.reconcile_many(s, [10_000, 10_001])
        assert snapshot(s) == before
        planner.reconcile_many(s, [world.single, world.single], moved_ids={world.single})
        once = snapshot(s)
        s.rollback()
    with Session(world.svc.engine) as s:
        sync_changes(s, world)
        planner.reconcile(s, world.single, moved=True)
        assert snapshot(s) == once
        s.rollback()


def test_rows_the_session_holds_see_the_change(world, clock):
    """An outbox row the session already holds as an object shows what the planner wrote
    (as when the planner changed that object itself), and the database agrees."""
    with Session(world.svc.engine) as s:
        held = list(s.scalars(select(OutboxMessage).where(
            OutboxMessage.appointment_id == world.tele,
            OutboxMessage.state == MessageState.PLANNED)))
        assert held
        a = s.get(Appointment, world.tele)
        a.cancelled_at = a.attendees[0].cancelled_at = clock.now()
        a.attendees[0].attendance = Attendance.CANCELLED
        world.svc.planner.reconcile(s, world.tele)
        expected = {(MessageState.WITHDRAWN, "session cancelled", clock.now())}
        assert {(r.state, r.reason, r.updated_at) for r in held} == expected
        assert not s.dirty
        s.expire_all()
        assert {(r.state, r.reason, r.updated_at) for r in held} == expected
        s.rollback()


def test_new_rows_get_their_own_uid(world):
    with Session(world.svc.engine) as s:
        uids = list(s.scalars(select(OutboxMessage.uid)))
    assert len(uids) > 20 and len(set(uids)) == len(uids)
    assert all(len(u) == 32 and int(u, 16) >= 0 for u in uids)
