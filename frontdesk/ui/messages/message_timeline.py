"""One session's messages: every planned, sent, failed, skipped or withdrawn one, and why.

Opened from the schedule (Messages…, M). Resend… plans a message again; Reschedule…
hands back to the schedule's own reschedule action for this session.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import MessageState
from frontdesk.services.dto import ScheduleRow
from frontdesk.ui.context import UiContext
from frontdesk.ui.messages.message_resend import CHANNEL_LABEL, ResendDialog
from frontdesk.ui.schedule.appointment_actions import describe
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets import fmt, style
from frontdesk.ui.widgets.notice import NoticeBar

COLUMNS = ("Client", "Message", "Channel", "State", "When", "Why / details")
CLIENT, MESSAGE, CHANNEL, STATE, WHEN, REASON = range(len(COLUMNS))
ALARMING = {"undelivered", "failed", "uncertain", "recorded"}
RECORDED_PREFIX = "recorded only"  # the local outbox's reason: nothing left this computer
SENT_OR_DELIVERED = (MessageState.SENT, MessageState.DELIVERED)


def state_key(info) -> str:
    """The state to show: "recorded" when the local outbox took it instead of a provider."""
    if info.state in SENT_OR_DELIVERED and info.reason.startswith(RECORDED_PREFIX):
        return "recorded"
    return info.state.value


def state_style(info) -> style.StateStyle:
    key = state_key(info)
    if key == "recorded":
        return style.RECORDED_ONLY
    return style.MESSAGE_STATE.get(key, style.UNKNOWN_MESSAGE_STATE)


def when_text(info) -> str:
    """'Sent Wed 4 Mar, 9:01 AM' / 'Due Thu 5 Mar, 10:00 AM' / 'Was due …'."""
    moment = info.sent_at if info.sent_at is not None else info.due_at
    day = f"{moment:%a} {moment.day} {moment:%b}, {fmt.time_text(moment)}"
    if info.sent_at is not None:
        return f"{'Recorded' if state_key(info) == 'recorded' else 'Sent'} {day}"
    return f"Due {day}" if info.state.is_pending else f"Was due {day}"


def reason_text(info) -> str:
    if state_key(info) == "recorded":
        return "messaging isn't set up: the client didn't get it"
    reason = info.reason.strip()
    if info.error_code and str(info.error_code) not in reason:
        reason = f"{reason} (error {info.error_code})".strip()
    return reason


class MessageTimelineDialog(QDialog):
    resent = Signal(int)  # the new outbox row: the schedule refreshes
    reschedule_requested = Signal()

    def __init__(self, ctx: UiContext, row: ScheduleRow, context,
                 reschedule_blocked: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.messages: list = []
        self.resend_dialog: ResendDialog | None = None
        self.setWindowTitle("Messages for this session")
        self.resize(1040, 560)
        self.heading = QLabel(describe(row, context))
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = NoticeBar(self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a cut-off reason is shown whole in its tooltip
        self.table.setAlternatingRowColors(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName("Messages for this session")
        self.empty = QLabel("No messages are planned or recorded for this session yet.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.resend_button = QPushButton("Resend…")
        self.resend_button.setToolTip("Send a message again, choosing the message and channel")
        self.reschedule_button = QPushButton("Reschedule…")
        self.reschedule_button.setToolTip(
            "Move this session" + (f". Not now: {reschedule_blocked}" if reschedule_blocked
                                   else ""))
        self.reschedule_button.setEnabled(not reschedule_blocked)
        if row.attendance.is_cancelled:
            self.resend_button.setEnabled(False)
            self.resend_button.setToolTip("This place was cancelled: nothing more is sent.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.resend_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reschedule_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for b in (self.resend_button, self.reschedule_button):
            b.setAutoDefault(False)
        self.resend_button.clicked.connect(self.open_resend)
        self.reschedule_button.clicked.connect(self._reschedule)

        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.summary)
        box.addWidget(self.notice)
        box.addWidget(self.stack, 1)
        box.addWidget(buttons)
        self.reload()

    # ---- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        run_for(self, self.runner, self.services.messaging.timeline,
                self.row.appointment_id).on_success(self._fill).on_failure(
            self.notice.show_error)

    def _fill(self, messages: list) -> None:
        self.messages = messages
        t = self.table
        t.setRowCount(len(messages))
        for i, info in enumerate(messages):
            state = state_style(info)
            cells = (info.client_name, info.step_label,
                     CHANNEL_LABEL.get(info.channel, str(info.channel)), state.text,
                     when_text(info), reason_text(info))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(state.tooltip if col == STATE else text)
                t.setItem(i, col, item)
            cell = t.item(i, STATE)
            cell.setBackground(QBrush(style.tint(state.colour, 90)))
            cell.setForeground(QBrush(QColor(style.TEXT)))
            if state_key(info) in ALARMING:
                bold = QFont(cell.font())
                bold.setBold(True)
                for col in (STATE, REASON):
                    t.item(i, col).setFont(bold)
            if info.state in (MessageState.WITHDRAWN, MessageState.SKIPPED):
                for col in (CLIENT, MESSAGE, CHANNEL, WHEN):
                    t.item(i, col).setForeground(QBrush(QColor(style.MUTED_TEXT)))
        t.resizeColumnsToContents()
        header = t.horizontalHeader()
        for col in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, header.sectionSize(col) + 16)
        # One client: the heading names them, the column would only repeat it.
        t.setColumnHidden(CLIENT, len({info.client_id for info in messages}) <= 1)
        self.stack.setCurrentWidget(self.table if messages else self.empty)
        self.summary.setText(self._summary(messages))

    @staticmethod
    def _summary(messages: list) -> str:
        if not messages:
            return ""
        counts = Counter(state_style(info).label for info in messages)
        order = [s.label for s in (*style.MESSAGE_STATE.values(), style.RECORDED_ONLY)]
        return " · ".join(f"{n} {label}" for label, n in sorted(
            counts.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99))

    def rows_text(self) -> list[dict[str, str]]:
        """What the table shows, column name -> text (tests read the dialog like a person)."""
        t = self.table
        return [{COLUMNS[c]: t.item(r, c).text() for c in range(len(COLUMNS))}
                for r in range(t.rowCount())]

    # ---- actions -----------------------------------------------------------------------
    def open_resend(self) -> None:
        dlg = ResendDialog(self.ctx, self.row.appointment_id,
                           self.row.client_id, self.row.modality, self)
        self.resend_dialog = dlg
        dlg.accepted.connect(lambda: self._resent(dlg.new_id))
        dlg.open()

    def _resent(self, new_id: int | None) -> None:
        self.notice.show_notice("Queued to be sent again; it is listed below as planned.",
                                "success")
        self.reload()
        if new_id is not None:
            self.resent.emit(new_id)

    def _reschedule(self) -> None:
        self.accept()
        self.reschedule_requested.emit()
