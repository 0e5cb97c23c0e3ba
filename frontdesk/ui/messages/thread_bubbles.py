"""One thread as a chat, oldest first: the client's messages on the left, ours on the right,
staff notes across the middle in yellow ("Note by …": staff only, never sent).

Under each client message: what FrontDesk understood and did (the classifier's reasons in
the tooltip). Every text is shown as plain text: a message is never read as markup.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import Flag
from frontdesk.services.inbox.dto import ThreadEntry
from frontdesk.ui.messages.messages_data import (
    CHANNEL_WORDS,
    CRISIS_RED,
    ThreadData,
    kind_style,
    out_note,
    out_state,
    out_text,
    rgba,
    understood_text,
    when_text,
)
from frontdesk.ui.widgets import style

BUBBLE_WIDTH = 560
NOTE_WIDTH = 680
MIN_WIDTH = 160
NOTE_YELLOW = "#FFF4A8"
LOOKS = {
    "in": "background: #FFFFFF; border: 1px solid #B8B8B8; border-radius: 10px;",
    "out": f"background: {rgba(style.SKY_BLUE, 70)}; border: 1px solid {style.BLUE}; "
           "border-radius: 10px;",
    "note": f"background: {NOTE_YELLOW}; border: 1px dashed {style.ORANGE}; border-radius: 4px;",
}
FLAG_LOOKS = {
    Flag.CRISIS: f"background: #FFFFFF; border: 3px solid {CRISIS_RED}; border-radius: 10px;",
    Flag.CLINICAL: f"background: #FFFFFF; border: 2px solid {style.REDDISH_PURPLE}; "
                "border-radius: 10px;",
}


def _label(text: str, *, small: bool = False, bold: bool = False, muted: bool = False,
           selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("border: none; background: transparent;"
                        + (f" color: {style.MUTED_TEXT};" if muted else ""))
    if small or bold:
        font = label.font()
        if small:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        font.setBold(bold)
        label.setFont(font)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Bubble(QFrame):
    """One entry; `direction` is "in", "out" or "note"."""

    def __init__(self, e: ThreadEntry, data: ThreadData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = e
        self.direction = e.direction
        self.setObjectName(f"bubble_{e.direction}")
        look = FLAG_LOOKS.get(e.flag, LOOKS["in"]) if e.direction == "in" else \
            LOOKS.get(e.direction, LOOKS["in"])
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ {look} }}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.setSpacing(4)
        at = when_text(e.at, data.tz, data.now)
        channel = CHANNEL_WORDS.get(e.channel, e.channel)
        if e.direction == "note":
            self.head = _label(f"✎ Note by {e.status or 'staff'} · {at} · staff only, not sent",
                               small=True, bold=True)
            lay.addWidget(self.head)
            self.body = _label(e.text, selectable=True)
            lay.addWidget(self.body)
            self._fit(NOTE_WIDTH)
            return
        if e.direction == "in" and e.flag is not Flag.NONE:
            s = kind_style(e.flag)
            flag = _label(f"{s.glyph} {s.label}", bold=True)
            flag.setStyleSheet(f"border: none; background: transparent; color: "
                               f"{CRISIS_RED if e.flag is Flag.CRISIS else style.TEXT};")
            lay.addWidget(flag)
        self.body = _label(out_text(e) if e.direction == "out" else e.text, selectable=True)
        lay.addWidget(self.body)
        if e.direction == "out":
            st = out_state(e)
            meta = f"{channel} · {at} · {st.glyph} {st.label}"
            self.head = _label(meta, small=True, muted=True)
            self.head.setToolTip(st.tooltip)
            lay.addWidget(self.head)
            if e.outcome:
                lay.addWidget(_label(out_note(e), small=True, muted=True))
            self._fit(BUBBLE_WIDTH)
            return
        self.head = _label(f"{channel} · {at}", small=True, muted=True)
        lay.addWidget(self.head)
        self.understood = _label(understood_text(e), small=True)
        self.understood.setStyleSheet(f"border: none; border-top: 1px solid #D0D0D0; "
                                      f"background: transparent; color: {style.TEXT}; "
                                      "padding-top: 3px;")
        why = "\n".join(f"• {r}" for r in e.reasons) or "No phrase matched."
        self.understood.setToolTip(f"Why FrontDesk decided this:\n{why}")
        self.setToolTip(self.understood.toolTip())
        lay.addWidget(self.understood)
        self._fit(BUBBLE_WIDTH)

    def _fit(self, widest: int) -> None:
        """As wide as its longest line needs, up to `widest` (then the text wraps)."""
        need = max((label.fontMetrics().horizontalAdvance(line)
                    for label in self.findChildren(QLabel)
                    for line in label.text().splitlines() or [""]), default=0)
        width = min(max(need + 40, MIN_WIDTH), widest)
        self.setMinimumWidth(min(width, MIN_WIDTH * 2))
        self.setMaximumWidth(width)


class ThreadScroll(QScrollArea):
    """The bubbles, newest at the bottom; it stays at the bottom when it was there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName("Conversation")
        self.bubbles: list[Bubble] = []
        self.entries: tuple[ThreadEntry, ...] | None = None
        self._inner = QWidget()
        self._inner.setObjectName("threadInner")
        self._inner.setStyleSheet("QWidget#threadInner { background: #F3F3F1; }")
        self._rows = QVBoxLayout(self._inner)
        self._rows.setContentsMargins(12, 12, 12, 12)
        self._rows.setSpacing(10)
        self._rows.addStretch(1)
        self.setWidget(self._inner)
        self.empty = _label("", muted=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def show_entries(self, data: ThreadData | None, empty_text: str = "") -> None:
        entries = data.entries if data is not None else ()
        if data is not None and entries == self.entries:
            return  # nothing new: keep the scroll position and any selected text
        bar = self.verticalScrollBar()
        at_bottom = self.entries is None or bar.value() >= bar.maximum() - 4
        self.entries = entries if data is not None else None
        while self._rows.count() > 1:
            item = self._rows.takeAt(1)
            if item.widget() is self.empty:
                self.empty.hide()
            elif item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                _drop(item.layout())
        self.bubbles = []
        if not entries:
            self.empty.setText(empty_text)
            self._rows.addWidget(self.empty)
            self.empty.show()
        for e in entries:
            bubble = Bubble(e, data, self._inner)
            row = QHBoxLayout()
            if e.direction == "in":  # the bubble takes what it needs; the rest is air
                row.addWidget(bubble, 20)
                row.addStretch(1)
            elif e.direction == "out":
                row.addStretch(1)
                row.addWidget(bubble, 20)
            else:
                row.addStretch(1)
                row.addWidget(bubble, 20)
                row.addStretch(1)
            self._rows.addLayout(row)
            self.bubbles.append(bubble)
        if at_bottom:
            QTimer.singleShot(0, self, self.scroll_to_bottom)  # once the new rows are laid out

    def scroll_to_bottom(self) -> None:
        if shiboken6.isValid(self):
            self._inner.adjustSize()
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())


def _drop(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _drop(item.layout())
    layout.deleteLater()
