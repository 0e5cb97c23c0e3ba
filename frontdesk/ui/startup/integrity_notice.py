"""The start-up integrity check, run in the background, and the warning when it fails.

The same check verifies the audit trail's hash chain; an altered trail is said on the
window's banner (which entry, and to tell the practice owner), never blocking start-up.

The check reads every page (seconds on a large file), so it starts a little after the
window is up and runs on a worker, never on the GUI thread. A failure is shown in a
dialog that cannot be dismissed until the user confirms they have read it: it names the
newest good backup and how to put it in place.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from frontdesk.services.integrity import IntegrityReport, restore_hint
from frontdesk.ui.tasks import run_for

log = logging.getLogger(__name__)
START_DELAY_MS = 3000  # after the schedule's first paint


class IntegrityNotice(QDialog):
    """What is damaged and which backup to use; Close only once "I have read this" is ticked."""

    def __init__(self, report: IntegrityReport, advice: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("FrontDesk's database is damaged")
        layout = QVBoxLayout(self)
        title = QLabel("FrontDesk's database file is damaged")
        font = title.font()
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.message = self._text(report.summary())
        layout.addWidget(self.message)
        self.advice = self._text(advice)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.advice)
        self.confirm = QCheckBox("I have read this and will act on it")
        layout.addWidget(self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.confirm.toggled.connect(self.close_button.setEnabled)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 340)

    @staticmethod
    def _text(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def reject(self) -> None:  # Escape and the title-bar close do nothing until it is read
        if self.confirm.isChecked():
            super().reject()


class IntegrityWatch(QObject):
    """Runs `vault.integrity_report` off the GUI thread and warns when the file is damaged."""

    damaged = Signal(str)  # a one-line summary, e.g. for a banner (also an altered audit trail)

    def __init__(self, runner, vault, parent_widget=None) -> None:
        super().__init__(parent_widget)
        self.runner = runner
        self.vault = vault
        self.parent_widget = parent_widget
        self.dialog: IntegrityNotice | None = None
        self.report: IntegrityReport | None = None

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self.check_now)

    def check_now(self) -> None:
        # The network pool, not the single database worker: the check takes seconds and
        # must not hold up the schedule's own queries. It opens its own read connection.
        task = run_for(self, self.runner, self.vault.integrity_report, network=True)
        task.on_success(self._reported)
        task.on_failure(lambda exc: log.warning("Integrity check not run: %s",
                                                type(exc).__name__))

    def _reported(self, report: IntegrityReport) -> None:
        self.report = report
        if report.audit is not None and not report.audit.ok:  # the trail edited: say so
            self.damaged.emit(report.audit.warning())
        if report.ok:
            return
        self.dialog = IntegrityNotice(report, restore_hint(self.vault.paths, report.backup),
                                      self.parent_widget)
        self.dialog.open()
        self.damaged.emit(report.summary())
