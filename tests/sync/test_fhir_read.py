"""Reading appointments from a FHIR server over real HTTP: windows, paging, includes,
incremental runs, deletions, problems and time zones."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain import Language, Modality
from frontdesk.domain.sync import SourceStatus
from frontdesk.sync.fhir import FhirConnector
from tests.sync.fhir_kit import appointment, connect
from tests.sync.fhir_server import FhirTestServer

WEEK = (datetime(2025, 3, 3, tzinfo=UTC), datetime(2025, 3, 10, tzinfo=UTC))


@pytest.fixture
def server() -> Iterator[FhirTestServer]:
    with FhirTestServer() as running:
        running.store.load_examples()
        yield running


def week_of(server: FhirTestServer, count: int) -> None:
    """`count` appointments in the first week of March 2025, one an hour from Monday 09:00."""
    for n in range(count):
        start = datetime(2025, 3, 3, 9, tzinfo=UTC) + timedelta(hours=n)
        server.store.put(appointment(f"a{n}", start.isoformat(),
                                     (start + timedelta(minutes=50)).isoformat(),
                                     patient="f001" if n % 2 else "f201"))


def test_a_first_import_reads_the_window_across_pages_and_nothing_outside_it(server):
    week_of(server, 7)
    server.store.put(appointment("later", "2025-03-10T09:00:00Z", "2025-03-10T10:00:00Z"))
    connector = FhirConnector(connect(server), page_size=3, region="NL")

    changes = connector.changes(None, *WEEK)

    assert sorted(a.external_id for a in changes.appointments) == [f"a{n}" for n in range(7)]
    assert not changes.complete and not changes.deleted and not changes.problems
    searches = server.requests_to("Appointment")
    assert "date=ge2025-03-03T00%3A00%3A00.000Z&date=lt2025-03-10T00%3A00%3A00.000Z" in (
        searches[0].path)
    assert "_count=3" in searches[0].path
    assert len(server.requests_to("?_getpages=")) >= 2  # 7 at 3 a page: two next links


def test_next_links_are_followed_exactly_as_the_server_gives_them(server):
    week_of(server, 4)
    changes = FhirConnector(connect(server), page_size=2).changes(None, *WEEK)
    assert len(changes.appointments) == 4
    followed = server.requests_to("?_getpages=")
    assert followed
    # the server's links carry a part the connector could not have made up
    assert all("&_bundletype=searchset" in s.path for s in followed)


def test_included_patients_and_practitioners_are_not_read_again(server):
    week_of(server, 4)
    changes = FhirConnector(connect(server), region="NL").changes(None, *WEEK)

    assert {c.external_id for c in changes.clients} == {"f001", "f201"}
    assert [c.name for c in changes.clinicians] == ["Dr Adam Careful"]
    assert server.requests_to("Patient/") == [] and server.requests_to("Practitioner/") == []
    pieter = next(c for c in changes.clients if c.external_id == "f001")
    assert (pieter.first_name, pieter.last_name, pieter.mobile, pieter.email) == (
        "Pieter", "van de Heuvel", "+31648352638", "p.heuvel@gmail.com")


def test_without_include_each_participant_is_read_by_reference_once(server):
    server.honour_include = False
    week_of(server, 6)
    changes = FhirConnector(connect(server), region="NL").changes(None, *WEEK)

    assert {c.external_id for c in changes.clients} == {"f001", "f201"}
    assert sorted(s.path for s in server.requests_to("Patient/")) == [
        "Patient/f001", "Patient/f201"]
    assert [s.path for s in server.requests_to("Practitioner/")] == ["Practitioner/example"]


def test_a_participant_the_server_does_not_have_is_a_problem_not_a_failure(server):
    server.honour_include = False
    server.store.put(appointment("a1", "2025-03-04T09:00:00Z", "2025-03-04T10:00:00Z",
                                 patient="gone"))
    changes = FhirConnector(connect(server)).changes(None, *WEEK)
    assert [a.external_id for a in changes.appointments] == ["a1"]
    assert [p.resource for p in changes.problems] == ["Patient/gone"]


def test_an_incremental_run_returns_only_what_changed(server):
    week_of(server, 5)
    connector = FhirConnector(connect(server), region="NL")
    first = connector.changes(None, *WEEK)
    assert len(first.appointments) == 5

    server.store.advance(minutes=1)
    moved = server.store.get("Appointment", "a2")
    moved.update(start="2025-03-05T15:00:00Z", end="2025-03-05T15:50:00Z")
    server.store.put(moved)
    second = connector.changes(first.cursor, *WEEK)

    assert [(a.external_id, a.start) for a in second.appointments] == [
        ("a2", datetime(2025, 3, 5, 15, tzinfo=UTC))]
    assert second.appointments[0].version == "2"
    assert "_lastUpdated=ge" in server.requests_to("Appointment?")[-1].path
    assert connector.changes(second.cursor, *WEEK).appointments == ()


def test_a_change_stamped_just_before_the_cursor_is_still_found(server):
    """A slow transaction commits after the search with an earlier lastUpdated."""
    week_of(server, 2)
    connector = FhirConnector(connect(server))
    first = connector.changes(None, *WEEK)
    late = server.store.get("Appointment", "a1")
    late["status"] = "cancelled"
    server.store.put(late, at=server.store.now - timedelta(seconds=30))

    second = connector.changes(first.cursor, *WEEK)
    assert [(a.external_id, a.status) for a in second.appointments] == [
        ("a1", SourceStatus.CANCELLED)]


def test_the_cursor_is_on_the_servers_clock(server):
    week_of(server, 1)
    server.store.advance(days=400)  # the server's clock, far from this computer's
    changes = FhirConnector(connect(server)).changes(None, *WEEK)
    assert json.loads(changes.cursor)["since"] == "2026-04-05T12:00:00.000Z"


def test_a_deletion_comes_from_history(server):
    week_of(server, 3)
    connector = FhirConnector(connect(server))
    first = connector.changes(None, *WEEK)
    server.store.advance(minutes=1)
    server.store.delete("Appointment", "a1")

    second = connector.changes(first.cursor, *WEEK)
    assert second.deleted == ("a1",) and second.appointments == ()
    assert server.requests_to("Appointment/_history?_since=")
    assert connector.changes(second.cursor, *WEEK).deleted == ()


def test_without_history_deletions_are_left_to_the_status(server):
    server.interactions["Appointment"].discard("history-type")
    week_of(server, 2)
    connector = FhirConnector(connect(server))
    first = connector.changes(None, *WEEK)
    server.store.advance(minutes=1)
    server.store.delete("Appointment", "a0")
    cancelled = server.store.get("Appointment", "a1")
    cancelled.update(status="cancelled", cancelationReason={"coding": [{
        "system": "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason",
        "code": "pat", "display": "Patient"}]})
    server.store.put(cancelled)

    second = connector.changes(first.cursor, *WEEK)
    assert second.deleted == ()
    assert server.requests_to("Appointment/_history") == []
    [record] = second.appointments
    assert (record.status, record.cancel_reason) == (SourceStatus.CANCELLED, "Patient")


def test_a_malformed_appointment_is_skipped_and_named_while_the_rest_syncs(server):
    week_of(server, 3)
    broken = appointment("bad", "2025-03-04T09:00:00Z", "2025-03-04T10:00:00Z",
                         minutesDuration="forty (ask Jane Roe)")
    server.store.put(broken, raw=True)

    changes = FhirConnector(connect(server)).changes(None, *WEEK)
    assert sorted(a.external_id for a in changes.appointments) == ["a0", "a1", "a2"]
    [problem] = changes.problems
    assert problem.resource == "Appointment/bad"
    assert "minutesDuration" in problem.reason
    assert "forty" not in problem.reason and "Jane" not in problem.reason


def test_nine_in_new_york_is_the_right_instant_on_both_sides_of_the_march_change(server):
    zone = ZoneInfo("America/New_York")
    for day in (7, 10):  # Friday before and Monday after 9 March 2025
        start = datetime(2025, 3, day, 9, tzinfo=zone)
        server.store.put(appointment(f"d{day}", start.isoformat(),
                                     (start + timedelta(minutes=50)).isoformat()))
    changes = FhirConnector(connect(server)).changes(
        None, datetime(2025, 3, 7, tzinfo=UTC), datetime(2025, 3, 11, tzinfo=UTC))

    starts = {a.external_id: a.start for a in changes.appointments}
    assert starts == {"d7": datetime(2025, 3, 7, 14, tzinfo=UTC),
                      "d10": datetime(2025, 3, 10, 13, tzinfo=UTC)}
    assert all(s.tzinfo is UTC for s in starts.values())


def test_the_official_examples_map_as_the_spec_describes_them(server):
    changes = FhirConnector(connect(server), region="AU").changes(
        None, datetime(2013, 12, 1, tzinfo=UTC), datetime(2013, 12, 31, tzinfo=UTC))

    records = {a.external_id: a for a in changes.appointments}
    assert set(records) == {"example", "2docs"}
    booked = records["example"]
    assert (booked.start, booked.end) == (datetime(2013, 12, 10, 9, tzinfo=UTC),
                                          datetime(2013, 12, 10, 11, tzinfo=UTC))
    assert (booked.status, booked.client_ids, booked.clinician_id) == (
        SourceStatus.BOOKED, ("example",), "example")
    assert (booked.type_name, booked.location, booked.modality) == (
        "General Discussion", "South Wing, second floor", None)
    assert records["2docs"].clinician_id == "example"  # the first of two practitioners
    [peter] = changes.clients
    assert (peter.first_name, peter.last_name, peter.preferred_name) == (
        "Peter", "Chalmers", "Jim")
    assert peter.mobile is None and "landline" in peter.phone_problem
    assert peter.language is None
    assert [c.name for c in changes.clinicians] == ["Dr Adam Careful"]
    assert [p.resource for p in changes.problems] == []  # examplereq has no time: not asked


def test_a_telehealth_link_from_the_virtual_service_extension(server):
    server.store.put(appointment(
        "tele", "2025-03-04T09:00:00Z", "2025-03-04T10:00:00Z", patient="f201",
        extension=[{"url": "http://hl7.org/fhir/5.0/StructureDefinition/"
                           "extension-Appointment.virtualService",
                    "extension": [{"url": "channelType", "valueCoding": {"code": "zoom"}},
                                  {"url": "addressUrl",
                                   "valueUrl": "https://example.zoom.us/j/123"}]}]))
    patient = server.store.get("Patient", "f201")
    patient["communication"] = [{"language": {"coding": [{"code": "es-MX"}]},
                                 "preferred": True}]
    server.store.put(patient)

    changes = FhirConnector(connect(server)).changes(None, *WEEK)
    [record] = changes.appointments
    assert (record.telehealth_link, record.modality) == (
        "https://example.zoom.us/j/123", Modality.TELEHEALTH)
    assert changes.clients[0].language is Language.SPANISH
