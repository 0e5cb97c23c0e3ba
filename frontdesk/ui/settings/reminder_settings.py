"""The "Reminders" tab: which messages go when, per appointment type, and the text limits."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import Step
from frontdesk.ui.context import UiContext
from frontdesk.ui.settings.risk_box import RiskBox
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import ERROR_STYLE
from frontdesk.ui.widgets.notice import error_text

ROUTES = [("preferred", "Client's preferred channel"), ("text_and_email", "Text and email"),
          ("text_only", "Text only")]
AFTER_START = {Step.MISSED_FOLLOW_UP}  # steps timed after the session starts
IN_MINUTES = {Step.MISSED_FOLLOW_UP, Step.TELEHEALTH_LINK}  # the rest are set in hours


def _load(services, type_id):
    return services.policy.rules(type_id), services.policy.policy(), (
        services.practice.appointment_types())


class StepRow:
    """The widgets of one step: on/off, when, and by which channels."""

    def __init__(self, grid: QGridLayout, row: int, tab: ReminderSettingsTab) -> None:
        self.info = None
        self.enabled = QCheckBox()
        self.when = QSpinBox()
        self.when.setRange(0, 24 * 14)
        self.when.setMaximumWidth(80)
        self.unit = QLabel()
        self.route = QComboBox()
        for value, text in ROUTES:
            self.route.addItem(text, value)
        self.reset = QPushButton("Default")
        self.reset.setToolTip("Go back to FrontDesk's built-in setting for this message")
        self.save = QPushButton("Save")
        self.save.clicked.connect(lambda: tab.save_step(self))
        self.reset.clicked.connect(lambda: tab.reset_step(self))
        for col, w in enumerate((self.enabled, self.when, self.unit, self.route, self.save,
                                 self.reset)):
            grid.addWidget(w, row, col)

    def show(self, info, label: str) -> None:
        self.info = info
        self.enabled.setText(label + (" (changed)" if info.customised else ""))
        self.enabled.setChecked(info.enabled)
        after = info.step in AFTER_START
        in_minutes = info.step in IN_MINUTES
        at_booking = info.step is Step.BOOKING_CONFIRMATION
        minutes = info.offset_minutes if after else -info.offset_minutes
        self.when.setValue(minutes if in_minutes else minutes // 60)
        self.when.setEnabled(not at_booking)
        self.unit.setText("when booked" if at_booking else
                          "minutes after the start" if after else
                          "minutes before" if in_minutes else "hours before")
        self.route.setCurrentIndex(max(self.route.findData(info.route.value), 0))

    def edited(self):
        after = self.info.step in AFTER_START
        value = self.when.value() * (1 if self.info.step in IN_MINUTES else 60)
        offset = value if after else -value
        if self.info.step is Step.BOOKING_CONFIRMATION:
            offset = self.info.offset_minutes
        useful = self.info.useful_until_minutes
        if not after and offset > useful:
            useful = offset
        return replace(self.info, enabled=self.enabled.isChecked(), offset_minutes=offset,
                       useful_until_minutes=max(useful, offset) if after else useful,
                       route=self.route.currentData())


class ReminderSettingsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("Applies to:"))
        self.type_combo = QComboBox()
        self.type_combo.addItem("Every appointment type", None)
        self.type_combo.currentIndexChanged.connect(lambda _i: self.reload())
        top.addWidget(self.type_combo, 1)
        layout.addLayout(top)
        box = QGroupBox("Messages in the sequence")
        self.grid = QGridLayout(box)
        self.rows: list[StepRow] = []
        layout.addWidget(box)
        limits = QGroupBox("Texts are sent only")
        form = QFormLayout(limits)
        self.quiet_start, self.quiet_end = QTimeEdit(), QTimeEdit()
        for w in (self.quiet_start, self.quiet_end):
            w.setDisplayFormat("h:mm AP")
        hours = QHBoxLayout()
        hours.addWidget(self.quiet_start)
        hours.addWidget(QLabel("to"))
        hours.addWidget(self.quiet_end)
        hours.addWidget(QLabel("in the client's own time zone"))
        hours.addStretch()
        form.addRow("Between", hours)
        self.per_day = QSpinBox()
        self.per_day.setRange(1, 5)
        per_day = QHBoxLayout()
        per_day.addWidget(self.per_day)
        per_day.addStretch()
        form.addRow("Texts per client per day, at most", per_day)
        self.save_limits = QPushButton("Save limits")
        self.save_limits.clicked.connect(self._save_limits)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_limits)
        save_row.addStretch()
        form.addRow("", save_row)
        layout.addWidget(limits)
        self.risk_box = RiskBox(ctx)  # the practice's no-show model and its call setting
        layout.addWidget(self.risk_box)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch()
        self._types_loaded = False
        self.reload()

    def reload(self) -> None:
        type_id = self.type_combo.currentData()
        run_for(self, self.runner, _load, self.services, type_id).on_success(
            self._loaded).on_failure(self._failed)

    def _loaded(self, data) -> None:
        rules, policy, types = data
        if not self._types_loaded:
            self._types_loaded = True
            self.type_combo.blockSignals(True)
            for t in types:
                self.type_combo.addItem(t.name, t.id)
            self.type_combo.blockSignals(False)
        while len(self.rows) < len(rules):
            self.rows.append(StepRow(self.grid, len(self.rows), self))
        for row, info in zip(self.rows, rules, strict=False):
            row.show(info, Step(info.step).label)
        self.quiet_start.setTime(QTime(policy.quiet_start.hour, policy.quiet_start.minute))
        self.quiet_end.setTime(QTime(policy.quiet_end.hour, policy.quiet_end.minute))
        self.per_day.setValue(policy.texts_per_day)

    def save_step(self, row: StepRow) -> None:
        info = replace(row.edited(), type_id=self.type_combo.currentData())
        run_for(self, self.runner, self.services.policy.save_rule, info, self.actor).on_success(
            lambda _r: self._done("Saved. Sessions booked from now on follow it.")
        ).on_failure(self._failed)

    def reset_step(self, row: StepRow) -> None:
        run_for(self, self.runner, self.services.policy.reset_rule,
                self.type_combo.currentData(), row.info.step, self.actor).on_success(
            lambda _r: self._done("Back to the default.")).on_failure(self._failed)

    def _save_limits(self) -> None:
        start, end = self.quiet_start.time(), self.quiet_end.time()
        run_for(self, self.runner, self.services.policy.set_limits,
                time(start.hour(), start.minute()), time(end.hour(), end.minute()),
                self.per_day.value(), self.actor).on_success(
            lambda _r: self._done("Limits saved.")).on_failure(self._failed)

    def _done(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(exc))
