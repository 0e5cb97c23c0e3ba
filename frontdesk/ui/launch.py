"""Starting the Qt application: the start-up flow, then the main window (or a screenshot)."""

from __future__ import annotations

import logging
import sys
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from frontdesk import APP_NAME
from frontdesk.logging_setup import setup_logging
from frontdesk.ui.gc_guard import GuiThreadCollector
from frontdesk.ui.resources import app_icon
from frontdesk.ui.startup import StartInfo, StartupFlow
from frontdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
SCREENSHOT_SIZE = (1440, 860)
SETTLE_MS = 300


class GuiSession:
    """Owns what lives while the window is open, and closes it in order."""

    def __init__(self, composition, runner: TaskRunner) -> None:
        self.composition = composition
        self.runner = runner
        self.services = None
        self.background = None
        self.window = None
        self.integrity = None
        self.closed = False

    def open_window(self, services, info: StartInfo, day: date | None,
                    todo_first: bool = True, check_integrity: bool = True):
        from frontdesk.ui.main_window import MainWindow

        self.services = services
        self.window = MainWindow(services, self.runner, self.composition.actor())
        # The scheduler starts once the window is up: its imports cost start-up time.
        QTimer.singleShot(0, lambda: self._start_background(services, info.demo))
        if check_integrity and not info.created:  # a file made just now is whole
            self.integrity = self._watch_integrity(info.demo)
        self.window.setWindowIcon(app_icon())
        if day:
            self.window.show_day(day)
        elif todo_first:
            self.window.show_todo_first()  # what needs a person is seen first
        if info.created and not info.demo and hasattr(self.window, "open_settings"):
            self.window.show_notice(
                "Welcome! Start by entering your practice's details, clinicians and "
                "appointment types in Practice settings.", "info")
            QTimer.singleShot(0, self.window.open_settings)
        return self.window

    def _watch_integrity(self, demo: bool):
        """The full page check, a few seconds after the window is up, off the GUI thread."""
        from frontdesk.ui.integrity_notice import IntegrityWatch

        watch = IntegrityWatch(self.runner, self.composition.vault("demo" if demo else
                                                                   "practice"), self.window)
        watch.damaged.connect(lambda text: self.window.show_notice(text, "error"))
        watch.start()
        return watch

    def _start_background(self, services, demo: bool) -> None:
        if not self.closed and self.background is None:
            self.background = self.composition.background(services, demo)
            self.background.start()

    def close(self) -> None:
        self.closed = True
        if self.background:
            self.background.stop()
        self.runner.shutdown(wait=True)
        if self.services:
            self.services.close()


def _grab_when_settled(window, runner, path: str, app: QApplication) -> None:
    """Save the window once the schedule has loaded and no task is still running."""
    timer = QTimer(window)
    timer.setSingleShot(True)

    def grab() -> None:
        if runner.busy:
            timer.start(SETTLE_MS)
            return
        ok = window.grab().save(path)
        print(f"Saved screenshot to {path}" if ok else f"Could not write {path}")
        app.exit(0 if ok else 1)

    timer.timeout.connect(grab)
    window.schedule_loaded.connect(lambda: timer.start(SETTLE_MS))


def run_gui(composition, *, demo: bool, screenshot: str | None, day: date | None) -> int:
    setup_logging(composition.paths("practice").log_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(app_icon())
    collector = GuiThreadCollector(app)  # noqa: F841  (lives as the app's child)
    runner = TaskRunner()
    session = GuiSession(composition, runner)
    flow = StartupFlow(composition, runner, demo=demo, interactive=screenshot is None)

    def ready(services, info: StartInfo) -> None:
        window = session.open_window(services, info, day, todo_first=not screenshot,
                                     check_integrity=not screenshot)
        if screenshot:
            window.resize(*SCREENSHOT_SIZE)
            _grab_when_settled(window, runner, screenshot, app)
        window.show()

    def aborted(reason: str) -> None:
        if reason:
            print(f"FrontDesk cannot start: {reason}", file=sys.stderr)
        app.exit(2 if reason else 0)

    flow.ready.connect(ready)
    flow.aborted.connect(aborted)
    if screenshot:
        QTimer.singleShot(120_000, lambda: (print("Timed out waiting for the schedule",
                                                  file=sys.stderr), app.exit(3)))
    QTimer.singleShot(0, flow.start)
    log.info("FrontDesk starting")
    code = app.exec()
    session.close()
    return code
