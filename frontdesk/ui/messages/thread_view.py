"""The selected thread: the conversation, a reply box and a staff-note line.

Replies go through `inbox.reply` on the chosen channel; a refusal (no consent, too long,
not linked) is shown next to the box and the typed text stays. An unknown number cannot
be answered from here: the box is disabled, says why, and offers Link to a client….
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import Channel, Flag
from frontdesk.services.inbox.dto import ThreadKey, ThreadSummary
from frontdesk.ui.clients.consent_box import CHANNEL_LABELS
from frontdesk.ui.context import UiContext
from frontdesk.ui.messages.messages_data import ThreadData, kind_style, load_thread
from frontdesk.ui.messages.thread_bubbles import NOTE_YELLOW, ThreadScroll
from frontdesk.ui.messages.thread_list import marker_style
from frontdesk.ui.tasks import LatestOnly, run_for
from frontdesk.ui.widgets import style
from frontdesk.ui.widgets.inline_form import ErrorLabel
from frontdesk.ui.widgets.notice import error_text

MAX_REPLY = 640  # the service's limit (four SMS segments); shown as a counter
UNMATCHED_TEXT = ("This number isn't linked to a client, so FrontDesk can't reply from here: "
                  "it doesn't know whose consent and channel apply. Link it to the right "
                  "client, or call the number.")
NO_CHANNEL_TEXT = ("No channel reaches this client (no consent, opted out, or no number or "
                   "email): call them instead.")


class ThreadView(QWidget):
    changed = Signal()  # a reply, note or link was saved: lists and counts should reload
    linked = Signal(object)  # the client's ThreadKey after linking an unknown number
    loaded = Signal(object)  # ThreadData, after each load

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.key: ThreadKey | None = None
        self.summary: ThreadSummary | None = None
        self.data: ThreadData | None = None
        self.link_dialog = None
        self.loads = LatestOnly(ctx.runner, self)  # only the newest load is shown
        self._build()
        self.show_thread(None)

    def _build(self) -> None:
        self.marker = QLabel()
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        head = QHBoxLayout()
        head.addWidget(self.marker)
        head.addWidget(self.title, 1)
        self.scroll = ThreadScroll(self)
        self.load_error = ErrorLabel()

        self.unmatched = QFrame()
        self.unmatched.setObjectName("unmatched")
        self.unmatched.setStyleSheet(f"QFrame#unmatched {{ background: {style.ATTENTION_ROW}; "
                                     f"border: 1px solid {style.ORANGE}; border-radius: 4px; }}"
                                     " QLabel { background: transparent; border: none; }")
        self.unmatched_label = QLabel(f"☎ {UNMATCHED_TEXT}")
        self.unmatched_label.setWordWrap(True)
        self.link_button = QPushButton("Link to a client…")
        self.link_button.clicked.connect(self.open_link)
        row = QHBoxLayout(self.unmatched)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.unmatched_label, 1)
        row.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setAccessibleName("Reply")
        self.reply_edit.setTabChangesFocus(True)
        self.reply_edit.setFixedHeight(84)
        self.reply_edit.textChanged.connect(self._count)
        self.reply_error = ErrorLabel()
        self.channel_combo = QComboBox()
        self.channel_combo.setAccessibleName("Send by")
        channel_label = QLabel("Send &by:")
        channel_label.setBuddy(self.channel_combo)
        self.saved_button = QToolButton()
        self.saved_button.setText("Saved replies ▾")
        self.saved_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.saved_button.setToolTip("Put a saved reply into the box (you can edit it)")
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_menu = QMenu(self.saved_button)
        self.saved_button.setMenu(self.saved_menu)
        self.counter = QLabel()
        self.counter.setStyleSheet(f"color: {style.MUTED_TEXT};")
        self.send_button = QPushButton("Send")
        self.send_button.setToolTip("Send this to the client on the chosen channel")
        self.send_button.clicked.connect(self.send)
        tools = QHBoxLayout()
        tools.addWidget(channel_label)
        tools.addWidget(self.channel_combo)
        tools.addWidget(self.saved_button)
        tools.addStretch(1)
        tools.addWidget(self.counter)
        tools.addWidget(self.send_button)

        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName("Staff note")
        self.note_edit.setPlaceholderText("Add a note for staff (never sent to the client)…")
        self.note_edit.setStyleSheet(f"QLineEdit {{ background: {NOTE_YELLOW}; }}")
        self.note_edit.returnPressed.connect(self.add_note)
        self.note_button = QPushButton("Add note")
        self.note_button.setToolTip("Save a note in this thread; only staff see it")
        self.note_button.clicked.connect(self.add_note)
        self.note_error = ErrorLabel()
        notes = QHBoxLayout()
        notes.addWidget(self.note_edit, 1)
        notes.addWidget(self.note_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addLayout(head)
        lay.addWidget(self.load_error)
        lay.addWidget(self.scroll, 1)
        lay.addWidget(self.unmatched)
        lay.addWidget(self.reply_edit)
        lay.addWidget(self.reply_error)
        lay.addLayout(tools)
        lay.addLayout(notes)
        lay.addWidget(self.note_error)

    # ---- showing -------------------------------------------------------------------------
    def show_thread(self, summary: ThreadSummary | None, key: ThreadKey | None = None,
                    *, mark_read: bool = True) -> None:
        """Open a thread (None: nothing selected); the reply box keeps its text only when
        the thread stays the same."""
        key = summary.key if summary is not None else key
        if key != self.key:
            self.reply_edit.clear()
            self.note_edit.clear()
            self.reply_error.clear()
            self.note_error.clear()
            self.data = None
            self.scroll.show_entries(None, "Loading…" if key else "")
        self.key, self.summary = key, summary
        self._header()
        self._composer()
        if key is None:
            self.scroll.show_entries(None, "Pick a conversation on the left to read it.")
            return
        self.reload(mark_read=mark_read)

    def reload(self, *, mark_read: bool = True) -> None:
        if self.key is None:
            return
        self.loads.run(load_thread, self.services, self.key, self.actor, mark_read,
                       on_success=self._loaded, on_failure=self._load_failed)

    def _loaded(self, data: ThreadData) -> None:
        if data.key != self.key:
            return  # another thread was opened meanwhile
        self.load_error.clear()
        self.data = data
        self.scroll.show_entries(data, "No messages in this thread yet.")
        self._composer()
        self.loaded.emit(data)

    def update_summary(self, summary: ThreadSummary) -> None:
        """The list was reloaded: the open thread's name and flag may have changed."""
        if summary.key == self.key and summary != self.summary:
            self.summary = summary
            self._header()
            self._composer()

    def _load_failed(self, exc: BaseException) -> None:
        self.load_error.show_message(error_text(exc))

    def _header(self) -> None:
        s = self.summary
        title = s.title if s is not None else ""
        self.title.setText(title or ("" if self.key is None else "Conversation"))
        flag = s.flag if s is not None else Flag.NONE
        if flag is not Flag.NONE:
            k = kind_style(flag)
            self.marker.setText(f"{k.glyph} {k.label}")
            self.marker.setStyleSheet(marker_style(flag))
        self.marker.setVisible(flag is not Flag.NONE)

    def _composer(self) -> None:
        key = self.key
        unmatched = key is not None and not key.client_id
        self.unmatched.setVisible(unmatched)
        channels = self.data.channels if self.data is not None else ()
        current = self.chosen_channel()
        self.channel_combo.clear()
        for c in channels:
            self.channel_combo.addItem(CHANNEL_LABELS.get(c, c.value), c.value)
        if current in channels:
            self.channel_combo.setCurrentIndex(channels.index(current))
        self.saved_menu.clear()
        for text in self.data.saved if self.data is not None else ():
            action = QAction(text, self.saved_menu)
            action.triggered.connect(lambda _c=False, t=text: self.use_saved(t))
            self.saved_menu.addAction(action)
        can_reply = bool(key and key.client_id and channels)
        for w in (self.reply_edit, self.channel_combo, self.saved_button, self.send_button):
            w.setEnabled(can_reply)
        for w in (self.note_edit, self.note_button):
            w.setEnabled(key is not None)
        if unmatched:
            self.reply_edit.setPlaceholderText("Link this number to a client to reply.")
        elif key is not None and self.data is not None and not channels:
            self.reply_edit.setPlaceholderText(NO_CHANNEL_TEXT)
        else:
            name = self.summary.title if self.summary is not None else "the client"
            self.reply_edit.setPlaceholderText(f"Write a reply to {name}…")
        self._count()

    def _count(self) -> None:
        n = len(self.reply_edit.toPlainText().strip())
        self.counter.setText(f"{n} / {MAX_REPLY}")
        over = n > MAX_REPLY
        self.counter.setStyleSheet(f"color: {style.VERMILION if over else style.MUTED_TEXT};"
                                   + (" font-weight: bold;" if over else ""))

    # ---- acting --------------------------------------------------------------------------
    def use_saved(self, text: str) -> None:
        """A saved reply goes in at the cursor (nothing typed is thrown away)."""
        cursor = self.reply_edit.textCursor()
        cursor.insertText(text)
        self.reply_edit.setTextCursor(cursor)
        self.reply_edit.setFocus()

    def chosen_channel(self) -> Channel | None:
        value = self.channel_combo.currentData()
        return Channel(value) if value else None

    def send(self) -> None:
        if self.key is None:
            return
        channel = self.chosen_channel()
        self.reply_error.clear()
        self.send_button.setEnabled(False)
        key = self.key
        run_for(self, self.runner, self.services.inbox.reply, key,
                self.reply_edit.toPlainText(), self.actor, channel).on_success(
            lambda _row: self._sent(key)).on_failure(self._send_failed).on_finished(
            lambda: self.send_button.setEnabled(self.key == key and bool(self.key.client_id)))

    def _sent(self, key: ThreadKey) -> None:
        if key == self.key:
            self.reply_edit.clear()
            self.reload()
        self.changed.emit()

    def _send_failed(self, exc: BaseException) -> None:
        self.reply_error.show_message(error_text(exc))  # what was typed stays in the box
        self.reply_edit.setFocus()

    def add_note(self) -> None:
        if self.key is None:
            return
        key = self.key
        self.note_error.clear()
        self.note_button.setEnabled(False)
        run_for(self, self.runner, self.services.inbox.add_note, key, self.note_edit.text(),
                self.actor).on_success(lambda _r: self._noted(key)).on_failure(
            lambda exc: self.note_error.show_message(error_text(exc))).on_finished(
            lambda: self.note_button.setEnabled(self.key is not None))

    def _noted(self, key: ThreadKey) -> None:
        if key == self.key:
            self.note_edit.clear()
            self.reload()
        self.changed.emit()

    def open_link(self) -> None:
        if self.key is None or self.key.client_id:
            return
        from frontdesk.ui.messages.link_number import LinkNumberDialog

        dlg = LinkNumberDialog(self.ctx, self.key.address, self)
        dlg.linked.connect(self._linked)
        self.link_dialog = dlg
        dlg.open()

    def _linked(self, key: ThreadKey) -> None:
        self.link_dialog = None
        self.changed.emit()
        self.linked.emit(key)
