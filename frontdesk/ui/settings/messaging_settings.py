"""Practice settings → Messaging: Twilio (texts, WhatsApp) and email (SMTP) credentials.

They are kept only in this computer's keyring. The saved token and password never come
back into the form: an empty secret field means "keep the saved one" (only while the
account or server it belongs to is unchanged). "Send a test…" uses what is typed, unsaved.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.channel_setup import (
    Saved,
    load_saved,
    save_smtp,
    save_twilio,
    send_test_email,
    send_test_text,
)
from frontdesk.services.channels.email_smtp import SmtpSettings
from frontdesk.services.credentials import TwilioSettings
from frontdesk.services.errors import ValidationError
from frontdesk.ui.context import UiContext
from frontdesk.ui.settings.send_test import SendTestDialog
from frontdesk.ui.settings.whatsapp_templates import WhatsAppTemplatesSection
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import NOTE_STYLE, ErrorLabel, FieldErrors, add_field
from frontdesk.ui.widgets.notice import error_text

SAVED_SECRET = "saved — type to replace"
KEYRING_NOTE = (
    "These credentials are stored <b>only in this computer's keyring</b> (the operating "
    "system's password store) — never in the practice's database or its backups. Another "
    "computer needs them typed in again. Until both are saved, messages are only recorded "
    "in the local outbox and <b>nobody receives them</b>.")
SECURITY = (("STARTTLS (usually port 587)", "starttls"), ("SSL (usually port 465)", "ssl"))
DEFAULT_PORT = {"starttls": 587, "ssl": 465}


# ---- the form ----------------------------------------------------------------------
def _line(name: str, placeholder: str = "", secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class Section(QGroupBox):
    """A titled form with its own errors, status line, "Send a test…" and "Save"."""

    saved = Signal()

    def __init__(self, title: str, save_text: str, tab: MessagingTab) -> None:
        super().__init__(title)
        self.tab = tab
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.banner = ErrorLabel()
        self.errors = FieldErrors(self.banner)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.test_button = QPushButton("Send a test…")
        self.save_button = QPushButton(save_text)
        self.test_button.clicked.connect(self.ask_test)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        box = QVBoxLayout(self)
        box.addLayout(self.grid)
        box.addWidget(self.banner)
        box.addWidget(self.status)
        box.addStretch(1)
        box.addLayout(buttons)
        self.loaded: object = None
        self.test_dialog: SendTestDialog | None = None

    def set_ready(self, ready: bool) -> None:
        for w in self.findChildren(QWidget):
            if w is not self.status and not isinstance(w, QLabel):
                w.setEnabled(ready)

    def set_status(self, live: bool, what: str) -> None:
        self.status.setText(f"✔ {what}: set up — saved in this computer's keyring." if live
                            else f"⚠ {what}: not set up — only recorded, not sent.")
        self.status.setStyleSheet("" if live else "color: #A84300; font-weight: bold;")

    def run(self, fn, *args, network: bool = False):
        return run_for(self, self.tab.runner, fn, self.tab.services, *args, network=network)

    def save(self) -> None:
        self.errors.clear()
        self.save_button.setEnabled(False)
        self.start_save().on_success(self._saved).on_failure(self._failed)

    def _saved(self, value) -> None:
        self.save_button.setEnabled(True)
        self.after_save(value)
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.errors.show(exc)

    def ask_test(self) -> None:
        self.errors.clear()
        dlg = self.make_test_dialog()
        self.test_dialog = dlg
        dlg.open()

    def test_failed(self, exc: BaseException) -> None:
        if not (isinstance(exc, ValidationError) and exc.field == "to"):
            self.errors.show(exc)

    def is_dirty(self) -> bool:
        return self.loaded is not None and self.typed() != self.loaded

    # subclasses: typed(), start_save(), after_save(value), make_test_dialog(), load(saved)


class TwilioSection(Section):
    def __init__(self, tab: MessagingTab) -> None:
        super().__init__("Text messages — Twilio (SMS and WhatsApp)", "Save text settings", tab)
        self.sid_edit = _line("Account SID", "AC followed by 32 letters and digits")
        self.token_edit = _line("Auth token", "", secret=True)
        self.from_edit = _line("Sending number", "+1 617 555 0100")
        self.whatsapp_edit = _line("WhatsApp sender", "optional")
        e, g = self.errors, self.grid
        row = add_field(g, 0, "Account &SID", self.sid_edit, "account_sid", e)
        row = add_field(g, row, "Auth &token", self.token_edit, "auth_token", e)
        row = add_field(g, row, "Sending &number", self.from_edit, "from_number", e,
                        note="The Twilio number clients receive texts from.")
        add_field(g, row, "&WhatsApp sender", self.whatsapp_edit, "whatsapp_from", e,
                  note="Optional: only if WhatsApp is approved on your Twilio account.")
        self.set_ready(False)  # until the saved settings are in (they would overwrite)

    def typed(self) -> TwilioSettings:
        return TwilioSettings(self.sid_edit.text().strip(), self.token_edit.text().strip(),
                              self.from_edit.text().strip(), self.whatsapp_edit.text().strip())

    def load(self, saved: Saved) -> None:
        self.show_saved(saved.twilio, saved.has_token)

    def show_saved(self, t: TwilioSettings | None, has_token: bool) -> None:
        if t is not None:
            self.sid_edit.setText(t.account_sid)
            self.from_edit.setText(t.from_number)
            self.whatsapp_edit.setText(t.whatsapp_from)
        self.token_edit.clear()
        self.token_edit.setPlaceholderText(SAVED_SECRET if has_token else "")
        self.loaded = self.typed()
        self.set_status(t is not None, "Texts")
        self.set_ready(True)

    def start_save(self):
        return self.run(save_twilio, self.typed(), self.tab.region)

    def after_save(self, value: TwilioSettings) -> None:
        self.show_saved(replace(value, auth_token=""), True)
        self.status.setText("✔ Saved in this computer's keyring. Texts will now be sent.")

    def make_test_dialog(self) -> SendTestDialog:
        body = (f"Test message from FrontDesk for {self.tab.practice_name or 'the practice'}. "
                "Texts are working. No reply needed.")
        typed, region = self.typed(), self.tab.region

        def start(to: str):
            return self.run(send_test_text, typed, to, region, body, network=True).on_failure(
                self.test_failed)

        return SendTestDialog("Send a test text", "Mobile number to send the test text to:",
                              "(617) 555-0123", "phone", start, self)


class EmailSection(Section):
    def __init__(self, tab: MessagingTab) -> None:
        super().__init__("Email — your mail server (SMTP)", "Save email settings", tab)
        self.host_edit = _line("Mail server", "smtp.example.org")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(587)
        self.port_spin.setAccessibleName("Port")
        self.security_combo = QComboBox()
        self.security_combo.setAccessibleName("Security")
        for text, value in SECURITY:
            self.security_combo.addItem(text, value)
        self.security_combo.currentIndexChanged.connect(self._security_changed)
        self.user_edit = _line("Username", "often the sender address")
        self.password_edit = _line("Password", "", secret=True)
        self.sender_edit = _line("Sender address", "frontdesk@yourpractice.org")
        self.name_edit = _line("Sender name", "Maple Street Practice")
        e, g = self.errors, self.grid
        row = add_field(g, 0, "Mail ser&ver", self.host_edit, "host", e)
        row = add_field(g, row, "P&ort", self.port_spin, "port", e)
        row = add_field(g, row, "Securit&y", self.security_combo, "security", e,
                        note="The certificate is always checked; there is no unencrypted mode.")
        row = add_field(g, row, "&Username", self.user_edit, "username", e)
        row = add_field(g, row, "Pass&word", self.password_edit, "password", e)
        row = add_field(g, row, "Sender &address", self.sender_edit, "sender_address", e)
        add_field(g, row, "Sender na&me", self.name_edit, "sender_name", e)
        self.set_ready(False)

    def _security_changed(self, _i: int) -> None:
        if self.port_spin.value() in DEFAULT_PORT.values():
            self.port_spin.setValue(DEFAULT_PORT.get(self.security_combo.currentData(), 587))

    def typed(self) -> dict:
        return {"host": self.host_edit.text().strip(), "port": self.port_spin.value(),
                "username": self.user_edit.text().strip(),
                "password": self.password_edit.text(),
                "sender_address": self.sender_edit.text().strip(),
                "sender_name": self.name_edit.text().strip(),
                "security": self.security_combo.currentData()}

    def load(self, saved: Saved) -> None:
        if saved.smtp is None and not self.name_edit.text():
            self.name_edit.setText(saved.practice_name)
        self.show_saved(saved.smtp, saved.has_password)

    def show_saved(self, m: SmtpSettings | None, has_password: bool) -> None:
        if m is not None:
            if self.security_combo.findData(m.security) < 0:  # "none": a relay on this PC
                self.security_combo.addItem("None — a relay on this computer only", m.security)
            self.host_edit.setText(m.host)
            self.port_spin.setValue(m.port)
            self.security_combo.setCurrentIndex(self.security_combo.findData(m.security))
            self.user_edit.setText(m.username)
            self.sender_edit.setText(m.sender_address)
            self.name_edit.setText(m.sender_name)
        self.password_edit.clear()
        self.password_edit.setPlaceholderText(SAVED_SECRET if has_password else "")
        self.loaded = self.typed()
        self.set_status(m is not None, "Email")
        self.set_ready(True)

    def start_save(self):
        return self.run(save_smtp, self.typed())

    def after_save(self, value: SmtpSettings) -> None:
        self.show_saved(replace(value, password=""), bool(value.password))
        self.status.setText("✔ Saved in this computer's keyring. Emails will now be sent.")

    def make_test_dialog(self) -> SendTestDialog:
        name = self.tab.practice_name or "the practice"
        body = f"Test email from FrontDesk for {name}. Email is working. No reply needed."
        typed = self.typed()

        def start(to: str):
            return self.run(send_test_email, typed, to, "FrontDesk test email", body,
                            network=True).on_failure(self.test_failed)

        return SendTestDialog("Send a test email", "Email address to send the test to:",
                              "you@example.org", "inbox", start, self)


class MessagingTab(QWidget):
    """Both sections side by side; `saved` fires after either is saved."""

    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.region, self.practice_name = "US", ""
        note = QLabel(KEYRING_NOTE)
        note.setWordWrap(True)
        note.setObjectName("keyringNote")
        note.setStyleSheet("QLabel#keyringNote { border: 1px solid #0072B2; border-left: 5px "
                           "solid #0072B2; border-radius: 3px; padding: 6px; "
                           "background: rgba(0, 114, 178, 25); }")
        self.note = note
        self.twilio = TwilioSection(self)
        self.email = EmailSection(self)
        self.whatsapp = WhatsAppTemplatesSection(ctx)
        self.load_error = ErrorLabel()
        self.hint = QLabel("“Send a test…” uses what is typed here, before you save it.")
        self.hint.setStyleSheet(NOTE_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.twilio, 1)
        row.addWidget(self.email, 1)
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addWidget(note)
        box.addWidget(self.load_error)
        box.addLayout(row)
        box.addWidget(self.hint)
        box.addWidget(self.whatsapp)
        box.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.twilio.saved.connect(self.saved)
        self.email.saved.connect(self.saved)
        self.whatsapp.saved.connect(self.saved)
        self.reload()

    def reload(self) -> None:
        run_for(self, self.runner, load_saved, self.services).on_success(
            self._loaded).on_failure(lambda exc: self.load_error.show_message(
                f"The saved settings could not be read. {error_text(exc)}"))

    def _loaded(self, saved: Saved) -> None:
        self.load_error.clear()
        self.region, self.practice_name = saved.region, saved.practice_name
        self.twilio.load(saved)
        self.email.load(saved)

    def is_dirty(self) -> bool:
        return self.twilio.is_dirty() or self.email.is_dirty() or self.whatsapp.is_dirty()
