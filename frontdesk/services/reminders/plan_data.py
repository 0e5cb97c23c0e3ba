"""What the planner reads for a batch of appointments, in a few set-based queries.

`load_plan_data` reads, for up to IN_CHUNK appointment ids at once: the appointments and
their places, all their outbox rows, the clients who still attend (with their consents),
and for every series involved its earliest coming sessions, so the planner can tell which
session is the first coming one of its series without a query per session.

Everything is read as plain tuples and small frozen records, never as ORM objects: a sync
plans thousands of sessions and a re-plan reads every row of each. Column values are turned
into Python values by the columns' own types (`Codec`), once per distinct value: a sync's
sessions share a few start times, its messages a few due times, states and channels.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Dialect, select, type_coerce
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.types import NullType, TypeEngine

from frontdesk.domain import Channel, ConsentStatus, MessageState, Modality, PhoneKind
from frontdesk.models import Appointment, Attendee, ChannelConsent, Client, OutboxMessage

IN_CHUNK = 500  # ids per IN (...): well inside SQLite's limit on bound parameters
ColumnLike = ColumnElement[Any] | QueryableAttribute[Any]


def in_chunks(ids: Sequence[int], size: int | None = None) -> Iterator[Sequence[int]]:
    size = size or IN_CHUNK
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


class OutboxRow(NamedTuple):
    """An outbox row as the planner reads it: the columns the rules look at."""

    id: int
    appointment_id: int
    client_id: int | None
    step: str
    channel: Channel
    anchor_at: datetime | None
    due_at: datetime
    useful_until: datetime
    state: MessageState
    reason: str
    sent_at: datetime | None
    updated_at: datetime


ROW_COLUMNS = (OutboxMessage.id, OutboxMessage.appointment_id, OutboxMessage.client_id,
               OutboxMessage.step, OutboxMessage.channel, OutboxMessage.anchor_at,
               OutboxMessage.due_at, OutboxMessage.useful_until, OutboxMessage.state,
               OutboxMessage.reason, OutboxMessage.sent_at, OutboxMessage.updated_at)


@dataclass(frozen=True, slots=True)
class Place:
    """One client's place in a session."""

    client_id: int
    cancelled: bool  # the client (or staff for them) called it off


@dataclass(frozen=True, slots=True)
class Booking:
    """An appointment as the rules read it; its places in booking order."""

    id: int
    type_id: int
    modality: Modality
    start_at: datetime
    cancelled_at: datetime | None
    series_id: int | None
    attendees: tuple[Place, ...]


@dataclass(frozen=True, slots=True)
class Contact:
    """A client as the rules read it: where they can be reached and their consents."""

    id: int
    timezone: str | None
    mobile: str | None
    mobile_kind: PhoneKind
    whatsapp: str | None
    email: str | None
    preferred_channel: Channel
    consent: dict[Channel, ConsentStatus]


class Codec:
    """Database values to Python values and back, by each column's own type (the same
    conversions the ORM makes), each distinct value converted once per planning call."""

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        # By id(column): a mapped attribute's == builds SQL, so it is no dictionary key.
        self._read: dict[int, tuple[Any, dict[Any, Any]]] = {}
        self._write: dict[int, tuple[Any, dict[Any, Any]]] = {}

    def reader(self, column: ColumnLike) -> Any:
        """A function from what the database holds in `column` to the Python value."""
        if id(column) not in self._read:
            typed = _typed(column, self.dialect)
            self._read[id(column)] = (typed.result_processor(self.dialect, None), {})
        process, memo = self._read[id(column)]
        if process is None:
            return _same

        def read(raw: Any) -> Any:
            try:
                return memo[raw]
            except KeyError:
                memo[raw] = value = process(raw)
                return value
        return read

    def writer(self, column: ColumnLike) -> Any:
        """A function from a Python value to what the database stores in `column`."""
        if id(column) not in self._write:
            typed = _typed(column, self.dialect)
            self._write[id(column)] = (typed.bind_processor(self.dialect), {})
        process, memo = self._write[id(column)]
        if process is None:
            return _same

        def write(value: Any) -> Any:
            # An aware datetime by its instant and its zone: equal datetimes in different
            # zones, or either side of a clock change, must not share one memo entry.
            key = (value, value.tzinfo, value.fold) if isinstance(value, datetime) else value
            try:
                return memo[key]
            except KeyError:
                memo[key] = stored = process(value)
                return stored
        return write


def _typed(column: ColumnLike, dialect: Dialect) -> TypeEngine[Any]:
    """The column's type as this database implements it (SQLite's own DATETIME…)."""
    return column.type.dialect_impl(dialect)


def _same(value: Any) -> Any:
    return value


def raw(column: ColumnLike) -> ColumnElement[Any]:
    """The column as the database holds it (converted afterwards by a `Codec`)."""
    return type_coerce(column, NullType())


@dataclass
class PlanData:
    appointments: dict[int, Booking] = field(default_factory=dict)
    rows: dict[int, list[OutboxRow]] = field(default_factory=dict)  # by appointment, by id
    clients: dict[int, Contact] = field(default_factory=dict)
    # By series: its two earliest coming, not cancelled sessions, as (start, appointment id).
    earliest: dict[int, list[tuple[datetime, int]]] = field(default_factory=dict)

    def not_first_of_series(self, a: Booking) -> bool:
        """True when an earlier, still coming session of the same series exists."""
        if a.series_id is None:
            return False
        for start, other in self.earliest.get(a.series_id, ()):
            if other != a.id:  # the earliest coming session other than this one
                return start < a.start_at
        return False


def load_plan_data(s: Session, codec: Codec, ids: Sequence[int], now: datetime,
                   known: dict[int, Contact]) -> PlanData:
    """Everything the planner needs for these appointments (ids: at most IN_CHUNK).
    `known`: clients read by an earlier chunk of the same call (added to as read)."""
    data = PlanData()
    places: dict[int, list[Place]] = {}
    attendance = codec.reader(Attendee.attendance)
    for aid, client_id, state in s.execute(
            select(Attendee.appointment_id, Attendee.client_id, raw(Attendee.attendance))
            .where(Attendee.appointment_id.in_(ids)).order_by(Attendee.id)):
        places.setdefault(aid, []).append(Place(client_id, attendance(state).is_cancelled))
    modality, when = codec.reader(Appointment.modality), codec.reader(Appointment.start_at)
    for aid, type_id, kind, start, cancelled, series_id in s.execute(
            select(Appointment.id, Appointment.type_id, raw(Appointment.modality),
                   raw(Appointment.start_at), raw(Appointment.cancelled_at),
                   Appointment.series_id).where(Appointment.id.in_(ids))):
        data.appointments[aid] = Booking(aid, type_id, modality(kind), when(start),
                                         when(cancelled), series_id,
                                         tuple(places.get(aid, ())))
    data.rows = _outbox_rows(s, codec, ids)
    live = [a for a in data.appointments.values() if a.cancelled_at is None]
    wanted = {at.client_id for a in live for at in a.attendees if not at.cancelled}
    _load_contacts(s, codec, sorted(wanted - known.keys()), known)
    data.clients = {cid: known[cid] for cid in wanted}
    data.earliest = _earliest_coming(
        s, codec, {a.series_id for a in live if a.series_id is not None}, now)
    return data


def _outbox_rows(s: Session, codec: Codec, ids: Sequence[int]) -> dict[int, list[OutboxRow]]:
    channel, state = codec.reader(OutboxMessage.channel), codec.reader(OutboxMessage.state)
    when = codec.reader(OutboxMessage.due_at)  # every datetime column here has this type
    rows: dict[int, list[OutboxRow]] = {}
    for rid, aid, cid, step, ch, anchor, due, useful, st, reason, sent, updated in s.execute(
            select(*(raw(c) for c in ROW_COLUMNS))
            .where(OutboxMessage.appointment_id.in_(ids)).order_by(OutboxMessage.id)):
        rows.setdefault(aid, []).append(OutboxRow(
            rid, aid, cid, step, channel(ch), when(anchor), when(due), when(useful), state(st),
            reason, when(sent), when(updated)))
    return rows


def _load_contacts(s: Session, codec: Codec, client_ids: Sequence[int],
                   into: dict[int, Contact]) -> None:
    kind, preferred = codec.reader(Client.mobile_kind), codec.reader(Client.preferred_channel)
    channel, status = codec.reader(ChannelConsent.channel), codec.reader(ChannelConsent.status)
    for part in in_chunks(client_ids):
        consent: dict[int, dict[Channel, ConsentStatus]] = {cid: {} for cid in part}
        for cid, ch, st in s.execute(
                select(ChannelConsent.client_id, raw(ChannelConsent.channel),
                       raw(ChannelConsent.status)).where(ChannelConsent.client_id.in_(part))):
            consent[cid][channel(ch)] = status(st)
        for cid, tz, mobile, mobile_kind, whatsapp, email, pref in s.execute(
                select(Client.id, Client.timezone, Client.mobile, raw(Client.mobile_kind),
                       Client.whatsapp, Client.email, raw(Client.preferred_channel))
                .where(Client.id.in_(part))):
            into[cid] = Contact(cid, tz, mobile, kind(mobile_kind), whatsapp, email,
                                preferred(pref), consent[cid])


def _earliest_coming(s: Session, codec: Codec, series_ids: Iterable[int],
                     now: datetime) -> dict[int, list[tuple[datetime, int]]]:
    out: dict[int, list[tuple[datetime, int]]] = {}
    when = codec.reader(Appointment.start_at)
    for part in in_chunks(sorted(series_ids)):
        found = s.execute(
            select(Appointment.series_id, raw(Appointment.start_at), Appointment.id)
            .where(Appointment.series_id.in_(part), Appointment.cancelled_at.is_(None),
                   Appointment.start_at > now)
            .order_by(Appointment.series_id, Appointment.start_at, Appointment.id))
        for series_id, start, aid in found:
            assert series_id is not None  # chosen by series id above
            two = out.setdefault(series_id, [])
            if len(two) < 2:
                two.append((when(start), aid))
    return out
