"""Practice settings → Staff: the owner's list of accounts — add one (with a starting PIN
the person replaces at their first sign-in), change a name, role or clinician, turn an
account off, reset a PIN (which also opens a locked-out account) — and after how many idle
minutes the desk locks itself. The account service checks that the person is the owner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.access import Permission, Person, Role
from frontdesk.services.dto import AccountInfo
from frontdesk.ui.access.pin_dialogs import NewPinDialog
from frontdesk.ui.context import UiContext
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import ErrorLabel, FieldErrors, add_field

RESET_ABOUT = ("Choose a starting PIN and tell it to the person privately. They choose their "
               "own at their next sign-in. A locked-out account opens again.")


def status_text(a: AccountInfo) -> str:
    if not a.active:
        return "turned off"
    if a.locked_out:
        return "locked out: reset the PIN"
    if a.must_change_pin:
        return "chooses a PIN at next sign-in"
    return ""


class StaffTab(QWidget):
    """Only the owner's account can change anything here (the service refuses others)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, ctx.runner
        self.accounts = ctx.services.accounts
        self.items: list[AccountInfo] = []
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._picked)
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.label, role)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.clinician = QComboBox()
        self.active = QCheckBox("Can sign in")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.banner = ErrorLabel()
        self.errors = FieldErrors(self.banner)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        form = QGridLayout()
        row = add_field(form, 0, "&Name", self.name, "name", self.errors)
        row = add_field(form, row, "&Role", self.role, "role", self.errors)
        row = add_field(form, row, "C&linician", self.clinician, "clinician_id", self.errors,
                        note="A clinician's account sees only their own clients.")
        row = add_field(form, row, "", self.active)
        self.pin_row = row
        add_field(form, row, "Starting &PIN", self.pin, "pin", self.errors,
                  note="For a new account: they choose their own at first sign-in.")
        self.new_button = QPushButton("New account")
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton("Save")
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton("Reset PIN…")
        self.reset_button.clicked.connect(self.reset_pin)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.idle = QSpinBox()
        self.idle.setRange(1, 60)
        self.idle.setSuffix(" minutes")
        self.idle_button = QPushButton("Save")
        self.idle_button.clicked.connect(self.save_idle)
        idle_row = QHBoxLayout()
        idle_row.addWidget(QLabel("Lock the desk after"))
        idle_row.addWidget(self.idle)
        idle_row.addWidget(QLabel("without a key or click (Ctrl+L locks at once)."))
        idle_row.addStretch(1)
        idle_row.addWidget(self.idle_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.banner)
        right.addLayout(buttons)
        right.addWidget(self.status)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(idle_row)
        self.editing: AccountInfo | None = None
        self.reload()

    @property
    def person(self):
        return self.ctx.desk.person if self.ctx.desk is not None else None

    # ---- loading ----------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        svc = self.ctx.services

        def read():
            return (self.accounts.accounts(), svc.practice.clinicians(),
                    self.accounts.idle_lock_minutes())

        run_for(self, self.runner, read).on_success(
            lambda r: self._loaded(*r, select_id)).on_failure(self.errors.show)

    def _loaded(self, accounts, clinicians, idle_minutes: int, select_id) -> None:
        self.items = list(accounts)
        self.clinician.clear()
        self.clinician.addItem("—", None)
        for c in clinicians:
            self.clinician.addItem(c.display_name, c.id)
        self.idle.setValue(idle_minutes)
        self.list.clear()
        for a in self.items:
            extra = status_text(a)
            item = QListWidgetItem(f"{a.name} · {a.role.label}" + (f" ({extra})" if extra
                                                                   else ""))
            if not a.active:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
        rows = [i for i, a in enumerate(self.items) if a.id == select_id]
        self.list.setCurrentRow(rows[0] if rows else (0 if self.items else -1))

    def _picked(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self._fill(self.items[row])

    def _fill(self, a: AccountInfo | None) -> None:
        self.editing = a
        self.errors.clear()
        self.name.setText(a.name if a else "")
        self.role.setCurrentIndex(self.role.findData(a.role if a else Role.FRONT_DESK))
        index = self.clinician.findData(a.clinician_id if a else None)
        self.clinician.setCurrentIndex(max(index, 0))
        self.active.setChecked(a.active if a else True)
        self.pin.clear()
        self.pin.setEnabled(a is None)
        self.reset_button.setEnabled(a is not None)
        self._role_changed()

    def _role_changed(self) -> None:
        self.clinician.setEnabled(self.role.currentData() == Role.CLINICIAN)

    def start_new(self) -> None:
        self.list.clearSelection()
        self._fill(None)
        self.name.setFocus()

    # ---- saving -----------------------------------------------------------------------
    def save(self) -> None:
        self.errors.clear()
        by, a = self.person, self.editing
        role = Role(self.role.currentData())  # Qt hands the item's data back as plain text
        clinician = self.clinician.currentData() if role is Role.CLINICIAN else None
        if a is None:
            call = (self.accounts.add_account, by, self.name.text(), role, self.pin.text(),
                    clinician)
            done = f"{self.name.text().strip()}'s account is made. Tell them the PIN privately."
            task = run_for(self, self.runner, *call)
        else:
            done = "Saved."
            task = run_for(self, self.runner, lambda: self.accounts.update_account(
                by, a.id, name=self.name.text(), role=role, clinician_id=clinician,
                active=self.active.isChecked()))
        task.on_success(lambda info: (self.status.setText(done), self.reload(info.id))
                        ).on_failure(self.errors.show)

    def reset_pin(self) -> None:
        a, by = self.editing, self.person
        if a is None:
            return

        def submit(new_pin: str) -> None:
            run_for(dialog, self.runner, self.accounts.reset_pin, by, a.id, new_pin
                    ).on_success(lambda info: (dialog.accept(), self.status.setText(
                        f"{a.name}'s PIN is reset."), self.reload(info.id))
                                 ).on_failure(dialog.failed)

        dialog = NewPinDialog(f"Reset {a.name}'s PIN", RESET_ABOUT, submit, parent=self)
        dialog.open()

    def save_idle(self) -> None:
        run_for(self, self.runner, self.accounts.set_idle_lock_minutes, self.person,
                self.idle.value()).on_success(lambda m: self.status.setText(
                    f"The desk now locks itself after {m} idle minutes."
                )).on_failure(self.errors.show)


def show_tabs_for(dialog, person: Person) -> None:
    """Practice settings shows the tabs `person` may use: the practice's own settings and
    wording for the owner, the connections for IT, the recovery code and staff for the
    owner."""
    needs = {
        dialog.practice_tab: Permission.PRACTICE, dialog.clinicians_tab: Permission.PRACTICE,
        dialog.types_tab: Permission.PRACTICE, dialog.templates_tab: Permission.PRACTICE,
        dialog.reminders_tab: Permission.PRACTICE,
        dialog.messaging_tab: Permission.CONNECTIONS, dialog.sync_tab: Permission.CONNECTIONS,
        dialog.computer_tab: Permission.CONNECTIONS,
        dialog.security_tab: Permission.ACCOUNTS,
    }
    if dialog.staff_tab is not None:
        needs[dialog.staff_tab] = Permission.ACCOUNTS
    tabs = dialog.tabs
    for page, permission in needs.items():
        tabs.setTabVisible(tabs.indexOf(page), person.can(permission))
    dialog.setup_button.setVisible(person.can(Permission.PRACTICE))
    if not tabs.isTabVisible(tabs.currentIndex()):
        first = next((i for i in range(tabs.count()) if tabs.isTabVisible(i)), 0)
        tabs.setCurrentIndex(first)
