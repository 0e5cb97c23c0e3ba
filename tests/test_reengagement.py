"""Re-engagement check-ins: one gentle text to a client with no coming session some weeks
after their last one (the clinician's setting, off by default), once per gap, never to a
discharged, opted-out or flagged client; planned through the outbox (services/reengagement)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from frontdesk.domain import Channel, ConsentStatus, ItemKind, Language, MessageState
from frontdesk.models import Client, OutboxMessage
from frontdesk.services import reengagement
from frontdesk.services.desk_items import raise_item
from frontdesk.services.dto import ClinicianInfo
from tests.helpers import BOSTON, at

STEP = reengagement.STEP


def check_ins(svc, client_id: int | None = None) -> list[OutboxMessage]:
    with svc.sessions() as s:
        q = select(OutboxMessage).where(OutboxMessage.step == STEP).order_by(OutboxMessage.id)
        if client_id is not None:
            q = q.where(OutboxMessage.client_id == client_id)
        return list(s.scalars(q))


def set_weeks(svc, clinician: ClinicianInfo, weeks: int) -> ClinicianInfo:
    return svc.practice.save_clinician(replace(clinician, reengage_weeks=weeks), "test")


@pytest.fixture
def p(practice, book, clock):
    """Okafor checks in after 4 weeks; Ana (SMS consent) had one session, Thu 5 March."""
    svc = practice.svc
    set_weeks(svc, practice.okafor, 4)
    svc.clients.set_consent(practice.ana.id, Channel.SMS, ConsentStatus.GRANTED, "form", "t")
    practice.first = book(practice.ana, at(5, 14))[0]
    practice.clock = clock
    return practice


def sweep(p) -> int:
    return reengagement.sweep(p.svc.sessions, p.clock)


def test_off_by_default_and_setting_saved(practice):
    assert practice.okafor.reengage_weeks == 0
    saved = set_weeks(practice.svc, practice.okafor, 6)
    [okafor] = [c for c in practice.svc.practice.clinicians() if c.id == saved.id]
    assert okafor.reengage_weeks == 6
    assert set_weeks(practice.svc, okafor, 0).reengage_weeks == 0


def test_sent_once_per_gap(p, book):
    p.clock.set(at(2, 10, month=4))  # 4 weeks after the session's end is Thu 2 April 14:50
    assert sweep(p) == 0
    p.clock.set(at(3, 10, month=4))
    assert sweep(p) == 1
    [row] = check_ins(p.svc)
    assert row.client_id == p.ana.id and row.channel is Channel.SMS
    assert row.state is MessageState.PLANNED and row.appointment_id is None
    assert row.due_at == p.clock.now()
    assert row.body.startswith("Test Practice: Hi Annie, it's been a while.")
    assert "(617) 555-0100" in row.body and "STOP" in row.body and "Okafor" not in row.body
    assert row.body.isascii()  # one GSM-7 segment's alphabet
    p.clock.advance(timedelta(days=1))
    assert sweep(p) == 0  # the next day: nothing more for this gap
    p.svc.desk.raise_series_cancel_items()  # the schedule check's hook runs it too
    assert len(check_ins(p.svc)) == 1
    # a new session, then a new gap: once more
    book(p.ana, at(7, 11, month=4))
    p.clock.set(at(6, 10, month=5))
    assert sweep(p) == 1
    p.clock.advance(timedelta(days=3))
    assert sweep(p) == 0
    assert len(check_ins(p.svc)) == 2


def test_not_to_a_client_who_stopped_long_ago(p):
    """Turning the setting on does not text everyone who ever stopped coming: only gaps
    that reached N weeks within the last WINDOW."""
    p.clock.set(at(3, 10, month=4) + reengagement.WINDOW + timedelta(days=1))
    assert sweep(p) == 0
    p.clock.set(at(3, 10, month=4) + reengagement.WINDOW - timedelta(days=1))
    assert sweep(p) == 1


def test_quiet_hours_plan_it_for_the_morning(p):
    p.clock.set(at(3, 22, month=4))
    assert sweep(p) == 1
    [row] = check_ins(p.svc)
    assert row.due_at.astimezone(BOSTON) == at(4, 8, month=4)


def test_never_with_a_coming_session(p, book):
    book(p.ana, at(20, 10, month=4), clinician=p.reyes)  # with anyone
    p.clock.set(at(10, 10, month=4))
    assert sweep(p) == 0


def test_never_when_the_clinician_setting_is_off(p):
    set_weeks(p.svc, p.okafor, 0)
    p.clock.set(at(10, 10, month=4))
    assert sweep(p) == 0


def test_never_to_a_discharged_client(p):
    with p.svc.sessions.begin() as s:
        s.execute(update(Client).where(Client.id == p.ana.id).values(active=False))
    p.clock.set(at(10, 10, month=4))
    assert sweep(p) == 0


def test_never_to_an_opted_out_client(p):
    for channel in (Channel.SMS, Channel.EMAIL):
        p.svc.clients.set_consent(p.ana.id, channel, ConsentStatus.OPTED_OUT, "STOP", "t")
    p.clock.set(at(10, 10, month=4))
    assert sweep(p) == 0


def test_never_with_an_open_crisis_item(p):
    with p.svc.sessions.begin() as s:
        raise_item(s, ItemKind.CRISIS, p.clock.now(), appointment_id=None,
                   client_id=p.ana.id, note="crisis", ref="inbound:1")
    p.clock.set(at(10, 10, month=4))
    assert sweep(p) == 0


def test_a_no_show_does_not_count(p):
    p.clock.set(at(5, 15))
    p.svc.schedule.mark_no_show(p.first, p.ana.id, "test")
    p.clock.set(at(10, 10, month=4))
    assert sweep(p) == 0  # no attended-or-booked session: nothing to check in about


def test_spanish_and_shared_phone_words():
    es = reengagement.check_in_text("Ana", "Clinica", "555-0100", Language.SPANISH)
    assert es.startswith("Clinica: Hola Ana,") and "555-0100" in es and "STOP" in es
    shared = reengagement.check_in_text("", "", "", Language.ENGLISH)
    assert shared.startswith("Hi, it's been a while") and "call us" not in shared
