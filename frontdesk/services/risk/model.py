"""The fitted model as it is kept in the database (JSON: numbers, no client data), its
predictions, and each prediction's reasons in words."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime

import numpy as np

from frontdesk.services.risk import features as F
from frontdesk.services.risk.fit import Logistic, Platt

FORMAT = 1
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAX_REASONS = 3
MIN_PUSH = 0.1  # a reason must add at least this much to the log-odds
# The model learnt confirmation and reminders as they stood at each session; further ahead
# than this, "not confirmed" and "no reminder delivered" only mean "not asked yet" (the
# confirmation request goes two days ahead by default): they count as unknown (the mean).
ANSWER_HORIZON_US = 48 * 3_600_000_000


@dataclass(frozen=True)
class Figures:
    """How the model did on the validation months (the latest slice of the history)."""

    sessions: int  # places with an outcome the model learnt from (fit + calibration)
    validated: int  # places in the validation slice
    no_show_rate: float  # the practice's, over the fitting slice
    auc: float
    brier: float
    base_brier: float  # Brier of predicting the practice's rate for everyone
    history_auc: float  # the client's own past rate alone
    history_brier: float
    flagged_share: float  # share of validation places called high
    flagged_no_show_rate: float  # how many of those were missed
    validated_from: str = ""  # ISO dates of the validation slice
    validated_to: str = ""


@dataclass(frozen=True)
class RiskModel:
    trained_at: datetime
    timezone: str
    intercept: float
    coef: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    platt: tuple[float, float]
    rate: float
    slot_sessions: dict[int, int]
    slot_misses: dict[int, int]
    type_sessions: dict[int, int]
    type_misses: dict[int, int]
    high: float  # calibrated probability from which a session is "high"
    medium: float
    figures: Figures
    names: tuple[str, ...] = field(default=F.NAMES)

    # ---- the pieces ---------------------------------------------------------------------
    @property
    def slot_encoding(self) -> F.Encoding:
        return F.Encoding(self.slot_sessions, self.slot_misses, self.rate)

    @property
    def type_encoding(self) -> F.Encoding:
        return F.Encoding(self.type_sessions, self.type_misses, self.rate)

    def standard(self, x: np.ndarray) -> np.ndarray:
        out: np.ndarray = (x - np.asarray(self.mean)) / np.asarray(self.scale)
        return out

    def probability(self, x: np.ndarray) -> np.ndarray:
        """Calibrated no-show probabilities of feature rows x (columns NAMES)."""
        raw = Logistic(self.intercept, np.asarray(self.coef)).predict(self.standard(x))
        return Platt(*self.platt).apply(raw)

    def level(self, p: float) -> str:
        return "high" if p >= self.high else "medium" if p >= self.medium else "low"

    def rows(self, places: dict[str, np.ndarray], history: F.History,
             now_us: int | None = None) -> F.Rows:
        """The features of these places; with `now_us` (an upcoming session's decision
        time) what cannot be known yet so far ahead counts as unknown."""
        slot = F.local_slot(places["start"], self.timezone)
        rows = F.matrix(places, history, self.rate, slot, self.slot_encoding.rates(slot),
                        self.type_encoding.rates(places["typ"]))
        if now_us is not None:
            early = places["start"] - now_us > ANSWER_HORIZON_US
            for name, not_yet in (("unconfirmed", 1.0), ("delivered", 0.0)):
                j = F.NAMES.index(name)
                rows.x[early & (rows.x[:, j] == not_yet), j] = self.mean[j]
        return rows

    # ---- reasons ------------------------------------------------------------------------
    def reasons(self, rows: F.Rows, i: int, type_names: dict[int, str]) -> tuple[str, ...]:
        """The features that push place i's risk up most (coefficient x standardized value),
        in words; the client's two history features count as one reason."""
        push = np.asarray(self.coef) * self.standard(rows.x[i])
        by_name = dict(zip(self.names, push, strict=True))
        by_name["history"] = by_name.get("history", 0.0) + by_name.pop("recent", 0.0)
        out: list[str] = []
        for name, value in sorted(by_name.items(), key=lambda kv: -kv[1]):
            if value < MIN_PUSH or len(out) >= MAX_REASONS:
                break
            words = _words(name, rows, i, type_names)
            if words:
                out.append(words)
        return tuple(out)

    # ---- storage ------------------------------------------------------------------------
    def to_json(self) -> str:
        d = asdict(self)
        d["trained_at"] = self.trained_at.isoformat()
        d["format"] = FORMAT
        for k in ("slot_sessions", "slot_misses", "type_sessions", "type_misses"):
            d[k] = {str(a): b for a, b in d[k].items()}
        return json.dumps(d, allow_nan=True)

    @classmethod
    def from_json(cls, text: str) -> RiskModel | None:
        """The stored model, or None if it was kept in another format."""
        d = json.loads(text)
        if d.pop("format", None) != FORMAT:
            return None
        for k in ("slot_sessions", "slot_misses", "type_sessions", "type_misses"):
            d[k] = {int(a): int(b) for a, b in d[k].items()}
        for k in ("coef", "mean", "scale", "platt", "names"):
            d[k] = tuple(d[k])
        d["trained_at"] = datetime.fromisoformat(d["trained_at"])
        d["figures"] = Figures(**d["figures"])
        return cls(**d)


def _hour(h: int) -> str:
    return "12 PM" if h == 12 else f"{h % 12 or 12} {'AM' if h < 12 else 'PM'}"


def _words(name: str, rows: F.Rows, i: int, type_names: dict[int, str]) -> str:
    h, x = rows.history, rows.x[i]
    col = dict(zip(F.NAMES, x, strict=True))
    match name:
        case "history":
            if h.sessions[i] == 0:
                return ""
            if h.recent_misses[i]:
                return f"missed {h.recent_misses[i]} of the last {h.recent[i]}"
            return f"missed {h.misses[i]} of {h.sessions[i]} past sessions"
        case "first":
            return "first visit" if col["first"] else ""
        case "lead":
            days = int(rows.lead_days[i])
            if days >= 14:
                return f"booked {days // 7} weeks ahead"
            return f"booked {days} day{'s' if days != 1 else ''} ahead"
        case "slot":
            slot = int(rows.slot[i])
            return f"{WEEKDAYS[slot // 24]} {_hour(slot % 24)} sessions are often missed"
        case "type":
            label = type_names.get(int(rows.typ[i]), "")
            return f"{label} sessions are often missed" if label else ""
        case "unconfirmed":
            return "not confirmed yet" if col["unconfirmed"] == 1 else ""
        case "telehealth":
            return ("telehealth sessions are missed more often" if col["telehealth"] else
                    "in-person sessions are missed more often")
        case "delivered":
            return "no reminder delivered yet" if col["delivered"] == 0 else ""
        case "failed":
            return "a reminder did not reach them" if col["failed"] else ""
    return ""
