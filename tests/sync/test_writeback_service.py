"""A client's answer written back to the EHR over real HTTP: "C" by text (or a confirmation
staff took by phone) sets the patient participant `accepted`, "X" cancels with the reason,
always with If-Match; a 412 after the EHR moved the session goes to staff; a server that
takes no updates is recorded once; a server that is down is tried again; nothing twice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from frontdesk.domain import Confirmation, ItemKind
from frontdesk.services.sync.writeback import CANCEL_TEXT, WRITE_SCOPE, wait_after
from frontdesk.sync.fhir import generate_private_key
from frontdesk.sync.fhir.smart import DEFAULT_SCOPE
from frontdesk.sync.fhir.writeback import CANCELLATION_SYSTEM
from tests.helpers import client_writes
from tests.sync.fhir_server import FhirTestServer
from tests.sync.writeback_kit import ANA_MOBILE, SOURCE, Synced, fill, pending_rows, sync_practice


@pytest.fixture
def ehr() -> Iterator[FhirTestServer]:
    with FhirTestServer() as server:
        fill(server)
        yield server


@pytest.fixture
def synced(practice, ehr, secret_store) -> Synced:
    return sync_practice(practice, ehr, secret_store)


def test_a_clients_c_reply_writes_accepted_back_with_if_match_and_only_once(synced,
                                                                             practice):
    client_writes(synced.svc, ANA_MOBILE, "C")
    assert synced.rows() == [("confirm", "pending", 0)]  # queued with the reply itself

    report = synced.run()

    assert report.written == 1
    assert synced.patient_status() == "accepted"
    assert synced.puts() == ['W/"1"']
    assert synced.version("a1") == "2"  # the EHR's new version, kept
    assert synced.rows() == [("confirm", "written", 1)]
    # Again: a second run, staff confirming once more: nothing is written.
    synced.run()
    synced.svc.schedule.set_confirmation(synced.appointment_id("a1"), practice.ana.id,
                                         Confirmation.CONFIRMED, "reception")
    synced.run()
    assert synced.puts() == ['W/"1"'] and synced.rows("a1") == [("confirm", "written", 1)]
    # A second "C" confirms her next session (the group on Thursday), not this one again.
    client_writes(synced.svc, ANA_MOBILE, "C")
    synced.run()
    assert synced.puts() == ['W/"1"'] and synced.rows("a1") == [("confirm", "written", 1)]
    assert synced.rows("g1") == [("confirm", "written", 1)]
    assert synced.patient_status("g1", "pt-ana") == "accepted"
    assert synced.patient_status("g1", "pt-ben") == "needs-action"


def test_staff_marking_a_session_confirmed_by_phone_is_written_back_too(synced, practice):
    aid = synced.appointment_id("a1")
    synced.svc.schedule.set_confirmation(aid, practice.ana.id, Confirmation.CONFIRMED,
                                         "reception")
    synced.svc.schedule.set_confirmation(aid, practice.ana.id, Confirmation.CONFIRMED,
                                         "reception")  # already confirmed: not queued again
    assert synced.rows() == [("confirm", "pending", 0)]
    synced.run()
    assert synced.patient_status() == "accepted" and len(synced.puts()) == 1


def test_a_cancel_by_reply_writes_the_status_and_the_official_reason(synced):
    client_writes(synced.svc, ANA_MOBILE, "X")
    synced.run()

    stored = synced.server.store.get("Appointment", "a1")
    assert stored["status"] == "cancelled"
    assert stored["cancelationReason"] == {
        "coding": [{"system": CANCELLATION_SYSTEM, "code": "pat-crs",
                    "display": "Patient: Canceled via automated reminder system"}],
        "text": CANCEL_TEXT}
    assert synced.puts() == ['W/"1"']
    assert synced.rows() == [("cancel", "written", 1)]


def test_a_cancel_replaces_a_confirmation_still_waiting(synced):
    client_writes(synced.svc, ANA_MOBILE, "C")
    client_writes(synced.svc, ANA_MOBILE, "X")
    assert synced.rows() == [("confirm", "superseded", 0), ("cancel", "pending", 0)]

    synced.run()

    assert synced.server.store.get("Appointment", "a1")["status"] == "cancelled"
    assert synced.patient_status() == "needs-action"  # the confirmation was never sent
    assert len(synced.puts()) == 1


def test_a_412_after_the_ehr_moved_the_session_goes_to_staff_and_overwrites_nothing(synced):
    server = synced.server
    real_fault = server.take_fault

    def someone_moves_it_first(method, path):
        if method == "PUT" and path == "Appointment/a1" and not server.puts_seen:
            server.puts_seen = True
            moved = server.store.get("Appointment", "a1")
            moved.update(start="2026-03-11T15:00:00Z", end="2026-03-11T15:50:00Z")
            server.store.put(moved)  # version 2: the PUT's If-Match (version 1) is stale
        return real_fault(method, path)

    server.puts_seen = False
    server.take_fault = someone_moves_it_first
    client_writes(synced.svc, ANA_MOBILE, "C")

    report = synced.run()

    assert report.conflicts == 1
    assert synced.puts() == ['W/"1"']  # refused with 412, re-read, not written again
    stored = server.store.get("Appointment", "a1")
    assert stored["start"] == "2026-03-11T15:00:00Z"
    assert synced.patient_status() == "needs-action"
    [(kind, note)] = synced.to_do()
    assert kind == ItemKind.SOURCE_WRITE_BACK.value
    assert note.startswith(f"{SOURCE} changed this session before FrontDesk could record the "
                           "client's confirmation: check it there (")
    assert synced.rows() == [("confirm", "conflict", 1)]
    synced.run()
    assert len(synced.puts()) == 1 and len(synced.to_do()) == 1


def test_a_server_that_takes_no_updates_is_recorded_once_and_left(synced, practice):
    synced.server.interactions["Appointment"].discard("update")
    client_writes(synced.svc, ANA_MOBILE, "C")

    report = synced.run()

    assert report.not_allowed == 1
    assert synced.rows() == [("confirm", "not_allowed", 1)]
    assert "CapabilityStatement" in synced.row().detail
    assert synced.puts() == [] and synced.to_do() == []
    asked = len(synced.server.seen)
    synced.svc.clock.advance(timedelta(hours=2))
    synced.run()
    assert len(synced.server.seen) == asked  # not asked again


def test_a_server_that_is_down_is_tried_again_later_and_then_written(synced):
    synced.server.inject(503, times=1000)
    client_writes(synced.svc, ANA_MOBILE, "C")

    report = synced.run()

    assert report.retrying == 1
    row = synced.row()
    assert (row.state.value, row.attempts) == ("pending", 1)
    assert row.next_attempt_at == synced.svc.clock.now() + timedelta(minutes=1)
    assert "HTTP 503" in row.detail
    tried = len(synced.server.seen)
    synced.run()  # not due yet: nothing asked
    assert len(synced.server.seen) == tried

    synced.server.faults.clear()
    synced.svc.clock.advance(timedelta(minutes=1))
    assert synced.run().written == 1
    assert synced.patient_status() == "accepted" and synced.puts() == ['W/"1"']
    assert synced.rows() == [("confirm", "written", 2)] and synced.to_do() == []


def test_a_day_of_failures_becomes_a_to_do_item(synced):
    synced.server.inject(503, times=10_000)
    client_writes(synced.svc, ANA_MOBILE, "X")
    synced.run()
    synced.svc.clock.advance(timedelta(hours=23))
    assert synced.run().retrying == 1
    synced.svc.clock.advance(timedelta(hours=1, minutes=1))

    assert synced.run().given_up == 1
    assert synced.rows() == [("cancel", "failed", 3)]
    [(kind, note)] = synced.to_do()
    assert kind == ItemKind.SOURCE_WRITE_BACK.value
    assert note.startswith(f"FrontDesk could not record the client's cancellation in {SOURCE} "
                           "for a day: record it there (")
    assert pending_rows(synced) == 0


def test_the_waits_double_from_a_minute_up_to_an_hour():
    assert [wait_after(n) for n in (1, 2, 3, 7, 8, 50)] == [
        timedelta(minutes=m) for m in (1, 2, 4, 60, 60, 60)]


def test_in_a_group_session_only_the_clients_own_place_changes(synced, practice):
    gid = synced.appointment_id("g1")
    synced.svc.schedule.set_confirmation(gid, practice.ben.id, Confirmation.CONFIRMED,
                                         "reception")
    synced.svc.schedule.cancel(gid, "FrontDesk (client's reply)", client_id=practice.ana.id,
                               client_reply=True)
    synced.run()

    stored = synced.server.store.get("Appointment", "g1")
    assert stored["status"] == "booked"  # the session goes on for the others
    assert synced.patient_status("g1", "pt-ben") == "accepted"
    assert synced.patient_status("g1", "pt-ana") == "declined"
    assert synced.rows() == [("confirm", "written", 1), ("cancel", "written", 1)]


def test_a_missing_token_is_a_failure_in_words_and_tried_again(synced, secret_store):
    synced.writeback.secrets.forget(SOURCE)
    client_writes(synced.svc, ANA_MOBILE, "C")
    synced.run()
    row = synced.row()
    assert row.state.value == "pending" and "keyring" in row.detail
    assert synced.server.seen == []


def test_smart_sign_in_asks_for_the_right_to_update_appointments(practice, ehr,
                                                                 secret_store):
    synced = sync_practice(practice, ehr, secret_store, smart_key=generate_private_key())
    client_writes(practice.svc, ANA_MOBILE, "C")
    synced.run()
    assert synced.patient_status() == "accepted"
    assert ehr.token_requests[-1]["scope"] == f"{DEFAULT_SCOPE} {WRITE_SCOPE}"
