"""The read-only summary of one client shown beside the client list."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from frontdesk.domain import PhoneKind
from frontdesk.services.contacts import format_phone
from frontdesk.services.dto import ClientDetail
from frontdesk.ui.clients.consent_box import CHANNEL_LABELS, consent_for, consent_text
from frontdesk.ui.widgets.inline_form import NOTE_STYLE

LANGUAGES = {"en": "English", "es": "Español"}
NOT_GIVEN = "—"


class ClientDetailPane(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(300)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet(NOTE_STYLE)
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        # One grid for both sections, so contact and consent values line up.
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(6)
        self.captions: list[QLabel] = []
        self.values: dict[str, QLabel] = {}
        row = 0
        for key, label in (("mobile", "Mobile"), ("whatsapp", "WhatsApp"), ("email", "Email"),
                           ("channel", "Messages by"), ("language", "Language"),
                           ("timezone", "Time zone"), ("shared", "Phone")):
            self.values[key] = self._add(row, label)
            row += 1
        self.consent_heading = QLabel("<b>Consent to messages</b>")
        self.consent_heading.setContentsMargins(0, 10, 0, 0)
        self.grid.addWidget(self.consent_heading, row, 0, 1, 2)
        row += 1
        self.consent_labels: dict = {}
        for channel, label in CHANNEL_LABELS.items():
            self.consent_labels[channel] = self._add(row, label)
            row += 1
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.show_nothing()

    def _add(self, row: int, label: str) -> QLabel:
        caption = QLabel(label)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        caption.setStyleSheet(NOTE_STYLE)
        value = QLabel()
        value.setWordWrap(True)
        value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grid.addWidget(caption, row, 0)
        self.grid.addWidget(value, row, 1)
        self.captions.append(caption)
        return value

    def _set_rows_visible(self, visible: bool) -> None:
        for label in (*self.captions, *self.values.values(), *self.consent_labels.values(),
                      self.consent_heading):
            label.setVisible(visible)

    def show_nothing(self, message: str = "Select a client to see their details.") -> None:
        self.detail = None
        self.title.setText("")
        self.subtitle.setText(message)
        self._set_rows_visible(False)

    def show_client(self, d: ClientDetail, region: str, practice_tz: str) -> None:
        self.detail = d
        self.title.setText(d.display_name)
        full = f"{d.first_name} {d.last_name}"
        self.subtitle.setText(f"Full name: {full}" if d.preferred_name else "")
        self._set_rows_visible(True)
        mobile = format_phone(d.mobile, region) or NOT_GIVEN
        if d.mobile and d.mobile_kind is PhoneKind.LANDLINE:
            mobile += " (landline: no texts)"
        v = self.values
        v["mobile"].setText(mobile)
        v["whatsapp"].setText(format_phone(d.whatsapp, region) or
                              ("same as mobile" if d.mobile else NOT_GIVEN))
        v["email"].setText(d.email or NOT_GIVEN)
        v["channel"].setText(CHANNEL_LABELS[d.preferred_channel])
        v["language"].setText(LANGUAGES.get(d.language.value, d.language.value))
        v["timezone"].setText(d.timezone or f"Practice's ({practice_tz})")
        v["shared"].setText("Shared — keep messages minimal" if d.shared_phone
                            else "Not shared")
        try:
            tz = ZoneInfo(practice_tz)
        except (ValueError, KeyError):
            tz = ZoneInfo("UTC")
        for channel, label in self.consent_labels.items():
            label.setText(consent_text(consent_for(d, channel), tz))
