"""Starting the Qt application: the start-up flow, then the main window (or a screenshot)."""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
import threading
from datetime import date

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from frontdesk import APP_NAME
from frontdesk.domain.changes import Changes
from frontdesk.logging_setup import setup_logging
from frontdesk.services import integrity_child
from frontdesk.ui.bus import UiEvents
from frontdesk.ui.context import UiContext
from frontdesk.ui.gc_guard import GuiThreadCollector
from frontdesk.ui.startup import platform_check
from frontdesk.ui.startup.flow import StartInfo, StartupFlow
from frontdesk.ui.tasks import TaskRunner
from frontdesk.ui.widgets.resources import app_icon

log = logging.getLogger(__name__)
SCREENSHOT_SIZE = (1440, 860)
SETTLE_MS = 300
BACKGROUND_AT_LATEST_MS = 3000  # if today's rows never arrive
BACKGROUND_AFTER_ROWS_MS = 1000  # To do reads and fills its rows meanwhile


class GuiSession:
    """Owns what lives while the window is open, and closes it in order."""

    def __init__(self, composition, runner: TaskRunner, *, tray_available=None) -> None:
        self.composition = composition
        self.runner = runner
        self.services = None
        self.events: UiEvents | None = None  # the change bus, over the services' events
        self.background = None
        self.window = None
        self.integrity = None
        self.keeper = None  # the tray and the quit question (ui/tray.py)
        self.tray_available = tray_available  # None: ask the desktop
        self.closed = False
        self._shut = False
        self._starter: threading.Thread | None = None  # starts the background work
        self.desk_lock = None  # the lock, idle lock and Switch user (ui/access/desk_lock.py)
        self.gate = None  # who signs in before the window (ui/access/gate.py)
        self._starting = threading.Lock()

    def open_window(self, services, info: StartInfo, day: date | None,
                    todo_first: bool = True, check_integrity: bool = True, desk=None):
        """The main window. `desk`: the signed-in person's DeskSession (the screens then use
        the services only as that person may); None only in widget tests."""
        from frontdesk.ui.main_window import MainWindow

        self.services = services
        self.events = UiEvents(services.events)
        screens, actor = services, self.composition.actor()
        if desk is not None:
            from frontdesk.services.access import GuardedServices

            screens, actor = GuardedServices(services, desk), desk.person.actor
        ctx = UiContext(services=screens, runner=self.runner, actor=actor, events=self.events,
                        desk=desk)
        self.window = MainWindow(ctx)  # binds ctx.notify to its banner
        if desk is not None:
            self._lock_desk(services, desk, info.demo)
        # The scheduler starts a second after today's rows are on screen (or after a few
        # seconds if they cannot be read), on a thread of its own: its imports and first jobs
        # (the catch-up sweep, the reply poll) would otherwise hold the first paint back, or
        # take the interpreter from the window while To do fills its rows.
        start = lambda: self._start_background(services, info.demo)  # noqa: E731
        self.window.schedule_loaded.connect(
            lambda: QTimer.singleShot(BACKGROUND_AFTER_ROWS_MS, start))
        QTimer.singleShot(BACKGROUND_AT_LATEST_MS, start)
        if check_integrity and not info.created:  # a file made just now is whole
            self.integrity = self._watch_integrity(info.demo)
        self.window.setWindowIcon(app_icon())
        self._keep_running()
        if day:
            self.window.show_day(day)
        elif todo_first:
            self.window.show_todo_first()  # what needs a person is seen first
        if info.created and not info.demo:  # a new practice: the set-up assistant
            from frontdesk.ui.startup.setup import open_setup_wizard

            QTimer.singleShot(0, lambda: open_setup_wizard(self.window, self.window.ctx))
        return self.window

    def _lock_desk(self, services, desk, demo: bool) -> None:
        """Ctrl+L, the idle lock and Switch user; the window shows what the role may use."""
        from frontdesk.services.demo_accounts import DEMO_HINT
        from frontdesk.ui.access.desk_lock import DeskLock
        from frontdesk.ui.access.role_view import apply_role

        self.desk_lock = DeskLock(self.window, desk, services.accounts, services.clock,
                                  sign_in_hint=DEMO_HINT if demo else "")
        apply_role(self.window, desk.person)
        self.desk_lock.start()

    def _keep_running(self) -> None:
        """Closing the window hides it to the tray (or asks): reminders and the crisis
        safety net keep running. Quitting is explicit (`quit`), and orderly (`close`)."""
        from frontdesk.ui.tray import KeepRunning, system_tray_available

        self.keeper = KeepRunning(self.window, self.window.ctx, self.quit,
                                  tray_available=self.tray_available or system_tray_available)
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)
        app.aboutToQuit.connect(self.close)  # after the event loop: nothing runs any more

    def quit(self) -> None:
        """Tray → Quit FrontDesk, File → Quit, or closing without a tray, once confirmed."""
        QApplication.instance().quit()

    def _watch_integrity(self, demo: bool):
        """The full page check, a few seconds after the window is up, off the GUI thread."""
        from frontdesk.ui.startup.integrity_notice import IntegrityWatch

        watch = IntegrityWatch(self.runner, self.composition.vault("demo" if demo else
                                                                   "practice"), self.window)
        watch.damaged.connect(lambda text: self.window.show_notice(text, "error"))
        watch.start()
        return watch

    def _start_background(self, services, demo: bool) -> None:
        if self.closed or self._starter is not None:
            return
        self._starter = threading.Thread(target=self._background_thread, args=(services, demo),
                                         name="frontdesk-start", daemon=True)
        self._starter.start()

    def _background_thread(self, services, demo: bool) -> None:
        try:
            work = self.composition.background(services, demo)  # imports APScheduler
        except Exception as exc:  # the health banner says so; the window keeps working
            from frontdesk.services.background import report_start_failure

            report_start_failure(services, exc)
            services.events.publish(Changes(health=True))
            return
        with self._starting:
            if not self.closed:  # closing waits for this lock: it stops what starts here
                work.start()
                self.background = work

    def close(self) -> None:
        if self._shut:
            return
        with self._starting:  # a start in progress finishes first; none begins after
            self._shut = self.closed = True
        app = QApplication.instance()
        if self.keeper is not None and app is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                app.aboutToQuit.disconnect(self.close)
        if self.events is not None:  # before the runner stops: screens start no more tasks
            self.events.close()
        if self.desk_lock is not None:
            self.desk_lock.stop()  # no more idle checks
        if self.background:
            self.background.stop()
        integrity_child.stop_all()  # a check of a large file would otherwise hold up closing
        if self.services:
            self.services.stop_sync()  # a Sync now waiting out a Retry-After ends too
        self.runner.shutdown(wait=True)
        integrity_child.allow_again()
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


def _quit_on_signals(app: QApplication) -> QSocketNotifier | None:
    """SIGTERM (a logout, a service manager) and Ctrl-C end the event loop cleanly, so the
    background work stops and the database closes; exit status 0 for SIGTERM, 130 for
    Ctrl-C. Python handles signals only between bytecodes: a wake-up socket tells Qt."""
    try:
        receive, send = socket.socketpair()
        send.setblocking(False)
        receive.setblocking(False)
        signal.set_wakeup_fd(send.fileno())
    except (OSError, ValueError):  # not the main thread, or no socket pair here
        return None
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: None)  # the wake-up byte does the work
    notifier = QSocketNotifier(receive.fileno(), QSocketNotifier.Type.Read, app)

    def woken() -> None:
        try:
            got = receive.recv(64)
        except BlockingIOError:
            return
        if signal.SIGTERM in got:
            log.info("SIGTERM: closing")
            app.exit(0)
        elif signal.SIGINT in got:
            app.exit(130)

    notifier.activated.connect(woken)
    notifier.sockets = (receive, send)  # kept open as long as the notifier lives
    return notifier


def run_gui(composition, *, demo: bool, screenshot: str | None, day: date | None) -> int:
    setup_logging(composition.paths("practice").log_dir)
    if QApplication.instance() is None:
        missing = platform_check.problem()
        if missing:  # never Qt's abort: one sentence saying what to install
            print(missing, file=sys.stderr)
            return 4
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("frontdesk")  # the .deb's frontdesk.desktop: Wayland's app id
    collector = GuiThreadCollector(app)  # noqa: F841  (lives as the app's child)
    instance = None
    if not screenshot:  # one window per practice: a second start brings the first forward
        from frontdesk.ui.startup.single_instance import ALREADY, SingleInstance, bring_forward

        instance = SingleInstance(composition.paths("demo" if demo else "practice").data_dir,
                                  app)
        if not instance.claim():
            print(ALREADY)
            return 0
    runner = TaskRunner()
    session = GuiSession(composition, runner)
    if instance is not None:
        instance.show_requested.connect(lambda: bring_forward(session.window))
    flow = StartupFlow(composition, runner, demo=demo, interactive=screenshot is None)
    # Between the start-up dialogs no window may be on screen (the database is being made
    # in the background): Qt must not take that for "the last window closed, quit".
    # Every start-up path ends in `ready` (the main window) or `aborted` (an explicit exit).
    app.setQuitOnLastWindowClosed(False)
    signals = _quit_on_signals(app)  # noqa: F841  (lives as the app's child)

    def ready(services, info: StartInfo) -> None:
        from frontdesk.ui.access.gate import AccessGate

        gate = AccessGate(services, runner, demo=info.demo, interactive=screenshot is None)
        gate.entered.connect(lambda desk: signed_in(services, info, desk))
        gate.aborted.connect(aborted)
        session.gate = gate  # kept alive while it asks
        gate.start()

    def signed_in(services, info: StartInfo, desk) -> None:
        # Back to Qt's default before the window exists: the main window may change it
        # again (closing to the system tray).
        app.setQuitOnLastWindowClosed(True)
        try:
            window = session.open_window(services, info, day, todo_first=not screenshot,
                                         check_integrity=not screenshot, desk=desk)
            if screenshot:
                window.resize(*SCREENSHOT_SIZE)
                _grab_when_settled(window, runner, screenshot, app)
            window.show()
        except Exception:
            log.exception("The main window could not be opened")
            print("FrontDesk cannot start: the main window could not be opened. Details are "
                  "in FrontDesk's log file; your data has not been changed.", file=sys.stderr)
            app.exit(1)

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
    from frontdesk.ui.support import after_quit

    after_quit.run()  # a restore chosen in Help → Backups: nothing uses the database now
    return code
