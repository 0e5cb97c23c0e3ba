"""The "What gets in the way" card: barriers clients named after a missed appointment, as a
plain table by clinician and by month (kinds across). No chart library needed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import Barrier
from frontdesk.services.trends import BarrierReport, BarrierRow
from frontdesk.ui.trends.look import font
from frontdesk.ui.widgets import style

TITLE = "What gets in the way"
INTRO = ("What clients said got in the way, answering the missed-appointment text "
         "(optional for them). By the missed appointment's clinician and month.")
CARD_STYLE = ("QFrame#barriersCard { background: white; border: 1px solid #D6D6D6; "
              "border-radius: 6px; } QFrame#barriersCard QLabel { background: transparent; }")
EMPTY = "No answers yet in this range."


class BarriersCard(QFrame):
    """One table: a row per clinician, then a row per month; a column per kind, and a total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barriersCard")
        self.setStyleSheet(CARD_STYLE)
        title = QLabel(TITLE, self)
        title.setFont(font(12, bold=True))
        intro = QLabel(INTRO, self)
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {style.MUTED_TEXT};")
        self.empty = QLabel(EMPTY, self)
        self.empty.setStyleSheet(f"color: {style.MUTED_TEXT};")
        self.table = QTableWidget(0, len(Barrier) + 1, self)
        self.table.setHorizontalHeaderLabels([b.label for b in Barrier] + ["Total"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(24)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 12)
        for w in (title, intro, self.empty, self.table):
            lay.addWidget(w)
        self.table.hide()

    def show_report(self, report: BarrierReport) -> None:
        rows = [report.overall, *report.by_clinician, *report.by_month]
        shown = report.overall.total > 0
        self.empty.setVisible(not shown)
        self.table.setVisible(shown)
        self.table.setRowCount(len(rows) if shown else 0)
        if not shown:
            return
        self.table.setVerticalHeaderLabels(
            ["All"] + [r.label for r in report.by_clinician] + [r.label for r in report.by_month])
        for i, row in enumerate(rows):
            self._put(i, row)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 4
                                  + self.table.verticalHeader().length())

    def _put(self, i: int, row: BarrierRow) -> None:
        for j, n in enumerate([*(n for _, n in row.counts), row.total]):
            item = QTableWidgetItem(str(n))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, j, item)
