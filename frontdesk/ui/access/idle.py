"""Idle time at the desk: any key, click, wheel or mouse move in any FrontDesk window counts
as activity; `idle` fires once the practice's idle minutes pass without any.

The time comes from the services' clock (a test injects a FixedClock and calls `check`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from frontdesk.clock import Clock

CHECK_MS = 5_000
ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class IdleWatch(QObject):
    """Watches the whole application's input; `idle()` after `minutes` of none."""

    idle = Signal()

    def __init__(self, clock: Clock, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.limit = timedelta(minutes=max(1, minutes))
        self.last: datetime = clock.now()
        self.paused = True  # while locked or signed out: nothing to lock
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.resume()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.limit = timedelta(minutes=max(1, minutes))

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused, self.last = False, self.clock.now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.last = self.clock.now()
        return False

    def check(self) -> None:
        if not self.paused and self.clock.now() - self.last >= self.limit:
            self.paused = True
            self.idle.emit()
