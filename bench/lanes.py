"""Safety work next to analytics, and the query planner's statistics, on a bench history.

    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/lanes.py \
        --data-dir bench/out/history-20

1. The planner: the schedule check's series-cancellations query
   (DeskItemService.raise_series_cancel_items) without statistics (they are dropped first),
   the time `migrate.optimize` takes to make them (what the first start after this change
   does once), and the same query with them; the plan each time.
2. The lanes: the reply poll and the crisis watch's load (InboxPoller.poll, then
   InboxService.open_crises) alone, and while a first build of the trends cache runs on
   another thread (its lane, as the app runs it). Beside them, what the same call waited
   when both shared one worker, as before: the whole build, then the call.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import event

from frontdesk.clock import FixedClock, SystemClock
from frontdesk.models import migrate
from frontdesk.models.database import writer
from frontdesk.paths import AppPaths
from frontdesk.services.container import Services
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault

BENCH_DIR = Path(__file__).resolve().parent


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def series_cancel(svc: Services) -> tuple[float, str]:
    """(seconds, plan) of raise_series_cancel_items and its SELECT."""
    seen: list[tuple[str, object]] = []

    def capture(_c, _cur, statement, parameters, _ctx, _many) -> None:
        if "GROUP BY" in statement:
            seen.append((statement, parameters))

    event.listen(svc.engine, "before_cursor_execute", capture)
    t = time.perf_counter()
    svc.desk.raise_series_cancel_items()
    took = time.perf_counter() - t
    event.remove(svc.engine, "before_cursor_execute", capture)
    with svc.engine.connect() as conn:
        plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + seen[0][0], seen[0][1]).all()
    return took, "; ".join(str(row[-1]) for row in plan)


def drop_statistics(svc: Services) -> None:
    with writer(svc.engine).begin() as conn:
        for table in ("sqlite_stat1", "sqlite_stat4"):
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
    svc.engine.dispose()  # new connections: no plan or statistics cached


def safety_call(svc: Services) -> float:
    t = time.perf_counter()
    svc.poller.poll()
    svc.inbox.open_crises()
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=BENCH_DIR / "out" / "history")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args(argv)
    data_dir = args.data_dir.resolve()
    sys.path.insert(0, str(BENCH_DIR))
    from query_day import ensure_key

    meta_file = data_dir / "bench-history.json"
    meta = json.loads(meta_file.read_text()) if meta_file.exists() else {}
    ensure_key(data_dir, meta)
    engine = Vault(AppPaths(data_dir), SecretStore()).open().engine
    svc = Services.build(engine, FixedClock(SystemClock().now()))
    print(f"history: {meta.get('appointments', 0):,} appointments, "
          f"{meta.get('attendees', 0):,} places, {meta.get('outbox_messages', 0):,} outbox "
          f"rows ({data_dir})", flush=True)

    drop_statistics(svc)
    series_cancel(svc)  # warm the page cache
    without, plan_without = series_cancel(svc)
    t = time.perf_counter()
    analyzed = migrate.optimize(engine)
    took = time.perf_counter() - t
    series_cancel(svc)
    with_stats, plan_with = series_cancel(svc)
    print(f"series-cancel query without statistics: {ms(without)} ({plan_without})")
    print(f"migrate.optimize on a history never analyzed: {ms(took)} "
          f"({len(analyzed)} tables analyzed); again at once: ", end="")
    t = time.perf_counter()
    migrate.optimize(engine)
    print(ms(time.perf_counter() - t))
    print(f"series-cancel query with statistics: {ms(with_stats)} ({plan_with}); "
          f"{without / with_stats:,.1f}x faster", flush=True)

    alone = [safety_call(svc) for _ in range(args.runs)]
    during: list[float] = []
    build_s = [0.0]

    def build() -> None:
        t0 = time.perf_counter()
        svc.trends.rebuild()
        build_s[0] = time.perf_counter() - t0

    builder = threading.Thread(target=build, name="analytics")
    builder.start()
    time.sleep(0.5)  # the build is reading
    while builder.is_alive() and len(during) < args.runs:
        during.append(safety_call(svc))
        time.sleep(0.2)
    builder.join()
    a, d = statistics.median(alone), statistics.median(during)
    print(f"reply poll + crisis watch load, alone: median {ms(a)}, max {ms(max(alone))} "
          f"({len(alone)} runs)")
    print(f"  during a first trends build ({build_s[0]:.1f} s, own lane): median {ms(d)}, "
          f"max {ms(max(during))} ({len(during)} runs): {d / a:.1f}x alone")
    print(f"  on one shared worker behind that build (as before): up to "
          f"{build_s[0] + a:.1f} s, {(build_s[0] + a) / a:,.0f}x alone")
    svc.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
