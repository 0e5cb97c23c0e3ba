"""The schedule page: one day's sessions, filters, and the front desk's actions on them."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.changes import Changes
from frontdesk.services.dto import ScheduleRow
from frontdesk.services.errors import PermissionDenied
from frontdesk.ui.context import UiContext
from frontdesk.ui.schedule.schedule_actions import ScheduleActions
from frontdesk.ui.schedule.schedule_data import (
    DayData,
    ScheduleContext,
    load_context,
    load_day,
    load_opening,
    load_risk,
    summary_text,
)
from frontdesk.ui.schedule.schedule_model import ScheduleModel, fit_columns
from frontdesk.ui.schedule.time_fields import DateField
from frontdesk.ui.tasks import LatestOnly, run_for
from frontdesk.ui.widgets import fmt
from frontdesk.ui.widgets.notice import error_text

SEARCH_DEBOUNCE_MS = 250
AUTO_REFRESH_MS = 60_000


class SchedulePage(QWidget):
    """Shows one day. `loaded` fires each time fresh rows are in the table; `message(text,
    level)` carries outcomes and problems to the window's banner."""

    loaded = Signal()
    message = Signal(str, str)
    context_loaded = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.context: ScheduleContext | None = None
        self.day: date | None = None
        self.data: DayData | None = None
        self.loads = LatestOnly(ctx.runner)  # only the newest day load is shown
        self.risk_loads = LatestOnly(ctx.runner, owner=self)  # the badge, after the rows
        self._reselect: tuple[int, int | None] | None = None
        self._user_sized: set[int] = set()  # columns the person resized: left alone
        self._fitting = False
        self.model = ScheduleModel(self)
        self._build()
        self.actions_ = ScheduleActions(self, ctx)
        self._build_action_bar()
        self._connect()
        ctx.events.changed.connect(self._changed)
        # Safety poll: bookings by another FrontDesk on this database, and midnight passing.
        self._auto = QTimer(self)
        self._auto.setInterval(AUTO_REFRESH_MS)
        self._auto.timeout.connect(self._auto_refresh)
        self._auto.start()
        self.reload_context()

    # ---- layout ------------------------------------------------------------------------
    def _tool(self, text: str, tip: str) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.setAutoRaise(False)
        return b

    def _build(self) -> None:
        self.prev_button = self._tool("◀", "Previous day (Alt+Left)")
        self.today_button = self._tool("Today", "Go to today (Ctrl+T)")
        self.next_button = self._tool("▶", "Next day (Alt+Right)")
        self.date_edit = DateField(date.today(), self)
        self.date_edit.setToolTip("Pick a day from the calendar")
        self.clinician_combo = QComboBox(self)
        self.clinician_combo.addItem("All clinicians", None)
        self.clinician_combo.setToolTip("Show one clinician's sessions")
        self.clinician_combo.setMinimumContentsLength(14)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText("Find a client on this day (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Find a client on this day")
        self.refresh_button = self._tool("⟳ Refresh", "Load the day again (F5)")
        bar = QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button, self.date_edit):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(QLabel("Clinician:", self))
        bar.addWidget(self.clinician_combo)
        bar.addSpacing(12)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.refresh_button)

        self.day_label = QLabel(self)
        font = self.day_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.day_label.setFont(font)
        self.summary_label = QLabel(self)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(self.day_label)
        head.addSpacing(16)
        head.addWidget(self.summary_label, 1)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName("Sessions on this day")
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        big = QFont(self.empty_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.2)
        self.empty_label.setFont(big)
        self.empty_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(bar)
        self.layout_.addLayout(head)
        self.layout_.addWidget(self.stack, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)

    def _build_action_bar(self) -> None:
        self.buttons: dict[str, QToolButton] = {}
        bar = QHBoxLayout()
        for group in self.actions_.groups:
            for act in group:
                b = QToolButton(self)
                b.setDefaultAction(act)
                b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                self.buttons[act.objectName()] = b
                bar.addWidget(b)
            bar.addSpacing(14)
        bar.addStretch(1)
        self.layout_.insertLayout(2, bar)  # between the day's heading and the table

    def _connect(self) -> None:
        self.prev_button.clicked.connect(lambda: self.step_day(-1))
        self.next_button.clicked.connect(lambda: self.step_day(1))
        self.today_button.clicked.connect(self.go_today)
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.date_edit.dateChanged.connect(lambda _d: self.show_day(self.date_edit.day()))
        self.clinician_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(lambda: self.refresh())
        self._search_timer.timeout.connect(lambda: self.refresh())
        header = self.table.horizontalHeader()
        header.sectionResized.connect(self._user_resized)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.actions_.update())
        self.table.doubleClicked.connect(lambda _i: self.actions_.edit.trigger())
        self.table.activated.connect(lambda _i: self.actions_.edit.trigger())
        self.table.customContextMenuRequested.connect(self._context_menu)
        page_keys = (("Alt+Left", lambda: self.step_day(-1)),
                     ("Alt+Right", lambda: self.step_day(1)), ("Ctrl+F", self.focus_search))
        # F5 (refresh) and Ctrl+T (today) are the window's View menu shortcuts.
        for keys, slot in page_keys:
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _c=False, slot=slot: slot())
            self.addAction(act)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = QMenu(self)
        for i, group in enumerate(self.actions_.groups):
            if i:
                menu.addSeparator()
            menu.addActions(group)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self._menu = menu

    # ---- navigation ----------------------------------------------------------------------
    def show_day(self, d: date, select: tuple[int, int | None] | None = None) -> None:
        """Show day `d` (selecting the session `select` = (appointment id, client id))."""
        if d == self.day and self.data is not None and self.data.day == d and not select:
            return
        self.day = d
        self.date_edit.blockSignals(True)
        self.date_edit.set_day(d)
        self.date_edit.blockSignals(False)
        self.refresh(select)

    def step_day(self, days: int) -> None:
        if self.day is not None:
            self.show_day(self.day + timedelta(days=days))

    def go_today(self) -> None:
        run_for(self, self.runner, self.services.schedule.today).on_success(
            self.show_day).on_failure(self.failed)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def clinician_filter(self) -> int | None:
        return self.clinician_combo.currentData()

    # ---- loading -------------------------------------------------------------------------
    def reload_context(self) -> None:
        if self.day is None and self.context is None:  # opening: today's rows in the same task
            run_for(self, self.runner, load_opening, self.services).on_success(
                self._opened).on_failure(self.failed)
            return
        run_for(self, self.runner, load_context, self.services).on_success(
            self._context_ready).on_failure(self.failed)

    def _opened(self, opening: tuple[ScheduleContext, DayData]) -> None:
        ctx, data = opening
        if self.day is not None:  # another day was asked for meanwhile: that one is loading
            self._context_ready(ctx)
            return
        self.day = data.day
        self.date_edit.blockSignals(True)
        self.date_edit.set_day(data.day)
        self.date_edit.blockSignals(False)
        self._context_ready(ctx, load_day=False)
        self._day_loaded(data)

    def _context_ready(self, ctx: ScheduleContext, load_day: bool = True) -> None:
        self.context = ctx
        keep = self.clinician_filter()
        self.clinician_combo.blockSignals(True)
        self.clinician_combo.clear()
        self.clinician_combo.addItem("All clinicians", None)
        for c in ctx.clinicians:
            self.clinician_combo.addItem(c.display_name, c.id)
        i = self.clinician_combo.findData(keep)
        self.clinician_combo.setCurrentIndex(max(i, 0))
        self.clinician_combo.blockSignals(False)
        self.actions_.update()
        self.context_loaded.emit(ctx)
        if not load_day:
            return
        if self.day is None:
            self.show_day(ctx.today)
        else:
            self.refresh()

    def refresh(self, select: tuple[int, int | None] | None = None) -> None:
        """Load the shown day again (keeping the selected row, or selecting `select`)."""
        if self.day is None:
            return
        self._search_timer.stop()
        self._reselect = select or self._selected_key()
        self.loads.run(load_day, self.services, self.day, self.clinician_filter(),
                       self.search_edit.text(), on_success=self._day_loaded
                       ).on_failure(self.failed)  # failures shown even if superseded

    def _day_loaded(self, data: DayData) -> None:
        if data.day != self.day:
            return  # a newer request is on its way
        self.data = data
        self.model.set_rows(data.rows, data.now)
        self._fitting = True
        fit_columns(self.table, self.model, skip=self._user_sized)
        self._fitting = False
        self._show_heading()
        self.stack.setCurrentWidget(self.table if data.rows else self.empty_label)
        self._restore_selection()
        self.actions_.update()
        self.loaded.emit()
        # The badge comes after the rows; without it (no model, a failure) nothing is missing.
        self.risk_loads.run(load_risk, self.services, data.rows, data.now,
                            on_success=self.model.set_risk, on_failure=lambda _exc: None)

    def _show_heading(self) -> None:
        assert self.data is not None and self.day is not None
        today = self.context.today if self.context else None
        marker = {0: " · today", 1: " · tomorrow", -1: " · yesterday"}.get(
            (self.day - today).days if today else 99, "")
        self.day_label.setText(f"{fmt.day_long(self.day)} {self.day.year}{marker}")
        self.summary_label.setText(summary_text(self.data.rows, self.data.now))
        self.empty_label.setText(self._empty_text())

    def _empty_text(self) -> str:
        assert self.day is not None
        day = fmt.day_long(self.day)
        search, clinician = self.search_edit.text().strip(), self.clinician_filter()
        if not search and clinician is None:
            return f"No sessions on {day}.\nBook one with the Book… button."
        parts = []
        if search:
            parts.append(f"match “{search}”")
        if clinician is not None:
            parts.append(f"are with {self.clinician_combo.currentText()}")
        return (f"No sessions on {day} {' and '.join(parts)}.\n"
                "Clear the search or choose All clinicians to see the whole day.")

    def _user_resized(self, col: int, _old: int, _new: int) -> None:
        if not self._fitting and self.table.isVisible():
            self._user_sized.add(col)

    def _auto_refresh(self) -> None:
        if self.isVisible() and not self.actions_.dialog_open():
            self.refresh()

    def _changed(self, changes: Changes) -> None:
        """Redraw when the change touches the shown day or someone on it."""
        if changes.has("settings"):
            self.reload_context()
        shown = {r.client_id for r in self.data.rows} if self.data is not None else set()
        if changes.touches_day(self.day) or changes.touches_clients(shown):
            self.refresh()

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, PermissionDenied) and not self.isVisible():
            return  # a role without the schedule, or the desk locked: nobody is looking
        self.message.emit(error_text(exc), "error")

    # ---- selection -------------------------------------------------------------------------
    def selected_row(self) -> ScheduleRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, appointment_id: int, client_id: int | None = None) -> bool:
        i = self.model.find(appointment_id, client_id)
        if i < 0:
            return False
        self.table.selectionModel().select(
            self.model.index(i, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(self.model.index(i, 0))
        self.table.scrollTo(self.model.index(i, 0))
        return True

    def _selected_key(self) -> tuple[int, int | None] | None:
        row = self.selected_row()
        return (row.appointment_id, row.client_id) if row else None

    def _restore_selection(self) -> None:
        key, self._reselect = self._reselect, None
        if key is None or not self.select(*key):
            self.table.clearSelection()
