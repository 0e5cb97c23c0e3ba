"""The development lists by name: every held-out list that has been run and tuned to.

    from triage_heldout.development import by_letter
    for name, (en, es) in by_letter().items(): ...

Lists A-D, E-Z, then the two-letter lists (AA, BB, ...) in order, English and Spanish apart; a
list's name is its module's suffix in capitals (list_bb -> "BB"). Never the sealed list, and
never a list still blind (BLIND: written while the current round works, run by the lead only);
those are not even imported, so whoever tunes the rules never reads them by accident.
scripts/train-triage.py trains on these and bench/triage.py prints them.
"""

from __future__ import annotations

import importlib
from string import ascii_uppercase

from .evaluate import Entry

BLIND: frozenset[str] = frozenset()  # lists still blind (never imported here): none left
# One letter, then two of the same after Z: A..Z, AA, BB, ..., ZZ.
NAMES = tuple(name for name in (*ascii_uppercase, *(c * 2 for c in ascii_uppercase))
              if name not in BLIND)


def by_letter(without: frozenset[str] | set[str] = frozenset()) -> dict[
        str, tuple[list[Entry], list[Entry]]]:
    """Name -> (English entries, Spanish entries) of each development list that exists,
    leaving out `without` (names such as "A" or "BB")."""
    lists: dict[str, tuple[list[Entry], list[Entry]]] = {}
    for name in NAMES:
        if name in without:
            continue
        module_name = f"{__package__}.list_{name.lower()}"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue  # not written (yet)
        lists[name] = (module.EN, module.ES)
    return lists
