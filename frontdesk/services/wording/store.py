"""The practice's own message words: template overrides kept in the database.

    store = TemplateStore(sessions, clock)
    template, source = store.get(Step.DAY_BEFORE, Channel.SMS, Language.ENGLISH, None, False)
    warnings = store.save(Step.DAY_BEFORE, Channel.SMS, Language.ENGLISH, None, False,
                          "Hi {{ client_first_name }} …", "", actor="reception")
    store.reset(Step.DAY_BEFORE, Channel.SMS, Language.ENGLISH, None, False, actor="reception")

An override is keyed like `TemplateSet` wants it: (step, channel, language, clinician_id or None,
minimal). `clinician_id=None` is the practice's words; a clinician's own words win over the
practice's, which win over the defaults. The dispatcher reads `template_set()` at send time, so
an edit applies to the next message sent.

`save` refuses a template that cannot be rendered, or that goes over the rendering bounds
(`messages/bounded.py`) for the sample or for the longest data a client can have (a
`TemplateError` naming what to fix), and
returns the privacy, keyword and length warnings of one that can: those are advice, the
practice decides. Saves, resets and the neutral sender name are audited, without the words.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import Channel, Language, Step
from frontdesk.models import Clinician
from frontdesk.models.message_config import TemplateOverride
from frontdesk.services import audit
from frontdesk.services.errors import NotFoundError, ValidationError
from frontdesk.services.practice import load_settings
from frontdesk.services.wording.checks import TemplateCheck, check_template
from frontdesk.services.wording.context import sample_context
from frontdesk.services.wording.privacy import privacy_warnings
from frontdesk.services.wording.rendering import TemplateError, check_syntax, render
from frontdesk.services.wording.sms_segments import segment_warning, segments
from frontdesk.services.wording.templates import Source, Template, TemplateSet, default_template

MAX_BODY = 4000  # characters; a text is at most a few segments, an email a few paragraphs
MAX_SUBJECT = 200  # the column's size
MAX_SENDER_NAME = 120
SAMPLE_PRACTICE = "Your practice"  # the preview's name until the practice has one

Key = tuple[Step, Channel, Language, int | None, bool]

__all__ = ["Source", "Template", "TemplateCheck", "TemplateError", "TemplateStore"]


def _key(step: Step | str, channel: Channel | str, language: Language | str,
         clinician_id: int | None, minimal: bool) -> Key:
    default_template(step, channel, language, minimal)  # raises ValidationError if unknown
    return Step(step), Channel(channel), Language(language), clinician_id, bool(minimal)


def _describe(key: Key) -> str:
    """The audit detail: which message, never its words."""
    step, channel, language, clinician_id, minimal = key
    who = "practice" if clinician_id is None else f"clinician {clinician_id}"
    return f"{step}/{channel}/{language}/{who}" + ("/minimal" if minimal else "")


class TemplateStore:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self.sessions = sessions
        self.clock = clock

    # -- reading ---------------------------------------------------------------------------

    def overrides(self) -> dict[Key, Template]:
        """Every stored override, in the shape `TemplateSet(overrides)` takes."""
        with self.sessions() as s:
            found: dict[Key, Template] = {}
            for row in s.scalars(select(TemplateOverride)):
                try:
                    key = _key(row.step, row.channel, row.language, row.clinician_id, row.minimal)
                except ValidationError:  # a step this version does not know: not ours to use
                    continue
                found[key] = Template(row.body, row.subject or "")
            return found

    def template_set(self) -> TemplateSet:
        """The defaults plus the stored overrides, as they are now."""
        return TemplateSet(self.overrides())

    def get(self, step: Step | str, channel: Channel | str, language: Language | str,
            clinician_id: int | None, minimal: bool) -> tuple[Template, Source]:
        """The words that would be used: the level's own override or the one below it."""
        resolved = self.template_set().lookup(step, channel, language, minimal,
                                              clinician_id=clinician_id)
        return resolved.template, resolved.source

    # -- checking ---------------------------------------------------------------------------

    def _practice(self, s: Session) -> tuple[str, str | None, list[str]]:
        settings = load_settings(s)
        names = [n for c in s.scalars(select(Clinician))
                 for n in (c.display_name, c.full_name) if n and n.strip()]
        return settings.name.strip() or SAMPLE_PRACTICE, settings.neutral_sender_name, names

    def preview(self, step: Step | str, channel: Channel | str, language: Language | str,
                clinician_id: int | None, minimal: bool, body: str, subject: str = "",
                telehealth: bool = False) -> TemplateCheck:
        """Everything the editor shows for the words as typed: an error that blocks saving,
        warnings, and the preview with sample data for an in-person or video appointment.

        Warnings and the segment count cover both kinds of appointment (the longer one).
        For a clinician's words the preview carries that clinician's name."""
        key = _key(step, channel, language, clinician_id, minimal)
        with self.sessions() as s:
            practice_name, sender, names = self._practice(s)
            clinician = s.get(Clinician, clinician_id) if clinician_id is not None else None
            shown = clinician.display_name if clinician else None
        return self._check(key, Template(body, subject), practice_name, sender, names,
                           telehealth, shown)

    def _check(self, key: Key, template: Template, practice_name: str, sender: str | None,
               names: list[str], telehealth: bool | None = None,
               clinician_name: str | None = None) -> TemplateCheck:
        step, channel, language, _, minimal = key
        if channel is not Channel.EMAIL:
            template = Template(template.body)
        check = check_template(template, step, channel, language, minimal=minimal,
                               clinician_names=names, practice_name=practice_name,
                               neutral_sender_name=sender)
        if check.error or telehealth is None:
            return check
        if telehealth == (step is Step.TELEHEALTH_LINK) and not clinician_name:
            return check  # check_template previewed this one already
        context = sample_context(language, step, telehealth=telehealth, minimal=minimal,
                                 channel=channel, practice_name=practice_name,
                                 neutral_sender_name=sender)
        if clinician_name and not minimal:
            context = replace(context, clinician_name=clinician_name)
        subject = render(template.subject, context) if channel is Channel.EMAIL else ""
        body = render(template.body, context)
        check = replace(check, preview=body, preview_subject=subject)
        if check.segments and segments(body).segments > check.segments.segments:
            # the clinician's own name made it longer than the sample: count what is shown
            warning = segment_warning(body)
            check = replace(check, segments=segments(body), warnings=check.warnings + (
                (warning,) if warning else ()))
        return check

    # -- writing ------------------------------------------------------------------------------

    def save(self, step: Step | str, channel: Channel | str, language: Language | str,
             clinician_id: int | None, minimal: bool, body: str, subject: str = "",
             actor: str = "") -> tuple[str, ...]:
        """Store the level's own words. Raises TemplateError (field "body" or "subject") if
        they cannot be rendered; returns the warnings (privacy, keywords, length) otherwise.

        An email subject left blank keeps the subject of the level below."""
        key = _key(step, channel, language, clinician_id, minimal)
        email = key[1] is Channel.EMAIL
        subject = subject.strip() if email else ""
        if not body.strip():
            raise ValidationError("body", "The message is empty.",
                                  hint="Type the words, or use “Reset to default”.")
        if len(body) > MAX_BODY:
            raise ValidationError("body", f"The message is {len(body):,} characters long; "
                                  f"the most it may be is {MAX_BODY:,}.")
        if len(subject) > MAX_SUBJECT:
            raise ValidationError("subject", f"The subject is {len(subject)} characters long; "
                                  f"the most it may be is {MAX_SUBJECT}.")
        for field, text in (("body", body), ("subject", subject)):
            try:
                check_syntax(text)
            except TemplateError as err:
                err.field = field
                raise
        with self.sessions.begin() as s:
            if clinician_id is not None and s.get(Clinician, clinician_id) is None:
                raise NotFoundError("That clinician no longer exists.")
            practice_name, sender, names = self._practice(s)
            check = self._check(key, Template(body, subject), practice_name, sender, names)
            if check.error:
                raise TemplateError(check.error)
            row = self._row(s, key) or TemplateOverride(
                step=key[0].value, channel=key[1], language=key[2], clinician_id=clinician_id,
                minimal=key[4])
            row.body, row.subject = body, subject
            row.updated_at, row.updated_by = self.clock.now(), actor or "unknown"
            s.add(row)
            s.flush()
            audit.record(s, self.clock, actor, "save", "template_override", row.id,
                         _describe(key) + (f" ({len(check.warnings)} warnings)"
                                           if check.warnings else ""))
            return check.warnings

    def reset(self, step: Step | str, channel: Channel | str, language: Language | str,
              clinician_id: int | None, minimal: bool,
              actor: str = "") -> tuple[Template, Source]:
        """Delete the level's own words; the level below applies again. Returns what now does."""
        key = _key(step, channel, language, clinician_id, minimal)
        with self.sessions.begin() as s:
            row = self._row(s, key)
            if row is not None:
                audit.record(s, self.clock, actor, "reset", "template_override", row.id,
                             _describe(key))
                s.delete(row)
        return self.get(*key)

    @staticmethod
    def _row(s: Session, key: Key) -> TemplateOverride | None:
        step, channel, language, clinician_id, minimal = key
        who = (TemplateOverride.clinician_id.is_(None) if clinician_id is None
               else TemplateOverride.clinician_id == clinician_id)
        return s.scalars(select(TemplateOverride).where(
            TemplateOverride.step == step.value, TemplateOverride.channel == channel,
            TemplateOverride.language == language, TemplateOverride.minimal.is_(minimal),
            who)).first()

    # -- the name shared-phone texts are sent under ---------------------------------------------

    def neutral_sender_name(self) -> str | None:
        """The name minimal (shared-phone) texts carry instead of the practice's; None: not set,
        the practice's own name is used."""
        with self.sessions() as s:
            return load_settings(s).neutral_sender_name

    def set_neutral_sender_name(self, name: str | None, actor: str) -> tuple[str, ...]:
        """Set it (blank clears it: the practice's name is used). Returns privacy warnings."""
        cleaned = " ".join((name or "").split()) or None
        if cleaned and len(cleaned) > MAX_SENDER_NAME:
            raise ValidationError("neutral_sender_name",
                                  f"The sender name may be at most {MAX_SENDER_NAME} characters.")
        warnings: tuple[str, ...] = ()
        with self.sessions.begin() as s:
            if cleaned:
                names = self._practice(s)[2]
                warnings = tuple(dict.fromkeys(
                    w for lang in Language
                    for w in privacy_warnings(cleaned, lang, minimal=True,
                                              clinician_names=names)))
            load_settings(s).neutral_sender_name = cleaned
            audit.record(s, self.clock, actor, "update", "practice_settings", 1,
                         "neutral sender name " + ("set" if cleaned else "cleared"))
        return warnings
