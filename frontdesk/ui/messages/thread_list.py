"""The Messages tab's list of threads: one row per client (or unknown number).

A row: a CRISIS / clinical marker, the name (bold while unread), the time, a one-line preview,
the unread count as a bold badge ("2 new") and "waiting for staff" when something in it is.
Crisis threads come first (the service's order).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import Flag
from frontdesk.services.inbox.dto import ThreadKey, ThreadSummary
from frontdesk.ui.messages.messages_data import InboxData, kind_style, rgba, short_when
from frontdesk.ui.widgets import style

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MUTED = f"color: {style.MUTED_TEXT};"
BADGE = (f"background: {style.BLUE}; color: #FFFFFF; font-weight: bold; border-radius: 8px; "
         "padding: 1px 7px;")
WAITING = (f"background: {style.ATTENTION_ROW}; color: {style.TEXT}; border: 1px solid "
           f"{style.ORANGE}; border-radius: 8px; padding: 0px 6px;")


def marker_style(flag: Flag) -> str:
    s = kind_style(flag)
    if flag is Flag.CRISIS:
        return (f"background: {s.colour}; color: #FFFFFF; font-weight: bold; "
                "border-radius: 3px; padding: 1px 6px;")
    return (f"background: {rgba(s.colour, 70)}; "
            f"color: {style.TEXT}; font-weight: bold; border: 1px solid {s.colour}; "
            "border-radius: 3px; padding: 0px 5px;")


class ElidedLabel(QLabel):
    """One line that ends in … when it doesn't fit (the full text is the tooltip)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full(text)

    def set_full(self, text: str) -> None:
        self.full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 40)
        super().setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight,
                                                      width))


class ThreadRow(QWidget):
    def __init__(self, t: ThreadSummary, data: InboxData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = t
        self.marker = QLabel()
        if t.flag is not Flag.NONE:
            s = kind_style(t.flag)
            self.marker.setText(f"{s.glyph} {s.label}")
            self.marker.setStyleSheet(marker_style(t.flag))
            self.marker.setToolTip(s.tooltip)
        self.marker.setVisible(t.flag is not Flag.NONE)
        self.title = ElidedLabel(t.title)
        font = self.title.font()
        font.setBold(t.unread > 0)
        self.title.setFont(font)
        self.time = QLabel(short_when(t.last_at, data.tz, data.now))
        self.time.setStyleSheet(MUTED)
        self.preview = ElidedLabel(t.preview)
        self.preview.setStyleSheet(MUTED if not t.unread else f"color: {style.TEXT};")
        self.badge = QLabel(f"{t.unread} new")
        self.badge.setStyleSheet(BADGE)
        self.badge.setToolTip(f"{t.unread} unread message{'s' if t.unread != 1 else ''}")
        self.badge.setVisible(t.unread > 0)
        self.waiting = QLabel("◷ waiting")
        self.waiting.setStyleSheet(WAITING)
        self.waiting.setToolTip("Waiting for staff: something in this thread is on the Needs "
                                "attention list")
        self.waiting.setVisible(t.waiting)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.marker)
        top.addWidget(self.title, 1)
        top.addWidget(self.waiting)
        top.addWidget(self.time)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        bottom.addWidget(self.preview, 1)
        bottom.addWidget(self.badge)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(3)
        lay.addLayout(top)
        lay.addLayout(bottom)
        states = [kind_style(t.flag).label] if t.flag is not Flag.NONE else []
        states += [f"{t.unread} unread"] if t.unread else []
        states += ["waiting for staff"] if t.waiting else []
        self.setAccessibleName(", ".join([t.title, *states]))


class ThreadList(QListWidget):
    """Rows rebuilt on each load; the selection follows the thread, not the row number."""

    chosen = Signal(object)  # the ThreadSummary the person picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.threads: tuple[ThreadSummary, ...] = ()
        self.setAccessibleName("Message threads")
        self.setMinimumWidth(300)
        self.setSpacing(1)
        self.setStyleSheet("QListWidget::item { border-bottom: 1px solid #DDDDDD; }"
                           " QListWidget::item:selected { background: "
                           f"{rgba(style.SKY_BLUE, 90)}; border-left: 4px solid {style.BLUE}; }}")
        self.currentItemChanged.connect(self._changed)

    def set_threads(self, data: InboxData, keep: ThreadKey | None) -> None:
        if data.threads == self.threads and self.count():
            for i in range(self.count()):  # times move on ("Yesterday"): cheap to redo
                row = self.itemWidget(self.item(i))
                row.time.setText(short_when(row.summary.last_at, data.tz, data.now))
            return
        self.threads = data.threads
        bar = self.verticalScrollBar().value()
        self.blockSignals(True)
        try:
            self.clear()
            for t in self.threads:
                item = QListWidgetItem(self)
                item.setData(KEY_ROLE, t.key)
                row = ThreadRow(t, data)
                item.setSizeHint(row.sizeHint())
                self.setItemWidget(item, row)
                if t.key == keep:
                    self.setCurrentItem(item)
        finally:
            self.blockSignals(False)
        self.verticalScrollBar().setValue(bar)

    def select_key(self, key: ThreadKey) -> bool:
        """Select the thread (without announcing it); False when it isn't listed."""
        for i in range(self.count()):
            if self.item(i).data(KEY_ROLE) == key:
                self.blockSignals(True)
                self.setCurrentRow(i)
                self.blockSignals(False)
                self.scrollToItem(self.item(i))
                return True
        return False

    def summary(self, key: ThreadKey) -> ThreadSummary | None:
        return next((t for t in self.threads if t.key == key), None)

    def row_widget(self, key: ThreadKey) -> ThreadRow | None:
        for i in range(self.count()):
            if self.item(i).data(KEY_ROLE) == key:
                return self.itemWidget(self.item(i))
        return None

    def _changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            t = self.summary(current.data(KEY_ROLE))
            if t is not None:
                self.chosen.emit(t)
