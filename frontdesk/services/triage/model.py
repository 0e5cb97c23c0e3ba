"""What the reply classifier hands back: `Triage` (intent, flag, reasons) and its vocabularies."""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class Triage:
    """One reply, classified. `reasons` name the phrases and rules that matched (never logged:
    they quote client text)."""

    intent: Intent
    flag: Flag
    reasons: tuple[str, ...] = ()
    # The most urgent warning-sign category behind a crisis flag (signs.PRIORITY): "violence
    # in progress", "preparatory behaviour", "wish to be dead", ...; "" when not a crisis.
    category: str = ""

    @property
    def needs_human(self) -> bool:
        """True when no automatic action should be taken without a person reading it."""
        return self.flag is not Flag.NONE or self.intent in (Intent.QUESTION, Intent.OTHER)
