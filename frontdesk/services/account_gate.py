"""Guessing protection for PINs and the recovery code: a growing wait after wrong tries,
then a lockout. Pure rules over a small state; the account service keeps the state.

An attempt made during the wait is refused *before* the PIN is looked at, so guessing
faster than the wait gains nothing; a refused attempt is not counted as a wrong one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from frontdesk.services.errors import SignInRefused

# The wait after the n-th wrong try in a row (the last figure repeats): none after the
# first three, then 30 s, 1 min, 2 min, 5 min.
BACKOFF_SECONDS = (0, 0, 0, 30, 60, 120, 300)
LOCKOUT_AFTER = 10  # wrong tries in a row: the account is locked until the owner resets it

NO_MATCH = "That name and PIN do not match."
TRY_AGAIN = "Check them and try again."
LOCKED_OUT = "This account is locked after too many wrong PINs."
ASK_OWNER = ("Ask the practice owner to reset the PIN; an owner can reset their own with "
             "the practice's recovery code.")


class AttemptSeen(Protocol):
    """What the rules read: a StaffAccount row has these columns."""

    @property
    def failed_attempts(self) -> int: ...
    @property
    def last_failed_at(self) -> datetime | None: ...
    @property
    def locked_out(self) -> bool: ...


class AttemptState(Protocol):
    """What counting a try writes."""

    failed_attempts: int
    last_failed_at: datetime | None
    locked_out: bool


@dataclass
class Tally:
    """The same state kept in memory (a name with no account; the recovery code)."""

    failed_attempts: int = 0
    last_failed_at: datetime | None = None
    locked_out: bool = False


def backoff_seconds(failed: int) -> int:
    """The wait after `failed` wrong tries in a row."""
    if failed <= 0:
        return 0
    return BACKOFF_SECONDS[min(failed, len(BACKOFF_SECONDS)) - 1]


def wait_left(state: AttemptSeen, now: datetime) -> int:
    """Whole seconds until the next try is heard (0: now). A clock set back never makes the
    wait longer than the backoff itself."""
    wait = backoff_seconds(state.failed_attempts)
    if not wait or state.last_failed_at is None:
        return 0
    elapsed = max(0.0, (now - state.last_failed_at).total_seconds())
    return max(0, math.ceil(wait - elapsed))


def in_words(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def refusal_before_check(state: AttemptSeen, now: datetime, *,
                         what: str = "PIN") -> SignInRefused | None:
    """Why this attempt is refused without looking at what was typed, or None to check it."""
    if state.locked_out:
        return SignInRefused(SignInRefused.LOCKED_OUT, LOCKED_OUT, hint=ASK_OWNER)
    left = wait_left(state, now)
    if left:
        return SignInRefused(
            SignInRefused.WAIT, f"Too many wrong tries: wait {in_words(left)}, then try "
            "again.", hint=f"Each wrong {what} makes the wait longer.", wait_seconds=left)
    return None


def count_failure(state: AttemptState, now: datetime, *, lockout_after: int | None,
                  message: str = NO_MATCH, hint: str = TRY_AGAIN) -> SignInRefused:
    """Count one wrong try (and lock when it is the last one allowed); the error to show."""
    state.failed_attempts = (state.failed_attempts or 0) + 1
    state.last_failed_at = now
    failed = state.failed_attempts
    if lockout_after is not None and failed >= lockout_after:
        state.locked_out = True
        return SignInRefused(SignInRefused.LOCKED_OUT, f"{message} {LOCKED_OUT}",
                             hint=ASK_OWNER)
    wait = backoff_seconds(failed)
    if lockout_after is not None and lockout_after - failed <= 3:
        left = lockout_after - failed
        hint = (f"{hint} After {left} more wrong tr{'y' if left == 1 else 'ies'} the account "
                "is locked until the practice owner resets it.")
    if wait:
        return SignInRefused(SignInRefused.WRONG, f"{message} Wait {in_words(wait)} before "
                             "the next try.", hint=hint, wait_seconds=wait)
    return SignInRefused(SignInRefused.WRONG, message, hint=hint)


def count_success(state: AttemptState) -> None:
    state.failed_attempts = 0
    state.last_failed_at = None
