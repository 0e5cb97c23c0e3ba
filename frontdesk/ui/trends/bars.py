"""A breakdown as horizontal bars: one bar per group (clinician, type, reminder channel…),
its no-show rate written at the end with the counts behind it, groups too small to tell
greyed, and the whole range's rate as a dashed line to compare against."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import QWidget

from frontdesk.services.trends import Counts, Row, TrendsReport
from frontdesk.ui.trends import text
from frontdesk.ui.trends.chart_card import (
    GRID_ALPHA,
    ChartCard,
    LabelAxis,
    PercentAxis,
    font,
    swatch,
)
from frontdesk.ui.widgets import style

BAR = style.VERMILION
FEW = style.GREY
ROW_PX, MARGIN_PX = 34, 84
TEXT_PAD_PX = 14

Insight = Callable[[Sequence[Row], Counts], str]


def bar_label(c: Counts) -> str:
    if c.places < text.MIN_PLACES:
        return f"too few to tell ({text.of(c.no_show, c.places)})"
    return f"{text.pct(c.no_show_rate)}  ({text.of(c.no_show, c.places)})"


class BarChart(ChartCard):
    """One breakdown of the report (`field`: e.g. "by_confirmation")."""

    def __init__(self, title: str, field: str, insight: Insight, parent: QWidget | None = None,
                 *, empty_text: str = "No sessions in this range yet.") -> None:
        self.y_axis, self.x_axis = LabelAxis("left"), PercentAxis("bottom")
        super().__init__(title, parent, file_name=f"trends-{field.replace('_', '-')}.png",
                         axes={"left": self.y_axis, "bottom": self.x_axis})
        self.field, self.insight, self.empty_text = field, insight, empty_text
        item = self.plot.getPlotItem()
        item.invertY(True)
        item.showGrid(x=True, alpha=GRID_ALPHA)
        item.setLabel("bottom", "No-show rate", color=style.TEXT, **{"font-size": "10pt"})
        item.vb.sigResized.connect(self._fit)
        self.rows: list[Row] = []
        self.labels: list[pg.TextItem] = []
        self.overall: Counts = Counts()

    def show_report(self, report: TrendsReport) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        self.labels = []
        self.rows = [r for r in getattr(report, self.field) if r.counts.places]
        self.overall = report.headline.totals
        if not self.rows:
            self.show_empty(self.empty_text)
            return
        ys = list(range(len(self.rows)))
        widths = [(r.counts.no_show_rate or 0) * 100 for r in self.rows]
        few = [r.counts.places < text.MIN_PLACES for r in self.rows]
        item.addItem(pg.BarGraphItem(
            x0=0, y=ys, height=0.62, width=widths,
            brushes=[QBrush(QColor(FEW), Qt.BrushStyle.BDiagPattern) if f else pg.mkBrush(BAR)
                     for f in few],
            pens=[pg.mkPen(FEW if f else BAR) for f in few]))
        for y, w, r in zip(ys, widths, self.rows, strict=True):
            label = pg.TextItem(bar_label(r.counts), color=style.MUTED_TEXT
                                if r.counts.places < text.MIN_PLACES else style.TEXT,
                                anchor=(0, 0.5), fill=pg.mkBrush(255, 255, 255, 230))
            label.setFont(font(9.5))
            label.setZValue(10)  # over the dashed line
            label.setPos(w, y)
            item.addItem(label)
            self.labels.append(label)
        legend = [(swatch(BAR), "No-show rate")]
        if self.overall.places:
            whole = (self.overall.no_show_rate or 0) * 100
            line = pg.InfiniteLine(whole, angle=90, pen=pg.mkPen(
                style.TEXT, width=1.5, style=Qt.PenStyle.DashLine))
            line.setZValue(5)
            item.addItem(line)
            legend.append((swatch(style.TEXT, line=True, dash=True),
                           f"All sessions: {text.pct(self.overall.no_show_rate)}"))
        if any(few):
            legend.append((swatch(FEW, hatch=True), f"Under {text.MIN_PLACES} sessions"))
        self.set_legend(legend)
        self.y_axis.set_names({i: r.label for i, r in enumerate(self.rows)})
        item.setYRange(-0.6, len(self.rows) - 0.4, padding=0)
        self.show_plot(self.insight(self.rows, self.overall),
                       MARGIN_PX + ROW_PX * len(self.rows))
        self._fit()

    def _fit(self) -> None:
        """Widen the rate axis so every bar's label fits to its right."""
        if not self.rows:
            return
        vb = self.plot.getPlotItem().vb
        view_px = max(vb.width(), 200.0)
        metrics = QFontMetrics(font(9.5))
        top = 5.0
        for r, label in zip(self.rows, self.labels, strict=True):
            w = (r.counts.no_show_rate or 0) * 100
            room = 1 - (metrics.horizontalAdvance(label.toPlainText()) + TEXT_PAD_PX) / view_px
            top = max(top, w / max(room, 0.2), (self.overall.no_show_rate or 0) * 110)
        self.plot.getPlotItem().setXRange(0, top, padding=0)
        for r, label in zip(self.rows, self.labels, strict=True):
            label.setPos((r.counts.no_show_rate or 0) * 100 + top * 4 / view_px, label.pos().y())

    def tip_at(self, x: float, y: float) -> str:
        i = round(y)
        return text.row_tip(self.rows[i]) if 0 <= i < len(self.rows) else ""
