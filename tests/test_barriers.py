"""Barrier questions after a missed session: the note asks what got in the way (1-6 or
words, English and Spanish); an answer is kept on the client, staff get a To do item to offer
a new time (the next session is not put up for moving), and Trends counts them. Crisis and
clinical replies go through the safety net instead."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain import (
    Barrier,
    Channel,
    Confirmation,
    ConsentStatus,
    Handling,
    ItemKind,
    Language,
    MessageState,
    Prefilled,
    Step,
)
from frontdesk.models import Attendee, ClientBarrier, DeskItem, InboundMessage, OutboxMessage
from frontdesk.services.inbox.barriers import barrier_of
from frontdesk.services.trends import Filters
from frontdesk.services.wording.checks import check_template
from frontdesk.services.wording.templates import DEFAULTS
from tests.helpers import at, client_writes

ANA = "+16175550111"


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("minimal", [False, True])
def test_the_missed_note_asks_gently_and_passes_the_template_checks(language, minimal):
    template = DEFAULTS[Step.MISSED_FOLLOW_UP, Channel.SMS, language, minimal]
    check = check_template(template, Step.MISSED_FOLLOW_UP, Channel.SMS, language,
                           minimal=minimal)
    assert check.ok and check.segments is not None and check.segments.segments <= 2
    assert not [w for w in check.warnings if "segment" not in w], check.warnings
    words = ("1 transport, 2 childcare, 3 cost, 4 forgot, 5 felt unwell, 6 something else. "
             "No need to reply." if language is Language.ENGLISH else
             "1 transporte, 2 cuidado de niños, 3 costo, 4 lo olvidé, 5 malestar, 6 otra cosa. "
             "No hace falta responder.")
    assert words in check.preview


@pytest.mark.parametrize(("text", "kind"), [
    ("3", Barrier.COST), ("1", Barrier.TRANSPORT), ("6", Barrier.OTHER),
    ("couldn't afford it", Barrier.COST), ("no tenía dinero", Barrier.COST),
    ("the bus never came", Barrier.TRANSPORT), ("no babysitter", Barrier.CHILDCARE),
    ("mis niños", Barrier.CHILDCARE), ("se me olvidó", Barrier.FORGOT),
    ("I was sick", Barrier.UNWELL), ("estaba enferma", Barrier.UNWELL),
    ("work ran late", Barrier.OTHER), ("9", None), ("gracias", None), ("", None),
])
def test_words_and_numbers_name_a_barrier(text, kind):
    assert barrier_of(text) is kind


@pytest.fixture(name="missed")
def missed_fixture(practice, book, clock):
    """Ana missed today's 10:00; the missed-session note went at 11:00; her next appointment
    is next Wednesday. The clock stands at 12:00."""
    svc = practice.svc
    svc.clients.set_consent(practice.ana.id, Channel.SMS, ConsentStatus.GRANTED, "form", "t")
    [missed] = book(practice.ana, at(4, 10))
    [coming] = book(practice.ana, at(11, 10))
    clock.set(at(4, 12))
    sent(svc, practice.ana.id, missed, Step.MISSED_FOLLOW_UP, at(4, 11))
    practice.missed, practice.coming = missed, coming
    return practice


def sent(svc, client_id: int, appointment_id: int | None, step: Step, when: datetime) -> None:
    with Session(svc.engine) as s, s.begin():
        s.add(OutboxMessage(client_id=client_id, appointment_id=appointment_id, step=step.value,
                            channel=Channel.SMS, anchor_at=None, due_at=when, useful_until=when,
                            state=MessageState.SENT, body="(sent)", planned_at=when,
                            sent_at=when, updated_at=when))


def recorded(svc) -> list[tuple[Barrier, int | None, int | None]]:
    with Session(svc.engine) as s:
        return [(b.barrier, b.appointment_id, b.inbound_id)
                for b in s.scalars(select(ClientBarrier).order_by(ClientBarrier.id))]


def last_inbound(svc) -> InboundMessage:
    with Session(svc.engine) as s:
        return s.scalars(select(InboundMessage).order_by(InboundMessage.id.desc())).first()


def offers(svc) -> list[OutboxMessage]:
    with Session(svc.engine) as s:
        return list(s.scalars(select(OutboxMessage).where(
            OutboxMessage.step == Prefilled.SLOT_OFFER.value)))


@pytest.mark.parametrize(("text", "kind"), [
    ("3", Barrier.COST), ("couldn't afford it", Barrier.COST),
    ("no tenía dinero", Barrier.COST), ("the bus never came", Barrier.TRANSPORT),
])
def test_an_answer_is_recorded_and_staff_are_asked_to_offer_a_new_time(missed, text, kind):
    svc = missed.svc
    client_writes(svc, ANA, text)
    message = last_inbound(svc)
    assert recorded(svc) == [(kind, missed.missed, message.id)]
    assert message.handling is Handling.NEEDS_STAFF
    assert message.outcome == (f"what got in the way: {kind.value}; for staff to offer a new "
                               "time")
    with Session(svc.engine) as s:
        [note] = s.scalars(select(DeskItem.note).where(DeskItem.ref == f"inbound:{message.id}"))
        coming = s.scalar(select(Attendee.confirmation).where(
            Attendee.appointment_id == missed.coming))
    assert note == (f"Said what got in the way of the missed session "
                    f"({kind.label.lower()}): offer a new time.")
    assert offers(svc) == []  # the next session is not put up for moving
    assert coming is not Confirmation.RESCHEDULE_REQUESTED


def test_a_crisis_answer_goes_through_the_crisis_path_and_records_nothing(missed):
    svc = missed.svc
    client_writes(svc, ANA, "honestly I want to kill myself")
    message = last_inbound(svc)
    assert message.flag == "crisis" and message.outcome.startswith("CRISIS")
    assert recorded(svc) == [] and offers(svc) == []
    with Session(svc.engine) as s:
        kinds = set(s.scalars(select(DeskItem.kind)))
        steps = set(s.scalars(select(OutboxMessage.step)))
    assert ItemKind.CRISIS in kinds and Step.CRISIS_REPLY.value in steps


def test_a_clinical_answer_goes_to_the_clinician_and_records_nothing(missed):
    svc = missed.svc
    client_writes(svc, ANA, "feeling really depressed lately")
    message = last_inbound(svc)
    assert message.flag == "clinical" and message.handling is Handling.NEEDS_STAFF
    assert recorded(svc) == []


def test_r_keeps_todays_behaviour(missed):
    client_writes(missed.svc, ANA, "R")
    message = last_inbound(missed.svc)
    assert message.intent == "reschedule" and recorded(missed.svc) == []
    assert "what got in the way" not in message.outcome and len(offers(missed.svc)) == 1


def test_no_barrier_from_a_reply_to_some_other_message(missed):
    sent(missed.svc, missed.ana.id, missed.coming, Step.BOOKING_CONFIRMATION, at(4, 11, 30))
    client_writes(missed.svc, ANA, "3")
    assert recorded(missed.svc) == [] and offers(missed.svc) == []
    assert last_inbound(missed.svc).handling is Handling.NEEDS_STAFF  # as today


def test_no_barrier_from_a_reply_long_after_the_note(missed, clock):
    clock.set(at(4, 11) + timedelta(days=8))
    client_writes(missed.svc, ANA, "the bus never came")
    assert recorded(missed.svc) == []


def test_counts_by_kind_clinician_and_month(practice, book):
    svc = practice.svc
    [march_okafor] = book(practice.ana, at(10, 10))
    [march_reyes] = book(practice.ben, at(12, 10), practice.reyes)
    [april_okafor] = book(practice.ana, at(7, 10, month=4))
    with Session(svc.engine) as s, s.begin():
        for client, appointment, kind in [
                (practice.ana, march_okafor, Barrier.COST),
                (practice.ben, march_reyes, Barrier.COST),
                (practice.ben, march_reyes, Barrier.TRANSPORT),
                (practice.ana, april_okafor, Barrier.FORGOT)]:
            s.add(ClientBarrier(client_id=client.id, appointment_id=appointment, barrier=kind,
                                recorded_at=at(4, 12)))
    report = svc.trends.barriers()
    counts = dict(report.overall.counts)
    assert counts[Barrier.COST] == 2 and counts[Barrier.TRANSPORT] == 1
    assert counts[Barrier.FORGOT] == 1 and report.overall.total == 4
    by_who = {r.label: dict(r.counts) for r in report.by_clinician}
    assert by_who["Dr. Okafor"][Barrier.COST] == 1 and by_who["Dr. Okafor"][Barrier.FORGOT] == 1
    assert by_who["Daniel"][Barrier.COST] == 1 and by_who["Daniel"][Barrier.TRANSPORT] == 1
    assert [(r.label, r.total) for r in report.by_month] == [("2026-03", 3), ("2026-04", 1)]
    only = svc.trends.barriers(Filters(clinician_ids=(practice.reyes.id,)))
    assert only.overall.total == 2 and [r.label for r in only.by_clinician] == ["Daniel"]
    april = svc.trends.barriers(Filters(date_from=at(1, 0, month=4).date()))
    assert [(r.label, r.total) for r in april.by_month] == [("2026-04", 1)]
