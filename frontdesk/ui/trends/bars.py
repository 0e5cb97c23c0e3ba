"""A breakdown as horizontal bars: one bar per group (clinician, type, reminder channel…),
its no-show rate written at the end with the counts behind it, groups too small to tell
greyed, and the whole range's rate as a dashed line to compare against."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
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
from frontdesk.ui.trends.painted import BarLabels, Label
from frontdesk.ui.widgets import style

BAR = style.VERMILION
FEW = style.GREY
ROW_PX, MARGIN_PX = 34, 84
TEXT_PAD_PX = 14
LABEL_GAP_PX = 4  # between a bar's end and its label

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
        # Made once and updated by each refresh: the bars, the whole range's line, the labels.
        self.bars = pg.BarGraphItem(x0=0, y=[], height=0.62, width=[])
        item.addItem(self.bars)
        self.whole_line = pg.InfiniteLine(0, angle=90, pen=pg.mkPen(
            style.TEXT, width=1.5, style=Qt.PenStyle.DashLine))
        self.whole_line.setZValue(5)
        item.addItem(self.whole_line)
        self.labels = BarLabels(item.vb, font(9.5))
        self.rows: list[Row] = []
        self.overall: Counts = Counts()

    @property
    def label_texts(self) -> list[str]:
        return [label.text for label in self.labels.labels]

    def show_report(self, report: TrendsReport) -> None:
        item = self.plot.getPlotItem()
        self.rows = [r for r in getattr(report, self.field) if r.counts.places]
        self.overall = report.headline.totals
        if not self.rows:
            self.bars.setOpts(y=[], width=[], brushes=[], pens=[])
            self.labels.set_labels([])
            self.show_empty(self.empty_text)
            return
        ys = list(range(len(self.rows)))
        widths = [(r.counts.no_show_rate or 0) * 100 for r in self.rows]
        few = [r.counts.places < text.MIN_PLACES for r in self.rows]
        self.bars.setOpts(
            y=ys, width=widths,
            brushes=[QBrush(QColor(FEW), Qt.BrushStyle.BDiagPattern) if f else pg.mkBrush(BAR)
                     for f in few],
            pens=[pg.mkPen(FEW if f else BAR) for f in few])
        self.labels.set_labels([
            Label(w, y, bar_label(r.counts), style.MUTED_TEXT if f else style.TEXT)
            for y, w, r, f in zip(ys, widths, self.rows, few, strict=True)], LABEL_GAP_PX)
        legend = [(swatch(BAR), "No-show rate")]
        self.whole_line.setVisible(bool(self.overall.places))
        if self.overall.places:
            self.whole_line.setValue((self.overall.no_show_rate or 0) * 100)
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
        top = max(5.0, (self.overall.no_show_rate or 0) * 110)
        for label in self.labels.labels:
            room = 1 - (self.labels.width_px(label.text) + TEXT_PAD_PX) / view_px
            top = max(top, label.x / max(room, 0.2))
        self.plot.getPlotItem().setXRange(0, top, padding=0)

    def tip_at(self, x: float, y: float) -> str:
        i = round(y)
        return text.row_tip(self.rows[i]) if 0 <= i < len(self.rows) else ""


# Each breakdown: its title and the sentence under it (rows, the whole range's counts).
BREAKDOWNS: dict[str, tuple[str, Insight]] = {
    "by_confirmation": ("Confirmed vs never confirmed",
                        lambda rows, _all: text.confirmation_insight(rows)),
    "by_delivered": ("Did a reminder reach the client?",
                     lambda rows, _all: text.delivered_insight(rows)),
    "by_channel": ("By reminder channel", lambda rows, _all: text.channel_insight(rows)),
    "by_lead_time": ("By how far ahead the session was booked",
                     lambda rows, _all: text.lead_insight(rows)),
    "by_clinician": ("By clinician", text.clinician_insight),
    "by_type": ("By appointment type", lambda rows, _all: text.spread_insight(rows)),
    "by_modality": ("In person vs telehealth", lambda rows, _all: text.spread_insight(rows)),
    "first_vs_returning": ("First visit vs returning client",
                           lambda rows, _all: text.first_visit_insight(rows)),
}


def bar_chart(field: str, parent: QWidget | None = None) -> BarChart:
    """The bar chart of one breakdown of the report (e.g. "by_clinician")."""
    title, insight = BREAKDOWNS[field]
    return BarChart(title, field, insight, parent)
