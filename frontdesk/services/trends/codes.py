"""The small integer codes the trends count by, their labels, and local-time arithmetic."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from frontdesk.domain import Attendance, Channel, MessageState, Modality, Step

US = 1_000_000  # times are whole microseconds since 1970-01-01 UTC
DAY_US = 86_400 * US
HOUR_US = 3_600 * US
EPOCH = date(1970, 1, 1)  # a Thursday: weekday (Monday = 0) of day d is (d + 3) % 7

# Outcome of a place, in the order Counts keeps them.
ARRIVED, NO_SHOW, LATE, EARLY, UNMARKED = range(5)
N_OUTCOMES = 5
OUTCOME_OF = {Attendance.ARRIVED: ARRIVED, Attendance.NO_SHOW: NO_SHOW,
              Attendance.LATE_CANCELLED: LATE, Attendance.CANCELLED: EARLY,
              Attendance.BOOKED: UNMARKED}

MODALITIES = tuple(Modality)  # code = index
MODALITY_LABELS = {Modality.IN_PERSON: "In person", Modality.TELEHEALTH: "Telehealth"}

# Lead time: whole days between booking and start; a bucket holds days below its bound.
LEAD_BOUNDS_DAYS = (2, 8, 15, 31)
LEAD_LABELS = ("0-1 days", "2-7 days", "8-14 days", "15-30 days", "31+ days")

FIRST_LABELS = ("Returning", "First visit")  # code 1 = first visit
CONFIRMED_LABELS = ("Never confirmed", "Confirmed")  # code 1 = confirmed

# The reminder sequence (frontdesk.domain.messages), and what "went out" means.
REMINDER_STEPS = (Step.BOOKING_CONFIRMATION, Step.CONFIRMATION_REQUEST, Step.DAY_BEFORE,
                  Step.TELEHEALTH_LINK, Step.MISSED_FOLLOW_UP)
WENT_OUT = (MessageState.SENT, MessageState.DELIVERED, MessageState.UNDELIVERED,
            MessageState.FAILED)
ACCEPTED = (MessageState.SENT, MessageState.DELIVERED, MessageState.UNDELIVERED)
NOT_REACHED = (MessageState.FAILED, MessageState.UNDELIVERED)
CHANNEL_BITS = {Channel.SMS: 1, Channel.WHATSAPP: 2, Channel.EMAIL: 4}
# Reminder channel code from the bit mask of channels that went out.
NO_CHANNEL, SEVERAL = 0, 4
CHANNEL_CODE = {0: NO_CHANNEL, 1: 1, 2: 2, 4: 3, 3: SEVERAL, 5: SEVERAL, 6: SEVERAL, 7: SEVERAL}
CHANNEL_LABELS = ("None", "SMS", "WhatsApp", "Email", "Several")
DELIVERED_YES, DELIVERED_NO, NONE_SENT = range(3)
DELIVERED_LABELS = ("Delivered", "Sent, none delivered", "None sent")

WEEKDAY_LABELS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def lead_code(lead_us: int) -> int:
    """The lead-time bucket of a booking made lead_us before the start (negative: 0)."""
    for code, days in enumerate(LEAD_BOUNDS_DAYS):
        if lead_us < days * DAY_US:
            return code
    return len(LEAD_BOUNDS_DAYS)


def day_number(d: date) -> int:
    return (d - EPOCH).days


def day_of(number: int) -> date:
    return EPOCH + timedelta(days=int(number))


def week_number(day: int) -> int:
    """Monday-based week of a day number (week 0 starts on Monday 1969-12-29)."""
    return (day + 3) // 7


def week_start(week: int) -> date:
    return day_of(week * 7 - 3)


def month_number(d: date) -> int:
    return d.year * 12 + d.month - 1


# How far apart offsets() looks at a zone's offset: half the shortest spell of another
# offset in the tz database from 1990 on (a week: Brazil in October 2000, Gaza's Ramadan
# rules), so no spell falls between two looks.
SCAN_S = 3 * 86_400


@lru_cache(maxsize=8)
def offsets(tz_name: str, first_year: int = 1990, last_year: int = 2100
            ) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """When the zone's UTC offset changes, and the offset from then on (microseconds).

    (starts, offsets): from starts[i] (UTC microseconds) the local time is UTC + offsets[i];
    starts[0] is the beginning of first_year. Found every SCAN_S, then to the second (the
    same as looking every day, at a quarter of the calls to the zone).
    """
    tz = ZoneInfo(tz_name)

    def off(t: int) -> int:
        offset = datetime.fromtimestamp(t, tz).utcoffset()
        assert offset is not None  # an aware datetime always has one
        return int(offset.total_seconds())

    t = int(datetime(first_year, 1, 1, tzinfo=UTC).timestamp())
    end = int(datetime(last_year + 1, 1, 1, tzinfo=UTC).timestamp())
    starts, offs = [t], [off(t)]
    while t < end:
        nxt = min(t + SCAN_S, end)
        if off(nxt) != offs[-1]:
            lo, hi = t, nxt  # off(lo) is the old offset, off(hi) the new one
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if off(mid) == offs[-1]:
                    lo = mid
                else:
                    hi = mid
            starts.append(hi)
            offs.append(off(hi))
            nxt = hi  # look on from the change: another may follow within SCAN_S
        t = nxt
    return tuple(s * US for s in starts), tuple(o * US for o in offs)


def local_us(utc_us: int, tz_name: str) -> int:
    """A UTC time (microseconds) as local wall-clock microseconds since 1970-01-01."""
    starts, offs = offsets(tz_name)
    lo, hi = 0, len(starts)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if starts[mid] <= utc_us:
            lo = mid
        else:
            hi = mid
    return utc_us + offs[lo]


def utc_us_of_local_day(d: date, tz_name: str) -> int:
    """The UTC microsecond at which local day d begins (00:00 local, or the first moment
    after it if midnight itself was skipped)."""
    tz = ZoneInfo(tz_name)
    local = datetime(d.year, d.month, d.day, tzinfo=tz)
    return int(local.astimezone(UTC).timestamp()) * US
