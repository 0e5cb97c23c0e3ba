"""Clinicians side by side: one small chart each, all on the same scale, with the clinician's
4-week average no-show rate drawn over the whole practice's (grey), so the one whose line
sits above the grey stands out at a glance."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from frontdesk.services.trends import Counts, Series
from frontdesk.ui.trends import text
from frontdesk.ui.trends.chart_card import LabelAxis, PercentAxis, font, make_plot
from frontdesk.ui.widgets import style

COLUMNS = 3
CELL_PX = 200  # one small chart with its title
PRACTICE = "#9A9A9A"
OWN = style.VERMILION


def _nan(values) -> list[float]:
    return [float("nan") if v is None else v * 100 for v in values]


def total(s: Series) -> Counts:
    out = Counts()
    for i in range(len(s.week_starts)):
        out = out + s.counts(i)
    return out


@dataclass
class _Cell:
    """One clinician's small chart, kept and given new data by later refreshes."""

    box: QWidget
    title: QLabel
    axis: LabelAxis
    plot: pg.PlotWidget
    practice: pg.PlotDataItem
    own: pg.PlotDataItem


class SmallMultiples(QWidget):
    def __init__(self, on_tip: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_tip = on_tip
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(8)
        for col in range(COLUMNS):
            self.grid.setColumnStretch(col, 1)
        self.series: list[Series] = []
        self.cells: list[_Cell] = []  # as many as the most clinicians shown so far

    @property
    def plots(self) -> list[pg.PlotWidget]:
        return [cell.plot for cell in self.cells[:len(self.series)]]

    @property
    def height_needed(self) -> int:
        return CELL_PX * max(1, -(-len(self.series) // COLUMNS))

    def _new_cell(self, n: int) -> _Cell:
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        title = QLabel(box)
        title.setFont(font(10))
        axis = LabelAxis("bottom")
        plot = make_plot(box, {"bottom": axis, "left": PercentAxis("left")})
        item = plot.getPlotItem()
        item.showGrid(y=True, alpha=0.15)
        practice = pg.PlotDataItem(connect="finite", pen=pg.mkPen(PRACTICE, width=2))
        own = pg.PlotDataItem(connect="finite", pen=pg.mkPen(OWN, width=3))
        item.addItem(practice)
        item.addItem(own)
        plot.scene().sigMouseMoved.connect(lambda pos, k=n: self._moved(k, pos))
        lay.addWidget(title)
        lay.addWidget(plot, 1)
        box.setFixedHeight(CELL_PX - 8)
        self.grid.addWidget(box, n // COLUMNS, n % COLUMNS)
        return _Cell(box, title, axis, plot, practice, own)

    def show_series(self, practice: Series, series: list[Series], top: float) -> None:
        self.series = list(series)
        while len(self.cells) < len(self.series):
            self.cells.append(self._new_cell(len(self.cells)))
        whole = _nan(practice.ma_no_show_rate)
        x = list(range(len(practice.week_starts)))
        names, shown = text.month_ticks(practice.week_starts, max_labels=6)  # small: fewer
        for n, cell in enumerate(self.cells):
            cell.box.setVisible(n < len(self.series))
            if n >= len(self.series):
                continue
            s = self.series[n]
            cell.title.setText(f"<b>{s.label}</b>: {text.no_show_line(total(s))}")
            cell.axis.set_names(names, shown)
            cell.practice.setData(x, whole)
            cell.own.setData(x, _nan(s.ma_no_show_rate))
            item = cell.plot.getPlotItem()
            item.setXRange(-0.5, len(x) - 0.5, padding=0.02)
            item.setYRange(-top * 0.04, top, padding=0)

    def tip_at(self, k: int, x: float) -> str:
        s = self.series[k]
        i = round(x)
        return f"{s.label}\n{text.week_tip(s, i)}" if 0 <= i < len(s.week_starts) else ""

    def _moved(self, k: int, pos) -> None:
        vb = self.plots[k].getPlotItem().vb
        tip = ""
        if vb.sceneBoundingRect().contains(pos):
            tip = self.tip_at(k, vb.mapSceneToView(pos).x())
        self.on_tip(tip)
