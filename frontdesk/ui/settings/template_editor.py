"""The "Messages" tab of practice settings: the words of every message, editable.

Pick the message (step, channel, language, for whom, shared-phone variant); the editor holds
the words that would be used now and says whose they are. As you type, a preview with sample
data (debounced, rendered off the GUI thread) shows what a client would read, with the SMS
segment count, privacy and keyword warnings (amber) and errors (red: Save waits for a fix).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import Channel, Language, Step
from frontdesk.services.wording.context import VARIABLES
from frontdesk.ui.context import UiContext
from frontdesk.ui.settings.template_parts import (
    WARNING_STYLE,
    PreviewPane,
    ProblemList,
    VariableList,
    Which,
    combo,
    source_text,
)
from frontdesk.ui.tasks import LatestOnly, run_for
from frontdesk.ui.widgets.inline_form import NOTE_STYLE, ErrorLabel
from frontdesk.ui.widgets.notice import error_text

PREVIEW_DELAY_MS = 300
CHANNELS = [(Channel.SMS, "Text (SMS)"), (Channel.WHATSAPP, "WhatsApp"), (Channel.EMAIL, "Email")]
LANGUAGES = [(Language.ENGLISH, "English"), (Language.SPANISH, "Español")]
WHOLE_PRACTICE = "The whole practice"


class TemplateEditorTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.store = ctx.services.templates
        self.which: Which | None = None
        self.source: str | None = None
        self.loaded: tuple[str, str] | None = None  # the words as stored, to know if edited
        self.check = None  # the last TemplateCheck for the words as typed
        self.previews = LatestOnly(ctx.runner, self)  # only the newest preview is shown
        self._target: QPlainTextEdit | QLineEdit | None = None
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self._wire()
        run_for(self, ctx.runner, ctx.services.practice.clinicians).on_success(
            self._clinicians).on_failure(self._failed)
        run_for(self, ctx.runner, self.store.neutral_sender_name).on_success(
            lambda name: self.sender_edit.setText(name or "")).on_failure(self._failed)

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.step_combo = combo([(s, s.label) for s in Step], "Message")
        self.channel_combo = combo(CHANNELS, "Channel")
        self.language_combo = combo(LANGUAGES, "Language")
        self.for_combo = combo([(None, WHOLE_PRACTICE)], "For")
        self.minimal_check = QCheckBox("Shared phone (minimal)")
        self.minimal_check.setToolTip(
            "The short version for clients who share a phone: no clinician, no kind of "
            "appointment, sent under the neutral sender name.")
        pick = QGridLayout()
        for col, (text, widget) in enumerate((("&Message", self.step_combo),
                                              ("C&hannel", self.channel_combo),
                                              ("&Language", self.language_combo))):
            pick.addWidget(self._caption(text, widget), 0, col * 2)
            pick.addWidget(widget, 0, col * 2 + 1)
        pick.addWidget(self._caption("&For", self.for_combo), 1, 0)
        pick.addWidget(self.for_combo, 1, 1)
        pick.addWidget(self.minimal_check, 1, 2, 1, 4)
        pick.setColumnStretch(6, 1)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setAccessibleName("Whose words")

        self.subject_label = QLabel("&Subject")
        self.subject_edit = QLineEdit()
        self.subject_edit.setAccessibleName("Subject")
        self.subject_label.setBuddy(self.subject_edit)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName("Message words")
        self.body_edit.setTabChangesFocus(True)
        body_label = QLabel("&Words")
        body_label.setBuddy(self.body_edit)
        self.problems = ProblemList()
        editor = QWidget()
        left = QVBoxLayout(editor)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.subject_label)
        left.addWidget(self.subject_edit)
        left.addWidget(body_label)
        left.addWidget(self.body_edit, 1)
        self.preview = PreviewPane()
        scroll = QScrollArea()  # under the preview: what a client sees, then what is wrong
        scroll.setWidget(self.problems)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget "
                             "{ background: transparent; }")
        self.problems.visibility_changed.connect(scroll.setVisible)
        scroll.hide()
        checked = QWidget()
        middle = QVBoxLayout(checked)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(self.preview)
        middle.addWidget(scroll, 100)  # the warnings get the room when there are any
        middle.addStretch(1)
        self.variables = VariableList(VARIABLES)
        split = QSplitter()
        split.addWidget(editor)
        split.addWidget(checked)
        split.addWidget(self.variables)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        split.setStretchFactor(2, 2)
        split.setChildrenCollapsible(False)

        self.sender_edit = QLineEdit()
        self.sender_edit.setAccessibleName("Neutral sender name")
        self.sender_edit.setPlaceholderText("blank: the practice's name")
        self.sender_edit.setToolTip("The name shared-phone texts are sent under, e.g. "
                                    "“Maple Street Office”. It should not say what kind of "
                                    "care the practice gives.")
        self.sender_button = QPushButton("Save name")
        self.sender_note = QLabel()
        self.sender_note.setWordWrap(True)
        self.sender_note.hide()
        self.reset_button = QPushButton("Reset to default…")
        self.save_button = QPushButton("Save words")
        self.status = QLabel()
        self.status.setStyleSheet(NOTE_STYLE)
        self.status.setWordWrap(True)
        self.banner = ErrorLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self._caption("Sen&der name for shared-phone texts", self.sender_edit))
        bottom.addWidget(self.sender_edit, 1)
        bottom.addWidget(self.sender_button)
        bottom.addSpacing(16)
        bottom.addWidget(self.reset_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.source_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addWidget(self.sender_note)
        layout.addLayout(bottom)
        self.save_button.setEnabled(False)
        self.reset_button.setEnabled(False)

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _wire(self) -> None:
        for box in (self.step_combo, self.channel_combo, self.language_combo, self.for_combo):
            box.currentIndexChanged.connect(self._selection_changed)
        self.minimal_check.toggled.connect(self._selection_changed)
        self.body_edit.textChanged.connect(self._edited)
        self.subject_edit.textChanged.connect(self._edited)
        self.preview.modality_changed.connect(lambda _video: self.refresh_preview())
        self.variables.chosen.connect(self.insert_variable)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.sender_button.clicked.connect(self.save_sender_name)
        self.sender_edit.returnPressed.connect(self.save_sender_name)
        for edit in (self.body_edit, self.subject_edit):
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self.body_edit,
                                                               self.subject_edit):
            self._target = watched
        return super().eventFilter(watched, event)

    # -- choosing a message -----------------------------------------------------------------

    def _clinicians(self, clinicians) -> None:
        self.for_combo.blockSignals(True)
        for c in clinicians:
            self.for_combo.addItem(c.display_name, c.id)
        self.for_combo.blockSignals(False)
        self.load()

    def selected(self) -> Which:
        return Which(Step(self.step_combo.currentData()), Channel(self.channel_combo.currentData()),
                     Language(self.language_combo.currentData()), self.for_combo.currentData(),
                     self.minimal_check.isChecked())

    def _selection_changed(self, *_args) -> None:
        if self.which is not None and self.is_dirty() and not self._confirm_discard():
            self._show_selection(self.which)
            return
        self.load()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, "Unsaved words", "The words you typed for this message are not saved. "
            "Discard them?", QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _show_selection(self, which: Which) -> None:
        for box, value in ((self.step_combo, which.step), (self.channel_combo, which.channel),
                           (self.language_combo, which.language),
                           (self.for_combo, which.clinician_id)):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(value), 0))
            box.blockSignals(False)
        self.minimal_check.blockSignals(True)
        self.minimal_check.setChecked(which.minimal)
        self.minimal_check.blockSignals(False)

    def load(self) -> None:
        """Fetch the words that apply now for the selected message."""
        which = self.selected()
        self.banner.clear()
        self.status.clear()
        (run_for(self, self.runner, self.store.get, *which.args())
         .on_success(lambda found, w=which: self._loaded(w, *found))
         .on_failure(self._failed))

    def _loaded(self, which: Which, template, source) -> None:
        if which != self.selected():
            return  # the selection moved on while this was loading
        self.which, self.source = which, str(source)
        email = which.channel is Channel.EMAIL
        self.subject_label.setVisible(email)
        self.subject_edit.setVisible(email)
        self.loaded = (template.body, template.subject if email else "")
        for edit in (self.body_edit, self.subject_edit):
            edit.blockSignals(True)
        self.body_edit.setPlainText(self.loaded[0])
        self.subject_edit.setText(self.loaded[1])
        for edit in (self.body_edit, self.subject_edit):
            edit.blockSignals(False)
        own = "clinician" if which.clinician_id is not None else "practice"
        self.source_label.setText(source_text(self.source, self.for_combo.currentText()
                                              if which.clinician_id is not None else None))
        self.reset_button.setEnabled(self.source == own)
        self.preview.set_telehealth(which.step is Step.TELEHEALTH_LINK)
        self.refresh_preview()

    # -- typing and the preview ----------------------------------------------------------------

    def words(self) -> tuple[str, str]:
        email = self.which is not None and self.which.channel is Channel.EMAIL
        return self.body_edit.toPlainText(), self.subject_edit.text() if email else ""

    def is_dirty(self) -> bool:
        return self.loaded is not None and self.words() != self.loaded

    def _edited(self) -> None:
        self.status.clear()
        self._update_buttons()
        self._timer.start()

    def insert_variable(self, name: str) -> None:
        text = f"{{{{ {name} }}}}"
        if self._target is self.subject_edit and self.subject_edit.isVisible():
            self.subject_edit.insert(text)
            self.subject_edit.setFocus()
        else:
            self.body_edit.insertPlainText(text)
            self.body_edit.setFocus()

    def refresh_preview(self) -> None:
        if self.which is None:
            return
        self._timer.stop()
        which, (body, subject) = self.which, self.words()
        self.previews.run(self.store.preview, *which.args(), body, subject,
                          self.preview.telehealth,
                          on_success=lambda check: self._checked(which, check)
                          ).on_failure(self._failed)  # failures shown even if superseded

    def _checked(self, which: Which, check) -> None:
        if which != self.which:
            return  # an older answer: the words changed since
        self.check = check
        self.preview.show_check(which.channel, check)
        self.problems.show_problems(check.error, check.warnings)
        self._update_buttons()

    def _update_buttons(self) -> None:
        error = self.check is not None and self.check.error is not None
        self.save_button.setEnabled(self.which is not None and self.is_dirty() and not error)
        self.save_button.setToolTip("Fix the error shown in red first." if error else "")

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        if self.which is None:
            return
        self.banner.clear()
        self.save_button.setEnabled(False)
        body, subject = self.words()
        (run_for(self, self.runner, self.store.save, *self.which.args(), body, subject,
                 self.actor)
         .on_success(self._saved).on_failure(self._save_failed))

    def _saved(self, warnings: tuple[str, ...]) -> None:
        self.load()
        self.status.setText("Saved: the next message sent uses these words."
                            + (" Read the warnings below the words." if warnings else ""))

    def _save_failed(self, exc: BaseException) -> None:
        """Not saved: say why in red; Save comes back once the words change."""
        self.problems.show_problems(error_text(exc), self.problems.warnings)

    def reset(self) -> None:
        if self.which is None:
            return
        whose = (f"{self.for_combo.currentText()}'s own words"
                 if self.which.clinician_id is not None else "The practice's words")
        below = ("the practice's words (or FrontDesk's default)"
                 if self.which.clinician_id is not None else "FrontDesk's default words")
        answer = QMessageBox.question(
            self, "Reset to default?", f"{whose} for this message will be deleted, and "
            f"{below} will be used again.", QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        which = self.which
        (run_for(self, self.runner, self.store.reset, *which.args(), self.actor)
         .on_success(lambda found: self._reset_done(which, found)).on_failure(self._failed))

    def _reset_done(self, which: Which, found) -> None:
        self.loaded = None  # the typed words are gone on purpose
        self._loaded(which, *found)
        self.status.setText("Reset: the words below are used again.")

    def save_sender_name(self) -> None:
        self.sender_note.hide()
        (run_for(self, self.runner, self.store.set_neutral_sender_name, self.sender_edit.text(),
                 self.actor)
         .on_success(self._sender_saved).on_failure(self._failed))

    def _sender_saved(self, warnings: tuple[str, ...]) -> None:
        if warnings:
            self.sender_note.setStyleSheet(WARNING_STYLE)
            self.sender_note.setText("⚠ Saved, but: " + " ".join(warnings))
        else:
            self.sender_note.setStyleSheet(NOTE_STYLE)
            self.sender_note.setText("Sender name saved.")
        self.sender_note.show()
        self.refresh_preview()

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_message(error_text(exc))
