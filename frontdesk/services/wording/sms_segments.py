"""How many SMS segments a text costs: GSM-7 vs UCS-2, with the real GSM 03.38 tables.

Rules (3GPP TS 23.038 / 23.040, as Twilio bills them):
- A text that uses only the GSM 03.38 basic set and extension table is sent as GSM-7: 160
  septets in one segment, 153 per segment once it is split (the rest is the concatenation
  header). Extension characters (^ { } \\ [ ~ ] | € and form feed) cost 2 septets (ESC + code).
- Any other character switches the whole text to UCS-2 (in practice UTF-16): 70 code units in
  one segment, 67 per segment when split. A character outside the BMP (most emoji) is a
  surrogate pair: 2 units.
- A split never cuts an escape sequence or a surrogate pair: the pair moves whole to the next
  segment, so a split text can need one segment more than a plain division suggests.

An empty text is 0 segments (it cannot be sent).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

GSM7 = "GSM-7"
UCS2 = "UCS-2"

# GSM 03.38 basic character set, in code order 0x00-0x7F. ESC (0x1B) is left out: it is not a
# character a text can contain, it introduces the extension table.
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞ" "ÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# The extension table: each costs ESC + its code = 2 septets.
GSM_EXTENSION = frozenset("\f^{}\\[~]|€")

GSM_SINGLE, GSM_MULTI = 160, 153
UCS2_SINGLE, UCS2_MULTI = 70, 67

# Typographic characters that slip in from word processors and force UCS-2, with the GSM-7
# character that says the same thing.
LOOKALIKES = {
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
    "\u2026": "...", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u00b4": "'", "`": "'",
}


@dataclass(frozen=True)
class SegmentInfo:
    encoding: str  # "GSM-7" or "UCS-2"
    characters: int  # Unicode code points in the text
    segments: int  # billed segments (0 for an empty text)
    per_segment: int  # capacity of a segment here: 160/153 septets or 70/67 units
    septets_or_units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    non_gsm_chars: tuple[str, ...]  # distinct characters that forced UCS-2, in order seen

    @property
    def single_limit(self) -> int:
        """How much fits in one segment in this encoding (160 septets or 70 units)."""
        return GSM_SINGLE if self.encoding == GSM7 else UCS2_SINGLE


def is_gsm7(char: str) -> bool:
    return char in GSM_BASIC or char in GSM_EXTENSION


def _pack(costs: list[int], single: int, multi: int) -> tuple[int, int]:
    """(segments, per_segment) for characters of the given costs, never splitting one."""
    total = sum(costs)
    if total == 0:
        return 0, single
    if total <= single:
        return 1, single
    count, used = 1, 0
    for cost in costs:
        if used + cost > multi:
            count, used = count + 1, 0
        used += cost
    return count, multi


def segments(text: str) -> SegmentInfo:
    """Encoding and segment count of `text` as an SMS."""
    non_gsm = tuple(dict.fromkeys(ch for ch in text if not is_gsm7(ch)))
    if not non_gsm:
        costs = [2 if ch in GSM_EXTENSION else 1 for ch in text]
        count, per = _pack(costs, GSM_SINGLE, GSM_MULTI)
        return SegmentInfo(GSM7, len(text), count, per, sum(costs), ())
    costs = [2 if ord(ch) > 0xFFFF else 1 for ch in text]
    count, per = _pack(costs, UCS2_SINGLE, UCS2_MULTI)
    return SegmentInfo(UCS2, len(text), count, per, sum(costs), non_gsm)


def show_char(char: str) -> str:
    """A character as the editor should quote it: “é”, or its name when it is invisible."""
    if char.isspace() or unicodedata.category(char).startswith("C"):
        name = unicodedata.name(char, "").lower() or "control character"
        return f"U+{ord(char):04X} ({name})"
    return f"“{char}”"


def _quote(chars: tuple[str, ...], limit: int = 5) -> str:
    shown = ", ".join(show_char(ch) for ch in chars[:limit])
    return shown + (f" and {len(chars) - limit} more" if len(chars) > limit else "")


def segment_warning(text: str) -> str | None:
    """What the template editor should say when `text` needs more than one segment, else None.

    e.g. "This text is 2 segments (UCS-2 because of “á”): 84 characters where one segment
    holds 70 (67 each once split). Each segment is billed as a text…"
    """
    info = segments(text)
    if info.segments <= 1:
        return None
    why = f" (UCS-2 because of {_quote(info.non_gsm_chars)})" if info.encoding == UCS2 else ""
    parts = [f"This text is {info.segments} segments{why}: {info.septets_or_units} characters"
             f" where one segment holds {info.single_limit} ({info.per_segment} each once"
             " split). Each segment is billed as a text, and a long text may arrive in pieces."]
    if info.encoding == GSM7:
        doubled = tuple(dict.fromkeys(ch for ch in text if ch in GSM_EXTENSION))
        if doubled:
            verb = "counts" if len(doubled) == 1 else "count"
            parts.append(f"{_quote(doubled)} {verb} as two characters.")
    else:
        if any(ord(ch) > 0xFFFF for ch in text):
            parts.append("Emoji count as two characters.")
        swaps = [ch for ch in info.non_gsm_chars if ch in LOOKALIKES]
        if swaps:
            parts.append("Typing " + ", ".join(
                f"{show_char(ch)} as “{LOOKALIKES[ch]}”" for ch in swaps) + " would help.")
        if len(swaps) == len(info.non_gsm_chars):
            fixed = segments(replace_lookalikes(text))
            parts.append(f"Then it is {fixed.segments} GSM-7 segment"
                         f"{'s' if fixed.segments != 1 else ''}.")
    return " ".join(parts)


def replace_lookalikes(text: str) -> str:
    """`text` with typographic quotes, dashes and spaces swapped for their GSM-7 equivalents."""
    return "".join(LOOKALIKES.get(ch, ch) for ch in text)
