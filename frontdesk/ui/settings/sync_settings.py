"""Practice settings → Calendar sync: the calendars FrontDesk follows (an EHR, Calendly, a
calendar feed), how each one's last sync went, and Sync now.

Every call to the sync service runs through the task runner (Sync now on the network lane);
the list reads again whenever the change bus says a source changed or ran.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.changes import Changes
from frontdesk.ui.context import UiContext
from frontdesk.ui.settings.csv_import_dialog import CsvImportDialog
from frontdesk.ui.settings.sync_source_dialog import SourceDialog
from frontdesk.ui.settings.sync_source_parts import ago, kind_words
from frontdesk.ui.tasks import LatestOnly, run_for
from frontdesk.ui.widgets import style
from frontdesk.ui.widgets.inline_form import NOTE_STYLE
from frontdesk.ui.widgets.notice import NoticeBar, WrapLabel

if TYPE_CHECKING:
    from datetime import datetime

    from frontdesk.services.sync.service import SourceInfo, SourceRun

INTRO = ("FrontDesk can follow the calendar your practice already keeps: an EHR, Calendly or "
         "a calendar feed. Sessions it brings in get reminders like any other; change their "
         "times where they were booked.")
EMPTY = "No calendars yet. Press Add… to follow one."
ADDABLE = ("fhir", "calendly", "ics")
FAILED_CARD = (f"QFrame#sourceCard {{ border: 1px solid {style.VERMILION}; "
               f"border-left: 5px solid {style.VERMILION}; border-radius: 4px; "
               "background: palette(base); }")
CARD = ("QFrame#sourceCard { border: 1px solid palette(mid); border-radius: 4px; "
        "background: palette(base); }")


class SourceCard(QFrame):
    """One source: name, kind, on or off, its last and last good sync, and the last error in
    full when the last sync failed; its own buttons."""

    def __init__(self, info: SourceInfo, now: datetime, zone: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setObjectName("sourceCard")
        failing = bool(info.last_error)
        self.setStyleSheet(FAILED_CARD if failing else CARD)
        self.title = title = QLabel(f"<b>{escape(info.name)}</b> &nbsp; "
                       f"<span style='color:{style.MUTED_TEXT}'>{kind_words(info.kind)}</span>")
        self.state = QLabel(self._state_words())
        self.state.setAccessibleName("On or off")
        self.state.setStyleSheet(f"color: {self._state_colour()}; font-weight: bold;")
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.state)
        self.status = WrapLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_times(now, zone)
        self.status.setAccessibleName("Last sync")
        self.error = WrapLabel()
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet(f"QLabel {{ {style.notice_stylesheet('error')} "
                                 "padding: 6px; }")
        self.error.setAccessibleName("Last sync failed")
        self.error.setText(f"✖ The last sync failed: {info.last_error}" if failing else "")
        self.sync_button = QPushButton("Sync now")
        self.edit_button = QPushButton("Edit…")
        self.toggle_button = QPushButton("Turn off" if info.enabled else "Turn on")
        self.remove_button = QPushButton("Remove…")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.sync_button, self.edit_button, self.toggle_button, self.remove_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        if info.kind == "csv":  # an import preset: imports use it, nothing runs
            for b in (self.sync_button, self.edit_button, self.toggle_button):
                b.hide()
        self.sync_button.setEnabled(info.enabled)
        if not info.enabled:
            self.sync_button.setToolTip("Turn it on to sync it.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.error.setHidden(not failing)  # once it has its parent (a parentless one would show)

    def show_times(self, now: datetime, zone: str) -> None:
        self.status.setText(self._status_words(now, zone))

    def _state_words(self) -> str:
        if self.info.kind == "csv":
            return "Import preset"
        return "● On" if self.info.enabled else "○ Off"

    def _state_colour(self) -> str:
        return style.BLUISH_GREEN if self.info.enabled and self.info.kind != "csv" \
            else style.MUTED_TEXT

    def _status_words(self, now: datetime, zone: str) -> str:
        i = self.info
        if i.kind == "csv":
            return ("A saved column mapping for CSV files (Import appointments…, or "
                    "“frontdesk import”); never synced on its own.")
        lines = []
        if not i.enabled:
            lines.append("Turned off: FrontDesk does not read it until it is turned on.")
        if i.last_run_at is None:
            lines.append("Not synced yet.")
        else:
            lines.append(f"Last sync: {ago(i.last_run_at, now, zone)}")
            if i.last_ok_at is None:
                lines.append("Last good sync: none yet")
            else:
                done = f" — {i.last_summary}" if i.last_summary else ""
                lines.append(f"Last good sync: {ago(i.last_ok_at, now, zone)}{done}")
        return "\n".join(lines)


class SyncTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sources: list[SourceInfo] = []
        self.zone = ""
        self.cards: dict[str, SourceCard] = {}
        self.running: set[str] = set()  # names with a Sync now under way
        self.unexplained: SourceRun | None = None  # a failed Sync now, until the list shows
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        self.alarm = NoticeBar(self, closable=False)  # sources whose last sync failed
        self.notice = NoticeBar(self)  # what the last action did
        self.add_button = QPushButton("Add…")
        self.add_button.setAutoDefault(False)
        menu = QMenu(self.add_button)
        for kind in ADDABLE:
            menu.addAction(kind_words(kind) + "…", lambda k=kind: self.add(k))
        self.add_button.setMenu(menu)
        self.import_button = QPushButton("Import appointments…")
        self.import_button.setAutoDefault(False)
        self.import_button.setToolTip("Sessions from another system's CSV export.")
        self.import_button.clicked.connect(self.import_csv)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.empty = QLabel(EMPTY)
        self.empty.setStyleSheet(NOTE_STYLE)
        self.list_box = QWidget()
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list_box)
        scroll.viewport().setAutoFillBackground(False)  # the tab's own background
        self.list_box.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.alarm)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        self.loads = LatestOnly(ctx.runner, owner=self, coalesce=True, again=self.reload)
        ctx.events.changed.connect(self._changed)
        self.clock_timer = QTimer(self)  # "12 min ago" moves on without reading anything
        self.clock_timer.setInterval(60_000)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()
        self.reload()

    # ---- reading -----------------------------------------------------------------------
    def reload(self) -> None:
        services = self.ctx.services

        def load() -> tuple[list[SourceInfo], str]:
            return services.sync.sources(), services.practice.settings().timezone
        self.loads.run(load, on_success=self._loaded, on_failure=self.notice.show_error)

    def _changed(self, changes: Changes) -> None:
        if changes.has("sync"):
            self.reload()

    def _loaded(self, loaded: tuple[list[SourceInfo], str]) -> None:
        self.sources, self.zone = loaded
        self._render()
        run, self.unexplained = self.unexplained, None
        if run is not None:  # a failed run's words are on its row; a refusal is not kept
            on_row = any(s.name == run.name and s.last_error == run.words
                         for s in self.sources)
            self.notice.show_notice(f"{run.name} did not sync. " + (
                "The reason is under its name below." if on_row else run.words), "error")

    def _tick(self) -> None:
        now = self.ctx.services.clock.now()
        for card in self.cards.values():
            card.show_times(now, self.zone)

    def _render(self) -> None:
        for card in self.cards.values():
            self.list_layout.removeWidget(card)
            card.deleteLater()
        while self.list_layout.count():
            self.list_layout.takeAt(0)
        self.cards = {}
        now = self.ctx.services.clock.now()
        for info in self.sources:
            card = SourceCard(info, now, self.zone, self.list_box)
            card.sync_button.clicked.connect(lambda _=False, n=info.name: self.sync_now(n))
            card.edit_button.clicked.connect(lambda _=False, i=info: self.edit(i))
            card.toggle_button.clicked.connect(lambda _=False, i=info: self.toggle(i))
            card.remove_button.clicked.connect(lambda _=False, n=info.name: self.remove(n))
            if info.name in self.running:
                card.sync_button.setEnabled(False)
                card.sync_button.setText("Syncing…")
            self.cards[info.name] = card
            self.list_layout.addWidget(card)
            card.show()  # now, not at the layout's next turn: the list never flickers empty
        self.list_layout.addWidget(self.empty)
        self.empty.setVisible(not self.sources)
        self.list_layout.addStretch(1)
        failing = [s.name for s in self.sources if s.enabled and s.last_error]
        if failing:
            which = "its" if len(failing) == 1 else "each one's"
            self.alarm.show_notice(
                f"{len(failing)} calendar{'s' if len(failing) > 1 else ''} could not sync: "
                f"{', '.join(failing)}. The reason is under {which} name below.", "error")
        else:
            self.alarm.clear()

    # ---- actions -------------------------------------------------------------------------
    def add(self, kind: str) -> SourceDialog:
        return self._open(SourceDialog(self.ctx, kind, None, self.zone, self))

    def edit(self, info: SourceInfo) -> SourceDialog:
        return self._open(SourceDialog(self.ctx, info.kind, info, self.zone, self))

    def _open(self, dialog: SourceDialog) -> SourceDialog:
        dialog.saved.connect(lambda name: self.notice.show_notice(
            f"{name} is saved.", "success", timeout_ms=8000))
        dialog.finished.connect(lambda _r: self.reload())  # a key pair saves it too
        dialog.open()
        return dialog

    def import_csv(self) -> CsvImportDialog:
        dialog = CsvImportDialog(self.ctx, self)
        dialog.imported.connect(lambda words: self.notice.show_notice(words, "success",
                                                                      timeout_ms=8000))
        dialog.open()
        return dialog

    def sync_now(self, name: str) -> None:
        services = self.ctx.services
        self.running.add(name)
        self._render()

        def run() -> SourceRun:
            return services.sync.try_source(name)
        (run_for(self, self.ctx.runner, run, network=True)
         .on_success(self._synced)
         .on_failure(lambda exc: self._sync_failed(name, exc)))

    def _synced(self, run: SourceRun) -> None:
        self.running.discard(run.name)
        if run.ok:
            self.notice.show_notice(f"{run.name} synced: {run.words}.", "success")
        else:
            self.unexplained = run  # said once the list shows whether its row says why
        self.reload()

    def _sync_failed(self, name: str, exc: BaseException) -> None:
        self.running.discard(name)
        self.notice.show_error(exc)
        self.reload()

    def toggle(self, info: SourceInfo) -> None:
        sync, actor, on = self.ctx.services, self.ctx.actor, not info.enabled
        self._act(lambda: sync.sync.enable(info.name, on, actor=actor),
                  f"{info.name} is turned {'on' if on else 'off'}.")

    def remove(self, name: str) -> None:
        answer = QMessageBox.question(
            self, "Remove this calendar?",
            f"Stop following “{name}”?\n\nThe sessions it brought in stay on the schedule "
            "with their reminders, and from now on staff move and cancel them in FrontDesk. "
            "Its token or key is removed from this computer's keyring.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        sync, actor = self.ctx.services, self.ctx.actor
        self._act(lambda: sync.sync.remove_source(name, actor=actor),
                  f"{name} is removed. Its sessions stay on the schedule, now managed here.")

    def _act(self, fn: Any, done: str) -> None:
        (run_for(self, self.ctx.runner, fn)
         .on_success(lambda _v: (self.notice.show_notice(done, "success", timeout_ms=8000),
                                 self.reload()))
         .on_failure(self.notice.show_error))

