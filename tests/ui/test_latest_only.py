"""LatestOnly: only the newest request's answer is shown; coalescing runs one more at the end."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget

from frontdesk.ui.tasks import LatestOnly, Task


class DeferredRunner:
    """Keeps each request's Task until the test settles it, in any order."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.tasks: list[Task] = []
        self.unhandled: list[BaseException] = []

    def run(self, fn, *args, **kwargs) -> Task:
        self.calls.append(args)
        task = Task(fn.__name__)
        self.tasks.append(task)
        return task

    def answer(self, i: int, value: Any) -> None:
        self.tasks[i]._settle(True, value, self._unhandled)

    def fail(self, i: int, exc: BaseException) -> None:
        self.tasks[i]._settle(False, exc, self._unhandled)

    def _unhandled(self, _task: Task, exc: BaseException) -> None:
        self.unhandled.append(exc)


def load(*args: Any) -> Any:
    return args


def test_an_answer_superseded_by_a_newer_request_is_dropped():
    runner, shown = DeferredRunner(), []
    latest = LatestOnly(runner)
    latest.run(load, "a", on_success=shown.append)
    latest.run(load, "ab", on_success=shown.append)
    runner.answer(1, "new")
    runner.answer(0, "old")  # late
    assert runner.calls == [("a",), ("ab",)]
    assert shown == ["new"]


def test_invalidate_drops_every_outstanding_answer():
    runner, shown = DeferredRunner(), []
    latest = LatestOnly(runner)
    latest.run(load, 1, on_success=shown.append)
    latest.invalidate()
    runner.answer(0, "stale")
    assert shown == []


def test_a_superseded_failure_is_dropped_and_the_latest_one_delivered():
    runner, failed = DeferredRunner(), []
    latest = LatestOnly(runner)
    latest.run(load, 1, on_failure=failed.append)
    latest.run(load, 2, on_failure=failed.append)
    old, new = ValueError("old"), ValueError("new")
    runner.fail(0, old)
    runner.fail(1, new)
    assert failed == [new]
    assert runner.unhandled == []  # the dropped one was handled (silently), not reported


def test_without_on_failure_a_failure_still_reaches_the_runner_fallback():
    runner = DeferredRunner()
    LatestOnly(runner).run(load, 1)
    boom = RuntimeError("boom")
    runner.fail(0, boom)
    assert runner.unhandled == [boom]


def test_callbacks_attached_to_the_returned_task_are_not_filtered():
    runner, failed = DeferredRunner(), []
    latest = LatestOnly(runner)
    latest.run(load, 1).on_failure(failed.append)
    latest.run(load, 2)
    boom = ValueError("late")
    runner.fail(0, boom)
    assert failed == [boom]


def test_coalescing_runs_once_more_with_the_latest_arguments():
    runner, shown, idle = DeferredRunner(), [], []
    latest = LatestOnly(runner, coalesce=True)

    def ask(arg):
        return latest.run(load, arg, on_success=shown.append, on_idle=lambda: idle.append(1))

    assert ask("a") is not None
    assert latest.busy
    assert ask("b") is None and ask("c") is None  # queued, not started
    assert runner.calls == [("a",)]
    runner.answer(0, "A")
    assert shown == ["A"]  # the running one is the newest started: shown
    assert runner.calls == [("a",), ("c",)]  # once more, with the latest arguments
    assert idle == [] and latest.busy
    runner.answer(1, "C")
    assert shown == ["A", "C"] and idle == [1] and not latest.busy
    assert runner.calls == [("a",), ("c",)]


def test_coalescing_after_a_failure_delivers_it_and_runs_again():
    runner, failed = DeferredRunner(), []
    latest = LatestOnly(runner, coalesce=True)
    latest.run(load, 1, on_failure=failed.append)
    latest.run(load, 2, on_failure=failed.append)
    boom = ValueError("x")
    runner.fail(0, boom)
    assert failed == [boom] and runner.calls == [(1,), (2,)]


def test_coalescing_with_again_calls_it_instead_of_repeating_the_request():
    runner, again = DeferredRunner(), []
    latest = LatestOnly(runner, coalesce=True, again=lambda: again.append(1))
    latest.run(load, 1)
    latest.run(load, 2)
    latest.run(load, 3)
    runner.answer(0, None)
    assert again == [1] and runner.calls == [(1,)] and not latest.busy


def test_with_the_inline_runner_each_answer_arrives_at_once(runner):
    shown = []
    latest = LatestOnly(runner, coalesce=True)
    latest.run(load, 1, on_success=shown.append)
    latest.run(load, 2, on_success=shown.append)
    assert shown == [(1,), (2,)] and not latest.busy


def test_with_an_owner_nothing_is_called_once_it_is_deleted():
    runner, shown = DeferredRunner(), []
    owner = QWidget()
    latest = LatestOnly(runner, owner)
    latest.run(load, 1, on_success=shown.append)
    shiboken6.delete(owner)
    runner.answer(0, "late")
    assert shown == []
