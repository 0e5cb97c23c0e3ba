"""No SQL runs on the GUI thread: the real TaskRunner carries every database call."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import event
from widget_helpers import context_for

from frontdesk.services.demo import seed_demo
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.tasks import TaskRunner


def test_browsing_the_app_runs_no_sql_on_the_gui_thread(services, qtbot):
    seed_demo(services)
    on_gui_thread: list[str] = []
    off_gui_thread: list[str] = []

    def watch(_conn, _cursor, statement, *_args):
        gui = threading.current_thread() is threading.main_thread()
        (on_gui_thread if gui else off_gui_thread).append(statement.split()[0])

    event.listen(services.engine, "before_cursor_execute", watch)
    runner = TaskRunner()
    try:
        win = MainWindow(context_for(services, runner, "reception"))
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.schedule_loaded, timeout=10_000):
            win.show()
        today = services.schedule.today()
        on_gui_thread.clear()  # the line above was the test's own call
        for offset in (1, 2, -1):
            with qtbot.waitSignal(win.schedule_loaded, timeout=10_000):
                win.show_day(today + timedelta(days=offset))
        with qtbot.waitSignal(win.schedule_loaded, timeout=10_000):
            win.refresh()
        win.tabs.setCurrentWidget(win.clients_tab)  # the Clients tab loads its list
        qtbot.waitUntil(lambda: win.clients_panel is not None
                        and win.clients_panel.model.rowCount() > 0, timeout=10_000)
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    finally:
        runner.shutdown()
        event.remove(services.engine, "before_cursor_execute", watch)
    assert off_gui_thread, "the test saw no SQL at all"
    assert on_gui_thread == [], f"SQL on the GUI thread: {on_gui_thread}"
