"""The trends cache as a good neighbour: a build can be stopped part-way (closing never waits
for it), closing saves the snapshot only when it changed, and the background work runs the
build and the query planner's statistics on a lane of their own."""

from __future__ import annotations

import threading

from frontdesk.services.background import ANALYTICS, BackgroundWork
from frontdesk.services.trends.service import EXIT_SAVE_AFTER, TrendsService, TrendsStopped
from tests.helpers import at

WAIT_S = 15


def test_the_snapshot_is_saved_at_exit_only_when_the_cache_changed(practice, book):
    trends = practice.svc.trends
    book(practice.ana, at(2, 10))
    assert trends.prepare().startswith("built")  # built, and saved at once
    assert not trends.save_snapshot()  # nothing changed since: no 17 MB rewrite at exit
    book(practice.ben, at(2, 11))
    trends.refresh()  # patches the new place in
    assert trends.save_snapshot()
    assert not trends.save_snapshot()


def test_a_few_changes_at_exit_are_left_for_the_next_start_to_patch_in(practice, book, clock):
    trends = practice.svc.trends
    book(practice.ana, at(2, 10))
    first = trends.prepare()
    assert first.startswith("built")
    book(practice.ben, at(2, 11))
    before = trends.refresh()
    assert not trends.save_snapshot(at_least=EXIT_SAVE_AFTER)  # closing does not rewrite it
    again = TrendsService(trends.sessions, clock)  # the next start
    assert again.refresh() == before
    assert again.last_sync.startswith("loaded") and "patched 1 changed" in again.last_sync


def test_a_build_in_progress_stops_when_frontdesk_closes(practice, book):
    trends = practice.svc.trends
    book(practice.ana, at(2, 10))
    building, let_go = threading.Event(), threading.Event()

    def hold() -> None:
        building.set()
        let_go.wait(WAIT_S)

    trends.between_blocks = hold
    outcome: list[object] = []

    def prepare() -> None:
        try:
            outcome.append(trends.prepare())
        except TrendsStopped as exc:
            outcome.append(exc)

    worker = threading.Thread(target=prepare)
    worker.start()
    assert building.wait(WAIT_S)
    trends.stop()
    assert not trends.save_snapshot()  # does not wait for the build in progress
    let_go.set()
    worker.join(WAIT_S)
    assert len(outcome) == 1 and isinstance(outcome[0], TrendsStopped)
    assert trends.cache_size() == (0, 0)  # nothing half-built was kept


def test_the_planner_statistics_are_refreshed_daily_on_the_analytics_lane(services):
    work = BackgroundWork(services)
    work.start()
    try:
        jobs = {job.id: job for job in work.scheduler.get_jobs()}
    finally:
        work.stop()
    assert jobs["optimize"].executor == ANALYTICS
    assert jobs["optimize"].trigger.interval.total_seconds() == 24 * 3600
    assert jobs["replies"].executor == jobs["dispatch"].executor == "default"
