"""The import preview: checked rows as a table (row number, the problem, the mapped cells)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from frontdesk.services.client_import import CheckedRow, Field, Mapping

PREVIEW_LIMIT = 500  # rows shown; every row is checked and counted all the same
BAD_BACKGROUND = QColor(179, 38, 30, 40)
NO_PARENT = QModelIndex()


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns: list[tuple[str, int]] = []  # (heading, cell index) of mapped columns
        self.rows: list[CheckedRow] = []

    def show_rows(self, headers: tuple[str, ...], mapping: Mapping,
                  rows: tuple[CheckedRow, ...] | list[CheckedRow]) -> None:
        self.beginResetModel()
        self.columns = [(f"{headers[i]} → {Field(field).label}", i)
                        for i, field in enumerate(mapping.columns) if field is not None]
        self.rows = list(rows[:PREVIEW_LIMIT])
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.columns, self.rows = [], []
        self.endResetModel()

    def rowCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns) + 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return "Row"
        if section == 1:
            return "Problem"
        return self.columns[section - 2][0]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.BackgroundRole and not row.ok:
            return QBrush(BAD_BACKGROUND)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == 0:
            return str(row.number)
        if col == 1:
            return "; ".join(row.problems) if row.problems else "✔ ready"
        cell = self.columns[col - 2][1]
        return row.cells[cell] if cell < len(row.cells) else ""
