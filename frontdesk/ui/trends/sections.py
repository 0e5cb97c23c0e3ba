"""What the Trends page is made of: its breakdown charts in sections, with their words
(the charts themselves are in `bars.py`, made by `charts_box.py`)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from frontdesk.services.trends import TrendsReport
from frontdesk.ui.trends import text
from frontdesk.ui.trends.look import font
from frontdesk.ui.widgets import style

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
