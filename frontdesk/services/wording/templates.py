"""Message templates: the defaults, the override lookup and rendering.

Every (step, channel, language, minimal) has a default (`DEFAULTS`). A practice may override
any of them, and a clinician may override the practice; overrides arrive as plain data,

    {(step, channel, language, clinician_id or None, minimal): Template | str | mapping}

(a str is the body; a mapping has "body" and optionally "subject"). Storing them is not this
module's job. `lookup` picks the most specific: clinician → practice → default. It never
crosses languages, and it never crosses from minimal to full or back: a shared-phone client
gets a minimal text or nothing. A blank override counts as no override; an email override
without a subject keeps the subject of the level below it.

`TemplateSet.render` fills a template in; if an override cannot be rendered (say it names a
variable that no longer exists) it falls back to the next level and says so in `problems`,
because a reminder that goes out in default words beats one that does not go out. An override
that goes over a bound (`TemplateLimitError`: too slow, too long, too big) is not skipped: it
fails its message, so the dispatcher marks it FAILED with the reason and tells staff.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from frontdesk.domain import Channel, Language, Step
from frontdesk.services.errors import ValidationError
from frontdesk.services.wording import defaults_en, defaults_es
from frontdesk.services.wording.context import (
    VARIABLES,
    MessageContext,
    build_context,
    sample_context,
)
from frontdesk.services.wording.rendering import (
    TemplateError,
    TemplateLimitError,
    check_syntax,
    render,
    variables_used,
)

__all__ = [
    "DEFAULTS", "VARIABLES", "MessageContext", "RenderedMessage", "Resolved", "Source",
    "Template", "TemplateError", "TemplateLimitError", "TemplateSet", "build_context",
    "check_syntax", "default_template", "lookup", "render", "sample_context", "variables_used",
]


@dataclass(frozen=True)
class Template:
    body: str
    subject: str = ""  # email only


class Source(StrEnum):
    CLINICIAN = "clinician"
    PRACTICE = "practice"
    DEFAULT = "default"


@dataclass(frozen=True)
class Resolved:
    template: Template
    source: Source
    below: tuple[tuple[Template, Source], ...] = ()  # the levels it overrides, nearest first


@dataclass(frozen=True)
class RenderedMessage:
    body: str
    subject: str  # "" except for email
    source: Source  # whose words were used
    problems: tuple[str, ...] = ()  # overrides that could not be rendered and were skipped


OverrideKey = tuple[Step | str, Channel | str, Language | str, int | None, bool]
_Key = tuple[Step, Channel, Language, int | None, bool]
# (A mapping's key type is invariant: the stored overrides' exact keys are named apart.)
Overrides = Mapping[OverrideKey, "Template | str | Mapping[str, str]"] | Mapping[_Key, "Template"]


def _build_defaults() -> dict[tuple[Step, Channel, Language, bool], Template]:
    table = {}
    for language, texts in ((Language.ENGLISH, defaults_en.TEXTS),
                            (Language.SPANISH, defaults_es.TEXTS)):
        for step in Step:
            t = texts[step]
            for minimal, suffix in ((False, ""), (True, "_min")):
                sms = t["sms" + suffix]
                table[step, Channel.SMS, language, minimal] = Template(sms)
                table[step, Channel.WHATSAPP, language, minimal] = Template(
                    t.get("whatsapp" + suffix, sms))
                table[step, Channel.EMAIL, language, minimal] = Template(
                    t["email" + suffix], t["subject" + suffix])
    return table


DEFAULTS = _build_defaults()


def _enums(step: Step | str, channel: Channel | str,
           language: Language | str) -> tuple[Step, Channel, Language]:
    for enum, value, field in ((Step, step, "step"), (Channel, channel, "channel"),
                               (Language, language, "language")):
        try:
            enum(value)
        except ValueError:
            raise ValidationError(field, f"“{value}” is not a known {field}.") from None
    return Step(step), Channel(channel), Language(language)


def default_template(step: Step | str, channel: Channel | str, language: Language | str,
                     minimal: bool = False) -> Template:
    s, c, lang = _enums(step, channel, language)
    return DEFAULTS[s, c, lang, bool(minimal)]


def _as_template(value: Template | str | Mapping[str, str]) -> Template:
    if isinstance(value, Template):
        return value
    if isinstance(value, str):
        return Template(value)
    if isinstance(value, Mapping):
        return Template(str(value.get("body", "")), str(value.get("subject", "")))
    raise TypeError(f"an override must be a Template, str or mapping, not {type(value)}")


class TemplateSet:
    """The defaults plus one practice's overrides (normalised once, looked up many times)."""

    def __init__(self, overrides: Overrides | None = None) -> None:
        self._overrides: dict[_Key, Template] = {}
        for (step, channel, language, clinician_id, minimal), value in (overrides or {}).items():
            template = _as_template(value)
            if template.body.strip():
                key = (*_enums(step, channel, language), clinician_id, bool(minimal))
                self._overrides[key] = template

    def lookup(self, step: Step | str, channel: Channel | str, language: Language | str,
               minimal: bool = False, *, clinician_id: int | None = None) -> Resolved:
        s, c, lang = _enums(step, channel, language)
        levels: list[tuple[Template, Source]] = [(DEFAULTS[s, c, lang, bool(minimal)],
                                                  Source.DEFAULT)]
        practice = self._overrides.get((s, c, lang, None, bool(minimal)))
        if practice is not None:
            levels.insert(0, (practice, Source.PRACTICE))
        if clinician_id is not None:
            own = self._overrides.get((s, c, lang, clinician_id, bool(minimal)))
            if own is not None:
                levels.insert(0, (own, Source.CLINICIAN))
        if c is Channel.EMAIL:  # a missing subject comes from the level below
            for i in range(len(levels) - 2, -1, -1):
                template, source = levels[i]
                if not template.subject.strip():
                    levels[i] = (replace(template, subject=levels[i + 1][0].subject), source)
        else:
            levels = [(replace(t, subject=""), source) for t, source in levels]
        (template, source), *below = levels
        return Resolved(template, source, tuple(below))

    def render(self, step: Step | str, channel: Channel | str, language: Language | str,
               context: MessageContext | Mapping[str, object], *, minimal: bool = False,
               clinician_id: int | None = None) -> RenderedMessage:
        """The message to send. An override that fails to render is skipped (see problems)."""
        resolved = self.lookup(step, channel, language, minimal, clinician_id=clinician_id)
        problems: list[str] = []
        for template, source in ((resolved.template, resolved.source), *resolved.below):
            try:
                subject = render(template.subject, context) if template.subject else ""
                return RenderedMessage(render(template.body, context), subject, source,
                                       tuple(problems))
            except TemplateError as err:
                if isinstance(err, TemplateLimitError) and source is not Source.DEFAULT:
                    # a runaway override fails its message, for staff to see and fix
                    raise TemplateLimitError(f"The {source} words for “{Step(step).label}” "
                                             f"cannot be used: {err.message}",
                                             hint=err.hint) from None
                if source is Source.DEFAULT:
                    raise
                problems.append(f"The {source} template for “{Step(step).label}” could not be "
                                f"used, so the next one was: {err}")
        raise AssertionError("unreachable: the default level always ends the loop")


def lookup(step: Step | str, channel: Channel | str, language: Language | str,
           minimal: bool = False, overrides: Overrides | None = None, *,
           clinician_id: int | None = None) -> Resolved:
    """The most specific template: the clinician's, else the practice's, else the default."""
    return TemplateSet(overrides).lookup(step, channel, language, minimal,
                                         clinician_id=clinician_id)
