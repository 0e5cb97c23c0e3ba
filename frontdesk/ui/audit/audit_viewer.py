"""The audit trail viewer: who did what and when, newest first, for the practice owner.

Every read goes through the task runner (`run_for`); the export and the chain check run on
the analytics lane, so a long trail never holds up the schedule's own reads. Opening the
viewer and exporting are recorded in the trail by the service.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.audit_dto import AuditFilters, AuditOptions, AuditPage
from frontdesk.ui.audit.audit_filters import AuditFilterRow
from frontdesk.ui.audit.audit_model import AuditModel, size_columns
from frontdesk.ui.context import UiContext
from frontdesk.ui.tasks import LatestOnly, run_for
from frontdesk.ui.widgets.notice import NoticeBar, error_text

PAGE = 500
TITLE = "Audit trail"
INTRO = ("Everything done in FrontDesk, newest first: who did it, when, and to what. "
         "Opening this list and exporting it are recorded too.")


def _entries(n: int) -> str:
    return f"{n:,} entr{'y' if n == 1 else 'ies'}"


class AuditViewer(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.ctx, self.runner = ctx, ctx.runner
        self.page: AuditPage | None = None
        self.shown_filters: AuditFilters | None = None  # what the rows on screen match
        self.loads = LatestOnly(ctx.runner, owner=self)
        self.notice = NoticeBar(self)
        intro = QLabel(INTRO, self)
        intro.setWordWrap(True)
        self.filters = AuditFilterRow(ctx, self)
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Audit entries")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        size_columns(self.table)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.status = QLabel("Reading the audit trail…", self)
        self.status.setAccessibleName("Audit trail status")
        self.older_button = QPushButton("Load older", self)
        self.older_button.setToolTip(f"The next {PAGE} older entries that match")
        self.older_button.setEnabled(False)
        self.refresh_button = QPushButton("⟳ Refresh", self)
        self.check_button = QPushButton("Check the chain", self)
        self.check_button.setToolTip("Check that no entry was changed, deleted or slipped in "
                                     "(every entry carries the fingerprint of the one before)")
        self.export_button = QPushButton("Export CSV…", self)
        self.export_button.setToolTip("Save every entry that matches the filters as a CSV "
                                      "spreadsheet")
        closer = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        closer.rejected.connect(self.reject)
        for button in (*closer.buttons(), *self.findChildren(QPushButton)):
            button.setAutoDefault(False)  # Enter in the client box must not close or clear
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for button in (self.older_button, self.refresh_button, self.check_button,
                       self.export_button):
            bottom.addWidget(button)
        bottom.addWidget(closer)
        box = QVBoxLayout(self)
        box.addWidget(self.notice)
        box.addWidget(intro)
        box.addWidget(self.filters)
        box.addWidget(self.table, 1)
        box.addWidget(self.empty, 1)
        box.addLayout(bottom)
        self.resize(1180, 660)
        self.filters.changed.connect(self.reload)
        self.filters.message.connect(self.notice.show_notice)
        self.older_button.clicked.connect(self.load_older)
        self.refresh_button.clicked.connect(self.refresh)
        self.check_button.clicked.connect(self.check_chain)
        self.export_button.clicked.connect(self._export_clicked)
        self._set_busy(True)
        run_for(self, self.runner, ctx.services.audit_trail.viewed, ctx.actor).on_success(
            lambda _r: self.refresh()).on_failure(self._refused)

    @property
    def trail(self):
        return self.ctx.services.audit_trail

    # ---- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the choices for the filters and the newest entries again."""
        run_for(self, self.runner, self.trail.filter_options).on_success(
            self._options).on_failure(lambda exc: self.notice.show_notice(
                f"The list of people and actions could not be read. {error_text(exc)}",
                "error"))
        self.reload()

    def reload(self) -> None:
        """The newest entries matching the filters (what is on screen is replaced)."""
        filters = self.filters.filters()
        self.older_button.setEnabled(False)
        self.status.setText("Reading the audit trail…")
        self.loads.run(self.trail.entries, filters, PAGE, None,
                       on_success=lambda page: self._show(page, filters, fresh=True),
                       on_failure=self._failed)

    def load_older(self) -> None:
        """The next page of older entries matching the same filters, below these."""
        page, filters = self.page, self.shown_filters
        if page is None or filters is None or page.next_before_id is None:
            return
        self.older_button.setEnabled(False)
        self.loads.run(self.trail.entries, filters, PAGE, page.next_before_id,
                       on_success=lambda older: self._show(older, filters, fresh=False),
                       on_failure=self._failed)

    def _options(self, options: AuditOptions) -> None:
        self.filters.blockSignals(True)
        self.filters.set_options(options)
        if options.timezone:  # the practice's today, not this computer's
            now = self.ctx.services.clock.now()
            self.filters.set_today(now.astimezone(ZoneInfo(options.timezone)).date())
        self.filters.blockSignals(False)

    def _show(self, page: AuditPage, filters: AuditFilters, *, fresh: bool) -> None:
        self._set_busy(False)
        if fresh:
            self.model.set_rows(page.rows)
            self.table.scrollToTop()
        else:
            self.model.add_rows(page.rows)
        self.page, self.shown_filters = page, filters
        count = self.model.rowCount()
        self.older_button.setEnabled(page.more)
        self.table.setVisible(bool(count))
        self.empty.setVisible(not count)
        narrowed = filters != AuditFilters()
        self.empty.setText("No entries match these filters. Clear a filter to see more."
                           if narrowed else "The audit trail has no entries yet.")
        more = " · older ones match too: Load older" if page.more else ""
        zone = f" · times in {page.timezone.replace('_', ' ')}" if page.timezone else ""
        self.status.setText(f"{_entries(count)} shown, newest first{more}{zone}" if count
                            else "No entries shown.")

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.older_button.setEnabled(self.page is not None and self.page.more)
        self.status.setText("The audit trail could not be read.")
        self.notice.show_notice(f"The audit trail could not be read. {error_text(exc)}",
                                "error")

    def _refused(self, exc: BaseException) -> None:
        """Not allowed (or the desk locked meanwhile): nothing is read."""
        self.status.setText("The audit trail is not shown.")
        self.filters.setEnabled(False)
        self.notice.show_notice(error_text(exc), "error")

    def _set_busy(self, busy: bool) -> None:
        for button in (self.refresh_button, self.check_button, self.export_button):
            button.setEnabled(not busy)

    # ---- export ----------------------------------------------------------------------------
    def ask_save_path(self, name: str) -> str | None:
        """Where to save (a Save dialog, which asks before replacing a file); tests replace
        this."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _kind = QFileDialog.getSaveFileName(self, "Export the audit trail",
                                                  str(Path(folder) / name),
                                                  "CSV spreadsheet (*.csv)")
        return path or None

    def _export_clicked(self) -> None:
        path = self.ask_save_path("audit-trail.csv")
        if path:
            self.export_csv(path, overwrite=True)  # the Save dialog asked already

    def export_csv(self, path: str | Path, *, overwrite: bool = False) -> None:
        """Every entry matching the filters to `path` (off the GUI thread)."""
        path = Path(path)
        if path.suffix.lower() != ".csv":  # a name the Save dialog did not ask about
            path, overwrite = path.with_suffix(path.suffix + ".csv"), False
        filters = self.filters.filters()
        self.export_button.setEnabled(False)
        self.notice.show_notice(f"Saving the entries that match to {path.name}…", "info")
        run_for(self, self.runner, self.trail.export_csv, filters, str(path), self.ctx.actor,
                overwrite=overwrite, analytics=True).on_success(
            lambda n: self.notice.show_notice(f"Saved {_entries(n)} to {path.name}.",
                                              "success", timeout_ms=10_000)).on_failure(
            lambda exc: self.notice.show_notice(f"The file was not saved. {error_text(exc)}",
                                                "error")).on_finished(
            lambda: self.export_button.setEnabled(True))

    # ---- the chain -------------------------------------------------------------------------
    def check_chain(self) -> None:
        """Check every entry's link to the one before (a long trail takes a few seconds)."""
        self.check_button.setEnabled(False)
        self.notice.show_notice("Checking every entry of the audit trail…", "info")
        run_for(self, self.runner, self.trail.verify, self.ctx.actor, analytics=True
                ).on_success(self._checked).on_failure(
            lambda exc: self.notice.show_notice(
                f"The chain could not be checked. {error_text(exc)}", "error")).on_finished(
            lambda: self.check_button.setEnabled(True))

    def _checked(self, report) -> None:
        if report.ok:
            words = " ".join(w for w in (report.summary(), report.checkpoint) if w)
            self.notice.show_notice(words, "success")
        else:
            self.notice.show_notice(report.warning(), "error")
