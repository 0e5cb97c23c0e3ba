""""Needs attention": what client messages left for a person, most urgent first.

Each row says what kind of thing it is (glyph + word), who, the note, when it came and when
it is due; an overdue row is tinted and says OVERDUE. Open thread shows the conversation;
Done clears the item; a crisis is never just "done": it is acknowledged by a named person.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import ItemKind
from frontdesk.services.inbox.dto import TriageItem
from frontdesk.ui.messages.messages_data import InboxData, age_text, kind_style, when_text
from frontdesk.ui.widgets import style

COLUMNS = ("What", "Who", "Note", "Came in", "Due", "")
KIND, WHO, NOTE, CAME, DUE, ACTIONS = range(len(COLUMNS))
OVERDUE_TINT = 70
EMPTY_TEXT = "✔ Nothing waiting: every client message has been dealt with."


class TriageQueue(QWidget):
    """The list; it only shows and asks: the panel does the work."""

    open_thread = Signal(object)  # ThreadKey
    done = Signal(int)  # item id
    acknowledge = Signal(int, str)  # item id, who (crisis items)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[TriageItem, ...] = ()
        self.buttons: dict[int, tuple[QPushButton, QPushButton]] = {}
        self.heading = QLabel("Needs attention", self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.empty = QLabel(EMPTY_TEXT, self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName("Needs attention")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in (KIND, WHO, CAME, DUE, ACTIONS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.cellDoubleClicked.connect(lambda row, _c: self._open_row(row))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.heading)
        lay.addWidget(self.empty)
        lay.addWidget(self.table, 1)
        self.empty.hide()

    def set_items(self, data: InboxData) -> None:
        self.items = data.queue
        overdue = sum(i.overdue for i in self.items)
        self.heading.setText(f"Needs attention ({len(self.items)})" + (
            f" — ⚠ {overdue} OVERDUE" if overdue else ""))
        self.table.setRowCount(len(self.items))
        self.buttons.clear()
        for row, it in enumerate(self.items):
            self._fill(row, it, data)
        self.table.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)

    def _fill(self, row: int, it: TriageItem, data: InboxData) -> None:
        s = kind_style(it.kind)
        due = when_text(it.due_at, data.tz, data.now)
        cells = {
            KIND: f"{s.glyph} {s.label}",
            WHO: it.who or "—",
            NOTE: " ".join(it.note.split()),
            CAME: f"{when_text(it.came_in, data.tz, data.now)} "  # the message's own time
                  f"({age_text(it.came_in, data.now)})",
            DUE: f"⚠ OVERDUE — was due {due}" if it.overdue else f"due {due}",
        }
        for col, text in cells.items():
            cell = QTableWidgetItem(text)
            cell.setToolTip(s.tooltip if col == KIND else text)
            if col == KIND:  # glyph + word on a wash of the kind's colour; crisis: solid red
                crisis = it.kind is ItemKind.CRISIS
                cell.setBackground(QBrush(QColor(s.colour) if crisis else style.tint(s.colour)))
                cell.setForeground(QBrush(QColor("#FFFFFF" if crisis else style.TEXT)))
                cell.setFont(_bold())
            elif it.overdue:
                cell.setBackground(QBrush(style.tint(style.VERMILION, OVERDUE_TINT)))
                if col == DUE:
                    cell.setFont(_bold())
            self.table.setItem(row, col, cell)
        self.table.item(row, KIND).setData(Qt.ItemDataRole.UserRole, it.item_id)
        self.table.item(row, KIND).setData(Qt.ItemDataRole.AccessibleTextRole,
                                           f"{s.label}{', overdue' if it.overdue else ''}")
        self.table.setCellWidget(row, ACTIONS, self._actions(it))

    def _actions(self, it: TriageItem) -> QWidget:
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.setSpacing(6)
        open_button = QPushButton("Open thread")
        open_button.setEnabled(it.key is not None)
        open_button.clicked.connect(lambda: self.open_thread.emit(it.key))
        if it.kind is ItemKind.CRISIS:
            act = QPushButton("Acknowledge…")
            act.setToolTip("Say that you are taking this crisis now (your name is recorded)")
            act.setStyleSheet(f"font-weight: bold; color: {kind_style(ItemKind.CRISIS).colour};")
            act.clicked.connect(lambda: self.acknowledge.emit(it.item_id, it.who))
        else:
            act = QPushButton("Done")
            act.setToolTip("It is dealt with: take it off the list")
            act.clicked.connect(lambda: self.done.emit(it.item_id))
        lay.addWidget(open_button)
        lay.addWidget(act)
        self.buttons[it.item_id] = (open_button, act)
        return box

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.items) and self.items[row].key is not None:
            self.open_thread.emit(self.items[row].key)

    def row_texts(self) -> list[dict[str, str]]:
        """What each row says, by column (for tests and screen readers' sake)."""
        return [{COLUMNS[c] or "Actions": (self.table.item(r, c).text()
                                           if self.table.item(r, c) else "")
                 for c in range(len(COLUMNS))} for r in range(self.table.rowCount())]


def _bold() -> QFont:
    f = QFont()
    f.setBold(True)
    return f
