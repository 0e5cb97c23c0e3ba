"""Digits as people type them: superscript, fullwidth, keycap emoji or another script's.

A client answering "reply 1 or 2" may send "２" (a phone's fullwidth keyboard), "²", "1️⃣" (a
keycap emoji) or "٣" (Arabic-Indic). `str.isdigit()` says yes to all of them, yet `int("²")`
raises, which sent an ordinary answer down the error path. Here NFKC folds the compatibility
forms ("²", "２", "①" → "2", "2", "1"), the keycap's marks are dropped, and every other decimal
digit (Unicode category Nd: Arabic-Indic, Devanagari, …) becomes its ASCII digit, because the
client means that number; what is left is accepted only as ASCII [0-9].
"""

from __future__ import annotations

import re
import unicodedata

# U+FE0F / U+FE0E (emoji / text presentation) and U+20E3 (combining enclosing keycap)
_KEYCAP_MARKS = dict.fromkeys(map(ord, "\ufe0f\ufe0e\u20e3"))
_CHOICE = re.compile(r"[0-9]{1,3}")  # a choice among a few offered times, not a phone number


def ascii_digits(text: str) -> str:
    """`text` with every digit a person might type made an ASCII digit; the rest as it was."""
    folded = unicodedata.normalize("NFKC", text).translate(_KEYCAP_MARKS)
    return "".join(str(unicodedata.decimal(ch)) if not ch.isascii() and ch.isdecimal() else ch
                   for ch in folded)


def numbered_choice(text: str) -> int | None:
    """The number a reply like "2", "2.", "２", "²" or "2️⃣" picks; None for anything else."""
    choice = ascii_digits(text).strip().rstrip(".!) ")
    return int(choice) if _CHOICE.fullmatch(choice) else None
