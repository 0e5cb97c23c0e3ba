"""Base for dialogs that save through the task runner and stay open when saving fails."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.errors import ValidationError
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.notice import NoticeBar


class FormDialog(QDialog):
    """A notice strip, a form and OK/Cancel. Subclasses implement `submit()`.

    `submit()` either calls `self.save(fn, *args)` (runs on the runner; on success
    `saved(value)` then the dialog accepts) or `self.refuse(text)` to explain what to fix.
    On failure the message is shown inline, the field named by a ValidationError gets the
    focus, and everything typed stays as it was.
    """

    def __init__(self, runner, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(title)
        self.setModal(True)
        self.result_value: Any = None
        self.fields: dict[str, QWidget] = {}  # ValidationError.field -> widget to focus
        self.notice = NoticeBar(self, closable=False)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.notice)
        self.body.addLayout(self.form)
        self.body.addWidget(self.buttons)
        self._saving = False

    # ---- for subclasses ----------------------------------------------------------
    def submit(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def saved(self, value: Any) -> None:
        """Called with the service's return value just before the dialog accepts."""

    def save(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        if self._saving:
            return
        self._set_saving(True)
        run_for(self, self.runner, fn, *args, **kwargs).on_success(self._on_saved).on_failure(
            self._on_failed)

    def refuse(self, text: str, field: str = "") -> None:
        self.notice.show_notice(text, "error")
        if field in self.fields:
            self.fields[field].setFocus()

    # ---- internals ------------------------------------------------------------------
    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.ok_button.setEnabled(not saving)
        if saving:
            self.notice.show_notice("Saving…", "info")

    def _on_saved(self, value: Any) -> None:
        self._set_saving(False)
        self.notice.clear()
        self.result_value = value
        self.saved(value)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        self.notice.show_error(exc)
        if isinstance(exc, ValidationError) and exc.field in self.fields:
            self.fields[exc.field].setFocus()
