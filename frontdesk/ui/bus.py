"""The window's side of the change bus: `Changes` published on any thread arrive here as a
Qt signal on the GUI thread; each screen connects to `changed` and decides what to redraw."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt, Signal

from frontdesk.domain.changes import Changes
from frontdesk.services.events import ChangeEvents


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
