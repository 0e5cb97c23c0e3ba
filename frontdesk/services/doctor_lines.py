"""One line of the installation check: what was looked at, OK / WARNING / PROBLEM, what was
found in words, and what to do. Lines never carry client data."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    OK = "ok"
    WARNING = "warning"  # works, but needs looking at (or could not be checked)
    PROBLEM = "problem"  # something FrontDesk needs does not work

    @property
    def word(self) -> str:
        return self.value.upper()


EXIT = {Level.OK: 0, Level.WARNING: 1, Level.PROBLEM: 2}  # exit status for scripts


@dataclass(frozen=True)
class Check:
    name: str
    level: Level
    words: str
    what_to_do: str = ""

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "level": self.level.value, "words": self.words,
                "what_to_do": self.what_to_do}


def ok(name: str, words: str) -> Check:
    return Check(name, Level.OK, words)


def warning(name: str, words: str, what_to_do: str = "") -> Check:
    return Check(name, Level.WARNING, words, what_to_do)


def problem(name: str, words: str, what_to_do: str = "") -> Check:
    return Check(name, Level.PROBLEM, words, what_to_do)


def not_checked(name: str, why: str) -> Check:
    """A line that could not be looked at because of another line's finding."""
    return warning(name, f"Not checked: {why}.")


def worst(checks: Iterable[Check]) -> Level:
    levels = {c.level for c in checks}
    return next((lv for lv in (Level.PROBLEM, Level.WARNING) if lv in levels), Level.OK)


def exit_status(checks: Iterable[Check]) -> int:
    """0: every line OK; 1: a WARNING; 2: a PROBLEM."""
    return EXIT[worst(checks)]


def tally(checks: Iterable[Check]) -> str:
    """"2 problems, 1 warning" / "Everything is OK"."""
    checks = list(checks)
    counts = [(sum(c.level is lv for c in checks), word) for lv, word in
              ((Level.PROBLEM, "problem"), (Level.WARNING, "warning"))]
    said = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in counts if n]
    return ", ".join(said) if said else f"Everything is OK ({len(checks)} checks)"


def as_text(checks: Iterable[Check], *, width: int = 9) -> str:
    """Plain text, a line each (ASCII words, for any terminal), what to do indented below."""
    out = []
    for c in checks:
        out.append(f"{c.level.word:<{width}}{c.name}: {c.words}")
        if c.what_to_do and c.level is not Level.OK:
            out.append(f"{'':<{width}}What to do: {c.what_to_do}")
    return "\n".join(out)
