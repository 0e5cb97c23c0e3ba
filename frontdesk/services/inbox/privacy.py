"""Screen privacy: what the always-visible surfaces may show of a client's messages.

A reception monitor is often seen from the waiting room. While the practice setting
`screen_privacy` is on (the default), the services hand the always-visible widgets (the
crisis banner, To do, Needs attention, thread previews, the schedule's flags) no message
words, and no client name next to a crisis or clinical flag. The words and the name are one
deliberate, audited step away: `reveal_crisis` (the banner's Show) and `open_thread`.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.clock import Clock
from frontdesk.domain import ItemKind
from frontdesk.models import Client, DeskItem, InboundMessage
from frontdesk.services import audit
from frontdesk.services.errors import NotFoundError
from frontdesk.services.inbox.dto import ThreadKey
from frontdesk.services.practice import load_settings

HIDDEN_NAME = "A client (name hidden)"
SENSITIVE = ("crisis", "clinical")  # no name next to these while privacy is on
# Desk items whose note quotes the client: the note is replaced by what kind of thing it is.
QUOTING_NOTES = {
    ItemKind.RUNNING_LATE.value: "Running late today (their message is in the thread).",
}
PREVIEW_WORDS = {
    "crisis": "⚠ Urgent message: open the thread to read it",
    "clinical": "Clinical message: open the thread to read it",
    "in": "Client message: open the thread to read it",
    "note": "Staff note",
}
REVEALED_CRISIS = "revealed crisis message"
OPENED_THREAD = "opened flagged thread"


def is_private(s: Session) -> bool:
    """The practice's setting (on unless someone turned it off)."""
    return bool(load_settings(s).screen_privacy)


def shown_name(kind: str, name: str, private: bool) -> str:
    """The name an always-visible row may show beside an item or a thread of this kind."""
    return HIDDEN_NAME if private and kind in SENSITIVE and name else name


def shown_note(kind: str, note: str, private: bool) -> str:
    return QUOTING_NOTES.get(kind, note) if private else note


def preview_words(flag: str, last: str) -> str:
    """What a thread's row says instead of the last message ("in" or "note")."""
    return PREVIEW_WORDS.get(flag) or PREVIEW_WORDS.get(last, PREVIEW_WORDS["in"])


def reveal_crisis(s: Session, clock: Clock, item_id: int, actor: str) -> tuple[str, str]:
    """(the client's name or number, the message's words) of a crisis item; audited."""
    it = s.get(DeskItem, item_id)
    if it is None or it.kind is not ItemKind.CRISIS:
        raise NotFoundError("That urgent message no longer exists.")
    m = s.get(InboundMessage, int(it.ref.split(":")[1])) if it.ref.startswith(
        "inbound:") else None
    c = s.get(Client, it.client_id) if it.client_id else None
    who = f"{c.preferred_name or c.first_name} {c.last_name}" if c else (
        m.from_address if m else "")
    audit.record(s, clock, actor, REVEALED_CRISIS, "client", it.client_id,
                 f"desk_item={it.id}")
    return who, m.body if m else ""


def flagged_messages(s: Session, key: ThreadKey) -> int:
    """How many of the thread's messages were read as crisis or clinical."""
    q = select(InboundMessage.id).where(InboundMessage.flag.in_(SENSITIVE))
    q = (q.where(InboundMessage.client_id == key.client_id) if key.client_id else
         q.where(InboundMessage.client_id.is_(None), InboundMessage.from_address == key.address))
    return len(list(s.scalars(q.limit(1))))


def audit_open(s: Session, clock: Clock, key: ThreadKey, actor: str) -> None:
    audit.record(s, clock, actor, OPENED_THREAD, "client", key.client_id,
                 "" if key.client_id else "unknown number")
