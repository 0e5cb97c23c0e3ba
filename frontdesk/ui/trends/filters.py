"""The trends page's filters: a date range (from/to, or a quick preset) and clinician, type
and modality. `changed` fires on every change; the page waits a moment before refreshing."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.trends import FilterOptions, Filters

PRESETS = (("3m", "Last 3 months", 3), ("12m", "Last 12 months", 12), ("all", "All", 0))
DEFAULT_PRESET = "12m"
DATE_FORMAT = "MMM d, yyyy"
MAX_COMBO_CHARS = 36


def months_before(d: date, months: int) -> date:
    """The same day `months` earlier (the month's last day if it has no such day)."""
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m + 1, day)
        except ValueError:
            continue
    raise AssertionError


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.first_day: date | None = None
        self.preset = DEFAULT_PRESET  # "" once the dates were picked by hand
        self._quiet = False
        self.from_edit, self.to_edit = QDateEdit(self), QDateEdit(self)
        for edit, name in ((self.from_edit, "From"), (self.to_edit, "To")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setAccessibleName(f"{name} date")
            edit.dateChanged.connect(self._dates_edited)
        self.presets = QButtonGroup(self)
        self.preset_buttons: dict[str, QToolButton] = {}
        for key, label, _months in PRESETS:
            b = QToolButton(self)
            b.setText(label)
            b.setCheckable(True)
            b.setAutoRaise(False)
            b.clicked.connect(lambda _c=False, k=key: self.set_preset(k))
            self.presets.addButton(b)
            self.preset_buttons[key] = b
        self.clinician = self._combo("All clinicians", "Clinician")
        self.type = self._combo("All types", "Appointment type")
        self.modality = self._combo("In person and telehealth", "Modality")

        # Two rows (dates, then who and what): one row was wider than the schedule and made
        # the main window grow when the Trends tab opened.
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        dates, which = QHBoxLayout(), QHBoxLayout()
        for w in (QLabel("&From", self), self.from_edit, QLabel("&to", self), self.to_edit):
            dates.addWidget(w)
        dates.itemAt(0).widget().setBuddy(self.from_edit)
        dates.itemAt(2).widget().setBuddy(self.to_edit)
        for b in self.preset_buttons.values():
            dates.addWidget(b)
        dates.addStretch(1)
        for w in (self.clinician, self.type, self.modality):
            which.addWidget(w)
        which.addStretch(1)
        lay.addLayout(dates)
        lay.addLayout(which)
        self._show_preset()

    def _combo(self, all_text: str, name: str) -> QComboBox:
        box = QComboBox(self)
        box.addItem(all_text, None)
        box.setAccessibleName(name)
        box.setToolTip(f"{name}: show only these sessions")
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # A long clinician or type name is cut short here (whole in the list), never
        # widening the page past the window.
        box.setMaximumWidth(box.fontMetrics().horizontalAdvance("x") * MAX_COMBO_CHARS)
        box.currentIndexChanged.connect(lambda _i: self._emit())
        return box

    # ---- filling -------------------------------------------------------------------------
    def set_options(self, options: FilterOptions, today: date) -> None:
        """The choices (keeping what is chosen where it still exists) and today's date."""
        self._quiet = True
        try:
            self.today, self.first_day = today, options.first_day
            self._refill(self.clinician, [(c.id, c.label + ("" if c.active else " (inactive)"))
                                          for c in options.clinicians])
            self._refill(self.type, [(t.id, t.label + ("" if t.active else " (inactive)"))
                                     for t in options.types])
            self._refill(self.modality, list(options.modalities))
            low = min(options.first_day or today, today - timedelta(days=3650))
            for edit in (self.from_edit, self.to_edit):
                edit.setDateRange(qdate(low), qdate(today))
            if self.preset:
                self._apply_preset(self.preset)
        finally:
            self._quiet = False

    @staticmethod
    def _refill(box: QComboBox, items: list[tuple[object, str]]) -> None:
        keep = box.currentData()
        while box.count() > 1:
            box.removeItem(1)
        for value, label in items:
            box.addItem(label, value)
        box.setCurrentIndex(max(0, box.findData(keep)) if keep is not None else 0)

    # ---- choosing ------------------------------------------------------------------------
    def set_preset(self, key: str) -> None:
        self._quiet = True
        try:
            self._apply_preset(key)
        finally:
            self._quiet = False
        self._emit()

    def set_range(self, first: date, last: date) -> None:
        """Dates picked by hand (no preset)."""
        self._quiet = True
        try:
            self.from_edit.setDate(qdate(first))
            self.to_edit.setDate(qdate(last))
            self.preset = ""
            self._show_preset()
        finally:
            self._quiet = False
        self._emit()

    def choose(self, box: QComboBox, value: object) -> None:
        box.setCurrentIndex(max(0, box.findData(value)))

    def _apply_preset(self, key: str) -> None:
        self.preset = key
        months = dict((k, m) for k, _label, m in PRESETS)[key]
        first = (months_before(self.today, months) + timedelta(days=1) if months
                 else self.first_day or self.today)
        self.from_edit.setDate(qdate(min(first, self.today)))
        self.to_edit.setDate(qdate(self.today))
        self._show_preset()

    def _show_preset(self) -> None:
        self.presets.setExclusive(False)
        for key, b in self.preset_buttons.items():
            b.setChecked(key == self.preset)
        self.presets.setExclusive(True)

    def _dates_edited(self, _d: QDate) -> None:
        if self._quiet:
            return
        self.preset = ""
        self._show_preset()
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()

    # ---- reading -------------------------------------------------------------------------
    def filters(self) -> Filters:
        def one(box):
            return ((box.currentData(),) if box.currentData() is not None else ())
        first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        if self.preset == "all":
            first, last = None, None  # everything, whatever the data's span turns out to be
        return Filters(date_from=first, date_to=last, clinician_ids=one(self.clinician),
                       type_ids=one(self.type), modalities=one(self.modality))

    def describe(self) -> str:
        """The chosen clinician, type and modality in words ("" for all)."""
        parts = [b.currentText() for b in (self.clinician, self.type, self.modality)
                 if b.currentData() is not None]
        return " · ".join(parts)
