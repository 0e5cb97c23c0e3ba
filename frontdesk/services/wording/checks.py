"""Everything the template editor shows for one text, in one call: can it be used, what it
looks like with sample data, how many segments, and what it may give away.

The preview is rendered for an in-person and a video appointment (a template's two branches),
and the privacy check reads both the template and the previews, so the practice's own name,
a clinician's credentials or a tell-tale link are caught too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from frontdesk.domain import Channel, Language, Step
from frontdesk.services.wording.context import (
    MessageContext,
    sample_context,
    worst_case_context,
)
from frontdesk.services.wording.privacy import privacy_warnings
from frontdesk.services.wording.rendering import TemplateError, check_syntax, render
from frontdesk.services.wording.sms_segments import SegmentInfo, segment_warning, segments
from frontdesk.services.wording.templates import Template

# Twilio opts out anyone who replies CANCEL by SMS; asking for it would lose the client.
CANCEL_KEYWORD = re.compile(
    r"\b(?:reply|text|send|respond|responda|env[ií]e|escriba|conteste)\s+(?:with\s+|con\s+)?"
    r"[\"'“‘]?cancel(?:ar)?\b|(?-i:\bCANCEL\b)", re.IGNORECASE)
REPLY_LETTERS = re.compile(r"\bC\b.*\bR\b.*\bX\b", re.DOTALL)
SAMPLE_CLINICIAN = "Sam Rivera"


@dataclass(frozen=True)
class TemplateCheck:
    error: str | None  # why the template cannot be used; None when it can
    warnings: tuple[str, ...]  # privacy, keywords, length: advice, not blocks
    preview_subject: str  # "" except for email
    preview: str  # the body with sample data (in person; video for the video-link step)
    segments: SegmentInfo | None  # SMS only: the longer of the two previews

    @property
    def ok(self) -> bool:
        return self.error is None


def keyword_warnings(text: str, step: Step | str | None = None) -> list[str]:
    """Replies the text asks for that would go wrong (a bare CANCEL; missing C/R/X)."""
    found = []
    match = CANCEL_KEYWORD.search(text)
    if match:
        found.append(f"“{match.group()}”: a client who replies CANCEL is opted out of all "
                     "texts by Twilio. Ask for X to cancel (C to confirm, R to reschedule).")
    if step is not None and Step(step) is Step.CONFIRMATION_REQUEST \
            and not REPLY_LETTERS.search(text):
        found.append("The confirmation request does not offer C, R and X: replies are read "
                     "by those letters.")
    return found


def worst_case_error(template: Template, step: Step | str, channel: Channel,
                     language: Language | str, minimal: bool) -> str | None:
    """Why the template cannot be filled in for the longest names, address and link a client
    can have (in person and by video), under the same bounds as a send; None if it can.
    A template cheap on the sample may loop or grow on real data."""
    for video in (False, True):
        context = worst_case_context(language, step, telehealth=video, minimal=minimal,
                                     channel=channel)
        try:
            for text in (template.body, template.subject if channel is Channel.EMAIL else ""):
                if text:
                    render(text, context)
        except TemplateError as err:
            return f"With the longest names and address a client can have: {err}"
    return None


def check_template(
    template: Template | str,
    step: Step | str,
    channel: Channel | str,
    language: Language | str,
    *,
    minimal: bool = False,
    context: MessageContext | None = None,
    clinician_names: Iterable[str] = (),
    practice_name: str = "Maple Street Practice",
    neutral_sender_name: str | None = None,
) -> TemplateCheck:
    """Check one template as the editor holds it (a str is the body).

    Without `context`, the preview uses sample data with the practice's `practice_name` and
    `neutral_sender_name`; `clinician_names` are the names a minimal text must not carry.
    """
    if isinstance(template, str):
        template = Template(template)
    channel = Channel(channel)
    parts = [template.body] + ([template.subject] if channel is Channel.EMAIL else [])
    try:
        for text in parts:
            check_syntax(text)
    except TemplateError as err:
        return TemplateCheck(str(err), (), "", "", None)

    if context is not None:
        contexts = [context]
    else:
        video_first = Step(step) is Step.TELEHEALTH_LINK
        contexts = [sample_context(language, step, telehealth=video, minimal=minimal,
                                   channel=channel, practice_name=practice_name,
                                   neutral_sender_name=neutral_sender_name)
                    for video in (video_first, not video_first)]
    try:
        previews = [(render(template.subject, c) if channel is Channel.EMAIL else "",
                     render(template.body, c)) for c in contexts]
    except TemplateError as err:
        return TemplateCheck(str(err), (), "", "", None)
    worst = worst_case_error(template, step, channel, language, minimal)
    if worst is not None:
        return TemplateCheck(worst, (), "", "", None)

    names = [*clinician_names, *([SAMPLE_CLINICIAN] if context is None else [])]
    warnings: list[str] = []
    for text in (*parts, *(p for pair in previews for p in pair)):
        warnings += privacy_warnings(text, language, minimal=minimal, clinician_names=names)
        if channel is not Channel.EMAIL:
            warnings += keyword_warnings(text)
    if channel is not Channel.EMAIL:
        warnings += keyword_warnings(previews[0][1], step)
    info = None
    if channel is Channel.SMS:
        longest = max((body for _, body in previews), key=lambda b: segments(b).segments)
        info = segments(longest)
        warning = segment_warning(longest)
        if warning:
            warnings.append(warning)
    subject, body = previews[0]
    return TemplateCheck(None, tuple(dict.fromkeys(warnings)), subject, body, info)
