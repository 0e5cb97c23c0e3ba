"""What the window's start-up path imports: nothing that only later work needs.

Compiling the reply rules (~0.3 s), the charting library and the scheduler are paid after the
schedule is on screen, not before. Each check runs a fresh interpreter.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

LATER = {
    "frontdesk.services.triage.classify": "the reply rules (compiled when a reply is read)",
    "pyqtgraph": "the charts (imported when Trends is opened)",
    "apscheduler.schedulers.background": "the scheduler (started after the first paint)",
}


def imported_after(code: str) -> set[str]:
    probe = (f"import sys\n{code}\n"
             f"print('\\n'.join(m for m in {sorted(LATER)!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    return set(out.stdout.split())


@pytest.mark.parametrize("code", [
    "import frontdesk.app",
    "import frontdesk.ui.startup.launch, frontdesk.ui.main_window",
])
def test_the_start_up_path_leaves_later_work_for_later(code):
    early = imported_after(code)
    assert not early, [LATER[m] for m in early]


def test_reading_a_reply_still_compiles_the_rules():
    assert "frontdesk.services.triage.classify" in imported_after(
        "from frontdesk.services import triage\nassert triage.classify('STOP').intent.value")
