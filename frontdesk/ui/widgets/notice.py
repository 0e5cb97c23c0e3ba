"""A message strip (info / success / warning / error) and the words for a failed task.

Used as the main window's banner and inline at the top of dialogs, so a problem is shown
where the person is looking, says what happened and what to do, and never loses their input.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from frontdesk.services.errors import FrontDeskError
from frontdesk.ui.widgets import style

GENERIC_FAILURE = "That did not work, and nothing was changed."
GENERIC_HINT = ("Try again. If it keeps happening, restart FrontDesk and tell whoever "
                "looks after your computers.")


def error_parts(exc: BaseException) -> tuple[str, str]:
    """(message, hint) safe to show: FrontDeskError texts as written, anything else generic."""
    if isinstance(exc, FrontDeskError):
        return exc.message, exc.hint
    return GENERIC_FAILURE, GENERIC_HINT


def error_text(exc: BaseException) -> str:
    message, hint = error_parts(exc)
    return f"{message} {hint}".strip()


class WrapLabel(QLabel):
    """A word-wrapped label that claims the height its text needs at its current width.

    A plain wrapped QLabel doesn't make its window grow, so a long message in a dialog
    would be cut off; this one raises its minimum height as it is laid out.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._claim_height()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._claim_height()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._claim_height()

    def _claim_height(self) -> None:
        if not self.isVisible():
            return  # not laid out yet: its width means nothing
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class NoticeBar(QFrame):
    """Hidden until `show_notice`; a ✕ button (or `clear`) hides it again."""

    def __init__(self, parent: QWidget | None = None, *, closable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.level = ""
        self._glyph = QLabel(self)
        self._glyph.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._glyph.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self._text = WrapLabel(self)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._close = QToolButton(self)
        self._close.setText("✕")
        self._close.setToolTip("Dismiss this message")
        self._close.setAutoRaise(True)
        self._close.clicked.connect(self.clear)
        self._close.setVisible(closable)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 6, 6)
        lay.addWidget(self._glyph)
        lay.addWidget(self._text, 1)
        lay.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.hide()

    @property
    def text(self) -> str:
        return self._text.text()

    def show_notice(self, text: str, level: str = "info", *, timeout_ms: int = 0) -> None:
        """Show `text`; levels: info, success, warning, error. Info/success may time out."""
        self.level = level if level in style.NOTICE else "info"
        s = style.NOTICE[self.level]
        self._glyph.setText(s.glyph)
        self._glyph.setAccessibleName(s.label)
        self._text.setText(text)
        self.setStyleSheet(f"QFrame#notice {{ {style.notice_stylesheet(self.level)} }}"
                           f" QLabel {{ background: transparent; border: none; }}")
        self.setAccessibleDescription(f"{s.label}: {text}")
        self._glyph.setMinimumWidth(self._glyph.fontMetrics().horizontalAdvance(s.glyph) + 4)
        self._timer.stop()
        if timeout_ms:
            self._timer.start(timeout_ms)
        self.show()

    def show_error(self, exc: BaseException) -> None:
        self.show_notice(error_text(exc), "error")

    def clear(self) -> None:
        self._timer.stop()
        self.level = ""
        self._text.clear()
        self.hide()
