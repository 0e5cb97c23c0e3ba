"""The messages FrontDesk can send: one `Step` per moment in an appointment's life, plus replies."""

from __future__ import annotations

from enum import StrEnum


class Step(StrEnum):
    # The reminder sequence (issue 3), in the order they usually go out.
    BOOKING_CONFIRMATION = "booking_confirmation"
    CONFIRMATION_REQUEST = "confirmation_request"  # two-way: C / R / X
    DAY_BEFORE = "day_before"
    TELEHEALTH_LINK = "telehealth_link"  # shortly before a video appointment: time + link only
    MISSED_FOLLOW_UP = "missed_follow_up"
    # Sent when the practice changes an appointment.
    RESCHEDULE_NOTICE = "reschedule_notice"  # the appointment moved
    CANCELLATION_NOTICE = "cancellation_notice"  # the practice cancelled it
    # Replies to a client's keyword (issue 4): consent changes and the carrier HELP keyword.
    OPT_OUT_CONFIRMATION = "opt_out_confirmation"
    OPT_IN_CONFIRMATION = "opt_in_confirmation"
    HELP_REPLY = "help_reply"

    @property
    def is_reply(self) -> bool:
        """Sent in answer to the client's own message rather than planned from an appointment."""
        return self in REPLY_STEPS

    @property
    def label(self) -> str:
        """A short name for the template editor."""
        return LABELS[self]


REPLY_STEPS = frozenset({Step.OPT_OUT_CONFIRMATION, Step.OPT_IN_CONFIRMATION, Step.HELP_REPLY})

LABELS = {
    Step.BOOKING_CONFIRMATION: "Booking confirmation",
    Step.CONFIRMATION_REQUEST: "Confirmation request",
    Step.DAY_BEFORE: "Day-before reminder",
    Step.TELEHEALTH_LINK: "Video link (shortly before)",
    Step.MISSED_FOLLOW_UP: "Missed appointment follow-up",
    Step.RESCHEDULE_NOTICE: "Appointment moved",
    Step.CANCELLATION_NOTICE: "Appointment cancelled by the practice",
    Step.OPT_OUT_CONFIRMATION: "Opt-out confirmation",
    Step.OPT_IN_CONFIRMATION: "Opt-in confirmation",
    Step.HELP_REPLY: "HELP reply",
}
