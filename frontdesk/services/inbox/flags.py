"""What the day view's Flags column shows from client replies still waiting for a person."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain import ItemKind
from frontdesk.models import DeskItem

FLAG_WORDS = {
    ItemKind.CRISIS: "⚠ CRISIS message",
    ItemKind.CLINICAL: "clinical message",
    ItemKind.RUNNING_LATE: "running late",
    ItemKind.CLIENT_MESSAGE: "message to answer",
}
ORDER = list(FLAG_WORDS)
# Screen privacy: the row already names the client, so it says only that a message waits;
# the crisis itself is the red banner's job.
PRIVATE_WORDS = {
    ItemKind.CRISIS: "⚑ message for staff",
    ItemKind.CLINICAL: "⚑ message for staff",
    ItemKind.RUNNING_LATE: "running late",
    ItemKind.CLIENT_MESSAGE: "message to answer",
}


def reply_flags(s: Session, places: Iterable[tuple[int, int]],
                private: bool = False) -> dict[tuple[int, int], tuple[str, ...]]:
    """(appointment, client) -> flag words, most urgent first. A late note belongs to its
    session; the other items follow the client to each of their places that day. `private`
    (screen privacy): no word says crisis or clinical."""
    places = list(places)
    clients = {c for _, c in places}
    if not clients:
        return {}
    items = s.execute(select(DeskItem.kind, DeskItem.client_id, DeskItem.appointment_id)
                      .where(DeskItem.done_at.is_(None), DeskItem.kind.in_(ORDER),
                             DeskItem.client_id.in_(clients))).all()
    out: dict[tuple[int, int], set[ItemKind]] = {}
    for kind, client_id, appointment_id in items:
        for place in places:
            if place[1] != client_id:
                continue
            if kind is ItemKind.RUNNING_LATE and place[0] != appointment_id:
                continue
            out.setdefault(place, set()).add(kind)
    words = PRIVATE_WORDS if private else FLAG_WORDS
    return {p: tuple(dict.fromkeys(words[k] for k in ORDER if k in kinds))
            for p, kinds in out.items()}
