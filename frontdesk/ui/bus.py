"""The window's side of the change bus: `Changes` published on any thread arrive here as a
Qt signal on the GUI thread; each screen connects to `changed` and decides what to redraw."""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from frontdesk.domain.changes import Changes
from frontdesk.services.events import ChangeEvents
from frontdesk.ui.tasks import LatestOnly

if TYPE_CHECKING:
    from frontdesk.ui.context import UiContext

log = logging.getLogger(__name__)


class UiEvents(QObject):
    """Re-emits the services' `ChangeEvents` as `changed(Changes)`, always queued."""

    changed = Signal(object)  # Changes
    _arrived = Signal(object)

    def __init__(self, events: ChangeEvents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.closed = False
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = events.subscribe(self._publish)

    def _publish(self, changes: Changes) -> None:  # any thread
        with contextlib.suppress(RuntimeError):  # the bus is already gone
            self._arrived.emit(changes)

    def _deliver(self, changes: Changes) -> None:  # GUI thread
        if not self.closed:  # what was still on its way when the window closed is dropped
            self.changed.emit(changes)

    def announce(self, changes: Changes) -> None:
        """On the GUI thread, at once: a change the window itself asks for (F5)."""
        self.changed.emit(changes)

    def close(self) -> None:
        """Stop listening (the window is closing)."""
        self.closed = True
        self._unsubscribe()


class OutsideWatch(QObject):
    """Changes another program made (`frontdesk serve` holding the sending lock) reach the
    screens too: every CHECK_MS the database is asked whether anyone else committed (one
    PRAGMA, nothing read otherwise); if so, every screen reads its data again."""

    CHECK_MS = 15_000

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.checks = LatestOnly(ctx.runner, owner=self, coalesce=True)
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        if self.ctx.services.outside is not None:
            self.check()  # takes note of where the database stands
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        outside = self.ctx.services.outside
        if outside is not None:
            self.checks.run(outside.moved, on_success=self._answered,
                            on_failure=lambda exc: log.warning(
                                "Could not ask the database about outside changes: %s",
                                type(exc).__name__))

    def _answered(self, moved: bool) -> None:
        if moved:
            self.ctx.events.announce(Changes.all())
