"""Rendering a template: Jinja2's sandbox, strict about unknown variables, plain-text output.

Templates are typed by practice staff, so a template must never reach Python internals
(`{{ ''.__class__ }}`), never print an empty hole for a misspelt variable, and never hang the
app: `bounded.py` limits time, text, loops and numbers, at save, preview and send alike.
Every failure comes back as a `TemplateError` (a `TemplateLimitError` for a bound) whose
message says what to fix; nothing else, not even MemoryError, gets out of `render`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from functools import lru_cache

from jinja2 import StrictUndefined, Template, meta, nodes
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError

from frontdesk.services.errors import ValidationError
from frontdesk.services.wording.bounded import (
    LIMIT_HINT,
    TOO_BIG_NUMBER,
    BoundedEnvironment,
    LimitExceeded,
    fill,
)
from frontdesk.services.wording.context import MessageContext

TOO_DEEP = ("This message template nests or calls itself too deeply "
            "(a macro that calls itself?).")
TOO_MUCH_MEMORY = "This message template needs too much memory to fill in."


class TemplateError(ValidationError):
    """A template that cannot be rendered; `str(err)` tells staff what to change."""

    def __init__(self, message: str, *, hint: str = "", variable: str | None = None,
                 line: int | None = None, available: tuple[str, ...] = ()) -> None:
        super().__init__("template", message, hint=hint)
        self.variable = variable
        self.line = line
        self.available = available


class TemplateLimitError(TemplateError):
    """The template went over a bound (time, length, loops, memory): it must not be sent,
    and it is not silently replaced by the words below it either (staff must see it)."""


def _limit_error(message: str) -> TemplateLimitError:
    return TemplateLimitError(message, hint=LIMIT_HINT)


# autoescape off: every channel here is plain text (SMS, WhatsApp, plain-text email).
ENVIRONMENT = BoundedEnvironment(undefined=StrictUndefined, autoescape=False)
KNOWN_GLOBALS = frozenset(ENVIRONMENT.globals)


def _values(context: MessageContext | Mapping[str, object]) -> dict[str, object]:
    if isinstance(context, MessageContext):
        return context.as_dict()
    return dict(context)


def _clean(err: Exception) -> str:
    return str(err).strip().rstrip(".")


def _syntax_error(err: TemplateSyntaxError) -> TemplateError:
    return TemplateError(
        f"The template has a mistake on line {err.lineno}: {(err.message or '').rstrip('.')}.",
        hint="Variables are written {{ like_this }} and conditions "
             "{% if is_telehealth %}…{% else %}…{% endif %}.",
        line=err.lineno,
    )


@lru_cache(maxsize=512)
def _parse(text: str) -> tuple[Template, frozenset[str]]:
    """The compiled template and the variables it reads without setting them."""
    try:
        tree = ENVIRONMENT.parse(text)
        compiled = ENVIRONMENT.from_string(tree)
    except TemplateSyntaxError as err:
        raise _syntax_error(err) from None
    except RecursionError:  # "((((…" four thousand deep
        raise _limit_error(TOO_DEEP) from None
    except MemoryError:
        raise _limit_error(TOO_MUCH_MEMORY) from None
    return compiled, frozenset(meta.find_undeclared_variables(tree)) - KNOWN_GLOBALS


def _unknown(name: str, available: tuple[str, ...], line: int | None) -> TemplateError:
    close = difflib.get_close_matches(name, available, n=1)
    suggestion = f" Did you mean “{close[0]}”?" if close else ""
    where = f" on line {line}" if line else ""
    return TemplateError(
        f"The template uses “{name}”{where}, which is not a message variable.{suggestion}",
        hint="Available: " + ", ".join(available) + ".",
        variable=name, line=line, available=available,
    )


def _line_of(text: str, name: str) -> int | None:
    for node in ENVIRONMENT.parse(text).find_all(nodes.Name):
        if node.name == name:
            return node.lineno
    return None


def variables_used(template_text: str) -> frozenset[str]:
    """The variables a template reads (raises TemplateError on a syntax error)."""
    return _parse(template_text)[1]


def check_syntax(template_text: str,
                 available: tuple[str, ...] | None = None) -> None:
    """Raise TemplateError if the text does not parse or reads a variable not in `available`
    (default: every `MessageContext` field). Cheap enough to run on each keystroke."""
    names = available if available is not None else tuple(sorted(MessageContext().as_dict()))
    for name in sorted(variables_used(template_text)):
        if name not in names:
            raise _unknown(name, tuple(sorted(names)), _line_of(template_text, name))


# "a las 3:00 p. m.." -> "a las 3:00 p. m.": a sentence that ends on an abbreviation takes
# no second period. The only tidying render does.
_DOUBLE_PERIOD = re.compile(r"\b([ap]\. ?m\.)\.(?!\.)", re.IGNORECASE)


def tidy(text: str) -> str:
    return _DOUBLE_PERIOD.sub(r"\1", text).strip()


def render(template_text: str, context: MessageContext | Mapping[str, object]) -> str:
    """The text with its variables filled in, stripped of leading and trailing blank space
    (and no doubled period after "p. m.")."""
    values = _values(context)
    available = tuple(sorted(values))
    check_syntax(template_text, available)
    compiled = _parse(template_text)[0]
    try:
        return tidy(fill(compiled, values))
    except LimitExceeded as err:
        raise _limit_error(str(err)) from None
    except RecursionError:
        raise _limit_error(TOO_DEEP) from None
    except MemoryError:
        raise _limit_error(TOO_MUCH_MEMORY) from None
    except OverflowError:
        raise _limit_error(TOO_BIG_NUMBER) from None
    except SecurityError as err:
        raise TemplateError(
            f"The template tries something message templates may not do ({_clean(err)}).",
            hint="Use only the message variables, e.g. {{ client_first_name }}.",
            available=available,
        ) from None
    except UndefinedError as err:
        raise TemplateError(
            f"The template asks for something that does not exist: {_clean(err)}.",
            hint="Available: " + ", ".join(available) + ".", available=available,
        ) from None
    except TemplateSyntaxError as err:  # raised late by some constructs
        raise _syntax_error(err) from None
    except Exception as err:  # a filter misused, {% include %} without a loader, 1/0, ...
        raise TemplateError(f"The template could not be filled in: {_clean(err)}.",
                            available=available) from None
