"""`frontdesk sync` as IT runs it: a real process on a practice's data folder, its keyring
the session's real one (as the app's), a FHIR server on loopback."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from frontdesk.clock import SystemClock
from frontdesk.domain import Channel, ConsentStatus
from frontdesk.paths import AppPaths
from frontdesk.services.container import Services
from frontdesk.services.credentials import CredentialStore
from frontdesk.services.dto import ClientInput
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault
from tests.helpers import BOSTON
from tests.sync.fhir_server import FhirTestServer
from tests.sync.sync_run_kit import TOKEN, fill, outbox, put_session, start_of
from tests.test_cli import frontdesk


def coming(days: int, hour: int) -> datetime:
    """A time `days` from today (the process reads its window from the real clock)."""
    day = datetime.now(BOSTON).date() + timedelta(days=days)
    return datetime.combine(day, time(hour), tzinfo=BOSTON).astimezone(UTC)


@pytest.fixture
def folder(tmp_path):
    """A practice's data folder made here, with the keyring `frontdesk` itself uses; the
    keyring entries it made are removed afterwards."""
    secrets = SecretStore()
    vault = Vault(AppPaths(tmp_path).ensure(), secrets)
    opened = vault.create()
    svc = Services.build(opened.engine, SystemClock(), credentials=CredentialStore(secrets))
    svc.practice.store_recovery_code(opened.recovery_code)
    yield tmp_path, svc
    for source in svc.sync.sources():
        svc.sync.remove_source(source.name)
    svc.close()
    secrets.delete(vault.key_name)


def test_no_database_no_sync_and_none_is_made(tmp_path):
    result = frontdesk("sync", "--once", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "There is no FrontDesk database" in result.stderr
    assert not (tmp_path / "frontdesk.db").exists()


def test_sync_once_reads_due_sources_then_a_named_one_and_says_what_failed(folder):
    data, svc = folder
    ana = svc.clients.create(ClientInput("Ana", "Lindqvist", mobile="(617) 555-0111",
                                         email="ana@example.org"), "test")
    svc.clients.set_consent(ana.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")
    with FhirTestServer() as server:
        server.bearer_tokens.add(TOKEN)
        fill(server, ("a-1", coming(3, 15)), ("a-2", coming(5, 11)))
        svc.sync.add_source("OpenEMR", "fhir", {"base_url": server.base_url,
                                                "auth": "bearer"})
        svc.sync.set_secret("OpenEMR", TOKEN)
        first = frontdesk("sync", "--once", "--data-dir", str(data))
        assert first.returncode == 0, first.stderr
        assert first.stdout.strip() == "OpenEMR: 2 new"
        assert TOKEN not in first.stdout + first.stderr
        assert start_of(svc, "a-1") == coming(3, 15)
        assert any(r[1] == "planned" for r in outbox(svc, "a-1"))
        # Not due again for 15 minutes; --source reads it now, without --once too.
        server.store.advance(minutes=30)
        put_session(server, "a-1", coming(4, 9))
        idle = frontdesk("sync", "--data-dir", str(data))
        assert idle.returncode == 0 and "No source was due" in idle.stdout
        moved = frontdesk("sync", "--source", "OpenEMR", "--data-dir", str(data))
        assert (moved.returncode, moved.stdout.strip()) == (0, "OpenEMR: 1 moved"), moved.stderr
        assert start_of(svc, "a-1") == coming(4, 9)
        # A refused token: that source failed, in words; exit 1.
        svc.sync.add_source("Old EHR", "fhir", {"base_url": server.base_url,
                                                "auth": "bearer"})
        svc.sync.set_secret("Old EHR", "a-token-the-ehr-revoked")
        failed = frontdesk("sync", "--once", "--data-dir", str(data))
        assert failed.returncode == 1
        assert failed.stdout.startswith("Old EHR: FAILED: Old EHR: The FHIR server at 127.0.0.1")
        assert "revoked" not in failed.stdout + failed.stderr
        unknown = frontdesk("sync", "--source", "Nope", "--data-dir", str(data))
        assert unknown.returncode == 2 and "Sources: Old EHR, OpenEMR." in unknown.stderr
        listing = frontdesk("sync", "--list", "--data-dir", str(data))
    assert listing.returncode == 0
    lines = listing.stdout.splitlines()
    assert lines[0].startswith("Old EHR (fhir, on, 127.0.0.1:") and "error: Old EHR" in lines[0]
    assert lines[1].startswith("OpenEMR (fhir, on, 127.0.0.1:") and lines[1].endswith("1 moved")
    assert "/fhir" not in listing.stdout  # hosts only: an address may carry a token
