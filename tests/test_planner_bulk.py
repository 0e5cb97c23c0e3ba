"""The bulk planner (`reconcile_many`: plain reads, rules on plain values, Core writes) plans
exactly what `reconcile` does one appointment at a time, on a practice with every kind of
case: consent missing, an opt-out, quiet hours in the client's zone, telehealth, a group of
four with a member who left, a series, cancelled and moved sessions, messages that already
went (or failed, or are being sent) and must not be touched, a hand-made resend and an
answer. Every column of every row is compared, with the places' last-message columns kept
by the triggers, the desk items and the trends cache's marks; and the session's objects
and the day view agree with the database afterwards."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

import frontdesk.services.reminders.plan_data as plan_data
from frontdesk.domain import Attendance, Channel, ConsentStatus, Frequency, MessageState
from frontdesk.models import Appointment, Attendee, Client, OutboxMessage, StatsDirty
from frontdesk.services.dto import ClientInput
from frontdesk.services.reminders.plan_data import Codec, load_plan_data
from frontdesk.services.reminders.plan_writes import insert_bulk, insert_sql, new_uid
from tests.helpers import BOSTON, at
from tests.test_place_message import check
from tests.test_place_message_random import assert_lines_right, expected_lines, kept_lines

WENT = {MessageState.SENT: "sent_at", MessageState.DELIVERED: "sent_at",
        MessageState.FAILED: None, MessageState.SENDING: "sending_at",
        MessageState.UNCERTAIN: "sending_at"}


@pytest.fixture
def world(practice, book, clock):
    """Now Wednesday 4 March 10:00 (booked at 08:00). Texts consented by Ana, Ben, Dee (Los
    Angeles), Gus (Tokyo: Boston's mornings are his nights), Hal (Boston, a session at the
    same time as Gus's) and Eve (then STOP); Fay gave no consent; Cleo has email only."""
    svc, w = practice.svc, practice

    def client(first: str, number: str, tz: str = "", consent: bool = True):
        c = svc.clients.create(ClientInput(first, "Test", mobile=f"(617) 555-{number}",
                                           email=f"{first.lower()}@example.org",
                                           timezone=tz), "test")
        if consent:
            svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake", "t")
        return c

    for c in (w.ana, w.ben):
        svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")
    dee, eve = client("Dee", "0114", "America/Los_Angeles"), client("Eve", "0115")
    fay, gus = client("Fay", "0116", consent=False), client("Gus", "0117", "Asia/Tokyo")
    hal = client("Hal", "0118")  # reached as Gus is, at the same hour, in Boston
    [w.single] = book(w.ana, at(6, 10))
    w.series = book(w.ben, at(5, 9), repeat=Frequency.WEEKLY, occurrences=4)
    [w.group] = book([w.ana, w.ben, w.cleo, fay], at(9, 18), clinician=w.reyes, kind=w.group)
    [w.tele] = book(dee, at(6, 14), kind=w.tele, telehealth_link="https://video.example.org/d")
    [w.today] = book(w.cleo, at(4, 11), clinician=w.reyes)
    [w.cancelled] = book(w.cleo, at(5, 15))
    [w.opted_out] = book(eve, at(6, 16), clinician=w.reyes)
    [w.quiet] = book(gus, at(6, 9), clinician=w.reyes)
    [w.no_consent] = book(fay, at(10, 12))
    [w.same_hour] = book(hal, at(6, 9))
    svc.schedule.cancel(w.cancelled, "test")
    svc.schedule.cancel(w.group, "test", client_id=w.cleo.id)
    svc.clients.set_consent(eve.id, Channel.SMS, ConsentStatus.OPTED_OUT, "replied STOP", "t")
    w.fay = fay
    with Session(svc.engine) as s, s.begin():
        # What already happened to some messages: each state a row can be in once it went.
        firsts = s.scalars(select(OutboxMessage).where(
            OutboxMessage.step == "booking_confirmation",
            OutboxMessage.state == MessageState.PLANNED).order_by(OutboxMessage.id)).all()
        for row, state in zip(firsts, [*WENT, MessageState.SENT, MessageState.SENT],
                              strict=False):
            row.state, row.updated_at = state, clock.now()
            if WENT[state]:
                setattr(row, WENT[state], clock.now())
            row.provider_id, row.sent_to = f"SM{row.id:032d}", "+16175550111"
        # A reminder staff sent again by hand (no anchor) and an answer to the client.
        for step in ("day_before", "cancel_ack"):
            s.add(OutboxMessage(appointment_id=w.single, client_id=w.ana.id, step=step,
                                channel=Channel.SMS, anchor_at=None, due_at=clock.now(),
                                useful_until=at(6, 10), state=MessageState.PLANNED,
                                planned_at=clock.now(), updated_at=clock.now()))
    clock.advance(timedelta(hours=2))
    w.ids = [w.single, *w.series, w.group, w.tele, w.today, w.cancelled, w.opted_out,
             w.quiet, w.no_consent, w.same_hour]
    return w


def sync_changes(s: Session, w) -> set[int]:
    """A calendar sync: moves (one to later today, after its confirmation went), a session
    of the series cancelled, a group member leaving, an edit; returns the moved ids."""
    moves = {w.single: at(4, 15), w.series[1]: at(13, 11), w.tele: at(9, 8),
             w.quiet: at(11, 7)}
    for aid, start in moves.items():
        a = s.get(Appointment, aid)
        a.start_at, a.end_at = start, start + (a.end_at - a.start_at)
    gone = s.get(Appointment, w.series[0])
    gone.cancelled_at = gone.attendees[0].cancelled_at = datetime.now(BOSTON)
    gone.attendees[0].attendance = Attendance.CANCELLED
    group = s.get(Appointment, w.group)
    group.notes = "edited by the sync"
    leaving = next(at for at in group.attendees if at.client_id == w.fay.id)
    leaving.attendance, leaving.cancelled_at = Attendance.CANCELLED, datetime.now(BOSTON)
    s.flush()
    return set(moves)


def snapshot(s: Session) -> tuple[list, list, list, set[int]]:
    """Every outbox column but the ids, each place's last message, the desk items and the
    appointments marked for the trends cache."""
    s.flush()
    c = s.connection()
    cols = [r[1] for r in c.exec_driver_sql("PRAGMA table_info(outbox_message)")
            if r[1] not in ("id", "uid")]
    rows = c.exec_driver_sql(f"SELECT {', '.join(cols)} FROM outbox_message").fetchall()
    places = c.exec_driver_sql(
        "SELECT appointment_id, client_id, msg_state, msg_step, msg_channel, msg_at, "
        "msg_recorded_only FROM attendee").fetchall()
    items = c.exec_driver_sql(
        "SELECT kind, appointment_id, client_id, ref, note FROM desk_item").fetchall()
    dirty = set(s.scalars(select(StatsDirty.appointment_id)))
    return sorted(rows, key=repr), sorted(places), sorted(items, key=repr), dirty


def plan(world, prepare, way: str) -> tuple:
    """Prepare, then plan every appointment `way`; the snapshot (rolled back after)."""
    planner = world.svc.planner
    with Session(world.svc.engine) as s:
        moved = prepare(s)
        s.execute(delete(StatsDirty))
        if way == "one by one":
            for aid in world.ids:
                planner.reconcile(s, aid, moved=aid in moved)
        else:
            planner.reconcile_many(s, reversed(world.ids), moved_ids=moved)
        out = snapshot(s)
        s.rollback()
    return out


def fresh(s: Session) -> set[int]:
    s.execute(delete(OutboxMessage).where(OutboxMessage.state == MessageState.PLANNED))
    return set()


@pytest.fixture(params=[500, 2, 1], ids=["one-chunk", "chunks-of-2", "chunks-of-1"])
def chunk(request, monkeypatch):
    monkeypatch.setattr(plan_data, "IN_CHUNK", request.param)


@pytest.mark.parametrize("prepare", ["fresh", "sync"])
def test_bulk_plans_every_column_as_one_by_one(world, chunk, prepare):
    changes = fresh if prepare == "fresh" else (lambda s: sync_changes(s, world))
    one_by_one = plan(world, changes, "one by one")
    assert plan(world, changes, "bulk") == one_by_one
    rows, places, items, dirty = one_by_one
    # The cases are there: each would plan differently if the bulk path mixed them up.
    reasons = {r.reason for r in rows}
    for aid in (world.no_consent, world.opted_out):  # no consent / STOP: email only
        assert {r.channel for r in rows if r.appointment_id == aid
                and r.state == "planned"} == {"email"}
    assert {r.channel for r in rows if r.appointment_id == world.quiet} >= {"sms", "email"}
    assert any(p[2] is not None for p in places) and dirty
    if prepare == "sync":
        assert "session moved" in reasons and "session cancelled" in reasons
        assert "client no longer in this session" in reasons
        assert [i[1] for i in items] == [world.single]  # moved today after it went out


def test_texts_for_a_client_abroad_keep_to_her_quiet_hours(world):
    with Session(world.svc.engine) as s:
        texts = s.scalars(select(OutboxMessage).where(
            OutboxMessage.appointment_id == world.quiet, OutboxMessage.channel == Channel.SMS,
            OutboxMessage.state == MessageState.PLANNED)).all()
    assert texts
    for row in texts:
        assert 8 <= row.due_at.astimezone(ZoneInfo("Asia/Tokyo")).hour < 20, row.step


def test_rows_that_went_are_not_touched(world):
    def went(s: Session) -> list:
        cols = [r[1] for r in s.connection().exec_driver_sql("PRAGMA table_info(outbox_message)")]
        return s.connection().exec_driver_sql(
            f"SELECT {', '.join(cols)} FROM outbox_message WHERE state NOT IN "
            "('planned', 'withdrawn', 'skipped') ORDER BY id").fetchall()

    with Session(world.svc.engine) as s:
        before = went(s)
        assert {r.state for r in before} >= {"sent", "delivered", "failed", "sending"}
        moved = sync_changes(s, world)
        world.svc.planner.reconcile_many(s, world.ids, moved_ids=moved)
        assert went(s) == before
        s.rollback()


def test_the_session_sees_what_the_bulk_plan_wrote(world, clock):
    """Outbox rows and places the session held before the plan show what it wrote, nothing
    stale is flushed over it, and the database agrees."""
    with Session(world.svc.engine) as s:
        held = s.scalars(select(OutboxMessage).where(
            OutboxMessage.appointment_id.in_([world.tele, world.group]))).all()
        places = s.scalars(select(Attendee).where(Attendee.appointment_id == world.tele)).all()
        was = (places[0].msg_state, places[0].msg_at)  # loaded before the plan
        assert was[0] is MessageState.PLANNED
        moved = sync_changes(s, world)
        world.svc.planner.reconcile_many(s, world.ids, moved_ids=moved)
        assert not s.dirty
        seen = {r.id: (r.state, r.reason, r.due_at, r.updated_at) for r in held}
        s.flush()
        stored = {r.id: (r.state, r.reason, r.due_at, r.updated_at) for r in s.execute(
            select(OutboxMessage.id, OutboxMessage.state, OutboxMessage.reason,
                   OutboxMessage.due_at, OutboxMessage.updated_at)
            .where(OutboxMessage.id.in_(seen)))}
        assert seen == stored
        assert any(v[:2] == (MessageState.WITHDRAWN, "session moved") for v in seen.values())
        line = s.execute(text("SELECT msg_state, msg_at FROM attendee WHERE id = :i"),
                         {"i": places[0].id}).one()
        now = (places[0].msg_state, places[0].msg_at)
        assert now != was and (now[0].value, now[1].replace(tzinfo=None)) == (
            line[0], datetime.fromisoformat(line[1]))
        s.rollback()


def test_the_day_view_shows_the_last_message_after_a_bulk_plan(world):
    with Session(world.svc.engine) as s, s.begin():
        s.execute(delete(OutboxMessage).where(OutboxMessage.state == MessageState.PLANNED))
        moved = sync_changes(s, world)
        world.svc.planner.reconcile_many(s, world.ids, moved_ids=moved)
    view = check(world.svc, *(at(d, 9).date() for d in (4, 5, 6, 9, 10, 11, 12, 13)))
    assert sum(1 for line in view.values() if line) >= 8


def test_the_loader_reads_what_the_orm_reads(world, clock):
    with Session(world.svc.engine) as s:
        sync_changes(s, world)
        s.execute(update(Client).where(Client.id == world.fay.id).values(whatsapp="+15550001"))
        codec = Codec(s.get_bind().dialect)
        data = load_plan_data(s, codec, world.ids, clock.now(), {})
        for aid in world.ids:
            a, b = s.get(Appointment, aid), data.appointments[aid]
            assert (b.type_id, b.modality, b.start_at, b.cancelled_at, b.series_id) == (
                a.type_id, a.modality, a.start_at, a.cancelled_at, a.series_id)
            assert [(p.client_id, p.cancelled) for p in b.attendees] == [
                (x.client_id, x.attendance.is_cancelled) for x in a.attendees]
            orm_rows = s.scalars(select(OutboxMessage).where(OutboxMessage.appointment_id == aid)
                                 .order_by(OutboxMessage.id)).all()
            assert [tuple(r) for r in data.rows.get(aid, [])] == [
                tuple(getattr(o, f) for f in plan_data.OutboxRow._fields) for o in orm_rows]
        assert data.clients
        for cid, contact in data.clients.items():
            c = s.get(Client, cid)
            assert (contact.timezone, contact.mobile, contact.mobile_kind, contact.whatsapp,
                    contact.email, contact.preferred_channel) == (
                c.timezone, c.mobile, c.mobile_kind, c.whatsapp, c.email, c.preferred_channel)
            assert contact.consent == {k.channel: k.status for k in c.consents}
        s.rollback()


def test_the_codec_keeps_either_side_of_a_clock_change_apart(practice):
    with Session(practice.svc.engine) as s:
        codec = Codec(s.get_bind().dialect)
        stored = codec.writer(OutboxMessage.due_at)
        first = datetime(2026, 11, 1, 1, 30, tzinfo=BOSTON)  # 01:30 EDT, then 01:30 EST
        second = first.replace(fold=1)
        assert stored(first) != stored(second)
        assert stored(first).startswith("2026-11-01 05:30")
        assert stored(second).startswith("2026-11-01 06:30")
        with pytest.raises(ValueError):
            stored(datetime(2026, 3, 4, 8, 0))  # naive: refused as the ORM refuses it


def test_new_uids_are_version_4_uuids():
    uids = [new_uid() for _ in range(2000)]
    assert len(set(uids)) == len(uids)
    assert all(len(u) == 32 and uuid.UUID(hex=u).version == 4 for u in uids)
    assert all(uuid.UUID(hex=u).variant == uuid.RFC_4122 for u in uids)


@pytest.mark.parametrize("prepare", ["fresh", "sync"])
def test_a_bulk_insert_works_its_places_out_as_the_triggers_would(world, prepare):
    """The planner's new rows go in with the insert triggers held off; the lines of their
    places, worked out once each afterwards, equal those from all the rows, and their
    appointments are marked for the trends cache."""
    changes = fresh if prepare == "fresh" else (lambda s: sync_changes(s, world))
    with Session(world.svc.engine) as s:
        moved = changes(s)
        s.execute(delete(StatsDirty))
        last = s.scalar(select(func.max(OutboxMessage.id)))
        world.svc.planner.reconcile_many(s, world.ids, moved_ids=moved)
        s.flush()
        conn = s.connection()
        written = set(s.scalars(select(OutboxMessage.appointment_id)
                                .where(OutboxMessage.id > last)))
        assert len(written) >= 4
        assert_lines_right(conn, "after a bulk plan")
        assert written <= set(s.scalars(select(StatsDirty.appointment_id)))
        assert conn.exec_driver_sql("SELECT count(*) FROM outbox_bulk_insert").scalar() == 0
        s.rollback()


def test_rows_inserted_while_held_off_fire_nothing_and_a_failed_insert_holds_nothing(world):
    with Session(world.svc.engine) as s:
        conn = s.connection()
        appointment_id, client_id = conn.exec_driver_sql(
            "SELECT appointment_id, client_id FROM attendee WHERE msg_state = 'planned' "
            "ORDER BY id").first()
        # Due before any planned row: the place's line, as soon as a trigger sees it.
        values = (new_uid(), appointment_id, client_id, "extra", "sms",
                  "2026-03-20 19:00:00.000000", "2026-03-04 11:00:00.000000",
                  "2026-03-20 19:00:00.000000", "planned", "", "2026-03-04 10:00:00.000000",
                  "2026-03-04 10:00:00.000000", 0, "")
        sql = insert_sql(conn.dialect)
        s.execute(delete(StatsDirty))
        before = kept_lines(conn)
        # Held off: the row changes neither the line nor the marks...
        conn.exec_driver_sql("INSERT INTO outbox_bulk_insert (id) VALUES (1)")
        conn.exec_driver_sql(sql, [values])
        conn.exec_driver_sql("DELETE FROM outbox_bulk_insert")
        assert kept_lines(conn) == before
        assert expected_lines(conn)[(appointment_id, client_id)][3] == values[6]
        assert not s.scalars(select(StatsDirty.appointment_id)).all()
        # ...and a failing bulk insert (the same plan again) leaves the triggers on.
        with pytest.raises(IntegrityError):
            insert_bulk(s, sql, [(new_uid(), *values[1:])])
        assert conn.exec_driver_sql("SELECT count(*) FROM outbox_bulk_insert").scalar() == 0
        conn.exec_driver_sql(sql, [(new_uid(), *values[1:4], "email", *values[5:])])
        assert kept_lines(conn)[(appointment_id, client_id)][3] == values[6]
        assert s.scalars(select(StatsDirty.appointment_id)).all() == [appointment_id]
        s.rollback()
