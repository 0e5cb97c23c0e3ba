"""Time zones: DST weeks, Google's UTC series with X-WR-TIMEZONE, Outlook's Windows zone names
(with and without a VTIMEZONE block), floating times and an unknown zone."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from frontdesk.domain.sync import ChangeSet
from frontdesk.sync.ical import IcsConnector

FIXTURES = Path(__file__).parent / "fixtures" / "ics"
BOSTON = ZoneInfo("America/New_York")
CHICAGO = ZoneInfo("America/Chicago")
YEAR = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def read(name: str, zone: ZoneInfo = BOSTON, window=YEAR) -> ChangeSet:
    return IcsConnector(str(FIXTURES / name), default_tz=zone).changes(None, *window)


def test_a_weekly_nine_oclock_stays_nine_local_across_both_dst_changes():
    changes = read("dst_weekly.ics")
    starts = [a.start for a in changes.appointments]
    assert len(starts) == 41  # Mondays from 23 Feb to 30 Nov 2026
    assert all(s.tzinfo is UTC for s in starts)
    assert {s.astimezone(BOSTON).time().isoformat() for s in starts} == {"09:00:00"}
    utc_hours = {s.date().isoformat(): s.hour for s in starts}
    assert utc_hours["2026-03-02"] == 14  # EST, before Sunday 8 March
    assert utc_hours["2026-03-09"] == 13  # EDT, the day after
    assert utc_hours["2026-10-26"] == 13  # EDT, before Sunday 1 November
    assert utc_hours["2026-11-02"] == 14  # EST again
    ids = [a.external_id for a in changes.appointments]
    assert "series-dst-42@ehr.calmharbor.example/20260309T130000Z" in ids
    assert "series-dst-42@ehr.calmharbor.example/20261102T140000Z" in ids


def test_google_series_written_in_utc_repeats_in_the_calendars_zone():
    changes = read("google_utc_series.ics", zone=CHICAGO)
    assert [a.start for a in changes.appointments] == [
        datetime(2026, 3, 2, 14, 0, tzinfo=UTC),
        datetime(2026, 3, 9, 13, 0, tzinfo=UTC),  # still 09:00 in New York after the change
        datetime(2026, 3, 16, 13, 0, tzinfo=UTC),
    ]


def test_outlook_windows_zone_names_with_and_without_vtimezone():
    changes = read("outlook_export.ics")
    assert [a.start for a in changes.appointments] == [
        datetime(2026, 3, 5, 10, 0, tzinfo=BOSTON),  # "Eastern Standard Time", VTIMEZONE given
        # "Pacific Standard Time" with no VTIMEZONE: mapped to America/Los_Angeles (PDT)
        datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("America/Los_Angeles")),
    ]
    assert changes.appointments[1].start == datetime(2026, 3, 10, 16, 0, tzinfo=UTC)


def test_floating_times_are_read_in_the_default_zone():
    changes = read("floating.ics", zone=CHICAGO)
    first, second = changes.appointments
    assert first.start == datetime(2026, 3, 5, 21, 0, tzinfo=UTC)  # 15:00 CST
    assert second.start == datetime(2026, 3, 10, 20, 0, tzinfo=UTC)  # 15:00 CDT
    assert second.end - second.start == (datetime(2026, 1, 1, 0, 45) - datetime(2026, 1, 1))
    in_boston = read("floating.ics", zone=BOSTON)
    assert in_boston.appointments[0].start == datetime(2026, 3, 5, 20, 0, tzinfo=UTC)


def test_floating_times_follow_the_calendars_own_zone_when_it_names_one(tmp_path):
    body = (FIXTURES / "floating.ics").read_bytes().replace(
        b"VERSION:2.0\r\n", b"VERSION:2.0\r\nX-WR-TIMEZONE:America/Los_Angeles\r\n"
    )
    path = tmp_path / "floating_la.ics"
    path.write_bytes(body)
    changes = IcsConnector(str(path), default_tz=BOSTON).changes(None, *YEAR)
    assert changes.appointments[0].start == datetime(2026, 3, 5, 23, 0, tzinfo=UTC)


def test_an_unknown_zone_is_a_problem_not_a_guess():
    changes = read("broken_mixed.ics")
    assert not any(a.external_id.startswith("bad-zone") for a in changes.appointments)
    reasons = {p.resource: p.reason for p in changes.problems}
    assert "Mars/Olympus_Mons" in reasons["VEVENT bad-zone@ehr.calmharbor.example"]
    assert "not known" in reasons["VEVENT bad-zone@ehr.calmharbor.example"]
