"""The Trends page: filters, headline figures and charts of no-shows, for the practice owner.

Every figure comes from TrendsService on the task runner's analytics lane (never the
database worker the schedule and the crisis watch use): the first opening
prepares the cache ("Preparing trends…"), then each change of the filters (after a short
pause, so clicking through dates doesn't queue work) asks for a fresh report. A report
that arrives after a newer request was made is dropped.

Opening is spread over turns of the event loop, so the window keeps answering: the chart
cards are made one at a time and shown as placeholders at once (each laid out and painted
as it comes), and the first report is put on them one card per turn; later reports, which
only redraw cards already on screen, go on in one go.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.trends import FilterOptions, TrendsReport, codes
from frontdesk.ui.context import UiContext
from frontdesk.ui.tasks import LatestOnly, run_for
from frontdesk.ui.trends.barriers_card import BarriersCard
from frontdesk.ui.trends.charts_box import ChartsBox, when_ready
from frontdesk.ui.trends.definitions import Definitions
from frontdesk.ui.trends.filters import FilterBar
from frontdesk.ui.trends.headline import HeadlineStrip
from frontdesk.ui.trends.look import font
from frontdesk.ui.trends.sections import summary_text
from frontdesk.ui.widgets import style
from frontdesk.ui.widgets.notice import NoticeBar, error_text

if TYPE_CHECKING:
    from frontdesk.ui.trends.cards import BarChart, ChartCard, HeatMapChart, WeeklyChart

log = logging.getLogger(__name__)
DEBOUNCE_MS = 300
PAGE_BACKGROUND = "#F3F4F6"
PLACEHOLDER = "Working out the figures…"


@dataclass(frozen=True)
class Opening:
    options: FilterOptions
    today: date
    note: str  # what preparing the cache did (logged; no client data)


def open_trends(services) -> Opening:
    """Worker-side: bring the cache up to date, then the filter choices and today's date."""
    note = services.trends.prepare()
    return Opening(services.trends.filter_options(), services.schedule.today(), note)


class TrendsPage(QWidget):
    """report_shown(report) fires each time fresh figures are on screen."""

    report_shown = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.report: TrendsReport | None = None
        self.opening: Opening | None = None
        self.started = False
        self.asked = False  # the opening asked of the analytics lane (or waiting for cards)
        # One refresh at a time; asked meanwhile, one more with the filters as they are then.
        self.loads = LatestOnly(ctx.runner, self, coalesce=True, again=self.refresh)

        self.filters = FilterBar(self)
        self.filters.changed.connect(self.schedule_refresh)
        self.busy_label = QLabel("", self)
        self.busy_label.setStyleSheet(f"color: {style.MUTED_TEXT};")
        # Wrapped, so a long "Preparing…" never widens the window past what the user chose.
        self.busy_label.setWordWrap(True)
        self.export_button = QPushButton("Export CSV…", self)
        self.export_button.setToolTip("Save every figure on this page in a spreadsheet file")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._export_clicked)
        top = QHBoxLayout()
        top.addWidget(self.filters)
        top.addStretch(1)
        top.addWidget(self.busy_label)
        top.addWidget(self.export_button)
        self.notice = NoticeBar(self)

        self.summary = QLabel(self)
        self.summary.setFont(font(11.5, bold=True))
        self.summary.setWordWrap(True)
        self.headline = HeadlineStrip(self)
        self.headline.fee.save.connect(self.save_fee)
        self.definitions = Definitions(self)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setFont(font(13))
        self.empty.setStyleSheet(f"color: {style.MUTED_TEXT}; padding: 60px;")
        self.empty.hide()
        self.waiting: TrendsReport | None = None  # arrived before the charts were made
        # The first report and what is left of putting it on the cards (a card per turn).
        self._filling: tuple[TrendsReport, Iterator[None]] | None = None
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.timeout.connect(self._fill_next)
        self.charts_box = ChartsBox(self)  # makes its cards a piece at a time
        self.charts_box.made.connect(self._card_made)
        self.charts_box.failed.connect(lambda: self.notice.show_notice(
            "The charts could not be shown. Restart FrontDesk to try again.", "error"))

        content = QWidget(self)
        content.setObjectName("trendsContent")
        content.setStyleSheet(f"QWidget#trendsContent {{ background: {PAGE_BACKGROUND}; }}")
        body = QVBoxLayout(content)
        body.setContentsMargins(12, 10, 12, 16)
        body.setSpacing(10)
        self.barriers = BarriersCard(self)  # "What gets in the way": a plain table
        self.barriers.hide()
        for w in (self.summary, self.headline, self.definitions, self.empty, self.charts_box,
                  self.barriers):
            body.addWidget(w)
        body.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.content = content
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.notice)
        lay.addWidget(self.scroll, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.headline.hide()  # the charts box stays: its cards are placeholders till then
        self.definitions.hide()

    @property
    def charts(self) -> list[ChartCard]:
        """The chart cards made so far (all of them once a report is on screen)."""
        return self.charts_box.cards

    @property
    def weekly(self) -> WeeklyChart:
        return self.charts_box.weekly

    @property
    def bars(self) -> dict[str, BarChart]:
        return self.charts_box.bars

    @property
    def heatmap(self) -> HeatMapChart:
        return self.charts_box.heatmap

    def _card_made(self, card: ChartCard) -> None:
        card.show_empty(PLACEHOLDER)  # made before the first report: a placeholder till then
        card.ask_path = lambda name: self.ask_save_path(name, "PNG image (*.png)")
        card.saved.connect(lambda path, c=card: self.save_chart(c, path))

    # ---- loading -------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.started:
            self.start()
        elif self.opening is not None:
            self.schedule_refresh()  # sessions may have been marked since it was last shown

    def start(self) -> None:
        """Prepare the figures (the first time on a long history this takes a while)."""
        self.started = True
        self._busy("Preparing trends… (the first time, this can take a minute)")
        self.summary.setText("Preparing trends…")
        if not self.asked:
            # Once the cards exist: loading the saved figures runs Python on the analytics
            # lane, and while it runs the GUI thread gets the interpreter about half the time.
            self.asked = True
            when_ready(self.charts_box, self._ask_opening)

    def _ask_opening(self) -> None:
        run_for(self, self.runner, open_trends, self.services, analytics=True).on_success(
            self._opened).on_failure(self._opening_failed)

    def _opening_failed(self, exc: BaseException) -> None:
        self.asked = False  # the next refresh asks again
        self._failed(exc)

    def _opened(self, opening: Opening) -> None:
        self.opening = opening
        log.info("Trends opened: %s", opening.note)
        self.filters.set_options(opening.options, opening.today)
        self.refresh()

    def schedule_refresh(self) -> None:
        self.timer.start()

    def refresh(self) -> None:
        """Ask for the figures under the filters now (once the page has opened)."""
        self.timer.stop()
        if self.opening is None:
            if not self.loads.busy and self.started:
                self.start()
            return
        if not self.loads.busy:  # else queued: refresh() runs again when this one ends
            self._busy("Updating…")
        self.loads.run(self.services.trends.refresh, self.filters.filters(), analytics=True,
                       on_success=self.show_report, on_failure=self._failed, on_idle=self._idle)
        run_for(self, self.runner, self.services.trends.barriers, self.filters.filters(),
                analytics=True).on_success(self._show_barriers)

    def _show_barriers(self, report) -> None:
        self.barriers.show_report(report)
        self.barriers.show()

    def _idle(self) -> None:
        if not self.timer.isActive() and self.waiting is None and self._filling is None:
            self._busy("")

    def _failed(self, exc: BaseException) -> None:
        self._busy("")
        if self.report is None:
            self.summary.setText("The trends could not be worked out.")
        self.notice.show_notice(error_text(exc), "error")

    def _busy(self, words: str) -> None:
        self.busy_label.setText(words)

    # ---- showing -------------------------------------------------------------------------
    def show_report(self, report: TrendsReport) -> None:
        if not self.charts_box.done:  # shown once the last card is made
            if self.waiting is None:
                when_ready(self.charts_box, self._charts_made)
            self.waiting = report
            self._busy("Drawing the charts…")
            return
        self._filling = None  # a newer report replaces one still being put on the cards
        self._fill_timer.stop()
        today = self.opening.today if self.opening else date.today()
        totals = report.headline.totals
        self.summary.setText(summary_text(report, self.filters.describe()))
        if not totals.total:
            nothing_ever = self.opening is not None and self.opening.options.first_day is None
            self.empty.setText(
                "No sessions have taken place yet.\nTrends appear here once sessions have "
                "happened and their attendance is marked." if nothing_ever else
                "No sessions in this range yet.\nTry a wider date range (“All”) or other "
                "filters.")
            self._set_content_visible(False)
            self.empty.show()
        else:
            self.empty.hide()
            self._set_content_visible(True)
            pieces = self._fill(report, today)
            if self.report is None:  # the first: one card per turn of the event loop
                self._filling = (report, pieces)
                self._fill_timer.start(0)
                return
            for _piece in pieces:
                pass
        self._shown(report)

    def _fill(self, report: TrendsReport, today: date) -> Iterator[None]:
        """Put the report on the headline and the cards, one piece per step."""
        self.headline.show_report(report, today)
        yield
        self.weekly.show_report(report)
        yield
        for chart in self.bars.values():
            chart.show_report(report)
            yield
        self._note_email(report)
        self.heatmap.show_report(report)
        yield

    def _fill_next(self) -> None:
        if self._filling is None:
            return
        report, pieces = self._filling
        if next(pieces, StopIteration) is not StopIteration:
            self._fill_timer.start(0)
            return
        self._filling = None
        self._shown(report)

    def _shown(self, report: TrendsReport) -> None:
        self.report = report
        self.export_button.setEnabled(True)
        if not self.loads.busy and not self.timer.isActive():
            self._busy("")
        self.report_shown.emit(report)

    def _charts_made(self) -> None:
        report, self.waiting = self.waiting, None
        if report is not None:
            self.show_report(report)

    def _note_email(self, report: TrendsReport) -> None:
        """Email has no delivery receipts: say where emailed places are counted."""
        emailed = any(r.key == codes.CHANNEL_LABELS.index("Email") and r.counts.places
                      for r in report.by_channel)
        card = self.bars["by_delivered"]
        if emailed and not card.is_empty:
            card.subtitle.setText(card.subtitle.text() + " Email has no delivery receipts, "
                                  "so emailed reminders count as “sent, none delivered”.")

    def _set_content_visible(self, on: bool) -> None:
        for w in (self.headline, self.definitions, self.charts_box):
            w.setVisible(on)

    # ---- exporting -----------------------------------------------------------------------
    def ask_save_path(self, name: str, kinds: str) -> str | None:
        """Where to save (a Save dialog); tests replace this."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _kind = QFileDialog.getSaveFileName(self, "Save as", str(Path(folder) / name),
                                                  kinds)
        return path or None

    def _export_clicked(self) -> None:
        if self.report is None:
            return
        path = self.ask_save_path("no-show-trends.csv", "CSV spreadsheet (*.csv)")
        if path:
            self.export_csv(path)

    def export_csv(self, path: str | Path) -> None:
        """Write every figure of the report on screen to `path` (off the GUI thread)."""
        path = Path(path)
        if path.suffix.lower() != ".csv":
            path = path.with_suffix(path.suffix + ".csv")
        self.export_button.setEnabled(False)
        run_for(self, self.runner, self.services.trends.export_csv, self.report, path,
                analytics=True).on_success(
            lambda p: self.notice.show_notice(f"Saved the figures to {Path(p).name}.",
                                              "success", timeout_ms=8000)).on_failure(
            lambda exc: self.notice.show_notice(
                f"The file could not be saved: {exc_words(exc)}", "error")).on_finished(
            lambda: self.export_button.setEnabled(self.report is not None))

    def save_chart(self, card: ChartCard, path: str | Path) -> Path | None:
        try:
            saved = card.save_png(path)
        except OSError as exc:
            self.notice.show_notice(f"The picture could not be saved: {exc_words(exc)}",
                                    "error")
            return None
        self.notice.show_notice(f"Saved the chart to {saved.name}.", "success",
                                timeout_ms=8000)
        return saved

    # ---- the session fee -----------------------------------------------------------------
    def save_fee(self, cents: int) -> None:
        fee = self.headline.fee
        fee.busy(True)
        run_for(self, self.runner, self.services.trends.set_session_fee, cents,
                self.actor).on_success(lambda _c: self._fee_saved()).on_failure(
            lambda exc: fee.error.show_message(error_text(exc))).on_finished(
            lambda: fee.busy(False))

    def _fee_saved(self) -> None:
        self.headline.fee.close_editor()
        self.refresh()


def exc_words(exc: BaseException) -> str:
    """A file error in words, without the path's folders (they may name a person)."""
    if isinstance(exc, PermissionError):
        return "FrontDesk may not write there. Choose another folder."
    if isinstance(exc, OSError):
        return "choose another folder or name and try again."
    return error_text(exc)
