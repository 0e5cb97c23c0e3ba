"""The dialogs met before the main window: first run, recovery code, unlock, keyring problems."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from frontdesk.ui.widgets.code_font import code_font

EMPTY, DEMO = "empty", "demo"


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSize(font.pointSize() + 5)
    font.setBold(True)
    label.setFont(font)
    return label


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class FirstRunDialog(QDialog):
    """Start an empty practice or explore the demo one. `choice` is EMPTY or DEMO."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to FrontDesk")
        self.choice: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(_title("Welcome to FrontDesk"))
        layout.addWidget(_wrapped(
            "FrontDesk keeps your practice's schedule and client details in an encrypted "
            "database on this computer. Its key is kept in this computer's keyring.\n\n"
            "How would you like to start?"))
        self.empty_button = QPushButton("Start an empty practice")
        self.demo_button = QPushButton("Explore the demo practice (fictional clients)")
        for button, choice in ((self.empty_button, EMPTY), (self.demo_button, DEMO)):
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _=False, c=choice: self._pick(c))
            layout.addWidget(button)
        self.resize(480, 260)

    def _pick(self, choice: str) -> None:
        self.choice = choice
        self.accept()


class RecoveryCodeDialog(QDialog):
    """Shows the recovery code once, and insists it was written down."""

    def __init__(self, code: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Your recovery code")
        layout = QVBoxLayout(self)
        layout.addWidget(_title("Write down your recovery code"))
        layout.addWidget(_wrapped(
            "If this computer's keyring is ever lost or reset, this code is the only way to "
            "open your practice's data. Write it down and keep it somewhere safe, away from "
            "this computer. Anyone with the code and this computer's files can read the data."))
        self.code_label = QLabel(code)
        self.code_label.setFont(code_font())  # really fixed-pitch: 1/l and 0/O differ
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setStyleSheet("padding: 12px; border: 2px dashed #0072B2;")
        layout.addWidget(self.code_label)
        copy = QPushButton("Copy")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(code))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(copy)
        layout.addLayout(row)
        self.confirm = QCheckBox("I have written down the recovery code and put it somewhere safe")
        layout.addWidget(self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Continue")
        self.ok_button.setEnabled(False)
        self.confirm.toggled.connect(self.ok_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def reject(self) -> None:  # Escape must not skip the code
        if self.confirm.isChecked():
            super().reject()


class UnlockDialog(QDialog):
    """Asks for the recovery code; `submitted(code)` is handled by the startup flow."""

    def __init__(self, problem: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Unlock FrontDesk")
        layout = QVBoxLayout(self)
        layout.addWidget(_title("Unlock your practice's data"))
        self.problem = _wrapped(problem)
        layout.addWidget(self.problem)
        layout.addWidget(_wrapped(
            "Type the recovery code you wrote down when FrontDesk was set up "
            "(groups of four letters and digits). Your data is safe and unchanged."))
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        layout.addWidget(self.code)
        self.error = _wrapped("")
        self.error.setStyleSheet("color: #B00020; font-weight: bold;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton("Unlock", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("Quit", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.code_entered = None  # set by the flow: a callable taking the code
        self.resize(520, 280)

    def _submit(self) -> None:
        if not self.code.text().strip():
            self.show_error("Type the recovery code first.")
            return
        self.unlock_button.setEnabled(False)
        self.error.hide()
        if self.code_entered:
            self.code_entered(self.code.text())

    def show_error(self, text: str) -> None:
        self.unlock_button.setEnabled(True)
        self.error.setText(text)
        self.error.show()
        self.code.setFocus()
        self.code.selectAll()


class ProblemDialog(QDialog):
    """A start-up problem the user can fix outside the app: Retry or Quit."""

    def __init__(self, message: str, hint: str, parent=None, *,
                 title: str = "FrontDesk cannot start yet") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.title = _title(title)
        layout.addWidget(self.title)
        self.message = _wrapped(message)
        layout.addWidget(self.message)
        self.hint = _wrapped(hint)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox()
        buttons.addButton("Try again", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("Quit", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 240)
