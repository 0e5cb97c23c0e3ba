"""The variables a message template may use, filled from plain data in the recipient's terms.

`build_context` is what the dispatcher calls at send time (the session link is read then);
`sample_context` feeds the editor's live preview. Both return a `MessageContext`.

Shared-phone clients (`minimal=True`) get a context that cannot leak what a minimal text must
not say, even if a practice's own template asks for it: `clinician_name` and `modality_text`
are empty, and when the practice set a neutral sender name, `practice_name` *is* that name
(possibly empty: then minimal texts carry no name at all).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from frontdesk.domain import Channel, Language, Step
from frontdesk.services.contacts import format_phone
from frontdesk.services.errors import ValidationError
from frontdesk.services.wording import datetext
from frontdesk.services.wording.sms_segments import is_gsm7

# What the client is asked to reply. C / R / X in every language: a bare CANCEL is a Twilio
# opt-out keyword, and the reply reader (services/triage) maps the same letters.
REPLY_HINT = {
    Language.ENGLISH: "Reply C to confirm, R to reschedule, X to cancel.",
    Language.SPANISH: "Responda C para confirmar, R para reprogramar, X para cancelar.",
}
# Email replies land in the practice's mailbox and are read by staff, not parsed.
EMAIL_REPLY_HINT = {
    Language.ENGLISH: "To confirm, reschedule or cancel, just reply to this email.",
    Language.SPANISH: "Para confirmar, cambiar o cancelar su cita, responda a este correo.",
}
STOP_HINT = {
    Language.ENGLISH: "Reply STOP to opt out.",
    Language.SPANISH: "Responda STOP para darse de baja.",
}
EMAIL_STOP_HINT = {
    Language.ENGLISH: "If you would rather not get these emails, reply and let us know.",
    Language.SPANISH: "Si prefiere no recibir estos correos, responda y avísenos.",
}
MODALITY_TEXT = {
    Language.ENGLISH: ("by video", "in person"),
    Language.SPANISH: ("por video", "en persona"),
}


@dataclass(frozen=True)
class MessageContext:
    """Everything a template can say. All text, already in the recipient's language and zone."""

    client_first_name: str = ""
    practice_name: str = ""
    practice_phone: str = ""
    clinician_name: str = ""
    date_text: str = ""
    time_text: str = ""
    weekday: str = ""
    day_text: str = ""
    when_text: str = ""
    previous_when_text: str = ""
    time_zone: str = ""
    is_telehealth: bool = False
    modality_text: str = ""
    address: str = ""
    session_link: str = ""
    reply_hint: str = ""
    stop_hint: str = ""

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


VARIABLES: dict[str, str] = {
    "client_first_name": "The client's preferred name, or first name (e.g. Alex)",
    "practice_name": "The practice's name as clients see it; for shared-phone clients the "
                     "neutral sender name when the practice set one (may be empty)",
    "practice_phone": "The practice's phone number",
    "clinician_name": "The clinician's display name (empty for shared-phone clients)",
    "date_text": "The appointment's date (e.g. Tuesday, March 3)",
    "time_text": "The appointment's time (e.g. 3:00 PM)",
    "weekday": "The appointment's weekday (e.g. Tuesday)",
    "day_text": "today / tomorrow / on Tuesday, March 3",
    "when_text": "Day and time together (e.g. tomorrow at 3:00 PM)",
    "previous_when_text": "Where a moved appointment was before (e.g. on Monday, March 2 at "
                          "2:00 PM); empty otherwise",
    "time_zone": "The time zone's abbreviation (e.g. CST), only when the client's time zone "
                 "differs from the practice's; empty otherwise",
    "is_telehealth": "True for a video appointment (use in {% if is_telehealth %})",
    "modality_text": "by video / in person (empty for shared-phone clients)",
    "address": "The practice's address, on one line",
    "session_link": "The video link, read when the message is sent",
    "reply_hint": "How to answer (e.g. Reply C to confirm, R to reschedule, X to cancel.)",
    "stop_hint": "How to opt out (e.g. Reply STOP to opt out.)",
}


def _zone(name: str, field: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(field, f"“{name}” is not a time zone we know.") from None


def _language(language: Language | str) -> Language:
    try:
        return Language(language)
    except ValueError:
        raise ValidationError("language", f"There are no messages in “{language}”.",
                              hint="Use English (en) or Spanish (es).") from None


def build_context(
    *,
    language: Language | str,
    timezone: str,
    start: datetime,
    now: datetime,
    client_first_name: str,
    practice_name: str,
    practice_phone: str = "",
    clinician_name: str = "",
    is_telehealth: bool = False,
    address: str = "",
    session_link: str = "",
    channel: Channel | str = Channel.SMS,
    minimal: bool = False,
    neutral_sender_name: str | None = None,
    previous_start: datetime | None = None,
    practice_timezone: str | None = None,
) -> MessageContext:
    """The context for one message to one client.

    `start`, `now` and `previous_start` are aware datetimes (any zone); they are shown in
    `timezone`, the recipient's. `neutral_sender_name` (None: not set) replaces the practice
    name in minimal texts. `practice_timezone`, when given and different from the client's,
    makes `time_zone` carry the abbreviation so "3:00 PM" is not misread.
    """
    lang = _language(language)
    if not practice_name.strip():
        raise ValidationError("practice_name", "The practice needs a name before texts go out.",
                              hint="Texts must say who they are from.")
    if start.tzinfo is None or now.tzinfo is None:
        raise ValueError("start and now must be timezone-aware")
    zone = _zone(timezone, "timezone")
    local, today = start.astimezone(zone), now.astimezone(zone)
    email = Channel(channel) is Channel.EMAIL
    shown_zone = ""
    if practice_timezone and _zone(practice_timezone, "practice_timezone").key != zone.key:
        shown_zone = local.tzname() or ""
    sms = Channel(channel) is Channel.SMS

    def weekday(moment: datetime) -> bool:
        # An SMS with one character outside GSM-7 holds 70 characters instead of 160. The
        # only one a date phrase can carry is the á of "sábado": there, say "el 7 de marzo".
        return not sms or all(is_gsm7(ch) for ch in datetext.weekday_name(moment, lang))

    previous = ""
    if previous_start is not None:
        before = previous_start.astimezone(zone)
        previous = datetext.when_phrase(before, today, lang, weekday=weekday(before))
    name = practice_name.strip()
    if minimal and neutral_sender_name is not None:
        name = neutral_sender_name.strip()
    return MessageContext(
        client_first_name=client_first_name.strip(),
        practice_name=name,
        practice_phone=format_phone(practice_phone.strip()) or practice_phone.strip(),
        clinician_name="" if minimal else clinician_name.strip(),
        date_text=datetext.format_date(local.date(), lang),
        time_text=datetext.format_time(local, lang),
        weekday=datetext.weekday_name(local.date(), lang),
        day_text=datetext.day_phrase(local.date(), today.date(), lang, weekday=weekday(local)),
        when_text=datetext.when_phrase(local, today, lang, weekday=weekday(local)),
        previous_when_text=previous,
        time_zone=shown_zone,
        is_telehealth=is_telehealth,
        modality_text="" if minimal else MODALITY_TEXT[lang][0 if is_telehealth else 1],
        address=", ".join(line.strip(" ,") for line in address.splitlines() if line.strip()),
        session_link=session_link.strip(),
        reply_hint=(EMAIL_REPLY_HINT if email else REPLY_HINT)[lang],
        stop_hint=(EMAIL_STOP_HINT if email else STOP_HINT)[lang],
    )


SAMPLE_ZONE = "America/New_York"
# The sample appointment: Tuesday 3 March 2026 at 3:00 PM; a moved one was on Thursday 5 March
# at 11:00 AM. The preview's "now" depends on the step, so each reads as it will be sent.
SAMPLE_START = datetime(2026, 3, 3, 15, 0, tzinfo=ZoneInfo(SAMPLE_ZONE))
SAMPLE_PREVIOUS = datetime(2026, 3, 5, 11, 0, tzinfo=ZoneInfo(SAMPLE_ZONE))
SAMPLE_CLIENT = {Language.ENGLISH: "Alex", Language.SPANISH: "Ana"}
SAMPLE_SENT_BEFORE = {  # how long before the start each step's sample is "sent"
    Step.BOOKING_CONFIRMATION: timedelta(days=6),
    Step.CONFIRMATION_REQUEST: timedelta(hours=48),
    Step.DAY_BEFORE: timedelta(hours=24),
    Step.TELEHEALTH_LINK: timedelta(minutes=30),
    Step.MISSED_FOLLOW_UP: timedelta(hours=-1),
    Step.RESCHEDULE_NOTICE: timedelta(days=3),
    Step.CANCELLATION_NOTICE: timedelta(days=2),
}


def sample_context(
    language: Language | str = Language.ENGLISH,
    step: Step | str | None = None,
    *,
    telehealth: bool = False,
    minimal: bool = False,
    channel: Channel | str = Channel.SMS,
    practice_name: str = "Maple Street Practice",
    neutral_sender_name: str | None = None,
    start: datetime = SAMPLE_START,
    now: datetime | None = None,
    **changes: object,
) -> MessageContext:
    """Made-up data for the live preview; pass the practice's own name and sender name.

    `step` sets when the sample is "sent" (the day-before one says "tomorrow", the missed one
    "today"); without it, the day before. `changes` overrides any field afterwards.
    """
    lang = _language(language)
    if now is None:
        lead = SAMPLE_SENT_BEFORE.get(Step(step)) if step else None
        now = start - (lead if lead is not None else timedelta(hours=24))
    context = build_context(
        language=lang, timezone=SAMPLE_ZONE, start=start, now=now,
        client_first_name=SAMPLE_CLIENT[lang], practice_name=practice_name,
        practice_phone="(555) 010-0199", clinician_name="Sam Rivera",
        is_telehealth=telehealth, address="200 Maple Street, Suite 3\nSpringfield",
        session_link="https://meet.example.com/r/4x7k2p" if telehealth else "",
        channel=channel, minimal=minimal, neutral_sender_name=neutral_sender_name,
        previous_start=SAMPLE_PREVIOUS if Step(step or Step.DAY_BEFORE) is
        Step.RESCHEDULE_NOTICE else None,
    )
    # mypy checks each unpacked value against every field's type, str and bool alike.
    return replace(context, **changes) if changes else context  # type: ignore[arg-type]


# The longest a client's data can be (the columns' sizes): a template must stay within its
# bounds for these too, not only for "Alex" at "200 Maple Street".
LONGEST = {
    "client_first_name": ("Maximiliana " * 10)[:120],
    "practice_name": ("Northside Counselling Collective " * 7)[:200],
    "clinician_name": ("Dr. Alexandra Fitzgerald-Montgomery " * 6)[:200],
    "practice_phone": "+1 (555) 010-0199 ext. 123456789",
    "address": ("Suite 1200, 4500 Long Boulevard Northwest, " * 12)[:500],
    "session_link": "https://meet.example.com/r/" + "x7k2p" * 94,
}


def worst_case_context(language: Language | str = Language.ENGLISH,
                       step: Step | str | None = None, *, telehealth: bool = False,
                       minimal: bool = False,
                       channel: Channel | str = Channel.SMS) -> MessageContext:
    """The sample appointment with the longest names, address and link a client can have
    (what the save check renders under the same bounds as a send)."""
    context = sample_context(language, step, telehealth=telehealth, minimal=minimal,
                             channel=channel, practice_name=LONGEST["practice_name"])
    # only what this context carries: a minimal text still has no clinician, in person no link
    longest = {k: v for k, v in LONGEST.items() if getattr(context, k)}
    return replace(context, **longest)  # type: ignore[arg-type]  # as in sample_context
