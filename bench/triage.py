"""Reply classifier figures: the labelled corpus (precision / recall per class, crisis
misses), the held-out lists (each separately, the sealed one apart), recall per warning-sign
category, and throughput.

    .venv/bin/python bench/triage.py [--seconds 2] [--no-blind]

The corpus (tests/triage_corpus.py) is the one the rules were developed on, so its figures
are upper bounds. The held-out lists (tests/triage_heldout/) are the honest ones: BEFORE
below is each list's single run with the rules as they were before the category redesign;
lists A-C were then used to find the missing categories (so their "now" is a
regression figure), D was written after the redesign and run once to choose the learned
layer, and the sealed list was not looked at while anything changed. Lists E and F (written
blind by independent writers after the redesign) were the development lists of round 2: their
"now" is an upper bound too. Lists G and H (written blind while round 2 worked, run once by the
lead after it) were the development lists of round 3: their "now" is an upper bound as well.
Lists I and J (written blind while round 3 worked, run once by the lead after it) were the
development lists of round 4: their "now" is an upper bound too. Lists K and L (written blind
while round 4 worked, run by the lead after it) were the development lists of round 5: their
"now" is an upper bound as well. Lists M and N (written blind while round 5 worked, run by the
lead after it) were the development lists of round 6: their "now" is an upper bound too. Lists O
and P (written blind while round 6 worked, run by the lead after it) were the development lists
of round 7: their "now" is an upper bound as well. Lists Q and R (written blind while round 7
worked, run by the lead after it) were the development lists of round 8: their "now" is an upper
bound too. Lists S and T (written blind while round 8 worked, run by the lead after it) were the
development lists of round 9: their "now" is an upper bound as well. Lists U and V (written blind
while round 9 worked) and Y and Z (written for training by independent writers) are the
development lists of round 10: their "now" is an upper bound too. Lists W and X (written blind
while round 10 worked) and AA and BB (written blind by independent writers, first run on the
round-10 rules) are the development lists of round 11: their "now" is an upper bound as well.
Lists CC and DD (written blind by independent writers while round 11 worked; first run on the
round-10 rules, then on the round-11 ones) are the development lists of round 12: their "now" is
an upper bound as well. Recall per category is printed per round and over all development
lists (E to DD). Lists written blind in future are printed apart as aggregate figures only, in a
blind block the lead runs (BLIND; none now): nobody tuning the rules reads them or their
failures (--no-blind skips the block without importing them; a list not written yet is skipped
with a line saying so). The development lists come from tests/triage_heldout/development.py,
which never imports a blind list.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from triage_corpus import CORPUS  # noqa: E402
from triage_heldout import LISTS, SEALED  # noqa: E402
from triage_heldout.development import by_letter  # noqa: E402
from triage_heldout.evaluate import score  # noqa: E402

from frontdesk.domain import Flag, Intent  # noqa: E402
from frontdesk.services.triage import classify  # noqa: E402


def table(title: str, labels: list[str], pairs: list[tuple[str, str]]) -> None:
    """Precision, recall and support per label, then accuracy."""
    print(f"\n{title:<12} {'precision':>9} {'recall':>7} {'support':>8}")
    for label in labels:
        tp = sum(1 for want, got in pairs if want == got == label)
        predicted = sum(1 for _, got in pairs if got == label)
        actual = sum(1 for want, _ in pairs if want == label)
        precision = f"{tp / predicted:.3f}" if predicted else "-"
        recall = f"{tp / actual:.3f}" if actual else "-"
        print(f"{label:<12} {precision:>9} {recall:>7} {actual:>8}")
    accuracy = sum(want == got for want, got in pairs) / len(pairs)
    print(f"{'accuracy':<12} {accuracy:>17.3f} {len(pairs):>8}")


def confusion(labels: list[str], pairs: list[tuple[str, str]]) -> None:
    """Rows: the label; columns: what the classifier said."""
    counts = Counter(pairs)
    corner = "flag / got"
    print(f"\n{corner:<12}" + "".join(f"{label:>10}" for label in labels))
    for want in labels:
        print(f"{want:<12}" + "".join(f"{counts[(want, got)]:>10}" for got in labels))


# Each list's first run (crisis recall, precision, flag accuracy, intent accuracy).
BEFORE = {
    "A": "old rules: recall 0.34 (12/35), precision 0.55, flag 0.47, intent 0.91",
    "B": "old rules: recall 0.32 (11/34), precision 0.46, flag 0.44, intent 0.82",
    "C": "old rules: recall 0.30 (3/10), precision 0.50, flag 0.46, intent 0.83",
    "D": "new rules, no model: recall 0.35 (7/20), precision 0.58, flag 0.49, intent 0.92",
    SEALED: "old rules: recall 0.41 (12/29), precision 0.52, flag 0.57, intent 0.89",
    "E": "rules at ea887e5: recall 0.77 (37/48), precision 0.82, flag 0.84, intent 0.92",
    "F": "rules at ea887e5: recall 0.76 (38/50), precision 0.83, flag 0.84, intent 0.90",
    "G": "rules at f916a7d: recall 0.80 (37/46), precision 0.82, flag 0.81, intent 0.79",
    "H": "rules at f916a7d: recall 0.94 (47/50), precision 0.87, flag 0.89, intent 0.81",
    "I": "rules after round 3: recall 0.89 (40/45), precision 0.95, flag 0.90, intent 0.91",
    "J": "rules after round 3: recall 0.88 (42/48), precision 0.91, flag 0.91, intent 0.90",
    "K": "rules at 41bba4a (round 3): recall 0.84 (42/50), precision 0.95, flag 0.88, intent "
         "0.88; after round 4: recall 0.84 (42/50), precision 0.95, flag 0.88, intent 0.89",
    "L": "rules at 41bba4a (round 3): recall 0.84 (41/49), precision 0.76, flag 0.81, intent "
         "0.87; after round 4: recall 0.82 (40/49), precision 0.77, flag 0.81, intent 0.88",
    "M": "rules at aa592c5 (round 4): recall 0.90 (43/48), precision 0.72, flag 0.79, intent "
         "0.89; after round 5: recall 0.94 (45/48), precision 0.73, flag 0.81, intent 0.90",
    "N": "rules at aa592c5 (round 4): recall 0.90 (44/49), precision 0.77, flag 0.85, intent "
         "0.90; after round 5: recall 0.90 (44/49), precision 0.79, flag 0.85, intent 0.90",
    "O": "rules at c3d6f2b (round 5): recall 0.80 (39/49), precision 0.70, flag 0.76, intent "
         "0.87; after round 6: recall 0.84 (41/49), precision 0.68, flag 0.76, intent 0.87",
    "P": "rules at c3d6f2b (round 5): recall 0.69 (35/51), precision 0.73, flag 0.75, intent "
         "0.88; after round 6: recall 0.75 (38/51), precision 0.84, flag 0.82, intent 0.89",
    "Q": "rules at f80fd39 (round 6): recall 0.81 (39/48), precision 0.81, flag 0.83, intent "
         "0.90; after round 7: recall 0.83 (40/48), precision 0.82, flag 0.84, intent 0.91",
    "R": "rules at f80fd39 (round 6): recall 0.86 (43/50), precision 0.78, flag 0.80, intent "
         "0.86; after round 7: recall 0.88 (44/50), precision 0.79, flag 0.81, intent 0.87",
    # first run on the rules before round 8 (9e2f31a); round 8 then moved neither recall
    "S": "rules of 9e2f31a: recall 0.90 (46/51), precision 0.85, flag 0.84, intent 0.86; "
         "after round 8: recall 0.90 (46/51), precision 0.85, flag 0.85, intent 0.86",
    "T": "rules of 9e2f31a: recall 0.85 (41/48), precision 0.82, flag 0.86, intent 0.86; "
         "after round 8: recall 0.85 (41/48), precision 0.84, flag 0.87, intent 0.86",
    "U": "first run, rules of cf2fb37: recall 0.92 (44/48), precision 0.83, flag 0.85, intent "
         "0.90; after round 9: recall 0.94 (45/48), precision 0.83, flag 0.85, intent 0.90",
    "V": "first run, rules of cf2fb37: recall 0.94 (45/48), precision 0.80, flag 0.82, intent "
         "0.85; after round 9: recall 0.92 (44/48), precision 0.80, flag 0.82, intent 0.85",
    "Y": "first run, rules of ccc46bf (round 9): recall 0.90 (43/48), precision 0.88, flag "
         "0.83, intent 0.90",
    "Z": "first run, rules of ccc46bf (round 9): recall 0.96 (47/49), precision 0.82, flag "
         "0.90, intent 0.92",
    "W": "first run, rules of ccc46bf (round 9): recall 0.92 (45/49), precision 0.87, flag "
         "0.89, intent 0.90; after round 10: recall 0.92, precision 0.87, flag 0.89, intent 0.91",
    "X": "first run, rules of ccc46bf (round 9): recall 1.00 (49/49), precision 0.79, flag "
         "0.89, intent 0.89; after round 10: recall 0.98 (48/49), precision 0.83, flag 0.89, "
         "intent 0.89",
    "AA": "first run, rules of 7ad770f (round 10): recall 0.98 (47/48), precision 0.92, flag "
          "0.92, intent 0.91 (en recall 1.00, es 0.95)",
    "BB": "first run, rules of 7ad770f (round 10): recall 0.96 (46/48), precision 0.84, flag "
          "0.85, intent 0.92 (en recall 0.93, es precision 0.78)",
    "CC": "first run, rules of 7ad770f (round 10): recall 0.92 (44/48), precision 0.83, flag "
          "0.84, intent 0.92; rules of 9d98159 (round 11): recall 0.92 (44/48), precision 0.85, "
          "flag 0.85, intent 0.93 (en recall 0.86, es precision 0.79)",
    "DD": "first run, rules of 7ad770f (round 10): recall 0.96 (46/48), precision 0.79, flag "
          "0.79, intent 0.88; rules of 9d98159 (round 11): recall 0.96 (46/48), precision 0.81, "
          "flag 0.80, intent 0.92",
}
# The development lists of each round after the first, by letter (tests/triage_heldout).
ROUNDS = {"round 2": "EF", "round 3": "GH", "round 4": "IJ", "round 5": "KL", "round 6": "MN",
          "round 7": "OP", "round 8": "QR", "round 9": "ST", "round 10": "UVYZ"}
ROUNDS_BY_NAME = {"round 11": ("W", "X", "AA", "BB"),  # rounds with two-letter lists
                  "round 12": ("CC", "DD")}
DEVELOPMENT = by_letter(without=set("ABCD"))
# Lists written blind while a round works, run by the lead only (module names, e.g. "list_ee"):
# none now. The block stays, for whoever writes the next ones.
BLIND: tuple[str, ...] = ()
BLIND_BEFORE: dict[str, str] = {}


def round_of(name: str) -> str:
    """The round a development list was tuned in ("open" for A-D)."""
    for which, names in ROUNDS.items():
        if name in names:
            return which
    return next((which for which, names in ROUNDS_BY_NAME.items() if name in names), "open")


def held_out() -> None:
    """Each held-out list (English, Spanish, both), then recall per category."""
    print("\nheld-out lists (first run, then now):")
    categories: dict[str, dict[str, list[int]]] = {
        "open": {}, SEALED: {}, **{which: {} for which in (*ROUNDS, *ROUNDS_BY_NAME)},
        "development": {}}
    for name, (en, es) in {**LISTS, **DEVELOPMENT}.items():
        print(f"  list {name} first run: {BEFORE[name]}")
        for lang, part in (("both", en + es), ("en", en), ("es", es)):
            figures, _ = score(part, classify)
            print(f"  list {name} now {lang:<4} {figures.line()}")
        figures, _ = score(en + es, classify)
        which = SEALED if name == SEALED else round_of(name)
        buckets = [categories[which]] + ([categories["development"]] if name in DEVELOPMENT else [])
        for bucket in buckets:
            for category, (right, total) in figures.by_category.items():
                counts = bucket.setdefault(category, [0, 0])
                counts[0] += right
                counts[1] += total
    for which, bucket in categories.items():
        names = ROUNDS.get(which) or ROUNDS_BY_NAME.get(which, ())
        label = {"open": "lists A-D", SEALED: "sealed list",
                 "development": f"all development lists ({', '.join(DEVELOPMENT)})"}.get(
            which, f"lists {', '.join(names)}")
        print(f"\nper category, {label} (crisis categories: share flagged crisis; the rest: "
              "share with the right flag)")
        print("  " + ", ".join(f"{c} {r}/{t}" for c, (r, t) in sorted(bucket.items())))


def blind_lists() -> None:
    """The blind lists, if written yet: aggregate figures only (no texts, no failures)."""
    print("\nblind lists (aggregate figures only; not read while tuning):")
    if not BLIND:
        print("  none: every list written has been run and is a development list")
    for module_name in BLIND:
        letter = module_name.removeprefix("list_").upper()
        try:
            module = importlib.import_module(f"triage_heldout.{module_name}")
        except ModuleNotFoundError as error:
            if error.name != f"triage_heldout.{module_name}":
                raise  # the list exists but imports something missing: say so loudly
            print(f"  list {letter} not written yet (tests/triage_heldout/{module_name}.py "
                  "absent): skipped")
            continue
        print(f"  list {letter} {BLIND_BEFORE[letter]}")
        for lang, part in (("both", module.EN + module.ES), ("en", module.EN),
                           ("es", module.ES)):
            figures, _ = score(part, classify)
            print(f"  list {letter} {lang:<4} {figures.line()}")


def corpus_categories(results: list) -> None:
    """How the corpus's crisis messages were caught, by the category the classifier named."""
    counts = Counter(t.category for e, t in results if e.flag == "crisis" and t.category)
    print("\ncorpus crisis messages by category named: "
          + ", ".join(f"{c} {n}" for c, n in counts.most_common()))


def throughput(seconds: float) -> float:
    texts = [e.text for e in CORPUS]
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text in texts:
            classify(text)
        done += len(texts)
    return done / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="how long to time classify")
    parser.add_argument("--no-blind", action="store_true",
                        help="skip the blind lists (if any): for whoever is tuning the rules")
    args = parser.parse_args()

    results = [(e, classify(e.text)) for e in CORPUS]
    langs = Counter(e.lang for e in CORPUS)
    print(f"corpus: {len(CORPUS)} messages ({langs['en']} English, {langs['es']} Spanish)")

    intents = [i.value for i in Intent]
    flags = [f.value for f in Flag]
    table("intent", intents, [(e.intent, str(t.intent)) for e, t in results])
    table("flag", flags, [(e.flag, str(t.flag)) for e, t in results])
    for lang in ("en", "es"):
        subset = [(e, t) for e, t in results if e.lang == lang]
        intent_ok = sum(e.intent == t.intent for e, t in subset) / len(subset)
        flag_ok = sum(e.flag == t.flag for e, t in subset) / len(subset)
        print(f"{lang}: intent accuracy {intent_ok:.3f}, flag accuracy {flag_ok:.3f}")
    confusion(flags, [(e.flag, str(t.flag)) for e, t in results])

    missed = [(e, t) for e, t in results if e.flag == "crisis" and t.flag is not Flag.CRISIS]
    print(f"\ncrisis misses: {len(missed)}")
    for e, t in missed:
        print(f"  {e.lang} {e.text!r} -> {t.flag} {t.intent}")
    false_alarms = [e for e, t in results if t.flag is Flag.CRISIS and e.flag != "crisis"]
    print(f"crisis false alarms: {len(false_alarms)}")
    for e in false_alarms:
        print(f"  {e.lang} {e.text!r} (labelled {e.flag})")

    corpus_categories(results)
    held_out()
    if not args.no_blind:
        blind_lists()
    rate = throughput(args.seconds)
    print(f"\nthroughput: {rate:,.0f} messages/s ({1e6 / rate:.0f} µs each, one core)")
    huge = "please call me back " * 100_000  # 2 MB, as a red-team poll delivers it
    start = time.perf_counter()
    classify(huge)
    took = time.perf_counter() - start
    print(f"a 2 MB message: {took * 1e3:.1f} ms ({took * rate:.0f}× one corpus message; "
          "only the first characters are read)")


if __name__ == "__main__":
    main()
