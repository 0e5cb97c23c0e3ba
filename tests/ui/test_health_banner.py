"""The main window says when background work is not happening: a
sending lock that cannot be used, client replies not fetched for minutes. The check runs
through the real TaskRunner, off the GUI thread."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session
from widget_helpers import context_for

from frontdesk.models import PollState
from frontdesk.services.background import BackgroundWork
from frontdesk.services.instance_lock import InstanceLock
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.tasks import TaskRunner


def open_window(services, qtbot) -> tuple[MainWindow, TaskRunner]:
    runner = TaskRunner()
    win = MainWindow(context_for(services, runner, "reception"))
    qtbot.addWidget(win)
    win.show()
    return win, runner


def test_a_sending_lock_that_cannot_be_used_is_said_on_screen(services, paths, qtbot):
    where = paths.data_dir / "sending.lock"
    where.mkdir()  # e.g. left behind by a bad copy of the data folder
    work = BackgroundWork(services, lock=InstanceLock(where), watchdog_seconds=60)
    work.start()
    win, runner = open_window(services, qtbot)
    try:
        bar = win.health_banner
        qtbot.waitUntil(bar.isVisible, timeout=10_000)
        assert bar.title.text() == "Reminders and replies need attention"
        assert "cannot use its sending lock file" in bar.text and "it is a folder" in bar.text
        assert "paused on this PC" in bar.text and "Ask IT" in bar.text
        assert not bar.button.isVisible()  # nothing dismisses it
        assert work.scheduler.get_job("schedule-check") is not None  # the rest still runs
    finally:
        win.close()
        runner.shutdown()
        work.stop()


def test_replies_not_fetched_for_minutes_show_and_clear(services, clock, qtbot):
    with Session(services.engine) as s, s.begin():
        s.add(PollState(address="+16175550100", polled_at=clock.now() - timedelta(minutes=9),
                        failing_since=clock.now() - timedelta(minutes=8),
                        last_error="Could not reach Twilio to read the replies."))
    win, runner = open_window(services, qtbot)
    try:
        bar = win.health_banner
        qtbot.waitUntil(bar.isVisible, timeout=10_000)
        assert "Client replies have not been fetched since 7:52 AM" in bar.text
        assert "Could not reach Twilio" in bar.text
        with Session(services.engine) as s, s.begin():
            s.get(PollState, "+16175550100").failing_since = None
        win.health.refresh()
        qtbot.waitUntil(lambda: not bar.isVisible(), timeout=10_000)
    finally:
        win.close()
        runner.shutdown()
