"""Writing a client's answer back to the calendar source a session came from."""

from __future__ import annotations

from enum import StrEnum


class WriteBackAction(StrEnum):
    CONFIRM = "confirm"  # the client's place confirmed (by reply, or by phone to staff)
    CANCEL = "cancel"  # the client cancelled their place by reply


class WriteBackState(StrEnum):
    PENDING = "pending"  # to be written at its next attempt time
    WRITTEN = "written"  # the source has it (or already had it)
    CONFLICT = "conflict"  # the source changed the session meanwhile: staff check it there
    NOT_ALLOWED = "not_allowed"  # the source does not take this change: nothing more to do
    FAILED = "failed"  # the source could not be reached for a day: staff record it there
    SUPERSEDED = "superseded"  # a confirmation the client's later cancellation replaced
