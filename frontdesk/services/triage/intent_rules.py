"""The intent rules of the reply classifier: carrier keywords, reply letters and phrase rules.

Run on the text with the crisis phrases masked: a crisis phrase is never itself an intent ("I
can't go on" is not "can't go", so not a cancellation). Carrier keywords are whole-message; then
phrase rules compete and the most specific wins: opt_out > opt_in > help (a question about the
replies) > reschedule > cancel > late > confirm > wrong number (other) > question > a bare "ok"
(confirm) > other. A reply letter closing the message ("got it. C") counts like one opening it.
"""

from __future__ import annotations

import re

from frontdesk.domain import Intent

from . import intents_en, intents_es, intents_more
from .flagging import MASK, rule

TAG_QUESTION = re.compile(r"\b(?:ok|okay|right|yes|ya|alright|vale|si)$")  # "..., ok?"
# A question that stays one inside a crisis: opening with a question word, or about money or
# the appointment ("... anyway do I still owe a copay, how much").
KEPT_QUESTION = re.compile(
    r"\b(?:owe|copay|co pay|payments?|pay|bill|invoice|insurance|cuanto|pagos?|pagar|"
    r"preguntar|factura|seguro|deductible)\b")
INTENT_RULES = {name: rule(intents_en.INTENT[name] + intents_es.INTENT[name]
                            + intents_more.INTENT.get(name, []))
                for name in intents_en.INTENT}
KEYWORDS = {**intents_en.KEYWORDS, **intents_es.KEYWORDS}
FILLER = intents_en.FILLER | intents_es.FILLER
LETTERS = {"c": "confirm", "r": "reschedule", "x": "cancel"}
HAS_WORDS = re.compile("[a-z0-9]")

# Highest first. "keep" is a negated cancel ("no, don't cancel": confirm), "asks" a question
# about a cancellation ("did you cancel my appointment?").
ORDER: tuple[tuple[str, Intent], ...] = (
    ("opt_out", Intent.OPT_OUT),  # (unless "undo": a STOP sent by mistake, see _intent)
    ("opt_in", Intent.OPT_IN),
    ("help", Intent.HELP),  # only a question about the replies themselves
    ("reschedule", Intent.RESCHEDULE),
    ("cancel", Intent.CANCEL),
    ("late", Intent.LATE),
    ("keep", Intent.CONFIRM),
    ("confirm", Intent.CONFIRM),
    ("ack", Intent.OTHER),  # "thanks for letting me know": read, not a confirmation
    ("wrong_number", Intent.OTHER),
    ("asks", Intent.QUESTION),
    ("question", Intent.QUESTION),
    ("confirm_weak", Intent.CONFIRM),
)
MASKED_FIRST = ("keep", "asks")  # their words must not count for cancel / late again
SEARCHED = (*(name for name, _ in ORDER if name not in MASKED_FIRST), "undo")


def intent_of(text: str, masked: str, question: bool, lead: str | None,
            reasons: list[str]) -> Intent:
    """The intent, from carrier keywords, reply letters and the phrase rules."""
    rest = " ".join(t for t in text.split() if t not in FILLER)
    if rest in KEYWORDS and HAS_WORDS.search(masked):  # a keyword, and not a cry for help
        intent = Intent(KEYWORDS[rest])
        reasons.append(f'intent {intent}: keyword "{rest}"')
        if rest == "cancel":
            reasons.append("note: a bare CANCEL is also a carrier opt-out keyword; the carrier "
                           "may have stopped texts to this number")
        return intent

    found: dict[str, str] = {}
    for name in MASKED_FIRST:
        def hit(m: re.Match[str], name: str = name) -> str:
            found.setdefault(name, f'"{m.group()}"')
            return MASK
        masked = INTENT_RULES[name].sub(hit, masked)
    for name in SEARCHED:
        m = INTENT_RULES[name].search(masked)
        if m:
            found[name] = f'"{m.group()}"'
    if "undo" in found and "opt_in" in found:  # "hit STOP by accident, please resume"
        found.pop("opt_out", None)
    if lead:
        found.setdefault(LETTERS[lead], f'reply letter "{lead.upper()}"')
    if question and HAS_WORDS.search(masked):
        found.setdefault("question", '"?"')
    for name, intent in ORDER:
        if name in found:
            reasons.append(f"intent {intent}: {found[name]}")
            return intent
    return Intent.OTHER
