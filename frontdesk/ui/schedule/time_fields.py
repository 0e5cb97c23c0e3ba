"""Date and time pickers for booking: a calendar date and 15-minute time slots."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from frontdesk.ui.widgets import fmt

STEP_MINUTES = 15


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class DateField(QDateEdit):
    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(to_qdate(day), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("ddd d MMM yyyy")

    def day(self) -> date:
        return from_qdate(self.date())

    def set_day(self, d: date) -> None:
        self.setDate(to_qdate(d))


class TimeField(QComboBox):
    """Start times every 15 minutes across the practice's day (an off-grid time is kept)."""

    def __init__(self, first_hour: int, last_hour: int, selected: time | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxVisibleItems(16)
        t = datetime(2000, 1, 1, max(0, first_hour))
        end = datetime(2000, 1, 1) + timedelta(hours=min(24, max(last_hour, first_hour + 1)))
        while t < end:
            self.addItem(fmt.time_text(t.time()), t.time())
            t += timedelta(minutes=STEP_MINUTES)
        if selected is not None:
            self.set_time(selected)

    def time(self) -> time:
        return self.currentData()

    def set_time(self, t: time) -> None:
        t = t.replace(second=0, microsecond=0)
        for i in range(self.count()):
            if self.itemData(i) == t:
                self.setCurrentIndex(i)
                return
        pos = next((i for i in range(self.count()) if self.itemData(i) > t), self.count())
        self.insertItem(pos, fmt.time_text(t), t)
        self.setCurrentIndex(pos)


def next_slot(now: datetime) -> time:
    """The next quarter hour after `now` (local wall time)."""
    minutes = (now.minute // STEP_MINUTES + 1) * STEP_MINUTES
    t = now.replace(minute=0, second=0, microsecond=0) + timedelta(minutes=minutes)
    return t.time()
