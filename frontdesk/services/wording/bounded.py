"""The bounded sandbox: a staff-typed template can take only so much time, text and memory.

Jinja runs a template as Python in the caller's thread (the dispatcher's worker thread), so
nothing outside can stop it: the sandbox stops itself. Every call, attribute, operator,
filter, loop step and output chunk checks one per-render `Budget` (a deadline and a step
count); what builds text or numbers is capped *before* it allocates (`range`, `*`, `**`,
`+`, `~`, `%`, `str.format`, padding filters and methods, `replace`, `join`); `lipsum` is
refused; the output stops at `MAX_OUTPUT` characters. Going over raises `LimitExceeded`
with a message written for staff. `fill(compiled, values)` is the one way to render.
"""

from __future__ import annotations

import operator
import re
import string
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from functools import update_wrapper
from typing import Any

from jinja2 import Template, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

MAX_SECONDS = 0.5  # a real message fills in within a few milliseconds
MAX_OUTPUT = 20_000  # characters: ~10 SMS segments is 1,530; an email body fits easily
MAX_TEXT = 20_000  # the longest piece of text (or list) a template may build on the way
MAX_RANGE = 100  # range() items
MAX_LOOP_STEPS = 10_000  # loop iterations in one render, all loops together
MAX_WIDTH = 1_000  # padding: center/ljust/rjust/zfill/indent and format widths
MAX_INT_BITS = 128  # about 38 digits; a message never needs more

TOO_SLOW = (f"This message template takes too long to fill in (over {MAX_SECONDS:g} s), "
            "so it was stopped.")
TOO_LONG = f"This message template makes a message longer than {MAX_OUTPUT:,} characters."
TOO_MUCH_TEXT = (f"This message template builds a piece of text longer than {MAX_TEXT:,} "
                 "characters on the way.")
TOO_MANY_STEPS = (f"This message template repeats itself too often (more than "
                  f"{MAX_LOOP_STEPS:,} loop steps).")
TOO_WIDE = f"This message template pads text wider than {MAX_WIDTH:,} characters."
TOO_BIG_NUMBER = "This message template works with a number too large for a message."
LONG_RANGE = f"This message template counts further than range() allows ({MAX_RANGE} items)."
TOO_MANY_PARTS = (f"This message template splits a list into too many parts (batch and "
                  f"slice allow {MAX_RANGE}).")
NO_LIPSUM = "This message template uses lipsum(), placeholder text no message should carry."
LIMIT_HINT = ("Loops, padding and repeated text are limited so that one template cannot stop "
              "every other message; keep to the message variables and simple conditions.")


class LimitExceeded(Exception):
    """A render went over a bound; `str(err)` says which, in words for staff."""


@dataclass
class Budget:
    deadline: float
    steps: int = 0


_BUDGET: ContextVar[Budget | None] = ContextVar("template_budget", default=None)


def tick() -> None:
    """Stop the render if its time is up (a no-op outside `fill`)."""
    budget = _BUDGET.get()
    if budget is not None and time.monotonic() > budget.deadline:
        raise LimitExceeded(TOO_SLOW)


def _text_size(value: Any, limit: int = MAX_TEXT) -> int:
    """About how long `str(value)` is, counting no further than just past `limit`
    (so a tuple that nests itself forty times is measured in microseconds)."""
    total, stack = 0, [value]
    while stack and total <= limit:
        item = stack.pop()
        if isinstance(item, str | bytes):
            total += len(item) + 2
        elif isinstance(item, Mapping):
            total += 2 * len(item) + 2
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            total += 2 * len(item) + 2
            stack.extend(item)
        else:
            total += 8
    return total


def _check_text(value: Any) -> Any:
    if isinstance(value, str | bytes | list | tuple | dict | set | frozenset) \
            and _text_size(value) > MAX_TEXT:
        raise LimitExceeded(TOO_MUCH_TEXT)
    return value


def _check_width(width: Any) -> None:
    if isinstance(width, int) and width > MAX_WIDTH:
        raise LimitExceeded(TOO_WIDE)


_PERCENT_FIELD = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")


def _check_percent_format(text: str) -> None:
    for width, precision in _PERCENT_FIELD.findall(text):
        for number in (width, precision):
            if number == "*" or (number and int(number) > MAX_WIDTH):
                raise LimitExceeded(TOO_WIDE)


def _check_brace_format(text: str) -> None:
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError:
        return  # str.format itself will say what is wrong
    for _, _, spec, _ in fields:
        if spec and ("{" in spec or any(int(n) > MAX_WIDTH for n in re.findall(r"\d+", spec))):
            raise LimitExceeded(TOO_WIDE)


def _check_replace(text: str, old: Any, new: Any) -> None:
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str):
        grows = text.count(old) * max(len(new) - len(old), 0)
        if len(text) + grows > MAX_TEXT:
            raise LimitExceeded(TOO_MUCH_TEXT)


def _check_join(items: Iterable[Any], separator: Any) -> list[Any]:
    items = list(items)
    sep = len(separator) if isinstance(separator, str) else 0
    if sum(_text_size(x) for x in items) + sep * len(items) > MAX_TEXT:
        raise LimitExceeded(TOO_MUCH_TEXT)
    return items


WIDTH_METHODS = {"center": 0, "ljust": 0, "rjust": 0, "zfill": 0, "expandtabs": 0}


def _check_str_method(method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
                      ) -> tuple[Any, ...]:
    """Pre-checks for str methods that can build a lot from a little; returns the args."""
    owner, name = getattr(method, "__self__", None), getattr(method, "__name__", "")
    if not isinstance(owner, str):
        return args
    if name in WIDTH_METHODS:
        for value in (*args, *kwargs.values()):
            _check_width(value)
    elif name == "replace" and len(args) >= 2:
        _check_replace(owner, args[0], args[1])
    elif name == "join" and args:
        args = (_check_join(args[0], owner), *args[1:])
    return args


def _bounded_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise LimitExceeded(LONG_RANGE)
    return numbers


def _no_lipsum(*args: Any, **kwargs: Any) -> str:
    raise LimitExceeded(NO_LIPSUM)


def _loop_steps(items: Any) -> Iterator[Any]:
    """What every `{% for %}` iterates: counted against the render's step budget."""
    budget = _BUDGET.get()
    for item in items:
        if budget is not None:
            budget.steps += 1
            if budget.steps > MAX_LOOP_STEPS:
                raise LimitExceeded(TOO_MANY_STEPS)
            if time.monotonic() > budget.deadline:
                raise LimitExceeded(TOO_SLOW)
        yield item


def _bounded_concat(parts: list[Any]) -> str:
    """`a ~ b`: measured before it is joined."""
    tick()
    if sum(_text_size(p) for p in parts) > MAX_TEXT:
        raise LimitExceeded(TOO_MUCH_TEXT)
    return "".join(str(p) for p in parts)


LOOP_FILTER, CONCAT_FILTER = "_bounded_loop", "_bounded_concat"


class _Bounds(NodeTransformer):
    """Route every loop's items and every `~` through the bounded helpers."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Filter(node.iter, LOOP_FILTER, [], [], None, None,
                                 lineno=node.iter.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Filter(nodes.List(node.nodes, lineno=node.lineno), CONCAT_FILTER, [], [],
                            None, None, lineno=node.lineno)


def _filter_guard(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that ticks, measures what it is given where that matters, and what it gives."""
    passes_first = getattr(func, "jinja_pass_arg", None) is not None

    def guarded(*args: Any, **kwargs: Any) -> Any:
        tick()
        values = list(args[1:] if passes_first else args)
        if name in ("batch", "slice"):  # a part size or count: bounded before it allocates
            count = values[1] if len(values) > 1 else kwargs.get(
                "linecount" if name == "batch" else "slices")
            if isinstance(count, int) and count > MAX_RANGE:
                raise LimitExceeded(TOO_MANY_PARTS)
        if name in ("center", "indent") and len(values) > 1:
            _check_width(values[1])
        for key in ("width",):
            if name in ("center", "indent") and key in kwargs:
                _check_width(kwargs[key])
        if name == "format" and values and isinstance(values[0], str):
            _check_percent_format(values[0])
        if name == "replace" and len(values) >= 3:
            _check_replace(str(values[0]), values[1], values[2])
        if name == "join" and values:
            values[0] = _check_join(values[0], values[1] if len(values) > 1 else "")
            args = (args[0], *values) if passes_first else tuple(values)
        for value in values[:1]:
            _check_text(value)
        return _check_text(func(*args, **kwargs))

    return update_wrapper(guarded, func)


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """The message sandbox: no mutation of lists/dicts, and a budget on everything else."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(finalize=_finalize, **options)
        self.filters = {name: _filter_guard(name, f) for name, f in self.filters.items()}
        self.filters[LOOP_FILTER] = _loop_steps
        self.filters[CONCAT_FILTER] = _bounded_concat
        self.globals["range"] = _bounded_range
        self.globals["lipsum"] = _no_lipsum

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        template: nodes.Template = _Bounds().visit(super()._parse(source, name, filename))
        return template

    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        tick()
        if operator_ == "**":
            if isinstance(left, int) and isinstance(right, int) and right > 0 \
                    and abs(left) > 1 and left.bit_length() * right > MAX_INT_BITS:
                raise LimitExceeded(TOO_BIG_NUMBER)
            return _check_number(operator.pow(left, right))
        if operator_ == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(count, int) \
                        and len(seq) * count > MAX_TEXT:
                    raise LimitExceeded(TOO_MUCH_TEXT)
            return _check_number(_check_text(operator.mul(left, right)))
        if operator_ == "+":
            if isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple) \
                    and len(left) + len(right) > MAX_TEXT:
                raise LimitExceeded(TOO_MUCH_TEXT)
            return _check_number(operator.add(left, right))
        if isinstance(left, str):  # "%"
            _check_percent_format(left)
            _check_text(right)
            return _check_text(operator.mod(left, right))
        return operator.mod(left, right)

    def call_unop(self, context: Any, operator_: str, arg: Any) -> Any:
        tick()
        return super().call_unop(context, operator_, arg)

    def getattr(self, obj: Any, attribute: str) -> Any:
        tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        tick()
        return super().getitem(obj, argument)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        _check_brace_format(value.__self__)
        return wrapped

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        tick()
        for value in (*args, *kwargs.values()):
            _check_text(value)
        args = _check_str_method(__obj, args, kwargs)
        return _check_text(super().call(__context, __obj, *args, **kwargs))


def _check_number(value: Any) -> Any:
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise LimitExceeded(TOO_BIG_NUMBER)
    return value


def _finalize(value: Any) -> Any:
    """Each `{{ … }}` on its way out: never a container that prints as gigabytes."""
    tick()
    return _check_text(value)


def fill(compiled: Template, values: Mapping[str, object]) -> str:
    """Render under the budget: stopped after `MAX_SECONDS` or `MAX_OUTPUT` characters."""
    token = _BUDGET.set(Budget(time.monotonic() + MAX_SECONDS))
    chunks = compiled.generate(values)
    try:
        parts: list[str] = []
        total = 0
        for chunk in chunks:
            total += len(chunk)
            if total > MAX_OUTPUT:
                raise LimitExceeded(TOO_LONG)
            tick()
            parts.append(chunk)
        return "".join(parts)
    finally:
        chunks.close()  # type: ignore[attr-defined]  # typed as Iterator; it is a generator
        _BUDGET.reset(token)
