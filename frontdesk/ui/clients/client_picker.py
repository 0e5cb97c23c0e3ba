"""Find clients by name, phone or email and gather the ones a session is for."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from frontdesk.ui.context import UiContext
from frontdesk.ui.tasks import LatestOnly
from frontdesk.ui.widgets.notice import error_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 250


class ClientPicker(QWidget):
    """Search box + matches on the left, the chosen clients on the right.

    With `multi` off (one-client appointment types) adding a client replaces the choice.
    `message(text, level)` reports problems for the owning dialog's notice strip.
    """

    changed = Signal()
    message = Signal(str, str)

    def __init__(self, ctx: UiContext, *, chosen_label: str = "Booking for",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.multi = False
        self.searches = LatestOnly(ctx.runner)  # only the newest search is shown
        self._client_dialog = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Find a client: name, phone or email")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Find a client")
        self.results = QListWidget(self)
        self.results.setAccessibleName("Matching clients")
        self.chosen = QListWidget(self)
        self.chosen.setAccessibleName(chosen_label)
        self.add_button = QPushButton("Add →", self)
        self.add_button.setToolTip("Add the selected client (or double-click a name)")
        self.remove_button = QPushButton("Remove", self)
        self.new_button = QPushButton("New client…", self)
        self.new_button.setToolTip("Add someone who isn't a client yet")
        self._chosen_label = QLabel(chosen_label, self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0)
        grid.addWidget(self._chosen_label, 0, 1)
        grid.addWidget(self.results, 1, 0)
        grid.addWidget(self.chosen, 1, 1)
        grid.addWidget(self.add_button, 2, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.new_button, 2, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.remove_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        for lst in (self.results, self.chosen):
            lst.setMinimumHeight(110)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.run_search)
        self.results.itemDoubleClicked.connect(lambda _i: self.add_selected())
        self.results.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.chosen.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.new_button.clicked.connect(self.new_client)
        self._update_buttons()
        self.run_search()

    # ---- choosing -------------------------------------------------------------------
    def set_multi(self, multi: bool) -> None:
        self.multi = multi
        if not multi and self.chosen.count() > 1:
            while self.chosen.count() > 1:
                self.chosen.takeItem(self.chosen.count() - 1)
            self.message.emit("This type is for one client, so only the first one is kept.",
                              "warning")
            self.changed.emit()

    def set_chosen_label(self, text: str) -> None:
        self._chosen_label.setText(text)
        self.chosen.setAccessibleName(text)

    def add_client(self, client_id: int, name: str) -> None:
        if client_id in self.chosen_ids():
            return
        if not self.multi:
            self.chosen.clear()
        item = QListWidgetItem(name)
        item.setData(ID_ROLE, client_id)
        self.chosen.addItem(item)
        self.changed.emit()
        self._update_buttons()

    def add_selected(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.add_client(item.data(ID_ROLE), item.text())

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.changed.emit()
            self._update_buttons()

    def chosen_ids(self) -> tuple[int, ...]:
        return tuple(self.chosen.item(i).data(ID_ROLE) for i in range(self.chosen.count()))

    def effective_ids(self) -> tuple[int, ...]:
        """The chosen clients; if none was added yet, the highlighted match (one click)."""
        ids = self.chosen_ids()
        if ids:
            return ids
        item = self.results.currentItem()
        return (item.data(ID_ROLE),) if item is not None else ()

    # ---- searching ------------------------------------------------------------------
    def run_search(self) -> None:
        self._debounce.stop()
        self.searches.run(self.services.clients.search, self.search.text(),
                          on_success=self._show_results).on_failure(
            lambda exc: self.message.emit(error_text(exc), "error"))  # even if superseded

    def _show_results(self, found) -> None:
        self.results.clear()
        for c in found:
            item = QListWidgetItem(c.display_name)
            item.setData(ID_ROLE, c.id)
            self.results.addItem(item)
        if len(found) == 1:
            self.results.setCurrentRow(0)
        if not found and self.search.text().strip():
            self.results.addItem(QListWidgetItem("No client matches. Use New client…"))
            self.results.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.results.currentItem()
        self.add_button.setEnabled(item is not None and item.data(ID_ROLE) is not None)
        self.remove_button.setEnabled(self.chosen.currentRow() >= 0)

    # ---- new client -------------------------------------------------------------------
    def new_client(self) -> None:
        try:
            from frontdesk.ui.clients.client_dialog import ClientDialog
        except ImportError:
            self.message.emit("Adding a client isn't available in this version yet. "
                              "Add them from the Clients tab, then search here.", "warning")
            return
        dlg = ClientDialog(self.ctx, None, self)
        dlg.accepted.connect(lambda: self._created(dlg))
        self._client_dialog = dlg
        dlg.open()

    def _created(self, dlg) -> None:
        client = getattr(dlg, "saved_client", None)
        if client is not None:
            self.add_client(client.id, client.display_name)
            self.message.emit(f"Added new client {client.display_name}.", "success")
        self._client_dialog = None
