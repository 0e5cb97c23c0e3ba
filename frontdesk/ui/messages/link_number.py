"""Link an unknown number's messages to a client (Messages tab → Link to a client…)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from frontdesk.services.contacts import format_phone
from frontdesk.ui.clients.client_picker import ClientPicker
from frontdesk.ui.context import UiContext
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import ErrorLabel
from frontdesk.ui.widgets.notice import error_text


class LinkNumberDialog(QDialog):
    """Pick the client; `linked(ThreadKey)` fires once the service has moved the messages."""

    linked = Signal(object)

    def __init__(self, ctx: UiContext, address: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.address = ctx, address
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        number = format_phone(address)
        self.setWindowTitle(f"Link {number} to a client")
        intro = QLabel(f"Messages from {number} will join the client's thread, and replies "
                       "will go to that client. Check that it really is them (call if "
                       "unsure): a wrong link shows one person's messages in another's "
                       "record.")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.picker = ClientPicker(ctx, chosen_label="Link to",
                                   parent=self)
        self.error = ErrorLabel()
        self.picker.message.connect(lambda text, level: self.error.show_message(text)
                                    if level in ("error", "warning") else None)
        self.picker.changed.connect(self.error.clear)
        self.link_button = QPushButton("Link")
        self.link_button.setDefault(True)
        self.link_button.setAutoDefault(True)
        self.cancel_button = QPushButton("Cancel")
        self.link_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.link_button)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.picker, 1)
        lay.addWidget(self.error)
        lay.addLayout(row)
        self.resize(620, 420)

    def submit(self) -> None:
        ids = self.picker.effective_ids()
        if not ids:
            self.error.show_message("Choose the client first: search, then pick a name.")
            return
        self.error.clear()
        self.link_button.setEnabled(False)
        run_for(self, self.runner, self.services.inbox.link, self.address, ids[0],
                self.actor).on_success(self._done).on_failure(
            lambda exc: self.error.show_message(error_text(exc))).on_finished(
            lambda: self.link_button.setEnabled(True))

    def _done(self, key) -> None:
        self.linked.emit(key)
        self.accept()
