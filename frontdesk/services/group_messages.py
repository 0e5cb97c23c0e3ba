"""Group messages: staff's own words to every member of one group session, each alone.

    groups = GroupMessages(sessions, clock, policy, events)
    groups.recipients(appointment_id)   # who would get it, on which channel, or why not
    groups.send(appointment_id, "Tonight we meet in room 4.", actor="reception")

One outbox row per member, on that member's own channel and address, planned like a staff
reply (the dispatcher sends it exactly once, re-checking consent and opt-out) and shown in
that member's own thread, so a reply lands there. Unlike a reply, nobody asked for it: quiet
hours and the daily text limit apply as to a reminder (`reminders/rules.py`). The text is the
same for everyone and goes to each address separately (never one email to several people);
a text naming a member, or carrying a member's number or address, is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import Channel, MessageState, Prefilled
from frontdesk.domain.changes import Changes
from frontdesk.models import Appointment, AppointmentType, Attendee, Client, OutboxMessage
from frontdesk.services import audit
from frontdesk.services.errors import NotFoundError, StateError, ValidationError
from frontdesk.services.events import ChangeEvents
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.policy import ReminderPolicy, Route
from frontdesk.services.reminders.routing import reach, route_channels
from frontdesk.services.reminders.rules import send_verdict

MAX_TEXT = 640  # as a staff reply: four SMS segments; for more, call
GROUP = Prefilled.GROUP_MESSAGE.value
PHONE_LIKE = re.compile(r"\+?\d[\d\s().-]{5,}\d")  # a number as people write one
NAMED = ("The message names a member of this group, or gives a member's number or email: "
         "every member would read it. Take it out.")


@dataclass(frozen=True)
class GroupRecipient:
    """One member as the desk sees them: first name only, never an address."""

    client_id: int
    first_name: str
    channel: Channel | None  # None: cannot be reached (see `note`)
    goes: bool  # False: nothing will be sent to them; `note` says why
    note: str = ""  # why not; or when, if not at once ("waits until Thu 8:00 AM: …")
    shared_phone: bool = False  # their phone is shared: keep the words neutral


@dataclass(frozen=True)
class GroupPreview:
    appointment_id: int
    start: datetime  # aware, the practice's zone
    members: tuple[GroupRecipient, ...]

    @property
    def reached(self) -> tuple[GroupRecipient, ...]:
        return tuple(m for m in self.members if m.goes)

    @property
    def not_reached(self) -> tuple[GroupRecipient, ...]:
        return tuple(m for m in self.members if not m.goes)

    @property
    def any_shared_phone(self) -> bool:
        return any(m.shared_phone for m in self.members)


@dataclass(frozen=True)
class GroupSendResult:
    sent: tuple[GroupRecipient, ...]  # planned, one outbox row each (`outbox_ids`, same order)
    not_sent: tuple[GroupRecipient, ...]
    outbox_ids: tuple[int, ...]


class GroupMessages:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock,
                 policy: Callable[[], ReminderPolicy], events: ChangeEvents | None = None) -> None:
        self.sessions, self.clock, self.policy = sessions, clock, policy
        self.events = events or ChangeEvents()

    def recipients(self, appointment_id: int) -> GroupPreview:
        """Each member still booked: the channel that would carry the message, or why none."""
        with self.sessions() as s:
            a, members = _group(s, appointment_id, self.clock.now())
            return self._preview(s, a, members)

    def send(self, appointment_id: int, text: str, actor: str) -> GroupSendResult:
        """One message per reachable member on their own channel (audited once, with the
        counts, never the words); returns who it goes to and who not, and why."""
        text = text.strip()
        if not text:
            raise ValidationError("text", "Type the message first.")
        if len(text) > MAX_TEXT:
            raise ValidationError("text", f"A group message can be at most {MAX_TEXT} "
                                  "characters; for more, call the members.")
        now = self.clock.now()
        with self.sessions.begin() as s:
            a, members = _group(s, appointment_id, now)
            if mentions_member(text, members):
                raise ValidationError("text", NAMED)
            preview = self._preview(s, a, members)
            ids = []
            for m in preview.reached:
                assert m.channel is not None  # reached: it has one
                row = OutboxMessage(client_id=m.client_id, appointment_id=a.id, step=GROUP,
                                    channel=m.channel, anchor_at=None, due_at=now,
                                    useful_until=a.end_at, state=MessageState.PLANNED,
                                    body=text, reason=f"group message by {actor}",
                                    planned_at=now, updated_at=now)
                s.add(row)
                s.flush()
                ids.append(row.id)
            audit.record(s, self.clock, actor, "group_message", "appointment", a.id,
                         f"to={len(ids)} not_reached={len(preview.not_reached)}")
            day = preview.start.date()
        self.events.publish(Changes(days=frozenset({day}), clients=frozenset(
            m.client_id for m in preview.reached), threads=True, outbox=bool(ids)))
        return GroupSendResult(preview.reached, preview.not_reached, tuple(ids))

    def _preview(self, s: Session, a: Appointment, members: list[Client]) -> GroupPreview:
        now, policy = self.clock.now(), self.policy()
        tz = ZoneInfo(load_settings(s).timezone)
        out = []
        for c in members:
            first = c.preferred_name or c.first_name
            chosen, why = route_channels(Route.PREFERRED, reach(c))
            if not chosen:
                out.append(GroupRecipient(c.id, first, None, False, why or "no way to reach "
                                          "them", c.shared_phone))
                continue
            channel = chosen[0]
            probe = OutboxMessage(client_id=c.id, appointment_id=a.id, step=GROUP,
                                  channel=channel, anchor_at=None, due_at=now,
                                  useful_until=a.end_at, state=MessageState.PLANNED)
            verdict = send_verdict(s, probe, policy, now)  # what the dispatcher would say now
            if verdict is None:
                out.append(GroupRecipient(c.id, first, channel, True, "", c.shared_phone))
            elif verdict.due_at is not None:
                when = verdict.due_at.astimezone(tz).strftime("%a %I:%M %p").replace(" 0", " ")
                out.append(GroupRecipient(c.id, first, channel, True,
                                          f"waits until {when}: {verdict.reason}",
                                          c.shared_phone))
            else:
                out.append(GroupRecipient(c.id, first, channel, False, verdict.reason,
                                          c.shared_phone))
        return GroupPreview(a.id, a.start_at.astimezone(tz), tuple(out))


def _group(s: Session, appointment_id: int, now: datetime) -> tuple[Appointment, list[Client]]:
    """The session and its members still booked (for a called-off session: those whose
    place went with it), or why a group message cannot go."""
    a = s.get(Appointment, appointment_id, options=[selectinload(Appointment.attendees)])
    if a is None:
        raise NotFoundError("That session no longer exists.")
    if a.end_at <= now:
        raise StateError("This session is over: a group message can only go before it ends.")
    places: Iterable[Attendee] = (
        [at for at in a.attendees if at.cancelled_at == a.cancelled_at]
        if a.cancelled_at is not None
        else [at for at in a.attendees if not at.attendance.is_cancelled])
    ids = [at.client_id for at in places]
    kind = s.get(AppointmentType, a.type_id)
    if len(ids) < 2 and not (kind is not None and kind.is_group):
        raise StateError("This is not a group session: write to the client from Messages.")
    if not ids:
        raise StateError("Nobody is booked in this group session.")
    clients = {c.id: c for c in s.scalars(select(Client).where(Client.id.in_(ids))
                                          .options(selectinload(Client.consents)))}
    return a, [c for i in ids if (c := clients.get(i)) is not None]


def mentions_member(text: str, members: Iterable[Client]) -> bool:
    """True when `text` carries a member's last name (any case), first or preferred
    name (as written: "Will" is a name, "will" is not), mobile number or email."""
    numbers = [re.sub(r"\D", "", n) for n in PHONE_LIKE.findall(text)]
    folded = text.casefold()
    for c in members:
        if _word(c.last_name, text, ignore_case=True):
            return True
        if any(_word(n, text) for n in (c.first_name, c.preferred_name) if n):
            return True
        for number in (c.mobile, c.whatsapp):
            tail = re.sub(r"\D", "", number or "")[-7:]
            if len(tail) == 7 and any(tail in n for n in numbers):
                return True
        if c.email and c.email.casefold() in folded:
            return True
    return False


def _word(name: str, text: str, *, ignore_case: bool = False) -> bool:
    name = name.strip()
    if len(name) < 2:
        return False
    flags = re.IGNORECASE if ignore_case else 0
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags) is not None
