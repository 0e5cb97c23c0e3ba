"""Python's cycle collector only on the GUI thread.

Left automatic, the collector runs in whichever thread allocates when a threshold is
crossed, a database worker included; if it frees a cycle holding a QObject there, Qt
destroys that object off its thread and the process can crash. So automatic collection
is switched off and a timer on the GUI thread collects instead (pyqtgraph does the same).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose thresholds are crossed, as automatic GC would."""
        thresholds = gc.get_threshold()
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return
