"""The learned layer: a naive-Bayes log-count-ratio model over hashed character and word n-grams.

Trained by `scripts/train-triage.py` on the labelled corpus (tests/triage_corpus.py) and the
development held-out lists, and shipped as `frontdesk/resources/triage_ngrams.npz` (numpy only:
no download, no scikit-learn).
Each feature's weight is log P(feature | crisis) - log P(feature | not crisis) (add-one
smoothing); a message scores the mean weight of its features. classify() asks it only about a
message the rules left unflagged, and it may only RAISE that to crisis, never clear one.
Loaded lazily, once, on first use (tens of ms), under a lock; classification runs on the
inbox worker, never on the GUI thread.
"""

from __future__ import annotations

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
_model: tuple[np.ndarray, float, float] | None = None


def features(text: str) -> np.ndarray:
    """Distinct hashed feature indices of one normalised text: char 3-5-grams, word 1-2-grams."""
    import numpy as np
    padded = f" {text} "
    grams = [padded[i:i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1)]
    words = text.split()
    grams += [f"w:{w}" for w in words]
    grams += [f"b:{a} {b}" for a, b in pairwise(words)]
    return np.unique(np.fromiter((zlib.crc32(g.encode()) & (DIM - 1) for g in set(grams)),
                                 dtype=np.int64))


def _load() -> tuple[np.ndarray, float, float]:
    import numpy as np

    global _model
    with _lock:
        if _model is None:
            with np.load(WEIGHTS) as data:
                _model = (data["weights"].astype(np.float32), float(data["bias"]),
                          float(data["threshold"]))
        return _model


def crisis_score(text: str) -> float:
    """The mean log-count ratio (crisis vs not) of one normalised text's features."""
    weights, _, _ = _load()
    idx = features(text)
    return float(weights[idx].mean()) if idx.size else -1.0


def says_crisis(text: str) -> bool:
    """True when the shipped model is confident this normalised text is a crisis."""
    _, _, cut = _load()
    return crisis_score(text) > cut
