"""The learned layer: a naive-Bayes log-count-ratio model over hashed character and word n-grams.

Trained by `scripts/train-triage.py` on the labelled corpus (tests/triage_corpus.py) and the
development held-out lists, and shipped as `frontdesk/resources/triage_ngrams.npz` (numpy only:
no download, no scikit-learn).
Each feature's weight is log P(feature | crisis) - log P(feature | not crisis) (add-one
smoothing); a message scores the mean weight of its features, against two cut-offs (the usual
one and a strict one, both percentiles of out-of-fold scores of non-crisis messages).
classify() asks it only about a message the rules did not flag crisis, and it may only RAISE
that to crisis, never clear one.
Loaded lazily, once, on first use (tens of ms), under a lock; classification runs on the
inbox worker, never on the GUI thread.
"""

from __future__ import annotations

import enum
import threading
import zlib
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy itself is imported on first use: importing triage stays cheap
    import numpy as np

BITS = 18
DIM = 1 << BITS
WEIGHTS = Path(__file__).resolve().parent.parent.parent / "resources" / "triage_ngrams.npz"
_lock = threading.Lock()
_model: tuple[np.ndarray, float, float, float] | None = None


# Hashed index of each n-gram seen (crc32 costs more than a dict look-up), up to CACHE grams:
# a few MB at most; past it, grams are hashed each time.
CACHE = 100_000
_index: dict[str, int] = {}


def features(text: str) -> np.ndarray:
    """Distinct hashed feature indices of one normalised text, sorted: char 3-5-grams, word
    1-2-grams."""
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


def _load() -> tuple[np.ndarray, float, float, float]:
    import numpy as np

    global _model
    with _lock:
        if _model is None:
            with np.load(WEIGHTS) as data:
                _model = (data["weights"].astype(np.float32), float(data["bias"]),
                          float(data["threshold"]), float(data["threshold_strict"]))
        return _model


def crisis_score(text: str) -> float:
    """The mean log-count ratio (crisis vs not) of one normalised text's features."""
    weights, *_ = _load()
    idx = features(text)
    return float(weights[idx].mean()) if idx.size else -1.0


class Level(enum.Enum):
    """Where a text's score falls against the two cut-offs."""

    BELOW = "below"  # not a crisis, whatever the rules saw
    BETWEEN = "between"  # a crisis where the rules saw a warning sign (the usual cut-off)
    ABOVE_BOTH = "above both"  # a crisis even where they saw none (the strict cut-off)


def confidence(text: str) -> Level:
    """How confident the shipped model is that this normalised text is a crisis."""
    _, _, cut, strict_cut = _load()
    score = crisis_score(text)
    return Level.ABOVE_BOTH if score > strict_cut else Level.BETWEEN if score > cut \
        else Level.BELOW


def says_crisis(text: str, strict: bool = False) -> bool:
    """True when the shipped model is confident this normalised text is a crisis; `strict`
    asks for the higher cut-off (fewer ordinary messages above it)."""
    level = confidence(text)
    return level is Level.ABOVE_BOTH or (level is Level.BETWEEN and not strict)
