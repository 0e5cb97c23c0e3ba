"""The change bus in the window: a change made anywhere in this FrontDesk redraws the screens
that show it, without refresh() and without waiting for a safety poll."""

from __future__ import annotations

import threading
from datetime import timedelta

from helpers import client_writes
from widget_helpers import UI_WAIT_MS

from frontdesk.domain.changes import Changes
from frontdesk.services.container import Services


def stop_safety_polls(win) -> None:
    """Only the change bus can redraw the screens now."""
    win.schedule._auto.stop()
    win.crisis.timer.stop()
    win.outside.stop()


def test_a_booking_redraws_the_schedule_and_to_do_through_the_bus(practice, book, clock,
                                                                  window, qtbot):
    svc = practice.svc
    win = window(svc)
    stop_safety_polls(win)
    start = clock.now() + timedelta(hours=5)
    win.show_day(start.astimezone(svc.schedule.timezone()).date())
    qtbot.waitUntil(lambda: win.schedule.data is not None, timeout=UI_WAIT_MS)
    assert win.schedule.model.rowCount() == 0 and win.todo.table.rowCount() == 0
    win.refresh = None  # the window's fan-out is not what redraws

    done = threading.Event()

    def book_then_check() -> None:  # off the GUI thread, as the runner's worker does
        book(practice.ana, start)
        svc.desk.raise_call_items()  # the schedule check: unconfirmed and soon, call them
        done.set()

    threading.Thread(target=book_then_check).start()
    assert done.wait(10)
    qtbot.waitUntil(lambda: win.schedule.model.rowCount() == 1, timeout=UI_WAIT_MS)
    qtbot.waitUntil(lambda: win.todo.table.rowCount() == 1, timeout=UI_WAIT_MS)
    assert win.tabs.tabText(win.tabs.indexOf(win.todo)) == "To do (1)"


def test_a_change_to_another_day_does_not_reload_the_shown_day(practice, book, clock,
                                                              window, qtbot):
    svc = practice.svc
    win = window(svc)
    stop_safety_polls(win)
    today = clock.now().astimezone(svc.schedule.timezone()).date()
    win.show_day(today)
    qtbot.waitUntil(lambda: win.schedule.data is not None, timeout=UI_WAIT_MS)
    loads: list = []
    original = win.schedule.loads.run
    win.schedule.loads.run = lambda *a, **k: (loads.append(a), original(*a, **k))[1]
    win.ctx.events.announce(Changes(days=frozenset({today + timedelta(days=3)})))
    qtbot.wait(50)
    assert loads == []
    win.ctx.events.announce(Changes(days=frozenset({today})))
    qtbot.waitUntil(lambda: len(loads) == 1, timeout=UI_WAIT_MS)


def test_what_another_program_wrote_reaches_the_screens_at_the_next_check(
        practice, clock, vault, window, qtbot):
    """`frontdesk serve` holds the sending lock and stores a reply: this window hears nothing
    on its bus, so the outside watch's check (every 15 s; called here) brings it in."""
    svc = practice.svc
    win = window(svc)
    stop_safety_polls(win)
    win.tabs.setCurrentWidget(win.messages)
    assert win.todo.table.rowCount() == 0 and len(win.messages.threads.threads) == 0
    serve = Services.build(vault.open().engine, clock)
    try:
        client_writes(serve, practice.ana.mobile, "Is there parking near the office?")
    finally:
        serve.close()
    qtbot.wait(50)
    assert win.todo.table.rowCount() == 0  # nothing reached this process's bus
    win.outside.check()
    qtbot.waitUntil(lambda: win.todo.table.rowCount() == 1, timeout=UI_WAIT_MS)
    qtbot.waitUntil(lambda: len(win.messages.threads.threads) == 1, timeout=UI_WAIT_MS)
