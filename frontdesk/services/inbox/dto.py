"""What the Messages panel and the crisis alert show: plain data, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from frontdesk.domain import Flag, Intent, ItemKind


@dataclass(frozen=True)
class ThreadKey:
    """A client's thread, or (client_id None) an unmatched number's."""

    client_id: int | None
    address: str = ""  # E.164, only for unmatched threads


@dataclass(frozen=True)
class ThreadSummary:
    key: ThreadKey
    title: str  # the client's name, or the number as people write it
    unread: int
    last_at: datetime
    preview: str  # the last message, shortened (screen privacy: only what kind it is)
    flag: Flag  # CRISIS / CLINICAL while such an item is open, else NONE
    waiting: bool  # something in it waits for staff (a desk item is open)


@dataclass(frozen=True)
class ThreadEntry:
    at: datetime
    direction: str  # "in" (from the client), "out" (to the client), "note" (staff only)
    text: str
    channel: str  # "sms" / "whatsapp" / "email"; "" for notes
    status: str  # out: planned / sent / delivered / failed…; note: its author; in: ""
    intent: Intent | None = None  # in: what the client asked; None when not read yet
    flag: Flag = Flag.NONE  # in: who must read it
    outcome: str = ""  # in: what FrontDesk did about it, for staff
    reasons: tuple[str, ...] = ()  # in: the phrases that made the classifier decide


@dataclass(frozen=True)
class TriageItem:
    """One thing waiting for a person, with its response-time target."""

    item_id: int
    kind: ItemKind  # crisis / clinical / client_message / running_late / unmatched…
    key: ThreadKey | None  # the thread it belongs to
    who: str  # the client's name or the number
    note: str
    created_at: datetime
    due_at: datetime  # crisis: minutes; clinical: one business day; admin: same day
    overdue: bool
    clinician: str = ""  # for clinical items: whose queue
    message_at: datetime | None = None  # when the client's message came in (received_at)

    @property
    def came_in(self) -> datetime:
        """The message's own time where there is one, else when the item was raised."""
        return self.message_at or self.created_at


@dataclass(frozen=True)
class CrisisAlert:
    item_id: int
    key: ThreadKey
    who: str
    received_at: datetime
    text: str  # the client's message (staff only; never sent anywhere; "" when private)
    auto_reply: str  # what FrontDesk did: "crisis resources sent by sms", or why not
    private: bool = False  # screen privacy: `who` and `text` were withheld (empty)
