"""WhatsApp's 24-hour rule: free text only within 24 hours of the client's last WhatsApp
message; outside it, only a template Meta approved for the practice's sender.

The practice creates its templates in Twilio's Content Template Builder, gets them approved,
and enters each one's ContentSid (HX…) here, per step and language. The variables a template
may use are fixed (`TEMPLATE_VARIABLES`) and filled at send time like any other message.
A step without an approved template, or a shared-phone client (an approved template cannot
be made minimal), goes by SMS or email instead; the dispatcher decides which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import REPLY_STEPS, Language, Step
from frontdesk.models import Client, WhatsAppTemplate
from frontdesk.services import audit
from frontdesk.services.errors import FrontDeskError, ValidationError
from frontdesk.services.wording.context import MessageContext

WINDOW = timedelta(hours=24)
CONTENT_SID = re.compile(r"HX[0-9a-f]{32}")

# {{n}} in an approved template -> what FrontDesk puts there.
TEMPLATE_VARIABLES: dict[str, tuple[str, str]] = {
    "1": ("client_first_name", "the client's preferred or first name"),
    "2": ("when_text", "day and time, e.g. tomorrow at 3:00 PM"),
    "3": ("practice_name", "the practice's name"),
    "4": ("place", "the video link (telehealth) or the practice's address"),
    "5": ("practice_phone", "the practice's phone number"),
}
TEMPLATE_STEPS = tuple(s for s in Step if s not in REPLY_STEPS)  # replies are in the window


class NeedsOtherChannel(FrontDeskError):
    """This WhatsApp message cannot go now (outside the window, no usable template)."""


@dataclass(frozen=True)
class TemplateEntry:
    step: Step
    language: Language
    content_sid: str  # "" when none is set


def window_open(client: Client, now: datetime) -> bool:
    """True within 24 hours of the client's last WhatsApp message to the practice."""
    last = client.whatsapp_inbound_at
    return last is not None and now - last < WINDOW


def template_variables(context: MessageContext) -> dict[str, str]:
    """The template's variables for this message; empty ones are left out (Twilio then uses
    the template's sample value rather than refusing an empty variable)."""
    values = context.as_dict()
    values["place"] = context.session_link if context.is_telehealth else context.address
    out = {n: str(values[name]).strip() for n, (name, _) in TEMPLATE_VARIABLES.items()}
    return {n: v for n, v in out.items() if v}


def content_sid_for(s: Session, step: Step | str, language: Language) -> str | None:
    """The approved template for this step in the client's language, else in English."""
    rows = {r.language: r.content_sid for r in s.scalars(
        select(WhatsAppTemplate).where(WhatsAppTemplate.step == Step(step).value))}
    return rows.get(language) or rows.get(Language.ENGLISH)


class WhatsAppTemplates:
    """The practice's approved WhatsApp templates, per step and language (audited)."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self.sessions, self.clock = sessions, clock

    def entries(self) -> list[TemplateEntry]:
        """Every step × language, with its ContentSid or ""."""
        with self.sessions() as s:
            saved = {(r.step, r.language): r.content_sid
                     for r in s.scalars(select(WhatsAppTemplate))}
        return [TemplateEntry(step, lang, saved.get((step.value, lang), ""))
                for step in TEMPLATE_STEPS for lang in Language]

    def save(self, sids: dict[tuple[Step, Language], str], actor: str) -> None:
        """Set (or clear, with "") the ContentSid of each given step and language."""
        cleaned: dict[tuple[Step, Language], str] = {}
        for (step, language), sid in sids.items():
            sid = sid.strip()
            if sid and not CONTENT_SID.fullmatch(sid):
                raise ValidationError(
                    f"{Step(step).value}:{Language(language).value}",
                    f"“{sid[:40]}” is not a Content SID: it starts with HX followed by 32 "
                    "letters and digits (Twilio console → Content Template Builder).")
            cleaned[(Step(step), Language(language))] = sid
        now = self.clock.now()
        with self.sessions.begin() as s:
            saved = {(r.step, r.language): r for r in s.scalars(select(WhatsAppTemplate))}
            changed = []
            for (step, language), sid in cleaned.items():
                row = saved.get((step.value, language))
                if row is not None and not sid:
                    s.delete(row)
                elif row is not None and row.content_sid != sid:
                    row.content_sid, row.updated_at, row.updated_by = sid, now, actor
                elif row is None and sid:
                    s.add(WhatsAppTemplate(step=step.value, language=language, content_sid=sid,
                                           updated_at=now, updated_by=actor))
                else:
                    continue
                changed.append(f"{step.value}/{language.value}")
            if changed:
                audit.record(s, self.clock, actor, "whatsapp_templates", "practice", None,
                             "changed " + ", ".join(changed))
