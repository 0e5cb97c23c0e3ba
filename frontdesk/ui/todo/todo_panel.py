"""The front desk's to-do list: every exception that needs a person, with its action.

Unconfirmed sessions within a day, failed or undelivered messages, missed sessions, new
opt-outs, a client cancelling several sessions of a series, clinical and crisis messages
not yet taken, unknown numbers, notes for clinicians. Each row says what happened, who,
which session, and offers its action: open the session on the schedule (where Messages…
resends and Reschedule… moves it), open the client's thread, or mark it done. A done item
leaves the list.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
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
from frontdesk.domain.changes import Changes
from frontdesk.services.inbox.dto import ThreadKey
from frontdesk.ui.context import UiContext
from frontdesk.ui.tasks import LatestOnly, run_for
from frontdesk.ui.widgets import fmt
from frontdesk.ui.widgets.inline_form import ErrorLabel
from frontdesk.ui.widgets.notice import error_text

# kind -> (glyph and words, where its action is, order)
KINDS: dict[ItemKind, tuple[str, str, int]] = {
    ItemKind.CRISIS: ("⚠ Crisis message — take it now", "thread", 0),
    ItemKind.CLINICAL: ("⚕ Clinical message for the clinician", "thread", 1),
    ItemKind.CALL_UNCONFIRMED: ("☎ Not confirmed, session within a day: call", "schedule", 2),
    ItemKind.RUNNING_LATE: ("◷ Running late today", "schedule", 3),
    ItemKind.MISSED_SESSION: ("✗ Missed session: follow up", "schedule", 4),
    ItemKind.DELIVERY_PROBLEM: ("✉ Message not delivered", "schedule", 5),
    ItemKind.CLIENT_MESSAGE: ("? Client message to answer", "thread", 6),
    ItemKind.UNMATCHED: ("☎ Unknown number", "thread", 7),
    ItemKind.SERIES_CANCELS: ("↺ Cancelling a repeating booking", "none", 8),
    ItemKind.OPTED_OUT: ("⊘ Opted out of messages", "none", 9),
    ItemKind.CLINICIAN_NOTE: ("✎ Note for the clinician", "schedule", 10),
    ItemKind.SOURCE_WRITE_BACK: ("⇄ Not recorded in the EHR: check it there", "schedule", 11),
}
COLUMNS = ("What", "Who", "Session", "Details", "Since", "")
URGENT = QColor("#F6D5CF")
# Rows filled per turn of the event loop: each row builds its buttons, so a long list filled
# at once would hold the window still (while the start-up's other work competes for Python).
ROWS_PER_TURN = 8
FRESH_SECONDS = 2.0  # a list read this recently is not read again when its tab is opened


def _ago(then, now) -> str:
    minutes = int((now - then).total_seconds() // 60)
    if minutes < 1:
        return "just now"
    if minutes < 60:
        return f"{minutes} min ago"
    if minutes < 48 * 60:
        return f"{minutes // 60} h ago"
    return f"{minutes // (24 * 60)} days ago"


def since_text(item, now) -> str:
    """A client message's own time ("8:30 AM (9 min ago)"); for other items, how long ago
    they came up."""
    at = item.message_at
    if at is None:
        return _ago(item.created_at, now)
    day = "" if at.date() == now.astimezone(at.tzinfo).date() else f"{fmt.day_short(at.date())} "
    return f"{day}{fmt.time_text(at)} ({_ago(at, now)})"


class TodoPanel(QWidget):
    """`count_changed(n)` fires after each load, for the tab's title."""

    count_changed = Signal(int)

    def __init__(self, ctx: UiContext, open_place: Callable[[date, int, int | None], None],
                 open_thread: Callable[[ThreadKey], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.open_place, self.open_thread = open_place, open_thread
        self.items: list = []
        self.loads = LatestOnly(self.runner, owner=self, coalesce=True)
        self._filling = 0  # which list the row filling belongs to (a newer one stops it)
        self._read_at = -FRESH_SECONDS  # monotonic time of the last answer
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.error = ErrorLabel()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("To do")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col in (0, 1, 2, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel("Nothing needs a person right now. New items appear here as "
                            "they come up: unconfirmed sessions, failed messages, replies.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        refresh = QPushButton("⟳ Refresh")
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(refresh)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.error)
        box.addWidget(self.table, 1)
        box.addWidget(self.empty, 1)
        ctx.events.changed.connect(self._changed)
        self.load()

    def _changed(self, changes: Changes) -> None:
        if changes.has("desk"):
            self.reload()

    def reload(self) -> None:
        """Read the list again (once more after the read under way, if there is one)."""
        self.loads.run(self.services.desk.open_items, on_success=self._show,
                       on_failure=lambda exc: self.error.show_message(
                           f"The to-do list could not be read. {error_text(exc)}"))

    def load(self) -> None:
        """Read the list unless a read is under way or has just answered (a change to the
        list reads it again anyway, through the change bus)."""
        if self.loads.busy:
            return
        if time.monotonic() - self._read_at >= FRESH_SECONDS:
            self.reload()
        elif self.table.rowCount() == len(self.items):  # read and filled: say so again
            self.count_changed.emit(len(self.items))

    def _show(self, items: list) -> None:
        self._read_at = time.monotonic()
        self.error.clear()
        items = sorted(items, key=lambda i: (KINDS.get(i.kind, ("", "", 99))[2],
                                             i.session_start or i.created_at))
        if items == self.items and self.table.rowCount() == len(items):
            self._refresh_since()  # nothing else changed: the rows and their buttons stay
            self._shown(len(items))
            return
        self.items = items
        self.heading.setText(f"To do ({len(items)})" if items else "To do")
        self._filling += 1
        self._fill_from(0, items, self._filling)

    def _refresh_since(self) -> None:
        now = self.services.clock.now()
        for row, item in enumerate(self.items):
            cell = self.table.item(row, 4)
            if cell is not None:
                cell.setText(since_text(item, now))

    def _fill_from(self, first: int, items: list, filling: int) -> None:
        """Fill a few rows, then let the window breathe before the next few; the table grows
        as rows are filled, and `count_changed` fires once every row is in."""
        if filling != self._filling:  # a newer list is being shown
            return
        rows = range(first, min(first + ROWS_PER_TURN, len(items)))
        if rows and rows[-1] >= self.table.rowCount():
            self.table.setRowCount(rows[-1] + 1)
        for row in rows:
            self._fill(row, items[row])
        if first + ROWS_PER_TURN < len(items):
            QTimer.singleShot(0, self, lambda: self._fill_from(first + ROWS_PER_TURN, items,
                                                                filling))
            return
        self.table.setRowCount(len(items))
        self.table.resizeRowsToContents()  # once: row by row costs far more
        self._shown(len(items))

    def _shown(self, count: int) -> None:
        self.table.setVisible(bool(count))
        self.empty.setVisible(not count)
        self.count_changed.emit(count)

    def _fill(self, row: int, item) -> None:
        words, where, _ = KINDS.get(item.kind, (item.kind.value, "none", 99))
        who = item.client_name or "—"
        if item.phone and where != "thread":
            who += f"\n{item.phone}"
        start = item.session_start
        session = f"{fmt.day_short(start.date())} {fmt.time_text(start)}" if start else ""
        cells = (words, who, session, item.note, since_text(item, self.services.clock.now()))
        for col, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if item.kind is ItemKind.CRISIS:
                cell.setBackground(URGENT)
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
            self.table.setItem(row, col, cell)
        self.table.setCellWidget(row, 5, self._actions(item, where))

    def _actions(self, item, where: str) -> QWidget:
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(2, 2, 2, 2)
        if where == "schedule" and item.appointment_id and item.session_start:
            go = QPushButton("Open on schedule")
            go.clicked.connect(lambda: self.open_place(
                item.session_start.date(), item.appointment_id, item.client_id))
            lay.addWidget(go)
        if where == "thread":
            key = ThreadKey(item.client_id) if item.client_id else None
            go = QPushButton("Open thread")
            go.setEnabled(key is not None or item.kind is ItemKind.UNMATCHED)
            go.clicked.connect(lambda: self._open_thread(item))
            lay.addWidget(go)
        if item.kind is not ItemKind.CRISIS:  # a crisis is acknowledged by name, in Messages
            done = QPushButton("Done")
            done.setAccessibleName(f"Done: {item.kind.value} {item.client_name}")
            done.clicked.connect(lambda: self.mark_done(item.id))
            lay.addWidget(done)
        return box

    def _open_thread(self, item) -> None:
        if item.client_id:
            self.open_thread(ThreadKey(item.client_id))
        else:
            self.open_thread(None)  # the Messages tab; the unknown number is on top

    def mark_done(self, item_id: int) -> None:
        run_for(self, self.runner, self.services.desk.mark_done, item_id, self.actor
                ).on_success(lambda _r: self.reload()).on_failure(
            lambda exc: self.error.show_message(error_text(exc)))
