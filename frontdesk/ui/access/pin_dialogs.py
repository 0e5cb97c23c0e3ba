"""Choosing a new PIN: after the owner reset it (the person picks their own at sign-in), and
the owner's reset by the practice's recovery code (the lock screen's Forgot PIN?)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from frontdesk.services.errors import ValidationError
from frontdesk.ui.access.owner_dialog import PIN_NOTE, PinPairDialog
from frontdesk.ui.widgets.inline_form import ErrorLabel, FieldErrors, add_field


def _secret() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


RECOVERY_CODE = ("&Recovery code", "recovery_code", False)
CURRENT_PIN = ("&Current PIN", "old_pin", True)


class NewPinDialog(PinPairDialog):
    """A new PIN twice, after what proves the right to set it when asked (`first`: the
    recovery code, or the current PIN). `submit(new_pin)` or `submit(first, new_pin)` is
    called when the two agree."""

    def __init__(self, title: str, about: str, submit: Callable[..., None], *,
                 first: tuple[str, str, bool] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.submit, self.with_code = submit, first is not None
        self.setWindowTitle(title)
        text = QLabel(about)
        text.setWordWrap(True)
        self.code = _secret() if first and first[2] else QLineEdit()
        self.pin, self.again = _secret(), _secret()
        self.banner = ErrorLabel()
        self.errors = FieldErrors(self.banner)
        grid = QGridLayout()
        row = 0
        if first is not None:
            row = add_field(grid, row, first[0], self.code, first[1], self.errors)
        row = add_field(grid, row, "&New PIN", self.pin, "new_pin", self.errors, note=PIN_NOTE)
        add_field(grid, row, "PIN &again", self.again, "again", self.errors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Save my new PIN")
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(grid)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)

    def _ok(self) -> None:
        if not self.pins_agree():
            return
        if self.with_code:
            self.submit(self.code.text(), self.pin.text())
        else:
            self.submit(self.pin.text())

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and exc.field == "pin":
            exc = ValidationError("new_pin", exc.message, hint=exc.hint)
        super().failed(exc)
