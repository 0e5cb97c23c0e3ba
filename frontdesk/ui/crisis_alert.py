"""The crisis alert: a red banner across the top of the window that cannot be closed.

It stays until every open crisis is acknowledged by a named person (Acknowledge… asks for
the name and records it). A new crisis also sounds the bell, flashes the taskbar entry and,
where there is a system tray, shows a notification that names nobody.

    watch = CrisisWatch(services, runner, actor, banner, window)
    watch.start()   # checks now, every 15 s, and at once when the poller finds a crisis
    watch.stop()    # on close: the poller's callback is cleared
"""

from __future__ import annotations

import contextlib
import logging

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.inbox.dto import CrisisAlert
from frontdesk.ui import style
from frontdesk.ui.inline_form import ErrorLabel, FieldErrors, error_text, run_for
from frontdesk.ui.messages_data import CRISIS_EDGE, CRISIS_RED, CrisisData, load_crises, when_text
from frontdesk.ui.notice import WrapLabel

log = logging.getLogger(__name__)
CHECK_MS = 15_000
MAX_QUOTE = 280
BEEPS = 3
BEEP_GAP_MS = 450
TRAY_TITLE = "FrontDesk: URGENT client message"
TRAY_TEXT = "A client may be at risk. Open FrontDesk now and acknowledge the alert."


class CrisisBanner(QFrame):
    """Hidden while there is no open crisis; shown, and not hideable, while there is."""

    open_thread = Signal(object)  # ThreadKey
    acknowledge = Signal(object)  # CrisisAlert

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alerts: tuple[CrisisAlert, ...] = ()
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
        for b in (self.open_button, self.ack_button):
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

    def set_alerts(self, alerts: tuple[CrisisAlert, ...], data: CrisisData) -> None:
        """Show the oldest open crisis (and how many more); hide only when there is none."""
        self.alerts = tuple(alerts)
        if self.alerts:
            a = self.alerts[0]
            who = a.who or "A client"
            self.title.setText(f"⚠ URGENT: {who} may be at risk — message received "
                               f"{when_text(a.received_at, data.tz, data.now)}")
            text = " ".join(a.text.split())
            if len(text) > MAX_QUOTE:
                text = text[:MAX_QUOTE - 1] + "…"
            self.quote.setText(f"“{text}”" if text else "(the message text is not available)")
            reply = a.auto_reply or "nothing was sent automatically"
            self.status.setText(f"Automatic reply: {reply}. Not acknowledged yet: someone must "
                                "take this now (call the client, follow the crisis protocol).")
            rest = len(self.alerts) - 1
            self.more.setText(f"+ {rest} more urgent message{'s' if rest > 1 else ''} waiting: "
                              + ", ".join(x.who or "a client" for x in self.alerts[1:4])
                              + (" …" if rest > 3 else "") if rest else "")
            self.more.setVisible(bool(rest))
            self.open_button.setEnabled(bool(a.key.client_id or a.key.address))
            self.setAccessibleDescription(f"{self.title.text()}. {self.status.text()}")
        super().setVisible(bool(self.alerts))

    # It cannot be closed or hidden while a crisis is open: only acknowledging removes it.
    def setVisible(self, _visible: bool) -> None:
        super().setVisible(bool(self.alerts))

    def closeEvent(self, event) -> None:
        if self.alerts:
            event.ignore()
        else:
            super().closeEvent(event)


class AcknowledgeDialog(QDialog):
    """Asks who is taking the crisis and records it; errors stay in the dialog."""

    acknowledged = Signal(int)  # the item id

    def __init__(self, services, runner, actor: str, item_id: int, who: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner, self.item_id = services, runner, item_id
        self.setWindowTitle("Acknowledge the urgent message")
        head = QLabel(f"Who is taking the urgent message from {who or 'this client'}?")
        head.setTextFormat(Qt.TextFormat.PlainText)
        head.setWordWrap(True)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        body = QLabel("Acknowledging says that you are dealing with it now: call the client "
                      "or follow the practice's crisis protocol. Your name is recorded with "
                      "the time.")
        body.setWordWrap(True)
        self.name_edit = QLineEdit(actor)
        self.name_edit.setAccessibleName("Your name")
        self.name_edit.setPlaceholderText("Your full name")
        name_label = QLabel("Your &name:")
        name_label.setBuddy(self.name_edit)
        self.name_error = ErrorLabel()
        self.error = ErrorLabel()
        self.errors = FieldErrors(self.error)
        self.errors.register("name", self.name_error, self.name_edit)
        self.ack_button = QPushButton("Acknowledge: I'm taking it")
        self.ack_button.setDefault(True)
        self.cancel_button = QPushButton("Cancel")
        self.ack_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ack_button)
        lay = QVBoxLayout(self)
        for w in (head, body, name_label, self.name_edit, self.name_error, self.error):
            lay.addWidget(w)
        lay.addLayout(row)
        self.setMinimumWidth(460)

    def submit(self) -> None:
        self.errors.clear()
        self.ack_button.setEnabled(False)
        run_for(self, self.runner, self.services.inbox.acknowledge, self.item_id,
                self.name_edit.text()).on_success(self._done).on_failure(
            self.errors.show).on_finished(lambda: self.ack_button.setEnabled(True))

    def _done(self, _result) -> None:
        self.acknowledged.emit(self.item_id)
        self.accept()


class CrisisNotifier:
    """Sound, a flashing taskbar entry and a tray notification (which names nobody)."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.tray: QSystemTrayIcon | None = None

    def notify(self) -> None:
        QApplication.beep()
        for i in range(1, BEEPS):
            QTimer.singleShot(i * BEEP_GAP_MS, self.window, QApplication.beep)
        QApplication.alert(self.window, 0)  # until the window is activated
        try:
            if not QSystemTrayIcon.isSystemTrayAvailable():
                return
            if self.tray is None:
                from frontdesk.ui.resources import app_icon

                self.tray = QSystemTrayIcon(app_icon(), self.window)
                self.tray.setToolTip("FrontDesk")
                self.tray.messageClicked.connect(self._bring_up)
                self.tray.show()
            self.tray.showMessage(TRAY_TITLE, TRAY_TEXT,
                                  QSystemTrayIcon.MessageIcon.Critical, 60_000)
        except Exception as exc:  # a desktop without notifications: the banner still shows
            log.warning("Tray notification failed: %s", type(exc).__name__)

    def _bring_up(self) -> None:
        if shiboken6.isValid(self.window):
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def close(self) -> None:
        if self.tray is not None and shiboken6.isValid(self.tray):
            self.tray.hide()


class CrisisWatch(QObject):
    """Keeps the banner in step with `open_crises()`; alerts once per new crisis."""

    changed = Signal(int)  # open crises after each check
    alerted = Signal(object)  # the new CrisisAlerts that were just announced
    acknowledged = Signal(int)  # an item id, acknowledged here
    open_thread = Signal(object)  # ThreadKey
    failed = Signal(str)  # a check failed: what to tell the person
    _poked = Signal()

    def __init__(self, services, runner, actor: str, banner: CrisisBanner,
                 window: QWidget) -> None:
        super().__init__(window)
        self.services, self.runner, self.actor = services, runner, actor
        self.banner, self.window = banner, window
        self.notifier = CrisisNotifier(window)
        self.announced: set[int] = set()
        self.dialog: AcknowledgeDialog | None = None
        self._loading = self._again = False
        self._failures = 0
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.refresh)
        self._poked.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        banner.open_thread.connect(self.open_thread)
        banner.acknowledge.connect(lambda a: self.ask_acknowledge(a.item_id, a.who))

    def start(self) -> None:
        self.services.poller.on_crisis = self.poke
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()
        if self.services.poller.on_crisis == self.poke:
            self.services.poller.on_crisis = None
        self.notifier.close()

    def poke(self) -> None:
        """Check now. Safe from any thread (the poller calls it from its own)."""
        with contextlib.suppress(RuntimeError):  # the window is already gone
            self._poked.emit()

    def refresh(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        run_for(self, self.runner, load_crises, self.services).on_success(
            self._loaded).on_failure(self._failed).on_finished(self._finished)

    def _finished(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            QTimer.singleShot(0, self, self.refresh)

    def _loaded(self, data: CrisisData) -> None:
        self._failures = 0
        self.banner.set_alerts(data.alerts, data)
        new = [a for a in data.alerts if a.item_id not in self.announced]
        if new:
            self.announced.update(a.item_id for a in new)
            self.notifier.notify()
            self.alerted.emit(new)
        self.changed.emit(len(data.alerts))

    def _failed(self, exc: BaseException) -> None:
        # The banner keeps what it showed: a failed check never hides an alert.
        self._failures += 1
        if self._failures == 1:
            self.failed.emit("FrontDesk could not check for urgent client messages; it keeps "
                             f"trying. {error_text(exc)}")

    def ask_acknowledge(self, item_id: int, who: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        dlg = AcknowledgeDialog(self.services, self.runner, self.actor, item_id, who,
                                self.window)
        dlg.acknowledged.connect(self.acknowledged)
        dlg.finished.connect(lambda _r: self._dialog_closed(dlg))
        self.dialog = dlg
        dlg.open()

    def _dialog_closed(self, dlg: AcknowledgeDialog) -> None:
        if self.dialog is dlg:
            self.dialog = None
        self.refresh()  # acknowledged here or elsewhere meanwhile: the banner follows
