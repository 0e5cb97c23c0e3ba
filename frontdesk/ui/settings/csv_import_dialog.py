"""Practice settings → Calendar sync → Import appointments…: sessions from another system's
CSV export.

Choose a file → its columns, with a mapping suggested from their names (or a saved mapping
that fits the file) → Preview: what the import would change, the rows it would skip by line
→ Import: every good row in one transaction, the mapping saved under its name for the next
export. Every read and write runs through the task runner; the schedule follows through the
change bus. The words of a refusal are the import service's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.context import UiContext
from frontdesk.ui.settings.csv_import_parts import MappingBox, OutcomeView
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import NOTE_STYLE, FieldErrors, add_field
from frontdesk.ui.widgets.notice import NoticeBar, WrapLabel

if TYPE_CHECKING:
    from frontdesk.services.sync.csv_import import CsvOutcome, CsvSuggestion
    from frontdesk.services.sync.service import SourceInfo

INTRO = ("Bring in sessions from another system's CSV export. Nothing changes until you "
         "press Import; then every good row goes in together, with its reminders planned, "
         "or — if anything fails — none does. A session missing from the file is never "
         "cancelled.")
SUGGESTED = "Suggested from the file's column names"
NEED_NAME = ("Give the mapping a name (for example the other system's): later exports from "
             "it import through the same mapping and update their sessions, never "
             "duplicate them.")


class CsvImportDialog(QDialog):
    """`imported(words)` once an import has gone in (the dialog stays open to read it)."""

    imported = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.presets: list[SourceInfo] = []
        self.suggestion: CsvSuggestion | None = None
        self.outcome: CsvOutcome | None = None  # the preview of what is shown now
        self.generation = 0  # a preview started before the last edit is ignored
        self.done_importing = False
        self.setWindowTitle("Import appointments from a CSV file")
        self.setModal(True)
        self.setMinimumWidth(780)
        intro = WrapLabel()
        intro.setText(INTRO)
        self.notice = NoticeBar(self, closable=False)
        self.choose_button = QPushButton("Choose a CSV file…")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel("No file chosen yet.")
        self.file_label.setStyleSheet(NOTE_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        self.errors = FieldErrors()
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        self.preset_combo = QComboBox()
        self.preset_combo.setAccessibleName("Start from")
        self.preset_combo.addItem(SUGGESTED, None)
        self.preset_combo.activated.connect(self._preset_chosen)
        row = add_field(form, 0, "Start &from", self.preset_combo)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("Save the mapping as")
        self.name_edit.setPlaceholderText("e.g. SimplePractice")
        self.name_edit.textEdited.connect(self._edited)
        add_field(form, row, "Save the mapping &as", self.name_edit, "name", self.errors,
                  note="Import every export of the same system through the same mapping.")
        self.mapping_box = MappingBox()
        self.mapping_box.changed.connect(self._edited)
        self.mapping_group = QGroupBox("Which column holds what")
        group_layout = QVBoxLayout(self.mapping_group)
        group_layout.addWidget(self.mapping_box)
        self.preview_button = QPushButton("Preview")
        self.preview_button.setAutoDefault(False)
        self.preview_button.clicked.connect(self.preview)
        self.state = QLabel()
        self.state.setStyleSheet(NOTE_STYLE)
        self.state.setWordWrap(True)
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview_button)
        preview_row.addWidget(self.state, 1)
        self.outcome_view = OutcomeView()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton("Import")
        self.import_button.setAutoDefault(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.mapping_group)
        layout.addLayout(preview_row)
        layout.addWidget(self.outcome_view, 1)
        layout.addWidget(self.buttons)
        self._refresh()
        self.load_presets()

    # ---- the file and its mapping -----------------------------------------------------
    def load_presets(self) -> None:
        run_for(self, self.ctx.runner, self.ctx.services.csv_import.presets).on_success(
            self._presets_loaded).on_failure(self.notice.show_error)

    def _presets_loaded(self, presets: list[SourceInfo]) -> None:
        self.presets = presets
        chosen = self.preset_combo.currentData()
        self.preset_combo.clear()
        self.preset_combo.addItem(SUGGESTED, None)
        for info in presets:
            self.preset_combo.addItem(f"Saved mapping: {info.name}", info.name)
        self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(chosen), 0))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose the appointments' CSV file", "",
                                              "CSV files (*.csv *.txt *.tsv);;All files (*)")
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        self.notice.clear()
        self.suggestion = self.outcome = None
        self.done_importing = False
        self.generation += 1
        self.outcome_view.clear()
        self.file_label.setText(path)
        self.state.setText("Reading the file…")
        self._refresh()
        imports = self.ctx.services.csv_import

        def read() -> tuple[CsvSuggestion, list[SourceInfo]]:
            return imports.suggest(path), imports.presets()
        run_for(self, self.ctx.runner, read).on_success(self._opened).on_failure(
            self._unreadable)

    def _opened(self, found: tuple[CsvSuggestion, list[SourceInfo]]) -> None:
        self.suggestion, presets = found
        self._presets_loaded(presets)
        self.mapping_box.set_file(self.suggestion)
        fitting = next((p for p in presets if _fits(p, self.suggestion.headers)), None)
        self.state.setText(f"{len(self.suggestion.headers)} columns found.")
        if fitting is not None:
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(fitting.name))
            self._preset_chosen()
            self.state.setText(f"{len(self.suggestion.headers)} columns found. They fit the "
                               f"saved mapping “{fitting.name}”, chosen below.")
        else:
            self.preset_combo.setCurrentIndex(0)
            self.name_edit.clear()
        self._edited()

    def _unreadable(self, exc: BaseException) -> None:
        self.state.setText("")
        self.notice.show_error(exc)
        self._refresh()

    def _preset_chosen(self, _index: int = 0) -> None:
        name = self.preset_combo.currentData()
        info = next((p for p in self.presets if p.name == name), None)
        if info is not None:
            self.name_edit.setText(info.name)
            if self.suggestion is not None:
                self.mapping_box.apply(dict(info.settings))
        elif self.suggestion is not None:
            self.name_edit.clear()
            self.mapping_box.apply(self.suggestion.mapping)
        self._edited()

    def _edited(self, *_args: Any) -> None:
        """Any change to the mapping or its name: the last preview no longer holds."""
        self.generation += 1
        if self.outcome is not None and not self.done_importing:
            self.outcome = None
            self.outcome_view.clear()
            self.state.setText("Changed since the preview: preview again.")
        self.errors.clear()
        self._refresh()

    # ---- preview and import ---------------------------------------------------------------
    def preview(self) -> None:
        if self.suggestion is None or self.mapping_box.date_blocks():
            return
        self.notice.clear()
        self.errors.clear()
        self.generation += 1
        generation, path = self.generation, self.suggestion.path
        mapping, name = self.mapping_box.mapping(), self.name_edit.text().strip()
        self.state.setText("Reading every row…")
        self.preview_button.setEnabled(False)
        (run_for(self, self.ctx.runner, self.ctx.services.csv_import.preview, path, mapping,
                 preset=name or None)
         .on_success(lambda outcome: self._previewed(outcome, generation))
         .on_failure(lambda exc: self._refused(exc, generation)))

    def _previewed(self, outcome: CsvOutcome, generation: int) -> None:
        if generation != self.generation:
            return
        self.outcome = outcome
        self.state.setText("")
        self.outcome_view.show_outcome(outcome)
        if not _good_rows(outcome):
            self.state.setText("No row can be imported: fix the rows listed and preview "
                               "the file again.")
        self._refresh()

    def _refused(self, exc: BaseException, generation: int) -> None:
        if generation != self.generation:
            return
        self.state.setText("")
        if self.errors.show(exc) is None:
            self.notice.show_error(exc)
        self._refresh()

    def start_import(self) -> None:
        outcome, suggestion = self.outcome, self.suggestion
        if outcome is None or suggestion is None or not _good_rows(outcome):
            return
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.errors.label("name").show_message(NEED_NAME)
            self.name_edit.setFocus()
            return
        imports, actor = self.ctx.services.csv_import, self.ctx.actor
        mapping, path = self.mapping_box.mapping(), suggestion.path
        generation = self.generation

        def run() -> CsvOutcome:
            imports.save_preset(name, mapping, actor=actor)
            return imports.import_file(path, name)
        self.import_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.state.setText("Importing…")
        (run_for(self, self.ctx.runner, run)
         .on_success(lambda done: self._imported(done, name))
         .on_failure(lambda exc: self._refused(exc, generation)))

    def _imported(self, outcome: CsvOutcome, name: str) -> None:
        self.done_importing = True
        self.outcome = outcome
        self.outcome_view.show_outcome(outcome)
        skipped = len(outcome.problems)
        words = (f"Imported through “{name}”: {outcome.new} new, {outcome.moved} moved, "
                 f"{outcome.changed} changed, {outcome.cancelled} cancelled"
                 + (f"; {skipped} row{'s' if skipped != 1 else ''} skipped (listed below)."
                    if skipped else ".")
                 + " The mapping is saved for the next export.")
        self.notice.show_notice(words, "warning" if skipped else "success")
        self.state.setText("")
        self.load_presets()
        self._refresh()
        self.imported.emit(words)

    def _refresh(self) -> None:
        ready = self.suggestion is not None
        self.mapping_group.setEnabled(ready)
        self.preset_combo.setEnabled(ready)
        self.name_edit.setEnabled(ready)
        blocked = ready and self.mapping_box.date_blocks()
        self.preview_button.setEnabled(ready and not blocked and not self.done_importing)
        self.preview_button.setToolTip("Choose the date order first." if blocked else "")
        if blocked and self.outcome is None:
            self.state.setText("Choose the date order above to preview the file.")
        good = _good_rows(self.outcome) if self.outcome is not None else 0
        can_import = bool(good) and not self.done_importing
        self.import_button.setEnabled(can_import)
        self.import_button.setText(f"Import {good} row{'s' if good != 1 else ''}"
                                   if can_import else "Import")


def _good_rows(outcome: CsvOutcome) -> int:
    return (outcome.new + outcome.moved + outcome.changed + outcome.cancelled
            + outcome.unchanged)


def _fits(info: SourceInfo, headers: tuple[str, ...]) -> bool:
    """Every column the saved mapping names is in the file (names compared loosely)."""
    columns = info.settings.get("columns")
    if not isinstance(columns, dict) or not columns:
        return False
    present = {" ".join(h.casefold().split()) for h in headers}
    return all(" ".join(str(c).casefold().split()) in present for c in columns.values())
