"""Write-back over real HTTP: a confirmation and a cancellation, always with If-Match, and
what happens when the EHR changed the appointment meanwhile."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from frontdesk.domain.sync import WriteOutcome
from frontdesk.sync.fhir import FhirWriteBack
from frontdesk.sync.fhir.writeback import CANCELLATION_REASONS, CANCELLATION_SYSTEM
from tests.sync.fhir_kit import appointment, connect
from tests.sync.fhir_server import FhirTestServer
from tests.sync.fhir_store import example


@pytest.fixture
def server() -> Iterator[FhirTestServer]:
    with FhirTestServer() as running:
        running.store.load_examples()
        running.store.put(appointment("a1", "2025-03-04T09:00:00Z", "2025-03-04T10:00:00Z"))
        yield running


def patient_status(server: FhirTestServer, rid: str = "a1") -> str:
    stored = server.store.get("Appointment", rid)
    return next(p["status"] for p in stored["participant"]
                if p["actor"]["reference"].startswith("Patient/"))


def edit_in_the_ehr(server: FhirTestServer, **fields: str) -> None:
    current = server.store.get("Appointment", "a1")
    current.update(fields)
    server.store.put(current)


def test_a_confirmation_sets_the_patient_participant_accepted_with_if_match(server):
    result = FhirWriteBack(connect(server)).confirm("a1")

    assert (result.outcome, result.version) == (WriteOutcome.WRITTEN, "2")
    assert patient_status(server) == "accepted"
    [put] = server.requests_to("Appointment/a1", "PUT")
    assert put.headers["If-Match"] == 'W/"1"'
    practitioner = server.store.get("Appointment", "a1")["participant"][1]
    assert practitioner["status"] == "accepted" and practitioner["type"]  # left as it was


def test_confirming_what_is_already_accepted_writes_nothing(server):
    result = FhirWriteBack(connect(server)).confirm("example")  # the official example
    assert result.outcome is WriteOutcome.WRITTEN and result.detail == "already so in the EHR"
    assert server.requests_to("Appointment/example", "PUT") == []


def test_a_412_is_re_read_and_the_change_applied_again(server, monkeypatch):
    writer = FhirWriteBack(connect(server))
    real_read = writer._read

    def read_then_someone_edits(rid):
        found = real_read(rid)
        if len(server.requests_to("Appointment/a1", "PUT")) == 0 and len(
                server.requests_to("Appointment/a1")) == 1:
            edit_in_the_ehr(server, comment="room changed")  # same start, still booked
        return found

    monkeypatch.setattr(writer, "_read", read_then_someone_edits)
    result = writer.confirm("a1")

    assert result.outcome is WriteOutcome.WRITTEN and result.version == "3"
    puts = server.requests_to("Appointment/a1", "PUT")
    assert [p.headers["If-Match"] for p in puts] == ['W/"1"', 'W/"2"']
    stored = server.store.get("Appointment", "a1")
    assert stored["comment"] == "room changed" and patient_status(server) == "accepted"


def test_a_412_after_the_ehr_moved_the_appointment_is_a_conflict(server, monkeypatch):
    writer = FhirWriteBack(connect(server))
    real_read = writer._read

    def read_then_moved(rid):
        found = real_read(rid)
        if len(server.requests_to("Appointment/a1")) == 1:
            edit_in_the_ehr(server, start="2025-03-05T09:00:00Z", end="2025-03-05T10:00:00Z")
        return found

    monkeypatch.setattr(writer, "_read", read_then_moved)
    result = writer.confirm("a1")

    assert result.outcome is WriteOutcome.CONFLICT
    assert "changed in the EHR" in result.detail
    assert patient_status(server) == "needs-action"
    assert len(server.requests_to("Appointment/a1", "PUT")) == 1


def test_no_update_in_the_capability_statement_means_not_allowed(server):
    server.interactions["Appointment"].discard("update")
    result = FhirWriteBack(connect(server)).confirm("a1")
    assert result.outcome is WriteOutcome.NOT_ALLOWED
    assert "CapabilityStatement" in result.detail
    assert server.requests_to("Appointment/a1", "PUT") == []


def test_a_cancellation_writes_the_status_and_an_official_reason(server):
    result = FhirWriteBack(connect(server)).cancel("a1", "pat-crs", "Replied C to cancel")

    assert result.outcome is WriteOutcome.WRITTEN
    stored = server.store.get("Appointment", "a1")
    assert stored["status"] == "cancelled"
    assert stored["cancelationReason"] == {
        "coding": [{"system": CANCELLATION_SYSTEM, "code": "pat-crs",
                    "display": "Patient: Canceled via automated reminder system"}],
        "text": "Replied C to cancel"}
    assert server.requests_to("Appointment/a1", "PUT")[0].headers["If-Match"] == 'W/"1"'


def test_a_confirmation_of_what_the_ehr_cancelled_is_a_conflict(server):
    edit_in_the_ehr(server, status="cancelled")
    result = FhirWriteBack(connect(server)).confirm("a1")
    assert result.outcome is WriteOutcome.CONFLICT and "cancelled" in result.detail


def test_a_deleted_appointment_is_a_conflict_and_a_dead_server_a_failure(server):
    writer = FhirWriteBack(connect(server))
    server.store.delete("Appointment", "a1")
    assert writer.confirm("a1").outcome is WriteOutcome.CONFLICT
    server.inject(500, path="Appointment/example", times=10)
    failed = writer.confirm("example")
    assert failed.outcome is WriteOutcome.FAILED and "HTTP 500" in failed.detail


def test_the_reason_codes_are_those_of_the_official_code_system():
    system = example("codesystem-appointment-cancellation-reason.json")

    def walk(concepts):
        for concept in concepts:
            yield concept["code"], concept["display"]
            yield from walk(concept.get("concept", []))

    assert system["url"] == CANCELLATION_SYSTEM
    assert dict(walk(system["concept"])) == CANCELLATION_REASONS


def test_an_unknown_reason_code_is_refused_before_anything_is_sent(server):
    with pytest.raises(ValueError):
        FhirWriteBack(connect(server)).cancel("a1", "because")
    assert server.requests_to("Appointment/a1") == []
    assert json.loads(json.dumps(server.store.get("Appointment", "a1")))["status"] == "booked"
