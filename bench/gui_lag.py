"""How long the GUI thread stops answering while the desk is used, next to a bare window.

    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/gui_lag.py \
        --data-dir bench/out/history

Starts the real program (`frontdesk.app`'s GUI path, the way `python -m frontdesk` does) on a
bench history in a process of its own, with a 10 ms precise timer on the GUI thread that
records every interval between its ticks. A script then uses the window as the front desk
would: waits for today's schedule, opens To do, steps through ten days, opens Messages and
Clients, opens Trends (the first build on a long history), refreshes it three times, goes back
to the schedule and quits (File → Quit, confirmed). The same script runs against a bare
PySide6 window with the same tabs (a 200-row table refilled on each "day"), in the same run.

Printed for each, per phase and overall: the longest interval, p99, and how many intervals
were over 50 ms (a 10 ms timer never sees less than ~10 ms); start → schedule painted;
"next day" click → rows shown; the first Trends build and its refreshes; memory with every
tab open (VmRSS) and the peak (VmHWM); quit → process gone. Ratios are to the bare window.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"
TICK_MS = 10
START_ONLY = bool(os.environ.get("GUI_LAG_START_ONLY"))  # set by --start-only for the children
BREAKDOWN = bool(os.environ.get("GUI_LAG_BREAKDOWN"))  # set by --breakdown for the children
PHASES = ("start", "settle", "todo", "days", "messages", "clients", "trends", "refresh",
          "back")


def proc_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


# ---- the child: one GUI process, probed and driven ---------------------------------------

class Probe:
    """A 10 ms timer on the GUI thread; every interval between ticks, by phase."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.gaps: dict[str, list[float]] = {p: [] for p in PHASES}
        self.phase = "start"
        self.last = time.perf_counter()
        self.timer = QTimer(app)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.timer.start(TICK_MS)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps[self.phase].append((now - self.last) * 1000)
        self.last = now


class Script:
    """Steps run one after the other on the GUI thread; each waits for a signal or a delay."""

    def __init__(self, app, probe: Probe, steps) -> None:
        self.app, self.probe, self.steps = app, probe, iter(steps)
        self.figures: dict = {}

    def next(self) -> None:
        from PySide6.QtCore import QTimer

        try:
            step = next(self.steps)
        except StopIteration:
            return
        if os.environ.get("GUI_LAG_TRACE"):
            print(f"step {getattr(step, '__qualname__', step)}", file=sys.stderr, flush=True)
        QTimer.singleShot(0, lambda: step(self))

    def wait_ms(self, ms: int) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(ms, self.next)

    def wait_signal(self, signal, timeout_s: float, on_done) -> None:
        """on_done(seconds or None on timeout), then the next step."""
        from PySide6.QtCore import QTimer

        started, state = time.perf_counter(), {"done": False}

        def finish(ok: bool) -> None:
            if state["done"]:
                return
            state["done"] = True
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(fired)
            on_done(time.perf_counter() - started if ok else None)
            self.next()

        def fired(*_args) -> None:
            finish(True)

        signal.connect(fired)
        QTimer.singleShot(int(timeout_s * 1000), lambda: finish(False))


def steps_for(window_of, kind: str, start_only: bool = False):
    """The desk's morning, as steps. window_of() returns the window once it exists."""
    days: list[float] = []
    refreshes: list[float] = []

    def phase(name):
        def step(s: Script) -> None:
            s.probe.phase = name
            s.next()
        return step

    def tab(index_name):
        def step(s: Script) -> None:
            w = window_of()
            w.tabs.setCurrentIndex(w.tab_index(index_name))
            s.wait_ms(2000)
        return step

    def next_day(s: Script) -> None:
        w = window_of()
        s.wait_signal(w.schedule_loaded, 10, lambda t: days.append(t * 1000 if t else -1))
        w.step_day()

    def pause(ms):
        return lambda s: s.wait_ms(ms)

    def trends_open(s: Script) -> None:
        w = window_of()
        w.tabs.setCurrentIndex(w.tab_index("Trends"))
        signal = w.trends_shown()
        s.figures["trends_first_s"] = None
        s.wait_signal(signal, 600, lambda t: s.figures.__setitem__("trends_first_s", t))

    def trends_refresh(s: Script) -> None:
        w = window_of()
        s.wait_signal(w.trends_shown(), 120, lambda t: refreshes.append(t * 1000 if t else -1))
        w.refresh_trends()

    def memory(s: Script) -> None:
        s.figures["rss_all_tabs_kb"] = proc_kb("VmRSS")
        if BREAKDOWN:
            from memory_breakdown import breakdown

            ctx = getattr(getattr(window_of(), "w", None), "ctx", None)
            s.figures["breakdown"] = breakdown(getattr(ctx, "services", None))
        s.next()

    def finish(s: Script) -> None:
        s.figures.update(days_ms=days, refresh_ms=refreshes)
        s.figures["quit_at"] = time.monotonic()
        window_of().quit()

    if start_only:
        return [pause(500), memory, finish]
    return [phase("settle"), pause(3000), phase("todo"), tab("To do"), phase("days"),
            *[step for _ in range(10) for step in (next_day, pause(200))],
            phase("messages"), tab("Messages"), phase("clients"), tab("Clients"),
            phase("trends"), trends_open, pause(500), memory, phase("refresh"),
            *[step for _ in range(3) for step in (trends_refresh, pause(300))],
            phase("back"), tab("Schedule"), finish]


class AppWindow:
    """The real main window, as the script sees it."""

    def __init__(self, window, app) -> None:
        self.w, self.app = window, app
        self.tabs = window.tabs
        self.schedule_loaded = window.schedule_loaded

    def tab_index(self, name: str) -> int:
        return next(i for i in range(self.tabs.count()) if self.tabs.tabText(i).startswith(name))

    def step_day(self) -> None:
        self.w.schedule.step_day(1)

    def trends_shown(self):
        return self.w.trends_page.report_shown if self.w.trends_page else self.w.schedule_loaded

    def refresh_trends(self) -> None:
        self.w.trends_page.refresh()

    def quit(self) -> None:
        self.w.keeper.quit_now()  # File → Quit, confirmed (ui/tray.py KeepRunning)


def run_app_child(data_dir: str) -> dict:
    sys.path[:0] = [str(ROOT), str(BENCH_DIR)]
    from PySide6.QtWidgets import QApplication

    from frontdesk.app import Composition
    from frontdesk.ui.main_window import MainWindow
    from frontdesk.ui.startup.launch import run_gui

    with contextlib.suppress(ImportError):  # what frontdesk.app.main() does first
        from frontdesk.memory import tune_malloc

        tune_malloc()
    app = QApplication(sys.argv[:1])
    probe = Probe(app)
    holder: dict = {}
    script = Script(app, probe, steps_for(lambda: holder["w"], "app", START_ONLY))

    def look() -> None:
        found = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        if not found:
            QTimer.singleShot(5, look)
            return
        holder["w"] = AppWindow(found[0], app)

        def painted() -> None:
            script.figures["painted_at"] = time.monotonic()
            found[0].schedule_loaded.disconnect(painted)
            script.next()
        found[0].schedule_loaded.connect(painted)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, look)
    code = run_gui(Composition(data_dir), demo=False, screenshot=None, day=None)
    script.figures.update(closed_at=time.monotonic(), code=code)
    return {"figures": script.figures, "gaps": probe.gaps}


class BareWindow:
    """A bare PySide6 window with the same tabs; a "day" refills a 200-row table."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QLabel, QMainWindow, QTableView, QTabWidget

        class Loaded(QObject):
            fired = Signal()

        self.app, self.day = app, 0
        self.loaded = Loaded()
        self.schedule_loaded = self.loaded.fired
        self.model = QStandardItemModel(200, 8)
        self.item = QStandardItem
        self.window = QMainWindow()
        self.tabs = QTabWidget(self.window)
        view = QTableView()
        view.setModel(self.model)
        self.tabs.addTab(view, "Schedule")
        for name in ("To do", "Clients", "Messages", "Trends"):
            self.tabs.addTab(QLabel(name), name)
        self.window.setCentralWidget(self.tabs)
        self.window.resize(1280, 800)
        self.fill()
        # Opening "Trends" shows something, as the app's first report does.
        self.tabs.currentChanged.connect(
            lambda i: self.tabs.tabText(i) == "Trends" and self.step_day())

    def fill(self) -> None:
        for r in range(200):
            for c in range(8):
                self.model.setItem(r, c, self.item(f"{self.day} {r} {c}"))
        self.schedule_loaded.emit()

    def tab_index(self, name: str) -> int:
        return next(i for i in range(self.tabs.count()) if self.tabs.tabText(i) == name)

    def step_day(self) -> None:
        self.day += 1
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.fill)

    def trends_shown(self):
        return self.schedule_loaded

    def refresh_trends(self) -> None:
        self.step_day()

    def quit(self) -> None:
        self.app.quit()


def run_bare_child() -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    probe = Probe(app)
    bare = BareWindow(app)
    script = Script(app, probe, steps_for(lambda: bare, "bare", START_ONLY))
    bare.window.show()

    def painted() -> None:
        script.figures["painted_at"] = time.monotonic()
        script.next()
    QTimer.singleShot(0, painted)
    code = app.exec()
    script.figures.update(closed_at=time.monotonic(), code=code)
    return {"figures": script.figures, "gaps": probe.gaps}


# ---- the parent: run both, print figures -------------------------------------------------

def run_child(kind: str, data_dir: str) -> dict:
    out = Path(os.environ.get("TMPDIR", "/tmp")) / f"gui_lag_{kind}_{os.getpid()}.json"
    started = time.monotonic()
    proc = subprocess.run([sys.executable, __file__, "--child", kind, "--data-dir", data_dir,
                           "--out", str(out)], cwd=ROOT, capture_output=True, text=True)
    gone = time.monotonic()
    if proc.returncode != 0 or not out.exists():
        raise SystemExit(f"{kind} run failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    result = json.loads(out.read_text())
    out.unlink()
    f = result["figures"]
    f["start_to_paint_s"] = f["painted_at"] - started
    f["quit_to_gone_s"] = gone - f["quit_at"]
    f["quit_to_closed_s"] = f["closed_at"] - f["quit_at"]
    return result


def lag_line(gaps: list[float]) -> str:
    if not gaps:
        return "no ticks"
    p99 = statistics.quantiles(gaps, n=100)[98] if len(gaps) > 1 else gaps[0]
    over = sum(1 for g in gaps if g > 50)
    return f"max {max(gaps):.0f} ms, p99 {p99:.0f} ms, {over} over 50 ms"


def report(app: dict, bare: dict) -> None:
    a, b = app["figures"], bare["figures"]
    everything = [g for p in PHASES for g in app["gaps"][p]]
    bare_all = [g for p in PHASES for g in bare["gaps"][p]]
    print(f"GUI-thread intervals of a {TICK_MS} ms timer, whole script: app {lag_line(everything)}"
          f"; bare window {lag_line(bare_all)}")
    for p in PHASES:
        print(f"  {p:9s} app {lag_line(app['gaps'][p]):38s} bare {lag_line(bare['gaps'][p])}")
    ratio = a["start_to_paint_s"] / b["start_to_paint_s"]
    print(f"start -> schedule painted: app {a['start_to_paint_s']:.2f} s, bare "
          f"{b['start_to_paint_s']:.2f} s ({ratio:.1f}x)")
    days = [d for d in a["days_ms"] if d >= 0]
    if days:
        print(f"next day -> rows shown: median {statistics.median(days):.0f} ms, max "
              f"{max(days):.0f} ms over {len(days)} days (bare median "
              f"{statistics.median(b['days_ms']):.0f} ms)")
    first = a.get("trends_first_s")
    print("Trends first build: " + (f"{first:.1f} s" if first is not None
                                     else "not shown within the time allowed"))
    refresh = [r for r in a["refresh_ms"] if r >= 0]
    if refresh:
        print(f"Trends refresh: median {statistics.median(refresh):.0f} ms")
    print(f"memory with every tab open (VmRSS): app {a['rss_all_tabs_kb'] / 1024:.0f} MB, "
          f"bare {b['rss_all_tabs_kb'] / 1024:.0f} MB; peak (VmHWM) app "
          f"{a['peak_kb'] / 1024:.0f} MB, bare {b['peak_kb'] / 1024:.0f} MB")
    for kind, f in (("app", a), ("bare", b)):
        if "breakdown" in f:
            print(f"memory breakdown, {kind}, every tab open: {f['breakdown']}")
    print(f"quit -> process gone: app {a['quit_to_gone_s']:.2f} s (of which closing "
          f"{a['quit_to_closed_s']:.2f} s), bare {b['quit_to_gone_s']:.2f} s")


def start_only(data_dir: str, runs: int) -> int:
    """Start -> today's rows painted, and quit -> process gone, alternating app and bare."""
    os.environ["GUI_LAG_START_ONLY"] = "1"
    got: dict[str, list[dict]] = {"app": [], "bare": []}
    for _ in range(runs):
        for kind in ("bare", "app"):
            got[kind].append(run_child(kind, data_dir)["figures"])
    med = {k: statistics.median(f["start_to_paint_s"] for f in v) for k, v in got.items()}
    quit_ = {k: statistics.median(f["quit_to_gone_s"] for f in v) for k, v in got.items()}
    print(f"start -> schedule painted (median of {runs}): app {med['app']:.2f} s, bare "
          f"{med['bare']:.2f} s ({med['app'] / med['bare']:.1f}x); quit -> gone: app "
          f"{quit_['app']:.2f} s, bare {quit_['bare']:.2f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", default=str(BENCH_DIR / "out" / "history"))
    ap.add_argument("--child", choices=("app", "bare"))
    ap.add_argument("--out")
    ap.add_argument("--json", action="store_true", help="also print the raw figures")
    ap.add_argument("--start-only", type=int, metavar="RUNS", default=0,
                    help="only start -> schedule painted and quit, RUNS times each, alternating")
    ap.add_argument("--breakdown", action="store_true",
                    help="also say where the memory goes (bench/memory_breakdown.py)")
    args = ap.parse_args(argv)
    if args.breakdown:
        os.environ["GUI_LAG_BREAKDOWN"] = "1"
    if args.child:
        result = run_app_child(args.data_dir) if args.child == "app" else run_bare_child()
        result["figures"]["peak_kb"] = proc_kb("VmHWM")
        Path(args.out).write_text(json.dumps(result))
        return 0
    sys.path[:0] = [str(ROOT), str(BENCH_DIR)]
    from query_day import META_NAME, ensure_key

    data = Path(args.data_dir)
    meta = data / META_NAME
    if not meta.exists():
        raise SystemExit(f"No bench history in {data}: run bench/generate_history.py first.")
    ensure_key(data, json.loads(meta.read_text()))
    if args.start_only:
        return start_only(args.data_dir, args.start_only)
    bare = run_child("bare", args.data_dir)
    app = run_child("app", args.data_dir)
    report(app, bare)
    if args.json:
        print(json.dumps({"app": app["figures"], "bare": bare["figures"]}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
