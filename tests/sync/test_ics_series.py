"""A Google Calendar export: a weekly series with an EXDATE, a moved and a cancelled instance,
a single in-person session and an all-day closure."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain import Modality
from frontdesk.domain.sync import ChangeSet, SourceStatus
from frontdesk.sync.ical import IcsConnector

FIXTURES = Path(__file__).parent / "fixtures" / "ics"
BOSTON = ZoneInfo("America/New_York")
SERIES = "5n2k8v0q3l7m1p9r4t6w8y0z2b@google.com"
WINDOW = (datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC))


def read(name: str, window: tuple[datetime, datetime] = WINDOW) -> ChangeSet:
    return IcsConnector(str(FIXTURES / name), default_tz=BOSTON).changes(None, *window)


@pytest.fixture(scope="module")
def google() -> ChangeSet:
    return read("google_weekly.ics")


def by_id(changes: ChangeSet) -> dict[str, object]:
    return {a.external_id: a for a in changes.appointments}


def test_each_occurrence_has_the_uid_and_its_original_start_in_utc(google):
    series_ids = [a.external_id for a in google.appointments if a.external_id.startswith(SERIES)]
    assert series_ids == [
        f"{SERIES}/20260223T140000Z",
        f"{SERIES}/20260302T140000Z",
        f"{SERIES}/20260309T130000Z",  # moved to Tuesday: keeps the Monday it replaces
        f"{SERIES}/20260323T130000Z",  # cancelled
        f"{SERIES}/20260330T130000Z",
        f"{SERIES}/20260406T130000Z",
        f"{SERIES}/20260413T130000Z",
    ]


def test_an_exdate_occurrence_is_simply_absent_and_the_feed_is_complete(google):
    assert f"{SERIES}/20260316T130000Z" not in by_id(google)
    assert google.complete is True
    assert google.deleted == ()


def test_the_moved_instance_has_its_new_time_and_its_own_version(google):
    moved = by_id(google)[f"{SERIES}/20260309T130000Z"]
    assert moved.start == datetime(2026, 3, 10, 11, 0, tzinfo=BOSTON)
    assert moved.end == datetime(2026, 3, 10, 11, 50, tzinfo=BOSTON)
    assert moved.start.tzinfo is UTC
    assert moved.status is SourceStatus.BOOKED
    assert moved.version == "1"
    assert moved.updated_at == datetime(2026, 3, 5, 8, 12, tzinfo=UTC)
    untouched = by_id(google)[f"{SERIES}/20260302T140000Z"]
    assert untouched.version == "0"
    assert untouched.updated_at == datetime(2026, 2, 15, 10, 15, tzinfo=UTC)


def test_a_cancelled_instance_is_cancelled_and_the_rest_are_booked(google):
    cancelled = by_id(google)[f"{SERIES}/20260323T130000Z"]
    assert cancelled.status is SourceStatus.CANCELLED
    booked = [a for a in google.appointments if a.status is SourceStatus.BOOKED]
    assert len(booked) == len(google.appointments) - 1


def test_an_all_day_closure_is_not_a_session_and_not_a_problem(google):
    assert not any("7q8w9e0r1t2y3u4i5o6p" in a.external_id for a in google.appointments)
    assert google.problems == ()


def test_a_single_event_keeps_its_uid_and_location(google):
    intake = by_id(google)["0a1b2c3d4e5f6g7h8i9j@google.com"]
    assert intake.start == datetime(2026, 3, 4, 19, 30, tzinfo=UTC)
    assert intake.location == "Calm Harbor Counseling, 12 Elm St, Room 3, Boston MA"
    assert intake.modality is Modality.IN_PERSON
    assert intake.telehealth_link == ""


def test_organizer_is_the_clinician_and_attendees_are_clients_by_email(google):
    assert [(c.external_id, c.name) for c in google.clinicians] == [
        ("amara.okafor@calmharbor.example", "Dr. Amara Okafor")
    ]
    clients = {c.external_id: c for c in google.clients}
    assert set(clients) == {"jane.doe@example.org", "marcus.lee@example.net"}
    jane = clients["jane.doe@example.org"]
    assert (jane.first_name, jane.last_name) == ("Jane", "Q. Doe")
    assert jane.email == "jane.doe@example.org"  # lower case, as the key
    first = by_id(google)[f"{SERIES}/20260223T140000Z"]
    assert first.clinician_id == "amara.okafor@calmharbor.example"
    assert first.client_ids == ("jane.doe@example.org",)  # the organizer's own ATTENDEE is not


def test_google_meet_link_makes_the_session_telehealth(google):
    first = by_id(google)[f"{SERIES}/20260223T140000Z"]
    assert first.telehealth_link == "https://meet.google.com/abc-defg-hij"
    assert first.modality is Modality.TELEHEALTH


def test_summary_and_description_are_never_copied(google):
    for appointment in google.appointments:
        fields = (appointment.type_name, appointment.location, appointment.cancel_reason,
                  appointment.telehealth_link, appointment.version)
        assert not any("therapy" in f or "panic" in f or "intake" in f for f in fields)
        assert appointment.type_name == ""


def test_window_is_half_open_on_start_times():
    start = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
    changes = read("google_weekly.ics", (start, datetime(2026, 3, 9, 13, 0, tzinfo=UTC)))
    assert [a.external_id for a in changes.appointments] == [
        f"{SERIES}/20260302T140000Z",
        "0a1b2c3d4e5f6g7h8i9j@google.com",
    ]


def test_the_same_feed_twice_gives_the_same_changeset_and_cursor():
    assert read("google_weekly.ics") == read("google_weekly.ics")


def test_a_naive_window_is_refused():
    with pytest.raises(ValueError, match="aware"):
        read("google_weekly.ics", (datetime(2026, 2, 1), datetime(2026, 5, 1)))
