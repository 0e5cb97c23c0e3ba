"""The Trends page on real services and a real encrypted database: filters change the
charts, hover texts, the exports, the session fee, empty states, errors shown inline, no SQL
on the GUI thread, and screenshots on the demo practice."""

from __future__ import annotations

import csv
import math
import threading
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event
from widget_helpers import UI_WAIT_MS, context_for

from frontdesk.services.demo import seed_demo
from frontdesk.services.errors import FrontDeskError, ValidationError
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.tasks import TaskRunner
from frontdesk.ui.trends import text
from frontdesk.ui.trends.bars import bar_label
from frontdesk.ui.trends.page import DEBOUNCE_MS, PLACEHOLDER, TrendsPage
from tests.helpers import BOSTON

# pyqtgraph 0.14 sets an array's shape in place, which NumPy 2.5 deprecates: not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore:Setting the shape on a NumPy array")
SHOTS = Path(__file__).resolve().parent.parent / "screenshots"

ACTOR = "owner"
MONDAY = date(2026, 3, 2)
DAYS = [MONDAY + timedelta(days=d) for d in (0, 1, 2, 3, 4, 7)]  # Mon-Fri, then Monday
# Dr. Okafor misses one session in six, Daniel three.
OKAFOR = ["arrived", "arrived", "no_show", "arrived", "arrived", "arrived"]
REYES = ["no_show", "arrived", "no_show", "arrived", "no_show", "arrived"]


@pytest.fixture
def history(practice, book, clock):
    """Twelve sessions over two weeks, attendance marked, seen from the Thursday after."""
    p = practice
    booked = []
    for clinician, client, hour, outcomes in ((p.okafor, p.ana, 10, OKAFOR),
                                             (p.reyes, p.ben, 14, REYES)):
        for day, outcome in zip(DAYS, outcomes, strict=True):
            aid = book(client, datetime.combine(day, time(hour), tzinfo=BOSTON),
                       clinician=clinician)[0]
            booked.append((aid, client.id, outcome))
    clock.set(datetime(2026, 3, 12, 9, 0, tzinfo=BOSTON))
    for aid, client_id, outcome in booked:
        mark = p.svc.schedule.mark_no_show if outcome == "no_show" \
            else p.svc.schedule.mark_arrived
        mark(aid, client_id, "test")
    return p


def open_page(show, services, runner) -> TrendsPage:
    """The page, shown, once its charts are made and the first figures are on them (the
    charts are made a piece at a time, so that takes a few turns of the event loop)."""
    page = TrendsPage(context_for(services, runner, ACTOR))
    page.resize(1300, 900)
    show(page)
    waited = 0
    while page.report is None and waited < UI_WAIT_MS:
        QTest.qWait(10)
        waited += 10
    return page


def refreshed(qtbot, page: TrendsPage, change) -> None:
    """Make a change to the filters and wait for the report it leads to."""
    with qtbot.waitSignal(page.report_shown, timeout=UI_WAIT_MS):
        change()


def plotted(card) -> list[tuple[type, list[float]]]:
    """(item type, y values) of every curve and dot set in a chart."""
    out = []
    for item in card.plot.getPlotItem().items:
        if isinstance(item, pg.ScatterPlotItem | pg.PlotDataItem):
            _x, y = item.getData()
            out.append((type(item), [round(v, 6) for v in y]))
    return out


def finite(values: list[float]) -> list[float]:
    return [v for v in values if not math.isnan(v)]


# ---- filters change the charts -------------------------------------------------------------
def test_the_page_shows_the_practice_and_one_clinician_when_chosen(history, show, runner, qtbot):
    p = history
    page = open_page(show, p.svc, runner)
    assert page.report is not None and page.filters.preset == "12m"
    refreshed(qtbot, page, lambda: page.filters.set_preset("all"))
    assert page.report.headline.totals.no_show == 4 and page.report.headline.totals.places == 12
    dots = next(y for kind, y in plotted(page.weekly) if kind is pg.ScatterPlotItem)
    assert finite(dots) == [40.0, 0.0]  # week of Mar 2: 4 of 10; week of Mar 9: 0 of 2
    assert [r.label for r in page.bars["by_clinician"].rows] == ["Daniel", "Dr. Okafor"]
    assert "Daniel (50%)" in page.bars["by_clinician"].subtitle.text() or \
        "too few" in page.bars["by_clinician"].subtitle.text().lower()
    assert page.summary.text().startswith("12 sessions, Mar 2, 2026 – Mar 12, 2026")

    refreshed(qtbot, page, lambda: page.filters.choose(page.filters.clinician, p.reyes.id))
    assert page.report.filters.clinician_ids == (p.reyes.id,)
    dots = next(y for kind, y in plotted(page.weekly) if kind is pg.ScatterPlotItem)
    assert finite(dots) == [60.0, 0.0]  # Daniel alone: 3 of 5, then 0 of 1
    assert [r.label for r in page.bars["by_clinician"].rows] == ["Daniel"]
    assert page.headline.revenue.figure.text() == "$450"  # three missed at $150
    assert "Daniel" in page.summary.text()

    refreshed(qtbot, page, lambda: page.filters.choose(page.filters.clinician, None))
    page.weekly.choose(p.okafor.id)  # the chart's own selector: one clinician's line
    dots = next(y for kind, y in plotted(page.weekly) if kind is pg.ScatterPlotItem)
    assert finite(dots) == [20.0, 0.0]
    page.weekly.compare_clinicians()  # small multiples: one chart per clinician
    multiples = page.weekly.multiples
    assert page.weekly.stack.currentWidget() is multiples and len(multiples.plots) == 2
    assert multiples.tip_at(1, 0) == "Dr. Okafor\n" + text.week_tip(multiples.series[1], 0)
    assert "20% no-show (1 of 5)" in multiples.tip_at(1, 0)


def test_a_date_range_with_nothing_in_it_says_so(history, show, runner, qtbot):
    page = open_page(show, history.svc, runner)
    refreshed(qtbot, page, lambda: page.filters.set_range(date(2025, 6, 1), date(2025, 6, 30)))
    assert page.filters.preset == ""
    assert page.empty.isVisibleTo(page) and "No sessions in this range yet" in page.empty.text()
    assert not page.charts_box.isVisibleTo(page)
    refreshed(qtbot, page, lambda: page.filters.set_preset("3m"))
    assert not page.empty.isVisibleTo(page) and page.charts_box.isVisibleTo(page)


def test_an_empty_practice_shows_a_plain_sentence_not_empty_axes(services, show, runner,
                                                                  qtbot):
    page = open_page(show, services, runner)
    assert page.empty.isVisibleTo(page)
    assert "No sessions have taken place yet" in page.empty.text()
    assert not page.charts_box.isVisibleTo(page) and not page.headline.isVisibleTo(page)
    SHOTS.mkdir(exist_ok=True)
    page.resize(1100, 500)
    qtbot.wait(50)
    assert page.grab().save(str(SHOTS / "trends_empty.png"))


def test_filter_changes_are_debounced_into_one_refresh(history, show, runner, qtbot,
                                                       monkeypatch):
    p = history
    page = open_page(show, p.svc, runner)
    calls = []
    real = p.svc.trends.refresh
    monkeypatch.setattr(p.svc.trends, "refresh", lambda f: calls.append(f) or real(f))
    with qtbot.waitSignal(page.report_shown, timeout=UI_WAIT_MS):
        page.filters.choose(page.filters.clinician, p.okafor.id)
        page.filters.choose(page.filters.type, p.individual.id)
        page.filters.choose(page.filters.modality, page.filters.modality.itemData(1))
    qtbot.wait(DEBOUNCE_MS + 100)
    assert len(calls) == 1
    assert calls[0].clinician_ids == (p.okafor.id,) and calls[0].type_ids == (p.individual.id,)


# ---- hover -----------------------------------------------------------------------------------
def test_hover_texts_give_the_exact_value_and_the_counts_behind_it(history, show, runner, qtbot):
    page = open_page(show, history.svc, runner)
    refreshed(qtbot, page, lambda: page.filters.set_preset("all"))
    tip = page.weekly.tip_at(0.1, 20)
    assert tip.startswith("Week of Mar 2: 40% no-show (4 of 10)")
    assert "4-week average: 40% no-show" in tip
    assert page.weekly.tip_at(7, 20) == ""  # off the weeks
    assert page.bars["by_clinician"].tip_at(3, 0.2).startswith("Daniel: 50% no-show (3 of 6)")
    cell = page.heatmap.tip_at(0, 0)  # Mondays, 10 AM: Dr. Okafor's two, both attended
    assert cell.startswith("Mon 10 AM–11 AM: 0% no-show (0 of 2)")
    assert "too few to tell" in cell
    assert page.heatmap.cells[(0, 0)][1] == "n=2"  # greyed and labelled with how many


def test_moving_the_mouse_over_a_bar_shows_its_tooltip(history, show, runner, qtbot):
    page = open_page(show, history.svc, runner)
    card = page.bars["by_clinician"]
    page.scroll.ensureWidgetVisible(card)
    qtbot.wait(50)
    vb = card.plot.getPlotItem().vb
    point = card.plot.mapFromScene(vb.mapViewToScene(QPointF(1.0, 0.0)))  # Daniel's bar
    viewport = card.plot.viewport()
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(point),
                       QPointF(viewport.mapToGlobal(point)), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(card.hovered, timeout=UI_WAIT_MS) as shown:
        QApplication.sendEvent(viewport, move)  # (QTest's mouseMove only moves the cursor)
    assert shown.args[0].startswith("Daniel: 50% no-show (3 of 6)")
    assert "Late cancel: 0% (0 of 6)" in shown.args[0]


# ---- exports -----------------------------------------------------------------------------------
def test_export_csv_writes_every_figure(history, show, runner, qtbot, tmp_path, click):
    page = open_page(show, history.svc, runner)
    target = tmp_path / "figures"
    page.ask_save_path = lambda name, kinds: str(target)
    click(page.export_button)
    saved = tmp_path / "figures.csv"
    assert saved.exists()
    rows = list(csv.DictReader(saved.open(encoding="utf-8")))
    clinicians = {r["label"]: int(r["no_show"]) for r in rows if r["section"] == "by_clinician"}
    assert clinicians == {"Daniel": 3, "Dr. Okafor": 1}
    totals = next(r for r in rows if r["section"] == "headline" and r["key"] == "totals")
    assert (totals["no_show"], totals["places"]) == ("4", "12")
    assert "figures.csv" in page.notice.text


def test_save_png_writes_a_picture_of_each_chart(history, show, runner, tmp_path, click):
    page = open_page(show, history.svc, runner)
    page.ask_save_path = lambda name, kinds: str(tmp_path / name)
    for card in (page.weekly, page.bars["by_confirmation"], page.heatmap):
        click(card.save_button)
        path = tmp_path / card.file_name
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        image = QImage(str(path))
        assert image.width() >= card.width() * 2 - 2  # drawn at twice the screen's pixels
    assert "Saved the chart" in page.notice.text
    assert card.save_button.isVisible()  # hidden only while the picture was drawn


def test_a_png_that_cannot_be_written_is_reported(history, show, runner, tmp_path, click):
    page = open_page(show, history.svc, runner)
    page.ask_save_path = lambda name, kinds: str(tmp_path / "missing" / "folder" / name)
    click(page.heatmap.save_button)
    assert page.notice.level == "error" and "could not be saved" in page.notice.text


# ---- the session fee and errors ------------------------------------------------------------
def test_editing_the_fee_saves_it_and_recomputes_the_money(history, show, runner, click):
    p = history
    page = open_page(show, p.svc, runner)
    assert page.headline.revenue.figure.text() == "$600"  # 4 missed at $150
    fee = page.headline.fee
    click(fee.edit_button)
    assert fee.editing
    fee.amount.setValue(200)
    click(fee.save_button)
    assert p.svc.trends.session_fee_cents() == 20_000
    assert not fee.editing
    assert page.headline.revenue.figure.text() == "$800"
    assert "$200 each" in " ".join(page.headline.revenue.texts())


def test_a_refused_fee_is_shown_under_it(history, show, runner, click, monkeypatch):
    p = history
    page = open_page(show, p.svc, runner)

    def refuse(cents, actor):
        raise ValidationError("session_fee_cents", "The session fee must be between 0 and "
                              "100,000.")

    monkeypatch.setattr(p.svc.trends, "set_session_fee", refuse)
    fee = page.headline.fee
    click(fee.edit_button)
    click(fee.save_button)
    assert fee.editing and fee.error.isVisibleTo(fee)
    assert "between 0 and 100,000" in fee.error.text()


def test_a_failed_refresh_is_shown_inline_and_keeps_the_figures(history, show, runner, qtbot,
                                                                monkeypatch):
    p = history
    page = open_page(show, p.svc, runner)
    before = page.report

    def fail(_filters):
        raise FrontDeskError("The trends could not be read.", hint="Try again in a moment.")

    monkeypatch.setattr(p.svc.trends, "refresh", fail)
    page.filters.set_preset("3m")
    qtbot.waitUntil(lambda: page.notice.isVisible(), timeout=UI_WAIT_MS)
    assert page.notice.level == "error" and "could not be read" in page.notice.text
    assert page.report is before and page.charts_box.isVisibleTo(page)


# ---- the main window and the GUI thread ----------------------------------------------------
def test_the_trends_tab_is_built_when_first_shown(history, window, qtbot):
    win = window(history.svc)
    assert win.trends_page is None
    win.tabs.setCurrentWidget(win.trends_tab)
    assert win.trends_page is not None
    qtbot.waitUntil(lambda: win.trends_page.report is not None, timeout=UI_WAIT_MS)
    assert win.tabs.tabText(win.tabs.indexOf(win.trends_tab)) == "Trends"


def test_the_page_shows_its_frame_at_once_and_makes_its_charts_a_piece_at_a_time(
        history, runner, qtbot):
    page = TrendsPage(context_for(history.svc, runner, ACTOR))
    qtbot.addWidget(page)
    assert page.charts == []  # the frame only: no chart is made while the page is built
    turns = [0]  # a zero timer ticks once per turn of the event loop
    ticker = QTimer(page)
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    ticker.start(0)
    made_at: list[int] = []
    page.charts_box.made.connect(lambda _card: made_at.append(turns[0]))
    page.show()  # the figures are asked for once the charts exist
    assert page.report is None and "Preparing trends" in page.busy_label.text()
    assert page.summary.isVisible() and page.filters.isVisible()
    with qtbot.waitSignal(page.report_shown, timeout=UI_WAIT_MS):
        pass
    assert len(page.charts) == len(made_at) == 10
    assert len(set(made_at)) >= 3, made_at  # several turns, not one call making them all
    assert page.busy_label.text() == "" and not page.weekly.is_empty


def test_the_cards_show_as_placeholders_and_take_the_first_figures_a_card_per_turn(
        history, runner, qtbot):
    page = TrendsPage(context_for(history.svc, runner, ACTOR))
    qtbot.addWidget(page)
    page.resize(1300, 900)
    turns = [0]
    ticker = QTimer(page)
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    ticker.start(0)
    # (box on screen, card a placeholder, the cache still not loaded) as each card is made
    seen: list[tuple[bool, bool, bool]] = []
    filled_at: list[int] = []

    def made(card) -> None:
        seen.append((page.charts_box.isVisible(), card.is_empty
                     and card.empty.text() == PLACEHOLDER, page.opening is None))
        card.stack.currentChanged.connect(lambda _i: filled_at.append(turns[0]))

    page.charts_box.made.connect(made)
    page.show()
    with qtbot.waitSignal(page.report_shown, timeout=UI_WAIT_MS):
        pass
    # Laid out and painted as they come, not all at once; the saved figures are loaded only
    # then (loading them on the analytics lane would slow the making of the cards).
    assert seen == [(True, True, True)] * 10
    assert len(filled_at) == 10 and len(set(filled_at)) >= 5, filled_at
    assert all(not card.is_empty for card in page.charts) and page.report is not None
    assert page.busy_label.text() == ""


def test_with_the_real_task_runner_no_sql_runs_on_the_gui_thread(history, qtbot, tmp_path):
    p = history
    on_gui: list[str] = []
    off_gui: list[str] = []

    def watch(_conn, _cursor, statement, *_args):
        gui = threading.current_thread() is threading.main_thread()
        (on_gui if gui else off_gui).append(statement.split()[0])

    runner = TaskRunner()
    event.listen(p.svc.engine, "before_cursor_execute", watch)
    try:
        win = MainWindow(context_for(p.svc, runner, ACTOR))
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.schedule_loaded, timeout=10_000):
            win.show()
        win.tabs.setCurrentWidget(win.trends_tab)
        page = win.trends_page
        qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
        assert "Preparing" not in page.summary.text()
        with qtbot.waitSignal(page.report_shown, timeout=10_000):
            page.filters.choose(page.filters.clinician, p.reyes.id)
        assert page.report.headline.totals.no_show == 3
        page.export_csv(tmp_path / "figures.csv")
        with qtbot.waitSignal(page.report_shown, timeout=10_000):
            page.save_fee(12_000)
        assert page.headline.revenue.figure.text() == "$360"
        qtbot.waitUntil(lambda: (tmp_path / "figures.csv").exists() and not runner.busy,
                        timeout=10_000)
    finally:
        runner.shutdown()
        event.remove(p.svc.engine, "before_cursor_execute", watch)
    assert off_gui, "the test saw no SQL at all"
    assert on_gui == [], f"SQL on the GUI thread: {on_gui}"


# ---- words -----------------------------------------------------------------------------------
def test_numbers_read_plainly():
    assert (text.pct(0.125), text.pct(0.0731), text.pct(None), text.pct(0)) == \
        ("12%", "7.3%", "–", "0%")
    assert (text.money(15_000), text.money(15_050), text.money(4_215_000)) == \
        ("$150", "$150.50", "$42,150")
    assert text.ratio_text(0.12, 0.04) == "3×" and text.ratio_text(0.09, 0.06) == "1.5×"
    assert text.hour_text(0) == "12 AM" and text.hour_text(13) == "1 PM"


# ---- how it looks, on the demo practice --------------------------------------------------
def test_screenshots_on_the_demo_practice(services, window, qtbot):
    services.clock.set(datetime(2026, 3, 18, 16, 0, tzinfo=BOSTON))  # mid-month: figures so far
    seed_demo(services)
    SHOTS.mkdir(exist_ok=True)
    win = window(services)
    win.resize(1440, 860)
    win.tabs.setCurrentWidget(win.trends_tab)
    page = win.trends_page
    qtbot.waitUntil(lambda: page.report is not None, timeout=UI_WAIT_MS)
    assert page.report.headline.totals.places > 1000
    assert not page.empty.isVisibleTo(page)
    assert all(not card.is_empty for card in page.charts)
    qtbot.wait(100)
    assert win.grab().save(str(SHOTS / "trends.png"))
    page.content.adjustSize()
    assert page.content.grab().save(str(SHOTS / "trends_full.png"))
    page.heatmap.save_png(SHOTS / "trends_heatmap.png")
    page.bars["by_confirmation"].save_png(SHOTS / "trends_confirmation.png")
    page.weekly.compare_clinicians()
    qtbot.wait(50)
    page.weekly.save_png(SHOTS / "trends_weekly_clinicians.png")
    page.definitions.set_open(True)
    page.scroll.verticalScrollBar().setValue(0)
    qtbot.wait(50)
    assert page.grab().save(str(SHOTS / "trends_definitions.png"))
    for sentence in (page.bars["by_confirmation"].subtitle.text(),
                     page.bars["by_delivered"].subtitle.text()):
        assert "as often" in sentence


# ---- refreshes reuse the charts' graphics items ---------------------------------------------
def scene_items(page: TrendsPage) -> list:
    return [i for card in page.charts for i in card.plot.scene().items()]


def test_a_second_refresh_makes_no_new_graphics_items(history, show, runner, qtbot):
    p = history
    page = open_page(show, p.svc, runner)
    refreshed(qtbot, page, lambda: page.filters.set_preset("all"))
    before = scene_items(page)  # held, so no new item can take an old one's id
    refreshed(qtbot, page, lambda: page.filters.choose(page.filters.clinician, p.reyes.id))
    assert page.report.filters.clinician_ids == (p.reyes.id,)
    known = {id(i) for i in before}
    assert [type(i).__name__ for i in scene_items(page) if id(i) not in known] == []
    bars = page.bars["by_clinician"]  # the values are still written on the bars
    assert bars.label_texts == [bar_label(r.counts) for r in bars.rows]
    assert bars.label_texts == ["too few to tell (3 of 6)"]
    assert page.heatmap.cells[(0, 0)][1] == "n=2"  # Daniel's two Mondays at 2 PM
