"""The reminder policy: which messages go when, by appointment type and modality.

Defaults follow what works for therapy practices: a confirmation at
booking, a two-way confirmation request 48 h before, a reminder 24 h before,
the telehealth link 30 min before, and a gentle follow-up after a missed session.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import time, timedelta
from enum import StrEnum

from frontdesk.domain import Modality, Step

__all__ = ["ReminderPolicy", "Route", "Step", "StepRule"]

BOTH = frozenset({Modality.IN_PERSON, Modality.TELEHEALTH})


class Route(StrEnum):
    PREFERRED = "preferred"  # the client's preferred channel, else a usable fallback
    TEXT_AND_EMAIL = "text_and_email"  # one text (SMS/WhatsApp) and an email, where usable
    TEXT_ONLY = "text_only"  # SMS/WhatsApp only: no email fallback (e.g. the 30-min link)


@dataclass(frozen=True)
class StepRule:
    """When a step is due, until when sending it late still helps, and how it travels.

    Offsets are from the session start (negative = before). `at_booking` steps are due
    when the booking is made and useful until the session starts.
    """

    step: Step
    offset: timedelta
    useful_until: timedelta  # from the session start
    route: Route = Route.PREFERRED
    modalities: frozenset[Modality] = BOTH
    at_booking: bool = False
    enabled: bool = True


DEFAULT_RULES: tuple[StepRule, ...] = (
    StepRule(Step.BOOKING_CONFIRMATION, timedelta(0), timedelta(0), Route.TEXT_AND_EMAIL,
             at_booking=True),
    StepRule(Step.CONFIRMATION_REQUEST, -timedelta(hours=48), -timedelta(hours=4)),
    StepRule(Step.DAY_BEFORE, -timedelta(hours=24), -timedelta(hours=1), Route.TEXT_AND_EMAIL),
    StepRule(Step.TELEHEALTH_LINK, -timedelta(minutes=30), timedelta(0), Route.TEXT_ONLY,
             modalities=frozenset({Modality.TELEHEALTH})),
    StepRule(Step.MISSED_FOLLOW_UP, timedelta(minutes=20), timedelta(days=2)),
)


@dataclass(frozen=True)
class ReminderPolicy:
    rules: tuple[StepRule, ...] = DEFAULT_RULES
    # Per appointment type: replacement rules for some steps (e.g. intake gets no 48 h request).
    by_type: dict[int, tuple[StepRule, ...]] = field(default_factory=dict)
    quiet_start: time = time(8, 0)  # texts only between these, recipient-local
    quiet_end: time = time(20, 0)
    texts_per_day: int = 2  # per client, recipient-local day
    reschedule_notice: bool = True

    def rules_for(self, type_id: int, modality: Modality) -> list[StepRule]:
        chosen = {r.step: r for r in self.rules}
        for r in self.by_type.get(type_id, ()):
            chosen[r.step] = r
        return [r for r in chosen.values() if r.enabled and modality in r.modalities]

    def without(self, *steps: Step) -> ReminderPolicy:
        """The same policy with some steps switched off."""
        return replace(self, rules=tuple(replace(r, enabled=r.enabled and r.step not in steps)
                                         for r in self.rules))
