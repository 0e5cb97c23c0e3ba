"""What would wait if FrontDesk were quit now: messages due soon, crises not yet taken."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import ItemKind, MessageState
from frontdesk.models import DeskItem
from frontdesk.models.outbox import OutboxMessage
from frontdesk.services.practice import load_settings

QUIT_HORIZON = timedelta(hours=12)


@dataclass(frozen=True)
class QuitCheck:
    due_messages: int  # planned messages due before `until` (overdue ones included)
    open_crises: int  # crisis items nobody has acknowledged
    until: datetime  # now + 12 h, in the practice's time zone
    now: datetime  # in the practice's time zone

    @property
    def anything_waits(self) -> bool:
        return bool(self.due_messages or self.open_crises)


def quit_check(sessions: sessionmaker[Session], clock: Clock) -> QuitCheck:
    now = clock.now()
    until = now + QUIT_HORIZON
    with sessions() as s:
        tz = ZoneInfo(load_settings(s).timezone)
        due = s.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.state == MessageState.PLANNED, OutboxMessage.due_at <= until,
            OutboxMessage.useful_until > now)) or 0
        crises = s.scalar(select(func.count()).select_from(DeskItem).where(
            DeskItem.kind == ItemKind.CRISIS, DeskItem.done_at.is_(None))) or 0
    return QuitCheck(int(due), int(crises), until.astimezone(tz), now.astimezone(tz))
