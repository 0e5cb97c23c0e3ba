"""A desk that keeps working when the window closes: the tray, the quit question and the
orderly shutdown, on real services over a real encrypted database.

The offscreen platform has no system tray, so tray availability is passed in (both
branches are tested); everything else is the real thing."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from widget_helpers import UI_WAIT_MS, context_for

from frontdesk.app import Composition
from frontdesk.domain import Channel, ConsentStatus
from frontdesk.domain.changes import Changes
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.startup.flow import StartInfo
from frontdesk.ui.startup.launch import GuiSession
from frontdesk.ui.tasks import TaskRunner
from frontdesk.ui.tray import NOTICE_SHOWN, KeepRunning
from tests.helpers import client_writes

BEN = "+16175550112"
_sids = itertools.count(1)




@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def beeps(monkeypatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(1)))
    return calls


@pytest.fixture
def desk(show, runner, settings):
    """desk(svc, tray=) -> (window, keeper, quits): the window as the app wires it."""
    made = []

    def make(svc, tray: bool):
        quits: list[int] = []
        win = MainWindow(context_for(svc, runner, "reception"))
        keeper = KeepRunning(win, win.ctx, lambda: quits.append(1),
                             tray_available=lambda: tray, settings=settings)
        made.append(keeper)
        return show(win), keeper, quits

    yield make
    for keeper in made:  # let pytest-qt's teardown close the windows for real
        keeper.quitting = True
        if keeper.notice is not None and shiboken6.isValid(keeper.notice):
            keeper.notice.close()


@pytest.fixture
def waiting(practice, book):
    """Ben agreed to texts and is booked tomorrow at 10: two messages are due today."""
    svc = practice.svc
    svc.clients.set_consent(practice.ben.id, Channel.SMS, ConsentStatus.GRANTED, "form", "t")
    book(practice.ben, svc.clock.now() + timedelta(days=1, hours=2))
    return practice


def test_closing_hides_to_the_tray_and_the_desk_keeps_running(
        practice, desk, settings, qtbot):
    svc = practice.svc
    win, keeper, quits = desk(svc, tray=True)
    assert win.crisis.notifier.tray is keeper.tray.icon  # one tray icon for the app
    win.close()
    assert not win.isVisible() and quits == []
    assert win.crisis.timer.isActive()  # hidden to the tray, the crisis watch goes on
    assert keeper.notice is not None and keeper.notice.isVisible()
    assert "keeps sending reminders" in keeper.notice.text()
    assert settings.value(NOTICE_SHOWN, False, type=bool)
    keeper.notice.close()
    first_notice = keeper.notice

    keeper.tray.open_action.trigger()  # Open FrontDesk
    qtbot.waitUntil(win.isVisible, timeout=UI_WAIT_MS)
    win.close()
    assert not win.isVisible() and keeper.notice is first_notice  # said once only


def test_without_a_tray_closing_with_nothing_waiting_just_quits(
        practice, desk, no_blocking_questions):
    svc = practice.svc
    win, _keeper, quits = desk(svc, tray=False)
    win.close()
    assert quits == [1] and not win.isVisible()
    assert no_blocking_questions == []  # nothing waited: nothing asked
    assert not win.crisis.timer.isActive()  # the window's watchers stopped


def test_quitting_says_what_waits_with_counts_from_the_database(
        waiting, desk, no_blocking_questions, monkeypatch, beeps):
    svc = waiting.svc
    assert svc.desk.quit_check().due_messages == 2
    win, keeper, quits = desk(svc, tray=False)
    win.close()
    assert no_blocking_questions == [
        "Two messages to clients are due before 8:00 PM today. If FrontDesk is closed, they "
        "wait until it is opened again, and client replies, urgent ones included, are not "
        "read meanwhile. Quit anyway?"]
    assert win.isVisible() and quits == []  # the cautious answer: it stays open

    client_writes(svc, BEN, "i want to end my life")
    check = svc.desk.quit_check()
    assert check.open_crises == 1
    keeper.request_quit()  # File → Quit
    assert check.due_messages >= 2  # the crisis reply may be planned too
    assert ("messages to clients are due before 8:00 PM today and one urgent client message "
            "is not yet acknowledged.") in no_blocking_questions[-1]
    assert quits == []

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    [quit_action] = [a for a in win.menuBar().actions()[0].menu().actions()
                     if a.text() == "&Quit"]
    quit_action.trigger()
    assert quits == [1] and not win.isVisible()


def test_file_quit_with_a_tray_asks_instead_of_hiding(waiting, desk, no_blocking_questions):
    win, _keeper, quits = desk(waiting.svc, tray=True)
    [quit_action] = [a for a in win.menuBar().actions()[0].menu().actions()
                     if a.text() == "&Quit"]
    quit_action.trigger()
    assert len(no_blocking_questions) == 1 and "Quit anyway?" in no_blocking_questions[0]
    assert win.isVisible() and quits == []


def test_a_crisis_while_hidden_in_the_tray_brings_the_window_back(
        practice, desk, qtbot, beeps):
    svc = practice.svc
    svc.clients.set_consent(practice.ben.id, Channel.SMS, ConsentStatus.GRANTED, "form", "t")
    win, keeper, _quits = desk(svc, tray=True)
    win.close()
    keeper.notice.close()
    assert win.isHidden()
    client_writes(svc, BEN, "i want to end my life")
    svc.events.publish(Changes(crisis=True))  # what the poller does after storing a crisis
    qtbot.waitUntil(win.isVisible, timeout=UI_WAIT_MS)
    assert win.crisis_banner.isVisible() and beeps


def test_quit_from_the_tray_menu_runs_the_orderly_shutdown(
        tmp_path, secret_store, qapp, qtbot):
    """The real session and event loop: Quit FrontDesk ends `exec()`, and the session has
    stopped the background work, the task runner and the database on the way out."""
    # The real clock: the scheduler's start-up jobs are then not all due at once.
    composition = Composition(str(tmp_path / "data"), None, secret_store)
    services, _code = composition.create_practice(demo=False)
    session = GuiSession(composition, TaskRunner(), tray_available=lambda: True)
    # A hang fails the test and never blocks it. The guard is stopped afterwards: left
    # pending, its exit() would end every later test's event loops at once.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: qapp.exit(9))
    try:
        window = session.open_window(services, StartInfo(created=False, demo=False), None,
                                     todo_first=False, check_integrity=False)
        window.show()
        qtbot.waitUntil(lambda: session.background is not None, timeout=10_000)
        assert session.background.scheduler.running
        QTimer.singleShot(0, session.keeper.tray.quit_action.trigger)
        guard.start(30_000)
        assert qapp.exec() == 0
        assert session.closed and not session.background.scheduler.running
        assert not window.isVisible()
        window.deleteLater()  # as when the process ends: no timer of its fires any more
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        with pytest.raises(RuntimeError):  # the runner takes no more work
            session.runner.run(print)
    finally:
        guard.stop()
        session.close()
        qapp.setQuitOnLastWindowClosed(True)


def test_start_at_log_in_is_set_from_practice_settings(services, runner, show, tmp_path,
                                                       monkeypatch):
    from frontdesk.services import autostart
    from frontdesk.ui.settings.settings_dialog import PracticeSettingsDialog

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    dlg = show(PracticeSettingsDialog(context_for(services, runner, "reception")))
    box = dlg.computer_tab.start_box
    assert box.isEnabled() and not box.isChecked()
    box.setChecked(True)
    assert autostart.is_enabled()
    box.setChecked(False)
    assert not autostart.is_enabled()
    folder = tmp_path / "config" / "autostart"
    folder.rmdir()
    folder.write_text("")  # a file where the folder should be: the entry cannot be written
    box.setChecked(True)
    assert not box.isChecked() and not autostart.is_enabled()
    assert "could not change the log-in entry" in dlg.computer_tab.error.text()


def test_background_work_that_cannot_be_made_is_reported_and_the_window_keeps_working(
        tmp_path, secret_store, qapp, qtbot):
    """The background work is made on a thread after the first rows are shown: if making it
    fails (a broken install), the health check says so instead of the failure vanishing."""

    class BrokenComposition(Composition):
        def background(self, svc, demo=False):
            raise ImportError("no scheduler in this install")

    composition = BrokenComposition(str(tmp_path / "data"), None, secret_store)
    services, _code = composition.create_practice(demo=False)
    session = GuiSession(composition, TaskRunner(), tray_available=lambda: True)
    try:
        window = session.open_window(services, StartInfo(created=False, demo=False), None,
                                     todo_first=False, check_integrity=False)
        window.show()
        qtbot.waitUntil(lambda: bool(services.health.work_problem), timeout=10_000)
        assert "could not start (ImportError)" in services.health.work_problem
        assert session.background is None and window.isVisible()
    finally:
        session.close()
        window.deleteLater()
        qapp.setQuitOnLastWindowClosed(True)
