"""The messages' vocabulary: channels, the moments a message is sent for (`Step`), texts fixed
when planned (`Prefilled`) and the states of an outbox row."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    SMS = "sms"
    WHATSAPP = "whatsapp"
    EMAIL = "email"


class Step(StrEnum):
    """One moment in an appointment's life that a message goes out for, plus replies."""

    # The reminder sequence, in the order they usually go out.
    BOOKING_CONFIRMATION = "booking_confirmation"
    CONFIRMATION_REQUEST = "confirmation_request"  # two-way: C / R / X
    DAY_BEFORE = "day_before"
    TELEHEALTH_LINK = "telehealth_link"  # shortly before a video appointment: time + link only
    MISSED_FOLLOW_UP = "missed_follow_up"
    # Sent when the practice changes an appointment.
    RESCHEDULE_NOTICE = "reschedule_notice"  # the appointment moved
    CANCELLATION_NOTICE = "cancellation_notice"  # the practice cancelled it
    # Replies to a client's keyword: consent changes and the carrier HELP keyword.
    OPT_OUT_CONFIRMATION = "opt_out_confirmation"
    OPT_IN_CONFIRMATION = "opt_in_confirmation"
    HELP_REPLY = "help_reply"
    # Answers to what a client wrote.
    CRISIS_REPLY = "crisis_reply"  # crisis resources, sent at once; never repeated too soon
    CANCEL_ACK = "cancel_ack"  # the client cancelled by text: it is done

    @property
    def is_reply(self) -> bool:
        """Sent in answer to the client's own message rather than planned from an appointment."""
        return self in REPLY_STEPS

    @property
    def label(self) -> str:
        """A short name for the template editor."""
        return _STEP_LABELS[self]


class Prefilled(StrEnum):
    """Messages whose words are fixed when they are planned (kept in the outbox row's body)
    rather than rendered from a template at send time."""

    STAFF_REPLY = "staff_reply"  # typed by staff in a client's thread
    SLOT_OFFER = "slot_offer"  # "1 for Tue 3:00 PM, 2 for Wed 10:00 AM"
    ONCALL_ALERT = "oncall_alert"  # to the on-call clinician: never the client's words
    GROUP_MESSAGE = "group_message"  # staff's words to each member of a group session, alone
    RE_ENGAGEMENT = "re_engagement"  # one gentle check-in after weeks without a session


class MessageState(StrEnum):
    """Where an outbox row stands."""

    PLANNED = "planned"  # waiting for its due time
    SENDING = "sending"  # committed before the provider call: reconcile if found after a crash
    SENT = "sent"  # the provider accepted it
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"  # the carrier or mailbox refused it
    FAILED = "failed"  # permanent failure before acceptance
    UNCERTAIN = "uncertain"  # may or may not have gone (email after DATA): staff decide
    SKIPPED = "skipped"  # not sent on purpose (opt-out, too late, …): reason says why
    WITHDRAWN = "withdrawn"  # the appointment changed or was cancelled

    @property
    def is_pending(self) -> bool:
        return self in (MessageState.PLANNED, MessageState.SENDING)


REPLY_STEPS = frozenset({Step.OPT_OUT_CONFIRMATION, Step.OPT_IN_CONFIRMATION, Step.HELP_REPLY,
                         Step.CRISIS_REPLY, Step.CANCEL_ACK})

_STEP_LABELS = {
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
    Step.CRISIS_REPLY: "Crisis resources reply",
    Step.CANCEL_ACK: "Cancelled by the client's reply",
}
