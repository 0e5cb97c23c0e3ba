"""The weekday × hour heat map: each cell's no-show rate as a shade (light = seldom missed,
dark = often) with the rate written in it; cells with too few sessions hatched grey and
labelled with how many there were; a colour scale underneath."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from frontdesk.services.trends import Counts, TrendsReport
from frontdesk.ui.trends import text
from frontdesk.ui.trends.chart_card import ChartCard, LabelAxis, font, swatch
from frontdesk.ui.trends.painted import Cell, CellGrid
from frontdesk.ui.widgets import style

# ColorBrewer YlOrRd: one hue ramp from light to dark, read by lightness alone, so it works
# for every common colour-vision deficiency and in greyscale.
STOPS = ("#FFFFCC", "#FED976", "#FEB24C", "#FD8D3C", "#F03B20", "#BD0026")
COLOURS = pg.ColorMap(np.linspace(0.0, 1.0, len(STOPS)), [QColor(c) for c in STOPS])
EMPTY_CELL = "#F4F4F4"
GAP = 0.04
ROW_PX, MARGIN_PX = 38, 70


def shade(fraction: float) -> QColor:
    return COLOURS.map(min(max(fraction, 0.0), 1.0), mode="qcolor")


def ink_for(colour: QColor) -> str:
    """Dark text on light cells, white on dark ones."""
    r, g, b = colour.redF(), colour.greenF(), colour.blueF()
    return "#FFFFFF" if 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 else style.TEXT


def scale_top(rates: list[float]) -> float:
    """The rate (in %) the darkest shade stands for: a round number, at least 10%."""
    top = max([*rates, 0.0]) * 100
    return max(10.0, math.ceil(top / 5) * 5)


def scale_picture(width: int = 120, height: int = 14) -> QLabel:
    pm = QPixmap(width, height)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(width, 0))
    for i, c in enumerate(STOPS):
        gradient.setColorAt(i / (len(STOPS) - 1), QColor(c))
    p.setPen(QPen(QColor("#9A9A9A"), 1))
    p.setBrush(QBrush(gradient))
    p.drawRect(QRectF(0.5, 0.5, width - 1, height - 1))
    p.end()
    label = QLabel()
    label.setPixmap(pm)
    return label


class HeatMapChart(ChartCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.y_axis, self.x_axis = LabelAxis("left"), LabelAxis("bottom")
        super().__init__("When sessions are missed: day of week × start time", parent,
                         file_name="trends-heatmap.png",
                         axes={"left": self.y_axis, "bottom": self.x_axis})
        item = self.plot.getPlotItem()
        item.invertY(True)
        item.setLabel("bottom", "Session start time", color=style.TEXT, **{"font-size": "10pt"})
        self.days: list[int] = []
        self.hours: list[int] = []
        self.report: TrendsReport | None = None
        self.top = 10.0
        self.cells: dict[tuple[int, int], tuple[QColor | None, str]] = {}  # for tests
        self.grid = CellGrid(item.vb, font(9), GAP)  # every cell, painted by one item

    def show_report(self, report: TrendsReport) -> None:
        self.report = report
        h = report.heatmap
        item = self.plot.getPlotItem()
        self.cells = {}
        self.grid.set_cells([])
        self.days = [d for d in range(len(h.weekdays)) if any(c.places for c in h.cells[d])]
        busy = [hr for hr in range(len(h.hours)) if any(h.cells[d][hr].places for d in self.days)]
        if not self.days:
            self.show_empty("No sessions in this range yet, so no busy or quiet times to show.")
            return
        self.hours = list(range(min(busy), max(busy) + 1))
        enough = [c.no_show_rate or 0.0 for d in self.days for c in h.cells[d]
                  if c.places >= text.MIN_PLACES]
        self.top = scale_top(enough)
        self.grid.set_cells([self._cell(row, col, h.cells[d][hr])
                             for row, d in enumerate(self.days)
                             for col, hr in enumerate(self.hours)])
        self.y_axis.set_names({i: h.weekdays[d] for i, d in enumerate(self.days)})
        self.x_axis.set_names({i: text.hour_text(h.hours[hr]) for i, hr in enumerate(self.hours)})
        item.setXRange(-0.5, len(self.hours) - 0.5, padding=0)
        item.setYRange(-0.5, len(self.days) - 0.5, padding=0)
        legend = [(scale_picture(), f"No-show rate: light 0% → dark {self.top:.0f}% or more")]
        labels = [label for _colour, label in self.cells.values()]
        if any(label.startswith("n=") for label in labels):
            legend.append((swatch("#BBBBBB", hatch=True, border=style.GREY),
                           f"Under {text.MIN_PLACES} sessions (n = how many): too few to tell"))
        if any(not label for label in labels):
            legend.append((swatch(EMPTY_CELL, border="#CCCCCC"), "No sessions"))
        self.set_legend(legend)
        self.show_plot(text.heat_insight(h), MARGIN_PX + ROW_PX * len(self.days))

    def _cell(self, row: int, col: int, c: Counts) -> Cell:
        label, ink, colour = "", style.TEXT, None
        if not c.places:
            brush = QBrush(QColor(EMPTY_CELL))
        elif c.places < text.MIN_PLACES:
            brush = QBrush(QColor("#BBBBBB"), Qt.BrushStyle.BDiagPattern)
            label, ink = f"n={c.places}", style.MUTED_TEXT
        else:
            colour = shade((c.no_show_rate or 0.0) * 100 / self.top)
            brush = QBrush(colour)
            label, ink = text.pct(c.no_show_rate), ink_for(colour)
        self.cells[(row, col)] = (colour, label)
        return Cell(col, row, brush, label, ink, bold=colour is not None)

    def tip_at(self, x: float, y: float) -> str:
        if self.report is None:
            return ""
        col, row = round(x), round(y)
        if not (0 <= row < len(self.days) and 0 <= col < len(self.hours)):
            return ""
        h = self.report.heatmap
        d, hr = self.days[row], self.hours[col]
        return text.cell_tip(h.weekdays[d], h.hours[hr], h.cells[d][hr])
