"""Parts of the appointments import dialog: which column holds what (a combo per FrontDesk
field, the date order, the sessions' length) and what a preview or an import found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.widgets import style
from frontdesk.ui.widgets.inline_form import NOTE_STYLE
from frontdesk.ui.widgets.notice import WrapLabel

if TYPE_CHECKING:
    from frontdesk.services.sync.csv_import import CsvOutcome, CsvSuggestion

NOT_IN_FILE = "—"
# FrontDesk's fields (the mapping's keys) in the order a person reads a booking.
FIELDS: tuple[tuple[str, str], ...] = (
    ("date", "Date *"),
    ("start_time", "Start time"),
    ("end_time", "End time"),
    ("duration", "Length (minutes)"),
    ("clinician", "Clinician"),
    ("type", "Session type"),
    ("modality", "In person or video"),
    ("video_link", "Video link"),
    ("status", "Status"),
    ("external_id", "Appointment id"),
    ("full_name", "Client's full name *"),
    ("first_name", "Client's first name"),
    ("last_name", "Client's last name"),
    ("client_id", "Client id"),
    ("mobile", "Mobile"),
    ("email", "Email"),
)
DATE_ORDERS = (
    ("auto", "As the file shows"),
    ("us", "Month first (US): 03/05/2026 is March 5"),
    ("uk", "Day first (UK): 03/05/2026 is 3 May"),
    ("iso", "Year first only: 2026-03-05"),
)
WARN_STYLE = f"color: {style.VERMILION}; font-weight: bold;"
PROBLEM_COLOUR = QColor(style.VERMILION)


def date_words(header: str, found: str | None, chosen: str) -> tuple[str, bool]:
    """What the date note says, and whether the order must still be chosen."""
    if found == "ambiguous" and chosen == "auto":
        return (f"⚠ Choose the date order. Every date in “{header}” could be month first "
                "(03/05/2026 is March 5) or day first (3 May), and none in the file settles "
                "it: read the wrong way, sessions would land on the wrong days.", True)
    if found == "mixed" and chosen == "auto":
        return (f"⚠ Choose the date order. Some dates in “{header}” can only be month "
                "first and others only day first; rows that do not fit the order you choose "
                "are listed and skipped.", True)
    if chosen == "auto" and found in ("us", "uk"):
        order = "month first (US)" if found == "us" else "day first (UK)"
        return f"Read as {order}: a date in the file can only be read that way.", False
    return "", False


def _loose(header: str) -> str:
    """Column names as the import compares them: case and spacing aside."""
    return " ".join(header.casefold().split())


class MappingBox(QWidget):
    """A combo per FrontDesk field listing the file's columns; `changed` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: tuple[str, ...] = ()
        self.date_orders: dict[str, str] = {}
        self.extra: dict[str, object] = {}  # options kept as they came (time format, zone…)
        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        half = (len(FIELDS) + 1) // 2
        for i, (key, label) in enumerate(FIELDS):
            combo = QComboBox()
            combo.setAccessibleName(label.rstrip(" *"))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._edited)
            caption = QLabel(label)
            caption.setBuddy(combo)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row, col = (i, 0) if i < half else (i - half, 2)
            grid.addWidget(caption, row, col)
            grid.addWidget(combo, row, col + 1)
            self.combos[key] = combo
        self.date_order = QComboBox()
        self.date_order.setAccessibleName("Date order")
        for value, words in DATE_ORDERS:
            self.date_order.addItem(words, value)
        self.date_order.currentIndexChanged.connect(self._edited)
        self.date_note = WrapLabel()
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(" minutes")
        self.minutes.setSpecialValueText("none")
        self.minutes.setAccessibleName("Length when the file gives none")
        self.minutes.valueChanged.connect(self._edited)
        options = QGridLayout()
        options.setContentsMargins(0, 0, 0, 0)
        options.setColumnStretch(1, 1)
        date_caption = QLabel("Date &order")
        date_caption.setBuddy(self.date_order)
        options.addWidget(date_caption, 0, 0)
        options.addWidget(self.date_order, 0, 1, Qt.AlignmentFlag.AlignLeft)
        options.addWidget(self.date_note, 1, 1)
        length_caption = QLabel("&Length when the file gives none")
        length_caption.setBuddy(self.minutes)
        options.addWidget(length_caption, 2, 0)
        options.addWidget(self.minutes, 2, 1, Qt.AlignmentFlag.AlignLeft)
        self.id_note = WrapLabel()
        self.id_note.setStyleSheet(NOTE_STYLE)
        self.id_note.setText("No appointment id column: each row is known by its date, time, "
                             "client and clinician, so a session moved in the other system "
                             "comes in as a new one and the old one stays. Choose the id "
                             "column if the export has one.")
        required = QLabel("* required: the date, and the client's full name or first and "
                          "last name.")
        required.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(required)
        layout.addLayout(options)
        layout.addWidget(self.id_note)
        self._filling = False

    def set_file(self, suggestion: CsvSuggestion) -> None:
        """The file's columns in every combo, and its suggested mapping chosen."""
        self.headers, self.date_orders = suggestion.headers, suggestion.date_orders
        self._filling = True
        for combo in self.combos.values():
            combo.clear()
            combo.addItem(NOT_IN_FILE, None)
            for header in self.headers:
                combo.addItem(header, header)
        self._filling = False
        self.apply(suggestion.mapping)

    def apply(self, mapping: dict[str, object]) -> None:
        """Show a mapping (suggested, or a preset's); a column the file lacks shows as —."""
        self._filling = True
        columns = mapping.get("columns")
        columns = columns if isinstance(columns, dict) else {}
        by_name = {_loose(h): h for h in self.headers}
        for key, combo in self.combos.items():
            header = by_name.get(_loose(str(columns.get(key) or "")))
            combo.setCurrentIndex(max(combo.findData(header), 0) if header else 0)
        order = self.date_order.findData(mapping.get("date_format") or "auto")
        self.date_order.setCurrentIndex(max(order, 0))
        minutes = mapping.get("default_minutes")
        self.minutes.setValue(minutes if isinstance(minutes, int) else 0)
        self.extra = {k: v for k, v in mapping.items()
                      if k not in ("columns", "date_format", "default_minutes")}
        self._filling = False
        self._edited()

    def mapping(self) -> dict[str, object]:
        columns = {key: combo.currentData() for key, combo in self.combos.items()
                   if combo.currentData()}
        return {**self.extra, "columns": columns,
                "date_format": self.date_order.currentData(),
                "default_minutes": self.minutes.value()}

    def date_blocks(self) -> bool:
        """The date order must be chosen before the file can be read."""
        return self._date_words()[1]

    def _date_words(self) -> tuple[str, bool]:
        header = self.combos["date"].currentData()
        found = self.date_orders.get(header) if header else None
        return date_words(header or "", found, self.date_order.currentData())

    def _edited(self) -> None:
        if self._filling:
            return
        words, blocks = self._date_words()
        self.date_note.setText(words)
        self.date_note.setStyleSheet(WARN_STYLE if blocks else NOTE_STYLE)
        self.date_note.setVisible(bool(words))
        self.id_note.setVisible(bool(self.headers) and not self.combos["external_id"]
                                .currentData())
        self.changed.emit()


class OutcomeView(QWidget):
    """What a preview would do or an import did: the counts, and the rows skipped by line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = WrapLabel()
        self.summary.setAccessibleName("What would change")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_title = WrapLabel()
        self.problems = QListWidget()
        self.problems.setAccessibleName("Rows with problems")
        self.problems.setWordWrap(True)
        self.problems.setMinimumHeight(90)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems, 1)
        self.clear()

    def clear(self) -> None:
        self.summary.setText("")
        self.problems.clear()
        self.problems_title.hide()
        self.problems.hide()

    def show_outcome(self, outcome: CsvOutcome) -> None:
        would = outcome.dry_run
        head = ("<b>Preview — nothing has changed yet.</b> " if would else "<b>Imported.</b> ")
        sessions = (f"{outcome.new} new, {outcome.moved} moved, {outcome.changed} changed, "
                    f"{outcome.cancelled} cancelled, {outcome.unchanged} unchanged")
        skipped = len(outcome.problems)
        messages = (f"{outcome.messages_planned} reminder or confirmation message"
                    f"{'s' if outcome.messages_planned != 1 else ''} "
                    f"{'would be' if would else 'were'} planned, "
                    f"{outcome.messages_withdrawn} withdrawn.")
        self.summary.setText(
            f"{head}{outcome.rows} row{'s' if outcome.rows != 1 else ''} read.<br>"
            f"Sessions: {sessions}.<br>"
            + (f"<span style='color:{style.VERMILION}'>{skipped} row"
               f"{'s' if skipped != 1 else ''} {'would be' if would else 'were'} skipped "
               "(listed below).</span><br>" if skipped else "")
            + f"Messages: {messages}")
        self.problems.clear()
        for line in outcome.problems:
            item = QListWidgetItem(f"✖ {line}")
            item.setForeground(QBrush(PROBLEM_COLOUR))
            self.problems.addItem(item)
        for line in outcome.notes:
            self.problems.addItem(QListWidgetItem(f"ℹ {line}"))
        listed = bool(outcome.problems or outcome.notes)
        title = ("<b>✖ Rows skipped, by line in the file</b> — fix them in the other system "
                 "or the file, then import it again." if outcome.problems else "")
        if outcome.notes:
            title += " <b>ℹ</b> Imported, but part of the row was not used."
        self.problems_title.setText(title.strip())
        self.problems_title.setVisible(listed)
        self.problems.setVisible(listed)

    def lines(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]
