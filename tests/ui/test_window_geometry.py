"""The main window keeps its size: remembered per screen, and unchanged by switching tabs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from widget_helpers import UI_WAIT_MS, context_for

from frontdesk.services.demo import seed_demo
from frontdesk.ui import window_geometry
from frontdesk.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def test_switching_to_trends_and_back_keeps_the_window_size(services, runner, show, qtbot):
    seed_demo(services)
    win = MainWindow(context_for(services, runner, "reception"))
    win.resize(1000, 700)  # narrower than the Trends filters used to need (1,061 px)
    show(win)
    before = win.size()
    win.tabs.setCurrentWidget(win.trends_tab)
    qtbot.waitUntil(lambda: win.trends_page is not None, timeout=UI_WAIT_MS)
    qtbot.wait(50)
    assert win.size() == before
    win.tabs.setCurrentWidget(win.schedule)
    qtbot.wait(50)
    assert win.size() == before


def test_no_stage_of_opening_trends_needs_a_wider_window(services, runner, show, qtbot):
    """The page opens in pieces ("Preparing trends…", placeholder cards, figures): at no
    stage may it need more width than the window was given, or the window grows for good."""
    seed_demo(services)
    win = MainWindow(context_for(services, runner, "reception"))
    win.resize(1000, 700)
    show(win)
    win.tabs.setCurrentWidget(win.trends_tab)
    needed = []
    for _ in range(150):  # ~0.75 s of event-loop turns while the page makes its cards
        qtbot.wait(5)
        needed.append(win.minimumSizeHint().width())
    qtbot.waitUntil(lambda: win.trends_page is not None and win.trends_page.report is not None,
                    timeout=UI_WAIT_MS)
    needed.append(win.minimumSizeHint().width())
    assert max(needed) <= 1000
    assert win.size().width() == 1000


def test_the_first_time_the_window_fits_the_screen(services, runner, show, settings):
    win = MainWindow(context_for(services, runner, "reception"))
    assert window_geometry.restore(win, settings) == ""
    show(win)
    free = QGuiApplication.primaryScreen().availableGeometry()  # 800 x 800 offscreen
    default = window_geometry.default_rect(QGuiApplication.primaryScreen())
    assert free.contains(default) and default.center() == free.center()
    assert default.width() < window_geometry.PREFERRED[0]  # shrunk to fit
    assert win.geometry().topLeft() == default.topLeft()


def test_size_and_place_are_remembered_for_the_screen(show, settings):
    """A plain window (the offscreen screen, 800 px wide, is narrower than the main
    window's minimum): saved on one, restored on the next start."""
    first = show(QWidget())
    first.setGeometry(QRect(40, 30, 620, 480))
    window_geometry.save(first, settings)
    second = QWidget()
    key = window_geometry.restore(second, settings)
    assert key == window_geometry.screen_key(first.screen())
    show(second)
    assert second.geometry() == QRect(40, 30, 620, 480)


def test_a_screen_that_is_gone_falls_back_to_the_default(services, runner, settings):
    settings.beginGroup(window_geometry.GROUP)
    settings.setValue(window_geometry.LAST, "HDMI-2@2560x1440+1920+0")
    settings.setValue("HDMI-2@2560x1440+1920+0", b"not a geometry")
    settings.endGroup()
    win = MainWindow(context_for(services, runner, "reception"))
    assert window_geometry.restore(win, settings) == ""
    assert win.geometry() == window_geometry.default_rect(QGuiApplication.primaryScreen())
