"""The Clients tab: search, a list, a detail pane, and the client dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.access import Permission
from frontdesk.services.contacts import format_phone
from frontdesk.services.dto import ClientDetail, ClientSummary, PracticeInfo
from frontdesk.services.errors import NotFoundError
from frontdesk.ui.clients.client_detail_pane import ClientDetailPane
from frontdesk.ui.clients.client_dialog import ClientDialog
from frontdesk.ui.clients.consent_box import CHANNEL_LABELS
from frontdesk.ui.context import UiContext
from frontdesk.ui.tasks import LatestOnly
from frontdesk.ui.widgets.inline_form import NOTE_STYLE, ErrorLabel
from frontdesk.ui.widgets.notice import error_text

SEARCH_DELAY_MS = 250
COLUMNS = ("Name", "Mobile", "Email", "Messages by", "Shared phone")
SHARED_TIP = "Shared phone — messages to this client say as little as possible."


def search_clients(services, text: str) -> tuple[PracticeInfo, list[ClientSummary]]:
    """Worker-side: the practice (for phone formats) and the matching clients."""
    return services.practice.settings(), services.clients.search(text)


class ClientTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ClientSummary] = []
        self.region = "US"

    def set_rows(self, rows: list[ClientSummary], region: str) -> None:
        self.beginResetModel()
        self.rows, self.region = list(rows), region
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return c.display_name
            if col == 1:
                return format_phone(c.mobile, self.region)
            if col == 2:
                return c.email or ""
            if col == 3:
                return CHANNEL_LABELS[c.preferred_channel]
            return "⚑ Shared" if c.shared_phone else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == 4 and c.shared_phone:
            return SHARED_TIP
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None

    def row_of(self, client_id: int) -> int:
        return next((i for i, c in enumerate(self.rows) if c.id == client_id), -1)


class ClientsPanel(QWidget):
    client_saved = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.practice: PracticeInfo | None = None
        self.dialog: ClientDialog | None = None  # the open client dialog, if any
        self.searches = LatestOnly(ctx.runner, self)  # only the newest search is shown
        self.details = LatestOnly(ctx.runner, self)  # only the newest selection's detail
        self._select_id: int | None = None
        self._select_name = ""  # a just-saved client's name, to find them if filtered out
        self._searched_text = ""
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _: self._timer.start())
        self.search_edit.returnPressed.connect(self.refresh)  # Enter: search now
        self.refresh()

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search by name, phone number or email")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search clients")
        self.new_button = QPushButton("&New client…")
        self.new_button.clicked.connect(self.new_client)
        self.edit_button = QPushButton("&Edit…")
        self.edit_button.clicked.connect(self.edit_selected)
        self.edit_button.setEnabled(False)
        self.new_button.setEnabled(self.may_edit())
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)

        self.model = ClientTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # email takes the rest
        for col, width in ((0, 190), (1, 130), (3, 110), (4, 110)):
            header.resizeSection(col, width)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _: self.edit_selected())

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(NOTE_STYLE)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.detail_pane = ClientDetailPane()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 380])
        splitter.setChildrenCollapsible(False)
        self.error = ErrorLabel()
        self.count_label = QLabel()
        self.count_label.setStyleSheet(NOTE_STYLE)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

    # --- searching ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Search again now with the current text (also after saves elsewhere)."""
        self._timer.stop()
        text = self.search_edit.text().strip()
        self.searches.run(search_clients, self.services, text,
                          on_success=lambda result: self._show_results(text, result),
                          on_failure=self._failed)

    def _show_results(self, text: str,
                      result: tuple[PracticeInfo, list[ClientSummary]]) -> None:
        self.error.clear()
        self.practice, rows = result
        keep = self._select_id if self._select_id is not None else self.selected_id()
        just_saved, self._select_id, self._select_name = self._select_name, None, ""
        self._searched_text = text
        self.model.set_rows(rows, self.practice.region or "US")
        if rows:
            self.stack.setCurrentWidget(self.table)
        elif text:
            self.empty_label.setText(
                f"No client matches “{text}”.\n"
                "Check the spelling, or search by part of a phone number or email.")
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.empty_label.setText(
                "No clients yet.\nClick “New client…” to add the first one.")
            self.stack.setCurrentWidget(self.empty_label)
        n = len(rows)
        self.count_label.setText(f"{n} client{'s' if n != 1 else ''}" +
                                 (f" matching “{text}”" if text else ""))
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and just_saved and text:
            # The search hides the client just saved: search for them instead.
            self._select_id = keep
            self.search_edit.setText(just_saved)
            self.refresh()
            return
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
            self._selection_changed()

    def _failed(self, exc: BaseException) -> None:
        self.error.show_message(error_text(exc))

    # --- selection and detail -----------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def select_client(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _selection_changed(self, *_: object) -> None:
        client_id = self.selected_id()
        self.edit_button.setEnabled(client_id is not None and self.may_edit())
        if client_id is None:
            self.details.invalidate()
            self.detail_pane.show_nothing()
            return
        self.details.run(self.services.clients.get, client_id,
                         on_success=self._show_detail, on_failure=self._detail_failed)

    def _show_detail(self, detail: ClientDetail) -> None:
        if self.practice is not None:
            self.detail_pane.show_client(detail, self.practice.region or "US",
                                         self.practice.timezone)

    def _detail_failed(self, exc: BaseException) -> None:
        self.detail_pane.show_nothing(error_text(exc))
        if isinstance(exc, NotFoundError):
            self.refresh()

    # --- dialogs ------------------------------------------------------------------------

    def new_client(self) -> ClientDialog:
        return self._open_dialog(None)

    def edit_selected(self) -> ClientDialog | None:
        client_id = self.selected_id()
        return self._open_dialog(client_id) if client_id is not None else None

    def _open_dialog(self, client_id: int | None) -> ClientDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = ClientDialog(self.ctx, client_id, self)
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_finished(d))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: ClientDialog) -> None:
        saved = dialog.saved_client
        if saved is not None:
            self._select_id = saved.id
            self._select_name = f"{saved.first_name} {saved.last_name}"
            self.client_saved.emit(saved.id)
        # Consent may have been recorded even if the edit was cancelled: reload either way.
        self.refresh()
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None

    def may_edit(self) -> bool:
        """Whether the signed-in account adds and changes clients (always, in widget tests)."""
        person = self.ctx.desk.person if self.ctx.desk is not None else None
        return person is None or person.can(Permission.CLIENT_DETAILS)
