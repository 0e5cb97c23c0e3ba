"""Work that must wait until FrontDesk has closed everything (the window, the background work,
the database): a restore replaces the database file, so it runs only once nothing uses it.
`frontdesk/ui/startup/launch.py` runs what is waiting after the event loop ends and the
session is closed."""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)
_waiting: list[Callable[[], None]] = []


def then(job: Callable[[], None]) -> None:
    """Run `job` once FrontDesk has closed (on the main thread, no event loop running)."""
    _waiting.append(job)


def waiting() -> int:
    return len(_waiting)


def run() -> None:
    """What was waiting, in order; one failing does not stop the next."""
    while _waiting:
        job = _waiting.pop(0)
        try:
            job()
        except Exception as exc:
            log.error("Work after closing failed: %s", type(exc).__name__)


def forget() -> None:
    """Drop what is waiting (tests)."""
    _waiting.clear()
