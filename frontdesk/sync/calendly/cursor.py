"""What a Calendly read remembers for the next one: whose events it read (the token's user and
organization, and which of the two it polls by), the window, and a fingerprint of each event
and of its invitees. Opaque JSON for the services; a cursor this version cannot read is none.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from frontdesk.sync.calendly.mapping import moment

Scope = Literal["organization", "user"]
VERSION = 1


def fingerprint(value: Any) -> str:
    """A short hash of a JSON value that changes whenever any of it does."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:20]


@dataclass(frozen=True)
class Seen:
    """One event as last read: its start, its fingerprints, and whether it was handed to the
    services as an appointment (an event rescheduled away is only ever a `replaces`)."""

    start: datetime
    event: str
    invitees: str
    emitted: bool

    def dump(self) -> list[Any]:
        return [self.start.isoformat(), self.event, self.invitees, int(self.emitted)]

    @classmethod
    def load(cls, raw: Any) -> Seen | None:
        if not isinstance(raw, list) or len(raw) != 4:
            return None
        start = moment(raw[0])
        if start is None or not all(isinstance(x, str) for x in raw[1:3]):
            return None
        return cls(start, raw[1], raw[2], bool(raw[3]))


@dataclass
class Cursor:
    user: str
    organization: str
    scope: Scope
    window: tuple[datetime, datetime] | None = None
    events: dict[str, Seen] = field(default_factory=dict)

    def dump(self) -> str:
        window = [w.isoformat() for w in self.window] if self.window else None
        return json.dumps({"v": VERSION, "user": self.user, "organization": self.organization,
                           "scope": self.scope, "window": window,
                           "events": {k: v.dump() for k, v in sorted(self.events.items())}},
                          separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def load(cls, text: str | None) -> Cursor | None:
        if not text:
            return None
        try:
            raw = json.loads(text)
        except ValueError:
            return None
        if not isinstance(raw, dict) or raw.get("v") != VERSION:
            return None
        user, organization, scope = raw.get("user"), raw.get("organization"), raw.get("scope")
        if not isinstance(user, str) or not isinstance(organization, str) or scope not in (
                "organization", "user"):
            return None
        window = raw.get("window")
        bounds = None
        if isinstance(window, list) and len(window) == 2:
            start, end = moment(window[0]), moment(window[1])
            bounds = (start, end) if start is not None and end is not None else None
        events: dict[str, Seen] = {}
        found = raw.get("events")
        for key, value in (found.items() if isinstance(found, dict) else []):
            seen = Seen.load(value)
            if isinstance(key, str) and seen is not None:
                events[key] = seen
        return cls(user, organization, "organization" if scope == "organization" else "user",
                   bounds, events)
