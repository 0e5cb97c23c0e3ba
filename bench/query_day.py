"""Time ScheduleService.day() on a history database, warm, in a process of its own.

    scripts/with-test-keyring .venv/bin/python bench/query_day.py --data-dir bench/out/history

Opens the database the way the app does (key from the keyring), warms up, then times
`runs` calls of `ScheduleService.day(today)` and of the busiest day, after 30 unmeasured
calls of each (the first ~25 calls run up to twice as slow), each in turn with the same
rows fetched by raw SQL: the service's own joined statement (its compiled text and
parameters from schedule_day.plain_day_sql, not copied) replayed on a DB-API cursor, and
day() with every row built afresh (the rows kept between calls dropped first), and as for
a day never seen (the stored times and message lines kept between calls dropped too).
Prints the figures in words, then one JSON object (last line): per day the row count,
median and p95 in milliseconds of each, their ratios to raw SQL, and the process's peak
memory (VmHWM). bench/run.py runs it and formats the result.

With --breakdown it also replays today's joined query through a Core connection and an
ORM Session, and the service's other statements as SQL, to show which layer the time goes
to (run.py asks for that in a second process, so the peak memory above is the plain
query's).
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import statistics
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import text

from frontdesk.clock import SystemClock
from frontdesk.paths import AppPaths
from frontdesk.services import schedule_day
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


def peak_rss_kb() -> int:
    """This process's own peak RSS: VmHWM, which starts afresh at exec (ru_maxrss keeps the
    forking parent's size at the fork on Linux); ru_maxrss where there is no /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def the_join(svc: Services, day: date) -> tuple[str, tuple]:
    """The day's joined query (appointments with their places) as day() sends it to the
    driver's cursor: its own compiled text and parameters (schedule_day.plain_day_sql)."""
    with svc.engine.connect() as conn:
        zone = conn.execute(schedule_day.SETTINGS).one()[0]
    return schedule_day.plain_day_sql(day, zone, None)


def stats(times: list[float]) -> tuple[float, float]:
    """Median and p95 in milliseconds."""
    times = sorted(times)
    return statistics.median(times), times[math.ceil(0.95 * len(times)) - 1]


def time_day(svc: Services, day: date, runs: int, warmup: int = 30) -> dict:
    """day() against the same rows fetched by raw SQL: its own joined statement,
    replayed on a DB-API cursor, the two timed in turn so drift hits both alike."""
    sql, params = the_join(svc, day)
    raw = svc.engine.raw_connection()
    try:
        cur = raw.cursor()
        for _ in range(warmup):
            rows = svc.schedule.day(day)
            cur.execute(sql, params).fetchall()
        service, plain, cold, unseen = [], [], [], []
        for _ in range(runs):
            t = time.perf_counter()
            rows = svc.schedule.day(day)
            service.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            n_raw = len(cur.execute(sql, params).fetchall())
            plain.append((time.perf_counter() - t) * 1000)
            schedule_day.forget_built_rows(rows_only=True)  # every row built again
            t = time.perf_counter()
            svc.schedule.day(day)
            cold.append((time.perf_counter() - t) * 1000)
            schedule_day.forget_built_rows()  # a day never seen: nothing kept
            t = time.perf_counter()
            svc.schedule.day(day)
            unseen.append((time.perf_counter() - t) * 1000)
    finally:
        raw.close()
    if n_raw != len(rows):
        raise SystemExit(f"raw SQL found {n_raw} rows, day() {len(rows)}")
    med, p95 = stats(service)
    raw_med, raw_p95 = stats(plain)
    cold_med, cold_p95 = stats(cold)
    unseen_med, unseen_p95 = stats(unseen)
    return {"day": day.isoformat(), "rows": len(rows), "runs": runs,
            "median_ms": round(med, 3), "p95_ms": round(p95, 3),
            "min_ms": round(min(service), 3), "max_ms": round(max(service), 3),
            "raw_median_ms": round(raw_med, 3), "raw_p95_ms": round(raw_p95, 3),
            "ratio_median": round(med / raw_med, 2), "ratio_p95": round(p95 / raw_p95, 2),
            "cold_median_ms": round(cold_med, 3), "cold_p95_ms": round(cold_p95, 3),
            "cold_ratio_median": round(cold_med / raw_med, 2),
            "unseen_median_ms": round(unseen_med, 3), "unseen_p95_ms": round(unseen_p95, 3),
            "unseen_ratio_median": round(unseen_med / raw_med, 2)}


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
    """The day query at each layer: its SQL on the DB-API cursor, the same statement through
    a Core connection and an ORM Session, and the service's other statements (settings,
    waiting flags) as SQL on the cursor."""
    sql, params = the_join(svc, day)
    lo, hi = (datetime.fromisoformat(p).replace(tzinfo=UTC) for p in params[:2])
    bound = {"lo": lo, "hi": hi}
    stmt = schedule_day.WHOLE_DAY
    others = [schedule_day._SETTINGS_SQL, schedule_day._WAITING_SQL]
    raw = svc.engine.raw_connection()
    try:
        cur = raw.cursor()
        sql_ms = median_ms(lambda: cur.execute(sql, params).fetchall(), runs)
        others_ms = median_ms(lambda: [cur.execute(q).fetchall() for q in others], runs)
    finally:
        raw.close()
    with svc.engine.connect() as conn:
        core_ms = median_ms(lambda: conn.execute(stmt, bound).all(), runs)
    with svc.schedule.sessions() as s:
        orm_ms = median_ms(lambda: s.execute(stmt, bound).all(), runs)
    return {"day": day.isoformat(), "sql_ms": sql_ms, "core_ms": core_ms, "orm_ms": orm_ms,
            "other_statements": len(others), "others_sql_ms": others_ms,
            "service_ms": median_ms(lambda: svc.schedule.day(day), runs)}


def describe(result: dict) -> list[str]:
    """The figures in words, one line each."""
    lines = []
    for label, key in (("today", "today"), ("busy day", "busy")):
        d = result[key]
        lines.append(
            f"{label} {d['day']}, {d['rows']} rows: ScheduleService.day median "
            f"{d['median_ms']:.2f} ms, p95 {d['p95_ms']:.2f} ms; the same rows by raw SQL "
            f"median {d['raw_median_ms']:.2f} ms, p95 {d['raw_p95_ms']:.2f} ms; ratio "
            f"{d['ratio_median']:.2f}x (median), {d['ratio_p95']:.2f}x (p95); every row "
            f"built afresh (the rows kept dropped) median {d['cold_median_ms']:.2f} ms, "
            f"{d['cold_ratio_median']:.2f}x; a day never seen (nothing kept: times and "
            f"message lines converted too) median {d['unseen_median_ms']:.2f} ms, "
            f"{d['unseen_ratio_median']:.2f}x [{d['runs']} runs each after 30 warm-up calls]")
    b = result.get("breakdown")
    if b:
        lines.append(
            f"  today by layer (medians): its joined query as SQL on the DB-API cursor "
            f"{b['sql_ms']:.2f} ms, through Core {b['core_ms']:.2f} ms, through an ORM Session "
            f"{b['orm_ms']:.2f} ms; its {b['other_statements']} other statements (SQL) "
            f"{b['others_sql_ms']:.2f} ms; the whole ScheduleService.day {b['service_ms']:.2f} ms")
    return lines


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
    result["maxrss_kb"] = peak_rss_kb()
    for line in describe(result):
        print(line)
    json.dump(result, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
