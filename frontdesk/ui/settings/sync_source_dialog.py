"""Add or edit one sync source: where it reads, how it signs in, how often.

The sync service checks what is saved; its ValidationError shows under the field it names.
A token or a private key goes only to this computer's keyring and never comes back into
the form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.context import UiContext
from frontdesk.ui.settings.sync_source_parts import (
    REGISTER_KEY,
    FileField,
    KeyPairBox,
    LocationField,
    SecretField,
    kind_words,
)
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import ErrorLabel, FieldErrors, TimeZoneCombo, add_field
from frontdesk.ui.widgets.notice import NoticeBar

if TYPE_CHECKING:
    from frontdesk.services.sync.service import SourceInfo

SIGN_IN = (("smart", "SMART Backend Services (a key pair)"), ("bearer", "An access token"))


def sub_grid(caption_width: int) -> tuple[QWidget, QGridLayout]:
    """Rows shown or hidden together, their captions lined up with the form's."""
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setColumnMinimumWidth(0, caption_width)
    grid.setColumnStretch(1, 1)
    return box, grid


class SourceDialog(QDialog):
    """One source's form. `saved(name)` once it is stored (the dialog then closes)."""

    saved = Signal(str)

    def __init__(self, ctx: UiContext, kind: str, info: SourceInfo | None = None,
                 practice_zone: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.stored: str | None = info.name if info else None  # None: not saved yet
        self._noted: dict[str, str] = {}  # the name, once the worker has added the source
        self.setWindowTitle(f"Edit {info.name}" if info else f"Add {kind_words(kind)}")
        self.setModal(True)
        self.setMinimumWidth(620)
        self.notice = NoticeBar(self, closable=False)
        self.banner = ErrorLabel()
        self.errors = e = FieldErrors(self.banner)
        self.grid = grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        width = self.fontMetrics().horizontalAdvance("Check every ") + 24
        grid.setColumnMinimumWidth(0, width)
        self.name_edit = QLineEdit(info.name if info else "")
        self.name_edit.setAccessibleName("Name")
        self.name_edit.setPlaceholderText("e.g. OpenEMR" if kind == "fhir" else "")
        self.name_edit.setReadOnly(info is not None)
        row = add_field(grid, 0, "&Name", self.name_edit, "name", e,
                        note="The schedule shows this name beside the sessions it brings in.")
        self.secret: SecretField | None = None
        self.key_box: KeyPairBox | None = None
        if kind == "fhir":
            row = self._fhir_fields(row, width)
        elif kind == "calendly":
            self.secret = SecretField("Personal access token")
            row = add_field(grid, row, "&Token", self.secret, "secret", e,
                            note="Calendly → Integrations → API and webhooks → "
                                 "personal access token.")
        elif kind == "ics":
            self.location = LocationField()
            row = add_field(grid, row, "&Address or file", self.location, "url", e,
                            note="The feed's https:// (or webcal://) address, or an .ics file.")
            e.register("path", e.label("url"), self.location)
            self.zone_combo = TimeZoneCombo(f"The practice's ({practice_zone})"
                                            if practice_zone else "The practice's")
            self.zone_combo.setAccessibleName("Time zone")
            row = add_field(grid, row, "Time &zone", self.zone_combo, "timezone", e,
                            note="For times the calendar gives without a zone.")
        self.interval = QSpinBox()
        self.interval.setRange(1, 24 * 60)
        self.interval.setValue(15)
        self.interval.setSuffix(" minutes")
        self.interval.setAccessibleName("Check every")
        self.interval.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000 minutes") + 60)
        row = add_field(grid, row, "Check &every", self.interval, "interval_minutes", e)
        grid.addWidget(self.banner, row, 0, 1, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if info is not None:
            self._fill(info)

    # ---- the fields of each kind ----------------------------------------------------------
    def _fhir_fields(self, row: int, width: int) -> int:
        grid, e = self.grid, self.errors
        self.base_edit = QLineEdit()
        self.base_edit.setPlaceholderText("https://ehr.example.org/apis/default/fhir")
        self.base_edit.setAccessibleName("Base address")
        row = add_field(grid, row, "&Base address", self.base_edit, "base_url", e,
                        note="The EHR's FHIR R4 address; IT or the EHR's vendor has it.")
        self.auth_combo = QComboBox()
        for key, words in SIGN_IN:
            self.auth_combo.addItem(words, key)
        self.auth_combo.setAccessibleName("Sign in with")
        row = add_field(grid, row, "&Sign in with", self.auth_combo, "auth", e)
        self.smart_box, smart = sub_grid(width)
        self.client_edit = QLineEdit()
        self.client_edit.setAccessibleName("Client ID")
        r = add_field(smart, 0, "&Client ID", self.client_edit, "client_id", e,
                      note="The ID the EHR gave FrontDesk when IT registered it.")
        self.key_box = KeyPairBox()
        self.key_box.make_requested.connect(self.make_key)
        add_field(smart, r, "Key pair", self.key_box, "algorithm", e, note=REGISTER_KEY)
        grid.addWidget(self.smart_box, row, 0, 1, 2)
        self.token_box, bearer = sub_grid(width)
        self.secret = SecretField("Access token", "Paste the token IT gave you")
        add_field(bearer, 0, "Access &token", self.secret, "secret", e)
        grid.addWidget(self.token_box, row + 1, 0, 1, 2)
        self.ca_edit = FileField("CA bundle file", "optional", "Choose the CA bundle",
                                 "Certificates (*.pem *.crt *.cer);;All files (*)")
        row = add_field(grid, row + 2, "C&A bundle file", self.ca_edit, "ca_bundle", e,
                        note="Only when the EHR's certificate comes from the practice's own "
                             "authority. The connection is always checked.")
        self.auth_combo.currentIndexChanged.connect(self._auth_changed)
        self._auth_changed()
        return row

    def _auth_changed(self) -> None:
        smart = self.auth_combo.currentData() == "smart"
        self.smart_box.setVisible(smart)
        self.token_box.setVisible(not smart)

    def _fill(self, info: SourceInfo) -> None:
        s = dict(info.settings)
        interval = s.get("interval_minutes")
        if isinstance(interval, int):
            self.interval.setValue(interval)
        if self.kind == "fhir":
            self.base_edit.setText(str(s.get("base_url", "")))
            self.auth_combo.setCurrentIndex(max(0, self.auth_combo.findData(
                s.get("auth", "smart"))))
            self.client_edit.setText(str(s.get("client_id", "")))
            self.ca_edit.setText(str(s.get("ca_bundle", "")))
        elif self.kind == "ics":
            self.location.set_from(s)
            self.zone_combo.set_zone(str(s.get("timezone", "")))
        sync = self.ctx.services
        if self.secret is not None:
            self._run(lambda: sync.sync.has_secret(info.name), self.secret.set_saved)
        if self.kind == "fhir" and s.get("auth") == "smart":
            self._run(lambda: sync.sync.public_jwks(info.name), self._show_jwks,
                      lambda _exc: None)  # no key yet: the box says so

    # ---- saving ------------------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        settings: dict[str, Any] = {"interval_minutes": self.interval.value()}
        if self.kind == "fhir":
            settings.update(base_url=self.base_edit.text().strip(),
                            auth=self.auth_combo.currentData(),
                            ca_bundle=self.ca_edit.text())
            if settings["auth"] == "smart":
                settings["client_id"] = self.client_edit.text().strip()
        elif self.kind == "ics":
            settings.update(self.location.settings(), timezone=self.zone_combo.zone())
        return settings

    def _secret_value(self) -> str:
        if self.secret is None or (self.kind == "fhir"
                                   and self.auth_combo.currentData() != "bearer"):
            return ""
        return self.secret.value()

    def _store(self, settings: dict[str, Any], then: Callable[[Any, str], Any] | None = None,
               secret: str = "") -> Callable[[], tuple[str, Any]]:
        """The work of a save, for the worker: add or update, then the secret, then `then`.
        The name is noted as soon as the source exists, so a later failure (the keyring)
        never makes a second Save try to add it again."""
        sync, actor, kind = self.ctx.services, self.ctx.actor, self.kind
        stored, name = self.stored, self.name_edit.text()
        noted: dict[str, str] = {}
        self._noted = noted

        def work() -> tuple[str, Any]:
            if stored is None:
                target = sync.sync.add_source(name, kind, settings, actor=actor).name
                noted["name"] = target
            else:
                target = stored
                sync.sync.update_settings(stored, settings, actor=actor)
            if secret:
                sync.sync.set_secret(target, secret, actor=actor)
            return target, then(sync.sync, target) if then else None
        return work

    def submit(self) -> None:
        self._begin("Saving…")
        self._run(self._store(self.collect(), secret=self._secret_value()),
                  lambda done: self._saved(done[0]), self._failed)

    def _saved(self, name: str) -> None:
        self._end()
        self.stored = name
        self.saved.emit(name)
        self.accept()

    def make_key(self) -> None:
        assert self.key_box is not None
        if self.key_box.has_key() and QMessageBox.question(
                self, "Make a new key pair?",
                "The EHR signs FrontDesk in with the key it has now. A new key pair works "
                "only once IT registers its public key with the EHR.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        settings = {**self.collect(), "auth": "smart"}
        self._begin("Making the key pair…")
        self._run(self._store(settings, lambda sync, name: sync.make_smart_key(
            name, actor=self.ctx.actor)), self._key_made, self._failed)

    def _key_made(self, done: tuple[str, str]) -> None:
        self._end()
        self._now_stored(done[0])
        self._show_jwks(done[1])
        self.notice.show_notice("Key pair made. Copy the public key below for IT; the source "
                                "is saved.", "success")

    def _show_jwks(self, jwks: str) -> None:
        if self.key_box is not None:
            self.key_box.show_jwks(jwks)
            self.layout().activate()
            self.adjustSize()  # the public key came after the dialog opened: make room

    def _now_stored(self, name: str) -> None:
        self.stored = name
        self.name_edit.setText(name)
        self.name_edit.setReadOnly(True)
        self.setWindowTitle(f"Edit {name}")

    def _failed(self, exc: BaseException) -> None:
        self._end()
        if self.stored is None and self._noted.get("name"):
            self._now_stored(self._noted["name"])
        self.errors.show(exc)

    # ---- plumbing --------------------------------------------------------------------------
    def _begin(self, words: str) -> None:
        self.errors.clear()
        self.notice.show_notice(words, "info")
        self.save_button.setEnabled(False)
        if self.key_box is not None:
            self.key_box.make_button.setEnabled(False)

    def _end(self) -> None:
        self.notice.clear()
        self.save_button.setEnabled(True)
        if self.key_box is not None:
            self.key_box.make_button.setEnabled(True)

    def _run(self, fn: Callable[[], Any], ok: Callable[[Any], None],
             failed: Callable[[BaseException], None] | None = None) -> None:
        task = run_for(self, self.ctx.runner, fn).on_success(ok)
        task.on_failure(failed or self.errors.show)

