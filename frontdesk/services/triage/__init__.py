"""Reply triage: what a client's text asks for (intent) and who must read it (flag).

    from frontdesk.services.triage import classify
    t = classify("yes I'll be there")   # Triage(intent=Intent.CONFIRM, flag=Flag.NONE, ...)

English and Spanish, any texting style. Pure Python (re, unicodedata): no I/O, no database,
no Qt, no logging. `Intent` and `Flag` live in frontdesk.domain. See classify.py for the order
of the rules and the product choices.
"""

from .classify import classify
from .model import Triage

__all__ = ["Triage", "classify"]
