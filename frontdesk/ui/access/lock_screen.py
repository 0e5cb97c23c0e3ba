"""The lock screen: what the desk shows while locked or before anyone signs in.

No client data on it: the practice's name, who locked it, a PIN field, and — loud, red,
wordless — that an urgent client message is waiting, so the alarm is never hidden by the
lock ("Urgent client message — unlock to read it").
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.messages.messages_data import CRISIS_EDGE, CRISIS_RED

LOCKED_TITLE = "FrontDesk is locked"
SIGN_IN_TITLE = "Sign in to FrontDesk"
FORGOT = ("Forgot your PIN? The practice owner can reset it. An owner who forgot theirs "
          "uses the practice's recovery code.")


def crisis_words(count: int) -> str:
    if count == 1:
        return "⚠  Urgent client message — unlock to read it now"
    return f"⚠  {count} urgent client messages — unlock to read them now"


class LockScreen(QWidget):
    """Two modes: locked (the person who locked it unlocks, or someone switches user) and
    sign-in (pick your name, enter your PIN)."""

    unlock = Signal(str)  # the PIN typed
    sign_in = Signal(int, str)  # account id, PIN
    switch_user = Signal()
    forgot = Signal()  # the owner's recovery-code reset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.signing_in = False
        self.crisis = QLabel("", self)
        self.crisis.setObjectName("lockCrisis")
        self.crisis.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.crisis.setWordWrap(True)
        self.crisis.setStyleSheet(
            f"QLabel#lockCrisis {{ background: {CRISIS_RED}; color: white; font-size: 22px;"
            f" font-weight: bold; padding: 18px; border-bottom: 4px solid {CRISIS_EDGE}; }}")
        self.crisis.hide()
        self.practice = QLabel("", self)
        self.practice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.practice.setTextFormat(Qt.TextFormat.PlainText)
        self.title = QLabel(LOCKED_TITLE, self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.who = QLabel("", self)
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.accounts = QComboBox(self)
        self.accounts.setAccessibleName("Who is signing in")
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText("PIN or passphrase")
        self.pin.setAccessibleName("PIN or passphrase")
        self.pin.returnPressed.connect(self._submit)
        self.go = QPushButton("Unlock", self)
        self.go.setDefault(True)
        self.go.clicked.connect(self._submit)
        self.switch = QPushButton("Switch user", self)
        self.switch.clicked.connect(self.switch_user)
        self.forgot_button = QPushButton("Forgot PIN?", self)
        self.forgot_button.setFlat(True)
        self.forgot_button.setToolTip(FORGOT)
        self.forgot_button.clicked.connect(self.forgot)
        self.error = QLabel("", self)
        self.error.setObjectName("lockError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #B00020;")
        self.error.hide()
        self._layout()

    def _layout(self) -> None:
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(460)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        for w in (self.practice, self.title, self.who, self.accounts, self.pin, self.error):
            inner.addWidget(w)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.switch)
        buttons.addWidget(self.go)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 2)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.crisis)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    # ---- modes -------------------------------------------------------------------------
    def set_practice(self, name: str) -> None:
        self.practice.setText(name)

    def show_locked(self, who: str) -> None:
        """Locked by `who` ("Rita, Front desk"): their PIN unlocks."""
        self.signing_in = False
        self.title.setText(LOCKED_TITLE)
        self.who.setText(f"{who} locked it. Enter your PIN to go on.")
        self.who.show()
        self.accounts.hide()
        self.switch.show()
        self.go.setText("Unlock")
        self._reset()

    def show_sign_in(self, accounts: list[tuple[int, str]], hint: str = "") -> None:
        """`accounts`: (id, "Rita (Front desk)") for each account that can sign in."""
        self.signing_in = True
        self.title.setText(SIGN_IN_TITLE)
        self.who.setText(hint)
        self.who.setVisible(bool(hint))
        self.accounts.clear()
        for account_id, label in accounts:
            self.accounts.addItem(label, account_id)
        self.accounts.show()
        self.switch.hide()
        self.go.setText("Sign in")
        self._reset()

    def set_crisis_count(self, count: int) -> None:
        self.crisis.setText(crisis_words(count))
        self.crisis.setVisible(count > 0)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.set_busy(False)
        self.pin.selectAll()
        self.pin.setFocus()

    def set_busy(self, busy: bool) -> None:
        for w in (self.go, self.pin, self.accounts, self.switch):
            w.setEnabled(not busy)

    def _reset(self) -> None:
        self.pin.clear()
        self.error.hide()
        self.set_busy(False)
        self.pin.setFocus()

    def _submit(self) -> None:
        pin = self.pin.text()
        if not pin:
            self.show_error("Enter your PIN.")
            return
        self.set_busy(True)
        self.pin.clear()  # the PIN lives no longer than the check
        if self.signing_in:
            account_id = self.accounts.currentData()
            if account_id is None:
                self.show_error("There is no account to sign in to.")
                return
            self.sign_in.emit(int(account_id), pin)
        else:
            self.unlock.emit(pin)
