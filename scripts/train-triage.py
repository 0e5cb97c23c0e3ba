#!/usr/bin/env python3
"""Train the learned layer of the reply classifier (frontdesk/services/triage/learned.py).

    .venv/bin/python scripts/train-triage.py                 # what ships
    .venv/bin/python scripts/train-triage.py --lolo          # generalisation estimate only
    .venv/bin/python scripts/train-triage.py --corpus-only   # the corpus alone (the old model)

A naive-Bayes log-count-ratio model (crisis vs not) over hashed character 3-5-grams and word
1-2-grams of the normalised text. Closed form, no randomness: the same texts give the same
weights. Trained on the labelled corpus (tests/triage_corpus.py) and the development held-out
lists (tests/triage_heldout/development.py: already run and tuned to; never the sealed list,
never a list still blind). The
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
messages the rules already flag clinical. The low cut-off (3 % of out-of-fold crisis scores below
it) lowers a crisis resting on a bare risk word to clinical; measured leave-one-list-out over
A-Z without W/X, on U V Y Z before their rules were written (the rules never tuned to them):
combination precision 0.833 -> 0.886 at the same recall (0.927); 0.01 gave 0.856, 0.05 lost a
crisis elsewhere. The intent weights (one-vs-rest per scheduling intent, INTENT_MARGIN) are
asked only where the rules found no intent or only a question mark: intent 0.897 -> 0.907 on
U V Y Z, 0.937 -> 0.940 on all lists (scripts/train-triage.py --lolo prints both).
Measured again with W X AA BB added, before their rules were written (A-BB, combination):
of 29 false crisis alarms on W X AA BB, 21 came from the rules (hyperbole over a mishap,
retold stories, harm told as the past, a carer's "cuidar a mi ...") and 8 from the learned
layer, which also caught 39 crises the rules missed. Cut-offs tried: the usual one at the
93rd-95th percentile lost 2-10 crises over all lists for 3-13 fewer alarms; the strict one at
the 97th/98th gained 0.003 precision at the same recall leave-one-list-out but, shipped, lost a
list U crisis the rules flagged clinical; the low one at 0.05 gained one alarm and, shipped,
lowered a corpus crisis (0.08 lost one leave-one-list-out); a stricter gate for messages whose
only sign is a half sign (a number, someone reporting) lost 2 crises. All kept as they were.
Measured again with CC DD added (A-DD, combination, --fresh CC DD), before their rules were
written: on CC DD recall 0.938 (90/96), precision 0.826, flag 0.826 (rules alone 0.760, 0.820);
the model alone caught 43/48 and 47/48 of their crises, raising 7/86 and 7/82 ordinary ones.
Most misses and alarms on them were the rules' (grief, faith, care work, loneliness read as a
crisis; a wish said through an accident, a policy or a date not read as one).

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
from triage_heldout.development import by_letter  # noqa: E402

from frontdesk.services.triage.learned import (  # noqa: E402
    DIM,
    INTENT_BITS,
    INTENTS,
    WEIGHTS,
    features,
)
from frontdesk.services.triage.normalise import normalise  # noqa: E402

FOLDS = 5
QUANTILE = 0.90
QUANTILE_WITH_LISTS = 0.92
# The stricter cut-off, for messages in which the rules saw no warning sign or already found a
# clinical one (classify._model_says_crisis).
QUANTILE_STRICT = 0.96
# The low cut-off: this share of the out-of-fold crisis scores lies below it. A crisis the rules
# found on a bare risk word alone is lowered to clinical under it.
QUANTILE_LOW = 0.03
# How far (mean one-vs-rest log ratio) a scheduling intent must score above the rules' other /
# question before the learned layer names it.
INTENT_MARGIN = 0.3
# The development lists (text, intent, flag, category); the sealed list stays out.
DEVELOPMENT = {letter: en + es for letter, (en, es) in by_letter().items()}

def fit(rows: list[np.ndarray], crisis: np.ndarray) -> np.ndarray:
    """Log-count ratio per hashed feature, add-one smoothed."""
    yes = np.ones(DIM)
    no = np.ones(DIM)
    for row, is_crisis in zip(rows, crisis, strict=True):
        (yes if is_crisis else no)[row] += 1
    return np.log(yes / yes.sum()) - np.log(no / no.sum())


def fit_intents(rows: list[np.ndarray], intents: list[str]) -> np.ndarray:
    """One row per learned.INTENTS entry: that intent's log-count ratio against the others',
    over the hashed features folded to INTENT_BITS (rows of other intents are left out)."""
    counts = np.ones((len(INTENTS), 1 << INTENT_BITS))
    for row, intent in zip(rows, intents, strict=True):
        if intent in INTENTS:
            counts[INTENTS.index(intent), row & ((1 << INTENT_BITS) - 1)] += 1
    total = counts.sum(axis=0)
    ratios = []
    for yes in counts:
        no = total - yes + 1
        ratios.append(np.log(yes / yes.sum()) - np.log(no / no.sum()))
    return np.array(ratios)


def score(weights: np.ndarray, row: np.ndarray) -> float:
    return float(weights[row].mean()) if row.size else -1.0


def train(rows: list[np.ndarray], crisis: np.ndarray, quantile: float = QUANTILE_WITH_LISTS
          ) -> tuple[np.ndarray, float, float, float, float]:
    """Weights, the cut-off, the strict and the low cut-offs from out-of-fold scores, and the
    out-of-fold crisis recall at the cut-off."""
    out_of_fold = np.zeros(len(rows))
    for k in range(FOLDS):
        train = [i for i in range(len(rows)) if i % FOLDS != k]
        weights = fit([rows[i] for i in train], crisis[train])
        for i in range(k, len(rows), FOLDS):
            out_of_fold[i] = score(weights, rows[i])
    cut = float(np.quantile(out_of_fold[~crisis], quantile))
    strict = float(np.quantile(out_of_fold[~crisis], max(quantile, QUANTILE_STRICT)))
    low = float(np.quantile(out_of_fold[crisis], QUANTILE_LOW))
    return (fit(rows, crisis), cut, strict, low,
            float((out_of_fold[crisis] > cut).mean()))


class Tally:
    """Crisis recall and precision, flag and intent accuracy over the lists scored."""

    def __init__(self) -> None:
        self.tp = self.fn = self.fp = self.flag = self.intent = self.n = 0

    def add(self, want: tuple[str, str], got: tuple[str, str]) -> None:
        (intent, flag), (got_intent, got_flag) = want, got
        self.tp += flag == got_flag == "crisis"
        self.fn += flag == "crisis" != got_flag
        self.fp += got_flag == "crisis" != flag
        self.flag += got_flag == flag
        self.intent += got_intent == intent
        self.n += 1

    def line(self) -> str:
        return (f"recall {self.tp / max(1, self.tp + self.fn):.3f} ({self.tp}/{self.tp + self.fn})"
                f", precision {self.tp / max(1, self.tp + self.fp):.3f}, flag "
                f"{self.flag / max(1, self.n):.3f}, intent {self.intent / max(1, self.n):.3f}")


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
            weights, cut, *_ = train(rows, np.array(crisis), quantile)
        else:
            weights, cut, *_ = corpus_only
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


def combined_leave_one_list_out(corpus_rows: list[np.ndarray], fresh: list[str]) -> None:
    """The classifier on each development list with a model never trained on it: the rules
    alone, the rules with the crisis layer, and with the intent fallback as well; pooled over
    all lists and over `fresh` (lists the rules were never tuned to)."""
    import importlib

    from frontdesk.services.triage import learned
    rules = importlib.import_module("frontdesk.services.triage.classify")
    rows_of = {name: [features(normalise(text).text) for text, *_ in entries]
               for name, entries in DEVELOPMENT.items()}
    ways = {"rules alone": (False, False), "rules + crisis layer": (True, False),
            "rules + crisis layer + intent fallback": (True, True)}
    tallies = {(way, pool): Tally() for way in ways for pool in ("all", "fresh")}
    for name, entries in DEVELOPMENT.items():
        rows, crisis, intents = list(corpus_rows), [e.flag == "crisis" for e in CORPUS], \
            [e.intent for e in CORPUS]
        for other, other_entries in DEVELOPMENT.items():
            if other != name:
                rows += rows_of[other]
                crisis += [flag == "crisis" for _, _, flag, _ in other_entries]
                intents += [intent for _, intent, _, _ in other_entries]
        weights, cut, strict, low, _ = train(rows, np.array(crisis))
        learned._model = learned.Model(weights.astype(np.float32), 0.0, cut, strict, low,
                                       fit_intents(rows, intents).astype(np.float32),
                                       INTENT_MARGIN)
        for way, (crisis_layer, intent_layer) in ways.items():
            rules.USE_LEARNED_LAYER, rules.USE_LEARNED_INTENT = crisis_layer, intent_layer
            for text, intent, flag, _ in entries:
                t = rules.classify(text)
                for pool in ("all", "fresh") if name in fresh else ("all",):
                    tallies[way, pool].add((intent, flag), (str(t.intent), str(t.flag)))
    learned._model = None
    rules.USE_LEARNED_LAYER = rules.USE_LEARNED_INTENT = True
    for (way, pool), tally in tallies.items():
        label = "all lists" if pool == "all" else f"lists {' '.join(fresh)}"
        print(f"leave-one-list-out, {way}, {label}: {tally.line()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--lolo", action="store_true", help="estimate only; write nothing")
    parser.add_argument("--fresh", nargs="*", default=["CC", "DD"], metavar="LIST",
                        help="with --lolo: the lists the rules were never tuned to (pooled apart)")
    parser.add_argument("--corpus-only", action="store_true",
                        help="train on the corpus alone, not on the development lists")
    parser.add_argument("--without", nargs="*", default=[], metavar="LIST",
                        help="leave these development lists out (e.g. U V: a model to measure "
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
        combined_leave_one_list_out(corpus, args.fresh)
        return
    rows, crisis_list, quantile = corpus, corpus_crisis, QUANTILE
    intents = [e.intent for e in CORPUS]
    if not args.corpus_only:
        rows = corpus + [row for held_rows, _ in lists.values() for row in held_rows]
        crisis_list = corpus_crisis + [c for _, held in lists.values() for c in held]
        intents += [intent for name, entries in DEVELOPMENT.items()
                    if name not in args.without for _, intent, _, _ in entries]
        quantile = QUANTILE_WITH_LISTS
    crisis = np.array(crisis_list)
    weights, cut, strict, low, recall = train(rows, crisis, quantile)
    print(f"training: {len(rows)} texts, {int(crisis.sum())} crisis; cut-off {cut:.4f} "
          f"(strict {strict:.4f}, low {low:.4f}); out-of-fold crisis recall {recall:.3f} at "
          f"{1 - quantile:.0%} false alarms")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, weights=weights.astype(np.float16), bias=np.float64(0.0),
                        threshold=np.float64(cut), threshold_strict=np.float64(strict),
                        threshold_low=np.float64(low),
                        intent_weights=fit_intents(rows, intents).astype(np.float16),
                        intent_margin=np.float64(INTENT_MARGIN))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
