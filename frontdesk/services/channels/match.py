"""Whether a provider's copy of a text is the text we sent, despite what the provider did to it.

Twilio may add words (a trial account prefixes "Sent from your Twilio trial account - "),
swap typographic characters for plain ones (Smart Encoding: curly quotes, long dashes) and
tidy whitespace. The comparison forgives those and nothing more: our whole text must be there,
at the start or the end of theirs.
"""

from __future__ import annotations

import unicodedata

_PLAIN = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
})


def normalise(text: str) -> str:
    """Compatibility forms folded, typographic quotes and dashes made plain, whitespace runs
    (line breaks, tabs, non-breaking spaces) made one space, ends trimmed."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_PLAIN).split())


def same_text(theirs: str | None, ours: str) -> bool:
    """True when `theirs` (the provider's record) is `ours` with at most a prefix or a suffix
    the provider added."""
    mine, seen = normalise(ours), normalise(theirs or "")
    return bool(mine) and (seen == mine or seen.endswith(mine) or seen.startswith(mine))
