""""How these are counted": the trends service's own definitions, folded away until asked."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

import frontdesk.services.trends as trends_service
from frontdesk.ui.widgets import style

_START = "What is counted"
_END = "How it is fast"


def definitions_html(doc: str | None = None) -> str:
    """The "What is counted" part of the service's docstring as simple HTML (bullets, bold)."""
    doc = doc if doc is not None else (trends_service.__doc__ or "")
    lo = doc.find(_START)
    hi = doc.find(_END)
    body = doc[lo if lo >= 0 else 0: hi if hi > lo else len(doc)]
    items: list[str] = []
    for line in body.splitlines()[1:]:
        if line.startswith("- "):
            items.append(line[2:].strip())
        elif line.startswith("  ") and items:
            items[-1] += " " + line.strip()
    if not items:
        return ""

    def inline(s: str) -> str:
        s = html.escape(s, quote=False)
        s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
        return re.sub(r"`(.+?)`", r"\1", s)

    return "<ul style='margin-left: -20px'>" + "".join(
        f"<li style='margin-bottom: 4px'>{inline(i)}</li>" for i in items) + "</ul>"


class Definitions(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton(self)
        self.toggle.setText("How these are counted")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_open)
        self.body = QLabel(definitions_html(), self)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setStyleSheet(f"color: {style.TEXT}; background: white; padding: 8px; "
                                "border: 1px solid #D6D6D6; border-radius: 6px;")
        self.body.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.body)

    def set_open(self, on: bool) -> None:
        self.body.setVisible(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        if self.toggle.isChecked() != on:
            self.toggle.setChecked(on)
