"""Steps 2 and 3: the clinicians (with the name clients see) and the appointment types."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from frontdesk.domain import Modality
from frontdesk.services.dto import AppointmentTypeInfo, ClinicianInfo
from frontdesk.ui.context import UiContext
from frontdesk.ui.startup.setup.wizard import SetupPage
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import NOTE_STYLE, ErrorLabel
from frontdesk.ui.widgets.notice import error_text

DEFAULT_TYPES = (
    AppointmentTypeInfo(0, "Intake", 60, Modality.IN_PERSON),
    AppointmentTypeInfo(0, "Individual session", 50, Modality.IN_PERSON),
    AppointmentTypeInfo(0, "Couples session", 60, Modality.IN_PERSON),
    AppointmentTypeInfo(0, "Group session", 90, Modality.IN_PERSON, is_group=True),
    AppointmentTypeInfo(0, "Telehealth session", 50, Modality.TELEHEALTH),
)
MODALITIES = (("In person", Modality.IN_PERSON), ("Telehealth", Modality.TELEHEALTH))


def save_all(save, items: list, actor: str) -> list:
    """Worker thread: save each item in turn (each is its own small transaction)."""
    return [save(item, actor) for item in items]


class CliniciansPage(SetupPage):
    title = "Clinicians"
    intro = ("Who sees clients. The name clients see goes into reminders, e.g. "
             "“Dr. Okafor” for Dr. Maya Okafor.")

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.existing = QLabel()
        self.existing.setWordWrap(True)
        self.outer.addWidget(self.existing)
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel("<b>Full name</b>"), 0, 0)
        self.grid.addWidget(QLabel("<b>Name clients see</b>"), 0, 1)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.rows: list[tuple[QLineEdit, QLineEdit]] = []
        self.outer.addLayout(self.grid)
        self.add_button = QPushButton("Add another clinician")
        self.add_button.clicked.connect(self.add_row)
        self.outer.addWidget(self.add_button)
        self.error = ErrorLabel()
        self.outer.addWidget(self.error)
        self.outer.addStretch(1)
        for _ in range(2):
            self.add_row()

    def add_row(self) -> None:
        full, shown = QLineEdit(), QLineEdit()
        n = len(self.rows) + 1
        full.setAccessibleName(f"Clinician {n} full name")
        shown.setAccessibleName(f"Clinician {n} name clients see")
        full.setPlaceholderText("Dr. Maya Okafor" if n == 1 else "")
        shown.setPlaceholderText("Dr. Okafor" if n == 1 else "")
        self.grid.addWidget(full, n, 0)
        self.grid.addWidget(shown, n, 1)
        self.rows.append((full, shown))
        full.setFocus()

    def load(self) -> None:
        run_for(self, self.runner, self.services.practice.clinicians).on_success(self._loaded)

    def _loaded(self, clinicians: list[ClinicianInfo]) -> None:
        names = ", ".join(c.display_name for c in clinicians)
        self.existing.setText(f"Already here: {names}. Add anyone missing below."
                              if names else "")

    def typed(self) -> list[ClinicianInfo]:
        return [ClinicianInfo(0, full.text().strip(), shown.text().strip())
                for full, shown in self.rows if full.text().strip() or shown.text().strip()]

    def commit(self, done, failed) -> None:
        self.error.clear()
        typed = self.typed()
        if any(not c.full_name for c in typed):
            self.error.show_message("Each clinician needs a full name.")
            failed()
            return

        def saved(_items) -> None:
            for full, shown in self.rows:
                full.clear()
                shown.clear()
            self.load()
            self.changed.emit()
            done()

        def refused(exc: BaseException) -> None:
            self.error.show_message(error_text(exc))
            self.load()  # those saved before the failure are listed, not typed twice
            failed()

        (run_for(self, self.runner, save_all, self.services.practice.save_clinician, typed,
                 self.actor).on_success(saved).on_failure(refused))


class TypeRow:
    """One appointment type's line: tick, name, minutes, modality, group."""

    def __init__(self, info: AppointmentTypeInfo) -> None:
        self.tick = QCheckBox()
        self.tick.setChecked(True)
        self.tick.setAccessibleName(f"Add {info.name}")
        self.name = QLineEdit(info.name)
        self.name.setAccessibleName("Type name")
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(info.duration_minutes)
        self.minutes.setAccessibleName("Duration")
        self.modality = QComboBox()
        for label, value in MODALITIES:
            self.modality.addItem(label, value)
        self.modality.setCurrentIndex(self.modality.findData(info.default_modality))
        self.modality.setAccessibleName("Modality")
        self.group = QCheckBox("Group")
        self.group.setChecked(info.is_group)
        self.tick.toggled.connect(self._ticked)

    def widgets(self):
        return (self.tick, self.name, self.minutes, self.modality, self.group)

    def _ticked(self, on: bool) -> None:
        for w in self.widgets()[1:]:
            w.setEnabled(on)

    def info(self) -> AppointmentTypeInfo:
        return AppointmentTypeInfo(0, self.name.text().strip(), self.minutes.value(),
                                   self.modality.currentData(), self.group.isChecked())


class AppointmentTypesPage(SetupPage):
    title = "Appointment types"
    intro = ("The kinds of sessions you book, each with its length and whether it is in "
             "person or by video. Untick what you do not offer; change names and minutes "
             "as you like.")

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(ctx, parent)
        grid = QGridLayout()
        for col, text in enumerate(("", "Name", "Length", "Where", "")):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        grid.setColumnStretch(1, 1)
        self.rows = [TypeRow(t) for t in DEFAULT_TYPES]
        for r, row in enumerate(self.rows, start=1):
            for col, w in enumerate(row.widgets()):
                grid.addWidget(w, r, col)
        self.outer.addLayout(grid)
        self.existing = QLabel()
        self.existing.setWordWrap(True)
        self.existing.setStyleSheet(NOTE_STYLE)
        self.outer.addWidget(self.existing)
        self.error = ErrorLabel()
        self.outer.addWidget(self.error)
        self.outer.addStretch(1)
        self.saved_names: set[str] = set()

    def load(self) -> None:
        (run_for(self, self.runner, self.services.practice.appointment_types, True)
         .on_success(self._loaded))

    def _loaded(self, types: list[AppointmentTypeInfo]) -> None:
        self.saved_names = {t.name.casefold() for t in types}
        for row in self.rows:  # a type already set up is not offered twice
            if row.name.text().strip().casefold() in self.saved_names:
                row.tick.setChecked(False)
                row.tick.setEnabled(False)
                row.tick.setToolTip("Already set up")
        names = ", ".join(t.name for t in types if t.active)
        self.existing.setText(f"Already set up: {names}." if names else "")

    def chosen(self) -> list[AppointmentTypeInfo]:
        return [row.info() for row in self.rows
                if row.tick.isChecked() and row.info().name.casefold() not in self.saved_names]

    def commit(self, done, failed) -> None:
        self.error.clear()

        def saved(_items) -> None:
            self.load()
            self.changed.emit()
            done()

        def refused(exc: BaseException) -> None:
            self.error.show_message(error_text(exc))
            self.load()
            failed()

        (run_for(self, self.runner, save_all, self.services.practice.save_appointment_type,
                 self.chosen(), self.actor).on_success(saved).on_failure(refused))
