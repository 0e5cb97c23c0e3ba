"""The write-back as the app runs it: a background job every minute on the sync lane (never
the safety work's), through the services' own keyring entry for the source."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from frontdesk.services.background import SYNC, BackgroundWork, write_back
from frontdesk.services.container import Services
from frontdesk.services.credentials import CredentialStore
from tests.helpers import client_writes
from tests.sync.fhir_server import FhirTestServer
from tests.sync.writeback_kit import ANA_MOBILE, Synced, fill, sync_practice


@pytest.fixture
def services(vault, clock, secret_store):
    """As the app builds them: with the keyring (the demo and most tests have none)."""
    opened = vault.create()
    svc = Services.build(opened.engine, clock, credentials=CredentialStore(secret_store))
    yield svc
    svc.close()


@pytest.fixture
def synced(practice, secret_store) -> Iterator[Synced]:
    with FhirTestServer() as server:
        fill(server)
        yield sync_practice(practice, server, secret_store)


def test_the_job_runs_every_minute_on_the_sync_lane(services):
    work = BackgroundWork(services)
    work.start()
    try:
        jobs = {job.id: job for job in work.scheduler.get_jobs()}
    finally:
        work.stop()
    assert jobs["write-back"].executor == SYNC
    assert jobs["write-back"].trigger.interval.total_seconds() == 60
    assert jobs["replies"].executor == jobs["dispatch"].executor == "default"


def test_the_job_writes_with_the_sources_secret_from_the_keyring(synced, services):
    assert services.writeback is services.writeback
    client_writes(services, ANA_MOBILE, "C")
    write_back(services)
    assert synced.patient_status() == "accepted"
    assert synced.rows() == [("confirm", "written", 1)]
