"""Time ScheduleService.day() on a history database, warm, in a process of its own.

    scripts/with-test-keyring .venv/bin/python bench/query_day.py --data-dir bench/out/history

Opens the database the way the app does (key from the keyring), warms up, then times
`runs` calls of `ScheduleService.day(today)` and of the busiest day. Prints one JSON
object: per day the row count, median and p95 in milliseconds, and the process's
peak memory (ru_maxrss). bench/run.py runs it and formats the result.
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

from sqlalchemy import text

from frontdesk.clock import SystemClock
from frontdesk.paths import AppPaths
from frontdesk.services.container import Services
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault

BENCH_DIR = Path(__file__).resolve().parent
META_NAME = "bench-history.json"  # generate_history.META_NAME (not imported: it is heavier)


def busiest_day(svc: Services) -> date:
    """The practice-local day with the most schedule rows (from the metadata, else SQL)."""
    sql = text("SELECT substr(a.start_at, 1, 10) AS d, count(*) AS n FROM appointment a "
               "JOIN attendee t ON t.appointment_id = a.id GROUP BY d ORDER BY n DESC LIMIT 1")
    with svc.engine.connect() as conn:
        return date.fromisoformat(conn.execute(sql).one()[0])


def time_day(svc: Services, day: date, runs: int, warmup: int = 5) -> dict:
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=BENCH_DIR / "out" / "history")
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--busy-day", type=date.fromisoformat, default=None,
                    help="the busy day to time (default: from the history's metadata)")
    args = ap.parse_args(argv)

    t = time.perf_counter()
    opened = Vault(AppPaths(args.data_dir.resolve()), SecretStore()).open()
    svc = Services.build(opened.engine, SystemClock())
    open_ms = (time.perf_counter() - t) * 1000
    try:
        today = svc.schedule.today()
        busy = args.busy_day
        if busy is None:
            meta = args.data_dir / META_NAME
            busy = (date.fromisoformat(json.loads(meta.read_text())["busiest_day"])
                    if meta.exists() else busiest_day(svc))
        result = {"open_ms": round(open_ms, 1), "today": time_day(svc, today, args.runs),
                  "busy": time_day(svc, busy, args.runs)}
    finally:
        svc.close()
    result["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    json.dump(result, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
