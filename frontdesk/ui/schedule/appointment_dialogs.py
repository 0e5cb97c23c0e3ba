"""Book a session (or a series) and edit one: dialogs that save through the task runner."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import Frequency, Modality
from frontdesk.services.dto import AppointmentDetail, AppointmentEdit, BookingRequest
from frontdesk.ui.clients.client_picker import ID_ROLE, ClientPicker
from frontdesk.ui.context import UiContext
from frontdesk.ui.schedule.schedule_data import ScheduleContext
from frontdesk.ui.schedule.time_fields import DateField, TimeField
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets import fmt, style
from frontdesk.ui.widgets.form_dialog import FormDialog

REPEATS = (("Does not repeat", None), ("Every week", Frequency.WEEKLY),
           ("Every 2 weeks", Frequency.FORTNIGHTLY))


def modality_combo(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    for m in Modality:
        box.addItem(style.modality_icon(m), style.MODALITY_LABEL[m], m)
    return box


def select_data(box: QComboBox, value) -> None:
    i = box.findData(value)
    if i >= 0:
        box.setCurrentIndex(i)


class AppointmentFields:
    """Fields Book and Edit share: type, duration, modality, link, location, notes."""

    def __init__(self, dlg: FormDialog, context: ScheduleContext) -> None:
        self.dlg, self.context = dlg, context
        self.type = QComboBox(dlg)
        for t in context.types:
            self.type.addItem(f"{t.name} ({t.duration_minutes} min"
                              f"{', group' if t.is_group else ''})", t.id)
        self.duration = QSpinBox(dlg)
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(" min")
        self.ends = QLabel(dlg)
        self.modality = modality_combo(dlg)
        self.link = QLineEdit(dlg)
        self.link.setPlaceholderText("https://… (the video link the client will get)")
        self.location = QLineEdit(dlg)
        self.location.setPlaceholderText("e.g. Room 2 (optional)")
        self.notes = QPlainTextEdit(dlg)
        self.notes.setPlaceholderText("For staff only (optional)")
        self.notes.setMaximumHeight(64)
        self.modality.currentIndexChanged.connect(lambda _i: self.show_link_row())
        dlg.fields.update(duration=self.duration, telehealth_link=self.link,
                          location=self.location, notes=self.notes)

    def add_rows(self) -> None:
        form = self.dlg.form
        form.addRow("Type", self.type)
        row = QHBoxLayout()
        row.addWidget(self.duration)
        row.addWidget(self.ends, 1)
        form.addRow("Length", row)
        form.addRow("Where", self.modality)
        form.addRow("Video link", self.link)
        form.addRow("Location", self.location)
        form.addRow("Notes", self.notes)
        self.show_link_row()

    def type_info(self):
        return self.context.type_by_id(self.type.currentData())

    def apply_type_defaults(self) -> None:
        t = self.type_info()
        if t is not None:
            self.duration.setValue(t.duration_minutes)
            select_data(self.modality, t.default_modality)

    def show_link_row(self) -> None:
        self.dlg.form.setRowVisible(self.link, self.modality_value() is Modality.TELEHEALTH)

    def modality_value(self) -> Modality:
        return Modality(self.modality.currentData())  # Qt hands StrEnums back as str

    def link_value(self) -> str:
        # A link typed before switching to in person is kept in the field, not saved.
        return self.link.text() if self.modality_value() is Modality.TELEHEALTH else ""

    def show_end(self, start: datetime | None) -> None:
        if start is None:
            self.ends.clear()
            return
        end = start + timedelta(minutes=self.duration.value())
        self.ends.setText(f"ends {fmt.time_text(end)}")


class BookDialog(FormDialog):
    """Book one session or a weekly/fortnightly series for one client or a group.

    After it is accepted, `booked_ids` holds the new appointment ids and `booked_day` the
    first session's date.
    """

    def __init__(self, ctx: UiContext, context: ScheduleContext, day: date,
                 *, clinician_id: int | None = None, start_time: time | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx.runner, "Book a session", "Book", parent)
        self.services, self.actor, self.context = ctx.services, ctx.actor, context
        self.booked_ids: list[int] = []
        self.booked_day: date | None = None
        self.picker = ClientPicker(ctx, parent=self)
        self.picker.message.connect(self.notice.show_notice)
        self.clinician = QComboBox(self)
        for c in context.clinicians:
            self.clinician.addItem(c.display_name, c.id)
        if clinician_id is not None:
            select_data(self.clinician, clinician_id)
        self.f = AppointmentFields(self, context)
        self.date = DateField(day, self)
        p = context.practice
        first = start_time or time(max(9, p.day_start_hour))
        self.time = TimeField(p.day_start_hour, p.day_end_hour, first, self)
        self.repeat = QComboBox(self)
        for label, freq in REPEATS:
            self.repeat.addItem(label, freq)
        self.sessions = QSpinBox(self)
        self.sessions.setRange(2, 52)
        self.sessions.setValue(6)
        self.sessions.setSuffix(" sessions")
        self.fields.update(clients=self.picker.search, clinician=self.clinician,
                           start=self.time, occurrences=self.sessions)

        self.form.addRow("Client", self.picker)
        self.form.addRow("Clinician", self.clinician)
        self.f.add_rows()
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.time)
        when.addStretch(1)
        self.form.insertRow(3, "Date and time", when)
        repeat = QHBoxLayout()
        repeat.addWidget(self.repeat)
        repeat.addWidget(self.sessions)
        repeat.addStretch(1)
        self.form.addRow("Repeat", repeat)

        self.f.type.currentIndexChanged.connect(lambda _i: self._type_changed())
        self.f.duration.valueChanged.connect(lambda _v: self._update_end())
        self.time.currentIndexChanged.connect(lambda _i: self._update_end())
        self.repeat.currentIndexChanged.connect(lambda _i: self._repeat_changed())
        self._type_changed()
        self._repeat_changed()
        self.resize(640, self.sizeHint().height())
        if not context.clinicians or not context.types:
            self.notice.show_notice(
                "Add at least one clinician and one appointment type in Practice settings "
                "before booking.", "warning")
            self.ok_button.setEnabled(False)

    # ---- reacting to choices ------------------------------------------------------------
    def _type_changed(self) -> None:
        self.f.apply_type_defaults()
        t = self.f.type_info()
        group = bool(t and t.is_group)
        self.picker.set_multi(group)
        self.picker.set_chosen_label("Group members" if group else "Booking for")
        self._update_end()

    def _repeat_changed(self) -> None:
        self.sessions.setEnabled(self.repeat.currentData() is not None)

    def _update_end(self) -> None:
        self.f.show_end(self.start())

    def start(self) -> datetime | None:
        t = self.time.time()
        return datetime.combine(self.date.day(), t, tzinfo=self.context.tz) if t else None

    # ---- saving ------------------------------------------------------------------
    def submit(self) -> None:
        ids = self.picker.effective_ids()
        if not ids:
            self.refuse("Choose who the session is for: search for the client and click "
                        "their name, or use New client….", "clients")
            return
        if self.clinician.currentData() is None or self.f.type.currentData() is None:
            self.refuse("Choose a clinician and an appointment type.", "clinician")
            return
        freq = Frequency(self.repeat.currentData()) if self.repeat.currentData() else None
        req = BookingRequest(
            client_ids=ids, clinician_id=self.clinician.currentData(),
            type_id=self.f.type.currentData(), start=self.start(),
            modality=self.f.modality_value(), duration_minutes=self.f.duration.value(),
            telehealth_link=self.f.link_value(), location=self.f.location.text(),
            notes=self.f.notes.toPlainText(), repeat=freq,
            occurrences=self.sessions.value() if freq else 1)
        self.save(self.services.schedule.book, req, self.actor)

    def saved(self, value) -> None:
        self.booked_ids = list(value)
        self.booked_day = self.date.day()


class EditDialog(FormDialog):
    """Change a session's type, length, modality, link, location, notes and group members.

    Only what was changed is sent; the time and clinician change through Reschedule….
    """

    def __init__(self, ctx: UiContext, context: ScheduleContext,
                 appointment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx.runner, "Edit session", "Save changes", parent)
        self.services, self.actor, self.context = ctx.services, ctx.actor, context
        self.appointment_id = appointment_id
        self.detail: AppointmentDetail | None = None
        self._removed: list[int] = []
        self.heading = QLabel("Loading…", self)
        self.f = AppointmentFields(self, context)
        self.members = QListWidget(self)
        self.members.setAccessibleName("Clients in this session")
        self.members.setMaximumHeight(90)
        self.remove_member = QPushButton("Remove from session", self)
        self.remove_member.clicked.connect(self._remove_member)
        self.picker = ClientPicker(ctx, chosen_label="To add", parent=self)
        self.picker.set_multi(True)
        self.picker.message.connect(self.notice.show_notice)
        self.fields.update(clients=self.picker.search)

        self.form.addRow(self.heading)
        self.f.add_rows()
        box = QVBoxLayout()
        box.addWidget(self.members)
        box.addWidget(self.remove_member)
        self.form.addRow("Clients", box)
        self.form.addRow("Add clients", self.picker)
        self.ok_button.setEnabled(False)
        self.resize(640, self.sizeHint().height())
        run_for(self, ctx.runner, ctx.services.schedule.appointment, appointment_id).on_success(
            self._loaded).on_failure(self._load_failed)

    def _loaded(self, d: AppointmentDetail) -> None:
        self.detail = d
        self.heading.setText(f"<b>{fmt.when(d.start, d.end)}</b> with "
                             f"{self.context.clinician_name(d.clinician_id) or 'the clinician'}")
        if self.f.type.findData(d.type_id) < 0:
            self.f.type.addItem("(a type no longer offered)", d.type_id)
        select_data(self.f.type, d.type_id)
        self.f.duration.setValue(self._minutes(d))
        select_data(self.f.modality, d.modality)
        self.f.link.setText(d.telehealth_link)
        self.f.location.setText(d.location)
        self.f.notes.setPlainText(d.notes)
        for a in d.attendees:
            if not a.attendance.is_cancelled:
                item = QListWidgetItem(a.client_name)
                item.setData(ID_ROLE, a.client_id)
                self.members.addItem(item)
        self.f.type.currentIndexChanged.connect(lambda _i: self._type_changed())
        self.f.duration.valueChanged.connect(lambda _v: self.f.show_end(d.start))
        self.f.show_end(d.start)
        self._type_changed(initial=True)
        if d.cancelled:
            self.notice.show_notice("This session was cancelled, so it can't be edited.",
                                    "warning")
        else:
            self.ok_button.setEnabled(True)

    def _load_failed(self, exc: BaseException) -> None:
        self.heading.setText("")
        self.notice.show_error(exc)

    @staticmethod
    def _minutes(d: AppointmentDetail) -> int:
        return int((d.end - d.start).total_seconds() // 60)

    def _type_changed(self, initial: bool = False) -> None:
        if not initial:
            self.f.apply_type_defaults()
        t = self.f.type_info()
        group = bool(t and t.is_group)
        self.form.setRowVisible(self.picker, group)
        self.remove_member.setVisible(group)

    def _remove_member(self) -> None:
        row = self.members.currentRow()
        if row < 0:
            self.refuse("Click a client in the list first, then Remove from session.")
            return
        if self.members.count() <= 1 and not self.picker.chosen_ids():
            self.refuse("A session needs at least one client. To call the whole session off, "
                        "use Cancel… instead.")
            return
        item = self.members.takeItem(row)
        self._removed.append(item.data(ID_ROLE))
        self.notice.show_notice(f"{item.text()} will be removed when you save.", "info")

    def change(self) -> AppointmentEdit | None:
        d = self.detail
        if d is None:
            return None
        live = {at.client_id for at in d.attendees if not at.attendance.is_cancelled}
        add = tuple(c for c in self.picker.chosen_ids() if c not in live)
        link = self.f.link_value()
        edit = AppointmentEdit(
            type_id=self._differs(self.f.type.currentData(), d.type_id),
            modality=self._differs(self.f.modality_value(), d.modality),
            duration_minutes=self._differs(self.f.duration.value(), self._minutes(d)),
            telehealth_link=self._differs(link, d.telehealth_link),
            location=self._differs(self.f.location.text(), d.location),
            notes=self._differs(self.f.notes.toPlainText(), d.notes),
            add_client_ids=add, remove_client_ids=tuple(self._removed))
        return None if edit == AppointmentEdit() else edit

    @staticmethod
    def _differs(new, old):
        return None if new == old else new

    def submit(self) -> None:
        if self.detail is None:
            return
        edit = self.change()
        if edit is None:
            self.accept()  # nothing changed: nothing to save
            return
        self.save(self.services.schedule.edit, self.appointment_id, edit, self.actor)
