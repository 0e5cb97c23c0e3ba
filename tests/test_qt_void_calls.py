"""Regression: tens of thousands of void Qt calls must not abort the process.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call that returns
nothing and aborts after a few thousand ("Fatal Python error: none_dealloc"). The
supported runtimes (Python >= 3.12, or Qt < 6.12 on 3.11) must survive this script.
It runs in its own process, so an abort fails this test instead of killing the run.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 50_000

SCRIPT = f"""
import sys
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QWidget

app = QApplication(sys.argv)
widget = QWidget()
label = QLabel(widget)
assert widget.update() is None  # these calls return nothing
for i in range({CALLS} // 5):  # each result is dropped at once, as in real code
    widget.setWindowTitle(f"t{{i % 7}}")
    widget.resize(QSize(100 + i % 50, 80))
    widget.update()
    label.setText("x")
    widget.setEnabled(bool(i % 2))
assert widget.windowTitle() == f"t{{({CALLS} // 5 - 1) % 7}}" and label.text() == "x"
print("survived", {CALLS}, flush=True)
"""


def test_many_void_qt_calls_do_not_abort():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            env=env, timeout=300)
    detail = f"rc={result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr[-3000:]}"
    assert result.returncode == 0, detail
    assert f"survived {CALLS}" in result.stdout, detail
    assert "none_dealloc" not in result.stderr, detail
