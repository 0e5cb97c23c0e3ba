"""The reminder policy as the practice saved it (built-in defaults where it said nothing)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import Modality, Step
from frontdesk.models import AppointmentType, PolicyRule
from frontdesk.services import audit
from frontdesk.services.errors import NotFoundError, ValidationError
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.policy import DEFAULT_RULES, ReminderPolicy, Route, StepRule

DEFAULTS = {r.step: r for r in DEFAULT_RULES}


@dataclass(frozen=True)
class RuleInfo:
    """One step as the settings screen shows it (minutes from the session start)."""

    type_id: int | None  # None: every appointment type
    step: Step
    enabled: bool
    offset_minutes: int
    useful_until_minutes: int
    route: Route
    modalities: frozenset[Modality]
    customised: bool  # False: the built-in default


def _minutes(d: timedelta) -> int:
    return int(d.total_seconds() // 60)


def _info(type_id: int | None, rule: StepRule, customised: bool) -> RuleInfo:
    return RuleInfo(type_id, rule.step, rule.enabled, _minutes(rule.offset),
                    _minutes(rule.useful_until), rule.route, rule.modalities, customised)


def _rule(row: PolicyRule) -> StepRule:
    base = DEFAULTS[Step(row.step)]
    mods = frozenset(Modality(m) for m in row.modalities.split(",") if m)
    return replace(base, enabled=row.enabled, offset=timedelta(minutes=row.offset_minutes),
                   useful_until=timedelta(minutes=row.useful_until_minutes),
                   route=Route(row.route), modalities=mods or base.modalities)


class PolicyService:
    """Loads, caches and saves the policy; the planner and dispatcher call `policy()`."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self.sessions = sessions
        self.clock = clock
        self._cached: ReminderPolicy | None = None
        self._lock = threading.Lock()

    def policy(self) -> ReminderPolicy:
        with self._lock:
            if self._cached is None:
                with self.sessions() as s:
                    self._cached = self._load(s)
            return self._cached

    @staticmethod
    def _load(s: Session) -> ReminderPolicy:
        rows = list(s.scalars(select(PolicyRule)))
        practice = load_settings(s)
        general = {r.step: r for r in DEFAULT_RULES}
        by_type: dict[int, list[StepRule]] = {}
        for row in rows:
            if row.type_id is None:
                general[Step(row.step)] = _rule(row)
            else:
                by_type.setdefault(row.type_id, []).append(_rule(row))
        start, end = practice.quiet_start_minute, practice.quiet_end_minute
        return ReminderPolicy(
            rules=tuple(general.values()),
            by_type={k: tuple(v) for k, v in by_type.items()},
            quiet_start=time(start // 60, start % 60), quiet_end=time(end // 60, end % 60),
            texts_per_day=practice.texts_per_day)

    def rules(self, type_id: int | None = None) -> list[RuleInfo]:
        """The sequence for every type (None) or as one type sees it, for the settings screen."""
        policy = self.policy()
        own = {r.step: r for r in policy.by_type.get(type_id, ())} if type_id else {}
        out = []
        for rule in policy.rules:
            chosen = own.get(rule.step, rule)
            customised = rule.step in own if type_id else chosen != DEFAULTS[rule.step]
            out.append(_info(type_id, chosen, customised))
        return out

    def save_rule(self, info: RuleInfo, actor: str) -> None:
        if info.step not in DEFAULTS:
            raise ValidationError("step", "That message is not part of the reminder sequence.")
        if info.useful_until_minutes < info.offset_minutes and info.step != \
                Step.BOOKING_CONFIRMATION:
            raise ValidationError("useful_until_minutes",
                                  "A message cannot stop being useful before it is due.")
        if not info.modalities:
            raise ValidationError("modalities", "Choose in person, video, or both.")
        with self.sessions.begin() as s:
            if info.type_id is not None and s.get(AppointmentType, info.type_id) is None:
                raise NotFoundError("That appointment type no longer exists.")
            same_type = (PolicyRule.type_id.is_(None) if info.type_id is None
                         else PolicyRule.type_id == info.type_id)
            row = s.scalar(select(PolicyRule).where(same_type,
                                                    PolicyRule.step == info.step.value))
            if row is None:
                row = PolicyRule(type_id=info.type_id, step=info.step.value)
                s.add(row)
            row.enabled, row.route = info.enabled, Route(info.route).value
            row.offset_minutes = info.offset_minutes
            row.useful_until_minutes = info.useful_until_minutes
            row.modalities = ",".join(sorted(m.value for m in info.modalities))
            audit.record(s, self.clock, actor, "policy_rule", "policy_rule", None,
                         f"type={info.type_id} step={info.step.value} on={info.enabled}")
        self._forget()

    def reset_rule(self, type_id: int | None, step: Step, actor: str) -> None:
        with self.sessions.begin() as s:
            for row in s.scalars(select(PolicyRule).where(PolicyRule.step == Step(step).value)):
                if row.type_id == type_id:
                    s.delete(row)
            audit.record(s, self.clock, actor, "policy_rule_reset", "policy_rule", None,
                         f"type={type_id} step={Step(step).value}")
        self._forget()

    def set_limits(self, quiet_start: time, quiet_end: time, texts_per_day: int,
                   actor: str) -> None:
        if not quiet_start < quiet_end:
            raise ValidationError("quiet_start", "Texts need a window: start before the end.")
        if not 1 <= texts_per_day <= 5:
            raise ValidationError("texts_per_day", "Allow between 1 and 5 texts a day.",
                                  hint="Health texts sent without recorded consent are "
                                       "limited to 1 a day and 3 a week in the US.")
        with self.sessions.begin() as s:
            p = load_settings(s)
            p.quiet_start_minute = quiet_start.hour * 60 + quiet_start.minute
            p.quiet_end_minute = quiet_end.hour * 60 + quiet_end.minute
            p.texts_per_day = texts_per_day
            audit.record(s, self.clock, actor, "messaging_limits", "practice_settings", 1)
        self._forget()

    def _forget(self) -> None:
        with self._lock:
            self._cached = None
