"""The charts of the Trends page, made a piece at a time.

A chart card takes 15–30 ms to make (a pyqtgraph plot with its axes), and the page has ten:
made in one go they would hold the GUI thread for a quarter of a second. The box makes one
card per turn of the event loop instead, after the charting library has been imported on a
thread of its own (`load_charts_in_background`), so the page's frame shows at once and the
window keeps answering while the cards appear.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from frontdesk.ui.trends import charts_loaded, load_charts_in_background
from frontdesk.ui.trends.sections import SECTIONS, section_heading

log = logging.getLogger(__name__)
PIECE_S = 0.012  # make another card in the same turn only while under this
WAIT_MS = 20  # how often to look whether the charting library has been imported


class ChartsBox(QWidget):
    """Makes the weekly chart, the bar charts in their sections and the heat map in turn;
    `made(card)` for each as it is placed, then `ready` once every card exists."""

    made = Signal(object)
    ready = Signal()
    failed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weekly = None
        self.bars: dict = {}
        self.heatmap = None
        self.done = False
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.lay.setSpacing(10)
        self._pieces: Iterator[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next_piece)
        load_charts_in_background()
        self._timer.start(0 if charts_loaded() else WAIT_MS)

    @property
    def cards(self) -> list:
        """The cards made so far, top to bottom."""
        return [c for c in (self.weekly, *self.bars.values(), self.heatmap) if c is not None]

    def _next_piece(self) -> None:
        if not charts_loaded():
            self._timer.start(WAIT_MS)
            return
        started = time.perf_counter()
        try:
            if self._pieces is None:
                self._pieces = self._make()
            for _card in self._pieces:
                if time.perf_counter() - started > PIECE_S:
                    self._timer.start(0)
                    return
        except Exception:
            log.exception("The trends charts could not be made")
            self.failed.emit()
            return
        self.done = True
        self.ready.emit()

    def _make(self) -> Iterator[None]:
        from frontdesk.ui.trends.cards import HeatMapChart, WeeklyChart, bar_chart

        self.weekly = self._place(WeeklyChart(self))
        yield
        for title, intro, names in SECTIONS:
            self.lay.addWidget(section_heading(title, intro))
            grid = QGridLayout()
            grid.setSpacing(10)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            self.lay.addLayout(grid)
            for i, name in enumerate(names):
                card = bar_chart(name, self)
                self.bars[name] = card
                grid.addWidget(card, i // 2, i % 2, Qt.AlignmentFlag.AlignTop)
                self.made.emit(card)
                yield
        self.lay.addWidget(section_heading("When", "Days and times when sessions are missed "
                                                   "most."))
        self.heatmap = self._place(HeatMapChart(self))
        yield

    def _place(self, card):
        self.lay.addWidget(card)
        self.made.emit(card)
        return card


def when_ready(box: ChartsBox, then: Callable[[], None]) -> None:
    """then() now if every card exists, else once they do."""
    if box.done:
        then()
    else:
        box.ready.connect(then, Qt.ConnectionType.SingleShotConnection)
