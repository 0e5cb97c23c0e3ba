"""A small dialog that asks where to send a test message, sends it, and says what happened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.channels.base import Outcome, SendResult
from frontdesk.services.errors import ValidationError
from frontdesk.ui.widgets.inline_form import ErrorLabel
from frontdesk.ui.widgets.notice import NoticeBar, error_text


def outcome_text(result: SendResult, where: str) -> tuple[str, str]:
    """(text, notice level) for a test send's result; `where` is "phone" or "inbox"."""
    reason = (result.reason or "no reason was given").rstrip(".")
    code = f" (code {result.code})" if result.code and result.outcome is not Outcome.ACCEPTED \
        else ""
    if result.outcome is Outcome.ACCEPTED:
        return f"Sent — check the {where}.", "success"
    if result.outcome is Outcome.TRANSIENT:
        return (f"Not sent: {reason}{code}. Nothing went out; try again in a minute.",
                "error")
    if result.outcome is Outcome.AMBIGUOUS:
        return (f"It may or may not have gone: {reason}{code}. Check the {where} before "
                "trying again.", "warning")
    return f"Not sent: {reason}{code}. Check the settings, then try again.", "error"


class SendTestDialog(QDialog):
    """`start(to)` launches the send on the runner and returns its task (WidgetTask)."""

    def __init__(self, title: str, prompt: str, placeholder: str, where: str,
                 start: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(440)
        self.where, self.start = where, start
        self.sending = False
        label = QLabel(prompt)
        self.to_edit = QLineEdit()
        self.to_edit.setPlaceholderText(placeholder)
        self.to_edit.setAccessibleName(prompt.rstrip(":"))
        label.setBuddy(self.to_edit)
        self.to_error = ErrorLabel()
        note = QLabel("The test uses the settings as typed, even before they are saved.")
        note.setWordWrap(True)
        self.result = NoticeBar(self, closable=False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.send_button = QPushButton("Send test")
        self.send_button.setDefault(True)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(self.send)
        self.to_edit.returnPressed.connect(self.send)
        box = QVBoxLayout(self)
        for w in (label, self.to_edit, self.to_error, note, self.result):
            box.addWidget(w)
        box.addWidget(buttons)

    @property
    def result_text(self) -> str:
        return self.result.text if self.result.isVisible() else ""

    def send(self) -> None:
        if self.sending:
            return
        self.to_error.clear()
        self.sending = True
        self.send_button.setEnabled(False)
        self.result.show_notice("Sending…", "info")
        self.start(self.to_edit.text().strip()).on_success(self._done).on_failure(
            self._failed)

    def _done(self, result: SendResult) -> None:
        self.sending = False
        self.send_button.setEnabled(True)
        text, level = outcome_text(result, self.where)
        self.result.show_notice(text, level)

    def _failed(self, exc: BaseException) -> None:
        self.sending = False
        self.send_button.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field == "to":
            self.result.clear()
            self.to_error.show_message(error_text(exc))
            self.to_edit.setFocus()
            return
        fix = " Fix the field marked in the settings, then try again." \
            if isinstance(exc, ValidationError) else ""
        self.result.show_notice(f"Not sent: {error_text(exc)}{fix}", "error")
