"""FrontDesk's benchmarks, one line each, on the history in --data-dir.

    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/run.py

(a) cold start to the schedule painted: wall time of `python -m frontdesk --data-dir DIR
    --screenshot OUT.png` against bench/bare_window.py started and grabbed the same way;
    medians of --runs runs each, after one unmeasured warm-up run of each;
(b) ScheduleService.day(today) and of the busiest day, warm (after 30 calls): median and p95 of
    --query-runs calls against the same rows by raw SQL, as a ratio (bench/query_day.py, a
    process of its own), and today's query replayed at each layer (raw SQL, Core, ORM
    Session) to show where the time goes;
(c) peak memory (VmHWM: the process's own, not ru_maxrss, which on Linux counts this
    process's size at the fork) of the app process, the bare window and the query process.

The history is generated first (bench/generate_history.py, defaults) if the folder has
no database. If the key is not in this session's keyring (scripts/with-test-keyring makes
a new one each time), it is put back with the recovery code kept in the history's metadata.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
DEFAULT_DATA_DIR = BENCH_DIR / "out" / "history"
META_NAME = "bench-history.json"
APP_TIMEOUT_S = 180


def ensure_history(data_dir: Path) -> dict:
    if not (data_dir / "frontdesk.db").exists():
        print(f"no history in {data_dir}: generating it (bench/generate_history.py)", flush=True)
        subprocess.run([sys.executable, str(BENCH_DIR / "generate_history.py"),
                        "--data-dir", str(data_dir)], check=True)
    meta = data_dir / META_NAME
    return json.loads(meta.read_text()) if meta.exists() else {}


def settle_ms() -> int:
    """How long `--screenshot` waits after the schedule loads (the bare window waits as long)."""
    try:
        from frontdesk.ui.startup.launch import SETTLE_MS
    except ImportError:
        return 300
    return SETTLE_MS


def has_screenshot_cli() -> bool:
    out = subprocess.run([sys.executable, "-m", "frontdesk", "--help"], capture_output=True,
                         text=True, cwd=ROOT)
    return out.returncode == 0 and "--screenshot" in out.stdout


def peak_rss_kb(pid: int) -> int | None:
    """The child's own peak RSS so far (VmHWM, KiB), or None without /proc.

    Not os.wait4's ru_maxrss: on Linux that keeps the largest RSS the process ever had,
    including this (forking) process's size at the fork, before the child's exec.
    VmHWM belongs to the address space the exec made, and only grows.
    """
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def run_measured(cmd: list[str], png: Path) -> tuple[float, int]:
    """Wall time (s) and peak RSS (KiB) of one run that must write `png`.

    The peak is the child's VmHWM, read every few milliseconds while it runs (it only
    grows, so the last reading is the peak unless it grew in the last moments before exit,
    when a process frees rather than takes); ru_maxrss where there is no /proc.
    """
    png.unlink(missing_ok=True)
    peak = 0
    with tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        deadline = t + APP_TIMEOUT_S
        while True:
            seen = peak_rss_kb(proc.pid)  # before the reap: a zombie has no memory figures
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                wall = time.perf_counter() - t
                break
            if seen is not None:
                peak = max(peak, seen)
            if time.perf_counter() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                raise SystemExit(f"timed out after {APP_TIMEOUT_S} s: {' '.join(cmd)}")
            time.sleep(0.005)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0 or not png.exists() or png.stat().st_size == 0:
            err.seek(0)
            tail = err.read().decode(errors="replace")[-2000:]
            raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{tail}")
    return wall, peak or usage.ru_maxrss


def cold_start(data_dir: Path, runs: int, shots: Path) -> dict:
    py = sys.executable
    app = [py, "-m", "frontdesk", "--data-dir", str(data_dir), "--screenshot",
           str(shots / "app.png")]
    bare = [py, str(BENCH_DIR / "bare_window.py"), "--screenshot", str(shots / "bare.png"),
            "--settle-ms", str(settle_ms())]
    ready = has_screenshot_cli()
    result = {"app": [], "bare": [], "app_ready": ready}
    run_measured(bare, shots / "bare.png")  # warm-up: page cache, .pyc files
    if ready:
        run_measured(app, shots / "app.png")
    for _ in range(runs):  # alternate, so drift on a busy machine hits both alike
        result["bare"].append(run_measured(bare, shots / "bare.png"))
        if ready:
            result["app"].append(run_measured(app, shots / "app.png"))
    return result


def query(data_dir: Path, runs: int, *extra: str) -> dict:
    out = subprocess.run([sys.executable, str(BENCH_DIR / "query_day.py"), "--data-dir",
                          str(data_dir), "--runs", str(runs), *extra], cwd=ROOT,
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"bench/query_day.py failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def mb(kib: float) -> str:
    return f"{kib / 1024:.0f} MB"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--runs", type=int, default=5, help="cold starts of each program")
    ap.add_argument("--query-runs", type=int, default=50)
    ap.add_argument("--keep-screenshots", action="store_true",
                    help="leave the last app.png and bare.png in bench/out/screenshots")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_dir = args.data_dir.resolve()
    meta = ensure_history(data_dir)
    from query_day import ensure_key  # bench/ is on sys.path when run as a script

    ensure_key(data_dir, meta)

    size = (data_dir / "frontdesk.db").stat().st_size
    if meta:
        print(f"history: {meta['appointments']:,} appointments ({meta['attendees']:,} "
              f"attendees), {meta['clinicians']} clinicians, {meta['clients']:,} clients, "
              f"{meta['years']:g} years to {meta['today']}; {size / 2**20:,.0f} MB encrypted "
              f"({data_dir})", flush=True)

    load_before = os.getloadavg()[0]
    shots = BENCH_DIR / "out" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    cold = cold_start(data_dir, args.runs, shots)
    bare_s = statistics.median(w for w, _ in cold["bare"])
    bare_rss = max(r for _, r in cold["bare"])
    wait = settle_ms() / 1000
    if cold["app_ready"]:
        app_s = statistics.median(w for w, _ in cold["app"])
        print(f"cold start to schedule painted: {app_s:.2f} s (bare PySide6 window: "
              f"{bare_s:.2f} s) [medians of {args.runs}; both include the {wait:.2f} s "
              f"settle wait of --screenshot]", flush=True)
    else:
        print(f"cold start to schedule painted: not measured, `python -m frontdesk` has no "
              f"--screenshot yet (bare PySide6 window: {bare_s:.2f} s)", flush=True)

    q = query(data_dir, args.query_runs)
    for label, key in (("today's schedule", "today"), ("busy day", "busy")):
        d = q[key]
        print(f"{label} query, ScheduleService.day({d['day']}), {d['rows']} rows: median "
              f"{d['median_ms']:.1f} ms, p95 {d['p95_ms']:.1f} ms; the same rows by raw SQL "
              f"{d['raw_median_ms']:.1f} / {d['raw_p95_ms']:.1f} ms: {d['ratio_median']:.2f}x "
              f"median, {d['ratio_p95']:.2f}x p95 ({d['runs']} runs after 30 warm-up calls)")

    b = query(data_dir, args.query_runs, "--breakdown")["breakdown"]
    print(f"  today by layer (medians): its joined query as SQL on the DB-API cursor "
          f"{b['sql_ms']:.1f} ms, through Core {b['core_ms']:.1f} ms, through an ORM Session "
          f"{b['orm_ms']:.1f} ms; its {b['other_statements']} other statements (SQL) "
          f"{b['others_sql_ms']:.1f} ms; the whole ScheduleService.day {b['service_ms']:.1f} ms")

    app_mem = (mb(max(r for _, r in cold["app"])) if cold["app_ready"] else "not measured")
    print(f"peak memory (VmHWM, highest run): app {app_mem} (bare PySide6 window "
          f"{mb(bare_rss)}); query process {mb(q['maxrss_kb'])}")
    print(f"machine: {os.cpu_count()} CPUs, 1-minute load average {load_before:.2f} before, "
          f"{os.getloadavg()[0]:.2f} after")
    if not args.keep_screenshots:
        shutil.rmtree(shots, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
