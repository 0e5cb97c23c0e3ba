"""Reschedule and cancel a session: dialogs that save through the task runner."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import Attendance
from frontdesk.services.dto import ScheduleRow
from frontdesk.ui.context import UiContext
from frontdesk.ui.schedule.schedule_data import ScheduleContext
from frontdesk.ui.schedule.time_fields import DateField, TimeField
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets import fmt
from frontdesk.ui.widgets.form_dialog import FormDialog
from frontdesk.ui.widgets.notice import NoticeBar


def describe(row: ScheduleRow, context: ScheduleContext) -> str:
    """'<b>Annie Lindqvist</b> · Individual session with Dr. Okafor<br>Wed 4 Mar 2026, …'."""
    who = row.client_name if row.group_size <= 1 else \
        f"{row.type_name} ({row.group_size} clients)"
    kind = "" if row.group_size > 1 else f" · {row.type_name}"
    return (f"<b>{who}</b>{kind} with {row.clinician_name}<br>"
            f"{fmt.when(row.start, row.end)}")


class RescheduleDialog(FormDialog):
    """Move a session to a new date/time (same length), optionally to another clinician.

    After it is accepted, `new_day` is the date the session moved to.
    """

    def __init__(self, ctx: UiContext, context: ScheduleContext,
                 row: ScheduleRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx.runner, "Reschedule session", "Move session", parent)
        self.services, self.actor, self.context, self.row = ctx.services, ctx.actor, context, row
        self.new_day: date | None = None
        p = context.practice
        self.date = DateField(row.start.date(), self)
        self.time = TimeField(p.day_start_hour, p.day_end_hour, row.start.time(), self)
        self.ends = QLabel(self)
        self.clinician = QComboBox(self)
        self.clinician.addItem(f"Same clinician ({row.clinician_name})", None)
        for c in context.clinicians:
            if c.id != row.clinician_id:
                self.clinician.addItem(c.display_name, c.id)
        self.fields.update(start=self.time, clinician=self.clinician)
        heading = QLabel(describe(row, context), self)
        self.form.addRow(heading)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.time)
        when.addWidget(self.ends, 1)
        self.form.addRow("New date and time", when)
        self.form.addRow("Clinician", self.clinician)
        minutes = int((row.end - row.start).total_seconds() // 60)
        what = (f"The whole group session ({row.group_size} clients) moves and keeps"
                if row.group_size > 1 else "The session keeps")
        note = QLabel(f"{what} its length ({minutes} min). The new time shows as "
                      "unconfirmed until the client confirms it.", self)
        note.setWordWrap(True)
        self.form.addRow(note)
        self.time.currentIndexChanged.connect(lambda _i: self._update_end())
        self._update_end()
        self.resize(520, self.sizeHint().height())

    def start(self) -> datetime:
        return datetime.combine(self.date.day(), self.time.time(), tzinfo=self.context.tz)

    def _update_end(self) -> None:
        self.ends.setText(f"ends {fmt.time_text(self.start() + (self.row.end - self.row.start))}")

    def submit(self) -> None:
        start, clinician = self.start(), self.clinician.currentData()
        if start == self.row.start and clinician is None:
            self.refuse("That's the time it already has. Pick a new date or time.", "start")
            return
        self.save(self.services.schedule.reschedule, self.row.appointment_id, start,
                  self.actor, clinician)

    def saved(self, value) -> None:
        self.new_day = self.date.day()


class CancelDialog(FormDialog):
    """Cancel one client's place or the whole group; says up front if it will count as late.

    After it is accepted, `outcome` is the attendance recorded (Cancelled or Late cancel).
    """

    def __init__(self, ctx: UiContext, context: ScheduleContext,
                 row: ScheduleRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx.runner, "Cancel session", "Cancel session", parent)
        self.cancel_button.setText("Keep session")
        self.services, self.actor, self.context, self.row = ctx.services, ctx.actor, context, row
        self.outcome: Attendance | None = None
        self.now: datetime | None = None
        self.form.addRow(QLabel(describe(row, context), self))
        self.late_note = NoticeBar(self, closable=False)
        self.form.addRow(self.late_note)

        self.only_this = QRadioButton(f"Only {row.client_name}", self)
        self.whole = QRadioButton(f"The whole group session ({row.group_size} clients)", self)
        self.only_this.setChecked(True)
        scope = QVBoxLayout()
        scope.addWidget(self.only_this)
        scope.addWidget(self.whole)
        self._scope = QButtonGroup(self)
        self._scope.addButton(self.only_this)
        self._scope.addButton(self.whole)
        if row.group_size > 1:
            self.form.addRow("Cancel for", scope)
        else:
            self.only_this.hide()
            self.whole.hide()

        self.by_client = QRadioButton("The client cancelled", self)
        self.by_practice = QRadioButton("The practice cancelled (e.g. clinician unwell)", self)
        self.by_client.setChecked(True)
        who = QVBoxLayout()
        who.addWidget(self.by_client)
        who.addWidget(self.by_practice)
        self._who = QButtonGroup(self)
        self._who.addButton(self.by_client)
        self._who.addButton(self.by_practice)
        self.form.addRow("Who cancelled", who)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText("Optional, for staff (e.g. “unwell”, “car broke down”)")
        self.form.addRow("Reason", self.reason)
        self.fields.update(reason=self.reason)
        self._who.buttonToggled.connect(lambda *_: self._update_late_note())
        self.resize(560, self.sizeHint().height())
        run_for(self, ctx.runner, ctx.services.clock.now).on_success(self._got_now)

    def _got_now(self, now: datetime) -> None:
        self.now = now
        self._update_late_note()

    def will_be_late(self) -> bool:
        if self.now is None or not self.by_client.isChecked():
            return False
        window = timedelta(hours=self.context.practice.late_cancel_hours)
        return self.row.start - self.now < window

    def _update_late_note(self) -> None:
        hours = self.context.practice.late_cancel_hours
        if self.now is None:
            return
        if self.by_practice.isChecked():
            self.late_note.show_notice(
                "Cancelled by the practice, so it won't count as a late cancel.", "info")
        elif self.will_be_late():
            left = self.row.start - self.now
            when = ("the session has already started" if left.total_seconds() <= 0 else
                    f"the session starts in {fmt.duration_text(left)}")
            self.late_note.show_notice(
                f"This will count as a LATE cancel: {when}, inside the practice's "
                f"{hours}-hour late-cancel window.", "warning")
        else:
            self.late_note.show_notice(
                f"In good time (more than {hours} hours ahead), so it won't count as late.",
                "info")
        self.late_note.adjustSize()

    def submit(self) -> None:
        client = None if self.whole.isChecked() else self.row.client_id
        self.save(self.services.schedule.cancel, self.row.appointment_id, self.actor,
                  client_id=client, by_client=self.by_client.isChecked(),
                  reason=self.reason.text())

    def saved(self, value) -> None:
        self.outcome = value
