"""What the window's start-up path imports: nothing that only later work needs.

Compiling the reply rules (~0.3 s), the charting library and the scheduler are paid after the
schedule is on screen, not before; so are the Trends figures (numpy), the client import and the
demo practice's data, which the first screen never needs. Each check runs a fresh interpreter.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

LATER = {
    "frontdesk.services.triage.classify": "the reply rules (compiled when a reply is read)",
    "pyqtgraph": "the charts (imported when Trends is opened)",
    "apscheduler.schedulers.background": "the scheduler (started after the first paint)",
    "frontdesk.services.background": "the background jobs (started after the first paint)",
    "frontdesk.services.trends.service": "the Trends figures (built when first asked for)",
    "numpy": "the Trends figures' arrays",
    "frontdesk.services.client_import.service": "the client import (the set-up assistant)",
    "frontdesk.services.demo": "the demo practice's data (made once, when asked for)",
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
    "import frontdesk.app, frontdesk.services.vault, frontdesk.services.container",
])
def test_the_start_up_path_leaves_later_work_for_later(code):
    early = imported_after(code)
    assert not early, [LATER[m] for m in early]


def test_reading_a_reply_still_compiles_the_rules():
    assert "frontdesk.services.triage.classify" in imported_after(
        "from frontdesk.services import triage\nassert triage.classify('STOP').intent.value")


def test_services_built_for_the_window_leave_trends_and_the_import_for_later():
    """What the start-up flow does before the window: build every service over the engine."""
    early = imported_after(
        "from frontdesk.clock import SystemClock\n"
        "from sqlalchemy import create_engine\n"
        "from frontdesk.services.container import Services\n"
        "svc = Services.build(create_engine('sqlite://'), SystemClock())\n"
        "assert svc.schedule and svc.desk")
    assert not early, [LATER[m] for m in early]


def test_the_trends_service_is_still_there_when_asked_for():
    assert {"frontdesk.services.trends.service", "frontdesk.services.client_import.service"} <= \
        imported_after(
            "from frontdesk.clock import SystemClock\n"
            "from sqlalchemy import create_engine\n"
            "from frontdesk.services.container import Services\n"
            "svc = Services.build(create_engine('sqlite://'), SystemClock())\n"
            "assert svc.trends is svc.trends and svc.client_import is svc.client_import")
