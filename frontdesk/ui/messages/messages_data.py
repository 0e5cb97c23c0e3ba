"""What the Messages tab and the crisis alert load, and the words they show for it.

The loaders take `Services` and run on the task runner's worker, never on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from frontdesk.domain import Channel, Flag, Intent, ItemKind, MessageState
from frontdesk.services.container import Services
from frontdesk.services.inbox.dto import (
    CrisisAlert,
    ThreadEntry,
    ThreadKey,
    ThreadSummary,
    TriageItem,
)
from frontdesk.ui.widgets import fmt, style

CRISIS_RED = "#B3001B"  # the crisis banner: white bold text on it reads at ~7:1
CRISIS_EDGE = style.YELLOW


@dataclass(frozen=True)
class InboxData:
    threads: tuple[ThreadSummary, ...]
    queue: tuple[TriageItem, ...]
    unread: int
    now: datetime
    tz: ZoneInfo


@dataclass(frozen=True)
class ThreadData:
    key: ThreadKey
    entries: tuple[ThreadEntry, ...]
    channels: tuple[Channel, ...]
    saved: tuple[str, ...]
    now: datetime
    tz: ZoneInfo


@dataclass(frozen=True)
class CrisisData:
    alerts: tuple[CrisisAlert, ...]
    now: datetime
    tz: ZoneInfo


def load_inbox(services: Services) -> InboxData:
    return InboxData(tuple(services.inbox.threads()), tuple(services.inbox.triage_queue()),
                     services.inbox.unread_count(), services.clock.now(),
                     services.schedule.timezone())


def load_unread(services: Services) -> int:
    return services.inbox.unread_count()


def load_thread(services: Services, key: ThreadKey, actor: str, mark_read: bool) -> ThreadData:
    """The thread's entries (marked read first when the person is looking at it)."""
    if mark_read:
        services.inbox.mark_read(key, actor)
    return ThreadData(key, tuple(services.inbox.thread(key)),
                      tuple(services.inbox.reply_channels(key)),
                      tuple(services.inbox.saved_replies()), services.clock.now(),
                      services.schedule.timezone())


def load_crises(services: Services) -> CrisisData:
    return CrisisData(tuple(services.inbox.open_crises()), services.clock.now(),
                      services.schedule.timezone())


# ---- words ------------------------------------------------------------------------------
KIND: dict[ItemKind, style.StateStyle] = {
    ItemKind.CRISIS: style.StateStyle("⚠", "CRISIS", CRISIS_RED,
                               "Risk of harm: someone must take it within minutes."),
    ItemKind.CLINICAL: style.StateStyle("⚕", "Clinical", style.REDDISH_PURPLE,
                                 "For the clinician to read within one business day."),
    ItemKind.CLIENT_MESSAGE: style.StateStyle("?", "Question", style.BLUE,
                                       "A question, or a message FrontDesk could not act on: "
                                       "answer it today."),
    ItemKind.RUNNING_LATE: style.StateStyle("◷", "Running late", style.ORANGE,
                                     "The client says they will be late today."),
    ItemKind.UNMATCHED: style.StateStyle("☎", "Unknown number", style.GREY,
                                  "No client has this number (or several do): link it to a "
                                  "client, or call it."),
    ItemKind.OPTED_OUT: style.StateStyle("⊘", "Opted out", style.GREY,
                                  "The client stopped messages on a channel: check with them."),
}
OTHER_KIND = style.StateStyle("•", "To do", style.GREY, "")
FLAG_KIND = {Flag.CRISIS: ItemKind.CRISIS, Flag.CLINICAL: ItemKind.CLINICAL}  # same looks

INTENT_WORDS = {
    Intent.CONFIRM: "confirming", Intent.CANCEL: "cancelling",
    Intent.RESCHEDULE: "asking to reschedule", Intent.LATE: "running late",
    Intent.QUESTION: "a question", Intent.OPT_OUT: "stop messages",
    Intent.OPT_IN: "start messages again", Intent.HELP: "asking for the practice's details",
    Intent.OTHER: "nothing FrontDesk can act on",
}
CHANNEL_WORDS = {"sms": "SMS", "whatsapp": "WhatsApp", "email": "Email"}
RECORDED_PREFIX = "recorded only"  # the local outbox's reason: nothing left this computer


def rgba(colour: str, alpha: int = 60) -> str:
    """A stylesheet wash of `colour` (see style.tint)."""
    c = style.tint(colour, alpha)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {c.alpha()})"


def kind_style(kind: ItemKind | Flag) -> style.StateStyle:
    """How a desk item's kind, or a message's flag (same words: crisis, clinical), looks."""
    if isinstance(kind, Flag):
        kind = FLAG_KIND.get(kind, ItemKind.CLIENT_MESSAGE)
    return KIND.get(kind, OTHER_KIND)


def local(at: datetime, tz: ZoneInfo) -> datetime:
    return at.astimezone(tz)


def when_text(at: datetime, tz: ZoneInfo, now: datetime) -> str:
    """'9:41 AM' today, 'Yesterday 6:02 PM', else 'Mon 2 Mar, 6:02 PM'."""
    at, today = local(at, tz), local(now, tz).date()
    if at.date() == today:
        return fmt.time_text(at)
    if at.date() == today - timedelta(days=1):
        return f"Yesterday {fmt.time_text(at)}"
    return f"{at:%a} {at.day} {at:%b}, {fmt.time_text(at)}"


def short_when(at: datetime, tz: ZoneInfo, now: datetime) -> str:
    """For a list row: the time today, else the day."""
    at, today = local(at, tz), local(now, tz).date()
    if at.date() == today:
        return fmt.time_text(at)
    if at.date() == today - timedelta(days=1):
        return "Yesterday"
    return f"{at:%a} {at.day} {at:%b}"


def age_text(at: datetime, now: datetime) -> str:
    minutes = max(int((now - at).total_seconds() // 60), 0)
    if minutes < 1:
        return "just now"
    if minutes < 60:
        return f"{minutes} min ago"
    if minutes < 48 * 60:
        return f"{minutes // 60} h ago"
    return f"{minutes // (24 * 60)} days ago"


FLAG_WORDS = {Flag.CRISIS: "⚠ CRISIS (risk of harm)", Flag.CLINICAL: "⚕ clinical content"}


def understood_text(e: ThreadEntry) -> str:
    """What FrontDesk made of an inbound message, and what it did."""
    seen = [FLAG_WORDS[e.flag]] if e.flag in FLAG_WORDS else []
    if e.intent is not Intent.OTHER or not seen:
        seen.append(INTENT_WORDS.get(e.intent, e.intent or "not read yet"))
    parts = [f"FrontDesk understood: {', '.join(seen)}"]
    outcome = e.outcome.removeprefix("CRISIS: ")
    if outcome:
        parts.append(f"Did: {outcome}")
    return " · ".join(parts)


def out_note(e: ThreadEntry) -> str:
    """Who or what sent an outbound message, or why it did not go."""
    if e.outcome.startswith("answer to message"):
        return "Automatic answer from FrontDesk"
    if e.outcome.startswith("reply by "):
        return "Reply by " + e.outcome.removeprefix("reply by ")
    return e.outcome


def out_state(e: ThreadEntry) -> style.StateStyle:
    if e.status in (MessageState.SENT, MessageState.DELIVERED) \
            and e.outcome.startswith(RECORDED_PREFIX):
        return style.RECORDED_ONLY
    return style.MESSAGE_STATE.get(e.status, style.UNKNOWN_MESSAGE_STATE)


def out_text(e: ThreadEntry) -> str:
    """An automatic message still planned has no text yet: say what it is."""
    text = e.text
    if text.startswith("(") and text.endswith(")") and " " not in text:
        step = text[1:-1].replace("_", " ")
        return f"{step[:1].upper()}{step[1:]} (automatic message; its text is written " \
               "when it is sent)"
    return text
