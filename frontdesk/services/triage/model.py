"""What the reply classifier hands back: `Triage` (intent, flag, reasons)."""

from __future__ import annotations

from dataclasses import dataclass

from frontdesk.domain import Flag, Intent


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
