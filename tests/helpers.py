"""What many tests share: the practice's zone, a time in it, and booking through the service.

The fixture clock (`tests/conftest.py`) stands at Wednesday 4 March 2026, 08:00 in Boston.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from frontdesk.services.dto import BookingRequest
from frontdesk.services.inbox.poller import PollReport

BOSTON = ZoneInfo("America/New_York")
START = datetime(2026, 3, 4, 8, 0, tzinfo=BOSTON)  # a Wednesday, before the practice opens


def at(day: int, hour: int, minute: int = 0, *, month: int = 3, year: int = 2026) -> datetime:
    """A wall-clock time in Boston: at(5, 14, 30) is Thu 5 March 2026, 2:30 PM."""
    return datetime(year, month, day, hour, minute, tzinfo=BOSTON)


def book(practice, clients, start: datetime, clinician=None, kind=None, *,
         actor: str = "reception", **request) -> list[int]:
    """Book through the real ScheduleService; returns the new appointment ids (one per session).

    `clients` is one client or a list (a group); the clinician defaults to Dr. Okafor and the
    type to the individual session; `request` takes BookingRequest's other fields.
    """
    many = isinstance(clients, list | tuple)
    people = tuple(clients) if many else (clients,)
    req = BookingRequest(tuple(c.id for c in people), (clinician or practice.okafor).id,
                         (kind or practice.individual).id, start, **request)
    return practice.svc.schedule.book(req, actor)


_sids = itertools.count(1)


def client_writes(svc, number: str, body: str, minutes_ago: int = 0) -> None:
    """A reply arrives and FrontDesk acts on it, as after a poll (no Twilio needed)."""
    svc.poller.store(f"SMhelp{next(_sids):026d}", number, body,
                     svc.clock.now() - timedelta(minutes=minutes_ago), PollReport())
    svc.poller.process_pending()
