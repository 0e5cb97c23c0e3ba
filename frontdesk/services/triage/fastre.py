"""Big alternations of word-initial fragments, compiled so that each position tries only the
fragments that can begin with the character found there.

Python's regex engine tries an alternation's branches one after another at every position;
with hundreds of fragments (the idiom guards, the crisis phrases, the clinical phrases) that is
most of the classifier's time. `words()` groups the fragments by their possible first
character behind a one-character look-ahead, keeping their order inside each group:

    (?<!\\w)(?:(?=w)(?:w-fragments...)|(?=s)(?:s-fragments...)|...)\\b

A fragment that opens with an alternation ("(?:walk|step|jump) out") goes into the group of
each first character with only the alternatives that begin with it ("(?:walk) out" under w).
At any position only the group of the character there can match, and inside it the fragments
and alternatives that could are tried in their original order, so every match (start, end,
text) is the one the plain alternation finds (tests/test_triage_round9.py compares them). A
fragment whose first character cannot be told (it may match the empty string, or opens with a
class such as \\w) goes into every group, and into a last group for the other characters.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

from . import compiled

WORD_START = r"(?<!\w)"
# The standard library's own pattern parser (private, so untyped), and its opcodes.
parser: Any = importlib.import_module("re._parser")
_C: Any = parser
_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT}
_PLAIN = re.compile(r"[a-z0-9_ ]")  # a literal character that is not followed by a quantifier
_QUANTIFIER = "?*+{"
BUCKETS = 8  # look-ahead groups per alternation: fewer compile faster, more run faster
MIN_RUN = 8  # fewer fragments than this are left as they are
COPY = 20  # characters a copied fragment costs beyond its tail
TAIL_PER_ALTERNATIVE = 30  # characters copied worth one more alternative tried per word
LONG_TAIL = 100000  # copies of a fragment's tail (characters) allowed; past it, not grouped


def plain(fragments: Iterable[str]) -> str:
    """The fragments as one alternation, in order (what `words` must match like)."""
    return WORD_START + "(?:" + "|".join(f"(?:{f})" for f in fragments) + r")\b"


def _first(items: Iterable[tuple[Any, Any]]) -> tuple[frozenset[str] | None, bool]:
    """The characters a parsed sequence can begin with (None: cannot tell), and whether it
    can match the empty string."""
    found: set[str] = set()
    for op, arg in items:
        if op is _C.LITERAL:
            return frozenset(found | {chr(arg)}), False
        if op is _C.IN:
            listed = _charset(arg)
            return (None if listed is None else frozenset(found | listed)), False
        if op in _ZERO_WIDTH:
            continue
        chars: frozenset[str] | None
        if op is _C.SUBPATTERN:
            _, add_flags, del_flags, sub = arg
            if add_flags or del_flags:
                return None, False
            chars, empty = _first(sub)
        elif op is _C.ATOMIC_GROUP:
            chars, empty = _first(arg)
        elif op is _C.BRANCH:
            union: frozenset[str] = frozenset()
            empty = False
            for alternative in arg[1]:
                more, can_be_empty = _first(alternative)
                if more is None:
                    return None, False
                union, empty = union | more, empty or can_be_empty
            chars = union
        elif op in _REPEATS:
            low, _, sub = arg
            chars, empty = _first(sub)
            empty = empty or low == 0
        else:  # any character, a back-reference, a negated literal: cannot tell
            return None, False
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def _charset(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is _C.LITERAL:
            chars.add(chr(arg))
        elif op is _C.RANGE:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        else:  # a negation or a category (\w, \d): cannot tell
            return None
    return chars


# One token of a regex source: an escape, a character class, a parenthesis or bar, other text.
_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]|[^\\\[()|]+", re.DOTALL)


def _split(source: str) -> list[str]:
    """The top-level alternatives of a regex source ("a|(?:b|c)d" -> ["a", "(?:b|c)d"])."""
    parts, depth, start = [], 0, 0
    for token in _TOKEN.finditer(source):
        char = token.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:token.start()])
            start = token.end()
    parts.append(source[start:])
    return parts


def _leading_group(source: str) -> tuple[list[str], str] | None:
    """(alternatives, rest) when `source` opens with a non-capturing group that is not
    repeated: "(?:walk|step) out" -> (["walk", "step"], " out")."""
    if not source.startswith("(?:"):
        return None
    depth = 0
    for token in _TOKEN.finditer(source):
        char = token.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                end = token.start()
                if source[end + 1:end + 2] and source[end + 1] in _QUANTIFIER:
                    return None
                return _split(source[3:end]), source[end + 1:]
    return None


def first_chars(fragment: str) -> frozenset[str] | None:
    """The characters `fragment` can begin with; None when that cannot be told."""
    if _PLAIN.match(fragment) and fragment[1:2] not in _QUANTIFIER \
            and len(_split(fragment)) == 1:  # "walk", "guns?", not "pills|\\w+ pills"
        return frozenset(fragment[0])
    chars, empty = _first(parser.parse(fragment))
    return None if empty else chars


_Heads = tuple[list[str], str, list[frozenset[str]]]


def _heads(fragment: str) -> _Heads | None:
    """(alternatives, rest, the first characters of each alternative) of a fragment that opens
    with an alternation, or (whole, "", its first characters); None when they cannot be told."""
    alternatives = _split(fragment)
    rest = ""
    if len(alternatives) == 1 and (group := _leading_group(fragment)) is not None:
        alternatives, rest = group
    firsts = [first_chars(a) for a in alternatives]
    if all(f is not None for f in firsts):
        return alternatives, rest, [f for f in firsts if f is not None]
    whole = first_chars(fragment)
    return None if whole is None else ([fragment], "", [whole])


def _for(fragment: str, heads: _Heads, bucket: frozenset[str]) -> str | None:
    """The fragment as seen from a position whose character is in `bucket`: only the
    alternatives that can begin there, in their order; None when none can."""
    alternatives, rest, firsts = heads
    kept = [a for a, chars in zip(alternatives, firsts, strict=True) if chars & bucket]
    if not kept:
        return None
    return fragment if len(kept) == len(alternatives) else f"(?:{'|'.join(kept)}){rest}"


def _buckets(heads: Sequence[_Heads], count: int) -> list[frozenset[str]]:
    """The first characters seen, dealt into about `count` sets: each character (those opening
    the most alternatives first) to the set where it adds the least work, the alternatives
    already there plus the copies of fragment tails it would cause (a fragment is copied into
    every set its first characters fall in)."""
    load: dict[str, int] = {}
    tails: dict[str, list[tuple[int, int]]] = {}  # char -> (fragment, tail length)
    for n, (_, rest, firsts) in enumerate(heads):
        for chars in firsts:
            for char in chars:
                load[char] = load.get(char, 0) + 1
        for char in frozenset().union(*firsts):
            tails.setdefault(char, []).append((n, len(rest)))
    sets: list[tuple[int, list[str], set[int]]] = [
        (0, [], set()) for _ in range(min(count, len(load)))]

    def cost(k: int, char: str) -> float:
        weight, _, holds = sets[k]
        copies = sum(tail + COPY for n, tail in tails[char] if n not in holds)
        return weight + load[char] + copies / TAIL_PER_ALTERNATIVE

    for char in sorted(load, key=lambda c: (-load[c], c)):
        k = min(range(len(sets)), key=lambda k: (cost(k, char), k))
        weight, dealt, holds = sets[k]
        sets[k] = (weight + load[char], [*dealt, char], holds | {n for n, _ in tails[char]})
    return [frozenset(dealt) for _, dealt, _ in sets if dealt]


def _cls(chars: Iterable[str]) -> str:
    listed = sorted(chars)
    return re.escape(listed[0]) if len(listed) == 1 else \
        "[" + "".join(re.escape(c) for c in listed) + "]"


def _dispatched(fragments: Sequence[str], heads: Sequence[_Heads]) -> str:
    """Fragments whose first characters are known, grouped behind look-aheads."""
    sets = _buckets(heads, BUCKETS)
    parts = []
    for bucket in sets:
        kept = [_for(f, h, bucket) for f, h in zip(fragments, heads, strict=True)]
        parts.append(f"(?={_cls(bucket)})(?:" + "|".join(f"(?:{f})" for f in kept if f) + ")")
    return "|".join(parts)


def alternation(fragments: Sequence[str]) -> str:
    """The fragments as one alternation, grouped by first character (order kept).

    A fragment whose first characters cannot be told, or that would be copied into several
    groups with a long tail, stays a branch of its own between two grouped runs: (a|b|c)
    matches as ((a)|b|(c)) does, so the order is kept without copying it."""
    parts: list[str] = []
    run: list[str] = []
    run_heads: list[_Heads] = []

    def flush() -> None:
        if len(run) >= MIN_RUN:
            parts.append(_dispatched(run, run_heads))
        else:
            parts.extend(f"(?:{f})" for f in run)
        run.clear()
        run_heads.clear()

    for fragment in fragments:
        heads = _heads(fragment)
        if heads is None \
                or (len(frozenset().union(*heads[2])) - 1) * len(heads[1]) > LONG_TAIL:
            flush()
            parts.append(f"(?:{fragment})")
        else:
            run.append(fragment)
            run_heads.append(heads)
    flush()
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def words(fragments: Iterable[str]) -> re.Pattern[str]:
    """One alternation of fragments that begin where a word does and end at a word boundary,
    matching as `plain(fragments)` does, faster. The grouping and the compiled pattern come
    from `compiled`'s table when an earlier start saved them."""
    listed = list(fragments)
    source = compiled.remembered(
        "words", listed, lambda: WORD_START + alternation(listed) + r"\b")
    return compiled.pattern(source)


def plain_words(fragments: Iterable[str]) -> re.Pattern[str]:
    """The plain alternation `words` stands for (what tests compare it with)."""
    return re.compile(plain(list(fragments)))


class _TooMany(Exception):
    """More prefixes than are worth listing."""


MAX_PREFIXES = 2000


def _seq_prefixes(items: Iterable[tuple[Any, Any]], k: int) -> set[str]:
    """The strings of length k that a parsed sequence's matches can begin with, and its
    whole matches shorter than k."""
    current = {""}
    for item in items:
        following: set[str] = set()
        for head in current:
            if len(head) == k:
                following.add(head)
                continue
            following.update(head + tail for tail in _item_prefixes(item, k - len(head)))
        current = following
        if len(current) > MAX_PREFIXES:
            raise _TooMany
    return current


def _item_prefixes(item: tuple[Any, Any], k: int) -> set[str]:
    op, arg = item
    if op is _C.LITERAL:
        return {chr(arg)}
    if op is _C.IN:
        listed = _charset(arg)
        if listed is None:
            raise _TooMany
        return listed
    if op in _ZERO_WIDTH:
        return {""}
    if op is _C.SUBPATTERN:
        if arg[1] or arg[2]:
            raise _TooMany
        return _seq_prefixes(arg[3], k)
    if op is _C.ATOMIC_GROUP:
        return _seq_prefixes(arg, k)
    if op is _C.BRANCH:
        found: set[str] = set()
        for alternative in arg[1]:
            found |= _seq_prefixes(alternative, k)
        return found
    if op in _REPEATS:
        low, high, sub = arg
        found, current = set(), {""}
        for count in range(min(high, low + k) + 1):
            if count >= low:
                found |= current
            found |= {s for s in current if len(s) == k}
            current = {h + t for h in current if len(h) < k for t in _seq_prefixes(sub, k - len(h))}
            if len(current) > MAX_PREFIXES:
                raise _TooMany
        return found | {s for s in current if len(s) == k}
    raise _TooMany  # any character, a back-reference: cannot tell


def prefixes(fragments: Iterable[str], k: int = 2) -> frozenset[str] | None:
    """The first k characters of every match the fragments can make (a whole match shorter
    than k as it is); None when they cannot be listed."""
    listed = list(fragments)
    found = compiled.remembered(f"prefixes{k}", listed, lambda: _prefixes(listed, k))
    return None if found is None else frozenset(found)


def _prefixes(fragments: Iterable[str], k: int) -> tuple[str, ...] | None:
    found: set[str] = set()
    try:
        for fragment in fragments:
            found |= _seq_prefixes(parser.parse(fragment), k)
    except _TooMany:
        return None
    return tuple(sorted(found))
