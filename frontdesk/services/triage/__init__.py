"""Reply triage: what a client's text asks for (intent) and who must read it (flag).

    from frontdesk.services.triage import classify
    t = classify("yes I'll be there")   # Triage(intent=Intent.CONFIRM, flag=Flag.NONE, ...)

English and Spanish, any texting style. Pure Python (re, unicodedata): no I/O, no database,
no Qt, no logging. `Intent` and `Flag` live in frontdesk.domain. See classify.py for the order
of the rules and the product choices.

The rules are compiled when `classify` is first asked for (a few hundred milliseconds), not when
this package is imported: the window's start-up imports the inbox, which only needs `Triage`.
`warm_up()` compiles them ahead of the first reply, off the GUI thread.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING

from .model import Triage

if TYPE_CHECKING:
    from .classify import classify

__all__ = ["Triage", "classify", "warm_up"]


class _Package(types.ModuleType):
    """`classify` is the function, compiled on first use. Importing the submodule of the same
    name makes the import system set the package's `classify` to that module: ignored here.
    (So `import frontdesk.services.triage.classify as m` gives the function too; use
    `importlib.import_module` for the module.)"""

    @property
    def classify(self):  # type: ignore[no-untyped-def]
        from .classify import classify

        return classify

    @classify.setter
    def classify(self, _value: object) -> None:
        pass


sys.modules[__name__].__class__ = _Package


def warm_up() -> None:
    """Compile the rules and load the learned layer now (a background thread's job)."""
    from .classify import classify
    from .learned import says_crisis

    says_crisis("warming up")
    classify("warming up: see you at the appointment tomorrow, thank you so much")
