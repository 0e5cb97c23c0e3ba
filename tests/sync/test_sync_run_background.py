"""The background work reads the sources: every minute on a lane of its own (never the safety
work's), at once on Sync now, and a run waiting out a Retry-After ends when FrontDesk closes."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest

from frontdesk.services.background import SYNC, BackgroundWork
from frontdesk.services.container import Services
from frontdesk.services.credentials import CredentialStore
from tests.helpers import at
from tests.sync.fhir_server import FhirTestServer
from tests.sync.sync_run_kit import TOKEN, fill, ics_file

WAIT_S = 20


@pytest.fixture
def services(vault, clock, secret_store):
    opened = vault.create()
    svc = Services.build(opened.engine, clock, credentials=CredentialStore(secret_store))
    svc.practice.store_recovery_code(opened.recovery_code)
    yield svc
    svc.close()


def wait_for(condition) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_the_sync_job_runs_due_sources_on_its_own_lane_and_sync_now_runs_one_at_once(
        practice, clock, tmp_path):
    svc = practice.svc
    svc.sync.add_source("Calendar", "ics", {"path": str(ics_file(tmp_path, "u@t", at(9, 9)))})
    work = BackgroundWork(svc)
    assert not work.sync_now()  # not started: nothing queued
    work.start()
    try:
        jobs = {job.id: job for job in work.scheduler.get_jobs()}
        assert jobs["sync"].executor == SYNC
        assert jobs["sync"].trigger.interval == timedelta(minutes=1)
        assert jobs["replies"].executor == jobs["dispatch"].executor == "default"
        # The job's first run (its time, on the test clock, has passed): the source was due.
        wait_for(lambda: svc.sync.source("Calendar").last_ok_at is not None)
        first = svc.sync.source("Calendar")
        assert (first.last_run_at, first.last_summary) == (clock.now(), "1 new")
        clock.advance(timedelta(minutes=2))  # not due for 15 minutes; Sync now reads it
        assert work.sync_now("Calendar")
        wait_for(lambda: svc.sync.source("Calendar").last_run_at == clock.now())
    finally:
        work.stop()
    assert svc.sync.source("Calendar").last_summary == "no changes"


def test_closing_ends_a_sync_waiting_out_a_retry_after(practice, clock):
    svc = practice.svc
    with FhirTestServer() as server:
        server.bearer_tokens.add(TOKEN)
        fill(server, ("a-1", at(10, 15)))
        svc.sync.add_source("OpenEMR", "fhir", {"base_url": server.base_url, "auth": "bearer"})
        svc.sync.set_secret("OpenEMR", TOKEN)
        server.inject(429, path="Appointment", times=10, Retry_After="50")
        clock.advance(datetime.now(UTC) - clock.now())  # first runs spaced as in real life
        work = BackgroundWork(svc)
        work.start()
        try:
            assert work.sync_now("OpenEMR")
            wait_for(lambda: server.requests_to("Appointment"))
            time.sleep(0.2)  # into the wait
        finally:
            started = time.monotonic()
            work.stop()
        assert time.monotonic() - started < 5  # not the 50 s the server asked for
    info = svc.sync.source("OpenEMR")
    assert "FrontDesk was closing" in info.last_error and info.last_ok_at is None


def test_closing_ends_a_sync_now_from_the_screen_waiting_out_a_retry_after(practice):
    """The screen's Sync now runs on the task runner, not the sync lane: stop_sync ends it."""
    svc = practice.svc
    with FhirTestServer() as server:
        server.bearer_tokens.add(TOKEN)
        fill(server, ("a-1", at(10, 15)))
        svc.sync.add_source("OpenEMR", "fhir", {"base_url": server.base_url, "auth": "bearer"})
        svc.sync.set_secret("OpenEMR", TOKEN)
        server.inject(429, path="Appointment", times=10, Retry_After="50")
        outcome: list[object] = []
        worker = threading.Thread(target=lambda: outcome.append(svc.sync.try_source("OpenEMR")))
        worker.start()
        wait_for(lambda: server.requests_to("Appointment"))
        time.sleep(0.2)  # into the wait
        started = time.monotonic()
        svc.stop_sync()
        worker.join(10)
        assert time.monotonic() - started < 5 and not worker.is_alive()
    assert not outcome[0].ok and "FrontDesk was closing" in outcome[0].words
