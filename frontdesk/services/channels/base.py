"""What every delivery channel returns: an outcome the dispatcher can act on."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Outcome(StrEnum):
    ACCEPTED = "accepted"    # the provider took the message
    PERMANENT = "permanent"  # will never succeed as is: surface to staff, do not retry
    TRANSIENT = "transient"  # nothing was sent: safe to retry later
    AMBIGUOUS = "ambiguous"  # may or may not have been sent: reconcile, never resend blindly


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    provider_id: str | None = None
    code: int | str | None = None
    reason: str = ""
    retry_after: float | None = None  # seconds
    # The provider asked to slow down (Twilio 429/20429, or 503 with Retry-After): nothing
    # was sent, and it is not a failed try. Back off until the message stops being useful.
    throttled: bool = False


class SeveralMatches(Exception):
    """The provider holds more than one message that could be the attempt in question:
    it went, but which one is ours cannot be told. Never resend; a person checks."""

    def __init__(self, count: int) -> None:
        super().__init__(f"{count} messages could be this attempt")
        self.count = count


@dataclass(frozen=True)
class DeliveryStatus:
    state: str
    code: int | str | None
    reason: str
