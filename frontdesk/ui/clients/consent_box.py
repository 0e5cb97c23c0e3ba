"""Per-channel consent to messages: what was recorded, and buttons to record more.

Consent is recorded with when, how and by whom (the TCPA exemption allows one
reminder a day without it; more needs consent); an opt-out takes effect at once.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import Channel, ConsentStatus
from frontdesk.services.dto import ClientDetail, ConsentInfo
from frontdesk.ui.context import UiContext
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import NOTE_STYLE, ErrorLabel, FieldErrors

CHANNEL_LABELS = {Channel.SMS: "Text (SMS)", Channel.WHATSAPP: "WhatsApp", Channel.EMAIL: "Email"}
METHODS = ("intake form", "verbal", "written", "text reply")
OTHER = "other…"


def short_date(moment: datetime | None, tz: ZoneInfo) -> str:
    if moment is None:
        return "an unknown date"
    local = moment.astimezone(tz)
    return f"{local:%b} {local.day}, {local.year}"


def consent_text(info: ConsentInfo | None, tz: ZoneInfo) -> str:
    """One line a receptionist can read aloud: not recorded / granted… / opted out…"""
    if info is None or info.status is ConsentStatus.NONE:
        return "Not recorded"
    if info.status is ConsentStatus.OPTED_OUT:
        return f"Opted out on {short_date(info.opted_out_at, tz)} — send nothing"
    who = f" by {info.recorded_by}" if info.recorded_by else ""
    how = f" via {info.method}" if info.method else ""
    return f"Granted on {short_date(info.given_at, tz)}{how}{who}"


def consent_for(detail: ClientDetail | None, channel: Channel) -> ConsentInfo | None:
    if detail is None:
        return None
    return next((c for c in detail.consents if c.channel == channel), None)


class ConsentMethodDialog(QDialog):
    """Asks how consent was given, then records it; errors stay in this dialog."""

    def __init__(self, ctx: UiContext, client_id: int, channel: Channel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.client_id, self.channel = client_id, channel
        self.result_detail: ClientDetail | None = None
        label = CHANNEL_LABELS[channel]
        self.setWindowTitle(f"Record consent — {label}")
        layout = QVBoxLayout(self)
        question = QLabel(f"How did the client agree to receive {label} messages?")
        question.setWordWrap(True)
        layout.addWidget(question)
        self.method_combo = QComboBox()
        self.method_combo.addItems([*METHODS, OTHER])
        self.method_combo.setAccessibleName("How consent was given")
        layout.addWidget(self.method_combo)
        self.other_edit = QLineEdit()
        self.other_edit.setPlaceholderText("Say how, e.g. “email reply”")
        self.other_edit.setMaxLength(120)
        self.other_edit.setAccessibleName("Other way consent was given")
        self.other_edit.hide()
        layout.addWidget(self.other_edit)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.errors = FieldErrors(self.error)
        self.errors.register("method", self.error, self.other_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = self.buttons.addButton(
            "Record consent", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._record)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.record_button.setDefault(True)  # once inside the dialog (see ClientDialog)
        self.method_combo.currentTextChanged.connect(self._method_changed)

    def _method_changed(self, text: str) -> None:
        self.other_edit.setVisible(text == OTHER)
        if text == OTHER:
            self.other_edit.setFocus()

    def method(self) -> str:
        text = self.method_combo.currentText()
        return self.other_edit.text().strip() if text == OTHER else text

    def _record(self) -> None:
        self.errors.clear()
        self.record_button.setEnabled(False)
        (run_for(self, self.runner, self.services.clients.set_consent, self.client_id, self.channel,
                         ConsentStatus.GRANTED, self.method(), self.actor)
         .on_success(self._recorded).on_failure(self._failed))

    def _recorded(self, detail: ClientDetail) -> None:
        self.result_detail = detail
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.record_button.setEnabled(True)
        self.errors.show(exc)


class ConsentBox(QGroupBox):
    """The consent state of each channel, with "Record consent…" and "Record opt-out"."""

    changed = Signal(object)  # the ClientDetail after a change

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__("Consent to messages", parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.detail: ClientDetail | None = None
        self.tz = ZoneInfo("UTC")
        self.method_dialog: ConsentMethodDialog | None = None
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.state_labels: dict[Channel, QLabel] = {}
        self.consent_buttons: dict[Channel, QPushButton] = {}
        self.opt_out_buttons: dict[Channel, QPushButton] = {}
        for row, channel in enumerate(CHANNEL_LABELS):
            name = QLabel(f"<b>{CHANNEL_LABELS[channel]}</b>")
            state = QLabel()
            state.setWordWrap(True)
            grant = QPushButton("Record consent…")
            grant.setToolTip("Record that the client agreed to these messages: how, and when.")
            grant.clicked.connect(lambda _=False, c=channel: self.ask_consent(c))
            opt_out = QPushButton("Record opt-out")
            opt_out.setToolTip("The client asked for no more of these messages. "
                               "Takes effect at once.")
            opt_out.clicked.connect(lambda _=False, c=channel: self.record_opt_out(c))
            for b in (grant, opt_out):
                b.setAutoDefault(False)  # Enter in the client's fields means "Save"
            buttons = QHBoxLayout()
            buttons.addWidget(grant)
            buttons.addWidget(opt_out)
            buttons.addStretch(1)
            grid.addWidget(name, row * 2, 0)
            grid.addWidget(state, row * 2, 1)
            grid.addLayout(buttons, row * 2 + 1, 1)
            self.state_labels[channel] = state
            self.consent_buttons[channel] = grant
            self.opt_out_buttons[channel] = opt_out
        layout.addLayout(grid)
        self.note = QLabel("Save the client first, then record their consent here.")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        layout.addWidget(self.note)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.set_client(None)

    def set_timezone(self, tz: ZoneInfo) -> None:
        self.tz = tz
        self.set_client(self.detail)

    def set_client(self, detail: ClientDetail | None) -> None:
        self.detail = detail
        self.note.setText("Save the client first, then record their consent here."
                          if detail is None else
                          "Consent and opt-outs are recorded at once (Cancel doesn't undo them).")
        for channel, label in self.state_labels.items():
            info = consent_for(detail, channel)
            label.setText(consent_text(info, self.tz) if detail else "—")
            opted_out = info is not None and info.status is ConsentStatus.OPTED_OUT
            self.consent_buttons[channel].setEnabled(detail is not None)
            self.opt_out_buttons[channel].setEnabled(detail is not None and not opted_out)

    def state_text(self, channel: Channel) -> str:
        return self.state_labels[channel].text()

    def ask_consent(self, channel: Channel) -> ConsentMethodDialog | None:
        if self.detail is None:
            return None
        self.error.clear()
        dialog = ConsentMethodDialog(self.ctx, self.detail.id,
                                     channel, self)
        dialog.accepted.connect(lambda: self._changed(dialog.result_detail))
        self.method_dialog = dialog
        dialog.open()
        return dialog

    def record_opt_out(self, channel: Channel) -> None:
        if self.detail is None:
            return
        self.error.clear()
        self.opt_out_buttons[channel].setEnabled(False)
        (run_for(self, self.runner, self.services.clients.set_consent, self.detail.id, channel,
                         ConsentStatus.OPTED_OUT, "", self.actor)
         .on_success(self._changed).on_failure(self._failed))

    def _changed(self, detail: ClientDetail | None) -> None:
        if detail is None:
            return
        self.set_client(detail)
        self.changed.emit(detail)

    def _failed(self, exc: BaseException) -> None:
        self.set_client(self.detail)
        FieldErrors(self.error).show(exc)
