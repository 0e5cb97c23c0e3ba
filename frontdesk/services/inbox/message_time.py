"""When the client's message behind a desk item came in (not when the item was raised: a
poll or a retry can store and act on a message minutes after it was sent)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.models import InboundMessage


def message_time(s: Session, ref: str) -> datetime | None:
    """`received_at` of the message an item's ref names: "inbound:<id>",
    "optout:<channel>:<id>", or "number:<address>" (the newest unlinked message from it)."""
    kind, _, rest = ref.partition(":")
    if kind in ("inbound", "optout"):
        message_id = rest.rpartition(":")[2]
        if message_id.isdigit():
            return s.scalar(select(InboundMessage.received_at).where(
                InboundMessage.id == int(message_id)))
    elif kind == "number" and rest:
        return s.scalar(select(func.max(InboundMessage.received_at)).where(
            InboundMessage.from_address == rest, InboundMessage.client_id.is_(None)))
    return None
