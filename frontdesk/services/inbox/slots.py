"""Open times to offer a client who asked to reschedule, and the offer's wording."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from frontdesk.domain import Language
from frontdesk.models import Appointment
from frontdesk.services.calendar_rules import find_clashes
from frontdesk.services.wording import datetext

OFFER_COUNT = 2
OFFER_LIFE = timedelta(hours=48)  # a numbered reply after this goes to staff
EARLIEST = timedelta(hours=20)  # not sooner than this: the client needs time to arrange
SEARCH_DAYS = 21
STEP = timedelta(minutes=30)


def open_slots(s: Session, appointment: Appointment, client_id: int, now: datetime, tz: ZoneInfo,
               day_start_hour: int, day_end_hour: int,
               count: int = OFFER_COUNT) -> list[datetime]:
    """The clinician's next free times of the same length, on weekdays inside the practice's
    day (09:00 at the earliest), clear of the clinician's and the client's other sessions."""
    length = appointment.end_at - appointment.start_at
    first_day = (now + EARLIEST).astimezone(tz).date()
    begin = time(max(day_start_hour, 9))
    found: list[datetime] = []
    for offset in range(SEARCH_DAYS):
        day = first_day + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        slot = datetime.combine(day, begin, tzinfo=tz)
        close = datetime.combine(day, time(0), tzinfo=tz) + timedelta(hours=day_end_hour)
        while slot + length <= close and len(found) < count:
            if slot >= now + EARLIEST and slot != appointment.start_at and not find_clashes(
                    s, slot, slot + length, clinician_id=appointment.clinician_id,
                    client_ids=(client_id,), exclude_id=appointment.id):
                found.append(slot)
                slot += timedelta(days=1)  # one per day: a real choice
                break
            slot += STEP
        if len(found) >= count:
            break
    return found


def offer_text(practice_name: str, slots: list[datetime], tz: ZoneInfo, now: datetime,
               language: Language) -> str:
    """ "Reply 1 for Tue, Mar 10 at 3:00 PM, 2 for …" in the client's language (GSM-7)."""
    local_now = now.astimezone(tz)
    parts = []
    for number, slot in enumerate(slots, start=1):
        local = slot.astimezone(tz)
        when = datetext.when_phrase(local, local_now, language).removeprefix("on ")
        parts.append(f"{number} {'para' if language is Language.SPANISH else 'for'} {when}")
    name = f"{practice_name}: " if practice_name else ""
    if language is Language.SPANISH:
        return (name + "Podemos ofrecerle: " + "; ".join(parts) + ". Responda con el numero, "
                "o llamenos para otra hora.")
    return name + "We can offer: " + "; ".join(parts) + ". Reply with the number, or call us " \
        "for another time."
