"""Figures for one held-out list: crisis recall and precision, flag and intent accuracy, and
per category (crisis categories: the share flagged crisis; the others: the share whose flag
is right)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Entry = tuple[str, str, str, str]  # text, intent, flag, category


@dataclass(frozen=True)
class Scores:
    n: int
    crisis_caught: int
    crisis_total: int
    crisis_flagged: int
    flag_right: int
    intent_right: int
    by_category: dict[str, tuple[int, int]]  # category -> (right, total)

    @property
    def recall(self) -> float:
        return self.crisis_caught / self.crisis_total if self.crisis_total else 1.0

    @property
    def precision(self) -> float:
        return self.crisis_caught / self.crisis_flagged if self.crisis_flagged else 1.0

    @property
    def flag_accuracy(self) -> float:
        return self.flag_right / self.n

    @property
    def intent_accuracy(self) -> float:
        return self.intent_right / self.n

    def line(self) -> str:
        return (f"n={self.n:<4} crisis recall {self.recall:.2f} ({self.crisis_caught}/"
                f"{self.crisis_total}), precision {self.precision:.2f}, flag accuracy "
                f"{self.flag_accuracy:.2f}, intent accuracy {self.intent_accuracy:.2f}")


def score(entries: Sequence[Entry], classify: Callable) -> tuple[Scores, list[str]]:
    """The figures, and one line per wrong answer (for the open lists only)."""
    caught = total = flagged = flag_right = intent_right = 0
    cats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    wrong = []
    for text, intent, flag, category in entries:
        t = classify(text)
        got_flag, got_intent = str(t.flag), str(t.intent)
        total += flag == "crisis"
        caught += flag == "crisis" == got_flag
        flagged += got_flag == "crisis"
        flag_right += got_flag == flag
        intent_right += got_intent == intent
        cats[category][0] += got_flag == flag
        cats[category][1] += 1
        if (got_flag, got_intent) != (flag, intent):
            wrong.append(f"[{category}] want {intent}/{flag}, got {got_intent}/{got_flag}: "
                         f"{text!r}")
    by_category = {k: (v[0], v[1]) for k, v in sorted(cats.items())}
    return Scores(len(entries), caught, total, flagged, flag_right, intent_right,
                  by_category), wrong
