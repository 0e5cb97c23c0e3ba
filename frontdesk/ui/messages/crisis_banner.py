"""The crisis banner: red, across the top of the window, impossible to miss or close.

With screen privacy on (the practice's default) it still shouts that a client needs help
now and how long ago the message came, but names nobody and quotes nothing: Show asks the
service for the name and words (audited) and shows them for two minutes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.inbox.dto import CrisisAlert
from frontdesk.ui.messages.messages_data import (
    CRISIS_EDGE,
    CRISIS_RED,
    CrisisData,
    age_text,
    when_text,
)
from frontdesk.ui.widgets import style
from frontdesk.ui.widgets.notice import WrapLabel

MAX_QUOTE = 280
REVEAL_MS = 120_000  # a revealed name and message hide again after two minutes
CANNOT_ACT = ("Your account cannot read or take urgent messages: fetch a colleague who can "
              "(front desk, a clinician or the owner) now.")
HIDDEN_TEXT = ("The name and the message are hidden on this screen (screen privacy). "
               "Show reveals them to you; that is recorded.")


class CrisisBanner(QFrame):
    """Hidden while there is no open crisis; shown, and not hideable, while there is."""

    open_thread = Signal(object)  # ThreadKey
    acknowledge = Signal(object)  # CrisisAlert
    reveal = Signal(object)  # CrisisAlert: the person asked to see the name and words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alerts: tuple[CrisisAlert, ...] = ()
        self.can_act = True  # False for an account that may not read them (IT)
        self.revealed: dict[int, CrisisAlert] = {}  # item id -> the alert with its words
        self.data: CrisisData | None = None
        self.hide_timer = QTimer(self)
        self.hide_timer.setSingleShot(True)
        self.hide_timer.setInterval(REVEAL_MS)
        self.hide_timer.timeout.connect(self.hide_revealed)
        self.setObjectName("crisisBanner")
        self.setAccessibleName("URGENT: a client may be at risk")
        self.setStyleSheet(
            f"QFrame#crisisBanner {{ background: {CRISIS_RED}; border-top: 5px solid "
            f"{CRISIS_EDGE}; border-bottom: 5px solid {CRISIS_EDGE}; }}"
            " QFrame#crisisBanner QLabel { color: #FFFFFF; background: transparent; }"
            f" QFrame#crisisBanner QPushButton {{ background: #FFFFFF; color: {CRISIS_RED}; "
            f"font-weight: bold; border: 2px solid {style.TEXT}; border-radius: 4px; "
            "padding: 8px 16px; }"
            f" QFrame#crisisBanner QPushButton:focus {{ border: 3px solid {CRISIS_EDGE}; }}")
        self.icon = QLabel(self)
        self.icon.setPixmap(style.warning_icon(48))
        self.icon.setAccessibleName("Urgent")
        self.icon.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.title = WrapLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self._scale(self.title, 1.45)
        self.quote = WrapLabel(self)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._scale(self.quote, 1.15)
        self.status = WrapLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self._scale(self.status, 1.0)
        self.more = QLabel(self)
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self._scale(self.more, 1.0)
        self.open_button = QPushButton("Open thread", self)
        self.open_button.setToolTip("Read the whole conversation in the Messages tab")
        self.ack_button = QPushButton("Acknowledge…", self)
        self.ack_button.setToolTip("Say that you are taking this now (your name is recorded)")
        self.show_button = QPushButton("Show name and message", self)
        self.show_button.setToolTip("Show who wrote and what they wrote, here (recorded)")
        self.show_button.clicked.connect(self._show_clicked)
        for b in (self.open_button, self.ack_button, self.show_button):
            b.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_button.clicked.connect(lambda: self.alerts and self.open_thread.emit(
            self.alerts[0].key))
        self.ack_button.clicked.connect(lambda: self.alerts and self.acknowledge.emit(
            self.alerts[0]))
        words = QVBoxLayout()
        words.setSpacing(4)
        for w in (self.title, self.quote, self.status, self.more):
            words.addWidget(w)
        buttons = QVBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.ack_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 10, 16, 10)
        lay.setSpacing(16)
        lay.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(words, 1)
        lay.addLayout(buttons)
        super().setVisible(False)

    @staticmethod
    def _scale(label: QLabel, factor: float) -> None:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * factor)
        label.setFont(font)

    def set_can_act(self, can_act: bool) -> None:
        """Whether the signed-in account may read and take urgent messages (IT may not)."""
        self.can_act = can_act
        if self.alerts and self.data is not None:
            self.set_alerts(self.alerts, self.data)

    def set_alerts(self, alerts: tuple[CrisisAlert, ...], data: CrisisData) -> None:
        """Show the oldest open crisis (and how many more); hide only when there is none.
        With screen privacy, the alarm still shouts, but names nobody until Show."""
        self.alerts, self.data = tuple(alerts), data
        open_ids = {x.item_id for x in self.alerts}
        self.revealed = {k: v for k, v in self.revealed.items() if k in open_ids}
        if self.alerts:
            a = self.revealed.get(self.alerts[0].item_id, self.alerts[0])
            when = when_text(a.received_at, data.tz, data.now)
            if a.private:
                self.title.setText(f"⚠ URGENT: a client's message needs a person now — "
                                   f"received {when}, {age_text(a.received_at, data.now)}")
                self.quote.setText(HIDDEN_TEXT)
            else:
                who = a.who or "A client"
                self.title.setText(f"⚠ URGENT: {who} may be at risk — message received {when}")
                text = " ".join(a.text.split())
                if len(text) > MAX_QUOTE:
                    text = text[:MAX_QUOTE - 1] + "…"
                self.quote.setText(f"“{text}”" if text else
                                   "(the message text is not available)")
            hidden = self.alerts[0].private
            self.show_button.setVisible(hidden)
            self.show_button.setText("Hide name and message" if hidden and not a.private
                                     else "Show name and message")
            reply = a.auto_reply or "nothing was sent automatically"
            self.status.setText(f"Automatic reply: {reply}. Not acknowledged yet: someone must "
                                "take this now (call the client, follow the crisis protocol).")
            if not self.can_act:  # an account that may not read it (IT): fetch someone
                self.quote.setText(CANNOT_ACT)
            for b in (self.ack_button, self.open_button):
                b.setVisible(self.can_act)
            self.show_button.setVisible(hidden and self.can_act)
            rest = len(self.alerts) - 1
            names = [x.who for x in self.alerts[1:4] if x.who]
            self.more.setText(f"+ {rest} more urgent message{'s' if rest > 1 else ''} waiting"
                              + (": " + ", ".join(names) + (" …" if rest > 3 else "")
                                 if names else "") if rest else "")
            self.more.setVisible(bool(rest))
            self.open_button.setEnabled(bool(a.key.client_id or a.key.address))
            self.setAccessibleDescription(f"{self.title.text()}. {self.status.text()}")
        super().setVisible(bool(self.alerts))

    def _show_clicked(self) -> None:
        if not self.alerts:
            return
        if self.alerts[0].item_id in self.revealed:
            self.hide_revealed()
        else:
            self.show_button.setEnabled(False)
            self.reveal.emit(self.alerts[0])

    def show_revealed(self, alert: CrisisAlert) -> None:
        """The name and words came back from the (audited) service: show them a while."""
        self.show_button.setEnabled(True)
        if any(a.item_id == alert.item_id for a in self.alerts) and self.data is not None:
            self.revealed[alert.item_id] = alert
            self.hide_timer.start()
            self.set_alerts(self.alerts, self.data)

    def hide_revealed(self) -> None:
        self.show_button.setEnabled(True)
        self.revealed.clear()
        if self.data is not None:
            self.set_alerts(self.alerts, self.data)

    # It cannot be closed or hidden while a crisis is open: only acknowledging removes it.
    def setVisible(self, _visible: bool) -> None:
        super().setVisible(bool(self.alerts))

    def closeEvent(self, event) -> None:
        if self.alerts:
            event.ignore()
        else:
            super().closeEvent(event)
