"""One FrontDesk window per practice, with real processes (offscreen): a second start of the
same practice asks the first to bring its window forward and exits 0; a socket left by a
killed FrontDesk is taken over; the demo and the practice are separate instances."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from frontdesk.ui.startup.single_instance import ALREADY, server_name

STARTED = "Listening for later starts"
ASKED = "A second start of FrontDesk asked for the window"


def env() -> dict:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def start(data_dir: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "frontdesk", *args, "--data-dir",
                             str(data_dir)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env())


def log_text(data_dir: Path) -> str:
    path = data_dir / "logs" / "frontdesk.log"
    return path.read_text() if path.exists() else ""


def wait_for(data_dir: Path, words: str, count: int = 1, proc=None, timeout: float = 120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log_text(data_dir).count(words) >= count:
            return
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"FrontDesk ended ({proc.returncode}): {proc.stderr.read()}")
        time.sleep(0.1)
    raise AssertionError(f"{words!r} never logged:\n{log_text(data_dir)[-3000:]}")


def second_start(data_dir: Path, *args: str) -> tuple[subprocess.CompletedProcess, float]:
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "frontdesk", *args, "--data-dir",
                           str(data_dir)], capture_output=True, text=True, env=env(),
                          timeout=60)
    return done, time.monotonic() - began


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def demo(tmp_path) -> Path:
    """A demo practice made beforehand, so a start opens straight to its window."""
    made = subprocess.run([sys.executable, "-m", "frontdesk", "serve", "--once", "--demo",
                           "--data-dir", str(tmp_path)], capture_output=True, text=True,
                          timeout=180)
    assert made.returncode == 0, made.stderr
    return tmp_path


def test_a_second_start_brings_the_first_window_forward_and_exits_0(demo):
    first = start(demo, "--demo")
    try:
        wait_for(demo, "Background work started", proc=first)  # its window is up
        done, seconds = second_start(demo, "--demo")
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == ALREADY
        print(f"second start answered in {seconds:.2f} s")
        wait_for(demo, ASKED, proc=first, timeout=10)
        wait_for(demo, "Brought the main window forward", proc=first, timeout=10)
        assert first.poll() is None  # the first goes on
        assert log_text(demo).count("Background work started") == 1  # no second instance
    finally:
        stop(first)
    assert first.returncode == 0


def test_a_socket_left_by_a_killed_frontdesk_is_taken_over(demo):
    first = start(demo, "--demo")
    try:
        wait_for(demo, STARTED, proc=first)
    finally:
        first.kill()
        first.wait()
    stale = Path(tempfile.gettempdir()) / server_name(demo / "demo")
    assert stale.exists()  # what the crash left behind
    again = start(demo, "--demo")
    try:
        wait_for(demo, STARTED, count=2, proc=again)
        done, _seconds = second_start(demo, "--demo")
        assert done.returncode == 0 and done.stdout.strip() == ALREADY, done.stderr
        wait_for(demo, ASKED, proc=again, timeout=10)
    finally:
        stop(again)


def test_the_demo_and_the_practice_are_separate_instances(demo):
    first = start(demo, "--demo")
    practice = None
    try:
        wait_for(demo, STARTED, proc=first)
        practice = start(demo)  # the practice's folder: no practice yet, it asks what to do
        wait_for(demo, STARTED, count=2, proc=practice)
        time.sleep(1)
        assert practice.poll() is None  # running on its own, not handed to the demo
        assert ASKED not in log_text(demo)
    finally:
        for proc in (practice, first):
            if proc is not None:
                stop(proc)
