"""The reminder messages and reschedules of a generated history (bench/generate_history.py).

For every place the outbox rows the default reminder policy (frontdesk.services.reminders.
policy.DEFAULT_RULES) would have made, in the states a real outbox ends up in:

- booking confirmation at booking (an intake, a one-off session, or the first session of
  a block booked together), by text and by email where the client has both;
- the two-way confirmation request 48 h before (if booked earlier than that), preferred
  channel; the day-before reminder 24 h before, text and email; the video link 30 minutes
  before a telehealth session, text only; the missed-session follow-up 20 minutes after a
  no-show;
- a message due after the place was cancelled is WITHDRAWN; one due after now is PLANNED;
- the rest went out: SMS and WhatsApp are mostly DELIVERED (a few SENT without a receipt,
  UNDELIVERED or FAILED); email has no delivery receipt, so it stays SENT (or FAILED);
- correlated with the confirmation: a place whose request got no answer at all
  ("unconfirmed" although asked) mostly never reached the client (UNDELIVERED / FAILED), so
  those places show the high no-show rate the generator gives unconfirmed places.

A session is "moved" (an audit entry `reschedule` for the appointment, as
ScheduleService.reschedule writes) when a client asked to reschedule and was not cancelled,
and for 1.5% of the other sessions (the practice moved them). Bodies are left empty (they
would add ~100 bytes a row and nothing the benchmarks read).

Everything here uses its own random generator, so the appointments are the same with or
without messages.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from frontdesk.domain import Attendance, Channel, Confirmation, Modality

SMS, WHATSAPP, EMAIL = Channel.SMS.value, Channel.WHATSAPP.value, Channel.EMAIL.value
# (state, weight) of a message that went out to a reachable client, per channel.
REACHED = {
    SMS: (("delivered", 0.94), ("sent", 0.02), ("undelivered", 0.03), ("failed", 0.01)),
    WHATSAPP: (("delivered", 0.96), ("sent", 0.02), ("undelivered", 0.015), ("failed", 0.005)),
    EMAIL: (("sent", 0.97), ("failed", 0.03)),
}
# ... and to a client the reminders never reached (no answer to the request at all).
UNREACHED = {
    SMS: (("undelivered", 0.55), ("failed", 0.3), ("sent", 0.15)),
    WHATSAPP: (("undelivered", 0.6), ("failed", 0.25), ("sent", 0.15)),
    EMAIL: (("failed", 0.5), ("sent", 0.5)),
}
MOVED_SHARE = 0.015


@dataclass(frozen=True)
class Reach:
    """How a client's reminders travel: a text channel (or None) and whether email may go."""

    text: str | None
    email: bool

    @property
    def preferred(self) -> str | None:
        return self.text or (EMAIL if self.email else None)

    def both(self) -> list[str]:
        return [c for c in (self.text, EMAIL if self.email else None) if c]


def reach_of(channel: Channel, whatsapp: bool, sms_ok: bool, email_ok: bool) -> Reach:
    if channel is Channel.EMAIL and email_ok:
        return Reach(None, True)
    text = WHATSAPP if whatsapp else SMS if sms_ok else None
    return Reach(text, email_ok)


def _pick(rng: random.Random, table) -> str:
    x = rng.random()
    for state, w in table:
        x -= w
        if x < 0:
            return state
    return table[-1][0]


class MessageMaker:
    """Outbox rows and reschedule audit entries for one history, appointment by appointment."""

    def __init__(self, seed: int, now: datetime, reach: list[Reach], fmt) -> None:
        self.rng = random.Random(seed * 7919 + 17)
        self.now = now  # naive UTC
        self.reach = reach
        self.fmt = fmt
        self.counts: dict[str, int] = {}

    def _row(self, appt_id: int, client: int, step: str, channel: str, anchor: datetime,
             due: datetime, useful: datetime, cancelled: datetime | None, unreached: bool):
        rng, f = self.rng, self.fmt
        uid = f"{rng.getrandbits(128):032x}"
        planned = min(due, self.now)
        state, sending, sent, delivered, provider, reason = "planned", None, None, None, None, ""
        updated = planned
        if cancelled is not None and due > cancelled:
            state, reason, updated = "withdrawn", "the place was cancelled", cancelled
        elif due > self.now:
            pass
        else:
            state = _pick(rng, (UNREACHED if unreached else REACHED)[channel])
            sending = due + timedelta(seconds=rng.randint(1, 90))
            updated = sending
            if state != "failed":
                sent = sending + timedelta(seconds=1)
                provider = f"SM{rng.getrandbits(128):032x}" if channel != EMAIL else None
                updated = sent
            else:
                reason = "the carrier refused the number"
            if state == "delivered":
                delivered = sent + timedelta(seconds=rng.randint(2, 40))
                updated = delivered
            elif state == "undelivered":
                updated = sent + timedelta(seconds=rng.randint(5, 600))
                reason = "not delivered by the carrier"
        self.counts[state] = self.counts.get(state, 0) + 1
        return (None, uid, appt_id, client, step, channel, f(anchor), f(due), f(useful), state,
                0 if state in ("planned", "withdrawn") else 1, None, provider, None, reason, "",
                None, f(planned), f(sending) if sending else None, f(sent) if sent else None,
                f(delivered) if delivered else None, f(updated))

    def for_appointment(self, appt_id: int, a, first_of_block: bool) -> list[tuple]:
        """Every outbox row of one appointment's places (client ids are 0-based here)."""
        rows = []
        start = a.start
        for client, shown, att, booked, cancelled, _reason, _arrived in a.attendees:
            reach = self.reach[client]
            asked = booked < start - timedelta(hours=48)
            unreached = asked and shown is Confirmation.UNCONFIRMED
            cid = client + 1

            def add(step, channels, due, useful, cid=cid, cancelled=cancelled,
                    unreached=unreached):
                for ch in channels:
                    rows.append(self._row(appt_id, cid, step, ch, start, due, useful, cancelled,
                                          unreached and step != "booking_confirmation"))

            if first_of_block:
                add("booking_confirmation", reach.both(), booked + timedelta(seconds=30), start)
            pref = [reach.preferred] if reach.preferred else []
            if asked:
                add("confirmation_request", pref, start - timedelta(hours=48),
                    start - timedelta(hours=4))
            if booked < start - timedelta(hours=24):
                add("day_before", reach.both(), start - timedelta(hours=24),
                    start - timedelta(hours=1))
            if a.modality is Modality.TELEHEALTH and reach.text:
                add("telehealth_link", [reach.text], start - timedelta(minutes=30), start)
            if att is Attendance.NO_SHOW:
                add("missed_follow_up", pref, start + timedelta(minutes=20),
                    start + timedelta(days=2))
        return rows

    def moved(self, appt_id: int, a) -> tuple | None:
        """The audit entry of a session moved to its time, or None."""
        asked = any(p[1] is Confirmation.RESCHEDULE_REQUESTED and not p[2].is_cancelled
                    for p in a.attendees)
        if a.start > self.now or not (asked or self.rng.random() < MOVED_SHARE):
            return None
        booked = min(p[3] for p in a.attendees)
        at = min(a.start - timedelta(hours=1), booked + (a.start - booked) / 2)
        old = a.start - timedelta(days=self.rng.choice((1, 2, 7)))
        return (self.fmt(at), "bench", "reschedule", "appointment", appt_id,
                f"from={old.isoformat()}+00:00 to={a.start.isoformat()}+00:00")
