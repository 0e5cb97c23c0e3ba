"""No-show and late-cancel rate week by week, with the 4-week moving average: the whole
practice, one clinician, or every clinician's average side by side."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from frontdesk.services.trends import Series, TrendsReport
from frontdesk.ui.trends import text
from frontdesk.ui.trends.chart_card import GRID_ALPHA, ChartCard, LabelAxis, PercentAxis, swatch
from frontdesk.ui.trends.multiples import PRACTICE, SmallMultiples
from frontdesk.ui.widgets import style

NO_SHOW = style.VERMILION
LATE = style.BLUE
WHOLE, COMPARE_ALL = -1, -2  # the selector's data for the two views that are not a clinician
HEIGHT = 300


def _nan(values) -> list[float]:
    return [math.nan if v is None else v * 100 for v in values]


def nice_top(values: list[float], at_least: float = 5.0) -> float:
    """A round upper limit for a percent axis."""
    finite = [v for v in values if v == v]
    top = max([*finite, at_least]) * 1.12
    step = 5 if top <= 40 else 10
    return math.ceil(top / step) * step


class WeeklyChart(ChartCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.x_axis, self.y_axis = LabelAxis("bottom"), PercentAxis("left")
        super().__init__("No-shows and late cancels, week by week", parent,
                         file_name="trends-weekly.png",
                         axes={"bottom": self.x_axis, "left": self.y_axis})
        self.who = QComboBox(self.tools)
        self.who.setToolTip("Whose sessions to show")
        self.who.setAccessibleName("Show the weekly rates for")
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tools_row.insertWidget(0, self.who)
        self.who.currentIndexChanged.connect(lambda _i: self.redraw())
        item = self.plot.getPlotItem()
        item.showGrid(y=True, alpha=GRID_ALPHA)
        label_style = {"color": style.TEXT, "font-size": "10pt"}
        item.setLabel("left", "Share of sessions", **label_style)
        item.setLabel("bottom", "Week (starting Monday)", **label_style)
        self.multiples = SmallMultiples(self.show_tip, self)
        self.stack.addWidget(self.multiples)
        self.cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen("#9A9A9A", width=1,
                                                             style=Qt.PenStyle.DashLine))
        # Made once and given new data by each refresh.
        self.dots = pg.ScatterPlotItem(size=7, pen=pg.mkPen(NO_SHOW))
        self.late_line = pg.PlotDataItem(pen=pg.mkPen(LATE, width=3, style=Qt.PenStyle.DashLine),
                                         connect="finite")
        self.average_line = pg.PlotDataItem(pen=pg.mkPen(NO_SHOW, width=3.5), connect="finite")
        for part in (self.dots, self.late_line, self.average_line, self.cursor):
            item.addItem(part)
        self.cursor.hide()
        self.report: TrendsReport | None = None
        self.shown: list[Series] = []  # what is plotted now (one series, or one per clinician)
        self.compare = False

    # ---- what to show --------------------------------------------------------------------
    def show_report(self, report: TrendsReport) -> None:
        self.report = report
        keep = self.who.currentData()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem("Whole practice", WHOLE)
        if len(report.weekly_by_clinician) > 1:
            self.who.addItem("Clinicians side by side", COMPARE_ALL)
        for s in report.weekly_by_clinician:
            self.who.addItem(s.label, s.clinician_id)
        index = self.who.findData(keep) if keep is not None else 0
        self.who.setCurrentIndex(max(index, 0))
        self.who.blockSignals(False)
        self.who.setVisible(bool(report.weekly_by_clinician))
        self.redraw()

    def choose(self, clinician_id: int | None) -> None:
        """Show one clinician (None: the whole practice)."""
        self.who.setCurrentIndex(max(0, self.who.findData(
            WHOLE if clinician_id is None else clinician_id)))

    def compare_clinicians(self) -> None:
        self.who.setCurrentIndex(max(0, self.who.findData(COMPARE_ALL)))

    def redraw(self) -> None:
        report = self.report
        item = self.plot.getPlotItem()
        self.shown = []
        if report is None:
            return
        choice = self.who.currentData()
        self.compare = choice == COMPARE_ALL
        if self.compare:
            self.shown = list(report.weekly_by_clinician)
        elif choice in (None, WHOLE):
            self.shown = [report.weekly]
        else:
            self.shown = [s for s in report.weekly_by_clinician if s.clinician_id == choice]
        series = self.shown[0] if self.shown else report.weekly
        if not any(series.places) and not self.compare:
            who = "" if choice in (None, WHOLE) else f" for {series.label}"
            self.show_empty(f"No sessions in this range yet{who}.\n"
                            "Pick a wider date range, or wait until sessions have happened.")
            return
        weeks = series.week_starts
        names, major = text.month_ticks(weeks)
        if self.compare:
            self._draw_compare()
            return
        self.x_axis.set_names(names, major)
        top = nice_top(self._draw_one(series))
        self.cursor.hide()
        item.setXRange(-0.5, len(weeks) - 0.5, padding=0.02)
        item.setYRange(-top * 0.04, top, padding=0)
        self.show_plot(text.weekly_insight(series), HEIGHT)

    def _draw_one(self, s: Series) -> list[float]:
        x = list(range(len(s.week_starts)))
        weekly = _nan(s.no_show_rate)
        small = [p < text.MIN_PLACES for p in s.places]
        self.dots.setData(x=x, y=weekly, brush=[pg.mkBrush("white") if few
                                                else pg.mkBrush(NO_SHOW) for few in small])
        ma, late = _nan(s.ma_no_show_rate), _nan(s.ma_late_cancel_rate)
        self.late_line.setData(x, late)
        self.average_line.setData(x, ma)
        self.set_legend([
            (swatch(NO_SHOW, line=True), "No-show, 4-week average"),
            (swatch(NO_SHOW), "No-show, one week (hollow: under "
                              f"{text.MIN_PLACES} sessions)"),
            (swatch(LATE, line=True, dash=True), "Late cancel, 4-week average"),
        ])
        return [v for v, few in zip(weekly, small, strict=True) if not few] + ma + late

    def _draw_compare(self) -> None:
        report = self.report
        top = nice_top([v for s in self.shown for v in _nan(s.ma_no_show_rate)]
                       + _nan(report.weekly.ma_no_show_rate))
        self.multiples.show_series(report.weekly, self.shown, top)
        self.set_legend([(swatch(NO_SHOW, line=True), "The clinician's 4-week average no-show"),
                         (swatch(PRACTICE, line=True), "The whole practice's, for comparison")])
        high = [s for s in self.shown if above_practice(s, report.weekly)]
        subtitle = ("Same scale for everyone. " + (
            f"Above the practice most weeks: {', '.join(s.label for s in high)}."
            if high else "Nobody is above the practice most weeks."))
        self.show_plot(subtitle, self.multiples.height_needed, self.multiples)

    # ---- hover ---------------------------------------------------------------------------
    def tip_at(self, x: float, y: float) -> str:
        if not self.shown or self.compare:
            return ""
        i = round(x)
        if not 0 <= i < len(self.shown[0].week_starts):
            self.cursor.hide()
            return ""
        self.cursor.setValue(i)
        self.cursor.show()
        return text.week_tip(self.shown[0], i)


def above_practice(s: Series, practice: Series) -> bool:
    """Whether a clinician's average is above the practice's in most weeks with both."""
    pairs = [(a, b) for a, b in zip(s.ma_no_show_rate, practice.ma_no_show_rate, strict=True)
             if a is not None and b is not None]
    return bool(pairs) and sum(a > b for a, b in pairs) > len(pairs) * 0.6
