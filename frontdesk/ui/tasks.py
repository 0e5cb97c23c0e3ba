"""The one background-task helper: database and network work off the GUI thread.

    run_for(self, runner, services.schedule.day, date).on_success(model.set_rows)

`run_for` is the way widgets start work: its callbacks are skipped once the widget is gone.
A failure nobody handles reaches the window's banner (`failed_unhandled`) in plain words.

Database work runs on one worker (SQLite likes a single writer); network work
on a small pool; analytics (the Trends page: a first build reads every place for tens of
seconds on a long history) on a lane of its own, so the schedule, the crisis watch and every
other screen never queue behind it. Callbacks always run on the GUI thread. Failures with a
front-desk message (FrontDeskError) reach `on_failure`; anything else is logged
without its message (which might carry client data) and reported generically.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from frontdesk.services.errors import FrontDeskError
from frontdesk.services.retry import plain_error

log = logging.getLogger(__name__)


class Task:
    """The handle `run` returns: attach callbacks; they fire once, on the GUI thread."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._done = False
        self._ok = False
        self._value: Any = None
        self._success: list[Callable[[Any], None]] = []
        self._failure: list[Callable[[BaseException], None]] = []
        self._finally: list[Callable[[], None]] = []
        self.failure_handled = False

    @property
    def done(self) -> bool:
        return self._done

    def on_success(self, cb: Callable[[Any], None]) -> Task:
        if self._done:
            if self._ok:
                cb(self._value)
        else:
            self._success.append(cb)
        return self

    def on_failure(self, cb: Callable[[BaseException], None]) -> Task:
        self.failure_handled = True
        if self._done:
            if not self._ok:
                cb(self._value)
        else:
            self._failure.append(cb)
        return self

    def on_finished(self, cb: Callable[[], None]) -> Task:
        if self._done:
            cb()
        else:
            self._finally.append(cb)
        return self

    def _settle(
        self, ok: bool, value: Any, fallback: Callable[[Task, BaseException], None]
    ) -> None:
        self._done, self._ok, self._value = True, ok, value
        if ok:
            for cb in self._success:
                cb(value)
        elif self._failure:
            for cb in self._failure:
                cb(value)
        else:
            fallback(self, value)
        for cb in self._finally:
            cb()
        self._success.clear()
        self._failure.clear()
        self._finally.clear()


def log_failure(task_name: str, exc: BaseException) -> None:
    """Log where it failed, not what the data was: no exception message, just type and stack.

    A FrontDeskError is a refusal the user is told about (bad input, a clash): one line."""
    if isinstance(exc, FrontDeskError):
        log.info("Background task %s refused: %s", task_name, type(exc).__name__)
        return
    stack = "".join(traceback.format_tb(exc.__traceback__))
    log.error("Background task %s failed with %s\n%s", task_name, type(exc).__name__, stack)


class TaskRunner(QObject):
    """Runs callables on worker threads and settles their Task on the GUI thread."""

    _settled = Signal(object, bool, object)
    failed_unhandled = Signal(str, object)  # task name, exception: for a status banner

    def __init__(self, parent: QObject | None = None, network_workers: int = 4) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(1, thread_name_prefix="frontdesk-db")
        self._net = ThreadPoolExecutor(network_workers, thread_name_prefix="frontdesk-net")
        self._analytics = ThreadPoolExecutor(1, thread_name_prefix="frontdesk-analytics")
        self._pending: set[Task] = set()
        self._settled.connect(self._deliver)

    def run(self, fn: Callable[..., Any], *args: Any, network: bool = False,
            analytics: bool = False, **kwargs: Any) -> Task:
        """`fn(*args, **kwargs)` on the database worker, or the network pool, or the
        analytics lane (slow reads that nothing else should wait for)."""
        task = Task(getattr(fn, "__qualname__", repr(fn)))
        self._pending.add(task)
        pool = self._net if network else self._analytics if analytics else self._db
        future = pool.submit(fn, *args, **kwargs)
        future.add_done_callback(lambda f, t=task: self._finish(t, f))
        return task

    def _finish(self, task: Task, future: Future) -> None:  # worker thread
        exc = future.exception()
        if exc is None:
            self._settled.emit(task, True, future.result())
        else:  # "database is locked" reaches the person as words (BusyError), not a failure
            self._settled.emit(task, False, plain_error(exc))

    def _deliver(self, task: Task, ok: bool, value: Any) -> None:  # GUI thread
        self._pending.discard(task)
        if not ok:
            log_failure(task.name, value)
        task._settle(ok, value, self._unhandled)

    def _unhandled(self, task: Task, exc: BaseException) -> None:
        self.failed_unhandled.emit(task.name, exc)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self, wait: bool = True) -> None:
        self._db.shutdown(wait=wait, cancel_futures=not wait)
        self._net.shutdown(wait=wait, cancel_futures=not wait)
        self._analytics.shutdown(wait=wait, cancel_futures=not wait)


class InlineTaskRunner(QObject):
    """Same API, runs the callable at once on the calling thread (deterministic UI tests)."""

    failed_unhandled = Signal(str, object)

    def run(self, fn: Callable[..., Any], *args: Any, network: bool = False,
            analytics: bool = False, **kwargs: Any) -> Task:
        task = Task(getattr(fn, "__qualname__", repr(fn)))
        try:
            value, ok = fn(*args, **kwargs), True
        except Exception as exc:  # delivered to on_failure like the real one
            value, ok = plain_error(exc), False
            log_failure(task.name, exc)
        task._settle(ok, value, self._unhandled_later)
        return task

    def _unhandled_later(self, task: Task, exc: BaseException) -> None:
        # Callbacks are attached after run() returns: report only if none was.
        QTimer.singleShot(
            0, lambda: None if task.failure_handled else self.failed_unhandled.emit(task.name, exc)
        )

    @property
    def busy(self) -> bool:
        return False

    def shutdown(self, wait: bool = True) -> None:
        pass


class LatestOnly:
    """One widget's stream of requests where only the newest answer counts.

        self.search = LatestOnly(runner, owner=self)
        self.search.run(find, text, on_success=self.show, on_failure=self.failed)

    Each `run` supersedes the requests before it: their `on_success` / `on_failure` are
    dropped (so are all outstanding ones after `invalidate()`). With `owner`, the request
    runs through `run_for`, so nothing is called once the owner is deleted. `run` returns
    the task; callbacks attached to it directly are not filtered.

    coalesce=True: at most one request runs at a time. Asked again meanwhile, it remembers
    the newest request and, when the running one ends, starts it with its (latest)
    arguments, or calls `again()` instead when given (for an owner that re-reads its state,
    e.g. filters that moved on). `on_idle` runs when a request ends with nothing queued.
    Callbacks arrive on the GUI thread, so no locking is needed.
    """

    def __init__(self, runner, owner=None, *, coalesce: bool = False,
                 again: Callable[[], Any] | None = None) -> None:
        self.runner, self.owner = runner, owner
        self.coalesce, self.again = coalesce, again
        self._latest = 0
        self._running = False
        self._queued: Callable[[], Any] | None = None

    @property
    def busy(self) -> bool:
        """A coalesced request is running."""
        return self._running

    def invalidate(self) -> None:
        """Drop the answers of every request made so far."""
        self._latest += 1

    def run(self, fn: Callable[..., Any], *args: Any,
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            on_idle: Callable[[], None] | None = None, **kwargs: Any):
        """Start `fn(*args, **kwargs)`; None if it was queued behind a running one."""
        if self.coalesce and self._running:
            self._queued = self.again or (lambda: self.run(
                fn, *args, on_success=on_success, on_failure=on_failure, on_idle=on_idle,
                **kwargs))
            return None
        self._latest += 1
        ticket = self._latest
        self._running = self.coalesce
        if self.owner is not None:
            task = run_for(self.owner, self.runner, fn, *args, **kwargs)
        else:
            task = self.runner.run(fn, *args, **kwargs)
        if on_success is not None:
            task.on_success(lambda value: on_success(value) if ticket == self._latest else None)
        if on_failure is not None:
            task.on_failure(lambda exc: on_failure(exc) if ticket == self._latest else None)
        if self.coalesce:
            task.on_finished(lambda: self._ended(on_idle))
        return task

    def _ended(self, on_idle: Callable[[], None] | None) -> None:
        self._running = False
        if self._queued is not None:
            queued, self._queued = self._queued, None
            queued()
        elif on_idle is not None:
            on_idle()


class WidgetTask:
    """A runner Task whose callbacks are skipped once `widget` is gone (a dialog closed
    while its save was in flight, the app quitting): no calls on deleted Qt objects."""

    def __init__(self, task: Task, widget: QObject) -> None:
        self.task, self.widget = task, widget

    def _guard(self, cb: Callable[..., None]) -> Callable[..., None]:
        def call(*args: Any) -> None:
            if shiboken6.isValid(self.widget):
                cb(*args)
        return call

    def on_success(self, cb: Callable[[Any], None]) -> WidgetTask:
        self.task.on_success(self._guard(cb))
        return self

    def on_failure(self, cb: Callable[[BaseException], None]) -> WidgetTask:
        self.task.on_failure(self._guard(cb))
        return self

    def on_finished(self, cb: Callable[[], None]) -> WidgetTask:
        self.task.on_finished(self._guard(cb))
        return self


def run_for(widget: QObject, runner, fn: Callable[..., Any], *args: Any,
            **kwargs: Any) -> WidgetTask:
    """`runner.run(fn, *args)` on behalf of `widget` (see WidgetTask)."""
    return WidgetTask(runner.run(fn, *args, **kwargs), widget)
