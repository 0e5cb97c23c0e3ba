"""Help → Backups…: where the practice's backups go, the last good one, the list, "Back up now"
and "Restore…".

Every call goes through the task runner; those that touch the backup folder (which may be a
slow network share) on the network lane, so the schedule's reads never wait for them. A
restore is checked first (the backup opens with its key and passes every check), confirmed in
words, and done once FrontDesk has closed (`after_quit`): the database file cannot be
replaced while the window, the reminders and the replies use it. The person is told so, and
starts FrontDesk again afterwards.
"""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.backup_dto import (
    BackupCheck,
    BackupError,
    BackupFile,
    BackupStatus,
    RestoreResult,
)
from frontdesk.ui.context import UiContext
from frontdesk.ui.support import after_quit
from frontdesk.ui.support.help_menu import open_once
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.fmt import day_short, time_text
from frontdesk.ui.widgets.notice import NoticeBar, WrapLabel, error_text

log = logging.getLogger(__name__)
TITLE = "Backups"
INTRO = ("FrontDesk makes an encrypted backup of the practice's data once a day while it runs, "
         "checks it, and keeps 7 daily, 4 weekly and 12 monthly backups. Choose a folder on a "
         "USB disk or a network share, so that a failed computer does not take the backups "
         "with it. Beside each backup is its recovery file: with the recovery code, it "
         "restores on another computer.")
COLUMNS = ("Made", "Size", "Schema", "Recovery file")
CODE_ASK = ("Type the recovery code of the practice this backup was made from (six groups of "
            "four characters, shown when FrontDesk was set up).")


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} KB"


def confirm_text(check: BackupCheck, when: str) -> str:
    older = ("This backup was made by an earlier version of FrontDesk: it is brought up to "
             "date once it is back in place.\n\n" if check.older else "")
    return (f"Replace the practice's database with the backup made {when} ({check.name})?\n\n"
            f"Anything entered in FrontDesk after {when} is not in this backup. The database "
            "in use now is not deleted: it is kept aside in FrontDesk's data folder (as "
            "frontdesk.db.replaced-<date and time>).\n\n"
            f"{older}FrontDesk closes to do this: reminders and replies wait until it is "
            "started again. Start FrontDesk again when it says the backup is in place.")


def restored_text(result: RestoreResult) -> str:
    aside = (f" The database it replaced is kept as {result.replaced}." if result.replaced
             else "")
    later = " It was brought up to date for this version of FrontDesk." if result.migrated \
        else ""
    notes = "".join(f" {note}" for note in result.notes)
    return (f"The backup made {result.made:%Y-%m-%d %H:%M} UTC is in place.{aside}{later}"
            f"{notes} Start FrontDesk again.")


def restore_after_quit(services, path: str, code: str | None, actor: str) -> None:
    """The restore itself, once FrontDesk has closed; then what happened, in words."""
    try:
        result = services.backups.restore(path, code, actor)
    except Exception as exc:
        log.error("Restore after closing failed: %s", type(exc).__name__)
        QMessageBox.warning(None, "FrontDesk: backup not restored",
                            f"The backup was not restored. {error_text(exc)}")
        return
    log.info("Restore after closing done")
    QMessageBox.information(None, "FrontDesk: backup restored", restored_text(result))


class BackupDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.ctx, self.runner = ctx, ctx.runner
        self.tz = ZoneInfo("UTC")
        self.backups: list[BackupFile] = []
        self.quit_app = QApplication.quit  # how FrontDesk closes for a restore (tests: stub)
        self.notice = NoticeBar(self)
        intro = WrapLabel(self)
        intro.setText(INTRO)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName("Backup folder")
        self.choose_button = QPushButton("Choose…", self)
        self.choose_button.setToolTip("Choose the folder the daily backups go to")
        self.last_label = WrapLabel(self)
        self.last_label.setAccessibleName("Last good backup")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Backups in the folder")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.backup_button = QPushButton("Back up now", self)
        self.restore_button = QPushButton("Restore…", self)
        self.restore_button.setToolTip("Put the chosen backup (or a backup file) in place of the "
                                       "practice's database; the one in use is kept aside")
        closer = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        closer.rejected.connect(self.reject)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel("Backup folder:", self))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.backup_button)
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(closer)
        box = QVBoxLayout(self)
        box.addWidget(self.notice)
        box.addWidget(intro)
        box.addLayout(folder_row)
        box.addWidget(self.last_label)
        box.addWidget(self.table, 1)
        box.addLayout(bottom)
        self.resize(760, 520)
        self.choose_button.clicked.connect(self.choose_folder)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_clicked)
        self.reload()

    @property
    def service(self):
        return self.ctx.services.backups

    # ---- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.last_label.setText("Reading…")
        run_for(self, self.runner, self.service.status).on_success(self._show_status) \
            .on_failure(self._failed)
        run_for(self, self.runner, self.service.list_backups, network=True).on_success(
            self._show_list).on_failure(self._failed)

    def when(self, moment) -> str:
        local = moment.astimezone(self.tz)
        return f"{day_short(local.date())}, {time_text(local)}"

    def _show_status(self, status: BackupStatus) -> None:
        if not status.available:
            self.last_label.setText("The demo practice keeps no backups.")
            for widget in (self.choose_button, self.backup_button, self.restore_button):
                widget.setEnabled(False)
            return
        self.tz = ZoneInfo(status.timezone)
        self.folder_edit.setText(status.folder)
        self.folder_edit.setToolTip("" if status.chosen else "No folder chosen yet: backups go "
                                    "to FrontDesk's own data folder, on this computer's disk.")
        last = (f"Last good backup: {self.when(status.last_ok_at)} ({status.last_ok_file})."
                if status.last_ok_at else "No backup has been made yet.")
        if not status.chosen:
            last += (" Backups are on this computer's own disk: choose a USB disk or a network "
                     "share, so that a failed disk does not take them too.")
        self.last_label.setText(last)
        if status.problems:
            self.notice.show_notice("\n".join(status.problems), "warning")
        elif self.notice.level == "warning":
            self.notice.clear()

    def _show_list(self, backups: list[BackupFile]) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, b in enumerate(backups):
            values = (self.when(b.made), _size(b.size), b.revision,
                      "beside it" if b.has_recovery else "missing")
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(b.path)
                self.table.setItem(row, col, item)
        if not backups:
            self.table.setRowCount(0)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.notice.show_notice(error_text(exc), "error")

    def _busy(self, busy: bool, text: str = "") -> None:
        for widget in (self.choose_button, self.backup_button, self.restore_button):
            widget.setEnabled(not busy)
        if busy:
            self.notice.show_notice(text, "info")

    # ---- changing --------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Choose the backup folder",
                                                  self.folder_edit.text())
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        self._busy(True, "Checking that backups can be written there…")
        run_for(self, self.runner, self.service.set_folder, folder, self.ctx.actor,
                network=True).on_success(self._folder_set).on_failure(self._failed)

    def _folder_set(self, status: BackupStatus) -> None:
        self._busy(False)
        self.notice.show_notice(f"Daily backups go to {status.folder} from now on.", "success")
        self.reload()

    def back_up_now(self) -> None:
        self._busy(True, "Backing up and checking the backup…")
        run_for(self, self.runner, self.service.back_up_now, self.ctx.actor, network=True) \
            .on_success(self._backed_up).on_failure(self._failed)

    def _backed_up(self, made: BackupFile) -> None:
        self._busy(False)
        self.reload()
        self.notice.show_notice(f"Backup made and checked: {made.name}.", "success")

    # ---- restore ---------------------------------------------------------------------------
    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_clicked(self) -> None:
        chosen = self.selected()
        path = chosen.path if chosen else QFileDialog.getOpenFileName(
            self, "Choose a backup to restore", self.folder_edit.text(),
            "FrontDesk backups (*.db)")[0]
        if path:
            self.check_backup(path)

    def check_backup(self, path: str, code: str | None = None) -> None:
        self._busy(True, "Checking the backup (it is opened and every page is read)…")
        run_for(self, self.runner, self.service.verify, path, code, network=True).on_success(
            lambda check: self._confirm(check, code)).on_failure(
            lambda exc: self._check_failed(exc, path))

    def _check_failed(self, exc: BaseException, path: str) -> None:
        self._busy(False)
        if isinstance(exc, BackupError) and exc.reason in (BackupError.NEEDS_CODE,
                                                           BackupError.BAD_CODE):
            code = self.ask_code(f"{exc.message} {CODE_ASK}")
            if code:
                self.check_backup(path, code)
                return
        self.notice.show_notice(error_text(exc), "error")

    def ask_code(self, text: str) -> str | None:
        code, ok = QInputDialog.getText(self, "Recovery code", text,
                                        QLineEdit.EchoMode.Password)
        return code.strip() if ok and code.strip() else None

    def _confirm(self, check: BackupCheck, code: str | None) -> None:
        self._busy(False)
        answer = QMessageBox.question(
            self, "Restore this backup?", confirm_text(check, self.when(check.made)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            self.notice.show_notice("Nothing was restored.", "info")
            return
        services, actor = self.ctx.services, self.ctx.actor
        after_quit.then(lambda: restore_after_quit(services, check.path, code, actor))
        self.notice.show_notice("FrontDesk is closing to put the backup in place; start it "
                                "again when it says the backup is in place.", "info")
        log.info("Restore chosen: FrontDesk closes, then restores")
        self.quit_app()


def open_backups(window) -> BackupDialog:
    """Help → Backups… over `window` (the main window), or the one already open."""
    def make() -> BackupDialog:
        made = BackupDialog(window.ctx, window)
        made.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return made

    return open_once(window, "backup_dialog", BackupDialog, make)[0]
