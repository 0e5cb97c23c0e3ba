"""The first build's bulk reader against the row-by-row one it replaced, and the snapshot
saved in parts.

The row-by-row reader (`source.read_all`, still what patches use per appointment) is the
yardstick: on a varied generated practice the bulk reader must give the same place rows,
column for column, in blocks of any size, with one connection or two, and when a time was
stored without its fraction of a second.
"""

from __future__ import annotations

import random
import threading
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest
from sqlalchemy import func, select, text

from frontdesk.models import StatsDirty, StatsSnapshot
from frontdesk.models.database import Sessions
from frontdesk.services.trends import TrendsService, bulk, snapshot, source
from frontdesk.services.trends.cache import PlaceCache
from tests.test_trends import check, fresh, generate, local


@pytest.fixture
def trends(services, clock) -> TrendsService:
    return TrendsService(Sessions(services.engine), clock)  # writers as the app's: IMMEDIATE


@pytest.fixture
def generated(practice, clock):
    rng = random.Random(13)
    generate(practice, rng, 300, date(2025, 10, 20), 160)
    clock.set(local(2026, 3, 12, 15, 0))
    return practice


def by_attendee(columns: dict[str, np.ndarray]) -> dict[str, list[int]]:
    order = np.argsort(columns["att"], kind="stable")
    return {name: columns[name][order].tolist() for name in source.COLUMNS}


def both_readers(trends: TrendsService, two: bool) -> tuple[dict, dict]:
    @contextmanager
    def more():
        with trends.sessions() as other:
            yield other.connection()

    with trends.sessions() as s:
        old = source.read_all(s.connection())
        new = bulk.read_all(s.connection(), more if two else None, lambda: None)
    return by_attendee(old), by_attendee(new)


@pytest.mark.parametrize("block", [bulk.BLOCK_IDS, 37])
@pytest.mark.parametrize("two", [False, True], ids=["one connection", "two connections"])
def test_bulk_reader_equals_the_row_by_row_reader(generated, trends, monkeypatch, block, two):
    monkeypatch.setattr(bulk, "BLOCK_IDS", block)
    old, new = both_readers(trends, two)
    assert len(old["att"]) > 300
    assert {name: len(set(v)) > 1 for name, v in old.items()} == {
        name: True for name in source.COLUMNS}  # every column varies: a real comparison
    assert new == old


def test_edge_times_are_read_the_same(generated, trends):
    """Times stored without their fraction of a second, and reminders that went exactly at
    the start (not before it)."""
    with trends.sessions.begin() as s:
        s.execute(text("UPDATE outbox_message SET sent_at = (SELECT a.start_at FROM "
                       "appointment a WHERE a.id = appointment_id) WHERE id % 5 = 0 "
                       "AND state IN ('sent', 'delivered', 'undelivered', 'failed')"))
        s.execute(text("UPDATE attendee SET booked_at = substr(booked_at, 1, 19) "
                       "WHERE id % 3 = 0"))
        s.execute(text("UPDATE outbox_message SET due_at = substr(due_at, 1, 19) "
                       "WHERE id % 4 = 0"))
    old, new = both_readers(trends, two=True)
    assert new == old


@pytest.mark.parametrize("when", [
    datetime(1970, 1, 1, tzinfo=UTC), datetime(2000, 2, 29, 23, 59, 59, 999_999, tzinfo=UTC),
    datetime(2024, 12, 31, 12, 0, 0, 1, tzinfo=UTC), datetime(2100, 3, 1, tzinfo=UTC),
    datetime(1969, 12, 31, 23, 0, tzinfo=UTC), datetime(2026, 3, 8, 7, 0, tzinfo=UTC)])
def test_time_texts_become_the_same_microseconds(when):
    stored = when.replace(tzinfo=None).isoformat(" ", "microseconds")
    expected = (when - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)
    assert bulk.micros_of_text(stored * 2, 2).tolist() == [expected, expected]
    with pytest.raises(bulk.Misshapen):
        bulk.micros_of_text(stored[:19], 1)


def test_the_build_gives_the_same_figures_as_before(generated, trends):
    report = check(trends)  # the cache (bulk reader) against plain SQL
    assert trends.last_sync.startswith("built")
    with trends.sessions() as s:
        old = source.read_all(s.connection())
    seq = trends._cache.seq
    rebuilt = PlaceCache(report.timezone)
    rebuilt.build(old, seq)
    for name, values in rebuilt.cols.items():
        assert np.array_equal(values[: rebuilt.n], trends._cache[name]), name


# ---- the snapshot in parts -------------------------------------------------------------------
def rows(trends: TrendsService) -> int:
    with trends.sessions() as s:
        return s.scalar(select(func.count()).select_from(StatsSnapshot))


def test_the_snapshot_is_written_in_parts_and_old_parts_go(generated, trends, clock,
                                                           monkeypatch, book):
    monkeypatch.setattr(snapshot, "PART_BYTES", 1_000)
    monkeypatch.setattr(snapshot, "PAUSE_SECONDS", 0)
    first = trends.refresh()  # built and saved at once
    with trends.sessions() as s:
        saved = snapshot.head(s)
        assert saved is not None and len(saved.parts) > 3
        assert s.scalar(select(func.count()).select_from(StatsDirty)) == 0
    assert rows(trends) == len(saved.parts) + 1
    again = TrendsService(trends.sessions, clock)
    assert again.refresh() == first and again.last_sync.startswith("loaded")
    who, (ana, *_) = fresh(generated, 1)
    book(ana, local(2026, 3, 12, 9), clinician=who)
    again.refresh()
    assert again.save_snapshot()
    with trends.sessions() as s:
        newer = snapshot.head(s)
        assert newer is not None and not set(newer.parts) & set(saved.parts)
    assert rows(trends) == len(newer.parts) + 1  # the older parts were deleted
    check(TrendsService(trends.sessions, clock))


def test_a_missing_part_means_a_rebuild_not_wrong_figures(generated, trends, clock,
                                                         monkeypatch):
    monkeypatch.setattr(snapshot, "PART_BYTES", 1_000)
    monkeypatch.setattr(snapshot, "PAUSE_SECONDS", 0)
    trends.refresh()
    with trends.sessions.begin() as s:
        saved = snapshot.head(s)
        s.execute(text(f"DELETE FROM stats_snapshot WHERE id = {saved.parts[1]}"))
    again = TrendsService(trends.sessions, clock)
    check(again)
    assert again.last_sync.startswith("built")


def test_a_save_that_loses_to_a_newer_one_changes_nothing(generated, trends, clock,
                                                          monkeypatch):
    monkeypatch.setattr(snapshot, "PAUSE_SECONDS", 0)
    trends.refresh()
    with trends.sessions() as s:
        saved = snapshot.head(s)
    data = trends._cache.to_bytes()
    assert not snapshot.save(trends.sessions, clock, data, saved.seq - 1, saved.version,
                             saved.timezone)
    with trends.sessions() as s:
        assert snapshot.head(s) == saved
    assert rows(trends) == len(saved.parts) + 1  # the losing parts were deleted


def test_other_writers_get_in_between_the_parts(generated, trends, monkeypatch):
    """A writer that starts while the snapshot is being saved commits before the save
    ends (it does not wait for all of it)."""
    monkeypatch.setattr(snapshot, "PART_BYTES", 500)
    monkeypatch.setattr(snapshot, "PAUSE_SECONDS", 0.05)
    trends.refresh()
    trends._unsaved = 1
    done: list[datetime] = []

    def save() -> None:
        assert trends.save_snapshot()
        done.append(datetime.now(UTC))

    saver = threading.Thread(target=save)
    saver.start()
    wrote = None
    while saver.is_alive() and wrote is None:
        with trends.sessions.begin() as s:
            if s.scalar(select(func.count()).select_from(StatsSnapshot)) > 2:
                s.execute(text("UPDATE practice_settings SET session_fee_cents = 12345"))
                wrote = datetime.now(UTC)
    saver.join(30)
    assert wrote is not None and done and wrote < done[0]
