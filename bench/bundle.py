"""The packaged FrontDesk against the source tree: size on disk and start-up.

    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/bundle.py

Size: the bundle folder (dist/frontdesk/, or --bundle DIR), the .deb beside it if there is
one, and what running from source needs (the venv and frontdesk/). Start-up, for the bundle's
executable and `python -m frontdesk`, run in turn: process start -> `--version` answered
(the process has exited), and process start -> the demo practice's main window saved by
`--demo --screenshot` ("Saved screenshot" printed) and -> the process ended. The demo is made
once first in a throw-away data folder (unmeasured); the first measured run of each is shown
apart (the coldest the OS cache allows without dropping it), then the median of the rest.
Build the bundle first: `make package` (or installer/build.sh).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 300


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    total = sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())
    return total / 1e6


def version_s(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([*cmd, "--version"], check=True, capture_output=True, timeout=TIMEOUT_S)
    return time.perf_counter() - started


def screenshot_s(cmd: list[str], data_dir: Path, shot: Path) -> tuple[float, float]:
    """(start -> screenshot saved, start -> process ended)."""
    shot.unlink(missing_ok=True)
    started = time.perf_counter()
    proc = subprocess.Popen([*cmd, "--demo", "--data-dir", str(data_dir), "--screenshot",
                             str(shot)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, cwd=ROOT)
    saved = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("Saved screenshot") and saved is None:
            saved = time.perf_counter() - started
    code = proc.wait(timeout=TIMEOUT_S)
    ended = time.perf_counter() - started
    if code != 0 or saved is None:
        raise SystemExit(f"{' '.join(cmd)} --screenshot failed (exit {code})")
    return saved, ended


def fmt(values: list[float]) -> str:
    first, rest = values[0], values[1:] or values
    return f"first {first:5.2f} s, median {statistics.median(rest):5.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "frontdesk")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    exe = args.bundle / "frontdesk"
    if not exe.exists():
        print(f"No bundle at {args.bundle}: run `make package` first.", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    programs = {"bundle": [str(exe)], "source": [sys.executable, "-m", "frontdesk"]}

    debs = sorted(args.bundle.parent.glob("frontdesk_*.deb"))
    print(f"size: bundle {size_mb(args.bundle):.0f} MB ({args.bundle})"
          + (f", .deb {size_mb(debs[-1]):.0f} MB" if debs else "")
          + f"; source: venv {size_mb(ROOT / '.venv'):.0f} MB + frontdesk/ "
          f"{size_mb(ROOT / 'frontdesk'):.1f} MB")
    with tempfile.TemporaryDirectory(prefix="frontdesk-bench-bundle-") as tmp:
        data_dir, shot = Path(tmp) / "data", Path(tmp) / "shot.png"
        screenshot_s(programs["source"], data_dir, shot)  # makes the demo practice
        times: dict[str, dict[str, list[float]]] = {
            name: {"version": [], "saved": [], "ended": []} for name in programs}
        for _ in range(args.runs):
            for name, cmd in programs.items():  # alternate: the machine's load hits both
                times[name]["version"].append(version_s(cmd))
                saved, ended = screenshot_s(cmd, data_dir, shot)
                times[name]["saved"].append(saved)
                times[name]["ended"].append(ended)
    print(f"start-up, {args.runs} runs each, alternating (load {os.getloadavg()[0]:.1f}):")
    for name in programs:
        t = times[name]
        print(f"  {name:6}  --version answered: {fmt(t['version'])} | demo screenshot saved: "
              f"{fmt(t['saved'])} | process ended: {fmt(t['ended'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
