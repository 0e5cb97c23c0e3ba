"""A calendar whose sync keeps failing shows on the main window's health bar (its new
bookings get no reminders meanwhile), in the source's words and with no client data; a short
failure, a paused source or a run that works again clears it. Real HTTP on loopback."""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk.services.sync import SyncFailed
from tests.helpers import at
from tests.sync.sync_run_kit import (  # noqa: F401 (services, server: fixtures)
    TOKEN,
    fill,
    server,
    services,
)

EHR = "OpenEMR"


def _sync_lines(svc) -> list[str]:
    return [p for p in svc.health.background_health().problems if "Calendar sync" in p]


def test_a_source_failing_for_three_of_its_runs_is_said_until_it_works_again(
        practice, server, clock):
    svc = practice.svc
    fill(server, ("a-1", at(10, 15)))
    svc.sync.add_source(EHR, "fhir", {"base_url": server.base_url, "auth": "bearer",
                                      "interval_minutes": 15})
    svc.sync.set_secret(EHR, TOKEN)
    assert svc.sync.run_source(EHR).text() == "1 new"  # works at 8:00
    svc.sync.set_secret(EHR, "a-token-the-server-no-longer-takes-000")
    clock.advance(timedelta(minutes=15))
    with pytest.raises(SyncFailed):
        svc.sync.run_source(EHR)
    assert _sync_lines(svc) == []  # one failed run: not yet the desk's worry
    clock.advance(timedelta(minutes=31))  # 46 minutes without a good run (3 x 15 = 45)
    with pytest.raises(SyncFailed):
        svc.sync.run_source(EHR)
    [line] = _sync_lines(svc)
    assert line.startswith("Calendar sync from OpenEMR has not worked since 8:00 AM: ")
    assert "refused" in line and "get no reminders" in line
    assert "Ana" not in line and "Lindqvist" not in line
    svc.sync.enable(EHR, False)  # paused on purpose: nothing to warn about
    assert _sync_lines(svc) == []
    svc.sync.enable(EHR, True)
    assert len(_sync_lines(svc)) == 1
    svc.sync.set_secret(EHR, TOKEN)
    svc.sync.run_source(EHR)
    assert _sync_lines(svc) == []


def test_a_source_that_never_worked_is_said_after_half_an_hour(practice, server, clock):
    svc = practice.svc
    svc.sync.add_source(EHR, "fhir", {"base_url": server.base_url, "auth": "bearer",
                                      "interval_minutes": 5})
    svc.sync.set_secret(EHR, "not-the-token-0000000000000000000")
    with pytest.raises(SyncFailed):
        svc.sync.run_source(EHR)
    clock.advance(timedelta(minutes=29))
    assert _sync_lines(svc) == []
    clock.advance(timedelta(minutes=2))
    [line] = _sync_lines(svc)
    assert line.startswith("Calendar sync from OpenEMR has not worked yet: ")
