"""What a Trends refresh costs the GUI thread: the charts updated with a new report and drawn.

    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/trends_draw.py

Builds the Trends page offscreen over the demo practice (`seed_demo` in a fresh encrypted
database under a temporary folder), works out two reports off the clock (the whole range, and
the last three months), then shows them in turn on the page, as a refresh does:

- **update**: `TrendsPage.show_report(report)` and the events it leaves (layout, deferred
  deletes), the part that runs on the GUI thread when a report arrives;
- **draw**: the whole page's content rendered to a pixmap (every chart painted, not only
  the part a scroll area would show).

Baseline, in the same run: an empty pyqtgraph PlotWidget of one chart's size rendered the
same way. `--clinicians N` repeats the demo's clinician rows until the "by clinician" chart
has N bars (the 1M-place bench history has 123 clinicians); 0 keeps the demo's five.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from frontdesk.clock import FixedClock
from frontdesk.paths import AppPaths
from frontdesk.services.container import Services
from frontdesk.services.demo import seed_demo
from frontdesk.services.secrets import SecretStore
from frontdesk.services.trends import Filters, Row, TrendsReport
from frontdesk.services.vault import Vault

NOW = datetime(2026, 3, 18, 16, 0, tzinfo=ZoneInfo("America/New_York"))


def widened(report: TrendsReport, clinicians: int) -> TrendsReport:
    """The report with its clinician rows repeated (new keys and names) up to `clinicians`."""
    rows = [r for r in report.by_clinician if r.counts.places]
    if clinicians <= len(rows) or not rows:
        return report
    more = [Row(10_000 + i, f"{rows[i % len(rows)].label} ({i // len(rows) + 1})",
                rows[i % len(rows)].counts) for i in range(clinicians)]
    return replace(report, by_clinician=tuple(more))


def stats(times: list[float]) -> str:
    return (f"median {statistics.median(times) * 1000:.1f} ms, "
            f"max {max(times) * 1000:.1f} ms ({len(times)} runs)")


def count_items(page) -> int:
    return sum(len(card.plot.scene().items()) for card in page.charts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--clinicians", type=int, default=120)
    args = ap.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    import pyqtgraph as pg

    from frontdesk.ui.bus import UiEvents
    from frontdesk.ui.context import UiContext
    from frontdesk.ui.tasks import TaskRunner
    from frontdesk.ui.trends.page import TrendsPage

    with tempfile.TemporaryDirectory(prefix="trends-draw-") as folder:
        # the throw-away keyring of scripts/with-test-keyring, under a name of its own
        store = SecretStore(service=f"FrontDesk-bench-{uuid.uuid4().hex[:12]}")
        opened = Vault(AppPaths(Path(folder) / "data").ensure(), store).create()
        svc = Services.build(opened.engine, FixedClock(NOW))
        runner = TaskRunner()
        try:
            t = time.perf_counter()
            seed_demo(svc)
            svc.trends.prepare()
            today = NOW.date()
            reports = [widened(svc.trends.refresh(f), args.clinicians) for f in (
                Filters(), Filters(date_from=today - timedelta(days=91), date_to=today))]
            print(f"demo practice: {reports[0].headline.totals.places:,} places, "
                  f"{len(reports[0].by_clinician)} clinician bars "
                  f"(seeded and reported in {time.perf_counter() - t:.1f} s)")

            page = TrendsPage(UiContext(services=svc, runner=runner, actor="bench",
                                        events=UiEvents(svc.events)))
            page.started = True  # the bench hands the reports in itself: no task runner
            page.resize(1440, 860)
            page.show()
            app.processEvents()
            updates, draws = [], []
            for i in range(args.runs + 2):
                report = reports[i % 2]
                t = time.perf_counter()
                page.show_report(report)
                app.processEvents()
                t2 = time.perf_counter()
                page.content.adjustSize()
                page.content.grab()
                t3 = time.perf_counter()
                if i >= 2:  # the first two build what the later ones reuse
                    updates.append(t2 - t)
                    draws.append(t3 - t2)
                if i == 1:
                    items_before = count_items(page)
            items_after = count_items(page)

            card = page.bars["by_clinician"]
            empty = pg.PlotWidget(background="w")
            empty.resize(card.plot.size())
            empty.show()
            app.processEvents()
            base = []
            for _ in range(args.runs):
                t = time.perf_counter()
                empty.grab()
                base.append(time.perf_counter() - t)
            empty.close()

            total = [u + d for u, d in zip(updates, draws, strict=True)]
            b = statistics.median(base)
            print(f"update (show_report + events): {stats(updates)}")
            print(f"draw (the whole page rendered): {stats(draws)}")
            print(f"refresh, both: {stats(total)}")
            print(f"baseline, an empty PlotWidget {card.plot.width()}x{card.plot.height()} "
                  f"rendered: {stats(base)}")
            print(f"=> a refresh is {statistics.median(total) / b:.1f}x the empty plot "
                  f"(update alone {statistics.median(updates) / b:.1f}x)")
            print(f"graphics items in the charts' scenes: {items_before:,} after the second "
                  f"refresh, {items_after:,} after the last")
            page.close()
        finally:
            runner.shutdown()
            svc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
