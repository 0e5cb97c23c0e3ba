"""When another writer holds the database: try again where that is safe, else say so plainly.

Write transactions begin as writers (`Sessions.begin()`: BEGIN IMMEDIATE) and wait up to the
busy timeout for one another, so "database is locked" means another part of FrontDesk kept
the store busy for longer than that. A write that can run twice with the same result (raising
a desk item by its reference, marking a status) is tried again (`retry_locked`); anything
else reaches the person as a `BusyError`, in words, never as a traceback or SQL text.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import OperationalError

from frontdesk.services.errors import FrontDeskError

log = logging.getLogger(__name__)
T = TypeVar("T")
LOCKED_WORDS = ("database is locked", "database table is locked", "database is busy")


class BusyError(FrontDeskError):
    """The store stayed busy with another writer: nothing was saved; trying again is safe."""

    def __init__(self) -> None:
        super().__init__("Another part of FrontDesk was saving at the same moment, so this "
                         "wasn't saved.", hint="Try again in a moment.")


def is_locked(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" (SQLITE_BUSY), however it was wrapped."""
    if not isinstance(exc, OperationalError):
        return False
    text = str(exc.orig if exc.orig is not None else exc).lower()
    return any(words in text for words in LOCKED_WORDS)


def plain_error(exc: BaseException) -> BaseException:
    """The error to show a person: a lock becomes a BusyError; anything else as it is."""
    return BusyError() if is_locked(exc) else exc


def retry_locked(fn: Callable[[], T], *, attempts: int = 3, pause: float = 1.0,
                 sleep: Callable[[float], None] = time.sleep) -> T:
    """Call `fn` (an idempotent write) again while the database is locked, up to
    `attempts` times in all, pausing a little longer each time; then raise."""
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except OperationalError as exc:
            if not is_locked(exc) or attempt == attempts:
                raise
            log.info("The database was busy (try %d of %d): trying again", attempt, attempts)
            sleep(pause * attempt)
    raise AssertionError("unreachable")
