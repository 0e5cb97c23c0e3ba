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


@dataclass(frozen=True)
class DeliveryStatus:
    state: str
    code: int | str | None
    reason: str
