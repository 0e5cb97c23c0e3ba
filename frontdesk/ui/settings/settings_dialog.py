"""Practice settings: the practice itself, clinicians, appointment types, security."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.dto import PracticeInfo
from frontdesk.ui.context import UiContext
from frontdesk.ui.settings.autostart_box import ThisComputerTab
from frontdesk.ui.settings.messaging_settings import MessagingTab
from frontdesk.ui.settings.practice_fields import add_practice_fields
from frontdesk.ui.settings.reminder_settings import ReminderSettingsTab
from frontdesk.ui.settings.settings_lists import AppointmentTypesTab, CliniciansTab
from frontdesk.ui.settings.staff_tab import StaffTab, show_tabs_for
from frontdesk.ui.settings.sync_settings import SyncTab
from frontdesk.ui.settings.template_editor import TemplateEditorTab
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.code_font import code_font
from frontdesk.ui.widgets.inline_form import NOTE_STYLE, ErrorLabel, FieldErrors, add_field
from frontdesk.ui.widgets.notice import error_text

AUTHORISED_ONLY = "Only show this to someone authorised to recover the practice's data."


def hour_text(hour: int) -> str:
    if hour in (0, 24):
        return "12 AM (midnight)"
    if hour == 12:
        return "12 PM (noon)"
    return f"{hour % 12} {'AM' if hour < 12 else 'PM'}"


def hour_combo(hours: range, name: str) -> QComboBox:
    combo = QComboBox()
    for h in hours:
        combo.addItem(hour_text(h), h)
    combo.setAccessibleName(name)
    return combo


class PracticeTab(QWidget):
    saved = Signal(object)  # PracticeInfo

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.info: PracticeInfo | None = None
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        self.banner = ErrorLabel()
        self.errors = e = FieldErrors(self.banner)
        add_practice_fields(self, "America/New_York")
        self.late_spin = QSpinBox()
        self.late_spin.setRange(0, 168)
        self.late_spin.setSuffix(" hours")
        self.late_spin.setAccessibleName("Late-cancel window")
        self.late_spin.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000 hours") + 60)
        self.oncall_edit = QLineEdit()
        self.oncall_edit.setAccessibleName("On-call mobile")
        self.oncall_edit.setPlaceholderText("optional, e.g. (617) 555-0177")
        self.crisis_spin = QSpinBox()
        self.crisis_spin.setRange(0, 168)
        self.crisis_spin.setSuffix(" hours")
        self.crisis_spin.setAccessibleName("Crisis reply at most every")
        self.crisis_spin.setMaximumWidth(self.late_spin.maximumWidth())
        self.privacy_check = QCheckBox("Hide what clients wrote on always-visible screens")
        self.privacy_check.setAccessibleName("Screen privacy")
        self.start_combo = hour_combo(range(0, 24), "Day starts at")
        self.end_combo = hour_combo(range(1, 25), "Day ends at")
        for edit in (self.name_edit, self.phone_edit, self.tz_combo.lineEdit()):
            edit.returnPressed.connect(self._enter_pressed)
        row = add_field(grid, 0, "Practice &name", self.name_edit, "name", e)
        row = add_field(grid, row, "&Phone", self.phone_edit, "phone", e,
                        note="Clients see this number in reminders.")
        row = add_field(grid, row, "&Address", self.address_edit, "address", e)
        row = add_field(grid, row, "&Time zone", self.tz_combo, "timezone", e)
        row = add_field(grid, row, "&Late-cancel window", self.late_spin, "late_cancel_hours", e,
                        note="A cancellation this close to the session counts as late.")
        hours = QWidget()
        hours_layout = QHBoxLayout(hours)
        hours_layout.setContentsMargins(0, 0, 0, 0)
        hours_layout.addWidget(self.start_combo)
        hours_layout.addWidget(QLabel("to"))
        hours_layout.addWidget(self.end_combo)
        hours_layout.addStretch(1)
        row = add_field(grid, row, "Schedule &shows", hours, "day_start_hour", e)
        e.register("day_start_hour", e.label("day_start_hour"), self.start_combo)
        row = add_field(grid, row, "&On-call mobile", self.oncall_edit, "oncall_mobile", e,
                        note="When a client's message suggests a crisis, this phone gets a "
                             "text saying only that an urgent message needs review — never "
                             "the message or the client's name.")
        row = add_field(grid, row, "Crisis &reply at most every", self.crisis_spin,
                        "crisis_reply_hours", e,
                        note="The client gets the crisis resources (988, 911, your number) "
                             "at once, but not again within this many hours.")
        row = add_field(grid, row, "Screen &privacy", self.privacy_check, "screen_privacy", e,
                        note="For a screen the waiting room can see: the crisis banner, To do, "
                             "Needs attention and message previews show no message words, and "
                             "no name beside a crisis or clinical flag. Show / Open thread "
                             "reveals them (recorded). The crisis alarm still sounds at once.")
        grid.addWidget(self.banner, row, 0, 1, 2)
        self.save_button = QPushButton("Save practice details")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setStyleSheet(NOTE_STYLE)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        grid.addLayout(bottom, row + 1, 0, 1, 2)
        grid.setRowStretch(row + 2, 1)
        self.save_button.setEnabled(False)
        self._set_editable(False)  # until the stored settings arrive (they would overwrite)
        run_for(self, ctx.runner, ctx.services.practice.settings).on_success(
            self.load).on_failure(e.show)

    def load(self, info: PracticeInfo) -> None:
        self.info = info
        self.name_edit.setText(info.name)
        self.phone_edit.setText(info.phone)
        self.address_edit.setPlainText(info.address)
        self.tz_combo.set_zone(info.timezone)
        self.late_spin.setValue(info.late_cancel_hours)
        self.start_combo.setCurrentIndex(self.start_combo.findData(info.day_start_hour))
        self.end_combo.setCurrentIndex(self.end_combo.findData(info.day_end_hour))
        self.oncall_edit.setText(info.oncall_mobile)
        self.crisis_spin.setValue(info.crisis_reply_hours)
        self.privacy_check.setChecked(info.screen_privacy)
        self._set_editable(True)
        self.save_button.setEnabled(True)

    def _set_editable(self, editable: bool) -> None:
        for w in (self.name_edit, self.phone_edit, self.address_edit, self.tz_combo,
                  self.late_spin, self.start_combo, self.end_combo, self.oncall_edit,
                  self.crisis_spin, self.privacy_check):
            w.setEnabled(editable)

    def collect(self) -> PracticeInfo:
        region = self.info.region if self.info else "US"
        return PracticeInfo(
            name=self.name_edit.text(), phone=self.phone_edit.text(),
            address=self.address_edit.toPlainText(), timezone=self.tz_combo.zone(),
            region=region, late_cancel_hours=self.late_spin.value(),
            day_start_hour=self.start_combo.currentData(),
            day_end_hour=self.end_combo.currentData(),
            oncall_mobile=self.oncall_edit.text().strip(),
            crisis_reply_hours=self.crisis_spin.value(),
            screen_privacy=self.privacy_check.isChecked())

    def is_dirty(self) -> bool:
        return self.info is not None and self.collect() != self.info

    def _enter_pressed(self) -> None:
        if self.save_button.isEnabled() and not self.tz_combo.completer().popup().isVisible():
            self.save()

    def save(self) -> None:
        self.errors.clear()
        self.status.clear()
        self.save_button.setEnabled(False)
        (run_for(self, self.runner, self.services.practice.update_settings, self.collect(),
                 self.actor)
         .on_success(self._saved).on_failure(self._failed))

    def _saved(self, info: PracticeInfo) -> None:
        self.load(info)
        self.status.setText("Saved.")
        self.saved.emit(info)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.errors.show(exc)


class SecurityTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        layout = QVBoxLayout(self)
        about = QLabel(
            "<b>Recovery code</b><br>The practice's data is encrypted with a key kept in this "
            "computer's keyring. If the keyring is lost — a new computer, a reinstalled "
            "system — the data can only be opened with the recovery code. Keep it written "
            "down somewhere safe, away from this computer.")
        about.setWordWrap(True)
        layout.addWidget(about)
        self.show_button = QPushButton("Show recovery code…")
        self.show_button.clicked.connect(self.ask_to_show)
        row = QHBoxLayout()
        row.addWidget(self.show_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.code_label = QLabel()
        self.code_label.setFont(code_font(bold=False))  # really fixed-pitch
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setWordWrap(True)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setStyleSheet(
            "QLabel { border: 1px solid palette(mid); padding: 12px; background: palette(base); }")
        self.code_label.setAccessibleName("Recovery code")
        self.code_label.hide()
        layout.addWidget(self.code_label)
        self.copy_button = QPushButton("Copy")
        self.copy_button.clicked.connect(self.copy)
        self.hide_button = QPushButton("Hide")
        self.hide_button.clicked.connect(self.hide_code)
        code_buttons = QHBoxLayout()
        code_buttons.addStretch(1)
        code_buttons.addWidget(self.copy_button)
        code_buttons.addWidget(self.hide_button)
        layout.addLayout(code_buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(NOTE_STYLE)
        layout.addWidget(self.status)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.hide_code()

    def ask_to_show(self) -> None:
        answer = QMessageBox.question(
            self, "Show the recovery code?",
            f"{AUTHORISED_ONLY}\n\nShowing the code is recorded in the practice's audit log.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.error.clear()
        self.show_button.setEnabled(False)
        (run_for(self, self.runner, self.services.practice.recovery_code, self.actor)
         .on_success(self._show_code).on_failure(self._failed))

    def _show_code(self, code: str | None) -> None:
        self.show_button.setEnabled(True)
        if not code:
            self.error.show_message("No recovery code is stored for this practice. "
                                    "Make an encrypted backup instead, and keep it safe.")
            return
        self.code_label.setText(code)
        self.code_label.show()
        self.copy_button.show()
        self.hide_button.show()
        self.status.setText("Write it down, or copy it into a password manager. "
                            "Hide it when you are done.")

    def _failed(self, exc: BaseException) -> None:
        self.show_button.setEnabled(True)
        self.error.show_message(error_text(exc))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code_label.text())
        self.status.setText("Copied. Paste it only somewhere that is kept safe, then copy "
                            "something else so it doesn't stay on the clipboard.")

    def hide_code(self) -> None:
        self.code_label.clear()
        for w in (self.code_label, self.copy_button, self.hide_button):
            w.hide()
        self.status.clear()


class PracticeSettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Practice settings")
        self.resize(820, 560)
        self.tabs = QTabWidget()
        self.practice_tab = PracticeTab(ctx)
        self.clinicians_tab = CliniciansTab(ctx)
        self.types_tab = AppointmentTypesTab(ctx)
        self.messaging_tab = MessagingTab(ctx)
        self.templates_tab = TemplateEditorTab(ctx)
        self.reminders_tab = ReminderSettingsTab(ctx)
        self.sync_tab = SyncTab(ctx)
        self.security_tab = SecurityTab(ctx)
        self.computer_tab = ThisComputerTab(ctx.runner)  # start at log-in
        self.tabs.addTab(self.practice_tab, "&Practice")
        self.tabs.addTab(self.clinicians_tab, "&Clinicians")
        self.tabs.addTab(self.types_tab, "Appointment &types")
        self.tabs.addTab(self.messaging_tab, "&Messaging")
        self.tabs.addTab(self.templates_tab, "Messa&ges")
        self.tabs.addTab(self.reminders_tab, "&Reminders")
        self.tabs.addTab(self.sync_tab, "Calendar s&ync")
        self.tabs.addTab(self.security_tab, "&Security")
        self.tabs.addTab(self.computer_tab, "&On this computer")
        self.staff_tab = StaffTab(ctx) if ctx.desk is not None else None
        if self.staff_tab is not None:
            self.tabs.addTab(self.staff_tab, "Sta&ff")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.setup_button = buttons.addButton("Set-up &assistant…",
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.setup_button.clicked.connect(lambda: self.open_setup(ctx))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        if ctx.desk is not None and ctx.desk.person is not None:
            show_tabs_for(self, ctx.desk.person)
        self._fit_every_tab()
        # Each tab saves on its own: Enter in a field saves that tab (wired in the tabs),
        # never "presses" whichever button Qt would pick as the dialog's default.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        before = self.width()
        self._fit_every_tab()  # again, now that the style and fonts are the screen's
        if self.width() != before:  # grown on both sides: still centred where it opened
            self.move(self.x() - (self.width() - before) // 2, self.y())

    def _fit_every_tab(self) -> None:
        """Wide enough that every tab's name shows (no scroll arrows hiding the last ones),
        within the screen."""
        wanted = self.tabs.tabBar().sizeHint().width() + 48
        screen = self.screen().availableGeometry().width() if self.screen() else wanted
        self.resize(max(self.width(), min(wanted, screen - 40)), self.height())

    def open_setup(self, ctx: UiContext):
        """The set-up assistant over these settings; the tabs reload when it closes."""
        from frontdesk.ui.startup.setup import SetupWizard

        wizard = SetupWizard(ctx, self)
        wizard.finished.connect(lambda _r: (
            run_for(self, ctx.runner, ctx.services.practice.settings).on_success(
                self.practice_tab.load), self.clinicians_tab.reload(), self.types_tab.reload()))
        wizard.open()
        return wizard

    def _named_tabs(self) -> list[tuple[QWidget, str]]:
        return [(self.practice_tab, "Practice"), (self.clinicians_tab, "Clinicians"),
                (self.types_tab, "Appointment types"), (self.messaging_tab, "Messaging"),
                (self.templates_tab, "Messages")]

    def unsaved_tabs(self) -> list[str]:
        return [name for tab, name in self._named_tabs() if tab.is_dirty()]

    def show_tab(self, name: str) -> None:
        """Bring a tab to the front by key ("messaging", "security", …); '' leaves it."""
        tab = {"practice": self.practice_tab, "clinicians": self.clinicians_tab,
               "types": self.types_tab, "messaging": self.messaging_tab,
               "security": self.security_tab, "sync": self.sync_tab}.get(name)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def reject(self) -> None:
        """Closing with unsaved changes asks first: typing is not thrown away silently."""
        unsaved = self.unsaved_tabs()
        if unsaved:
            answer = QMessageBox.question(
                self, "Unsaved changes",
                f"You have unsaved changes on: {', '.join(unsaved)}. Close and discard them?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                self.tabs.setCurrentWidget(
                    next(tab for tab, name in self._named_tabs() if name == unsaved[0]))
                return
        self.security_tab.hide_code()
        super().reject()
