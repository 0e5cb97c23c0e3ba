"""Held-out lists for the reply classifier, written before the category redesign.

Each list holds (text, intent, flag, category) tuples, English then Spanish. Lists A-C were
run once with the old rules (the "before" figures in bench/triage.py) and then used to find
which *categories* the rules missed; `sealed` was run only at the end. None is copied into the
corpus (tests/triage_corpus.py). List D was written after the redesign and run once, to decide
whether the learned layer ships.
"""

from __future__ import annotations

from . import list_a, list_b, list_c, list_d, sealed

LISTS = {
    "A": (list_a.EN, list_a.ES),
    "B": (list_b.EN, list_b.ES),
    "C": (list_c.EN, list_c.ES),
    "D": (list_d.EN, list_d.ES),  # written after the redesign; run once to choose the model
    "sealed": (sealed.EN, sealed.ES),
}
OPEN = ("A", "B", "C")  # looked at while the rules changed
SEALED = "sealed"  # not looked at
