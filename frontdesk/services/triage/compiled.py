"""The reply rules' patterns, compiled once and remembered from one start to the next.

Building the rules takes about a second of pure Python, which holds the interpreter lock
against the window's thread: about a fifth is `fastre` grouping the alternations and listing
their openings, the rest is the standard library parsing and compiling the few hundred big
patterns. What all of that produces is plain data: the grouped pattern text, the openings,
and each pattern's compiled code (a list of integers). `load()` takes a table saved by an
earlier start (`table()`); then `remembered()` returns the grouping or openings found before
and `pattern()` makes the pattern straight from its code, in C, without parsing it.

A pattern made from its code is the one `re.compile` makes (pattern objects compare their
text, flags and code: the tests compare every rule's pattern). The table is only right for
the same rule sources and the same Python (the code's format changes between versions): the
caller keys the file it keeps the table in by both. No I/O here.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from array import array
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

# The standard library's regex internals (private, so untyped).
_sre: Any = importlib.import_module("_sre")
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")

FORMAT = f"{_sre.MAGIC}-{_sre.CODESIZE}"  # the compiled code's format, for the caller's key
_WORD = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)  # one code word
T = TypeVar("T")

_known: dict[str, Any] = {}  # loaded from an earlier start
_seen: dict[str, Any] = {}  # everything asked for since `load()`: what `table()` saves
_missed = [0]


def load(table: Mapping[str, Any]) -> None:
    """Use a table an earlier start saved (`table()`), for the same sources and Python."""
    _known.clear()
    _known.update(table)
    _seen.clear()
    _missed[0] = 0


def table() -> dict[str, Any]:
    """Everything made since `load()` (or since the start), to save for the next start."""
    return dict(_seen)


def missed() -> int:
    """How many results had to be worked out since `load()` (0: the table had them all)."""
    return _missed[0]


def forget() -> None:
    """Drop the tables (the rules are built; their patterns keep their own code)."""
    _known.clear()
    _seen.clear()


def _key(kind: str, parts: Sequence[str]) -> str:
    digest = hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return f"{kind}:{digest}"


def remembered(kind: str, parts: Sequence[str], make: Callable[[], T]) -> T:
    """`make()`, or what it returned for the same `kind` and `parts` in the loaded table."""
    key = _key(kind, parts)
    if key in _known:
        value: T = _known[key]
    else:
        value = make()
        _missed[0] += 1
    _seen[key] = value
    return value


def _code(source: str) -> tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]:
    """What `re.compile(source)` hands to the C engine (as re._compiler.compile does)."""
    parsed = _parser.parse(source, 0)
    code = _compiler._code(parsed, 0)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (parsed.state.flags, array(_WORD, code).tobytes(), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def pattern(source: str) -> re.Pattern[str]:
    """`re.compile(source)`, from its code in the loaded table when it is there."""
    key = _key("re", (source,))
    entry = _known.get(key)
    if entry is None:
        entry = _code(source)
        _missed[0] += 1
    _seen[key] = entry
    flags, code, groups, groupindex, indexgroup = entry
    compiled: re.Pattern[str] = _sre.compile(
        source, flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup)
    return compiled
