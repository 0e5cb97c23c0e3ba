"""RiskService: train the model on this practice's history, score upcoming sessions, say how
it stands. Everything stays in the practice's database; nothing is sent anywhere."""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta
from itertools import chain
from typing import Any

import numpy as np
from sqlalchemy import Connection, select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.models import AppointmentType, RiskModelRow
from frontdesk.services import audit
from frontdesk.services.practice import load_settings
from frontdesk.services.risk import features as F
from frontdesk.services.risk.dto import PlaceKey, RiskScore, RiskStatus
from frontdesk.services.risk.model import RiskModel
from frontdesk.services.risk.train import MIN_SESSIONS, micros, train_model
from frontdesk.services.trends import codes, source

log = logging.getLogger(__name__)
RETRAIN_AFTER = timedelta(days=7)
CHUNK = 500  # ids per IN (...)


class RiskService:
    """Thread-safe; call it off the GUI thread."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self.sessions = sessions
        self.clock = clock
        self._lock = threading.Lock()
        self._model: RiskModel | None = None
        self._stamp: object = None  # the stored row's trained_at the model was read at

    # ---- training ---------------------------------------------------------------------
    def train(self, now: datetime | None = None) -> RiskStatus:
        """Learn from every session that started before `now` (default: the clock), keep the
        model (or why there is none) in the database, and say how it went."""
        now = now or self.clock.now()
        with self.sessions() as s:
            tz = load_settings(s).timezone
            places = source.read_all(s.connection())
        outcome = train_model(places, tz, now)
        with self.sessions.begin() as s:
            row = _row(s)
            row.tried_at, row.sessions = now, outcome.sessions
            if outcome.model is not None:
                row.trained_at, row.model, row.note = now, outcome.model.to_json(), ""
            else:
                row.trained_at, row.model, row.note = None, "", outcome.why_not
        log.info("No-show risk model: %s", "trained" if outcome.model else "not enough history")
        return self.status()

    def retrain_if_due(self) -> bool:
        """Train when the last try is a week old (or there was none); True if it trained."""
        with self.sessions() as s:
            row = s.get(RiskModelRow, 1)
            tried = row.tried_at if row is not None else None
        if tried is not None and self.clock.now() - tried < RETRAIN_AFTER:
            return False
        self.train()
        return True

    # ---- the model's standing -----------------------------------------------------------
    def status(self) -> RiskStatus:
        with self.sessions() as s:
            row = s.get(RiskModelRow, 1)
            call_ahead = row.call_ahead if row is not None else True
            tried, n = (row.tried_at, row.sessions) if row is not None else (None, 0)
            note = row.note if row is not None else ""
        model = self._current()
        if model is None:
            text = note or (f"No risk model yet: it is trained weekly once the practice has "
                            f"{MIN_SESSIONS} past sessions with attendance recorded.")
            return RiskStatus(False, text, None, tried, n, call_ahead=call_ahead)
        f = model.figures
        text = (f"Trained {model.trained_at:%Y-%m-%d} on {f.sessions:,} past sessions; checked "
                f"on the {f.validated:,} sessions from {f.validated_from} to {f.validated_to}, "
                f"which it had not seen: AUC {f.auc:.2f} (the client's own past rate alone: "
                f"{f.history_auc:.2f}), Brier {f.brier:.4f} (everyone at the practice's rate "
                f"of {f.no_show_rate:.1%}: {f.base_brier:.4f}). High risk means a "
                f"{model.high:.0%} chance of a no-show or more ({f.flagged_share:.0%} of those "
                f"sessions; {f.flagged_no_show_rate:.0%} of them were missed).")
        return RiskStatus(True, text, model.trained_at, tried, n, model.high, f.auc, f.brier,
                          f.base_brier, f.history_auc, call_ahead)

    def set_call_ahead(self, on: bool, actor: str) -> None:
        """The practice setting: call items a day ahead for high-risk unconfirmed sessions."""
        with self.sessions.begin() as s:
            row = _row(s)
            row.call_ahead = bool(on)
            audit.record(s, self.clock, actor, "update", "practice_settings", 1,
                         f"risk call items a day ahead: {'on' if on else 'off'}")

    # ---- scores -------------------------------------------------------------------------
    def scores(self, appointment_ids: list[int]) -> dict[PlaceKey, RiskScore]:
        """The risk of each upcoming, still-booked place in these sessions, keyed by
        (appointment id, client id); empty when there is no model."""
        model = self._current()
        ids = sorted({int(i) for i in appointment_ids})
        if model is None or not ids:
            return {}
        now = micros(self.clock.now())
        with self.sessions() as s:
            conn = s.connection()
            places = source.read_some(conn, ids)
            keep = (places["outcome"] == codes.UNMARKED) & (places["start"] > now)
            places = F.take(places, keep)
            if not len(places["att"]):
                return {}
            past = _past(conn, sorted({int(c) for c in places["client"]}), now)
            names = {i: n for i, n in s.execute(select(AppointmentType.id, AppointmentType.name))}
        n_past = len(past[0])
        history = F.client_history(np.r_[past[0], places["client"]],
                                   np.r_[past[1], places["start"]],
                                   np.r_[past[2], places["outcome"]])
        mine = F.History(*(getattr(history, k)[n_past:] for k in
                           ("sessions", "misses", "recent", "recent_misses")))
        rows = model.rows(places, mine, now)
        p = model.probability(rows.x)
        out = {}
        for i in range(len(p)):
            level = model.level(float(p[i]))
            reasons = model.reasons(rows, i, names) if level != "low" else ()
            out[(int(places["appt"][i]), int(places["client"][i]))] = RiskScore(
                round(float(p[i]), 4), level, reasons)
        return out

    def call_scores(self, appointment_ids: list[int]) -> dict[PlaceKey, RiskScore]:
        """The high ones among `scores`, when the practice wants call items a day ahead."""
        with self.sessions() as s:
            row = s.get(RiskModelRow, 1)
            if row is None or not row.call_ahead or not row.model:
                return {}
        return {k: v for k, v in self.scores(appointment_ids).items() if v.high}

    def _current(self) -> RiskModel | None:
        """The stored model, read again only when another training replaced it."""
        with self.sessions() as s:
            row = s.get(RiskModelRow, 1)
            stamp, text = (row.trained_at, row.model) if row is not None else (None, "")
        with self._lock:
            if stamp != self._stamp:
                self._model = RiskModel.from_json(text) if text else None
                self._stamp = stamp
            return self._model


def _row(s: Session) -> RiskModelRow:
    row = s.get(RiskModelRow, 1)
    if row is None:
        row = RiskModelRow(id=1, call_ahead=True, sessions=0, model="", note="")
        s.add(row)
    return row


def _past(conn: Connection, clients: list[int], now_us: int
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(client, start, outcome) of these clients' sessions with an outcome before now."""
    parts: list[Any] = []
    for k in range(0, len(clients), CHUNK):
        ids = ", ".join(str(c) for c in clients[k:k + CHUNK])
        parts += conn.exec_driver_sql(f"""
            SELECT t.client_id, {source.micros('a.start_at')},
                   CASE t.attendance WHEN 'no_show' THEN {codes.NO_SHOW}
                        ELSE {codes.ARRIVED} END
            FROM attendee t JOIN appointment a ON a.id = t.appointment_id
            WHERE t.client_id IN ({ids}) AND t.attendance IN ('arrived', 'no_show')""").all()
    arr = np.fromiter(chain.from_iterable(parts), dtype=np.int64,
                      count=3 * len(parts)).reshape(-1, 3)
    arr = arr[arr[:, 1] < now_us]
    return arr[:, 0], arr[:, 1], arr[:, 2]
