"""Practice settings → On this computer: *Start FrontDesk when I log in*.

Applied as soon as it is ticked (a log-in entry for this user: services/autostart.py),
through the task runner; a refusal is said under it and the box goes back."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from frontdesk.services import autostart
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import ErrorLabel
from frontdesk.ui.widgets.notice import error_text

NOTE = ("Reminders are sent and client replies, urgent ones included, are read only while "
        "FrontDesk is running on a computer. With this on, FrontDesk starts when you log in "
        "to this computer; closing its window keeps it running in the system tray.")


class ThisComputerTab(QWidget):
    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.enabled: bool | None = None  # as stored, once read
        self.start_box = QCheckBox("&Start FrontDesk when I log in")
        self.start_box.setAccessibleName("Start FrontDesk when I log in")
        self.start_box.setEnabled(False)  # until the current state is read
        note = QLabel(NOTE)
        note.setWordWrap(True)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.start_box)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.start_box.toggled.connect(self._toggled)
        run_for(self, runner, autostart.is_enabled).on_success(self._loaded).on_failure(
            lambda exc: self.error.show_message(
                f"FrontDesk could not read this computer's log-in entries. {error_text(exc)}"))

    def _loaded(self, enabled: bool) -> None:
        self.enabled = enabled
        self.start_box.blockSignals(True)
        self.start_box.setChecked(enabled)
        self.start_box.blockSignals(False)
        self.start_box.setEnabled(True)

    def _toggled(self, wanted: bool) -> None:
        if self.enabled is None or wanted == self.enabled:
            return
        self.error.clear()
        self.start_box.setEnabled(False)
        run_for(self, self.runner, autostart.enable if wanted else autostart.disable).on_success(
            lambda _r: self._loaded(wanted)).on_failure(self._refused)

    def _refused(self, exc: BaseException) -> None:
        reason = (exc.strerror or "the entry could not be written") if isinstance(
            exc, OSError) else error_text(exc)
        self.error.show_message(f"FrontDesk could not change the log-in entry: {reason}.")
        self._loaded(bool(self.enabled))  # back to what is really stored
