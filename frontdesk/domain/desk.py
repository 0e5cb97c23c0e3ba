"""The front desk's to-do vocabulary: what kind of thing waits for a person."""

from __future__ import annotations

from enum import StrEnum


class ItemKind(StrEnum):
    CALL_UNCONFIRMED = "call_unconfirmed"  # close to the session and still not confirmed
    MISSED_SESSION = "missed_session"  # not marked arrived after the start: follow up
    DELIVERY_PROBLEM = "delivery_problem"  # a message failed for good, or may not have gone
    CLINICIAN_NOTE = "clinician_note"  # e.g. a same-day move after reminders went out
    # From client replies: each points at the inbound message (ref "inbound:<id>").
    CRISIS = "crisis"  # risk of harm: acknowledge within minutes
    CLINICAL = "clinical"  # for the clinician to read: within one business day
    CLIENT_MESSAGE = "client_message"  # a question or anything FrontDesk could not act on
    RUNNING_LATE = "running_late"  # the client says they will be late today
    UNMATCHED = "unmatched"  # a number that is no client's (or several clients')
    OPTED_OUT = "opted_out"  # a client stopped messages on a channel
    SERIES_CANCELS = "series_cancels"  # several sessions of one series cancelled lately
    # A client's confirmation or cancellation its source (the EHR) did not take: record it there.
    SOURCE_WRITE_BACK = "source_write_back"
