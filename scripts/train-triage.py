#!/usr/bin/env python3
"""Train the learned layer of the reply classifier (frontdesk/services/triage/learned.py).

    .venv/bin/python scripts/train-triage.py                 # what ships
    .venv/bin/python scripts/train-triage.py --lolo          # generalisation estimate only
    .venv/bin/python scripts/train-triage.py --corpus-only   # the corpus alone (the old model)

A naive-Bayes log-count-ratio model (crisis vs not) over hashed character 3-5-grams and word
1-2-grams of the normalised text. Closed form, no randomness: the same texts give the same
weights. Trained on the labelled corpus (tests/triage_corpus.py) and the development held-out
lists (A-T: already run and tuned to; never the sealed list, never a list still blind). The
cut-offs are chosen on 5-fold out-of-fold scores: the 92nd percentile of the non-crisis scores
(the 90th with --corpus-only), and the 96th for the strict one. Writes
frontdesk/resources/triage_ngrams.npz; `--without S T` leaves lists out (a model to measure the
classifier on them).

--lolo estimates how the model alone does on wording it was not trained on: for each
development list, train without that list and score it. Measured (model alone, lists A-N
pooled): corpus only at the 90th percentile, recall 0.85, precision 0.84, 10 % of non-crisis
messages above the cut; corpus and the other lists at the 92nd, recall 0.93, precision 0.92,
5 %. With lists O and P added (A-P pooled, round 7): corpus only, recall 0.82, precision 0.85,
9 %; corpus and the other lists, recall 0.94, precision 0.91, 5.7 % (O alone 46/49 caught,
14/83 raised; P 47/51, 5/85). With lists S and T added (A-T pooled, round 9): corpus only,
recall 0.79, precision 0.86, 8.1 %; corpus and the other lists, recall 0.94, precision 0.90,
6.2 % (S 47/51, 4/84; T 48/48, 6/82). Shipped trained on the corpus and the lists since round
6, on that estimate: it raises a few short ordinary corpus messages the rules' gate lets
through, which lowers the corpus's flag figures a little; the lists it did not see are the
honest measure. The strict cut-off (the 96th percentile) is the one classify() uses for
messages the rules already flag clinical.

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
from triage_heldout import (  # noqa: E402
    LISTS,
    list_e,
    list_f,
    list_g,
    list_h,
    list_i,
    list_j,
    list_k,
    list_l,
    list_m,
    list_n,
    list_o,
    list_p,
    list_q,
    list_r,
    list_s,
    list_t,
)

from frontdesk.services.triage.learned import DIM, WEIGHTS, features  # noqa: E402
from frontdesk.services.triage.normalise import normalise  # noqa: E402

FOLDS = 5
QUANTILE = 0.90
QUANTILE_WITH_LISTS = 0.92
# The stricter cut-off, for messages in which the rules saw no warning sign or already found a
# clinical one (classify._model_says_crisis).
QUANTILE_STRICT = 0.96
# The development lists (text, intent, flag, category); the sealed list stays out.
DEVELOPMENT = {
    **{name: en + es for name, (en, es) in LISTS.items() if name != "sealed"},
    **{module.__name__[-1].upper(): module.EN + module.ES
       for module in (list_e, list_f, list_g, list_h, list_i, list_j, list_k, list_l, list_m,
                      list_n, list_o, list_p, list_q, list_r, list_s, list_t)},
}


def fit(rows: list[np.ndarray], crisis: np.ndarray) -> np.ndarray:
    """Log-count ratio per hashed feature, add-one smoothed."""
    yes = np.ones(DIM)
    no = np.ones(DIM)
    for row, is_crisis in zip(rows, crisis, strict=True):
        (yes if is_crisis else no)[row] += 1
    return np.log(yes / yes.sum()) - np.log(no / no.sum())


def score(weights: np.ndarray, row: np.ndarray) -> float:
    return float(weights[row].mean()) if row.size else -1.0


def train(rows: list[np.ndarray], crisis: np.ndarray,
          quantile: float = QUANTILE_WITH_LISTS) -> tuple[np.ndarray, float, float, float]:
    """Weights, the cut-off and the strict cut-off from out-of-fold scores, and the
    out-of-fold crisis recall at the cut-off."""
    out_of_fold = np.zeros(len(rows))
    for k in range(FOLDS):
        train = [i for i in range(len(rows)) if i % FOLDS != k]
        weights = fit([rows[i] for i in train], crisis[train])
        for i in range(k, len(rows), FOLDS):
            out_of_fold[i] = score(weights, rows[i])
    cut = float(np.quantile(out_of_fold[~crisis], quantile))
    strict = float(np.quantile(out_of_fold[~crisis], max(quantile, QUANTILE_STRICT)))
    return fit(rows, crisis), cut, strict, float((out_of_fold[crisis] > cut).mean())


def leave_one_list_out(corpus: list[np.ndarray], corpus_crisis: list[bool],
                       lists: dict[str, tuple[list[np.ndarray], list[bool]]],
                       with_lists: bool = True) -> None:
    """The model alone on each development list, trained on the corpus (and, with_lists, the
    other development lists) and never on that list."""
    tp = fn = fp = tn = 0
    quantile = QUANTILE_WITH_LISTS if with_lists else QUANTILE
    corpus_only = None if with_lists else train(corpus, np.array(corpus_crisis), quantile)
    for name, (held_rows, held_crisis) in lists.items():
        if corpus_only is None:
            rows, crisis = list(corpus), list(corpus_crisis)
            for other, (other_rows, other_crisis) in lists.items():
                if other != name:
                    rows += other_rows
                    crisis += other_crisis
            weights, cut, _, _ = train(rows, np.array(crisis), quantile)
        else:
            weights, cut, _, _ = corpus_only
        said = [score(weights, row) > cut for row in held_rows]
        caught = sum(s and c for s, c in zip(said, held_crisis, strict=True))
        raised = sum(s and not c for s, c in zip(said, held_crisis, strict=True))
        print(f"  list {name}: crisis {caught}/{sum(held_crisis)}, raised on non-crisis "
              f"{raised}/{len(held_crisis) - sum(held_crisis)}")
        tp, fp = tp + caught, fp + raised
        fn += sum(held_crisis) - caught
        tn += len(held_crisis) - sum(held_crisis) - raised
    trained_on = "corpus and the other lists" if with_lists else "corpus only"
    print(f"leave-one-list-out, model alone, {trained_on} at the {quantile:.0%} quantile: "
          f"recall {tp / (tp + fn):.3f}, precision {tp / (tp + fp):.3f}, non-crisis above the "
          f"cut {fp / (fp + tn):.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--lolo", action="store_true", help="estimate only; write nothing")
    parser.add_argument("--corpus-only", action="store_true",
                        help="train on the corpus alone, not on the development lists A-T")
    parser.add_argument("--without", nargs="*", default=[], metavar="LIST",
                        help="leave these development lists out (e.g. S T: a model to measure "
                             "the classifier on them)")
    args = parser.parse_args()
    corpus = [features(normalise(e.text).text) for e in CORPUS]
    corpus_crisis = [e.flag == "crisis" for e in CORPUS]
    lists = {name: ([features(normalise(text).text) for text, *_ in entries],
                    [flag == "crisis" for _, _, flag, _ in entries])
             for name, entries in DEVELOPMENT.items() if name not in args.without}
    if args.lolo:
        leave_one_list_out(corpus, corpus_crisis, lists, with_lists=False)
        leave_one_list_out(corpus, corpus_crisis, lists, with_lists=True)
        return
    rows, crisis_list, quantile = corpus, corpus_crisis, QUANTILE
    if not args.corpus_only:
        rows = corpus + [row for held_rows, _ in lists.values() for row in held_rows]
        crisis_list = corpus_crisis + [c for _, held in lists.values() for c in held]
        quantile = QUANTILE_WITH_LISTS
    crisis = np.array(crisis_list)
    weights, cut, strict, recall = train(rows, crisis, quantile)
    print(f"training: {len(rows)} texts, {int(crisis.sum())} crisis; cut-off {cut:.4f} "
          f"(strict {strict:.4f}); out-of-fold crisis recall {recall:.3f} at "
          f"{1 - quantile:.0%} false alarms")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, weights=weights.astype(np.float16), bias=np.float64(0.0),
                        threshold=np.float64(cut), threshold_strict=np.float64(strict))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
