"""What the Trends page is made of: its breakdown charts in sections, with their words."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from frontdesk.services.trends import TrendsReport
from frontdesk.ui.trends import text
from frontdesk.ui.trends.bars import BarChart
from frontdesk.ui.trends.chart_card import font
from frontdesk.ui.widgets import style


def bar_charts(parent: QWidget) -> dict[str, BarChart]:
    t = text
    return {
        "by_confirmation": BarChart(
            "Confirmed vs never confirmed", "by_confirmation",
            lambda rows, _all: t.confirmation_insight(rows), parent),
        "by_delivered": BarChart(
            "Did a reminder reach the client?", "by_delivered",
            lambda rows, _all: t.delivered_insight(rows), parent),
        "by_channel": BarChart(
            "By reminder channel", "by_channel",
            lambda rows, _all: t.channel_insight(rows), parent),
        "by_lead_time": BarChart(
            "By how far ahead the session was booked", "by_lead_time",
            lambda rows, _all: t.lead_insight(rows), parent),
        "by_clinician": BarChart(
            "By clinician", "by_clinician", t.clinician_insight, parent),
        "by_type": BarChart(
            "By appointment type", "by_type",
            lambda rows, _all: t.spread_insight(rows), parent),
        "by_modality": BarChart(
            "In person vs telehealth", "by_modality",
            lambda rows, _all: t.spread_insight(rows), parent),
        "first_vs_returning": BarChart(
            "First visit vs returning client", "first_vs_returning",
            lambda rows, _all: t.first_visit_insight(rows), parent),
    }


SECTIONS = (
    ("Do reminders work?", "Sessions confirmed, or whose reminder reached the client, against "
     "the rest.", ("by_confirmation", "by_delivered", "by_channel", "by_lead_time")),
    ("Who and what", "Where the misses are, by clinician and kind of session.",
     ("by_clinician", "by_type", "by_modality", "first_vs_returning")),
)



def section_heading(title: str, intro: str) -> QWidget:
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(2, 8, 0, 0)
    lay.setSpacing(0)
    head = QLabel(title, box)
    head.setFont(font(13, bold=True))
    words = QLabel(intro, box)
    words.setStyleSheet(f"color: {style.MUTED_TEXT};")
    lay.addWidget(head)
    lay.addWidget(words)
    return box


def summary_text(report: TrendsReport, chosen: str) -> str:
    t = report.headline.totals
    if report.first_day is None or report.last_day is None:
        span = "No sessions yet"
    else:
        span = (f"{text.plural(t.places, 'session')}, {text.day_text(report.first_day)} – "
                f"{text.day_text(report.last_day)}")
    who = f" · {chosen}" if chosen else ""
    rates = (f": {text.pct(t.no_show_rate)} no-show, {text.pct(t.late_cancel_rate)} late cancel"
             if t.places else "")
    return span + who + rates
