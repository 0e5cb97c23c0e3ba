"""A desk that keeps working when the window closes.

Where the desktop has a system tray, closing the main window hides it there: reminders and
the crisis safety net keep running (a notice says so, once). The tray's menu has *Open
FrontDesk* and *Quit FrontDesk*. Quitting, from the tray, File → Quit or (without a tray)
closing the window, asks first when messages are due or a crisis is open (`QuitGuard`).

    keeper = KeepRunning(window, ctx, quit_app=session.quit)
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QSystemTrayIcon, QWidget

from frontdesk.ui import window_geometry
from frontdesk.ui.context import UiContext
from frontdesk.ui.quit_guard import QuitGuard
from frontdesk.ui.widgets.resources import app_icon

NOTICE_SHOWN = "desk/closed_to_tray_notice_shown"
NOTICE_TITLE = "FrontDesk is still running"
NOTICE_TEXT = ("FrontDesk keeps sending reminders and reading client replies, urgent ones "
               "included, while its window is closed. Open it again from its icon in the "
               "system tray; choose Quit FrontDesk there to stop it.")
TOOLTIP = "FrontDesk: reminders and replies keep running"


def system_tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def bring_up(window: QWidget) -> None:
    """Show the window again (from the tray, or hidden there when a crisis comes in)."""
    if not shiboken6.isValid(window):
        return
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()


class DeskTray(QObject):
    """The app's one tray icon (the crisis notice uses it too)."""

    open_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(TOOLTIP)
        self.menu = QMenu()
        self.open_action = self.menu.addAction("Open FrontDesk")
        self.quit_action = self.menu.addAction("Quit FrontDesk")
        self.open_action.triggered.connect(self.open_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.open_requested)
        self.icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def show_message(self, title: str, text: str, ms: int = 15_000) -> None:
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, ms)

    def remove(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()


class KeepRunning(QObject):
    """Wires the main window to the tray (when there is one) and the quit guard."""

    def __init__(self, window, ctx: UiContext, quit_app: Callable[[], None], *,
                 tray_available: Callable[[], bool] = system_tray_available,
                 settings: QSettings | None = None) -> None:
        super().__init__(window)
        self.window, self.quit_app = window, quit_app
        self.settings = settings if settings is not None else QSettings()
        self.quitting = False
        self._in_close = False  # inside the window's closeEvent
        self.notice: QMessageBox | None = None
        window.keeper = self
        self.guard = QuitGuard(ctx, window)
        self.guard.confirmed.connect(self.quit_now)
        self.tray = DeskTray(self) if tray_available() else None
        if self.tray is not None:
            self.tray.open_requested.connect(lambda: bring_up(self.window))
            self.tray.quit_requested.connect(self.request_quit)
            window.crisis.notifier.tray = self.tray.icon  # one icon: crisis notices too
        window_geometry.restore(window, self.settings)

    def close_requested(self) -> bool:
        """From the window's closeEvent: True when it may really close (quitting)."""
        if self.quitting:
            return True
        window_geometry.save(self.window, self.settings)
        if self.tray is not None:
            self.window.hide()
            self._first_notice()
            return False
        self._in_close = True
        try:
            self.guard.request()  # asks if something waits, else quits
        finally:
            self._in_close = False
        return self.quitting  # decided at once (an inline runner): close now

    def request_quit(self) -> None:
        """Tray → Quit FrontDesk, File → Quit."""
        self.guard.request()

    def quit_now(self) -> None:
        """The person confirmed (or nothing waited): close the window, then the app, in
        order (the session stops the background work, the runner and the database)."""
        self.quitting = True
        if self.window.isVisible():
            window_geometry.save(self.window, self.settings)
        if not self._in_close:
            self.window.close()
        if self.notice is not None and shiboken6.isValid(self.notice):
            self.notice.close()
        if self.tray is not None:
            self.window.crisis.notifier.tray = None
            self.tray.remove()
        self.quit_app()

    def _first_notice(self) -> None:
        if self.settings.value(NOTICE_SHOWN, False, type=bool):
            return
        self.settings.setValue(NOTICE_SHOWN, True)
        self.settings.sync()
        self.tray.show_message(NOTICE_TITLE, NOTICE_TEXT)
        box = QMessageBox(QMessageBox.Icon.Information, NOTICE_TITLE, NOTICE_TEXT,
                          QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()  # not modal: nothing waits for it
        self.notice = box
