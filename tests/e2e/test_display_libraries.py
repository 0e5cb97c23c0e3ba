"""A desktop that lacks a library Qt's display plugin needs gets one sentence saying what to
install, never Qt's "Could not load the Qt platform plugin … Aborted".

The missing library is real: a PySide6 whose files are links to the installed one, except
its xcb plugin, a copy whose dependency on libxcb-cursor.so.0 is renamed to a version no
system has (libxcb-cursor.so.9). The real entry point imports it first (PYTHONPATH), and
Qt loads that plugin exactly as on a desktop without libxcb-cursor0.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

from .conftest import ROOT, WAIT_S

REAL = b"libxcb-cursor.so.0"
ABSENT = b"libxcb-cursor.so.9"


def _pyside_lacking_a_library(tmp_path: Path) -> Path:
    real = Path(PySide6.__file__).parent
    site = tmp_path / "site"

    def mirror(source: Path, target: Path, inside: list[str]) -> None:
        target.mkdir(parents=True)
        for entry in source.iterdir():
            if inside and entry.name == inside[0]:
                mirror(entry, target / entry.name, inside[1:])
            elif entry.name != "libqxcb.so" or inside:
                (target / entry.name).symlink_to(entry)

    mirror(real, site / "PySide6", ["Qt", "plugins", "platforms"])
    data = (real / "Qt" / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    assert data.count(REAL) == 1
    (site / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so").write_bytes(
        data.replace(REAL, ABSENT))
    return site


def _start(desktop, site: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**desktop.env, "PYTHONPATH": str(site)}
    return subprocess.run([sys.executable, *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=WAIT_S * 2)


def test_qt_itself_aborts_on_that_plugin(desktop, tmp_path):
    """The defect as a user met it: without FrontDesk's check, Qt aborts the process."""
    site = _pyside_lacking_a_library(tmp_path)
    done = _start(desktop, site, "-c",
                  "from PySide6.QtWidgets import QApplication; QApplication([])")
    assert done.returncode < 0  # killed by SIGABRT
    assert "Could not load the Qt platform plugin" in done.stderr


def test_missing_display_library_is_named_in_one_sentence(desktop, tmp_path):
    site = _pyside_lacking_a_library(tmp_path)
    done = _start(desktop, site, "-m", "frontdesk", "--data-dir", str(tmp_path / "fd"))
    assert done.returncode == 4, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert "libxcb-cursor.so.9" in lines[0] and "install libxcb-cursor0" in lines[0]
    assert "Could not load the Qt platform plugin" not in done.stderr
    assert not (tmp_path / "fd" / "frontdesk.db").exists()  # nothing was created
