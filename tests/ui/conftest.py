"""Shared UI-test helpers: a deterministic task runner and a way to show a real widget."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from widget_helpers import context_for

from frontdesk.ui.gc_guard import GuiThreadCollector
from frontdesk.ui.tasks import InlineTaskRunner


@pytest.fixture(autouse=True, scope="session")
def collect_only_on_the_gui_thread(qapp):
    """As the app does (frontdesk/ui/gc_guard.py): no automatic collection in worker
    threads; the timer collects on the GUI thread whenever the test lets events run."""
    collector = GuiThreadCollector(qapp)
    yield collector
    collector.timer.stop()
    gc.enable()


@pytest.fixture(autouse=True)
def free_qt_objects_on_the_gui_thread():
    """Delete this test's closed widgets and collect its garbage now, on the GUI thread.

    pytest-qt only deleteLater()s widgets; left pending, they are deleted during a later
    test, which frees Python cycles holding Python-owned QObjects (a test's task runner),
    and Python's cycle collector may then run in a worker thread and destroy them there:
    a segfault, seen about once in ten runs."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    """A modal question nobody answers would hang the run (pytest-qt closes leftover
    dialogs at teardown, and closing with unsaved typing asks first). Unless a test
    answers for itself, every question gets the cautious answer: Discard/No — and it is
    recorded, so a test can check what was asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


@pytest.fixture
def runner() -> InlineTaskRunner:
    return InlineTaskRunner()


@pytest.fixture
def ui_ctx(services, runner):
    """The UI context over the `services` fixture, acting as "reception"."""
    return context_for(services, runner)


@pytest.fixture
def show(qtbot):
    """show(widget) -> the widget, shown, exposed and closed after the test."""

    def _show(widget: QWidget) -> QWidget:
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return _show


@pytest.fixture
def click(qtbot):
    def _click(widget: QWidget) -> None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    return _click


@pytest.fixture
def window(show, runner):
    """window(services) -> a shown MainWindow over those services (inline runner)."""
    from frontdesk.ui.main_window import MainWindow

    def make(svc, runner=runner) -> MainWindow:
        return show(MainWindow(context_for(svc, runner)))

    return make
