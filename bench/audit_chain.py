"""Time the audit trail's hash chain on a long trail: verifying it, and the migration chaining it.

    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/audit_chain.py

Makes two throw-away encrypted databases in --data-dir (default: a temporary folder), each with
--entries audit entries (default 1,000,000) shaped like FrontDesk's (a reschedule's detail, a
client view), then:

1. chain: the entries written through `frontdesk.services.audit.link` in batches (the bulk path
   the demo history uses), one transaction;
2. verify: `audit_chain.verify` over the whole trail (what start-up's check and `frontdesk
   audit verify` do): seconds and entries per second; then, in a second run under
   tracemalloc (several times slower), the Python memory it peaked at: flat, whatever the
   length, since rows are read in batches;
3. migrate: a database at the revision before the chain (3b8e1d6a9c27) with the same number of
   unchained entries, brought to head by `migrate.upgrade` (its backup copy, the new columns,
   the chaining of every existing row in batches), then verified.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alembic import command

from frontdesk.models import migrate
from frontdesk.models.database import open_engine, writer
from frontdesk.services import audit, audit_chain

BEFORE_CHAIN = "3b8e1d6a9c27"
BATCH = 20_000
INSERT = ("INSERT INTO audit_entry (id, at, actor, action, entity, entity_id, detail, "
          "account_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
INSERT_OLD = ("INSERT INTO audit_entry (at, actor, action, entity, entity_id, detail) "
              "VALUES (?, ?, ?, ?, ?, ?)")


def entries(n: int):
    """n entries' fields, a batch at a time (at as the stored text)."""
    start = datetime(2021, 1, 4, 9, tzinfo=UTC)
    batch = []
    for i in range(n):
        at = start + timedelta(seconds=97 * i)
        if i % 3:
            row = dict(at=at.replace(tzinfo=None).isoformat(" ", "microseconds"),
                       actor=f"Staff {i % 7} (#{i % 7 + 1})", action="view_client",
                       entity="client", entity_id=i % 5000 + 1, detail="")
        else:
            row = dict(at=at.replace(tzinfo=None).isoformat(" ", "microseconds"),
                       actor="front desk", action="reschedule", entity="appointment",
                       entity_id=i + 1, detail=f"from={at.isoformat()} to="
                                               f"{(at + timedelta(days=7)).isoformat()}")
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def chained_database(path: Path, n: int) -> tuple[object, float]:
    engine = open_engine(path, os.urandom(32))
    migrate.upgrade(engine, path, path.parent / "backups")
    started = time.perf_counter()
    with writer(engine).begin() as conn:
        for batch in entries(n):
            audit.link(conn, batch)
            conn.exec_driver_sql(INSERT, [(r["id"], r["at"], r["actor"], r["action"],
                                           r["entity"], r["entity_id"], r["detail"],
                                           r["account_id"], r["prev_hash"], r["hash"])
                                          for r in batch])
    return engine, time.perf_counter() - started


def old_database(path: Path, n: int):
    engine = open_engine(path, os.urandom(32))
    cfg = migrate.alembic_config()
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, BEFORE_CHAIN)
    with writer(engine).begin() as conn:
        for batch in entries(n):
            conn.exec_driver_sql(INSERT_OLD, [(r["at"], r["actor"], r["action"], r["entity"],
                                               r["entity_id"], r["detail"]) for r in batch])
    return engine


def timed_verify(engine) -> tuple[audit_chain.ChainReport, float]:
    started = time.perf_counter()
    report = audit_chain.verify(engine)
    return report, time.perf_counter() - started


def verify_memory(engine) -> int:
    """The Python memory a verification peaks at (tracemalloc slows it down several times)."""
    tracemalloc.start()
    audit_chain.verify(engine)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--data-dir", type=Path, help="where the throw-away databases go")
    args = ap.parse_args()
    folder = args.data_dir or Path(tempfile.mkdtemp(prefix="audit-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    n = args.entries
    try:
        engine, seconds = chained_database(folder / "chained.db", n)
        print(f"chain (audit.link, bulk): {n:,} entries in {seconds:.1f} s")
        report, seconds = timed_verify(engine)
        print(f"verify: {report.summary()} {seconds:.1f} s ({n / seconds:,.0f} entries/s)")
        print(f"verify's Python memory peak (tracemalloc, a second run): "
              f"{verify_memory(engine) / 2**20:.1f} MiB")
        engine.dispose()
        size = (folder / "chained.db").stat().st_size
        print(f"database: {size / 2**20:.0f} MiB")
        if not report.ok:
            return 1
        engine = old_database(folder / "old.db", n)
        started = time.perf_counter()
        migrate.upgrade(engine, folder / "old.db", folder / "backups")
        seconds = time.perf_counter() - started
        report, _ = timed_verify(engine)
        print(f"migrate {BEFORE_CHAIN} -> head (backup copy, columns, chaining {n:,} "
              f"existing entries): {seconds:.1f} s; then {report.summary()}")
        engine.dispose()
        return 0 if report.ok else 1
    finally:
        if args.data_dir is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
