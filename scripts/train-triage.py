#!/usr/bin/env python3
"""Train the learned layer of the reply classifier (frontdesk/services/triage/learned.py).

    .venv/bin/python scripts/train-triage.py

A naive-Bayes log-count-ratio model (crisis vs not) over hashed character 3-5-grams and word
1-2-grams of the normalised text, on the labelled corpus (tests/triage_corpus.py) only, never
on the held-out lists. Closed form, no randomness: the same corpus gives the same weights.
The cut-off is chosen on 5-fold out-of-fold scores: the 90th percentile of the non-crisis
scores (about 10 % of the corpus's non-crisis messages would score above it if the rules had
not already settled them). Writes frontdesk/resources/triage_ngrams.npz.

Why this model (measured, see bench/triage.py): a logistic regression on the same features
flagged almost every long held-out message (precision 0.45); this one, alone, caught about
half the crisis messages of held-out lists the rules had never seen, at precision ~0.75.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from triage_corpus import CORPUS  # noqa: E402

from frontdesk.services.triage.learned import DIM, WEIGHTS, features  # noqa: E402
from frontdesk.services.triage.normalise import normalise  # noqa: E402

FOLDS = 5
QUANTILE = 0.90


def fit(rows: list[np.ndarray], crisis: np.ndarray) -> np.ndarray:
    """Log-count ratio per hashed feature, add-one smoothed."""
    yes = np.ones(DIM)
    no = np.ones(DIM)
    for row, is_crisis in zip(rows, crisis, strict=True):
        (yes if is_crisis else no)[row] += 1
    return np.log(yes / yes.sum()) - np.log(no / no.sum())


def score(weights: np.ndarray, row: np.ndarray) -> float:
    return float(weights[row].mean()) if row.size else -1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args()
    rows = [features(normalise(e.text).text) for e in CORPUS]
    crisis = np.array([e.flag == "crisis" for e in CORPUS])
    out_of_fold = np.zeros(len(rows))
    for k in range(FOLDS):
        train = [i for i in range(len(rows)) if i % FOLDS != k]
        weights = fit([rows[i] for i in train], crisis[train])
        for i in range(k, len(rows), FOLDS):
            out_of_fold[i] = score(weights, rows[i])
    cut = float(np.quantile(out_of_fold[~crisis], QUANTILE))
    recall = float((out_of_fold[crisis] > cut).mean())
    weights = fit(rows, crisis)
    print(f"corpus: {len(rows)} texts, {int(crisis.sum())} crisis; cut-off {cut:.4f}; "
          f"out-of-fold crisis recall {recall:.3f} at {1 - QUANTILE:.0%} false alarms")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, weights=weights.astype(np.float16), bias=np.float64(0.0),
                        threshold=np.float64(cut))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
