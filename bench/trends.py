"""Time the no-show trends on a history: the cache's refresh against plain SQL GROUP BY.

    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/trends.py

Opens the history in --data-dir the way the app does (the key from the keyring, put back
with the history's recovery code if this keyring is new; see bench/README.md), then times:

0. the baseline: one plain GROUP BY (the weekly counts over attendee x appointment), timed
   first; the build's figures are also given as ratios to it (the machine is shared: the
   ratio moves less than the seconds);
1. the first build of the cache from the raw tables (TrendsService.rebuild: every place and
   every reminder message), how late a thread that wakes every 5 ms ran meanwhile (the
   GIL held by the build), and saving the snapshot: how long a small write transaction
   started meanwhile waited for SQLite's one writer;
   with --memory, the same build in a child process: its peak (VmHWM) and steady (VmRSS)
   memory, over what the process held before the build;
2. loading that snapshot in a new TrendsService (what the app does at the next start);
3. refresh() of the whole page (TrendsReport) with no filters and with several filters
   (median and p95 of --runs calls after 5 warm-up calls);
4. refresh() after a few appointments changed (--rounds rounds: 3 places' attendance and one
   message's state changed and committed, then one timed refresh, which re-reads them);
5. the plain SQL: one GROUP BY (the weekly counts over attendee x appointment) and the whole
   reference (frontdesk.services.trends.reference: every figure by GROUP BY);

then checks that every figure of the cache equals the reference's, with and without
filters (and exits non-zero if not), puts the changed rows back, prints the figures, the
cache's size and the process's peak memory.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from frontdesk.clock import FixedClock, SystemClock
from frontdesk.models.database import Sessions
from frontdesk.paths import AppPaths
from frontdesk.services.secrets import SecretStore
from frontdesk.services.trends import Filters, TrendsReport, TrendsService, reference
from frontdesk.services.vault import Vault

BENCH_DIR = Path(__file__).resolve().parent
META_NAME = "bench-history.json"


def stats(times: list[float]) -> str:
    times = sorted(times)
    p95 = times[math.ceil(0.95 * len(times)) - 1]
    return (f"median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, fastest "
            f"{times[0]:.1f} ms ({len(times)} runs)")


def timed(fn, runs: int, warmup: int = 5) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def pct(r: float | None) -> str:
    return "-" if r is None else f"{100 * r:.1f}%"


def print_report(r: TrendsReport) -> None:
    h = r.headline

    def month(m) -> str:
        return f"{m.year}-{m.month:02d} {pct(m.counts.no_show_rate)} ({m.counts.places:,})"

    print(f"figures ({r.first_day} to {r.last_day}, {r.timezone}; rate (places counted)):")
    print(f"  no-show rate this month {month(h.this_month)}, last month {month(h.last_month)}, "
          f"same month last year {month(h.same_month_last_year)}")
    print(f"  whole range: no-show {pct(h.totals.no_show_rate)}, late cancel "
          f"{pct(h.totals.late_cancel_rate)} of {h.totals.places:,} places "
          f"({h.totals.cancelled:,} early cancels left out); confirmation rate "
          f"{pct(h.confirmation_rate)}")
    print(f"  reminders sent {h.reminders_sent:,}, delivered {h.reminders_delivered:,}, failed "
          f"{h.reminders_failed:,}; sessions recovered by reschedule {h.recovered:,}; revenue "
          f"lost {h.revenue_lost_cents / 100:,.0f}, recovered "
          f"{h.revenue_recovered_cents / 100:,.0f} at {h.session_fee_cents / 100:,.2f} a session")
    for name in ("by_confirmation", "by_delivered", "by_channel", "first_vs_returning",
                 "by_lead_time", "by_modality", "by_type"):
        rows = getattr(r, name)
        print(f"  {name}: " + ", ".join(f"{x.label} {pct(x.counts.no_show_rate)} "
                                        f"({x.counts.places:,})" for x in rows))
    clin = sorted((x for x in r.by_clinician if x.counts.places),
                  key=lambda x: x.counts.no_show_rate)
    if clin:
        print(f"  by_clinician: {len(clin)} clinicians, from {pct(clin[0].counts.no_show_rate)} "
              f"to {pct(clin[-1].counts.no_show_rate)}")
    days = r.heatmap.rates()
    cells = [(v, r.heatmap.weekdays[d], h_) for d, row in enumerate(days)
             for h_, v in enumerate(row) if v is not None and r.heatmap.cells[d][h_].places > 500]
    if cells:
        lo, hi = min(cells), max(cells)
        print(f"  heat map: lowest {lo[1]} {lo[2]:02d}:00 {pct(lo[0])}, highest {hi[1]} "
              f"{hi[2]:02d}:00 {pct(hi[0])} (cells with 500+ places)")
    ma = [v for v in r.weekly.ma_no_show_rate if v is not None]
    if ma:
        print(f"  weekly: {len(r.weekly.week_starts)} weeks, 4-week average from "
              f"{pct(min(ma))} to {pct(max(ma))}, last {pct(ma[-1])}")


def agree(svc: TrendsService, report: TrendsReport, f: Filters, label: str) -> float:
    """Time the reference under f and check every figure against the report (exits if not)."""
    t = time.perf_counter()
    with svc.sessions() as s:
        ref = reference.compute(s.connection(), report.timezone, f, svc.clock.now())
    ms = (time.perf_counter() - t) * 1000
    mine = report.tables()
    bad = [k for k in ref.tables if ref.tables[k] != mine[k]]
    if reference.headline_of(report) != ref.headline:
        bad.append("headline")
    if bad:
        print(f"FIGURES DIFFER ({label}): {', '.join(bad)}", flush=True)
        raise SystemExit(1)
    n = sum(len(v) for v in ref.tables.values())
    print(f"  {label}: the whole reference by plain SQL in {ms / 1000:.1f} s; all {n:,} table "
          f"rows and the headline agree exactly with the cache", flush=True)
    return ms


def change_some(svc: TrendsService, k: int, offset: int, undo: list) -> None:
    """Flip k past places' attendance (arrived <-> no-show) and one message's state."""
    with svc.sessions.begin() as s:
        rows = s.execute(text(
            "SELECT t.id, t.attendance FROM attendee t JOIN appointment a "
            "ON a.id = t.appointment_id WHERE t.attendance IN ('arrived', 'no_show') "
            "AND a.start_at < :now ORDER BY t.id LIMIT :k OFFSET :o"),
            {"now": "2026-01-01", "k": k, "o": offset}).all()
        for att_id, was in rows:
            new = "no_show" if was == "arrived" else "arrived"
            s.execute(text("UPDATE attendee SET attendance = :a WHERE id = :i"),
                      {"a": new, "i": att_id})
            undo.append(("attendee", "attendance", att_id, was))
        msg = s.execute(text(
            "SELECT m.id, m.state FROM outbox_message m JOIN attendee t ON "
            "t.appointment_id = m.appointment_id AND t.client_id = m.client_id "
            "WHERE t.id = :i AND m.state IN ('delivered', 'undelivered') LIMIT 1"),
            {"i": rows[0][0]}).first()
        if msg is not None:
            new = "undelivered" if msg[1] == "delivered" else "delivered"
            s.execute(text("UPDATE outbox_message SET state = :s WHERE id = :i"),
                      {"s": new, "i": msg[0]})
            undo.append(("outbox_message", "state", msg[0], msg[1]))


def put_back(svc: TrendsService, undo: list) -> None:
    with svc.sessions.begin() as s:
        for table, column, row_id, value in reversed(undo):
            s.execute(text(f"UPDATE {table} SET {column} = :v WHERE id = :i"),
                      {"v": value, "i": row_id})


def status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def child_build(svc: TrendsService) -> None:
    """--child-build: the first build alone in this process; memory as JSON on stdout."""
    before = status_kb("VmHWM")
    t = time.perf_counter()
    svc.rebuild()
    print(json.dumps({"before_kb": before, "peak_kb": status_kb("VmHWM"),
                      "steady_kb": status_kb("VmRSS"), "seconds": time.perf_counter() - t}))


def build_memory(data_dir: Path) -> str:
    out = subprocess.run([sys.executable, __file__, "--data-dir", str(data_dir),
                          "--child-build"], capture_output=True, text=True, check=True)
    m = json.loads(out.stdout.strip().splitlines()[-1])
    return (f"first build in a child process: {m['seconds']:.1f} s; memory before it "
            f"{m['before_kb'] / 1024:.0f} MB, peak (VmHWM) {m['peak_kb'] / 1024:.0f} MB "
            f"(+{(m['peak_kb'] - m['before_kb']) / 1024:.0f} MB), after it (VmRSS) "
            f"{m['steady_kb'] / 1024:.0f} MB")


class Ticker:
    """A thread that asks to wake every 5 ms: its longest lateness is the longest time
    something else held the GIL (or the CPU)."""

    def __init__(self) -> None:
        self.late: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            t = time.perf_counter()
            time.sleep(0.005)
            self.late.append((time.perf_counter() - t - 0.005) * 1000)

    def __enter__(self) -> Ticker:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> str:
        late = sorted(self.late)
        return (f"a 5 ms ticker ran late by {statistics.median(late):.1f} ms (median), "
                f"{late[int(0.99 * (len(late) - 1))]:.1f} ms (p99), {late[-1]:.0f} ms at most")


def save_beside_a_writer(svc: TrendsService) -> str:
    """Save the snapshot while small write transactions run back to back: the saver's
    longest write transaction (SQLite's one writer held, commit included) and the small
    transactions' waits."""
    svc._unsaved = 1  # as after one changed appointment
    waits: list[float] = []
    held: list[float] = []
    sessions, begin = svc.sessions, svc.sessions.begin

    @contextmanager
    def timed_begin():
        t = time.perf_counter()
        with begin() as s:
            yield s
        if threading.current_thread() is saver:
            held.append((time.perf_counter() - t) * 1000)

    saver = threading.Thread(target=svc.save_snapshot)
    sessions.begin = timed_begin  # type: ignore[method-assign]
    t0 = time.perf_counter()
    saver.start()
    try:
        while saver.is_alive():
            t = time.perf_counter()
            with begin() as s:
                s.execute(text("UPDATE practice_settings SET session_fee_cents = "
                               "session_fee_cents WHERE id = 1"))
            waits.append((time.perf_counter() - t) * 1000)
            time.sleep(0.01)
        saver.join()
    finally:
        del sessions.begin
    took = (time.perf_counter() - t0) * 1000
    return (f"the snapshot saved again beside a writer: {svc.last_save}; {took:,.0f} ms in "
            f"all, in {len(held)} write transactions of {max(held):.0f} ms at most "
            f"({sum(held):.0f} ms together); the writer's {len(waits)} small transactions "
            f"meanwhile took {statistics.median(waits):.0f} ms (median), {max(waits):.0f} ms "
            f"at most")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=BENCH_DIR / "out" / "history")
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--rounds", type=int, default=20, help="refreshes after changes")
    ap.add_argument("--skip-build", action="store_true",
                    help="use the saved snapshot if there is one (no timed first build)")
    ap.add_argument("--memory", action="store_true",
                    help="also measure the first build's memory in a child process")
    ap.add_argument("--child-build", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    data_dir = args.data_dir.resolve()
    if not (data_dir / "frontdesk.db").exists():
        raise SystemExit(f"no history in {data_dir}: run bench/generate_history.py first")
    from query_day import ensure_key  # bench/ is on sys.path when run as a script

    meta = json.loads((data_dir / META_NAME).read_text()) if (data_dir / META_NAME).exists() \
        else {}
    ensure_key(data_dir, meta)
    load_before = os.getloadavg()[0]
    engine = Vault(AppPaths(data_dir), SecretStore()).open().engine
    sessions = Sessions(engine)  # as the app's: writers begin IMMEDIATE
    clock = FixedClock(SystemClock().now())  # one "now" for the cache and the reference
    svc = TrendsService(sessions, clock)
    if args.child_build:
        child_build(svc)
        return 0
    size = (data_dir / "frontdesk.db").stat().st_size
    print(f"history: {meta.get('appointments', 0):,} appointments, "
          f"{meta.get('attendees', 0):,} places, {meta.get('outbox_messages', 0):,} outbox "
          f"rows, {meta.get('clinicians', 0)} clinicians; {size / 2**20:,.0f} MB encrypted "
          f"({data_dir})", flush=True)

    t = time.perf_counter()
    with svc.sessions() as s:
        reference.weekly_group_by(s.connection(), "America/New_York", clock.now())
    base = time.perf_counter() - t
    print(f"baseline: one GROUP BY (weekly counts, attendee x appointment) {base:.1f} s",
          flush=True)
    if not args.skip_build:
        t = time.perf_counter()
        with Ticker() as ticker:
            svc.rebuild()
        total = time.perf_counter() - t
        built_s = float(svc.last_sync.split(" in ")[-1].split(" ms")[0].replace(",", "")) / 1000
        print(f"first build of the cache from the tables: {svc.last_sync} "
              f"({built_s / base:.1f}x the GROUP BY); then {svc.last_save} (the snapshot); "
              f"{total:.1f} s in all ({total / base:.1f}x the GROUP BY); meanwhile "
              f"{ticker.summary()}", flush=True)
        print(save_beside_a_writer(svc), flush=True)
    if args.memory:
        print(build_memory(data_dir), flush=True)
    fresh = TrendsService(sessions, clock)
    t = time.perf_counter()
    fresh.prepare()
    print(f"next start, a new TrendsService: {fresh.last_sync} "
          f"({(time.perf_counter() - t) * 1000:.0f} ms with its queries)", flush=True)
    svc = fresh
    rows, nbytes = svc.cache_size()
    print(f"cache: {rows:,} place rows, {nbytes / 2**20:.1f} MB in memory "
          f"({nbytes / max(rows, 1):.0f} bytes a place)", flush=True)

    report = svc.refresh()
    print(f"refresh(), no filters: {stats(timed(svc.refresh, args.runs))}", flush=True)
    last = report.last_day or date.today()
    clin = [r.key for r in report.by_clinician][:3]
    types = [r.key for r in report.by_type][:1]
    filters = [
        Filters(date_from=last - timedelta(days=365), date_to=last),
        Filters(clinician_ids=tuple(clin[:1])),
        Filters(type_ids=tuple(types), modalities=("telehealth",)),
        Filters(date_from=last - timedelta(days=730), date_to=last - timedelta(days=365),
                clinician_ids=tuple(clin), modalities=("in_person",)),
    ]
    cycle = iter(range(10**9))
    times = timed(lambda: svc.refresh(filters[next(cycle) % len(filters)]), args.runs)
    print(f"refresh(filters), {len(filters)} filter sets in turn (last year; one clinician; "
          f"a type and telehealth; a year, three clinicians, in person): {stats(times)}",
          flush=True)

    undo: list = []
    times = []
    for i in range(args.rounds):
        change_some(svc, 3, 1000 * i, undo)
        t = time.perf_counter()
        svc.refresh()
        times.append((time.perf_counter() - t) * 1000)
    print(f"refresh() after 3 places and 1 message changed (committed, re-read through "
          f"stats_dirty): {stats(times)}; e.g. {svc.last_sync}", flush=True)

    print("plain SQL over the same data:", flush=True)
    t = time.perf_counter()
    with svc.sessions() as s:
        weekly = reference.weekly_group_by(s.connection(), report.timezone, clock.now())
    one_ms = (time.perf_counter() - t) * 1000
    changed = svc.refresh()
    assert weekly == changed.tables()["weekly"], "the weekly GROUP BY differs"
    refresh_ms = statistics.median(timed(svc.refresh, 10, warmup=1))
    print(f"  one GROUP BY (weekly counts, attendee x appointment, local weeks) "
          f"{one_ms:,.0f} ms: it agrees with the cache's weekly table; refresh() of the whole "
          f"page {refresh_ms:.1f} ms", flush=True)
    ref_ms = agree(svc, changed, Filters(), "no filters")
    agree(svc, svc.refresh(filters[3]), filters[3], "a year, three clinicians, in person")
    print(f"  => refresh() of every figure is {ref_ms / refresh_ms:,.0f}x faster than the "
          f"reference, {one_ms / refresh_ms:,.0f}x faster than its one GROUP BY", flush=True)

    put_back(svc, undo)
    back = svc.refresh()
    assert back.tables() == report.tables(), "putting the changes back did not restore the figures"
    print_report(back)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (ru_maxrss): {peak:.0f} MB; machine: {os.cpu_count()} CPUs, "
          f"1-minute load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
