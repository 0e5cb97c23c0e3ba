"""The crisis alert: a red banner across the top of the window that cannot be closed.

It stays until every open crisis is acknowledged by a named person (Acknowledge… asks for
the name and records it). A new crisis also sounds the bell, flashes the taskbar entry and,
where there is a system tray, shows a notification that names nobody.

    watch = CrisisWatch(ctx, banner, window)
    watch.start()   # checks now, every 15 s, and at once when a change says "crisis"
    watch.stop()    # on close: no longer told of changes
"""

from __future__ import annotations

import contextlib
import logging

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.changes import Changes
from frontdesk.services.inbox.dto import CrisisAlert
from frontdesk.ui.context import UiContext
from frontdesk.ui.messages.crisis_banner import CrisisBanner
from frontdesk.ui.messages.messages_data import CrisisData, load_crises
from frontdesk.ui.tasks import LatestOnly, run_for
from frontdesk.ui.widgets.inline_form import ErrorLabel, FieldErrors
from frontdesk.ui.widgets.notice import error_text

log = logging.getLogger(__name__)
CHECK_MS = 15_000
BEEPS = 3
BEEP_GAP_MS = 450
TRAY_TITLE = "FrontDesk: URGENT client message"
TRAY_TEXT = "A client may be at risk. Open FrontDesk now and acknowledge the alert."


class AcknowledgeDialog(QDialog):
    """Asks who is taking the crisis and records it; errors stay in the dialog."""

    acknowledged = Signal(int)  # the item id

    def __init__(self, ctx: UiContext, item_id: int, who: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.item_id = ctx, item_id
        self.services, self.runner = ctx.services, ctx.runner
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
        person = ctx.desk.person if ctx.desk is not None else None
        self.name_edit = QLineEdit(person.name if person else ctx.actor)
        self.name_edit.setReadOnly(person is not None)  # the signed-in account is recorded
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
        # The app's one tray icon (ui/tray.py sets it where the desktop has a tray).
        self.tray: QSystemTrayIcon | None = None

    def notify(self) -> None:
        if self.window.isHidden() or self.window.isMinimized():
            self._bring_up()  # closed to the tray: a crisis brings the desk back up
        QApplication.beep()
        for i in range(1, BEEPS):
            QTimer.singleShot(i * BEEP_GAP_MS, self.window, QApplication.beep)
        QApplication.alert(self.window, 0)  # until the window is activated
        try:
            if self.tray is None or not shiboken6.isValid(self.tray):
                return
            self.tray.showMessage(TRAY_TITLE, TRAY_TEXT,
                                  QSystemTrayIcon.MessageIcon.Critical, 60_000)
        except Exception as exc:  # a desktop without notifications: the banner still shows
            log.warning("Tray notification failed: %s", type(exc).__name__)

    def _bring_up(self) -> None:
        from frontdesk.ui.tray import bring_up

        bring_up(self.window)

    def close(self) -> None:
        self.tray = None  # the icon is the app's: it stays until FrontDesk quits


class CrisisWatch(QObject):
    """Keeps the banner in step with `open_crises()`; alerts once per new crisis."""

    changed = Signal(int)  # open crises after each check
    alerted = Signal(object)  # the new CrisisAlerts that were just announced
    acknowledged = Signal(int)  # an item id, acknowledged here
    open_thread = Signal(object)  # ThreadKey
    failed = Signal(str)  # a check failed: what to tell the person

    def __init__(self, ctx: UiContext, banner: CrisisBanner,
                 window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.banner, self.window = banner, window
        self.notifier = CrisisNotifier(window)
        self.announced: set[int] = set()
        self.dialog: AcknowledgeDialog | None = None
        # One load at a time; asked meanwhile, refresh() once more (next turn of the loop).
        self.loads = LatestOnly(ctx.runner, self, coalesce=True,
                                again=lambda: QTimer.singleShot(0, self, self.refresh))
        self._failures = 0
        # Safety poll: a crisis found by another FrontDesk on this database (`serve`, the
        # instance holding the sending lock) reaches this window only by asking.
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.refresh)
        banner.open_thread.connect(self.open_thread)
        banner.acknowledge.connect(lambda a: self.ask_acknowledge(a.item_id, a.who))
        banner.reveal.connect(self.reveal)

    def start(self) -> None:
        self.ctx.events.changed.connect(self._changed)  # a crisis found here shows at once
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.events.changed.disconnect(self._changed)
        self.notifier.close()

    def _changed(self, changes: Changes) -> None:
        if changes.has("crisis"):
            self.refresh()

    def refresh(self) -> None:
        self.loads.run(load_crises, self.services, on_success=self._loaded, on_failure=self._failed)

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

    def reveal(self, alert: CrisisAlert) -> None:
        """Ask the service for the name and words (it records who asked)."""
        run_for(self, self.runner, self.services.inbox.reveal_crisis, alert.item_id,
                self.actor).on_success(self.banner.show_revealed).on_failure(
            self._reveal_failed)

    def _reveal_failed(self, exc: BaseException) -> None:
        self.banner.show_button.setEnabled(True)
        self.failed.emit(f"The message could not be shown. {error_text(exc)}")
        self.refresh()

    def ask_acknowledge(self, item_id: int, who: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        dlg = AcknowledgeDialog(self.ctx, item_id, who,
                                self.window)
        dlg.acknowledged.connect(self.acknowledged)
        dlg.finished.connect(lambda _r: self._dialog_closed(dlg))
        self.dialog = dlg
        dlg.open()

    def _dialog_closed(self, dlg: AcknowledgeDialog) -> None:
        if self.dialog is dlg:
            self.dialog = None
        self.refresh()  # acknowledged here or elsewhere meanwhile: the banner follows
