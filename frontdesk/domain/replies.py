"""What clients write back: what they ask (intent), who must read it (flag), how it was handled."""

from __future__ import annotations

from enum import StrEnum


class Intent(StrEnum):
    """What the client asks the front desk to do."""

    CONFIRM = "confirm"
    CANCEL = "cancel"
    RESCHEDULE = "reschedule"
    LATE = "late"  # will arrive late
    QUESTION = "question"
    OPT_OUT = "opt_out"  # stop messaging me
    OPT_IN = "opt_in"  # start again
    HELP = "help"  # the carrier HELP / INFO keyword
    OTHER = "other"  # thanks, chit-chat, mood updates, wrong number, slot digits


class Flag(StrEnum):
    """Who must read the message: crisis > clinical > none."""

    NONE = "none"
    CLINICAL = "clinical"  # symptoms, mood, medication, substances, grief: for a clinician
    CRISIS = "crisis"  # risk of harm to self or others, or danger at home: now


class Handling(StrEnum):
    """Where an inbound message stands."""

    RECEIVED = "received"  # stored, not yet acted on (a crash left it: processed again)
    ACTED = "acted"  # FrontDesk did what it asked (confirmed, cancelled, opted out…)
    NEEDS_STAFF = "needs_staff"  # a person must read it; a desk item says why
    DONE = "done"  # a person dealt with it


class Barrier(StrEnum):
    """What got in the way of a missed appointment, as the client told us (numbered 1-6)."""

    TRANSPORT = "transport"
    CHILDCARE = "childcare"
    COST = "cost"
    FORGOT = "forgot"
    UNWELL = "unwell"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _BARRIER_LABELS[self]


_BARRIER_LABELS = {
    Barrier.TRANSPORT: "Transport",
    Barrier.CHILDCARE: "Childcare",
    Barrier.COST: "Cost",
    Barrier.FORGOT: "Forgot",
    Barrier.UNWELL: "Felt unwell",
    Barrier.OTHER: "Something else",
}
