"""A detached task (the start-up integrity check) is delivered like any other, and closing
neither waits for it nor joins its thread."""

from __future__ import annotations

import threading
import time

from frontdesk.ui.startup.integrity_notice import IntegrityWatch
from frontdesk.ui.tasks import TaskRunner


def test_a_detached_task_delivers_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    got: list[tuple[int, bool]] = []
    try:
        runner.run(lambda: 42, detached=True).on_success(
            lambda v: got.append((v, threading.current_thread() is threading.main_thread())))
        qtbot.waitUntil(lambda: got != [], timeout=5_000)
        failed: list[BaseException] = []
        runner.run(lambda: 1 / 0, detached=True).on_failure(failed.append)
        qtbot.waitUntil(lambda: failed != [], timeout=5_000)
    finally:
        runner.shutdown()
    assert got == [(42, True)]
    assert not runner.busy


def test_closing_does_not_wait_for_a_detached_task(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    runner.run(release.wait, 30, detached=True)
    started = time.monotonic()
    runner.shutdown(wait=True)
    waited = time.monotonic() - started
    release.set()
    assert waited < 5  # a pooled task would hold shutdown here for up to 30 s
    detached = [t for t in threading.enumerate() if t.name == "frontdesk-detached"]
    assert all(t.daemon for t in detached)  # the interpreter does not join them at exit


class SlowVault:
    """A vault whose check blocks until released (the real one reads the whole file)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.paths = None

    def integrity_report(self):
        self.release.wait(30)
        raise RuntimeError("released")


def test_the_integrity_check_runs_detached(qtbot):
    runner = TaskRunner()
    vault = SlowVault()
    IntegrityWatch(runner, vault).check_now()
    started = time.monotonic()
    runner.shutdown(wait=True)
    waited = time.monotonic() - started
    vault.release.set()
    assert waited < 5
