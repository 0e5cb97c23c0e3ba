"""The time-zone arithmetic of the trends: offsets() finds every change of a zone's UTC
offset that looking at the zone every day finds, to the second."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontdesk.services.trends import codes
from frontdesk.services.trends.codes import US, ZoneInfo


def offsets_day_by_day(tz_name: str, first_year: int = 1990, last_year: int = 2100
                       ) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The plain way: the zone's offset at every UTC midnight, each change then bisected to
    the second."""
    tz = ZoneInfo(tz_name)

    def off(t: int) -> int:
        offset = datetime.fromtimestamp(t, UTC).astimezone(tz).utcoffset()
        assert offset is not None
        return int(offset.total_seconds())

    t = int(datetime(first_year, 1, 1, tzinfo=UTC).timestamp())
    end = int(datetime(last_year + 1, 1, 1, tzinfo=UTC).timestamp())
    starts, offs = [t], [off(t)]
    while t < end:
        nxt = t + 86_400
        if off(nxt) != offs[-1]:
            lo, hi = t, nxt
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if off(mid) == offs[-1]:
                    lo = mid
                else:
                    hi = mid
            starts.append(hi)
            offs.append(off(hi))
        t = nxt
    return tuple(s * US for s in starts), tuple(o * US for o in offs)


# Recife had summer time for one week of October 2000, Gaza's rules give week-long spells
# around Ramadan; Lord Howe moves by half an hour, Kathmandu and Chatham have odd offsets,
# Samoa skipped a whole day, Casablanca leaves summer time for Ramadan.
@pytest.mark.parametrize("tz_name", ["America/New_York", "America/Recife", "Asia/Gaza",
                                     "Australia/Lord_Howe", "Asia/Kathmandu",
                                     "Pacific/Chatham", "Pacific/Apia", "Africa/Casablanca",
                                     "Europe/London", "UTC"])
def test_offsets_finds_every_change_looking_every_day_finds(tz_name):
    assert codes.offsets.__wrapped__(tz_name) == offsets_day_by_day(tz_name)


def test_a_week_long_spell_of_summer_time_is_found():
    starts, offs = codes.offsets("America/Recife")
    changes = [(datetime.fromtimestamp(s // US, UTC), o // 3_600 // US)
               for s, o in zip(starts, offs, strict=True)]
    assert [c for c in changes if c[0].year == 2000 and c[0].month >= 3] == [
                     (datetime(2000, 10, 8, 3, tzinfo=UTC), -2),
                     (datetime(2000, 10, 15, 2, tzinfo=UTC), -3)]


def test_local_time_across_a_change():
    before = int(datetime(2026, 3, 8, 6, 59, 59, tzinfo=UTC).timestamp()) * US
    after = before + US  # 07:00 UTC: 03:00 EDT, one second after 01:59:59 EST
    assert codes.local_us(before, "America/New_York") - before == -5 * 3_600 * US
    assert codes.local_us(after, "America/New_York") - after == -4 * 3_600 * US
