"""What the model looks at for each place (one client's place in one session), computed as
of the session: the client's past counts only sessions that started before this one, so a
place's own outcome is never among its features.

Input: place columns as `frontdesk.services.trends.source` reads them (numpy arrays).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from frontdesk.domain import Modality
from frontdesk.services.trends import codes

PRIOR_WEIGHT = 4.0  # sessions' worth of the practice's rate a client's own rate starts from
RECENT = 5  # "missed 2 of the last 5"
NAMES = ("history", "recent", "first", "lead", "slot", "type", "unconfirmed", "telehealth",
         "delivered", "failed")
TELEHEALTH = codes.MODALITIES.index(Modality.TELEHEALTH)


def decided(outcome: np.ndarray) -> np.ndarray:
    """Places whose outcome is known and counts: arrived or no-show."""
    out: np.ndarray = (outcome == codes.ARRIVED) | (outcome == codes.NO_SHOW)
    return out


def shrunk(misses: np.ndarray, sessions: np.ndarray, rate: float,
           weight: float = PRIOR_WEIGHT) -> np.ndarray:
    """(misses + weight·rate) / (sessions + weight): the practice's rate for a newcomer,
    the client's own as their sessions add up."""
    out: np.ndarray = (misses + weight * rate) / (sessions + weight)
    return out


@dataclass(frozen=True)
class History:
    """Per place, the client's decided sessions that started before it."""

    sessions: np.ndarray  # arrived + no-show before
    misses: np.ndarray  # no-shows before
    recent: np.ndarray  # how many of the last RECENT decided sessions were looked at
    recent_misses: np.ndarray  # no-shows among them


def client_history(client: np.ndarray, start: np.ndarray, outcome: np.ndarray) -> History:
    """Counts over each client's earlier sessions (start strictly before; the place itself and
    any other place at the same moment never count)."""
    n = len(client)
    if not n:
        z = np.zeros(0, dtype=np.int64)
        return History(z, z, z, z)
    order = np.lexsort((start, client))
    c, t = client[order], start[order]
    d = decided(outcome[order]).astype(np.int64)
    miss = (outcome[order] == codes.NO_SHOW).astype(np.int64)
    idx = np.arange(n)
    new_client = np.r_[True, c[1:] != c[:-1]]
    new_moment = new_client | np.r_[True, t[1:] != t[:-1]]
    client_first = np.maximum.accumulate(np.where(new_client, idx, 0))
    moment_first = np.maximum.accumulate(np.where(new_moment, idx, 0))
    cum_d = np.r_[0, np.cumsum(d)]
    cum_m = np.r_[0, np.cumsum(miss)]
    sessions = cum_d[moment_first] - cum_d[client_first]
    misses = cum_m[moment_first] - cum_m[client_first]
    # The last RECENT decided sessions: contiguous in the sequence of decided places.
    cum_dm = np.r_[0, np.cumsum(miss[d == 1])]
    before = cum_d[moment_first]
    recent = np.minimum(sessions, RECENT)
    recent_misses = cum_dm[before] - cum_dm[before - recent]
    out = [np.empty(n, dtype=np.int64) for _ in range(4)]
    for arr, sorted_values in zip(out, (sessions, misses, recent, recent_misses), strict=True):
        arr[order] = sorted_values
    return History(*out)


def local_slot(start: np.ndarray, tz_name: str) -> np.ndarray:
    """Weekday (Monday 0) x 24 + hour of each start, in the practice's local time."""
    starts, offs = codes.offsets(tz_name)
    at = np.clip(np.searchsorted(np.asarray(starts), start, side="right") - 1, 0, None)
    local = start + np.asarray(offs, dtype=np.int64)[at]
    days = local // codes.DAY_US
    hours = (local % codes.DAY_US) // codes.HOUR_US
    return (((days + 3) % 7) * 24 + hours).astype(np.int64)


@dataclass(frozen=True)
class Encoding:
    """A category's shrunk no-show rate, learnt from the training places."""

    sessions: dict[int, int]
    misses: dict[int, int]
    rate: float  # the practice's

    def rates(self, keys: np.ndarray) -> np.ndarray:
        n = np.array([self.sessions.get(int(k), 0) for k in keys], dtype=float)
        m = np.array([self.misses.get(int(k), 0) for k in keys], dtype=float)
        return shrunk(m, n, self.rate, weight=20.0)

    def leave_one_out(self, keys: np.ndarray, y: np.ndarray) -> np.ndarray:
        """The training places' own rates without themselves (no place sees its outcome)."""
        n = np.array([self.sessions.get(int(k), 0) for k in keys], dtype=float) - 1
        m = np.array([self.misses.get(int(k), 0) for k in keys], dtype=float) - y
        return shrunk(m, np.maximum(n, 0), self.rate, weight=20.0)


def learn_encoding(keys: np.ndarray, y: np.ndarray, rate: float) -> Encoding:
    uniq, inverse = np.unique(keys, return_inverse=True)
    n = np.bincount(inverse, minlength=len(uniq))
    m = np.bincount(inverse, weights=y, minlength=len(uniq))
    return Encoding({int(k): int(v) for k, v in zip(uniq, n, strict=True)},
                    {int(k): int(v) for k, v in zip(uniq, m, strict=True)}, rate)


@dataclass(frozen=True)
class Rows:
    """The feature matrix (columns NAMES) and what the reasons are said from."""

    x: np.ndarray
    history: History
    lead_days: np.ndarray
    slot: np.ndarray
    typ: np.ndarray


def matrix(places: dict[str, np.ndarray], history: History, rate: float, slot: np.ndarray,
           slot_rate: np.ndarray, type_rate: np.ndarray) -> Rows:
    """The features of these places (history and category rates worked out by the caller)."""
    lead_days = np.maximum(places["start"] - places["booked"], 0) / codes.DAY_US
    x = np.column_stack([
        shrunk(history.misses, history.sessions, rate),
        history.recent_misses,
        history.sessions == 0,
        np.log1p(lead_days),
        slot_rate,
        type_rate,
        places["confirmed"] == 0,
        places["modality"] == TELEHEALTH,
        places["deliv"] > 0,
        places["n_failed"] > 0,
    ]).astype(float)
    return Rows(x, history, lead_days, slot, places["typ"].astype(np.int64))


def take(places: dict[str, np.ndarray], sel: np.ndarray) -> dict[str, np.ndarray]:
    return {k: v[sel] for k, v in places.items()}
