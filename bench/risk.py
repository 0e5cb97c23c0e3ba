"""The no-show risk model on a generated history: a time split, its figures and a plot.

    scripts/with-test-keyring .venv/bin/python bench/generate_history.py \
        --data-dir /tmp/risk-bench/history --appointments 60000 --years 3 --clinicians 8
    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/risk.py \
        --data-dir /tmp/risk-bench/history

Trains exactly as the app does (frontdesk.services.risk.train: fitted on the oldest 70% of
the places before the cut, calibrated on the next 15%, its own validation on the last 15%)
on every session before the last --test-days (91: three months), then tests on those months,
which it has never seen. Prints AUC and Brier score of (a) the model, (b) everyone at the
practice's rate, (c) the client's own past no-show rate alone (shrunk towards the practice's
rate), a reliability table (10 bins, predicted against observed), what "high" catches, and
how long training and one day's scores take; draws the reliability plot (QPainter, no
matplotlib) into bench/out/risk-reliability.png.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import numpy as np
from query_day import ensure_key  # bench/, beside this script

from frontdesk.clock import FixedClock
from frontdesk.paths import AppPaths
from frontdesk.services.container import Services
from frontdesk.services.practice import load_settings
from frontdesk.services.risk import features as F
from frontdesk.services.risk.fit import ReliabilityBin, auc, brier, reliability
from frontdesk.services.risk.train import micros, train_model
from frontdesk.services.secrets import SecretStore
from frontdesk.services.trends import codes, source
from frontdesk.services.vault import Vault

BENCH_DIR = Path(__file__).resolve().parent
META_NAME = "bench-history.json"


def draw(bins: list[ReliabilityBin], path: Path, title: str) -> None:
    """Predicted (x) against observed (y) per bin, dot area by count; the diagonal is perfect
    calibration."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    size, m = 640, 70
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    top = max([b.predicted for b in bins if b.count] + [b.observed for b in bins if b.count])
    top = min(1.0, max(0.1, float(np.ceil(top * 10) / 10)))
    span = size - 2 * m

    def at(x: float, y: float) -> QPointF:
        return QPointF(m + x / top * span, size - m - y / top * span)

    p.setPen(QPen(QColor("#BBBBBB"), 1))
    for k in range(11):
        v = top * k / 10
        p.drawLine(at(v, 0), at(v, top))
        p.drawLine(at(0, v), at(top, v))
        p.setPen(QColor("#1F1F1F"))
        p.drawText(at(v, 0) + QPointF(-12, 18), f"{v:.0%}")
        p.drawText(at(0, v) + QPointF(-44, 4), f"{v:.0%}")
        p.setPen(QPen(QColor("#BBBBBB"), 1))
    p.setPen(QPen(QColor("#8A8A8A"), 1, Qt.PenStyle.DashLine))
    p.drawLine(at(0, 0), at(top, top))
    most = max(b.count for b in bins) or 1
    pts = [(b, at(b.predicted, b.observed)) for b in bins if b.count]
    p.setPen(QPen(QColor("#0072B2"), 2))
    for (_, a), (_, b) in pairwise(pts):
        p.drawLine(a, b)
    p.setBrush(QColor("#0072B2"))
    for b, pt in pts:
        r = 3 + 12 * (b.count / most) ** 0.5
        p.drawEllipse(pt, r, r)
    p.setPen(QColor("#1F1F1F"))
    p.drawText(QRectF(0, 10, size, 24), Qt.AlignmentFlag.AlignCenter, title)
    p.drawText(QRectF(0, size - 30, size, 24), Qt.AlignmentFlag.AlignCenter,
               "predicted chance of a no-show (bin mean)")
    p.save()
    p.translate(18, size / 2)
    p.rotate(-90)
    p.drawText(QRectF(-150, -12, 300, 24), Qt.AlignmentFlag.AlignCenter,
               "share actually missed")
    p.restore()
    p.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path))
    del app


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=BENCH_DIR / "out" / "history")
    ap.add_argument("--test-days", type=int, default=91)
    ap.add_argument("--png", type=Path, default=BENCH_DIR / "out" / "risk-reliability.png")
    args = ap.parse_args(argv)
    data_dir = args.data_dir.resolve()
    meta = json.loads((data_dir / META_NAME).read_text())
    ensure_key(data_dir, meta)
    engine = Vault(AppPaths(data_dir), SecretStore()).open().engine
    now = datetime.fromisoformat(meta["generated_at"])
    svc = Services.build(engine, FixedClock(now))
    with svc.sessions() as s:
        tz = load_settings(s).timezone
        t0 = time.perf_counter()
        places = source.read_all(s.connection())
        t_read = time.perf_counter() - t0
    cut = now - timedelta(days=args.test_days)
    t0 = time.perf_counter()
    outcome = train_model(places, tz, cut)
    t_fit = time.perf_counter() - t0
    model = outcome.model
    if model is None:
        print(outcome.why_not)
        return 1
    start, y_all = places["start"], (places["outcome"] == codes.NO_SHOW).astype(float)
    test = np.flatnonzero(F.decided(places["outcome"]) & (start >= micros(cut))
                          & (start < micros(now)))
    history = F.client_history(places["client"], start, places["outcome"])
    h = F.History(*(getattr(history, k)[test] for k in
                    ("sessions", "misses", "recent", "recent_misses")))
    rows = model.rows(F.take(places, test), h)
    p, y = model.probability(rows.x), y_all[test]
    own = rows.x[:, F.NAMES.index("history")]
    raw_own = np.where(h.sessions > 0, h.misses / np.maximum(h.sessions, 1), model.rate)
    print(f"history: {len(places['att']):,} places; trained on {outcome.sessions:,} places "
          f"with an outcome before {cut:%Y-%m-%d} (read {t_read:.2f} s, fit {t_fit:.2f} s); "
          f"tested on {len(test):,} places from {cut:%Y-%m-%d} to {now:%Y-%m-%d}, "
          f"{y.mean():.1%} missed (training rate {model.rate:.1%})")
    print(f"{'':38s} {'AUC':>6s} {'Brier':>8s}")
    for label, q in (("(a) the model (calibrated)", p),
                     ("(b) the practice's rate for everyone", np.full(len(y), model.rate)),
                     ("(c) client's past rate, shrunk", own),
                     ("(c') client's past rate, raw", raw_own)):
        a = auc(y, q)
        print(f"{label:38s} {a if a == a else 0.5:6.3f} {brier(y, q):8.5f}")
    f = model.figures
    print(f"the model's own validation ({f.validated_from} to {f.validated_to}, "
          f"{f.validated:,} places): AUC {f.auc:.3f}, Brier {f.brier:.5f} "
          f"(base {f.base_brier:.5f})")
    print("coefficients (per standard deviation): " + ", ".join(
        f"{n} {c:+.2f}" for n, c in zip(model.names, model.coef, strict=True)))
    high = p >= model.high
    print(f"high = p >= {model.high:.1%}: {high.mean():.1%} of test places, {y[high].mean():.1%} "
          f"of them missed vs {y[~high].mean():.1%} of the rest; they hold "
          f"{y[high].sum() / max(y.sum(), 1):.0%} of the no-shows")
    bins = reliability(y, p)
    print("reliability (10 bins of predicted probability):")
    print(f"  {'bin':>11s} {'places':>7s} {'predicted':>9s} {'observed':>9s}")
    for b in bins:
        if b.count:
            print(f"  {b.low:4.0%}-{b.high:4.0%} {b.count:7,d} {b.predicted:9.1%} "
                  f"{b.observed:9.1%}")
    draw(bins, args.png, f"No-show risk: reliability on the last {args.test_days} days "
                         f"({len(test):,} places)")
    print(f"plot: {args.png}")
    # The app's own path: train (read, fit, store) and one busy day's scores.
    t0 = time.perf_counter()
    status = svc.risk.train()
    t_train = time.perf_counter() - t0
    today = date.fromisoformat(meta["today"])
    week = []
    for k in range(7):  # the coming week as the desk will see it (scores as of now)
        day = today + timedelta(days=k)
        ids = [r.appointment_id for r in svc.schedule.day(day)]
        times, day_times = [], []
        for _ in range(5 if ids else 0):
            t0 = time.perf_counter()
            scores = svc.risk.scores(ids)
            times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            svc.schedule.day(day)
            day_times.append(time.perf_counter() - t0)
        if ids:
            week.append((day, len(ids), sum(s.high for s in scores.values()),
                         statistics.median(times), statistics.median(day_times)))
    print(f"RiskService.train() on the whole history: {t_train:.2f} s "
          f"({'model kept' if status.has_model else status.text})")
    print("the coming week (rows, high; scores() median, after schedule.day()'s median):")
    for day, n, high, t_s, t_d in week:
        print(f"  {day:%a %Y-%m-%d}: {n:3d} rows, {high:2d} high; scores {t_s * 1000:.0f} ms "
              f"(the day's rows {t_d * 1000:.0f} ms)")
    svc.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
