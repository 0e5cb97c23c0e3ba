"""Help → Check this installation…: the installation check's lines (services/doctor.py), each
shown three ways at once (glyph, word, colour), with what to do; Run again; Copy support info
(the same lines with versions and counts, no client data) to the clipboard. The check takes
seconds: it runs on the network lane, never on the GUI thread.

    open_doctor(window)   # window: the MainWindow (its ctx, its show_notice)
"""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.doctor_lines import Check, Level, tally, worst
from frontdesk.ui.context import UiContext
from frontdesk.ui.support.help_menu import open_once
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets import style
from frontdesk.ui.widgets.notice import NoticeBar, WrapLabel, error_text

TITLE = "Check this installation"
CHECKING = "Checking the keyring, the database, the disk, the clock, Twilio, email, backups, " \
           "sync and background work… (this takes a few seconds; nothing is sent)"
COPIED = ("Support information copied. Paste it into your message to whoever supports "
          "FrontDesk: it holds no client data.")


def _badge_sheet(s: style.StateStyle) -> str:
    c = QColor(s.colour)
    return (f"background: rgba({c.red()}, {c.green()}, {c.blue()}, 45); border: 1px solid "
            f"{s.colour}; border-left: 6px solid {s.colour}; border-radius: 3px; "
            f"color: {style.TEXT}; padding: 2px 6px; font-weight: bold;")


class CheckRow(QFrame):
    """One line: the level as glyph + word on its colour, then the name, words, what to do."""

    def __init__(self, check: Check, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        s = style.CHECK_LEVEL[check.level]
        self.badge = QLabel(s.text, self)
        self.badge.setStyleSheet(_badge_sheet(s))
        self.badge.setToolTip(s.tooltip)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        metrics = self.badge.fontMetrics()
        self.badge.setFixedWidth(max(metrics.horizontalAdvance(x.text) for x in
                                     style.CHECK_LEVEL.values()) + 30)  # padding, bold
        self.badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.name = QLabel(check.name, self)
        bold = QFont(self.name.font())
        bold.setBold(True)
        self.name.setFont(bold)
        self.words = self._text(check.words)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.name)
        text.addWidget(self.words)
        self.what_to_do = None
        if check.what_to_do and check.level is not Level.OK:
            self.what_to_do = self._text(f"What to do: {check.what_to_do}")
            text.addWidget(self.what_to_do)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 6, 4, 6)
        lay.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(text, 1)
        self.setAccessibleName(f"{check.name}: {s.label}")
        self.setAccessibleDescription(check.words)

    def _text(self, words: str) -> WrapLabel:
        label = WrapLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setText(words)
        return label


class DoctorDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.checks: list[Check] = []
        self.setWindowTitle(TITLE)
        self.resize(820, 640)
        self.notice = NoticeBar(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        self.run_again = QPushButton("&Run again", self)
        self.copy = QPushButton("&Copy support info", self)
        self.copy.setToolTip("The same lines with FrontDesk's version, the system and counts "
                             "of records, for a support request. No client data.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.run_again, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.run_again.clicked.connect(self.run)
        self.copy.clicked.connect(self.copy_support_info)
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addWidget(self.summary)
        lay.addWidget(scroll, 1)
        lay.addWidget(buttons)

    @property
    def row_widgets(self) -> list[CheckRow]:
        return [w for w in self.rows.findChildren(CheckRow) if w.parent() is self.rows]

    def run(self) -> None:
        self.run_again.setEnabled(False)
        self.copy.setEnabled(False)
        self.notice.clear()
        self.summary.setText(CHECKING)
        self.summary.setStyleSheet("")
        (run_for(self, self.ctx.runner, self.ctx.services.doctor.run_checks, network=True)
         .on_success(self.show_checks).on_failure(self._failed)
         .on_finished(lambda: self.run_again.setEnabled(True)))

    def show_checks(self, checks: list[Check]) -> None:
        self.checks = list(checks)
        for row in self.row_widgets:
            row.setParent(None)
            row.deleteLater()
        for i, check in enumerate(self.checks):
            self.rows_layout.insertWidget(i, CheckRow(check, self.rows))
        s = style.CHECK_LEVEL[worst(self.checks)]
        self.summary.setText(f"{s.glyph} {tally(self.checks)}.")
        self.summary.setStyleSheet(_badge_sheet(s))
        self.copy.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText("")
        self.notice.show_notice(f"The check could not run: {error_text(exc)}", "error")

    def copy_support_info(self) -> None:
        runtime = {"Qt": f"{qVersion()} (PySide6 {PySide6.__version__})",
                   "Qt platform": QGuiApplication.platformName() or "unknown"}
        self.copy.setEnabled(False)
        (run_for(self, self.ctx.runner, self.ctx.services.doctor.support_info, self.checks,
                 runtime, network=True)
         .on_success(self._copied).on_failure(self.notice.show_error)
         .on_finished(lambda: self.copy.setEnabled(bool(self.checks))))

    def _copied(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.notice.show_notice(COPIED, "success")


def open_doctor(window) -> DoctorDialog:
    """Open the check over `window` (the main window) and run it, or raise the one open."""
    dialog, made = open_once(window, "doctor_dialog", DoctorDialog,
                             lambda: DoctorDialog(window.ctx, window))
    if made:
        dialog.run()
    return dialog
