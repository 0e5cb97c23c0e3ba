"""Step 4, messaging now or later, and the last step: start FrontDesk at log-in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from frontdesk.services import autostart
from frontdesk.ui.context import UiContext
from frontdesk.ui.startup.setup.wizard import SetupPage
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import NOTE_STYLE, ErrorLabel
from frontdesk.ui.widgets.notice import error_text

LATER_TEXT = (
    "<b>Later is fine.</b> Until texts and emails are set up, reminders are only recorded "
    "in this computer's outbox and <b>nobody receives them</b>: a red bar at the top of the "
    "window says so until it is done, under Practice settings → Messaging. You need a "
    "Twilio account (for texts and WhatsApp) and your email provider's SMTP settings.")


class MessagingDialog(QDialog):
    """The Messaging tab of Practice settings, on its own."""

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        from frontdesk.ui.settings.messaging_settings import MessagingTab

        self.setWindowTitle("Messaging")
        self.resize(860, 560)
        self.tab = MessagingTab(ctx)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tab, 1)
        layout.addWidget(buttons)


class MessagingPage(SetupPage):
    title = "Messaging"
    intro = "Reminders go out by text, WhatsApp or email once FrontDesk has the accounts."

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.now_button = QPushButton("Set up messaging now…")
        self.now_button.clicked.connect(self.open_messaging)
        row = QHBoxLayout()
        row.addWidget(self.now_button)
        row.addStretch(1)
        self.outer.addLayout(row)
        later = QLabel(LATER_TEXT)
        later.setWordWrap(True)
        self.outer.addWidget(later)
        self.outer.addStretch(1)
        self.dialog: MessagingDialog | None = None

    def open_messaging(self) -> None:
        self.dialog = MessagingDialog(self.ctx, self)
        self.dialog.tab.saved.connect(self.changed)
        self.dialog.open()


class FinishPage(SetupPage):
    title = "Start at log-in"
    intro = ("Reminders and the crisis safety net run while FrontDesk runs. Starting it "
             "when you log in keeps them going after a restart.")

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.start_box = QCheckBox("Start FrontDesk when I log in")
        self.outer.addWidget(self.start_box)
        note = QLabel("You can change this later under Practice settings.")
        note.setStyleSheet(NOTE_STYLE)
        self.outer.addWidget(note)
        self.error = ErrorLabel()
        self.outer.addWidget(self.error)
        self.outer.addStretch(1)
        self.was_enabled: bool | None = None

    def load(self) -> None:
        run_for(self, self.runner, autostart.is_enabled).on_success(self._loaded)

    def _loaded(self, enabled: bool) -> None:
        self.was_enabled = enabled
        self.start_box.setChecked(enabled)

    def commit(self, done, failed) -> None:
        self.error.clear()
        wanted = self.start_box.isChecked()
        if wanted == self.was_enabled:
            done()
            return

        def refused(exc: BaseException) -> None:
            self.error.show_message(error_text(exc) if not isinstance(exc, OSError) else
                                    "FrontDesk could not change the log-in entry: "
                                    f"{exc.strerror or 'the file could not be written'}.")
            failed()

        def saved(_none) -> None:
            self.was_enabled = wanted
            done()

        (run_for(self, self.runner, autostart.enable if wanted else autostart.disable)
         .on_success(saved).on_failure(refused))
