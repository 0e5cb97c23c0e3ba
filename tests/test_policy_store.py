"""The reminder policy as the practice saves it: steps off, other timings, per-type rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain import Channel, ConsentStatus, MessageState, Step
from frontdesk.models import OutboxMessage
from frontdesk.services.errors import ValidationError
from tests.helpers import BOSTON


def planned(svc, aid):
    with Session(svc.engine) as s:
        return {(r.step, r.channel.value): r.due_at.astimezone(BOSTON).strftime("%a %H:%M")
                for r in s.scalars(select(OutboxMessage).where(
                    OutboxMessage.appointment_id == aid,
                    OutboxMessage.state == MessageState.PLANNED))}


@pytest.fixture
def texting(practice):
    practice.svc.clients.set_consent(practice.ana.id, Channel.SMS, ConsentStatus.GRANTED,
                                     "intake form", "test")
    return practice


FRIDAY_10 = datetime(2026, 3, 6, 10, tzinfo=BOSTON)


def rule(svc, step, type_id=None):
    return next(r for r in svc.policy.rules(type_id) if r.step is step)


def test_a_step_switched_off_is_not_planned(texting, book):
    svc = texting.svc
    svc.policy.save_rule(replace(rule(svc, Step.CONFIRMATION_REQUEST), enabled=False), "owner")
    [aid] = book(texting.ana, FRIDAY_10)
    assert not any(step == "confirmation_request" for step, _ in planned(svc, aid))
    assert rule(svc, Step.CONFIRMATION_REQUEST).customised


def test_another_timing_and_a_per_type_rule(texting, book):
    svc = texting.svc
    svc.policy.save_rule(replace(rule(svc, Step.CONFIRMATION_REQUEST),
                                 offset_minutes=-72 * 60), "owner")
    svc.policy.save_rule(replace(rule(svc, Step.DAY_BEFORE, texting.tele.id),
                                 type_id=texting.tele.id, enabled=False), "owner")
    [in_person] = book(texting.ana, FRIDAY_10)
    [video] = book(texting.ana, datetime(2026, 3, 9, 10, tzinfo=BOSTON), kind=texting.tele)
    # 72 h before Friday 10:00 was Tuesday: already past when booked on Wednesday.
    assert ("confirmation_request", "sms") not in planned(svc, in_person)
    assert ("day_before", "sms") in planned(svc, in_person)
    assert ("day_before", "sms") not in planned(svc, video)
    assert planned(svc, video)[("confirmation_request", "sms")] == "Fri 10:00"
    svc.policy.reset_rule(texting.tele.id, Step.DAY_BEFORE, "owner")
    assert rule(svc, Step.DAY_BEFORE, texting.tele.id).enabled


def test_quiet_hours_and_daily_limit_are_saved_and_validated(texting, book):
    svc = texting.svc
    svc.policy.set_limits(time(9, 0), time(19, 0), 1, "owner")
    p = svc.policy.policy()
    assert (p.quiet_start, p.quiet_end, p.texts_per_day) == (time(9), time(19), 1)
    [aid] = book(texting.ana, datetime(2026, 3, 9, 8, 30, tzinfo=BOSTON))  # Monday 08:30
    assert planned(svc, aid)[("day_before", "sms")] == "Sun 09:00"
    with pytest.raises(ValidationError):
        svc.policy.set_limits(time(20, 0), time(8, 0), 2, "owner")
    with pytest.raises(ValidationError):
        svc.policy.set_limits(time(8, 0), time(20, 0), 9, "owner")
    with pytest.raises(ValidationError):
        svc.policy.save_rule(replace(rule(svc, Step.DAY_BEFORE), modalities=frozenset()), "o")
