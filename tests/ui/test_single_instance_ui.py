"""One instance per practice, in process: a window hidden in the tray comes back when another
start asks over the local socket; a first that never answers is waited for, then started
beside; a first that is closing hands over (the whole exchange between two real processes is
in tests/test_single_instance.py)."""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from widget_helpers import UI_WAIT_MS

from frontdesk.services.instance_lock import InstanceLock
from frontdesk.ui.startup.single_instance import (
    ANSWER,
    LOCK_FILE,
    SHOW,
    SingleInstance,
    bring_forward,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket stands in")


def ask(name: str, answers: list[bytes]) -> None:
    """What a second start sends, over a plain Unix socket (Qt's blocking calls would hold
    the interpreter this test's event loop needs)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(10)
        s.connect(str(Path(tempfile.gettempdir()) / name))
        s.sendall(SHOW)
        answers.append(s.recv(64))


def test_a_window_hidden_in_the_tray_comes_back_when_another_start_asks(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.claim()
    window = QMainWindow()
    qtbot.addWidget(window)
    first.show_requested.connect(lambda: bring_forward(window))
    window.show()
    qtbot.waitExposed(window)
    window.hide()  # closed to the tray
    answers: list[bytes] = []
    other = threading.Thread(target=ask, args=(first.name, answers))
    with qtbot.waitSignal(first.show_requested, timeout=UI_WAIT_MS):
        other.start()
    qtbot.waitUntil(window.isVisible, timeout=UI_WAIT_MS)
    other.join(timeout=10)
    assert answers == [ANSWER]
    first.close()
    again = SingleInstance(tmp_path)
    assert again.lock.acquire()  # closing let the window lock go
    again.lock.release()


def test_a_start_while_the_first_holds_the_lock_is_told_to_exit(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.claim()
    second = SingleInstance(tmp_path)
    assert not second.lock.acquire()  # the lock is what tells the two apart
    first.close()


def test_a_first_that_never_answers_is_waited_for_then_started_beside(tmp_path, caplog):
    """A FrontDesk holding the lock but not answering (hung, or a version without the socket):
    this start waits, then goes on (the sending lock keeps one sender)."""
    held = InstanceLock(tmp_path / LOCK_FILE)
    assert held.acquire()
    try:
        began = time.monotonic()
        assert SingleInstance(tmp_path).claim(wait_ms=600)
        assert time.monotonic() - began >= 0.6
        assert "did not answer; starting anyway" in caplog.text
    finally:
        held.release()


def test_a_first_that_is_closing_hands_over_to_the_new_start(tmp_path):
    held = InstanceLock(tmp_path / LOCK_FILE)
    assert held.acquire()
    threading.Timer(0.4, held.release).start()  # the first ends while this one waits
    start = SingleInstance(tmp_path)
    assert start.claim(wait_ms=5000)
    assert start.server is not None and start.server.isListening()
    start.close()
