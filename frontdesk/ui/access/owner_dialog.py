"""The practice owner's account, made once when a practice has none (right after the
recovery code on a new practice, or at the first start of a practice made before accounts).
It cannot be skipped: Cancel quits, and the next start asks again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from frontdesk.services.errors import ValidationError
from frontdesk.ui.widgets.inline_form import ErrorLabel, FieldErrors, add_field

TITLE = "Your owner account"
PIN_NOTE = ("At least 6 digits (not 123456 or 111111), or a passphrase of at least 10 "
            "characters. It unlocks FrontDesk and signs what you do.")


class PinPairDialog(QDialog):
    """A dialog with a PIN typed twice (`pin`, `again`), its errors at the fields."""

    pin: QLineEdit
    again: QLineEdit
    errors: FieldErrors
    ok_button: QPushButton

    def pins_agree(self) -> bool:
        """True (and the button held) when the two agree; else said at the second one."""
        self.errors.clear()
        if self.pin.text() != self.again.text():
            self.errors.show(ValidationError("again", "The two PINs differ: type it again."))
            self.again.clear()
            self.adjustSize()
            return False
        self.ok_button.setEnabled(False)
        return True

    def failed(self, exc: BaseException) -> None:
        """The service refused: said at the field it names, the button free again."""
        self.ok_button.setEnabled(True)
        self.errors.show(exc)
        self.adjustSize()  # room for the error's words


class OwnerAccountDialog(PinPairDialog):
    """Name, PIN and the PIN again; `submit(name, pin)` is called when they agree."""

    def __init__(self, submit: Callable[[str, str], None], parent=None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(TITLE)
        self.setModal(True)
        head = QLabel("Make your account: you are the practice's owner")
        head.setStyleSheet("font-size: 16px; font-weight: bold;")
        about = QLabel(
            "Each person at the desk signs in as themselves, so the audit trail says who did "
            "what. As the owner you add staff accounts (front desk, clinicians, IT) later, "
            "in Practice settings → Staff.")
        about.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText("Your name, as staff know you")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.banner = ErrorLabel()
        self.errors = FieldErrors(self.banner)
        grid = QGridLayout()
        row = add_field(grid, 0, "&Name", self.name, "name", self.errors)
        row = add_field(grid, row, "&PIN", self.pin, "pin", self.errors, note=PIN_NOTE)
        add_field(grid, row, "PIN &again", self.again, "again", self.errors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Make my account")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Quit FrontDesk")
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(about)
        layout.addLayout(grid)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ok(self) -> None:
        if self.pins_agree():
            self.submit(self.name.text(), self.pin.text())
