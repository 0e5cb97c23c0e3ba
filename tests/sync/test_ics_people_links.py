"""Attendees and organizers from an Outlook export, and how a session's video link is found."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain import Modality
from frontdesk.sync.ical import IcsConnector
from frontdesk.sync.ical.links import session_link
from frontdesk.sync.ical.people import split_name, valid_email

FIXTURES = Path(__file__).parent / "fixtures" / "ics"
WINDOW = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))
INTAKE_UID = (
    "040000008200E00074C5B7101A82E00800000000B0E2A3F1D8A6DC01000000000000000"
    "0100000004F1C6E5B8A1D2E4FAE3B7C9D0E1F2A3B"
)


@pytest.fixture(scope="module")
def outlook():
    connector = IcsConnector(
        str(FIXTURES / "outlook_export.ics"), default_tz=ZoneInfo("America/New_York")
    )
    return connector.changes(None, *WINDOW)


def test_chair_rooms_and_the_organizer_are_not_clients(outlook):
    intake = outlook.appointments[0]
    assert intake.external_id == INTAKE_UID  # a folded UID line, unfolded
    assert intake.clinician_id == "sam.rivera@calmharbor.example"
    assert intake.client_ids == ("john.doe@example.com",)


def test_a_client_seen_twice_is_one_record_named_from_the_display_name(outlook):
    assert len(outlook.clients) == 1
    john = outlook.clients[0]
    assert (john.external_id, john.first_name, john.last_name) == (
        "john.doe@example.com", "John", "Doe"  # "Doe, John"; the other event's CN is the address
    )
    assert outlook.appointments[1].client_ids == ("john.doe@example.com",)
    assert [c.external_id for c in outlook.clinicians] == ["sam.rivera@calmharbor.example"]


def test_an_attendee_without_a_valid_address_is_dropped_with_a_problem(outlook):
    assert len(outlook.problems) == 1
    problem = outlook.problems[0]
    assert problem.resource == f"VEVENT {INTAKE_UID}"
    assert "no valid e-mail address" in problem.reason
    assert "Pat" not in problem.reason and "not-an-address" not in problem.reason


def test_categories_give_the_type_and_teams_in_the_description_the_link(outlook):
    intake, follow_up = outlook.appointments
    assert intake.type_name == "Intake"
    assert intake.modality is Modality.TELEHEALTH
    assert intake.telehealth_link.startswith(
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZTk2YzEt"
    )
    assert intake.telehealth_link.endswith("%7d")  # stops at the closing '>'
    assert intake.version == "3"
    assert follow_up.modality is Modality.IN_PERSON
    assert follow_up.location == "Calm Harbor Counseling, Suite 210"
    assert follow_up.type_name == ""


def test_a_location_that_is_an_address_is_the_link_and_not_a_place():
    changes = IcsConnector(
        str(FIXTURES / "dst_weekly.ics"), default_tz=ZoneInfo("America/New_York")
    ).changes(None, *WINDOW)
    first = changes.appointments[0]
    assert first.telehealth_link == "https://doxy.me/drokafor"
    assert first.location == ""
    assert first.type_name == "Individual therapy"  # the first of two categories


def test_zoom_in_the_description_but_not_an_ehr_page_in_url():
    changes = IcsConnector(
        str(FIXTURES / "floating.ics"), default_tz=ZoneInfo("America/Chicago")
    ).changes(None, *WINDOW)
    plain, zoom = changes.appointments
    assert plain.telehealth_link == "" and plain.modality is None
    assert zoom.telehealth_link == "https://us02web.zoom.us/j/81234567890?pwd=QWxhZGRpbjpvcGVu"
    assert zoom.modality is Modality.TELEHEALTH


@pytest.mark.parametrize(
    ("conference", "location", "url", "description", "expected"),
    [
        (["https://meet.google.com/xyz"], "", "", "", "https://meet.google.com/xyz"),
        ([], "https://example.org/any-room", "", "", "https://example.org/any-room"),
        ([], "Zoom https://zoom.us/j/1 (pw 9)", "", "", "https://zoom.us/j/1"),
        ([], "", "https://app.ehr.example/appt/7", "", ""),
        ([], "", "https://acme.webex.com/meet/dr", "", "https://acme.webex.com/meet/dr"),
        ([], "", "", "see https://evilzoom.us.example.com/x", ""),
        ([], "", "", "Join: https://doxy.me/dr-lee.", "https://doxy.me/dr-lee"),
        ([], "Room 4", "", "", ""),
    ],
)
def test_session_link_rules(conference, location, url, description, expected):
    assert session_link(conference, location, url, description) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jane Doe", ("Jane", "Doe")),
        ("Doe, Jane", ("Jane", "Doe")),
        ("  Cher  ", ("Cher", "")),
        ("jane@example.org", ("", "")),
        ("", ("", "")),
    ],
)
def test_split_name(name, expected):
    assert split_name(name) == expected


def test_valid_email_lowercases_and_refuses_junk():
    assert valid_email("Jane.Doe@Example.ORG") == "jane.doe@example.org"
    assert valid_email("not-an-address") is None
    assert valid_email("") is None
