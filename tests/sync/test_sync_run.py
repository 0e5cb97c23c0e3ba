"""Sources that run: a source's settings and its secret in the keyring make its connector,
`run_source` reads it over its window, and `run_due` reads each enabled source whose interval
has passed. Real SQLCipher files, the real keyring, real HTTP on loopback."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from frontdesk.domain import MessageState, Step
from frontdesk.models import Appointment, AuditEntry, SyncSource
from frontdesk.models.base import Base
from frontdesk.services.container import Services
from frontdesk.services.credentials import CredentialStore
from frontdesk.services.errors import NotFoundError, ValidationError
from frontdesk.services.sync import SyncFailed
from frontdesk.services.sync.service import SyncDropped
from tests.helpers import at
from tests.sync.sync_run_kit import (  # noqa: F401 (services, server: fixtures)
    TOKEN,
    consent,
    fill,
    ics_file,
    outbox,
    put_session,
    server,
    services,
    start_of,
)

EHR = "OpenEMR"


def bearer_source(svc, server, name: str = EHR, token: str = TOKEN) -> None:
    svc.sync.add_source(name, "fhir", {"base_url": server.base_url, "auth": "bearer"})
    svc.sync.set_secret(name, token)


def test_a_fhir_source_with_a_bearer_token_syncs_and_follows_a_move(practice, server, clock):
    svc = practice.svc
    consent(practice)
    fill(server, ("a-1", at(10, 15)), ("a-2", at(12, 11)))
    bearer_source(svc, server)
    assert svc.sync.run_source(EHR).text() == "2 new"
    assert start_of(svc, "a-1") == at(10, 15)
    rows = outbox(svc, "a-1")
    # The first import: reminders planned; the booking confirmation settled, never sent.
    assert (Step.BOOKING_CONFIRMATION, MessageState.SKIPPED.value,
            "booked before FrontDesk synced it", at(10, 15)) in rows
    assert any(step == Step.CONFIRMATION_REQUEST and state == MessageState.PLANNED.value
               for step, state, _, _ in rows)
    # The EHR moves a-1; the next run reads only what changed and re-anchors its reminders.
    server.store.advance(minutes=30)
    put_session(server, "a-1", at(11, 9))
    clock.advance(timedelta(minutes=20))
    assert svc.sync.run_source(EHR).text() == "1 moved"
    assert start_of(svc, "a-1") == at(11, 9)
    live = [r for r in outbox(svc, "a-1") if r[1] == MessageState.PLANNED.value]
    assert live and all(anchor == at(11, 9) for *_, anchor in live)
    assert any(r[1] == MessageState.WITHDRAWN.value for r in outbox(svc, "a-1"))
    info = svc.sync.source(EHR)
    assert (info.last_error, info.last_summary, info.last_ok_at) == ("", "1 moved",
                                                                     clock.now())


def test_a_smart_source_signs_in_with_the_key_it_made_and_keeps_it_in_the_keyring(
        practice, server, secret_store):
    svc = practice.svc
    fill(server, ("a-1", at(10, 15)))
    svc.sync.add_source(EHR, "fhir", {"base_url": server.base_url, "client_id": "fd-1"})
    jwks = json.loads(svc.sync.make_smart_key(EHR))
    assert [k["alg"] for k in jwks["keys"]] == ["ES384"] and "d" not in jwks["keys"][0]
    assert json.loads(svc.sync.public_jwks(EHR)) == jwks  # shown again, the same
    with pytest.raises(SyncFailed, match="refused FrontDesk's signed request"):
        svc.sync.run_source(EHR)  # IT has not registered it yet
    server.register("fd-1", jwks)
    assert svc.sync.run_source(EHR).text() == "1 new"
    assert server.token_requests and server.token_requests[-1]["claims"]["iss"] == "fd-1"
    pem = secret_store.get(svc.sync.secrets.entry(EHR))
    assert pem and pem.startswith("-----BEGIN PRIVATE KEY-----")
    body = pem.splitlines()[1]
    with svc.sessions() as s:  # not one row of any table holds any of it
        for table in Base.metadata.sorted_tables:
            for row in s.execute(select(table)):
                assert "PRIVATE KEY" not in repr(row) and body not in repr(row)
        settings = json.loads(s.scalar(select(SyncSource.settings)))
    assert settings == {"base_url": server.base_url, "client_id": "fd-1", "auth": "smart",
                        "algorithm": "ES384"}


def test_an_ics_file_source(practice, tmp_path):
    svc = practice.svc
    path = ics_file(tmp_path, "uid-1@tests", at(10, 15))
    svc.sync.add_source("Calendar", "ics", {"path": str(path)})
    assert svc.sync.run_source("Calendar").text() == "1 new"
    with svc.sessions() as s:
        a = s.scalar(select(Appointment).where(Appointment.source == "Calendar"))
        assert a.start_at == at(10, 15) and a.clinician_id == practice.okafor.id


def test_a_refused_token_fails_that_source_in_words_and_the_others_still_run(
        practice, server, tmp_path):
    svc = practice.svc
    fill(server, ("a-1", at(10, 15)))
    bearer_source(svc, server, "A refusing EHR", token="not-the-token")
    svc.sync.add_source("Calendar", "ics", {"path": str(ics_file(tmp_path, "u@t", at(9, 9)))})
    runs = {run.name: run for run in svc.sync.run_due()}
    assert runs["Calendar"].ok and runs["Calendar"].words == "1 new"
    refused = runs["A refusing EHR"]
    assert not refused.ok and "refused" in refused.words and TOKEN not in refused.words
    info = svc.sync.source("A refusing EHR")
    assert info.last_error == refused.words and info.last_ok_at is None
    assert "not-the-token" not in info.last_error
    assert start_of(svc, "a-1") is None  # nothing from it


def test_run_due_respects_intervals_and_enabled(practice, server, clock, tmp_path):
    svc = practice.svc
    fill(server, ("a-1", at(10, 15)))
    bearer_source(svc, server)  # every 15 minutes
    svc.sync.add_source("Calendar", "ics", {"path": str(ics_file(tmp_path, "u@t", at(9, 9))),
                                            "interval_minutes": 60})
    svc.sync.add_source("Off", "ics", {"path": str(tmp_path / "calendar.ics")})
    svc.sync.enable("Off", False)
    svc.sync.add_source("Imports", "csv")
    assert sorted(run.name for run in svc.sync.run_due()) == ["Calendar", EHR]
    clock.advance(timedelta(minutes=14))
    assert svc.sync.run_due() == []
    clock.advance(timedelta(minutes=1))
    assert [run.name for run in svc.sync.run_due()] == [EHR]
    clock.advance(timedelta(minutes=45))
    assert sorted(run.name for run in svc.sync.run_due()) == ["Calendar", EHR]
    assert sorted(run.name for run in svc.sync.run_due(every=True)) == ["Calendar", EHR]
    assert svc.sync.source("Off").last_run_at is None
    with pytest.raises(ValidationError, match="turned off"):
        svc.sync.run_source("Off")


def test_a_source_without_what_it_needs_fails_in_words(practice, server):
    svc = practice.svc
    svc.sync.add_source(EHR, "fhir", {"base_url": server.base_url, "auth": "bearer"})
    with pytest.raises(SyncFailed, match="access token is not in this computer's keyring"):
        svc.sync.run_source(EHR)
    svc.sync.add_source("Half", "fhir", {"auth": "bearer"})
    svc.sync.set_secret("Half", TOKEN)
    with pytest.raises(SyncFailed, match="base address is not set"):
        svc.sync.run_source("Half")
    assert "base address is not set" in svc.sync.source("Half").last_error


def test_a_run_that_another_sync_overtook_is_dropped_and_records_no_error(practice, server,
                                                                          clock):
    """Two FrontDesks on one database read the same source at once: the later commit is
    dropped, and the source shows the first one's good state, not an error."""
    svc = practice.svc
    fill(server, ("a-1", at(10, 15)))
    bearer_source(svc, server)
    inner = []

    class Overtaken:
        def changes(self, cursor, window_start, window_end):
            inner.append(svc.sync.run_source(EHR))  # the other FrontDesk, meanwhile
            from frontdesk.domain.sync import ChangeSet
            return ChangeSet("mine")

    with pytest.raises(SyncDropped):
        svc.sync.run_once(EHR, Overtaken(), at(3, 0), at(20, 0))
    info = svc.sync.source(EHR)
    assert inner[0].text() == "1 new"
    assert (info.last_error, info.last_summary) == ("", "1 new")
    run = svc.sync.try_source(EHR)  # and run_due reports a dropped run as no failure
    assert run.ok


def test_settings_are_checked_when_saved(practice, tmp_path):
    sync = practice.svc.sync
    for settings, words in (
            ({"base_url": "http://ehr.example.org/fhir"}, "plain http"),
            ({"base_url": "ftp://ehr.example.org"}, "not a web address"),
            ({"password": "x"}, "has no setting"),
            ({"past_days": -1}, "whole number"),
            ({"ca_bundle": str(tmp_path / "none.pem")}, "There is no file")):
        with pytest.raises(ValidationError, match=words):
            sync.add_source("EHR", "fhir", settings)
    with pytest.raises(ValidationError, match="not a time zone"):
        sync.add_source("Feed", "ics", {"url": "https://cal.example.org/a.ics",
                                        "timezone": "Mars/Olympus"})
    sync.add_source("Local EHR", "fhir", {"base_url": "http://127.0.0.1:8080/fhir"})
    sync.add_source("Feed", "ics", {"url": "webcal://cal.example.org/a.ics"})
    sync.update_settings("Feed", {"timezone": "Europe/Madrid", "interval_minutes": 30})
    sync.update_settings("Feed", {"interval_minutes": None})
    assert sync.source("Feed").settings == {"url": "webcal://cal.example.org/a.ics",
                                            "timezone": "Europe/Madrid"}
    with pytest.raises(ValidationError, match="not both"):
        sync.update_settings("Feed", {"path": str(ics_file(tmp_path, "u", at(9, 9)))})


def test_removing_a_source_forgets_its_secret_and_keeps_its_sessions(practice, server,
                                                                     secret_store):
    svc = practice.svc
    fill(server, ("a-1", at(10, 15)))
    bearer_source(svc, server)
    svc.sync.run_source(EHR)
    entry = svc.sync.secrets.entry(EHR)
    assert secret_store.get(entry) == TOKEN
    svc.sync.remove_source(EHR, actor="it")
    assert secret_store.get(entry) is None
    assert svc.sync.sources() == []
    with svc.sessions() as s:
        a = s.scalar(select(Appointment).where(Appointment.external_id == "a-1"))
        assert a.source == EHR and a.cancelled_at is None
        actions = [e.action for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "sync_source").order_by(AuditEntry.id))]
    assert actions == ["add_source", "set_source_secret", "sync", "remove_source"]
    with pytest.raises(NotFoundError):
        svc.sync.public_jwks(EHR)


def test_the_secret_of_one_database_is_not_another_databases(practice, tmp_path,
                                                             secret_store):
    """Two data folders with a source of the same name (a demo and a practice, two
    practices): each its own keyring entry."""
    from frontdesk.paths import AppPaths
    from frontdesk.services.vault import Vault

    other = Vault(AppPaths(tmp_path / "other").ensure(), secret_store).create()
    second = Services.build(other.engine, practice.svc.clock,
                            credentials=CredentialStore(secret_store))
    try:
        practice.svc.sync.add_source(EHR, "fhir")
        second.sync.add_source(EHR, "fhir")
        practice.svc.sync.set_secret(EHR, "first-token")
        second.sync.set_secret(EHR, "second-token")
        second.sync.remove_source(EHR)
        assert practice.svc.sync.secrets.get(EHR) == "first-token"
    finally:
        second.close()


def test_a_calendly_source_reads_with_the_token_in_the_keyring(practice):
    from tests.sync.calendly_server import TOKEN as CALENDLY_TOKEN
    from tests.sync.calendly_server import CalendlyServer, event, invitee

    svc = practice.svc
    with CalendlyServer() as server:
        server.state.add(event("EV1", "2026-03-10T20:00:00Z"),
                         invitee("EV1", "INV1", "ana@example.org"))
        svc.sync.add_source("Calendly", "calendly", {"base_url": server.url})
        with pytest.raises(SyncFailed, match="personal access token is not in"):
            svc.sync.run_source("Calendly")
        svc.sync.set_secret("Calendly", CALENDLY_TOKEN)
        assert svc.sync.run_source("Calendly").text() == "1 new"
        assert server.state.authorizations[-1] == f"Bearer {CALENDLY_TOKEN}"
    assert start_of(svc, "EV1") == at(10, 16)


def test_a_patients_new_mobile_reaches_the_client_with_no_appointment_change(
        practice, server, clock):
    svc = practice.svc
    consent(practice)
    fill(server, ("a-1", at(10, 15)))
    bearer_source(svc, server)
    assert svc.sync.run_source(EHR).text() == "1 new"
    server.store.advance(minutes=30)
    server.store.put({"resourceType": "Patient", "id": "p-ana", "name": [
        {"use": "official", "family": "Lindqvist", "given": ["Ana"]}], "telecom": [
        {"system": "phone", "value": "(617) 555-0199", "use": "mobile"},
        {"system": "email", "value": "ana@example.org"}]})
    server.store.put({"resourceType": "Patient", "id": "p-nobody", "name": [
        {"family": "Elsewhere", "given": ["Pat"]}]})  # no session here: not made a client
    clock.advance(timedelta(minutes=20))
    assert svc.sync.run_source(EHR).text() == "1 client' details updated"
    assert svc.clients.get(practice.ana.id).mobile == "+16175550199"
    assert [c.last_name for c in svc.clients.search("Elsewhere")] == []
    clock.advance(timedelta(minutes=20))
    assert svc.sync.run_source(EHR).text() == "no changes"  # the same again: nothing


def test_a_server_that_refuses_patient_searches_still_syncs_its_appointments(
        practice, server, clock):
    svc = practice.svc
    fill(server, ("a-1", at(10, 15)))
    server.interactions["Patient"].discard("search-type")
    bearer_source(svc, server)
    assert svc.sync.run_source(EHR).text() == "1 new"
    server.store.advance(minutes=30)
    put_session(server, "a-1", at(11, 9))
    clock.advance(timedelta(minutes=20))
    summary = svc.sync.run_source(EHR)
    assert summary.moved == 1 and start_of(svc, "a-1") == at(11, 9)
    assert any("patients' own details could not be read" in p for p in summary.problems)
