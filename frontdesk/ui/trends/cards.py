"""Every chart card of the Trends page, in one import: what `load_charts_in_background`
loads (with pyqtgraph) off the GUI thread before the page makes its charts."""

from __future__ import annotations

from frontdesk.ui.trends.bars import BarChart, bar_chart
from frontdesk.ui.trends.chart_card import ChartCard
from frontdesk.ui.trends.heatmap import HeatMapChart
from frontdesk.ui.trends.weekly import WeeklyChart

__all__ = ["BarChart", "ChartCard", "HeatMapChart", "WeeklyChart", "bar_chart"]
