"""Broken input: a broken event among good ones, a file cut short, and files that are not
iCalendar at all. Messages never carry the event's text."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from frontdesk.sync.errors import SyncError
from frontdesk.sync.ical import IcsConnector

FIXTURES = Path(__file__).parent / "fixtures" / "ics"
WINDOW = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))
NAMES = ("Bella", "Carl", "Dana", "Eve", "Finn", "Gina", "Hugo", "Ivy", "Stone")


def read(path: Path):
    return IcsConnector(str(path), default_tz=ZoneInfo("America/New_York")).changes(None, *WINDOW)


def test_broken_events_are_problems_and_the_good_ones_sync():
    changes = read(FIXTURES / "broken_mixed.ics")
    assert [a.external_id for a in changes.appointments] == [
        "good-1@ehr.calmharbor.example", "good-2@ehr.calmharbor.example",
    ]
    assert {(p.resource, p.reason) for p in changes.problems} == {
        ("VEVENT #7", "no UID, so it cannot be tracked"),
        ("VEVENT no-start@ehr.calmharbor.example", "no DTSTART"),
        ("VEVENT bad-zone@ehr.calmharbor.example",
         "DTSTART names a time zone 'Mars/Olympus_Mons' that is not known"),
        ("VEVENT backwards@ehr.calmharbor.example", "DTEND is not after DTSTART"),
        ("VEVENT bad-rule@ehr.calmharbor.example",
         "RRULE could not be read (the whole series was left out)"),
    }
    assert changes.complete is True
    for problem in changes.problems:
        assert not any(name in problem.reason for name in NAMES)


def test_a_file_cut_short_keeps_the_whole_events_and_is_not_complete():
    changes = read(FIXTURES / "cut_short.ics")
    assert [a.external_id for a in changes.appointments] == ["first@ehr.calmharbor.example"]
    assert changes.complete is False  # events after the cut must not be taken as removed
    resources = [p.resource for p in changes.problems]
    assert resources == ["VEVENT second@ehr.calmharbor.example", "VCALENDAR"]
    assert "cut short" in changes.problems[0].reason


def test_a_web_page_is_refused_with_words_for_it():
    with pytest.raises(SyncError) as raised:
        read(FIXTURES / "login_page.html")
    assert raised.value.kind == "malformed"
    message = str(raised.value)
    assert "not an iCalendar" in message and "web page" in message and "login" in message
    assert "password" not in message


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"", "empty"),
        (b'{"events": []}', "JSON"),
        (b"Subject,Start Date\r\nJane Doe,2026-03-05\r\n", "BEGIN:VCALENDAR"),
    ],
)
def test_other_files_that_are_not_icalendar(tmp_path, body, words):
    path = tmp_path / "feed.ics"
    path.write_bytes(body)
    with pytest.raises(SyncError) as raised:
        read(path)
    assert raised.value.kind == "malformed"
    assert words in str(raised.value)
    assert "Jane" not in str(raised.value)


def test_a_calendar_whose_every_event_is_unreadable_is_malformed_as_a_whole(tmp_path):
    path = tmp_path / "feed.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n"
        b"SUMMARY:Jane Doe\r\nDTSTART:20260305T1500"
    )
    with pytest.raises(SyncError) as raised:
        read(path)
    assert raised.value.kind == "malformed"
    assert "none of its events could be read" in str(raised.value)
    assert "Jane" not in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__context__ is None


def test_a_missing_file_is_not_found(tmp_path):
    with pytest.raises(SyncError) as raised:
        read(tmp_path / "gone.ics")
    assert raised.value.kind == "not_found"
    assert "not found" in str(raised.value)
