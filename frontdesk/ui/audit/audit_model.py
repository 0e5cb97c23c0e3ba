"""The audit entries as a read-only table: when, who, action, what, detail."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from frontdesk.services.audit_dto import AuditRow
from frontdesk.ui.widgets import fmt

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the AuditRow itself
CELL_PADDING = 18

_Index = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    WHEN = 0
    WHO = 1
    ACTION = 2
    WHAT = 3
    DETAIL = 4


HEADERS = ("When", "Who", "Action", "What", "Detail")
# Widths from sample text, not from every row (resizeColumnsToContents reads every cell).
SAMPLES = {Col.WHEN: "Wed 30 Sep 2026, 12:59:59 PM", Col.WHO: "Dr. Maya Okafor (#12)",
           Col.ACTION: "Opened a client's messages", Col.WHAT: "Client Annie Lindqvist (#1234)"}


def when_text(row: AuditRow) -> str:
    """"Tue 3 Mar 2026, 9:05:12 AM" in the practice's time zone."""
    return f"{fmt.day_short(row.at.date())}, {row.at:%I:%M:%S %p}".replace(", 0", ", ")


class AuditModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []

    def set_rows(self, rows: Sequence[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def add_rows(self, rows: Sequence[AuditRow]) -> None:
        """Older entries, below the ones shown."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    @property
    def rows(self) -> list[AuditRow]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], Col(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, col)
        if role == ROW_ROLE:
            return row
        return None

    @staticmethod
    def _text(row: AuditRow, col: Col) -> str:
        if col is Col.WHEN:
            return when_text(row)
        if col is Col.WHO:
            return row.who
        if col is Col.ACTION:
            return row.action_words
        if col is Col.WHAT:
            return row.what
        return row.detail

    @staticmethod
    def _tip(row: AuditRow, col: Col) -> str | None:
        if col is Col.WHEN:
            return f"{row.at.isoformat(timespec='seconds')} · entry #{row.id}"
        if col is Col.ACTION:
            return f"Code: {row.action}"
        if col is Col.DETAIL and row.detail:
            return row.detail
        return None


def size_columns(table: QTableView) -> None:
    """Columns as wide as their sample text; the detail takes the rest."""
    fm = QFontMetrics(table.font())
    header = table.horizontalHeader()
    hfm = QFontMetrics(header.font())
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for col, sample in SAMPLES.items():
        width = max(fm.horizontalAdvance(sample), hfm.horizontalAdvance(HEADERS[col]))
        table.setColumnWidth(col, width + CELL_PADDING)
    header.setStretchLastSection(True)
