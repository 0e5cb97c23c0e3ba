"""The learned layer: a naive-Bayes log-count-ratio model over hashed character and word n-grams.

Trained by `scripts/train-triage.py` on the labelled corpus (tests/triage_corpus.py) and the
development held-out lists, and shipped as `frontdesk/resources/triage_ngrams.npz` (numpy only:
no download, no scikit-learn).
Each feature's weight is log P(feature | crisis) - log P(feature | not crisis) (add-one
smoothing); a message scores the mean weight of its features, against two cut-offs (the usual
one and a strict one, both percentiles of out-of-fold scores of non-crisis messages).
classify() asks it about a message the rules did not flag crisis, which it may raise to crisis;
and about one the rules flagged crisis on a bare risk word alone ("kill", "knives", "morir": no
crisis phrase, no warning sign), which it may lower to clinical when the message scores below
a third cut-off, under nearly every crisis message of the training data (a person still reads
it). A second set of weights, one row per scheduling intent, is asked for the intent only when
the rules found none or only a question (`intent_guess`).
Loaded lazily, once, on first use (tens of ms), under a lock; classification runs on the
inbox worker, never on the GUI thread.
"""

from __future__ import annotations

import enum
import threading
import zlib
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # numpy itself is imported on first use: importing triage stays cheap
    import numpy as np

BITS = 18
DIM = 1 << BITS
WEIGHTS = Path(__file__).resolve().parent.parent.parent / "resources" / "triage_ngrams.npz"
_lock = threading.Lock()


class Model(NamedTuple):
    """The shipped weights and cut-offs."""

    weights: np.ndarray  # crisis vs not, one per hashed feature
    bias: float
    threshold: float  # the usual cut-off
    threshold_strict: float  # fewer ordinary messages above it
    threshold_low: float  # under nearly every crisis message
    intent_weights: np.ndarray  # one row per INTENTS entry, INTENT_BITS wide
    intent_margin: float  # how far an intent must score above the rules' one


# The intents the fallback chooses among (never a carrier keyword: those stay rule-exact).
INTENTS = ("confirm", "cancel", "reschedule", "late", "question", "other")
INTENT_BITS = 16  # the intent rows fold the hashed features onto fewer columns
_model: Model | None = None


# Hashed index of each n-gram seen (crc32 costs more than a dict look-up), up to CACHE grams:
# a few MB at most; past it, grams are hashed each time.
CACHE = 100_000
_index: dict[str, int] = {}


_last: tuple[str, np.ndarray] | None = None  # the last text asked about (often asked twice)


def features(text: str) -> np.ndarray:
    """Distinct hashed feature indices of one normalised text, sorted: char 3-5-grams, word
    1-2-grams."""
    global _last
    last = _last
    if last is not None and last[0] == text:
        return last[1]
    _last = (text, idx := _features(text))
    return idx


def _features(text: str) -> np.ndarray:
    import numpy as np
    padded = f" {text} "
    grams = {padded[i:i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1)}
    words = text.split()
    grams.update(f"w:{w}" for w in words)
    grams.update(f"b:{a} {b}" for a, b in pairwise(words))
    listed = list(grams)
    found = list(map(_index.get, listed))
    if None in found:
        for n, gram in enumerate(listed):
            if found[n] is None:
                found[n] = i = zlib.crc32(gram.encode()) & (DIM - 1)
                if len(_index) < CACHE:
                    _index[gram] = i
    distinct = set(found)
    return np.sort(np.fromiter(distinct, dtype=np.int64, count=len(distinct)))


def _load() -> Model:
    import numpy as np

    global _model
    with _lock:
        if _model is None:
            with np.load(WEIGHTS) as data:
                _model = Model(data["weights"].astype(np.float32), float(data["bias"]),
                               float(data["threshold"]), float(data["threshold_strict"]),
                               float(data["threshold_low"]),
                               data["intent_weights"].astype(np.float32),
                               float(data["intent_margin"]))
        return _model


def crisis_score(text: str) -> float:
    """The mean log-count ratio (crisis vs not) of one normalised text's features."""
    weights = _load().weights
    idx = features(text)
    return float(weights[idx].mean()) if idx.size else -1.0


class Level(enum.Enum):
    """Where a text's score falls against the two cut-offs."""

    BELOW = "below"  # not a crisis, whatever the rules saw
    BETWEEN = "between"  # a crisis where the rules saw a warning sign (the usual cut-off)
    ABOVE_BOTH = "above both"  # a crisis even where they saw none (the strict cut-off)


def confidence(text: str) -> Level:
    """How confident the shipped model is that this normalised text is a crisis."""
    model = _load()
    cut, strict_cut = model.threshold, model.threshold_strict
    score = crisis_score(text)
    return Level.ABOVE_BOTH if score > strict_cut else Level.BETWEEN if score > cut \
        else Level.BELOW


def says_crisis(text: str, strict: bool = False) -> bool:
    """True when the shipped model is confident this normalised text is a crisis; `strict`
    asks for the higher cut-off (fewer ordinary messages above it)."""
    level = confidence(text)
    return level is Level.ABOVE_BOTH or (level is Level.BETWEEN and not strict)


def far_from_crisis(text: str) -> bool:
    """True when this normalised text scores below nearly every crisis message (the low
    cut-off)."""
    return crisis_score(text) < _load().threshold_low


def intent_guess(text: str, current: str) -> str | None:
    """The intent (of INTENTS) this normalised text is worded like, when it scores clearly
    (the shipped margin) above `current`, the intent the rules gave; else None."""
    import numpy as np

    model = _load()
    idx = features(text) & ((1 << INTENT_BITS) - 1)
    if not idx.size:
        return None
    scores = model.intent_weights[:, idx].mean(axis=1)
    best = int(np.argmax(scores))
    if INTENTS[best] == current or current not in INTENTS:
        return None
    return INTENTS[best] if scores[best] - scores[INTENTS.index(current)] > model.intent_margin \
        else None
