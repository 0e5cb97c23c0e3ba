"""Create or edit a client: names, contact points, message preferences, consent.

The service validates; its ValidationError names the field, and the message
appears under that field with the field focused. Nothing typed is ever cleared.
"""

from __future__ import annotations

import contextlib
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import Language, PhoneKind
from frontdesk.services.contacts import format_phone, parse_phone
from frontdesk.services.dto import ClientDetail, ClientInput, PracticeInfo
from frontdesk.services.errors import ValidationError
from frontdesk.ui.clients.consent_box import CHANNEL_LABELS, ConsentBox
from frontdesk.ui.context import UiContext
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import (
    NOTE_STYLE,
    ErrorLabel,
    FieldErrors,
    TimeZoneCombo,
    add_field,
)

LANGUAGE_LABELS = {Language.ENGLISH: "English", Language.SPANISH: "Español"}
SHARED_PHONE_TIP = (
    "Tick this when someone else may read messages sent to this client — a family phone,\n"
    "a work phone, a partner's tablet. Messages will then say as little as possible:\n"
    "no clinician's name and nothing about the kind of appointment."
)


def load_for_dialog(services, client_id: int | None) -> tuple[PracticeInfo, ClientDetail | None]:
    """Worker-side: the practice (region, time zone) and the client being edited."""
    info = services.practice.settings()
    return info, (services.clients.get(client_id) if client_id is not None else None)


class ClientDialog(QDialog):
    def __init__(self, ctx: UiContext, client_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.client_id = client_id
        self.saved_client: ClientDetail | None = None
        self.region = "US"
        self._kind_unknown = False
        self.setWindowTitle("New client" if client_id is None else "Edit client")
        self.setMinimumWidth(880)
        self._build()
        self.save_button.setEnabled(False)
        # Editing: nothing can be typed until the stored client is shown (it would be
        # overwritten when it arrives).
        self._set_editable(client_id is None)
        (run_for(self, ctx.runner, load_for_dialog, ctx.services, client_id)
         .on_success(self._loaded).on_failure(self._load_failed))

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = ErrorLabel()
        self.errors = FieldErrors(self.banner)
        columns = QHBoxLayout()
        self.details_box = self._details_box()
        columns.addWidget(self.details_box, 3)
        right = QVBoxLayout()
        self.consent_box = ConsentBox(self.ctx)
        right.addWidget(self.consent_box)
        notes_box = QGroupBox("Notes for the front desk")
        notes_layout = QVBoxLayout(notes_box)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText("e.g. prefers afternoon calls; parking pass")
        self.notes_edit.setAccessibleName("Notes")
        notes_layout.addWidget(self.notes_edit)
        right.addWidget(notes_box, 1)
        self.notes_box = notes_box
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.banner)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            "Save client" if self.client_id is None else "Save changes",
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter means Save. Set only once the button is inside the dialog: set earlier,
        # Qt makes Cancel the default instead, and Enter would throw the typing away.
        self.save_button.setDefault(True)

    def _details_box(self) -> QGroupBox:
        box = QGroupBox("Client")
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        e = self.errors
        self.first_edit = self._line("First name")
        self.last_edit = self._line("Last name")
        self.preferred_edit = self._line("Preferred name")
        self.preferred_edit.setPlaceholderText("What the client likes to be called")
        row = add_field(grid, 0, "&First name", self.first_edit, "first_name", e)
        row = add_field(grid, row, "&Last name", self.last_edit, "last_name", e)
        row = add_field(grid, row, "P&referred name", self.preferred_edit)
        self.mobile_edit = self._line("Mobile", "(617) 555-0123")
        self.mobile_edit.textChanged.connect(self._update_phone_kind)
        self.mobile_edit.editingFinished.connect(self._tidy_mobile)
        mobile_row = QWidget()
        mobile_layout = QHBoxLayout(mobile_row)
        mobile_layout.setContentsMargins(0, 0, 0, 0)
        mobile_layout.addWidget(self.mobile_edit, 1)
        self.landline_check = QCheckBox("This number is a landline")
        self.landline_check.setToolTip(
            "We can't tell from a US number whether it is a mobile or a landline.\n"
            "Tick this if it is a landline: landlines can't receive texts.")
        self.landline_check.hide()
        mobile_layout.addWidget(self.landline_check)
        row = add_field(grid, row, "&Mobile", mobile_row, "mobile", e)
        e.register("mobile", e.label("mobile"), self.mobile_edit)
        self.kind_note = QLabel("This is a landline: it can't receive texts.")
        self.kind_note.setStyleSheet(NOTE_STYLE)
        self.kind_note.hide()
        grid.addWidget(self.kind_note, row, 1)
        row += 1
        self.email_edit = self._line("Email", "name@example.org")
        row = add_field(grid, row, "&Email", self.email_edit, "email", e)
        self.whatsapp_edit = self._line("WhatsApp number", "Only if different from the mobile")
        self.whatsapp_edit.editingFinished.connect(
            lambda: self._tidy_phone(self.whatsapp_edit))
        row = add_field(grid, row, "&WhatsApp", self.whatsapp_edit, "whatsapp", e)
        self.channel_combo = QComboBox()
        for channel, label in CHANNEL_LABELS.items():
            self.channel_combo.addItem(label, channel)
        self.channel_combo.setAccessibleName("Preferred channel")
        row = add_field(grid, row, "Send messages &by", self.channel_combo,
                        "preferred_channel", e)
        self.language_combo = QComboBox()
        for language, label in LANGUAGE_LABELS.items():
            self.language_combo.addItem(label, language)
        self.language_combo.setAccessibleName("Language")
        row = add_field(grid, row, "Lan&guage", self.language_combo)
        self.tz_combo = TimeZoneCombo("The practice's time zone")
        self.tz_combo.setAccessibleName("Time zone")
        row = add_field(grid, row, "&Time zone", self.tz_combo, "timezone", e,
                        note="Leave empty if the client lives in the practice's time zone.")
        self.shared_check = QCheckBox("Shared phone — keep messages minimal")
        self.shared_check.setToolTip(SHARED_PHONE_TIP)
        grid.addWidget(self.shared_check, row, 1)
        grid.setRowStretch(row + 1, 1)
        return box

    @staticmethod
    def _line(name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(254)
        return edit

    # --- loading ------------------------------------------------------------------------

    def _loaded(self, result: tuple[PracticeInfo, ClientDetail | None]) -> None:
        info, detail = result
        self.region = info.region or "US"
        self.tz_combo.set_empty_text(f"The practice's time zone ({info.timezone})")
        with contextlib.suppress(ValueError, KeyError):  # a zone tzdata no longer knows
            self.consent_box.set_timezone(ZoneInfo(info.timezone))
        if detail is not None:
            self._fill(detail)
        self._set_editable(True)
        self.save_button.setEnabled(True)

    def _set_editable(self, editable: bool) -> None:
        self.details_box.setEnabled(editable)
        self.notes_box.setEnabled(editable)

    def _load_failed(self, exc: BaseException) -> None:
        self.errors.show(exc)

    def _fill(self, d: ClientDetail) -> None:
        self.setWindowTitle(f"Edit client — {d.display_name}")
        self.first_edit.setText(d.first_name)
        self.last_edit.setText(d.last_name)
        self.preferred_edit.setText(d.preferred_name)
        self.mobile_edit.setText(format_phone(d.mobile, self.region))
        self.landline_check.setChecked(d.mobile_kind is PhoneKind.LANDLINE)
        self.email_edit.setText(d.email or "")
        self.whatsapp_edit.setText(format_phone(d.whatsapp, self.region))
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(d.preferred_channel))
        self.language_combo.setCurrentIndex(self.language_combo.findData(d.language))
        self.tz_combo.set_zone(d.timezone)
        self.shared_check.setChecked(d.shared_phone)
        self.notes_edit.setPlainText(d.notes)
        self.consent_box.set_client(d)

    # --- phone helpers ------------------------------------------------------------------

    def _parse(self, text: str):
        try:
            return parse_phone(text, self.region)
        except ValidationError:
            return None

    def _update_phone_kind(self, text: str) -> None:
        """Ask "landline?" only when the number itself can't tell (US numbers)."""
        parsed = self._parse(text)
        kind = parsed[1] if parsed else None
        self._kind_unknown = kind is PhoneKind.UNKNOWN
        self.landline_check.setVisible(self._kind_unknown)
        self.kind_note.setVisible(kind is PhoneKind.LANDLINE)

    def _tidy_phone(self, edit: QLineEdit) -> None:
        parsed = self._parse(edit.text())
        if parsed:  # only reformat numbers we understood; leave anything else as typed
            edit.setText(format_phone(parsed[0], self.region))

    def _tidy_mobile(self) -> None:
        self._tidy_phone(self.mobile_edit)

    # --- saving -------------------------------------------------------------------------

    def client_input(self) -> ClientInput:
        return ClientInput(
            first_name=self.first_edit.text(),
            last_name=self.last_edit.text(),
            preferred_name=self.preferred_edit.text(),
            mobile=self.mobile_edit.text(),
            mobile_is_landline=self.landline_check.isChecked() if self._kind_unknown else None,
            email=self.email_edit.text(),
            whatsapp=self.whatsapp_edit.text(),
            preferred_channel=self.channel_combo.currentData(),
            language=self.language_combo.currentData(),
            timezone=self.tz_combo.zone(),
            shared_phone=self.shared_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self) -> None:
        self.errors.clear()
        data = self.client_input()
        self.save_button.setEnabled(False)
        clients = self.services.clients
        if self.client_id is None:
            task = run_for(self, self.runner, clients.create, data, self.actor)
        else:
            task = run_for(self, self.runner, clients.update, self.client_id, data, self.actor)
        task.on_success(self._saved).on_failure(self._save_failed)

    def _saved(self, detail: ClientDetail) -> None:
        self.saved_client = detail
        self.client_id = detail.id
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.errors.show(exc)
