"""Trends and the client import are built on first use (the window's start-up never needs
them); closing before then builds nothing, and a Trends service built after closing began
is already stopped, so no build can hold the exit up."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from frontdesk.services.background import BackgroundWork
from frontdesk.services.trends.service import TrendsStopped
from tests.helpers import at


def test_one_instance_each_built_when_first_asked_for(services):
    assert services.stop_trends() is None  # nothing used Trends: nothing to stop or save
    assert services.trends is services.trends
    assert services.client_import is services.client_import
    assert services.stop_trends() is services.trends


def test_a_trends_build_asked_for_after_closing_stops_at_once(practice, book):
    book(practice.ana, at(2, 10))
    assert practice.svc.stop_trends() is None
    with pytest.raises(TrendsStopped):
        practice.svc.trends.prepare()


def test_the_background_work_builds_the_trends_service_off_the_window_thread(services, clock):
    clock.advance(datetime.now(UTC) - clock.now())  # the cache's own job stays 20 s away
    work = BackgroundWork(services)
    work.start()
    try:
        deadline = time.monotonic() + 15
        while services.stop_trends() is None and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        work.stop()
    assert services.stop_trends() is not None
    assert [job for job in work.scheduler.get_jobs() if job.id == "trends-load"] == []  # ran
