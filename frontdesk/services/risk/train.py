"""Training on the practice's own history, split by time: the model is fitted on the oldest
70% of the places with an outcome, calibrated (Platt) on the next 15%, and judged on the
latest 15%, which it has never seen.

"High" is decided on that validation slice: a calibrated probability at least twice the
practice's no-show rate and within the riskiest tenth of the validation places. Both are
needed: the tenth keeps the desk's calls few, twice the rate keeps a badge meaning
something (a model with nothing to say flags nothing). "Medium": 1.5 times the rate.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import numpy as np

from frontdesk.services.risk import features as F
from frontdesk.services.risk.fit import auc, brier, fit_logistic, fit_platt
from frontdesk.services.risk.model import Figures, RiskModel
from frontdesk.services.trends import codes

MIN_SESSIONS = 200  # past places with an outcome below which there is no model
MIN_MISSES = 10  # and no-shows among them
FIT_SHARE, CALIBRATE_SHARE = 0.70, 0.15
L2 = 1.0
HIGH_TIMES_RATE, HIGH_TOP_SHARE, MEDIUM_TIMES_RATE = 2.0, 0.10, 1.5
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def micros(t: datetime) -> int:
    return (t - EPOCH) // timedelta(microseconds=1)


def day_of(us: int) -> str:
    return (EPOCH + timedelta(microseconds=int(us))).date().isoformat()


@dataclass(frozen=True)
class Outcome:
    """A training run: the model, or why there is none."""

    model: RiskModel | None
    sessions: int  # past places with an outcome
    why_not: str = ""


def labelled(places: dict[str, np.ndarray], now: datetime) -> np.ndarray:
    """Indexes of the places with an outcome before `now`, oldest first."""
    idx = np.flatnonzero(F.decided(places["outcome"]) & (places["start"] < micros(now)))
    return idx[np.argsort(places["start"][idx], kind="stable")]


def train_model(places: dict[str, np.ndarray], tz_name: str, now: datetime) -> Outcome:
    """Fit, calibrate and validate on every place that started before `now`."""
    idx = labelled(places, now)
    y_all = (places["outcome"] == codes.NO_SHOW).astype(float)
    n, misses = len(idx), int(y_all[idx].sum())
    if n < MIN_SESSIONS or misses < MIN_MISSES:
        return Outcome(None, n, f"Not enough history yet: {n} past sessions with attendance "
                                f"recorded ({misses} missed); the risk model needs "
                                f"{MIN_SESSIONS}, with at least {MIN_MISSES} missed.")
    cut1, cut2 = int(n * FIT_SHARE), int(n * (FIT_SHARE + CALIBRATE_SHARE))
    fit_i, cal_i, val_i = idx[:cut1], idx[cut1:cut2], idx[cut2:]
    if len({*y_all[fit_i]}) < 2 or len({*y_all[cal_i]}) < 2:
        return Outcome(None, n, "Not enough missed sessions spread over time to learn from.")
    history = F.client_history(places["client"], places["start"], places["outcome"])
    slot = F.local_slot(places["start"], tz_name)
    y = y_all[fit_i]
    rate = float(y.mean())
    slot_enc = F.learn_encoding(slot[fit_i], y, rate)
    type_enc = F.learn_encoding(places["typ"][fit_i].astype(np.int64), y, rate)

    def rows(sel: np.ndarray, fitting: bool) -> F.Rows:
        part = F.take(places, sel)
        h = F.History(*(getattr(history, k)[sel] for k in
                        ("sessions", "misses", "recent", "recent_misses")))
        keys_t = part["typ"].astype(np.int64)
        if fitting:
            s_rate = slot_enc.leave_one_out(slot[sel], y_all[sel])
            t_rate = type_enc.leave_one_out(keys_t, y_all[sel])
        else:
            s_rate, t_rate = slot_enc.rates(slot[sel]), type_enc.rates(keys_t)
        return F.matrix(part, h, rate, slot[sel], s_rate, t_rate)

    x_fit = rows(fit_i, True).x
    mean = x_fit.mean(axis=0)
    scale = x_fit.std(axis=0)
    scale[scale < 1e-9] = 1.0
    lr = fit_logistic((x_fit - mean) / scale, y, L2)
    raw_cal = lr.predict((rows(cal_i, False).x - mean) / scale)
    platt = fit_platt(raw_cal, y_all[cal_i])
    model = RiskModel(
        trained_at=now, timezone=tz_name, intercept=lr.intercept,
        coef=tuple(float(c) for c in lr.coef), mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale), platt=(platt.a, platt.b), rate=rate,
        slot_sessions=slot_enc.sessions, slot_misses=slot_enc.misses,
        type_sessions=type_enc.sessions, type_misses=type_enc.misses,
        high=1.0, medium=MEDIUM_TIMES_RATE * rate,
        figures=Figures(0, 0, rate, *(float("nan"),) * 5, 0.0, 0.0))
    val_rows = rows(val_i, False)
    p_val = model.probability(val_rows.x)
    high = max(HIGH_TIMES_RATE * rate, float(np.quantile(p_val, 1 - HIGH_TOP_SHARE)))
    y_val = y_all[val_i]
    hist_p = val_rows.x[:, F.NAMES.index("history")]
    flagged = p_val >= high
    figures = Figures(
        sessions=len(fit_i) + len(cal_i), validated=len(val_i), no_show_rate=rate,
        auc=auc(y_val, p_val), brier=brier(y_val, p_val),
        base_brier=brier(y_val, np.full(len(y_val), rate)),
        history_auc=auc(y_val, hist_p), history_brier=brier(y_val, hist_p),
        flagged_share=float(flagged.mean()),
        flagged_no_show_rate=float(y_val[flagged].mean()) if flagged.any() else float("nan"),
        validated_from=day_of(places["start"][val_i[0]]),
        validated_to=day_of(places["start"][val_i[-1]]))
    return Outcome(replace(model, high=high, figures=figures), n)
