"""Answers to the missed-session note's question: what got in the way (1-6 or words).

A reply counts only when the missed-session note is the last message sent to the client, at
most `ANSWER_WINDOW` ago, and the reply is plain (no C/R/X or other intent, no crisis or
clinical flag: those are handled as any reply). The client's words stay in their message.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain import Barrier, Flag, Intent, Step
from frontdesk.models import ClientBarrier, InboundMessage, OutboxMessage
from frontdesk.services.digits import numbered_choice
from frontdesk.services.triage import Triage

ANSWER_WINDOW = timedelta(days=7)
NUMBERED = (Barrier.TRANSPORT, Barrier.CHILDCARE, Barrier.COST, Barrier.FORGOT, Barrier.UNWELL,
            Barrier.OTHER)  # the note's order: "1 transport, … 6 something else"
# Word stems (accents stripped, lowercase), English and Spanish; the first kind found wins.
WORDS: tuple[tuple[Barrier, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(r"\b(?:" + stems + r")", re.IGNORECASE)) for kind, stems in (
        (Barrier.TRANSPORT, r"bus\b|buses|ride|car\b|train|transport|taxi|uber|lyft|"
                            r"gas\b|gasolina|carro|coche|camion|autobus|transporte|aventon"),
        (Barrier.CHILDCARE, r"kid|child|babysit|daycare|nino|nina|hijo|hija|guarderia|ninera"),
        (Barrier.COST, r"money|afford|cost|pay\b|expensive|copay|dinero|pagar|caro\b|costo"),
        (Barrier.FORGOT, r"forgot|forget|olvid"),
        (Barrier.UNWELL, r"sick|unwell|ill\b|flu\b|covid|fever|enferm|malo|mala\b|gripe"),
    ))
# Plain thanks are not an answer to the question.
NOT_ANSWERS = frozenset({"ok", "okay", "thanks", "thank you", "thx", "gracias", "vale",
                         "muchas gracias", "k"})


@dataclass(frozen=True)
class BarrierAnswer:
    barrier: Barrier
    appointment_id: int | None  # the missed appointment the note was about


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return " ".join(re.sub(r"[^a-z0-9]+", " ", "".join(
        c for c in folded if not unicodedata.combining(c))).split())


def barrier_of(text: str) -> Barrier | None:
    """The barrier a reply names: "3" -> cost, "the bus never came" -> transport, other words
    -> other; None for an empty reply, plain thanks, or a number outside 1-6."""
    number = numbered_choice(text)
    if number is not None:
        return NUMBERED[number - 1] if 1 <= number <= len(NUMBERED) else None
    plain = _plain(text)
    if not plain or plain in NOT_ANSWERS:
        return None
    return next((kind for kind, pattern in WORDS if pattern.search(plain)), Barrier.OTHER)


def missed_note_answered(s: Session, message: InboundMessage) -> OutboxMessage | None:
    """The missed-session note this message answers: the last message sent to the client
    before it arrived, sent within `ANSWER_WINDOW`; None when the last one was another."""
    last = s.scalar(select(OutboxMessage).where(
        OutboxMessage.client_id == message.client_id, OutboxMessage.sent_at.is_not(None),
        OutboxMessage.sent_at <= message.received_at)
        .order_by(OutboxMessage.sent_at.desc(), OutboxMessage.id.desc()).limit(1))
    if last is None or last.step != Step.MISSED_FOLLOW_UP.value or last.sent_at is None \
            or last.sent_at < message.received_at - ANSWER_WINDOW:
        return None
    return last


def barrier_answer(s: Session, message: InboundMessage, triage: Triage) -> BarrierAnswer | None:
    """What got in the way, when `message` answers the missed-session note; else None."""
    if triage.flag is not Flag.NONE or triage.intent is not Intent.OTHER \
            or message.client_id is None:
        return None
    barrier = barrier_of(message.body)
    if barrier is None:
        return None
    note = missed_note_answered(s, message)
    return None if note is None else BarrierAnswer(barrier, note.appointment_id)


def record(s: Session, message: InboundMessage, answer: BarrierAnswer, now: datetime) -> None:
    """Keep the answer on the client (one per inbound message; the words are not copied)."""
    assert message.client_id is not None  # barrier_answer checked
    if s.scalar(select(ClientBarrier.id).where(ClientBarrier.inbound_id == message.id)):
        return
    s.add(ClientBarrier(client_id=message.client_id, appointment_id=answer.appointment_id,
                        inbound_id=message.id, barrier=answer.barrier, recorded_at=now))
