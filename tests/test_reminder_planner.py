"""Planning the outbox from appointments: the sequence, re-anchoring, withdrawal, quiet hours."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain import Channel, ConsentStatus, MessageState
from frontdesk.models import OutboxMessage
from tests.helpers import BOSTON, at


def rows(svc, appointment_id=None):
    with Session(svc.engine) as s:
        q = select(OutboxMessage).order_by(OutboxMessage.due_at, OutboxMessage.id)
        if appointment_id is not None:
            q = q.where(OutboxMessage.appointment_id == appointment_id)
        return list(s.scalars(q))


def plan(svc, appointment_id, state=MessageState.PLANNED):
    """{(step, channel): local due time} of the rows in one state."""
    return {(r.step, r.channel.value): r.due_at.astimezone(BOSTON).strftime("%a %H:%M")
            for r in rows(svc, appointment_id) if r.state is state}


@pytest.fixture
def texting(practice):
    """Ana and Ben agreed to texts; Cleo (email only) did not."""
    for c in (practice.ana, practice.ben):
        practice.svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED,
                                         "intake form", "test")
    return practice



def test_in_person_sequence(texting, book):
    [aid] = book(texting.ana, at(6, 10))  # Friday 10:00; now is Wednesday 08:00
    assert plan(texting.svc, aid) == {
        ("booking_confirmation", "sms"): "Wed 08:00",
        ("booking_confirmation", "email"): "Wed 08:00",
        ("confirmation_request", "sms"): "Wed 10:00",
        ("day_before", "sms"): "Thu 10:00",
        ("day_before", "email"): "Thu 10:00",
        ("missed_follow_up", "sms"): "Fri 10:20",
    }


def test_telehealth_adds_the_link_text(texting, book):
    [aid] = book(texting.ana, at(6, 10), kind=texting.tele)
    assert plan(texting.svc, aid)[("telehealth_link", "sms")] == "Fri 09:30"


def test_without_text_consent_email_carries_it_and_the_link_text_is_skipped(practice, book):
    [aid] = book(practice.ana, at(6, 10), kind=practice.tele)
    planned = plan(practice.svc, aid)
    assert ("confirmation_request", "email") in planned
    assert not any(ch == "sms" for _step, ch in planned)
    skipped = [r for r in rows(practice.svc, aid) if r.state is MessageState.SKIPPED]
    assert [(r.step, r.reason) for r in skipped] == [
        ("telehealth_link", "no consent recorded for texts")]


def test_reschedule_withdraws_and_re_anchors(texting, book, clock):
    [aid] = book(texting.ana, at(6, 10))
    texting.svc.schedule.reschedule(aid, at(9, 14), "test")  # to Monday 14:00
    withdrawn = [r for r in rows(texting.svc, aid) if r.state is MessageState.WITHDRAWN]
    assert {r.reason for r in withdrawn} == {"session moved"}
    assert {r.step for r in withdrawn} == {"booking_confirmation", "confirmation_request",
                                          "day_before", "missed_follow_up"}
    planned = plan(texting.svc, aid)
    assert planned[("confirmation_request", "sms")] == "Sat 14:00"
    assert planned[("day_before", "sms")] == "Sun 14:00"
    # Nothing had gone out yet: the booking confirmation now names the new time, and no
    # separate reschedule notice is needed.
    new = [r for r in rows(texting.svc, aid) if r.state is MessageState.PLANNED
           and r.step == "booking_confirmation"]
    assert {r.anchor_at for r in new} == {at(9, 14)}
    assert not any(r.step == "reschedule_notice" for r in rows(texting.svc, aid))


def test_reschedule_after_a_message_went_out_plans_a_notice(texting, book):
    [aid] = book(texting.ana, at(6, 10))
    with Session(texting.svc.engine) as s, s.begin():
        first = s.scalars(select(OutboxMessage).where(
            OutboxMessage.step == "booking_confirmation",
            OutboxMessage.channel == Channel.SMS)).one()
        first.state, first.sent_at = MessageState.SENT, first.due_at
    texting.svc.schedule.reschedule(aid, at(9, 14), "test")
    planned = plan(texting.svc, aid)
    assert ("reschedule_notice", "sms") in planned
    assert ("booking_confirmation", "sms") not in planned  # it went once; not again


def test_cancel_withdraws_everything_pending_at_once(texting, book):
    [aid] = book(texting.ana, at(6, 10), kind=texting.tele)
    texting.svc.schedule.cancel(aid, "test", client_id=texting.ana.id)
    assert plan(texting.svc, aid) == {}
    assert {r.reason for r in rows(texting.svc, aid)
            if r.state is MessageState.WITHDRAWN} == {"session cancelled"}


def test_a_member_leaving_a_group_gets_nothing_more(texting, book):
    [aid] = book([texting.ana, texting.ben], at(6, 17), kind=texting.group)
    texting.svc.schedule.cancel(aid, "test", client_id=texting.ben.id)
    live = [r for r in rows(texting.svc, aid) if r.state is MessageState.PLANNED]
    assert live and all(r.client_id == texting.ana.id for r in live)
    gone = [r for r in rows(texting.svc, aid) if r.client_id == texting.ben.id
            and r.state is MessageState.WITHDRAWN]
    assert gone and {r.reason for r in gone} == {"client no longer in this session"}


def test_opt_out_withdraws_pending_texts_immediately(texting, book):
    [aid] = book(texting.ana, at(6, 10))
    texting.svc.clients.set_consent(texting.ana.id, Channel.SMS, ConsentStatus.OPTED_OUT,
                                    "", "test")
    planned = plan(texting.svc, aid)
    assert planned and not any(ch == "sms" for _step, ch in planned)
    assert ("confirmation_request", "email") in planned


def test_quiet_hours_move_texts_not_emails(texting, book):
    [aid] = book(texting.ana, at(9, 7, 30), kind=texting.tele)  # Monday 07:30
    planned = plan(texting.svc, aid)
    assert planned[("day_before", "sms")] == "Sun 08:00"  # 07:30 is before 08:00
    assert planned[("day_before", "email")] == "Sun 07:30"  # email waits for no one
    # 07:00 on the day is too early and 08:00 too late: the evening before instead.
    assert planned[("telehealth_link", "sms")] == "Sun 19:59"


def test_booked_late_skips_what_is_past_and_keeps_what_helps(texting, book, clock):
    [aid] = book(texting.ana, clock.now() + timedelta(hours=3))  # today 11:00
    states = {(r.step, r.channel.value): (r.state, r.reason) for r in rows(texting.svc, aid)}
    assert states[("booking_confirmation", "sms")][0] is MessageState.PLANNED
    for step in ("confirmation_request", "day_before"):
        state, reason = states[(step, "sms")]
        assert state is MessageState.SKIPPED and reason.startswith("booked ")
    assert states[("missed_follow_up", "sms")][0] is MessageState.PLANNED


def test_client_in_another_time_zone_gets_their_own_quiet_hours(texting, book):
    from dataclasses import replace

    from frontdesk.services.dto import ClientInput

    ana = texting.svc.clients.get(texting.ana.id)
    data = ClientInput(ana.first_name, ana.last_name, ana.preferred_name, mobile=ana.mobile,
                       email=ana.email or "", timezone="America/Los_Angeles")
    texting.svc.clients.update(ana.id, replace(data), "test")
    [aid] = book(texting.ana, at(9, 10))  # Monday 10:00 Boston = 07:00 in Los Angeles
    assert plan(texting.svc, aid)[("day_before", "sms")] == "Sun 11:00"  # 08:00 LA


@pytest.mark.parametrize("start, expected", [
    (datetime(2026, 3, 9, 14, 0, tzinfo=BOSTON), ("Sat 14:00", "Sun 14:00")),  # spring forward
    (datetime(2026, 11, 2, 14, 0, tzinfo=BOSTON), ("Sat 14:00", "Sun 14:00")),  # fall back
])
def test_day_offsets_keep_the_wall_clock_across_dst(texting, book, clock, start, expected):
    """48 h and 24 h before a Monday 14:00 session stay at 14:00 local, whatever DST does."""
    clock.set(start - timedelta(days=5))
    [aid] = book(texting.ana, start)
    planned = plan(texting.svc, aid)
    assert (planned[("confirmation_request", "sms")], planned[("day_before", "sms")]) == expected
    real_gap = start - next(r.due_at for r in rows(texting.svc, aid)
                            if r.step == "confirmation_request")
    assert real_gap != timedelta(hours=48)  # the DST night made those two days 47 or 49 hours


def test_the_schedule_row_says_what_is_next_and_what_went(texting, book, clock):
    [aid] = book(texting.ana, at(4, 15))  # today 15:00
    row = next(r for r in texting.svc.schedule.day(at(4, 15).date()) if r.appointment_id == aid)
    assert row.last_message == "Next: booking confirmation Wed 8:00 AM"
    with Session(texting.svc.engine) as s, s.begin():
        sms = s.scalars(select(OutboxMessage).where(
            OutboxMessage.step == "booking_confirmation",
            OutboxMessage.channel == Channel.SMS)).one()
        sms.state, sms.sent_at = MessageState.DELIVERED, at(4, 8, 1)
        sms.updated_at = at(4, 8, 2)
    row = next(r for r in texting.svc.schedule.day(at(4, 15).date()) if r.appointment_id == aid)
    assert row.last_message == "Booking confirmation delivered Wed 8:01 AM (sms)"


def test_a_message_only_recorded_in_the_local_outbox_never_reads_as_sent(texting, book):
    [aid] = book(texting.ana, at(4, 15))
    with Session(texting.svc.engine) as s, s.begin():
        sms = s.scalars(select(OutboxMessage).where(
            OutboxMessage.step == "booking_confirmation",
            OutboxMessage.channel == Channel.SMS)).one()
        sms.state, sms.sent_at, sms.provider_id = MessageState.SENT, at(4, 8, 1), "local-abc"
        sms.updated_at = at(4, 8, 2)
    row = next(r for r in texting.svc.schedule.day(at(4, 15).date()) if r.appointment_id == aid)
    assert row.last_message == "Booking confirmation recorded, NOT sent Wed 8:01 AM (sms)"


def test_a_weekly_series_gets_one_booking_confirmation(texting, clock):
    from frontdesk.domain import Frequency
    from frontdesk.services.dto import BookingRequest

    ids = texting.svc.schedule.book(BookingRequest(
        (texting.ana.id,), texting.okafor.id, texting.individual.id, at(6, 10),
        repeat=Frequency.WEEKLY, occurrences=6), "test")
    confirmations = [r for r in rows(texting.svc) if r.step == "booking_confirmation"]
    assert {r.appointment_id for r in confirmations} == {ids[0]}
    assert all(("day_before", "sms") in plan(texting.svc, aid) for aid in ids)
