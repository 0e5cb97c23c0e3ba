"""The bar that says messages are only being recorded, not sent.

It cannot be dismissed: it stays across the top of the window for as long as the
delivery mode has something to say, and its button leads to where that is fixed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from frontdesk.ui.widgets import style
from frontdesk.ui.widgets.notice import WrapLabel

TITLE = "Messages are NOT being sent"


class DeliveryBanner(QFrame):
    """Hidden until `set_text` gets a non-empty text; `set_up` fires on its button.

    Other alarm bars (e.g. the background-health bar) reuse it with their own title and
    object name, and with no button when `button` is empty."""

    set_up = Signal()

    def __init__(self, parent: QWidget | None = None, *, title: str = TITLE,
                 name: str = "deliveryBanner", button: str = "Set up messaging…") -> None:
        super().__init__(parent)
        self.title_text = title
        self.setObjectName(name)
        self.setAccessibleName(f"Warning: {title.lower()}")
        self.setStyleSheet(
            f"QFrame#{name} {{ background: {style.ALARM_BACKGROUND}; "
            f"border-bottom: 3px solid {style.TEXT}; }}"
            f" QFrame#{name} QLabel {{ color: {style.ALARM_TEXT}; background: "
            "transparent; }"
            f" QFrame#{name} QPushButton {{ background: {style.ALARM_TEXT}; "
            f"color: {style.TEXT}; font-weight: bold; border: 2px solid {style.TEXT}; "
            "border-radius: 4px; padding: 6px 14px; }"
            f" QFrame#{name} QPushButton:focus {{ border: 2px solid #0072B2; }}")
        self.icon = QLabel(self)
        self.icon.setPixmap(style.warning_icon(36))
        self.icon.setAccessibleName("Warning")
        self.icon.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.label = WrapLabel(self)
        body = self.label.font()
        body.setBold(True)
        self.label.setFont(body)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(button or "", self)
        self.button.setVisible(bool(button))
        self.button.setToolTip("Open Practice settings → Messaging to enter the Twilio and "
                               "email settings")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self.set_up)
        words = QWidget(self)
        col = QHBoxLayout(words)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(14)
        col.addWidget(self.title)
        col.addWidget(self.label, 1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(14)
        lay.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(words, 1)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    @property
    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str) -> None:
        """Show the bar with `text`, or hide it when `text` is empty."""
        head = self.title_text.lower() + ":"
        if text.lower().startswith(head):  # the title says it already
            rest = text[len(head):].strip()
            text = rest[:1].upper() + rest[1:]
        self.label.setText(text)
        self.setAccessibleDescription(f"{self.title_text}. {text}" if text else "")
        self.setVisible(bool(text))
