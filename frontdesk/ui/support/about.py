"""Help → About FrontDesk: the version, the licence, Qt's and Python's versions, and where the
data and the logs are (each with an Open folder button). No client data.

    open_about(window)   # window: the MainWindow (its ctx)
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk import APP_NAME
from frontdesk.services.installation import AboutInfo
from frontdesk.ui.context import UiContext
from frontdesk.ui.support.help_menu import open_once
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.notice import NoticeBar, WrapLabel

LICENCE_WORDS = ("Free software under the GNU Affero General Public License, version 3 or "
                 "later (AGPL-3.0-or-later): you may use, study, share and change it; if you "
                 "offer a changed version to others over a network, you share its source too.")


class AboutDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: AboutInfo | None = None
        self.setWindowTitle(f"About {APP_NAME}")
        self.notice = NoticeBar(self)
        self.title = QLabel(APP_NAME, self)
        big = QFont(self.title.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.title.setFont(big)
        self.version = self._value()
        self.licence = self._value(LICENCE_WORDS)
        self.qt = self._value(f"{qVersion()} (PySide6 {PySide6.__version__})")
        self.python = self._value()
        self.system = self._value()
        self.data_dir = self._value()
        self.log_dir = self._value()
        self.open_data = QPushButton("Open &data folder", self)
        self.open_logs = QPushButton("Open &log folder", self)
        for button in (self.open_data, self.open_logs):
            button.setEnabled(False)
        self.open_data.clicked.connect(lambda: self._open(self.info.data_dir if self.info
                                                          else None))
        self.open_logs.clicked.connect(lambda: self._open(self.info.log_dir if self.info
                                                          else None))
        grid = QGridLayout()
        rows = (("Version", self.version, None), ("Licence", self.licence, None),
                ("Qt", self.qt, None), ("Python", self.python, None),
                ("System", self.system, None), ("Data folder", self.data_dir, self.open_data),
                ("Log folder", self.log_dir, self.open_logs))
        for i, (label, value, button) in enumerate(rows):
            grid.addWidget(QLabel(f"{label}:", self), i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, i, 1)
            if button is not None:
                grid.addWidget(button, i, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addWidget(self.title)
        lay.addLayout(grid)
        lay.addWidget(buttons)
        self.resize(640, 360)

    def _value(self, text: str = "…") -> WrapLabel:
        label = WrapLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setText(text)
        return label

    def load(self) -> None:
        (run_for(self, self.ctx.runner, self.ctx.services.doctor.about)
         .on_success(self.show_info).on_failure(self.notice.show_error))

    def show_info(self, info: AboutInfo) -> None:
        self.info = info
        self.version.setText(f"{info.version}{' (the demo practice)' if info.demo else ''}")
        self.licence.setText(LICENCE_WORDS if info.licence == "AGPL-3.0-or-later"
                             else info.licence)
        self.python.setText(info.python)
        self.system.setText(info.system)
        self.data_dir.setText(str(info.data_dir))
        self.log_dir.setText(str(info.log_dir))
        self.open_data.setEnabled(True)
        self.open_logs.setEnabled(True)

    def _open(self, folder: Path | None) -> None:
        if folder is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.notice.show_notice(f"No file manager opened {folder}: open it by hand (the "
                                    "path can be selected and copied).", "warning")


def open_about(window) -> AboutDialog:
    """Open About over `window` (the main window), or raise the one already open."""
    dialog, made = open_once(window, "about_dialog", AboutDialog,
                             lambda: AboutDialog(window.ctx, window))
    if made:
        dialog.load()
    return dialog
