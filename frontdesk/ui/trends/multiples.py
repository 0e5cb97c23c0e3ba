"""Clinicians side by side: one small chart each, all on the same scale, with the clinician's
4-week average no-show rate drawn over the whole practice's (grey), so the one whose line
sits above the grey stands out at a glance."""

from __future__ import annotations

from collections.abc import Callable

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


class SmallMultiples(QWidget):
    def __init__(self, on_tip: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_tip = on_tip
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(8)
        self.series: list[Series] = []
        self.plots: list[pg.PlotWidget] = []

    @property
    def height_needed(self) -> int:
        return CELL_PX * max(1, -(-len(self.series) // COLUMNS))

    def show_series(self, practice: Series, series: list[Series], top: float) -> None:
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        self.series, self.plots = list(series), []
        whole = _nan(practice.ma_no_show_rate)
        x = list(range(len(practice.week_starts)))
        names, shown = text.month_ticks(practice.week_starts, max_labels=6)  # small: fewer
        for n, s in enumerate(series):
            box = QWidget(self)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(0)
            c = total(s)
            title = QLabel(f"<b>{s.label}</b>: {text.no_show_line(c)}", box)
            title.setFont(font(10))
            axis = LabelAxis("bottom")
            axis.set_names(names, shown)
            plot = make_plot(box, {"bottom": axis, "left": PercentAxis("left")})
            plot.getPlotItem().showGrid(y=True, alpha=0.15)
            plot.getPlotItem().addItem(pg.PlotDataItem(x, whole, connect="finite",
                                                       pen=pg.mkPen(PRACTICE, width=2)))
            plot.getPlotItem().addItem(pg.PlotDataItem(x, _nan(s.ma_no_show_rate),
                                                       connect="finite",
                                                       pen=pg.mkPen(OWN, width=3)))
            plot.getPlotItem().setXRange(-0.5, len(x) - 0.5, padding=0.02)
            plot.getPlotItem().setYRange(-top * 0.04, top, padding=0)
            plot.scene().sigMouseMoved.connect(lambda pos, k=n: self._moved(k, pos))
            lay.addWidget(title)
            lay.addWidget(plot, 1)
            box.setFixedHeight(CELL_PX - 8)
            self.grid.addWidget(box, n // COLUMNS, n % COLUMNS)
            self.plots.append(plot)
            box.show()
        for col in range(COLUMNS):
            self.grid.setColumnStretch(col, 1)

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
