"""Resend a message by hand: choose the client (in a group), the message and the channel.

The service decides whether it may go (opt-out, no consent, a landline, a cancelled
session) and says why not; the answer is shown next to the field it is about.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import Channel, ConsentStatus, Modality, PhoneKind, Step
from frontdesk.ui.context import UiContext
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import NOTE_STYLE, FieldErrors, add_field
from frontdesk.ui.widgets.notice import NoticeBar

# The messages staff may send again, as the front desk calls them.
MESSAGES = ((Step.BOOKING_CONFIRMATION, "Booking confirmation"),
            (Step.CONFIRMATION_REQUEST, "Confirmation request (C / R / X)"),
            (Step.DAY_BEFORE, "Day-before reminder"),
            (Step.TELEHEALTH_LINK, "Video link"),
            (Step.RESCHEDULE_NOTICE, "New-time notice"))
CHANNEL_LABEL = {Channel.SMS: "SMS text", Channel.WHATSAPP: "WhatsApp", Channel.EMAIL: "Email"}
TEXTS = (Channel.SMS, Channel.WHATSAPP)


@dataclass(frozen=True)
class Recipient:
    client_id: int
    name: str
    preferred: Channel
    channels: tuple[tuple[Channel, str], ...]  # (channel, "" or why it will be refused)


def load_recipients(services, appointment_id: int) -> list[Recipient]:
    """The session's clients and the channels each has an address for (worker thread)."""
    appt = services.schedule.appointment(appointment_id)
    out = []
    for at in appt.attendees:
        if at.attendance.is_cancelled:
            continue
        c = services.clients.get(at.client_id)
        consent = {k.channel: k.status for k in c.consents}
        channels = []
        for channel, address in ((Channel.SMS, c.mobile), (Channel.WHATSAPP, c.whatsapp),
                                 (Channel.EMAIL, c.email)):
            if not address:
                continue
            status = consent.get(channel, ConsentStatus.NONE)
            note = ("client opted out" if status is ConsentStatus.OPTED_OUT
                    else "no consent for texts" if channel in TEXTS
                    and status is not ConsentStatus.GRANTED
                    else "the number is a landline" if channel is Channel.SMS
                    and c.mobile_kind is PhoneKind.LANDLINE else "")
            channels.append((channel, note))
        out.append(Recipient(c.id, c.display_name, c.preferred_channel, tuple(channels)))
    return out


class ResendDialog(QDialog):
    """After it is accepted, `new_id` is the outbox row that was planned."""

    def __init__(self, ctx: UiContext, appointment_id: int, client_id: int,
                 modality: Modality, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.appointment_id, self.new_id = appointment_id, None
        self.setWindowTitle("Resend a message")
        self.setModal(True)
        self.setMinimumWidth(480)
        self.recipients: list[Recipient] = []
        self.notice = NoticeBar(self, closable=False)
        self.client_combo = QComboBox()
        self.client_combo.setAccessibleName("Client")
        self.message_combo = QComboBox()
        self.message_combo.setAccessibleName("Message")
        for step, label in MESSAGES:
            if step is Step.TELEHEALTH_LINK and modality is not Modality.TELEHEALTH:
                continue  # an in-person session has no video link to send
            self.message_combo.addItem(label, step.value)
        self.message_combo.setCurrentIndex(self.message_combo.findData(Step.DAY_BEFORE.value))
        self.channel_combo = QComboBox()
        self.channel_combo.setAccessibleName("Channel")
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.errors = e = FieldErrors(None)
        row = add_field(grid, 0, "&Client", self.client_combo, "client", e)
        row = add_field(grid, row, "&Message", self.message_combo, "step", e)
        add_field(grid, row, "C&hannel", self.channel_combo, "channel", e,
                  note="Only the ways this client can be reached are listed. An opted-out "
                       "channel is refused.")
        note = QLabel("It is queued at once and goes out at the next chance; texts wait for "
                      "daytime hours. The resend is recorded in the audit log.")
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText("Send again")
        self.send_button.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.client_combo.currentIndexChanged.connect(lambda _i: self._fill_channels())
        self.channel_combo.currentIndexChanged.connect(lambda _i: self.errors.clear())
        box = QVBoxLayout(self)
        box.addWidget(self.notice)
        box.addLayout(grid)
        box.addWidget(note)
        box.addWidget(self.buttons)
        run_for(self, ctx.runner, load_recipients, ctx.services, appointment_id).on_success(
            lambda r: self._loaded(r, client_id)).on_failure(self.notice.show_error)

    def _loaded(self, recipients: list[Recipient], client_id: int) -> None:
        self.recipients = recipients
        self.client_combo.blockSignals(True)
        for r in recipients:
            self.client_combo.addItem(r.name, r.client_id)
        self.client_combo.setCurrentIndex(max(self.client_combo.findData(client_id), 0))
        self.client_combo.blockSignals(False)
        self.client_combo.setEnabled(len(recipients) > 1)
        if not recipients:
            self.notice.show_notice("Nobody is booked in this session any more.", "warning")
        self._fill_channels()

    def _fill_channels(self) -> None:
        self.errors.clear()
        self.channel_combo.clear()
        r = next((r for r in self.recipients if r.client_id == self.client_combo.currentData()),
                 None)
        if r is None:
            self.send_button.setEnabled(False)
            return
        for channel, why in r.channels:
            label = CHANNEL_LABEL[channel] + (f" — {why}" if why else "")
            self.channel_combo.addItem(label, channel.value)
        usable = [c for c, why in r.channels if not why]
        best = r.preferred if r.preferred in usable else (usable[0] if usable else None)
        if best is not None:
            self.channel_combo.setCurrentIndex(self.channel_combo.findData(best.value))
        self.send_button.setEnabled(bool(r.channels))
        if not r.channels:
            self.errors.label("channel").show_message(
                "This client has no mobile number or email address. Add one in Clients.")

    def choose(self, client_id: int, step: Step, channel: Channel) -> None:
        """Select by value (tests, keyboard-free callers)."""
        self.client_combo.setCurrentIndex(self.client_combo.findData(client_id))
        self.message_combo.setCurrentIndex(self.message_combo.findData(Step(step).value))
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(Channel(channel).value))

    def submit(self) -> None:
        client, step = self.client_combo.currentData(), self.message_combo.currentData()
        channel = self.channel_combo.currentData()
        if client is None or step is None or channel is None:
            return
        step, channel = Step(step), Channel(channel)  # Qt hands enum data back as str
        self.errors.clear()
        self.notice.clear()
        self.send_button.setEnabled(False)
        run_for(self, self.runner, self.services.messaging.resend, self.appointment_id,
                client, step, channel, self.actor).on_success(self._sent).on_failure(
            self._refused)

    def _sent(self, new_id: int) -> None:
        self.new_id = new_id
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        if self.errors.show(exc) is None:
            self.notice.show_error(exc)
