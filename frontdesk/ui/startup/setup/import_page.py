"""Step 5: existing clients from a CSV file — choose, map the columns, preview, import."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QWidget,
)

from frontdesk.services.client_import import CsvPreview, Field, ImportPlan, ImportResult, Mapping
from frontdesk.ui.context import UiContext
from frontdesk.ui.startup.setup.import_model import PREVIEW_LIMIT, PreviewModel
from frontdesk.ui.startup.setup.wizard import SetupPage
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import NOTE_STYLE, ErrorLabel
from frontdesk.ui.widgets.notice import error_text

IGNORE = "Ignore this column"
CONSENT_NOTE = (
    "<b>Consent:</b> imported clients get <b>no consent</b> to texts or emails unless a "
    "column of the file says so (e.g. “SMS consent: yes”). Automated health reminders need "
    "the client's prior consent, recorded with when and how it was given: record it on each "
    "client's page before reminders can go to them.")
RECHECK_MS = 400


class ImportPage(SetupPage):
    title = "Import existing clients"
    intro = ("Bring your client list from a CSV file (any spreadsheet or practice system "
             "can save one). Nothing is saved until you press Import, and then either every "
             "good row is saved or — if anything goes wrong — none.")

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.preview: CsvPreview | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.generation = 0  # a check started before the last change is ignored
        self.choose_button = QPushButton("Choose a CSV file…")
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.file_label.setStyleSheet(NOTE_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        self.outer.addLayout(top)
        self.mapping_box = QWidget()
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.mapping_grid.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.mapping_box)
        scroll.setMaximumHeight(150)
        self.scroll = scroll
        self.outer.addWidget(scroll)
        self.combos: list[QComboBox] = []
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.only_problems = QCheckBox("Show only rows with problems")
        self.only_problems.toggled.connect(self._show_table)
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.counts, 1)
        counts_row.addWidget(self.only_problems)
        self.outer.addLayout(counts_row)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Import preview")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.outer.addWidget(self.table, 1)
        consent = QLabel(CONSENT_NOTE)
        consent.setWordWrap(True)
        self.outer.addWidget(consent)
        self.error = ErrorLabel()
        self.outer.addWidget(self.error)
        self.import_button = QPushButton("Import")
        self.import_button.clicked.connect(lambda: self.start_import(None, None))
        self.import_button.setMinimumWidth(
            self.import_button.fontMetrics().horizontalAdvance("Import 100000 clients") + 32)
        self.export_button = QPushButton("Save the skipped rows…")
        self.export_button.clicked.connect(self.export_skipped)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.import_button)
        self.outer.addLayout(bottom)
        self.recheck = QTimer(self)
        self.recheck.setSingleShot(True)
        self.recheck.setInterval(RECHECK_MS)
        self.recheck.timeout.connect(self.check)
        self._refresh_buttons()
        self.scroll.hide()

    # ---- choosing and mapping -------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose the clients' CSV file", "",
                                              "CSV files (*.csv *.txt *.tsv);;All files (*)")
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        self.error.clear()
        self.summary.clear()
        self.preview = self.plan = self.result = None
        self.generation += 1
        self.model.clear()
        self.counts.setText("Reading the file…")
        self._refresh_buttons()
        (run_for(self, self.runner, self.services.client_import.open, path)
         .on_success(self._opened).on_failure(self._failed))

    def _opened(self, preview: CsvPreview) -> None:
        self.preview = preview
        self.file_label.setText(f"{preview.path} — {preview.format.description}")
        for combo in self.combos:
            combo.deleteLater()
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.combos = []
        self.mapping_grid.addWidget(QLabel("<b>Column in the file</b>"), 0, 0)
        self.mapping_grid.addWidget(QLabel("<b>Is</b>"), 0, 1)
        self.mapping_grid.addWidget(QLabel("<b>First row says</b>"), 0, 2)
        for i, header in enumerate(preview.headers):
            combo = QComboBox()
            combo.addItem(IGNORE, None)
            for field in Field:
                combo.addItem(field.label, field)
            combo.setAccessibleName(f"Column {header}")
            guessed = preview.guess.columns[i]
            combo.setCurrentIndex(combo.findData(guessed) if guessed else 0)
            combo.currentIndexChanged.connect(self._mapping_changed)
            example = preview.sample[0][i] if i < len(preview.sample[0]) else ""
            self.mapping_grid.addWidget(QLabel(header), i + 1, 0)
            self.mapping_grid.addWidget(combo, i + 1, 1)
            self.mapping_grid.addWidget(QLabel(example), i + 1, 2)
            self.combos.append(combo)
        self.scroll.show()
        self.check()

    def mapping(self) -> Mapping:
        return Mapping(tuple(Field(c.currentData()) if c.currentData() else None
                             for c in self.combos))

    def _mapping_changed(self) -> None:
        self.plan = None
        self.generation += 1
        self.counts.setText("Checking the rows again…")
        self._refresh_buttons()
        self.recheck.start()

    def check(self) -> None:
        if self.preview is None:
            return
        self.error.clear()
        self.generation += 1
        generation = self.generation
        self.counts.setText("Checking every row…")
        (run_for(self, self.runner, self.services.client_import.check, self.preview.path,
                 self.mapping())
         .on_success(lambda plan: self._checked(plan, generation))
         .on_failure(lambda exc: self._check_failed(exc, generation)))

    def _checked(self, plan: ImportPlan, generation: int) -> None:
        if generation != self.generation:
            return
        self.plan = plan
        good, bad = len(plan.good), len(plan.bad)
        text = f"{len(plan.rows)} rows: {good} ready to import"
        text += f", {bad} will be skipped (see “Problem”)." if bad else "."
        if len(plan.rows) > PREVIEW_LIMIT:
            text += f" The first {PREVIEW_LIMIT} are shown."
        self.counts.setText(text)
        self._show_table()
        self._refresh_buttons()

    def _check_failed(self, exc: BaseException, generation: int) -> None:
        if generation == self.generation:
            self.counts.clear()
            self.model.clear()
            self._failed(exc)

    def _show_table(self) -> None:
        if self.result is not None:
            self.model.show_rows(self.result.headers, self.plan.mapping, self.result.skipped)
        elif self.plan is not None:
            rows = self.plan.bad if self.only_problems.isChecked() else self.plan.rows
            self.model.show_rows(self.plan.headers, self.plan.mapping, rows)
        self.table.resizeColumnsToContents()

    # ---- importing ------------------------------------------------------------------
    def start_import(self, done, failed) -> None:
        plan = self.plan
        if plan is None or not plan.good:
            self.error.show_message("There is no row ready to import.")
            if failed:
                failed()
            return
        self.import_button.setEnabled(False)
        self.summary.setText(f"Importing {len(plan.good)} clients…")

        def imported(result: ImportResult) -> None:
            self.result = result
            self.summary.setText(result.summary)
            self.counts.setText("The rows below were skipped: save them, fix them, and import "
                                "that file." if result.skipped else "")
            self.changed.emit()
            self._show_table()
            self._refresh_buttons()
            if done:
                done()

        def refused(exc: BaseException) -> None:
            self.summary.clear()
            self._failed(exc)
            if failed:
                failed()

        (run_for(self, self.runner, self.services.client_import.run, plan, self.actor)
         .on_success(imported).on_failure(refused))

    def export_skipped(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save the skipped rows",
                                              "skipped-clients.csv", "CSV files (*.csv)")
        if not path or self.result is None:
            return
        (run_for(self, self.runner, self.services.client_import.export_skipped, self.result,
                 path)
         .on_success(lambda n: self.summary.setText(
             f"{self.result.summary} The {n} skipped rows are saved in {path}: fix them "
             "there and import that file."))
         .on_failure(self._failed))

    def commit(self, done, failed) -> None:
        """Continuing with rows checked but not imported imports them first."""
        if self.plan is not None and self.result is None and self.plan.good:
            self.start_import(done, failed)
        else:
            done()

    def _failed(self, exc: BaseException) -> None:
        self.error.show_message(error_text(exc))
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        ready = self.plan is not None and self.result is None and bool(self.plan.good)
        self.import_button.setEnabled(ready)
        self.import_button.setText(f"Import {len(self.plan.good)} clients" if ready
                                   else "Import")
        self.export_button.setVisible(self.result is not None and bool(self.result.skipped))
        self.only_problems.setEnabled(self.plan is not None and self.result is None)
