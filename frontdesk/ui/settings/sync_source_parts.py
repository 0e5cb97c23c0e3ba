"""Parts of the Calendar sync screen: words for kinds and times, the secret field, the
public-key box and the file-or-address field."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.widgets.code_font import code_font
from frontdesk.ui.widgets.fmt import day_short, time_text
from frontdesk.ui.widgets.inline_form import NOTE_STYLE

KIND_WORDS = {
    "fhir": "EHR (FHIR)",
    "calendly": "Calendly",
    "ics": "Calendar feed (iCalendar)",
    "csv": "CSV import preset",
}
IN_KEYRING = "✔ Saved in this computer's keyring"
REGISTER_KEY = ("Make a key pair, then register its public key with the EHR as FrontDesk's "
                "JWKS, for the client ID above. The private key stays in this computer's "
                "keyring.")


def kind_words(kind: str) -> str:
    return KIND_WORDS.get(kind, kind)


def ago(moment: datetime, now: datetime, timezone: str = "") -> str:
    """'just now', '12 min ago', '3 hours ago', else the day and time ('Tue 3 Mar 2026,
    9:05 AM') in the practice's zone."""
    minutes = int((now - moment).total_seconds() // 60)
    if 0 <= minutes < 1:
        return "just now"
    if 0 < minutes < 60:
        return f"{minutes} min ago"
    if 0 < minutes < 24 * 60:
        hours = minutes // 60
        return f"{hours} hour{'s' if hours != 1 else ''} ago"
    try:
        local = moment.astimezone(ZoneInfo(timezone)) if timezone else moment.astimezone()
    except (ZoneInfoNotFoundError, ValueError):
        local = moment.astimezone()
    return f"{day_short(local.date())}, {time_text(local)}"


class SecretField(QWidget):
    """A password field. Once a secret is saved it is never shown back: the field says it is
    in the keyring and offers Replace, which opens an empty field for a new one."""

    def __init__(self, name: str, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(name)
        self.saved_label = QLabel(IN_KEYRING)
        self.replace_button = QPushButton("Replace…")
        self.replace_button.clicked.connect(self.replace)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.replace_button)
        layout.addWidget(self.edit, 1)
        layout.addStretch()  # takes the room the hidden field leaves, not the button
        self.replace_button.setSizePolicy(QSizePolicy.Policy.Maximum,
                                          QSizePolicy.Policy.Fixed)
        self.saved = False
        self.set_saved(False)

    def set_saved(self, saved: bool) -> None:
        self.saved = saved
        self.edit.clear()
        self.saved_label.setVisible(saved)
        self.replace_button.setVisible(saved)
        self.edit.setHidden(saved)
        self.setFocusProxy(self.replace_button if saved else self.edit)

    def replace(self) -> None:
        self.replace_button.hide()
        self.saved_label.hide()
        self.edit.show()
        self.setFocusProxy(self.edit)
        self.edit.setPlaceholderText("The new one (the saved one stays until you save)")
        self.edit.setFocus()

    def value(self) -> str:
        return self.edit.text().strip()

    def setFocus(self, *args) -> None:  # errors focus the field inside
        (self.replace_button if self.edit.isHidden() else self.edit).setFocus(*args)


class KeyPairBox(QWidget):
    """'Make key pair', then the public JWKS in a read-only box with Copy."""

    make_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.make_button = QPushButton("Make key pair")
        self.make_button.setToolTip("FrontDesk makes a key pair, keeps the private key in "
                                    "this computer's keyring and shows the public key.")
        self.make_button.clicked.connect(self.make_requested)
        self.state = QLabel("No key pair yet.")
        self.state.setStyleSheet(NOTE_STYLE)
        self.jwks = QPlainTextEdit()
        self.jwks.setReadOnly(True)
        self.jwks.setFont(code_font(scale=0.9, bold=False))
        self.jwks.setAccessibleName("Public key (JWKS)")
        self.jwks.setMinimumHeight(self.jwks.fontMetrics().lineSpacing() * 11)
        self.copy_button = QPushButton("Copy")
        self.copy_button.clicked.connect(self.copy)
        top = QHBoxLayout()
        top.addWidget(self.make_button)
        top.addWidget(self.state, 1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.jwks)
        self.show_jwks("")

    def show_jwks(self, jwks: str) -> None:
        self.jwks.setPlainText(jwks)
        for w in (self.jwks, self.copy_button):
            w.setVisible(bool(jwks))
        self.make_button.setText("Make a new key pair…" if jwks else "Make key pair")
        self.state.setText("" if jwks else "No key pair yet.")

    def has_key(self) -> bool:
        return bool(self.jwks.toPlainText())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.jwks.toPlainText())
        self.state.setText("Copied.")


class FileField(QWidget):
    """A line for a path (or, for a feed, an address) with a file picker beside it."""

    def __init__(self, name: str, placeholder: str, title: str, filters: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.filters = title, filters
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(name)
        self.choose_button = QPushButton("Choose file…")
        self.choose_button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.choose_button)
        self.setFocusProxy(self.edit)  # the caption's shortcut lands in the line

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.title, "", self.filters)
        if path:
            self.edit.setText(path)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:  # as a QLineEdit's
        self.edit.setText(text)

    def setFocus(self, *args) -> None:  # errors focus the field inside
        self.edit.setFocus(*args)


class LocationField(FileField):
    """A calendar feed's address or a file on this computer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Address or file", "https://… or a file on this computer",
                         "Choose the calendar file", "Calendar files (*.ics);;All files (*)",
                         parent)

    def settings(self) -> dict[str, object]:
        """{'url': …} for a web address, {'path': …} for a file; the other one emptied."""
        text = self.text()
        if "://" in text:
            return {"url": text, "path": ""}
        return {"url": "", "path": text}

    def set_from(self, settings: dict[str, object]) -> None:
        self.setText(str(settings.get("url") or settings.get("path") or ""))
