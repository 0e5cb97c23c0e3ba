"""Safety never waits behind analytics: while the Trends page's first build is still reading
the history, the crisis watch's check and the schedule load through the same task runner
and finish; the Trends figures arrive once the build is let go."""

from __future__ import annotations

import threading

import pytest
from widget_helpers import UI_WAIT_MS, context_for

from frontdesk.ui.messages.crisis_alert import CrisisBanner, CrisisWatch
from frontdesk.ui.tasks import TaskRunner
from frontdesk.ui.trends.page import TrendsPage
from tests.helpers import at, client_writes

ANA = "+16175550111"
CRISIS_TEXT = "honestly i keep thinking about ending my life tonight"
# pyqtgraph 0.14 sets an array's shape in place, which NumPy 2.5 deprecates: not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore:Setting the shape on a NumPy array")
HELD_S = 20  # the longest the test holds the build (it lets go as soon as it has checked)


def test_the_crisis_watch_and_the_schedule_load_while_a_trends_build_runs(
        qtbot, practice, book):
    svc = practice.svc
    book(practice.ana, at(2, 10))  # one place: the build reads one block, then is held
    client_writes(svc, ANA, CRISIS_TEXT)
    building, let_go = threading.Event(), threading.Event()

    def hold() -> None:  # on the lane running the build
        building.set()
        let_go.wait(HELD_S)

    svc.trends.between_blocks = hold
    runner = TaskRunner()
    try:
        ctx = context_for(svc, runner, "owner")
        page = TrendsPage(ctx)
        qtbot.addWidget(page)
        page.show()  # starts preparing the figures: the first build
        qtbot.waitUntil(building.is_set, timeout=UI_WAIT_MS)

        banner = CrisisBanner()
        qtbot.addWidget(banner)
        watch = CrisisWatch(ctx, banner, banner)
        with qtbot.waitSignal(watch.changed, timeout=UI_WAIT_MS) as crises:
            watch.refresh()
        rows = []
        runner.run(svc.schedule.day, at(2, 10).date()).on_success(rows.append)
        qtbot.waitUntil(lambda: bool(rows), timeout=UI_WAIT_MS)
        assert not let_go.is_set() and page.report is None  # the build was still running
        assert crises.args == [1]  # the open crisis, found while the build ran
        assert len(rows[0]) == 1

        with qtbot.waitSignal(page.report_shown, timeout=UI_WAIT_MS):
            let_go.set()
        assert page.report.headline.totals.total >= 0
    finally:
        let_go.set()
        runner.shutdown()
