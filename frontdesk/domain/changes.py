"""`Changes`: what one mutation touched, so each screen can tell whether to redraw."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date


@dataclass(frozen=True)
class Changes:
    """Days of the schedule, clients, and the parts of the desk a change touched.

    `everything` asks every screen to read its data again (F5, a safety poll for changes
    made outside this process)."""

    days: frozenset[date] = frozenset()
    clients: frozenset[int] = frozenset()
    threads: bool = False  # the inbox: a message in or out, a note, a link
    desk: bool = False  # the To do list
    settings: bool = False  # practice, clinicians, appointment types, messaging
    crisis: bool = False  # a crisis raised or acknowledged
    outbox: bool = False  # something is now planned to send
    health: bool = False  # background work's health
    sync: bool = False  # a sync source set up, changed, removed, or run
    everything: bool = False

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def __or__(self, other: Changes) -> Changes:
        merged = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = mine | theirs
        return Changes(**merged)

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def touches_day(self, day: date | None) -> bool:
        return self.everything or (day is not None and day in self.days)

    def touches_clients(self, client_ids: Iterable[int]) -> bool:
        return self.everything or not self.clients.isdisjoint(client_ids)

    def has(self, part: str) -> bool:
        """`part` is one of the flags (threads, desk, settings, crisis, outbox, health,
        sync)."""
        return self.everything or bool(getattr(self, part))
