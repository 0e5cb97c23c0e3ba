"""Settings → Messaging → WhatsApp templates: the ContentSid of each approved template.

WhatsApp allows free text only within 24 hours of the client's last WhatsApp message;
outside that window only a template WhatsApp approved can go. Without one for a message,
FrontDesk sends that message by SMS or email instead, and says so on its timeline.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import Step
from frontdesk.services.whatsapp import TEMPLATE_STEPS, TEMPLATE_VARIABLES, TemplateEntry
from frontdesk.ui.context import UiContext
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import NOTE_STYLE, ErrorLabel, FieldErrors

LANGUAGES = (("en", "English"), ("es", "Spanish"))
INTRO = (
    "WhatsApp lets the practice send free text only within <b>24 hours of the client's last "
    "WhatsApp message</b>. Outside that window only a template approved by WhatsApp can go. "
    "Create them in Twilio's Content Template Builder and paste each Content SID (HX…) "
    "here. A message without a template goes by <b>SMS or email instead</b>. A Spanish-"
    "speaking client gets the English template when there is no Spanish one. Shared-phone "
    "clients always get the minimal SMS or email.")


def _variables_note() -> str:
    parts = [f"{{{{{n}}}}} {text}" for n, (_, text) in TEMPLATE_VARIABLES.items()]
    return "Your templates can use: " + "; ".join(parts) + "."


def load_entries(services) -> list[TemplateEntry]:
    return services.whatsapp.entries()


def save_entries(services, sids: dict, actor: str) -> list[TemplateEntry]:
    services.whatsapp.save(sids, actor)
    return services.whatsapp.entries()


class WhatsAppTemplatesSection(QGroupBox):
    """One Content SID field per message and language, saved together."""

    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__("WhatsApp — approved templates", parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.banner = ErrorLabel()
        self.errors = FieldErrors(self.banner)
        self.edits: dict[tuple[Step, str], QLineEdit] = {}
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        variables = QLabel(_variables_note())
        variables.setWordWrap(True)
        variables.setStyleSheet(NOTE_STYLE)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for col, (_, name) in enumerate(LANGUAGES, start=1):
            grid.addWidget(QLabel(f"<b>{name}</b>"), 0, col)
        row = 1
        for step in TEMPLATE_STEPS:
            grid.addWidget(QLabel(step.label), row, 0)
            for col, (code, name) in enumerate(LANGUAGES, start=1):
                edit = QLineEdit()
                edit.setAccessibleName(f"{step.label} ({name}) Content SID")
                edit.setPlaceholderText("not set: SMS or email instead")
                self.edits[(step, code)] = edit
                error = ErrorLabel()
                grid.addWidget(edit, row, col)
                grid.addWidget(error, row + 1, col)
                self.errors.register(f"{step.value}:{code}", error, edit)
            row += 2
        self.status = QLabel()
        self.save_button = QPushButton("Save WhatsApp templates")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(variables)
        box.addLayout(grid)
        box.addWidget(self.banner)
        box.addLayout(buttons)
        self.loaded: dict | None = None
        self.setEnabled(False)  # until the saved ones are in (saving would clear them)
        self.reload()

    def reload(self) -> None:
        run_for(self, self.runner, load_entries, self.services).on_success(
            self._show).on_failure(self.errors.show)

    def _show(self, entries: list[TemplateEntry]) -> None:
        for e in entries:
            edit = self.edits.get((e.step, e.language.value))
            if edit is not None:
                edit.setText(e.content_sid)
        self.loaded = self.typed()
        count = sum(1 for e in entries if e.content_sid)
        self.status.setText(f"{count} template{'s' if count != 1 else ''} set.")
        self.setEnabled(True)

    def typed(self) -> dict:
        return {(step, code): edit.text().strip() for (step, code), edit in self.edits.items()}

    def is_dirty(self) -> bool:
        return self.loaded is not None and self.typed() != self.loaded

    def save(self) -> None:
        self.errors.clear()
        self.save_button.setEnabled(False)
        run_for(self, self.runner, save_entries, self.services, self.typed(), self.actor
                ).on_success(self._saved).on_failure(self._failed)

    def _saved(self, entries: list[TemplateEntry]) -> None:
        self.save_button.setEnabled(True)
        self._show(entries)
        self.status.setText("✔ Saved. " + self.status.text())
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.errors.show(exc)
