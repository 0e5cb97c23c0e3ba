"""Settings tabs that edit a list: clinicians and appointment types.

A list on the left, the selected item's form on the right. Saving goes through the
service; its ValidationError appears under the field it names. Switching items with
unsaved changes asks first, so nothing typed is lost by a stray click.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import Modality
from frontdesk.services.dto import AppointmentTypeInfo, ClinicianInfo
from frontdesk.ui.context import UiContext
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import NOTE_STYLE, ErrorLabel, FieldErrors, add_field

MODALITY_LABELS = {Modality.IN_PERSON: "In person", Modality.TELEHEALTH: "Telehealth"}
INACTIVE = QColor("#767676")


class ListEditor(QWidget):
    """Base: subclasses build the form and say how to load, show, collect and save."""

    noun = "item"
    changed = Signal()  # something was saved

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.items: list[Any] = []
        self.first_field: QWidget = self  # set by build_form: where typing starts
        self.current: Any = None  # the saved item shown in the form (None: a new one)
        self._guard = False
        self.list = QListWidget()
        self.list.setAccessibleName(f"{self.noun.capitalize()}s")
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._row_changed)
        self.add_button = QPushButton(f"Add {self.noun}…")
        self.add_button.clicked.connect(self.start_new)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        self.box = QGroupBox()
        self.grid = QGridLayout(self.box)
        self.grid.setColumnStretch(1, 1)
        self.banner = ErrorLabel()
        self.errors = FieldErrors(self.banner)
        row = self.build_form(self.grid, self.errors)
        self.grid.addWidget(self.banner, row, 0, 1, 2)
        self.save_button = QPushButton("Save")
        self.save_button.clicked.connect(lambda: self.save())
        for edit in self.box.findChildren(QLineEdit):  # Enter in a field saves (spin boxes too)
            edit.returnPressed.connect(self._enter_pressed)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.save_button)
        self.grid.addLayout(self.buttons, row + 1, 0, 1, 2)
        self.status = QLabel()
        self.status.setStyleSheet(NOTE_STYLE)
        self.grid.addWidget(self.status, row + 2, 0, 1, 2)
        self.grid.setRowStretch(row + 3, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.box, 3)
        self._show(None)
        self.reload()

    # --- for subclasses -----------------------------------------------------------------
    def build_form(self, grid: QGridLayout, errors: FieldErrors) -> int:
        raise NotImplementedError

    def load_fn(self) -> Callable[[], list[Any]]:
        raise NotImplementedError

    def save_fn(self) -> Callable[[Any, str], Any]:
        raise NotImplementedError

    def item_text(self, info: Any) -> str:
        raise NotImplementedError

    def fill(self, info: Any | None) -> None:
        raise NotImplementedError

    def collect(self) -> Any:
        raise NotImplementedError

    def blank(self) -> Any:
        """What `collect()` returns from a form nobody has typed into."""
        raise NotImplementedError

    # --- list ---------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        (run_for(self, self.runner, self.load_fn(), True)
         .on_success(lambda items: self._show_items(items, select_id))
         .on_failure(self.errors.show))

    def _show_items(self, items: list[Any], select_id: int | None) -> None:
        self.items = list(items)
        self._guard = True
        self.list.clear()
        for info in self.items:
            item = QListWidgetItem(self.item_text(info) +
                                   ("" if info.active else "  (inactive)"))
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            if not info.active:
                item.setForeground(QBrush(INACTIVE))
            self.list.addItem(item)
        row = next((i for i, x in enumerate(self.items) if x.id == select_id), -1)
        self.list.setCurrentRow(row)
        self._guard = False
        if row >= 0:
            self._show(self.items[row])

    def item_row(self, item_id: int) -> int:
        return next((i for i, x in enumerate(self.items) if x.id == item_id), -1)

    def _row_changed(self, row: int) -> None:
        if self._guard or row < 0:
            return
        if self.is_dirty() and not self._discard_ok():
            self._guard = True
            previous = self.item_row(self.current.id) if self.current is not None else -1
            self.list.setCurrentRow(previous)
            self._guard = False
            return
        self._show(self.items[row])

    def _show(self, info: Any | None) -> None:
        self.current = info
        self.errors.clear()
        self.status.clear()
        self.box.setTitle(f"New {self.noun}" if info is None else f"Edit {self.noun}")
        self.fill(info)

    def start_new(self) -> None:
        if self.is_dirty() and not self._discard_ok():
            return
        self._guard = True
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self._guard = False
        self._show(None)
        self.first_field.setFocus()

    def _discard_ok(self) -> bool:
        answer = QMessageBox.question(
            self, "Unsaved changes",
            f"You changed this {self.noun} but did not save it. Discard the changes?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def is_dirty(self) -> bool:
        """Has the form something that is not saved?"""
        return self.collect() != (self.current if self.current is not None else self.blank())

    # --- saving -------------------------------------------------------------------------
    def _enter_pressed(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def save(self, info: Any = None) -> None:
        self.errors.clear()
        self.status.clear()
        self.save_button.setEnabled(False)
        data = info if info is not None else self.collect()
        (run_for(self, self.runner, self.save_fn(), data, self.actor)
         .on_success(self._saved).on_failure(self._failed))

    def _saved(self, info: Any) -> None:
        self.save_button.setEnabled(True)
        self.current = info
        self.reload(select_id=info.id)
        self.status.setText(f"Saved “{self.item_text(info)}”.")
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.errors.show(exc)


class CliniciansTab(ListEditor):
    noun = "clinician"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.active_button = QPushButton("Deactivate")
        self.active_button.setToolTip("A deactivated clinician can't be booked; their past "
                                      "appointments stay as they are.")
        self.active_button.clicked.connect(self.toggle_active)
        self.buttons.insertWidget(1, self.active_button)
        self._show(self.current)

    def build_form(self, grid: QGridLayout, errors: FieldErrors) -> int:
        self.full_edit = QLineEdit()
        self.full_edit.setAccessibleName("Full name")
        self.full_edit.setPlaceholderText("e.g. Dr. Maya Okafor, PsyD")
        self.shown_edit = QLineEdit()
        self.shown_edit.setAccessibleName("Name clients see")
        self.shown_edit.setPlaceholderText("e.g. Dr. Okafor")
        self.first_field = self.full_edit
        row = add_field(grid, 0, "&Full name", self.full_edit, "full_name", errors)
        row = add_field(grid, row, "Name &clients see", self.shown_edit, "display_name", errors,
                        note="Used in reminders and confirmations. Empty: the full name.")
        self.reengage_spin = QSpinBox()
        self.reengage_spin.setRange(0, 104)
        self.reengage_spin.setSuffix(" weeks")
        self.reengage_spin.setSpecialValueText("never")
        self.reengage_spin.setAccessibleName("Check in after weeks without a session")
        row = add_field(grid, row, "Check &in after", self.reengage_spin, "reengage_weeks",
                        errors, note="A client with no coming session this many weeks after "
                        "their last one gets one gentle text offering a time (0: never).")
        self.state_label = QLabel()
        grid.addWidget(self.state_label, row, 1)
        return row + 1

    def load_fn(self):
        return self.services.practice.clinicians

    def save_fn(self):
        return self.services.practice.save_clinician

    def item_text(self, info: ClinicianInfo) -> str:
        if info.display_name and info.display_name != info.full_name:
            return f"{info.full_name} — “{info.display_name}”"
        return info.full_name

    def fill(self, info: ClinicianInfo | None) -> None:
        self.full_edit.setText(info.full_name if info else "")
        self.shown_edit.setText(info.display_name if info else "")
        self.reengage_spin.setValue(info.reengage_weeks if info else 0)
        button = getattr(self, "active_button", None)
        if button is not None:
            button.setVisible(info is not None)
            button.setText("Deactivate" if info is None or info.active else "Reactivate")
        self.state_label.setText("" if info is None or info.active else
                                 "Inactive: can't be booked.")

    def blank(self) -> ClinicianInfo:
        return ClinicianInfo(0, "", "", True)

    def collect(self) -> ClinicianInfo:
        c = self.current
        return ClinicianInfo(c.id if c else 0, self.full_edit.text(), self.shown_edit.text(),
                             c.active if c else True, self.reengage_spin.value())

    def toggle_active(self) -> None:
        """Deactivate (or reactivate) — saving what the form holds, so no typing is lost."""
        if self.current is None:
            return
        info = self.collect()
        self.save(replace(info, active=not info.active))


class AppointmentTypesTab(ListEditor):
    noun = "appointment type"

    def build_form(self, grid: QGridLayout, errors: FieldErrors) -> int:
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("Name")
        self.name_edit.setPlaceholderText("e.g. Individual session")
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(5, 480)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSuffix(" minutes")
        self.duration_spin.setAccessibleName("Duration")
        self.modality_combo = QComboBox()
        for modality, label in MODALITY_LABELS.items():
            self.modality_combo.addItem(label, modality)
        self.modality_combo.setAccessibleName("Default modality")
        self.group_check = QCheckBox("Group session (several clients at once)")
        self.active_check = QCheckBox("Active (can be booked)")
        self.first_field = self.name_edit
        row = add_field(grid, 0, "&Name", self.name_edit, "name", errors)
        row = add_field(grid, row, "&Duration", self.duration_spin, "duration_minutes", errors)
        row = add_field(grid, row, "Default &modality", self.modality_combo,
                        "default_modality", errors)
        grid.addWidget(self.group_check, row, 1)
        grid.addWidget(self.active_check, row + 1, 1)
        return row + 2

    def load_fn(self):
        return self.services.practice.appointment_types

    def save_fn(self):
        return self.services.practice.save_appointment_type

    def item_text(self, info: AppointmentTypeInfo) -> str:
        group = " · group" if info.is_group else ""
        return (f"{info.name} · {info.duration_minutes} min · "
                f"{MODALITY_LABELS[info.default_modality]}{group}")

    def fill(self, info: AppointmentTypeInfo | None) -> None:
        self.name_edit.setText(info.name if info else "")
        self.duration_spin.setValue(info.duration_minutes if info else 50)
        modality = info.default_modality if info else Modality.IN_PERSON
        self.modality_combo.setCurrentIndex(self.modality_combo.findData(modality))
        self.group_check.setChecked(info.is_group if info else False)
        self.active_check.setChecked(info.active if info else True)

    def blank(self) -> AppointmentTypeInfo:
        return AppointmentTypeInfo(0, "", 50, Modality.IN_PERSON, False, True)

    def collect(self) -> AppointmentTypeInfo:
        c = self.current
        return AppointmentTypeInfo(
            c.id if c else 0, self.name_edit.text(), self.duration_spin.value(),
            self.modality_combo.currentData(), self.group_check.isChecked(),
            self.active_check.isChecked())
