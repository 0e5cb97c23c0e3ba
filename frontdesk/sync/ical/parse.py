"""Read the bytes of a feed into a calendar. A feed that is cut short, or has an event so broken
that the whole file will not parse, is read event by event so the good events still sync."""

from __future__ import annotations

import re
from dataclasses import dataclass

from icalendar import Calendar, Event

from frontdesk.domain.sync import SyncProblem
from frontdesk.sync.errors import SyncError

_UID_LINE = re.compile(r"^UID[;:]", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedFeed:
    calendar: Calendar
    problems: tuple[SyncProblem, ...]
    cut_short: bool  # the file ended before END:VCALENDAR: events after the cut are missing


def _not_icalendar(data: bytes, what: str) -> SyncError:
    head = data.lstrip()[:200].lower()
    if head.startswith(b"<"):
        hint = (
            "It looks like a web page (HTML), which usually means the address needs a login, "
            "has expired or points at the calendar's page rather than its feed."
        )
    elif head.startswith((b"{", b"[")):
        hint = "It looks like JSON, which means the address points at an API, not a feed."
    elif not head:
        hint = "It is empty."
    else:
        hint = "It does not begin with BEGIN:VCALENDAR."
    return SyncError(
        "malformed",
        f"{what} is not an iCalendar (.ics) file. {hint} Check the address or file in this "
        "source's settings; the calendar program's export or 'secret address in iCal format' "
        "is what FrontDesk reads.",
    )


def _block_uid(lines: list[str]) -> str:
    for line in lines:
        if _UID_LINE.match(line):
            return line.split(":", 1)[1].strip()[:120] if ":" in line else ""
    return ""


def _label(uid: str, position: int) -> str:
    return f"VEVENT {uid}" if uid else f"VEVENT #{position}"


def _split(text: str) -> tuple[list[str], list[tuple[list[str], bool]], bool]:
    """The lines outside events, each event's lines with whether it was closed, and whether
    the calendar was closed."""
    frame: list[str] = []
    blocks: list[tuple[list[str], bool]] = []
    current: list[str] | None = None
    depth = 0
    for line in text.splitlines():
        upper = line.strip().upper()
        if current is not None and upper == "BEGIN:VEVENT" and depth == 1:
            blocks.append((current, False))  # the previous event never ended
            current = None
        if current is None:
            if upper == "BEGIN:VEVENT":
                current, depth = [line], 1
            elif upper == "END:VCALENDAR":
                return [*frame, line], blocks, True
            else:
                frame.append(line)
            continue
        current.append(line)
        if upper.startswith("BEGIN:"):
            depth += 1
        elif upper.startswith("END:"):
            depth -= 1
            if depth == 0:
                blocks.append((current, True))
                current = None
    if current is not None:
        blocks.append((current, False))
    return [*frame, "END:VCALENDAR"], blocks, False


def _salvage(text: str, what: str) -> ParsedFeed:
    frame, blocks, closed = _split(text)
    try:
        calendar = Calendar.from_ical("\r\n".join(frame) + "\r\n")
    except ValueError:
        raise _unreadable(what) from None
    problems: list[SyncProblem] = []
    kept = 0
    for position, (lines, ended) in enumerate(blocks, start=1):
        label = _label(_block_uid(lines), position)
        if not ended:
            problems.append(SyncProblem(label, "the event is cut short (no END:VEVENT)"))
            continue
        try:
            event = Event.from_ical("\r\n".join(lines) + "\r\n")
        except ValueError:
            problems.append(SyncProblem(label, "the event could not be read as iCalendar"))
            continue
        calendar.add_component(event)
        kept += 1
    if blocks and not kept:
        raise _unreadable(what)
    if not closed:
        problems.append(
            SyncProblem(
                "VCALENDAR",
                "the file ends before END:VCALENDAR: it was cut short, so events after the cut "
                "are missing and none are taken as removed this time",
            )
        )
    return ParsedFeed(calendar, tuple(problems), cut_short=not closed)


def _unreadable(what: str) -> SyncError:
    return SyncError(
        "malformed",
        f"{what} begins like an iCalendar file but none of its events could be read (the file "
        "may be cut short or damaged). Check that the calendar program exports it completely; "
        "the next run will try again.",
    )


def parse_feed(data: bytes, what: str = "The calendar feed") -> ParsedFeed:
    """The feed's calendar, with problems for the events that could not be read.

    Raises SyncError("malformed") when the data is not iCalendar or no event in it is readable.
    Messages never quote the file: its lines carry client names.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.lstrip()[:15].upper().startswith(b"BEGIN:VCALENDAR"):
        raise _not_icalendar(data, what)
    text = data.decode("utf-8", errors="replace")
    # Salvaged outside the except block: the parser's error quotes the file, and as the
    # context of a later SyncError it would reach the logs.
    try:
        calendar = Calendar.from_ical(text)
    except ValueError:
        calendar = None
    if calendar is None:
        return _salvage(text, what)
    return ParsedFeed(calendar, (), cut_short=False)
