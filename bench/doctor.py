"""How long the installation check and a second start take, on the demo practice (or a data
folder you give, e.g. bench/out/history for a large one): `frontdesk doctor` as a process,
the check in process (as Help → Check this installation runs it), and a second start of the
window answered by the first. Prints medians.

    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/doctor.py
    ... bench/doctor.py --data-dir bench/out/history --runs 3
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def frontdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "frontdesk", *args], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        began = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def in_process(data_dir: str, demo: bool) -> list:
    from frontdesk.app import Composition
    from frontdesk.services.doctor import run_checks

    composition = Composition(data_dir)
    return run_checks(composition.installation(demo), clock=composition.clock)


def second_start(data_dir: str, demo: bool, runs: int) -> float:
    flags = ["--demo"] if demo else []
    first = subprocess.Popen([sys.executable, "-m", "frontdesk", *flags, "--data-dir",
                              data_dir], cwd=ROOT, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    log = Path(data_dir) / "logs" / "frontdesk.log"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and "Listening for later starts" not in (
                log.read_text() if log.exists() else ""):
            time.sleep(0.1)
        seconds, _ = timed(lambda: frontdesk(*flags, "--data-dir", data_dir), runs)
        return seconds
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", help="a practice's data folder (default: a new demo)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    demo = args.data_dir is None
    data_dir = args.data_dir or tempfile.mkdtemp(prefix="frontdesk-bench-doctor-")
    if demo:
        made = frontdesk("serve", "--once", "--demo", "--data-dir", data_dir)
        assert made.returncode == 0, made.stderr
    flags = ["--demo"] if demo else []
    what = "the demo practice" if demo else data_dir
    cli, done = timed(lambda: frontdesk("doctor", *flags, "--data-dir", data_dir), args.runs)
    print(f"frontdesk doctor ({what}): {cli:.2f} s median of {args.runs} "
          f"(exit {done.returncode})")
    inner, checks = timed(lambda: in_process(data_dir, demo), args.runs)
    print(f"the check in process (Help → Check this installation): {inner:.2f} s "
          f"({len(checks)} lines)")
    print(f"a second start answered by the first: {second_start(data_dir, demo, args.runs):.2f}"
          " s")


if __name__ == "__main__":
    main()
