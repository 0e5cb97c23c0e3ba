"""Time ScheduleService.day() on a history database, warm, in a process of its own.

    scripts/with-test-keyring .venv/bin/python bench/query_day.py --data-dir bench/out/history

Opens the database the way the app does (key from the keyring), warms up, then times
`runs` calls of `ScheduleService.day(today)` and of the busiest day, after 30 unmeasured
calls of each (the first ~25 calls run up to twice as slow). Prints one JSON
object: per day the row count, median and p95 in milliseconds, and the process's
peak memory (ru_maxrss). bench/run.py runs it and formats the result.

With --breakdown it also replays the service's own day query (captured with SQLAlchemy
events, not copied) as raw SQL on the DB-API cursor, through a Core connection and
through an ORM Session, to show which layer the time goes to (run.py asks for that in a
second process, so the peak memory above is the plain query's).
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy import event, text

from frontdesk.clock import SystemClock
from frontdesk.paths import AppPaths
from frontdesk.services.container import Services
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault, VaultState

BENCH_DIR = Path(__file__).resolve().parent
META_NAME = "bench-history.json"  # generate_history.META_NAME (not imported: it is heavier)


def ensure_key(data_dir: Path, meta: dict) -> None:
    """Make sure this session's keyring holds the database key, as the app expects.

    scripts/with-test-keyring makes a new keyring each time; the history's metadata keeps
    the recovery code (synthetic data only), so the key is put back as a user would.
    """
    vault = Vault(AppPaths(data_dir), SecretStore())
    if vault.state() is VaultState.KEY_MISSING:
        code = meta.get("recovery_code")
        if not code:
            raise SystemExit(f"The key for {data_dir} is not in the keyring and there is no "
                             f"recovery code in {META_NAME}; regenerate the history.")
        vault.recover(code).engine.dispose()


def busiest_day(svc: Services) -> date:
    """The practice-local day with the most schedule rows (from the metadata, else SQL)."""
    sql = text("SELECT substr(a.start_at, 1, 10) AS d, count(*) AS n FROM appointment a "
               "JOIN attendee t ON t.appointment_id = a.id GROUP BY d ORDER BY n DESC LIMIT 1")
    with svc.engine.connect() as conn:
        return date.fromisoformat(conn.execute(sql).one()[0])


def time_day(svc: Services, day: date, runs: int, warmup: int = 30) -> dict:
    for _ in range(warmup):
        rows = svc.schedule.day(day)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        rows = svc.schedule.day(day)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"day": day.isoformat(), "rows": len(rows), "runs": runs,
            "median_ms": round(statistics.median(times), 3),
            "p95_ms": round(times[math.ceil(0.95 * runs) - 1], 3),
            "min_ms": round(times[0], 3), "max_ms": round(times[-1], 3)}


def median_ms(fn, runs: int, warmup: int = 30) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 3)


def breakdown(svc: Services, day: date, runs: int) -> dict:
    """The day query at each layer: the service's own statement, captured, then replayed."""
    sessions = svc.schedule.sessions
    stmts, cursor_sql = [], []

    def on_orm(state):
        if state.is_select:
            stmts.append((state.statement, state.parameters))

    def on_cursor(_conn, _cursor, statement, parameters, _context, _many):
        cursor_sql.append((statement, parameters))

    event.listen(sessions, "do_orm_execute", on_orm)
    event.listen(svc.engine, "before_cursor_execute", on_cursor)
    try:
        svc.schedule.day(day)
    finally:
        event.remove(sessions, "do_orm_execute", on_orm)
        event.remove(svc.engine, "before_cursor_execute", on_cursor)
    stmt = max((st for st, _ in stmts), key=lambda st: len(st.selected_columns))  # the join
    others = [(st, p) for st, p in stmts if st is not stmt]  # settings, live places, ...
    sql, params = next((q, p) for q, p in cursor_sql if "JOIN attendee" in q)
    raw = svc.engine.raw_connection()
    try:
        cur = raw.cursor()
        sql_ms = median_ms(lambda: cur.execute(sql, params).fetchall(), runs)
    finally:
        raw.close()
    with svc.engine.connect() as conn:
        core_ms = median_ms(lambda: conn.execute(stmt).all(), runs)
    with sessions() as s:
        orm_ms = median_ms(lambda: s.execute(stmt).all(), runs)
    with sessions() as s:
        others_ms = median_ms(lambda: [s.execute(st, p).all() for st, p in others], runs)
    return {"day": day.isoformat(), "sql_ms": sql_ms, "core_ms": core_ms, "orm_ms": orm_ms,
            "other_statements": len(others), "others_orm_ms": others_ms,
            "service_ms": median_ms(lambda: svc.schedule.day(day), runs)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=BENCH_DIR / "out" / "history")
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--busy-day", type=date.fromisoformat, default=None,
                    help="the busy day to time (default: from the history's metadata)")
    ap.add_argument("--breakdown", action="store_true",
                    help="also time today's query as raw SQL, through Core and an ORM Session")
    args = ap.parse_args(argv)

    data_dir = args.data_dir.resolve()
    meta_file = data_dir / META_NAME
    meta = json.loads(meta_file.read_text()) if meta_file.exists() else {}
    ensure_key(data_dir, meta)
    t = time.perf_counter()
    opened = Vault(AppPaths(data_dir), SecretStore()).open()
    svc = Services.build(opened.engine, SystemClock())
    open_ms = (time.perf_counter() - t) * 1000
    try:
        today = svc.schedule.today()
        busy = args.busy_day
        if busy is None:
            busy = (date.fromisoformat(meta["busiest_day"]) if "busiest_day" in meta
                    else busiest_day(svc))
        result = {"open_ms": round(open_ms, 1), "today": time_day(svc, today, args.runs),
                  "busy": time_day(svc, busy, args.runs)}
        if args.breakdown:
            result["breakdown"] = breakdown(svc, today, args.runs)
    finally:
        svc.close()
    result["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    json.dump(result, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
