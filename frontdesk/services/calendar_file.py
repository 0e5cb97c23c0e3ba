"""The .ics calendar file attached to booking, reschedule and cancellation emails.

One appointment keeps one UID for its whole life, so a calendar app treats every file we
send about it as the same entry: a reschedule is the same UID with a higher SEQUENCE
(METHOD:REQUEST), a cancellation is the same UID with METHOD:CANCEL, STATUS:CANCELLED and
again a higher SEQUENCE. The caller keeps the sequence number with the appointment and
raises it for every change it sends.

Privacy: calendars show the summary on lock screens and in shared family calendars. The
caller passes a summary that never names the kind of care ("Appointment with Dr. Okafor",
or just "Appointment" for a shared phone); the event is also marked CLASS:PRIVATE.

Written with icalendar's `Component.add()` API, which behaves the same in icalendar 5, 6
and 7 (the declared floor is 5; `Event.new()` only exists from 6.1).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from icalendar import vCalAddress

PRODID = "-//FrontDesk//Appointment reminders//EN"
ALARM_BEFORE = timedelta(hours=1)


def _utc(name: str, moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")
    return moment.astimezone(UTC)


def _address(email: str, name: str = "", **params: str) -> vCalAddress:
    from icalendar import vCalAddress, vText

    address = vCalAddress(f"mailto:{email}")
    if name:
        address.params["CN"] = vText(name)
    for key, value in params.items():
        address.params[key.upper()] = value
    return address


def session_ics(
    *,
    uid: str,
    start: datetime,
    end: datetime,
    summary: str,
    location: str = "",
    description: str = "",
    url: str = "",
    organizer_name: str = "",
    organizer_email: str = "",
    attendee_email: str = "",
    sequence: int = 0,
    method: Literal["REQUEST", "CANCEL"] = "REQUEST",
    stamp: datetime | None = None,
) -> bytes:
    """An iCalendar file (RFC 5545/5546) for one session, as bytes for an attachment.

    `uid` must be stable per appointment and globally unique (e.g. "<appointment uuid>@
    <practice domain>"). `start`/`end` must be aware; they are written in UTC. `stamp`
    (DTSTAMP) defaults to now. `attendee_email` (optional) names the recipient as the
    attendee, which some mail apps need to offer "add to calendar"; RSVP is off because
    replies are handled by the reminder flow, not by calendar responses.
    """
    if method not in ("REQUEST", "CANCEL"):
        raise ValueError("method must be REQUEST or CANCEL")
    if not uid.strip():
        raise ValueError("uid is required")
    if sequence < 0:
        raise ValueError("sequence must not be negative")
    start_utc, end_utc = _utc("start", start), _utc("end", end)
    if end_utc <= start_utc:
        raise ValueError("end must be after start")
    stamp_utc = _utc("stamp", stamp) if stamp is not None else datetime.now(UTC)
    from icalendar import Alarm, Calendar, Event  # only when an email goes: start-up cost

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp_utc.replace(microsecond=0))
    event.add("dtstart", start_utc)
    event.add("dtend", end_utc)
    event.add("sequence", sequence)
    event.add("summary", summary)
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    event.add("class", "PRIVATE")
    event.add("transp", "OPAQUE")
    if location:
        event.add("location", location)
    if description:
        event.add("description", description)
    if url:
        event.add("url", url)
    if organizer_email:
        event.add("organizer", _address(organizer_email, organizer_name))
    if attendee_email:
        event.add("attendee", _address(attendee_email, ROLE="REQ-PARTICIPANT",
                                       PARTSTAT="NEEDS-ACTION", RSVP="FALSE"))
    if method == "REQUEST":
        # A cancelled entry is removed by the calendar app; an alarm on it means nothing.
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", -ALARM_BEFORE)
        event.add_component(alarm)
    calendar.add_component(event)
    ical: bytes = calendar.to_ical()  # icalendar leaves its return type out
    return ical
