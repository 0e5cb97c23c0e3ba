"""The front desk's to-do list over real services: items appear, their action opens the
session or the thread, Done removes them, and the tab title counts them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QPushButton
from widget_helpers import UI_WAIT_MS, context_for

from frontdesk.domain import Frequency
from frontdesk.services.demo import seed_demo

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"


def rows_text(panel) -> list[str]:
    return [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]


def test_items_show_their_action_and_leave_when_done(practice, book, clock, window, qtbot):
    svc = practice.svc
    [soon] = book(practice.ana, clock.now() + timedelta(hours=5))
    ids = book(practice.ben, clock.now() + timedelta(days=2), repeat=Frequency.WEEKLY,
               occurrences=3)
    for aid in ids[:2]:
        svc.schedule.cancel(aid, "reception", client_id=practice.ben.id)
    svc.desk.raise_call_items()
    svc.desk.raise_series_cancel_items()
    win = window(svc)
    win.tabs.setCurrentWidget(win.todo)
    panel = win.todo
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=UI_WAIT_MS)
    assert win.tabs.tabText(win.tabs.indexOf(panel)) == "To do (2)"
    texts = rows_text(panel)
    assert texts[0].startswith("☎ Not confirmed") and texts[1].startswith("↺ Cancelling")
    assert "(617) 555-0111" in panel.table.item(0, 1).text()  # who to call

    buttons = {b.text(): b for b in panel.table.cellWidget(0, 5).findChildren(QPushButton)}
    buttons["Open on schedule"].click()
    assert win.tabs.currentWidget() is win.schedule
    qtbot.waitUntil(lambda: win.schedule.selected_row() is not None
                    and win.schedule.selected_row().appointment_id == soon, timeout=UI_WAIT_MS)

    win.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=UI_WAIT_MS)
    done = {b.text(): b for b in panel.table.cellWidget(1, 5).findChildren(QPushButton)}["Done"]
    done.click()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=UI_WAIT_MS)
    assert win.tabs.tabText(win.tabs.indexOf(panel)) == "To do (1)"
    assert [i.kind.value for i in svc.desk.open_items()] == ["call_unconfirmed"]


def test_an_empty_list_says_so(services, window, qtbot):
    win = window(services)
    win.tabs.setCurrentWidget(win.todo)
    qtbot.waitUntil(lambda: win.todo.empty.isVisible(), timeout=UI_WAIT_MS)
    assert not win.todo.table.isVisible()
    assert win.tabs.tabText(win.tabs.indexOf(win.todo)) == "To do"


def test_at_start_up_the_list_comes_first_when_it_has_items(services, window, qtbot):
    seed_demo(services)
    services.desk.raise_call_items()
    win = window(services)
    win.show_todo_first()
    qtbot.waitUntil(lambda: win.tabs.currentWidget() is win.todo, timeout=UI_WAIT_MS)
    win.resize(1440, 860)
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(200)
    assert win.grab().save(str(SHOTS / "todo.png"))


def test_a_long_list_fills_a_few_rows_at_a_time_and_is_read_once_at_start(
        practice, book, clock, runner, show, qtbot, monkeypatch):
    """Each turn of the event loop fills only a few rows (the window keeps answering); the
    tab's count comes once every row is in; asking for the list first at start-up, and the
    tab opening on it, do not read it again."""
    from frontdesk.ui.main_window import MainWindow
    from frontdesk.ui.todo.todo_panel import ROWS_PER_TURN

    svc = practice.svc
    wanted = 2 * ROWS_PER_TURN + 1
    for hour in range(1, wanted + 1):
        book(practice.ana, clock.now() + timedelta(hours=hour))
    assert svc.desk.raise_call_items() == wanted
    reads = []
    real = svc.desk.open_items
    monkeypatch.setattr(svc.desk, "open_items", lambda: reads.append(1) or real())
    win = MainWindow(context_for(svc, runner))
    panel = win.todo
    assert panel.table.rowCount() == ROWS_PER_TURN  # the first rows; the rest in later turns
    grew = []
    panel.table.model().rowsInserted.connect(lambda _p, first, last: grew.append(last - first + 1))
    win.show_todo_first()
    show(win)
    qtbot.waitUntil(lambda: win.tabs.tabText(win.tabs.indexOf(panel)) == f"To do ({wanted})",
                    timeout=UI_WAIT_MS)
    assert grew == [ROWS_PER_TURN, 1]
    assert win.tabs.currentWidget() is panel  # something needs a person: the list first
    assert all(panel.table.cellWidget(r, 5) is not None for r in range(wanted))
    assert len(reads) == 1


def test_the_same_list_read_again_keeps_its_rows(practice, book, clock, window, qtbot):
    """A change that leaves the list as it was (another item type, a poll) rebuilds no row:
    the buttons stay the same widgets; only the "Since" times are brought up to date."""
    svc = practice.svc
    book(practice.ana, clock.now() + timedelta(hours=5))
    svc.desk.raise_call_items()
    win = window(svc)
    win.tabs.setCurrentWidget(win.todo)
    panel = win.todo
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=UI_WAIT_MS)
    buttons = panel.table.cellWidget(0, 5)
    clock.advance(timedelta(minutes=30))
    panel.reload()
    qtbot.waitUntil(lambda: panel.table.item(0, 4).text() == "30 min ago", timeout=UI_WAIT_MS)
    assert panel.table.cellWidget(0, 5) is buttons
