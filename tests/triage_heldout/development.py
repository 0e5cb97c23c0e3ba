"""The development lists by letter: every held-out list that has been run and tuned to.

    from triage_heldout.development import by_letter
    for letter, (en, es) in by_letter().items(): ...

Lists A-D and E-Z in order, English and Spanish apart. Never the sealed list, and never a list
still blind (W, X: written while the current round works, run by the lead only); they are not
even imported, so whoever tunes the rules never reads them by accident. scripts/train-triage.py
trains on these and bench/triage.py prints them.
"""

from __future__ import annotations

import importlib

from .evaluate import Entry

BLIND = frozenset("WX")  # still blind: never imported here
LETTERS = tuple(c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in BLIND)


def by_letter(without: frozenset[str] | set[str] = frozenset()) -> dict[
        str, tuple[list[Entry], list[Entry]]]:
    """Letter -> (English entries, Spanish entries) of each development list that exists,
    leaving out `without`."""
    lists: dict[str, tuple[list[Entry], list[Entry]]] = {}
    for letter in LETTERS:
        if letter in without:
            continue
        name = f"{__package__}.list_{letter.lower()}"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue  # not written (yet)
        lists[letter] = (module.EN, module.ES)
    return lists
