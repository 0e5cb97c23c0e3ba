"""The main window: the crisis alert and banners, the Schedule, Clients, Messages and Trends
tabs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.changes import Changes
from frontdesk.services.errors import PermissionDenied
from frontdesk.services.inbox.dto import ThreadKey
from frontdesk.ui.audit import open_audit_viewer
from frontdesk.ui.bus import OutsideWatch
from frontdesk.ui.context import UiContext
from frontdesk.ui.messages.crisis_alert import CrisisBanner, CrisisWatch
from frontdesk.ui.messages.messages_panel import MessagesPanel
from frontdesk.ui.schedule.schedule_data import ScheduleContext
from frontdesk.ui.schedule.schedule_view import SchedulePage
from frontdesk.ui.support.help_menu import build_help_menu
from frontdesk.ui.tasks import run_for
from frontdesk.ui.todo.todo_panel import TodoPanel
from frontdesk.ui.trends import can_see_trends, load_charts_in_background, trends_page_for
from frontdesk.ui.widgets.delivery_banner import DeliveryBanner
from frontdesk.ui.widgets.health_banner import HealthBanner, HealthWatch
from frontdesk.ui.widgets.notice import NoticeBar, error_text

APP_TITLE = "FrontDesk"
CHARTS_IMPORT_DELAY_MS = 4_000  # after the first rows: start-up's own work is over by then
NOTICE_TIMEOUT_MS = {"info": 10_000, "success": 8_000}


NO_TABS = ("This account looks after the messaging and calendar connections, backups and "
           "diagnostics, and is shown no client information. Use Practice settings.")


class MainWindow(QMainWindow):
    """Built by the composition root (`ui/startup/launch.py`) with the UI context."""

    schedule_loaded = Signal()  # the schedule table has just been filled with fresh rows

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ctx = replace(ctx, notify=self.show_notice)  # what screens report shows in the banner
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.clients_panel: QWidget | None = None
        self.trends_page: QWidget | None = None  # built when its tab is first shown
        self.settings_dialog = None
        self.keeper = None  # the tray and the quit question, when run as the app (ui/tray.py)
        self.setWindowTitle(APP_TITLE)
        self.resize(1280, 800)

        self.crisis_banner = CrisisBanner(self)  # an open crisis: stays until acknowledged
        self.delivery_banner = DeliveryBanner(self)  # messages only recorded: stays up
        self.health_banner = HealthBanner(self)  # replies not fetched, lock unusable…
        self.banner = NoticeBar(self)
        self.schedule = SchedulePage(ctx, self)
        self.clients_tab = QWidget(self)
        QVBoxLayout(self.clients_tab).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.schedule, "Schedule")
        self.todo = TodoPanel(ctx, self.open_place, self.open_thread, self)
        self.tabs.addTab(self.todo, "To do")
        self.tabs.addTab(self.clients_tab, "Clients")
        self.messages = MessagesPanel(ctx, self)
        self.tabs.addTab(self.messages, "Messages")
        self.trends_tab: QWidget | None = None
        if can_see_trends(ctx.actor):  # the owner's view: left out for other staff, later
            self.trends_tab = QWidget(self)
            QVBoxLayout(self.trends_tab).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(self.trends_tab, "Trends")
            # The charting library is imported off the GUI thread, a while after the day's
            # rows are first shown, so that opening Trends later only makes its charts.
            self.schedule.loaded.connect(self._load_charts_later,
                                         Qt.ConnectionType.SingleShotConnection)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.crisis_banner)  # edge to edge, above everything else
        outer.addWidget(self.delivery_banner)
        outer.addWidget(self.health_banner)
        box = QVBoxLayout()
        box.setContentsMargins(8, 6, 8, 8)
        box.addWidget(self.banner)
        box.addWidget(self.tabs, 1)
        self.no_tabs_note = QLabel(NO_TABS, self)  # an account shown no client screens (IT)
        self.no_tabs_note.setWordWrap(True)
        self.no_tabs_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_tabs_note.hide()
        box.addWidget(self.no_tabs_note, 1)
        outer.addLayout(box, 1)
        self.setCentralWidget(central)
        self._build_menus()

        self.schedule.loaded.connect(self.schedule_loaded)
        self.schedule.message.connect(self.show_notice)
        self.schedule.context_loaded.connect(self._context_loaded)
        self.tabs.currentChanged.connect(self._tab_changed)
        ctx.runner.failed_unhandled.connect(self._task_failed)
        self.delivery_banner.set_up.connect(lambda: self.open_settings("messaging"))
        self.refresh_delivery_mode()
        if self.schedule.context is not None:  # an inline runner has loaded it already
            self._context_loaded(self.schedule.context)
        self.crisis = CrisisWatch(ctx, self.crisis_banner, self)
        self.crisis.open_thread.connect(self.open_thread)
        self.crisis.failed.connect(lambda text: self.show_notice(text, "error"))
        self.messages.unread_changed.connect(self._unread_changed)
        self.todo.count_changed.connect(self._todo_changed)
        self._todo_first = False  # show the list first once, when asked at start-up
        self.crisis.start()  # now, every 15 s, and at once when a change says "crisis"
        self.health = HealthWatch(ctx, self.health_banner, self)
        self.health.start()  # now, soon after start-up, and every 45 s
        self.outside = OutsideWatch(ctx, self)  # what `frontdesk serve` wrote reaches the screens
        self.outside.start()
        self.messages.start()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        quit_act = QAction("&Quit", self)
        quit_act.setShortcut(QKeySequence.StandardKey.Quit)
        quit_act.triggered.connect(self.request_quit)
        file_menu.addAction(quit_act)

        view = bar.addMenu("&View")
        self.refresh_action = QAction("&Refresh", self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.triggered.connect(lambda: self.refresh())
        self.today_action = QAction("Go to &today", self)
        self.today_action.setShortcut(QKeySequence("Ctrl+T"))
        self.today_action.triggered.connect(self._go_today)
        view.addActions([self.refresh_action, self.today_action])

        practice = bar.addMenu("&Practice")
        self.settings_action = QAction("Practice &settings…", self)
        self.settings_action.setToolTip("Practice details, clinicians and appointment types")
        self.settings_action.triggered.connect(lambda: self.open_settings())
        practice.addAction(self.settings_action)
        self.audit_action = QAction("&Audit trail…", self)  # the owner's (ui/access/role_view.py)
        self.audit_action.triggered.connect(lambda: open_audit_viewer(self))
        practice.addAction(self.audit_action)
        self.settings_action.setIconText(self.settings_action.text().replace("&", ""))
        corner = QToolButton(self.tabs)
        corner.setDefaultAction(self.settings_action)
        corner.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tabs.setCornerWidget(corner)  # in view, without a toolbar row of its own
        self.help_actions = build_help_menu(self)  # About, Check this installation, Backups

    # ---- public API ---------------------------------------------------------------------
    def show_notice(self, text: str, level: str = "info") -> None:
        """Show a message in the banner (levels: info, success, warning, error)."""
        self.banner.show_notice(text, level, timeout_ms=NOTICE_TIMEOUT_MS.get(level, 0))

    def refresh(self) -> None:
        """F5: every screen reads its data again (through the change bus)."""
        self.ctx.events.announce(Changes.all())

    def open_thread(self, key: ThreadKey | None) -> None:
        self.tabs.setCurrentWidget(self.messages)
        if key is not None:
            self.messages.open_thread(key)

    def open_place(self, d: date, appointment_id: int, client_id: int | None) -> None:
        """Show a session on the schedule, selected (its actions are then one click away)."""
        self.tabs.setCurrentWidget(self.schedule)
        self.schedule.show_day(d, select=(appointment_id, client_id))

    def show_todo_first(self) -> None:
        """At start-up: open on the to-do list when something needs a person."""
        self._todo_first = True
        self.todo.load()  # the list's first read may be under way already

    def show_day(self, d: date) -> None:
        self.tabs.setCurrentWidget(self.schedule)
        self.schedule.show_day(d)

    def refresh_delivery_mode(self) -> None:
        """Ask whether messages are really sent; the red bar shows while they are not."""
        run_for(self, self.runner, self.services.messaging.delivery_mode).on_success(
            lambda mode: self.delivery_banner.set_text(mode.banner)).on_failure(
            self._delivery_mode_unknown)

    def _delivery_mode_unknown(self, exc: BaseException) -> None:
        self.delivery_banner.set_text(
            "FrontDesk could not read the messaging settings, so messages may only be "
            f"recorded. {error_text(exc)}")

    def open_settings(self, tab: str = "") -> None:
        """Open Practice settings (on `tab`, e.g. "messaging", when given)."""
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.show_tab(tab)
            self.settings_dialog.raise_()
            return
        try:
            from frontdesk.ui.settings.settings_dialog import PracticeSettingsDialog
        except ImportError:
            self.show_notice("Practice settings aren't available in this version yet.",
                             "warning")
            return
        dlg = PracticeSettingsDialog(self.ctx, self)
        dlg.finished.connect(lambda _r: self._settings_closed())
        dlg.messaging_tab.saved.connect(self.refresh_delivery_mode)
        self.settings_dialog = dlg
        dlg.show_tab(tab)
        dlg.open()

    # ---- reactions ------------------------------------------------------------------------
    def _settings_closed(self) -> None:
        self.settings_dialog = None
        self.refresh_delivery_mode()
        self.schedule.reload_context()  # clinicians, types, name or time zone may have changed

    def _context_loaded(self, ctx: ScheduleContext) -> None:
        name = ctx.practice.name.strip()
        self.setWindowTitle(f"{APP_TITLE} — {name}" if name else APP_TITLE)

    def _go_today(self) -> None:
        self.tabs.setCurrentWidget(self.schedule)
        self.schedule.go_today()

    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self.todo:
            self.todo.load()
        elif page is self.clients_tab and self.clients_panel is None:
            self._open_clients()
        elif page is not None and page is self.trends_tab and self.trends_page is None:
            self._open_trends()
        elif page is self.schedule and self.schedule.data is not None:
            self.schedule.refresh()  # names or bookings may have changed meanwhile

    def _open_clients(self) -> None:
        layout = self.clients_tab.layout()
        try:
            from frontdesk.ui.clients.clients_panel import ClientsPanel
        except ImportError:
            self.clients_panel = QLabel("The clients list isn't available in this version yet.",
                                        self.clients_tab)
        else:
            self.clients_panel = ClientsPanel(self.ctx, self.clients_tab)
        layout.addWidget(self.clients_panel)

    def _open_trends(self) -> None:
        self.trends_page = trends_page_for(self.ctx, self.trends_tab)
        if self.trends_page is not None:
            self.trends_tab.layout().addWidget(self.trends_page)

    def _load_charts_later(self) -> None:
        QTimer.singleShot(CHARTS_IMPORT_DELAY_MS, self, load_charts_in_background)

    def _todo_changed(self, count: int) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.todo), f"To do ({count})" if count
                             else "To do")
        if self._todo_first and count and self.tabs.currentWidget() is self.schedule:
            self.tabs.setCurrentWidget(self.todo)
        self._todo_first = False

    def _unread_changed(self, unread: int) -> None:
        index = self.tabs.indexOf(self.messages)
        self.tabs.setTabText(index, f"Messages ({unread})" if unread else "Messages")

    def request_quit(self) -> None:
        """File → Quit: ask first when something waits (as the app); else just close."""
        if self.keeper is not None:
            self.keeper.request_quit()
        else:
            self.close()

    def closeEvent(self, event) -> None:
        if self.keeper is not None and not self.keeper.close_requested():
            event.ignore()  # hidden to the tray, or the quit question is on its way
            return
        self.crisis.stop()  # the poller no longer calls into this window
        self.health.stop()
        self.outside.stop()
        self.messages.stop()
        super().closeEvent(event)

    def _task_failed(self, _name: str, exc: BaseException) -> None:
        if isinstance(exc, PermissionDenied) and not self.tabs.isVisible():
            return  # the lock page is up, or the account has no client screens
        self.show_notice(error_text(exc), "error")
