"""What the pooled connections' page cache size does to speed and memory, size by size.

    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/page_cache.py \
        --data-dir bench/out/day-20 --sizes 65536,8192 --rounds 3

For each size (KiB, `PRAGMA cache_size`; the first is the baseline) a child process opens
the history the way the app does with that page cache on every pooled connection, then:
`ScheduleService.day()` of today and of the busiest day (bench/query_day.py's timing: median
over --runs warm calls) and, with --build, a first Trends build from the tables
(`TrendsService.rebuild`, which saves its snapshot: use a copy of a history), with the
process's peak (VmHWM) and resident memory after it. The sizes run in turn, --rounds times,
so drift on a shared machine hits each alike; figures are medians over rounds, as ratios
to the first size's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent


def status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def child(data_dir: Path, cache_kib: int, runs: int, build: bool) -> dict:
    from frontdesk.models import database

    database.POOL_CACHE_KIB = cache_kib  # read by every connect() from here on
    from query_day import busiest_day, time_day

    from frontdesk.clock import SystemClock
    from frontdesk.paths import AppPaths
    from frontdesk.services.container import Services
    from frontdesk.services.secrets import SecretStore
    from frontdesk.services.vault import Vault

    engine = Vault(AppPaths(data_dir), SecretStore()).open().engine
    svc = Services.build(engine, SystemClock())
    today = SystemClock().now().date()
    out: dict = {"today_ms": time_day(svc, today, runs)["median_ms"],
                 "busy_ms": time_day(svc, busiest_day(svc), runs)["median_ms"]}
    if build:
        t = time.perf_counter()
        svc.trends.rebuild()
        out["build_s"] = time.perf_counter() - t
    out["peak_mb"] = status_kb("VmHWM") / 1024
    out["rss_mb"] = status_kb("VmRSS") / 1024
    svc.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=BENCH_DIR / "out" / "day-20")
    ap.add_argument("--sizes", default="65536,8192", help="KiB, comma-separated")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--build", action="store_true", help="also a first Trends build")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(BENCH_DIR))
    if args.child:
        print(json.dumps(child(args.data_dir.resolve(), args.child, args.runs, args.build)))
        return 0
    from query_day import META_NAME, ensure_key

    ensure_key(args.data_dir, json.loads((args.data_dir / META_NAME).read_text()))
    sizes = [int(s) for s in args.sizes.split(",")]
    got: dict[int, list[dict]] = {s: [] for s in sizes}
    for _ in range(args.rounds):
        for size in sizes:
            proc = subprocess.run(
                [sys.executable, __file__, "--data-dir", str(args.data_dir), "--child",
                 str(size), "--runs", str(args.runs), *(["--build"] if args.build else [])],
                capture_output=True, text=True, check=True)
            got[size].append(json.loads(proc.stdout.strip().splitlines()[-1]))
    base = sizes[0]
    for size in sizes:
        line = [f"cache {size:>6} KiB:"]
        for name, unit in (("today_ms", "ms"), ("busy_ms", "ms"), ("build_s", "s"),
                           ("peak_mb", "MB"), ("rss_mb", "MB")):
            if name not in got[size][0]:
                continue
            values = [r[name] for r in got[size]]
            ratio = statistics.median(values) / statistics.median(r[name] for r in got[base])
            line.append(f"{name.rsplit('_', 1)[0]} {statistics.median(values):.2f} {unit} "
                        f"[{min(values):.2f}-{max(values):.2f}] ({ratio:.2f}x)")
        print(" ".join(line), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
