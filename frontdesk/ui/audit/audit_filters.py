"""The viewer's filter row: person, client (found by name as you type), action, from and to."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from frontdesk.services.audit_dto import AuditFilters, AuditOptions
from frontdesk.ui.context import UiContext
from frontdesk.ui.tasks import LatestOnly
from frontdesk.ui.widgets.notice import error_text

DEBOUNCE_MS = 250
MATCHES = 20  # clients offered as you type
EVERYONE, EVERY_ACTION = "Everyone", "Every action"


class AuditFilterRow(QWidget):
    """`changed` after any filter changes (a client counts once it is picked from the list);
    `message(text, level)` when the client search fails."""

    changed = Signal()
    message = Signal(str, str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.client_name = ""
        self._matches: dict[str, int] = {}  # the offered names -> client ids
        self.searches = LatestOnly(ctx.runner, owner=self)
        self.person = QComboBox(self)
        self.person.setAccessibleName("Person")
        self.person.setMinimumContentsLength(16)
        self.client = QLineEdit(self)
        self.client.setPlaceholderText("Any client: type a name")
        self.client.setClearButtonEnabled(True)
        self.client.setAccessibleName("Client")
        self.client.setMinimumWidth(200)
        self.completer = QCompleter(QStringListModel(self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.client.setCompleter(self.completer)
        self.action = QComboBox(self)
        self.action.setAccessibleName("Action")
        self.action.setMinimumContentsLength(20)
        self.use_from, self.date_from = self._date("From")
        self.use_to, self.date_to = self._date("To")
        self.set_today(date.today())
        self.clear_button = QPushButton("Clear filters", self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, (label, widget) in enumerate((("&Person", self.person),
                                               ("C&lient", self.client),
                                               ("&Action", self.action))):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, col)
            grid.addWidget(widget, 1, col)
        left = Qt.AlignmentFlag.AlignLeft  # a check box's click lands on its words
        grid.addWidget(self.use_from, 0, 3, left)
        grid.addWidget(self.date_from, 1, 3)
        grid.addWidget(self.use_to, 0, 4, left)
        grid.addWidget(self.date_to, 1, 4)
        grid.addWidget(self.clear_button, 1, 5)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        self.set_options(AuditOptions((), (), ""))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_clients)
        self.client.textEdited.connect(self._client_typed)
        self.client.textChanged.connect(self._client_text_changed)
        self.completer.activated[str].connect(self.pick_client)
        self.person.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.action.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for box, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(lambda _on: self.changed.emit())
            edit.dateChanged.connect(lambda _d, b=box: b.isChecked() and self.changed.emit())
        self.clear_button.clicked.connect(self.clear)

    def _date(self, label: str) -> tuple[QCheckBox, QDateEdit]:
        box = QCheckBox(label, self)
        box.setToolTip(f"Only entries {'on or after' if label == 'From' else 'on or before'} "
                       "this day (in the practice's time zone)")
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd d MMM yyyy")
        edit.setAccessibleName(f"{label} date")
        edit.setEnabled(False)
        return box, edit

    def set_today(self, today: date) -> None:
        """The dates a box starts from when ticked: the last 30 days up to `today` (the
        practice's today); a date already in use is left alone."""
        for box, edit, day in ((self.use_from, self.date_from, today - timedelta(days=30)),
                               (self.use_to, self.date_to, today)):
            if not box.isChecked():
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)

    # ---- what the filters say --------------------------------------------------------------
    def filters(self) -> AuditFilters:
        return AuditFilters(
            person=self.person.currentData() or "",
            client_id=self.client_id,
            actions=tuple(self.action.currentData() or ()),
            date_from=self.date_from.date().toPython() if self.use_from.isChecked() else None,
            date_to=self.date_to.date().toPython() if self.use_to.isChecked() else None)

    def set_options(self, options: AuditOptions) -> None:
        """The people and actions in the trail, for the combos (the choice made is kept)."""
        person, actions = self.person.currentData(), self.action.currentData()
        for combo in (self.person, self.action):
            combo.blockSignals(True)
            combo.clear()
        self.person.addItem(EVERYONE, "")
        for who in options.people:
            self.person.addItem(who, who)
        self.action.addItem(EVERY_ACTION, ())
        grouped: dict[str, list[str]] = {}  # several codes can read the same
        for code, words in options.actions:
            grouped.setdefault(words, []).append(code)
        for words, codes in grouped.items():
            self.action.addItem(words, tuple(codes))
            self.action.setItemData(self.action.count() - 1, ", ".join(codes),
                                    Qt.ItemDataRole.ToolTipRole)
        self.person.setCurrentIndex(max(0, self.person.findData(person or "")))
        self.action.setCurrentIndex(max(0, self.action.findData(actions or ())))
        for combo in (self.person, self.action):
            combo.blockSignals(False)

    def choose_person(self, who: str) -> None:
        self.person.setCurrentIndex(max(0, self.person.findData(who)))

    def choose_action(self, code: str) -> None:
        for i in range(self.action.count()):
            if code in (self.action.itemData(i) or ()):
                self.action.setCurrentIndex(i)
                return

    def clear(self) -> None:
        """Every filter off: everything shows again."""
        for widget in (self.person, self.action, self.use_from, self.use_to, self.client):
            widget.blockSignals(True)
        self.person.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.client.clear()
        self.client_id, self.client_name = None, ""
        for widget in (self.person, self.action, self.use_from, self.use_to, self.client):
            widget.blockSignals(False)
        self.changed.emit()

    # ---- the client ------------------------------------------------------------------------
    def pick_client(self, name: str) -> None:
        """A name chosen from the list: its client becomes the filter."""
        client_id = self._matches.get(name)
        if client_id is not None:
            self.choose_client(client_id, name)

    def choose_client(self, client_id: int, name: str) -> None:
        self.client_id, self.client_name = client_id, name
        self.client.blockSignals(True)
        self.client.setText(name)
        self.client.blockSignals(False)
        self.changed.emit()

    def search_clients(self) -> None:
        text = self.client.text().strip()
        if not text:
            return
        self.searches.run(self.ctx.services.clients.search, text, MATCHES,
                          on_success=self._offer, on_failure=lambda exc: self.message.emit(
                              f"Clients could not be searched. {error_text(exc)}", "error"))

    def _offer(self, clients: list) -> None:
        self._matches = {}
        for c in clients:  # two clients of one name: the id tells them apart
            label = c.display_name if c.display_name not in self._matches \
                else f"{c.display_name} (#{c.id})"
            self._matches[label] = c.id
        model = self.completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(list(self._matches))
        if self.client.hasFocus() and self._matches:
            self.completer.complete()

    def _client_typed(self, _text: str) -> None:
        self._debounce.start()

    def _client_text_changed(self, text: str) -> None:
        """Typing over a chosen client (or clearing the box) drops that filter."""
        if self.client_id is not None and text != self.client_name:
            self.client_id, self.client_name = None, ""
            self.changed.emit()

    @property
    def offered(self) -> list[str]:
        """The client names offered for what is typed (for tests and accessibility)."""
        return list(self._matches)
