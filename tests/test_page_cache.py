"""How much memory the connections' page caches may hold: each pooled connection keeps its
cache while it waits in the pool, so the pool's total is bounded, and a connection that
reads the whole file once (an integrity check, a first Trends build) gets a small one."""

from __future__ import annotations

import os
import random
import threading
from datetime import date

from sqlalchemy import text

from frontdesk.models import database
from frontdesk.models.database import connect
from frontdesk.services.integrity import page_problems
from frontdesk.services.trends import bulk
from tests.test_trends import generate

POOL_BUDGET_KIB = 64 * 1024  # every pooled connection's page cache together


def cache_kib(conn) -> int:
    """A connection's page cache limit in KiB (cache_size is negative when given in KiB)."""
    size = int(conn.execute(text("PRAGMA cache_size")).scalar_one()) if hasattr(
        conn, "exec_driver_sql") else int(conn.execute("PRAGMA cache_size").fetchone()[0])
    assert size < 0, "the page cache is given in KiB, not in pages"
    return -size


def test_the_pools_page_caches_together_stay_within_the_budget(services):
    engine = services.engine
    with engine.connect() as conn:
        per_connection = cache_kib(conn)
    most_connections = engine.pool.size() + engine.pool._max_overflow
    assert most_connections * per_connection <= POOL_BUDGET_KIB


def test_a_connection_that_reads_the_file_once_has_a_small_cache(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "check.db"
    made = connect(path, key)
    made.execute("CREATE TABLE t (x)")
    made.close()
    scan_kib = getattr(database, "SCAN_CACHE_KIB", None)
    assert scan_kib is not None and scan_kib < getattr(database, "POOL_CACHE_KIB", 0)
    scan = connect(path, key, cache_kib=scan_kib)
    try:
        assert cache_kib(scan) == scan_kib
    finally:
        scan.close()
    backup_copy = connect(path, key, read_only=True)
    try:
        assert cache_kib(backup_copy) == scan_kib
    finally:
        backup_copy.close()
    assert page_problems(path, key) == []


def test_a_first_build_reads_through_a_small_cache_and_gives_the_pool_size_back(practice):
    generate(practice, random.Random(7), 40, date(2025, 10, 20), 30)
    seen: list[int] = []
    with practice.svc.engine.connect() as conn:
        assert cache_kib(conn) == database.POOL_CACHE_KIB

        def between() -> None:  # after each block: on this thread the connection is idle
            if threading.current_thread() is threading.main_thread():
                seen.append(cache_kib(conn))

        places = bulk.read_all(conn, None, between)
        assert len(places["att"]) > 0
        assert seen and set(seen) == {database.SCAN_CACHE_KIB}
        assert cache_kib(conn) == database.POOL_CACHE_KIB
