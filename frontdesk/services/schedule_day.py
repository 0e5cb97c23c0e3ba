"""Reading one day's schedule: every client's place in every session, in start order.

The day view asks for this on every redraw, so it is one indexed query (appointments by
start time, joined to their places, clinicians, types and clients) plus row building. What
each place's "Last message" column shows is kept on the attendee row by triggers
(models/place_message.py), so no outbox row is read here.

The query's times, states and the message summary come back as SQLite holds them (text)
and are turned into values here, each distinct one once and kept between calls: a day
repeats the same few start times and states hundreds of times, and converting every cell
through the column types cost more than the query itself. The client's name as shown is
made by SQLite. A day without a search runs its statements, compiled
once, on the driver's own cursor, and a row built from the same values as one built before
(the day view asks for the same day after every change) is that row again.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import fields
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    String,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.types import NullType

from frontdesk.domain import Attendance, Channel, Confirmation, MessageState, Modality
from frontdesk.models import (
    Appointment,
    AppointmentType,
    Attendee,
    Client,
    Clinician,
    DeskItem,
    PracticeSettings,
)
from frontdesk.services.calendar_rules import day_bounds
from frontdesk.services.dto import ScheduleRow
from frontdesk.services.inbox.flags import ORDER as FLAG_KINDS
from frontdesk.services.inbox.flags import reply_flags
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.summary import message_line, minute_words

CANCELLED = (Attendance.CANCELLED, Attendance.LATE_CANCELLED)
MODALITIES = {m.value: m for m in Modality}
CONFIRMATIONS = {c.value: c for c in Confirmation}
ATTENDANCES = {a.value: a for a in Attendance}
STATES = {m.value: m for m in MessageState}
CHANNELS = {c.value: c for c in Channel}
ROW_FIELDS = tuple(f.name for f in fields(ScheduleRow))
_new = object.__new__
_set = object.__setattr__


def schedule_row(appointment_id: int, client_id: int, start: datetime, end: datetime,
                 client_name: str, clinician_id: int, clinician_name: str, type_name: str,
                 modality: Modality, confirmation: Confirmation, attendance: Attendance,
                 group_size: int, in_series: bool, has_link: bool, location: str, notes: str,
                 last_message: str, flags: tuple[str, ...]) -> ScheduleRow:
    """ScheduleRow(...), the same frozen object, made without its generated __init__:
    that sets each of the 18 fields through object.__setattr__ (the price of frozen), and
    for a day of several hundred places cost as much as the query; here its __dict__ is
    one dict built at once (`_rows` builds the same dict inline, saving a call per row).
    tests/test_schedule_day.py holds the ways equal."""
    row = _new(ScheduleRow)
    _set(row, "__dict__", {
        "appointment_id": appointment_id, "client_id": client_id, "start": start, "end": end,
        "client_name": client_name, "clinician_id": clinician_id,
        "clinician_name": clinician_name, "type_name": type_name, "modality": modality,
        "confirmation": confirmation, "attendance": attendance, "group_size": group_size,
        "in_series": in_series, "has_link": has_link, "location": location, "notes": notes,
        "last_message": last_message, "flags": flags})
    return row


def _stored(column: Any) -> ColumnElement[Any]:
    """A column as SQLite holds it (no conversion by its type), under its own name."""
    return type_coerce(column, NullType()).label(column.key)


# The name the day view shows: the preferred name (when there is one) or the first, then
# the last; made by SQLite, one text instead of three per row.
CLIENT_NAME = (func.coalesce(func.nullif(Client.preferred_name, literal_column("''")),
                             Client.first_name)
               + literal_column("' '", String) + Client.last_name).label("client_name")
MESSAGE = 15  # where the message summary starts in a row of day_query


def day_query(clinician: bool, search: str) -> Select[*tuple[Any, ...]]:
    """The day's joined query: one row per place starting in [:lo, :hi) (and with
    `clinician`, of :clinician_id), in start order.

    Columns, in order: appointment id, start, end, modality, link, location, notes, series
    id, clinician id and name, type name, confirmation, attendance, client id and name as
    shown, then the place's message summary (state, step, channel, time, recorded only):
    the last five, so `row[MESSAGE:]` is the summary. Times, enums and the flag come back as
    stored.
    """
    q: Select[*tuple[Any, ...]] = (
        select(Appointment.id, _stored(Appointment.start_at), _stored(Appointment.end_at),
               _stored(Appointment.modality), Appointment.telehealth_link,
               Appointment.location, Appointment.notes, Appointment.series_id,
               Clinician.id, Clinician.display_name, AppointmentType.name,
               _stored(Attendee.confirmation), _stored(Attendee.attendance), Client.id,
               CLIENT_NAME, _stored(Attendee.msg_state), Attendee.msg_step,
               _stored(Attendee.msg_channel), _stored(Attendee.msg_at),
               _stored(Attendee.msg_recorded_only))
        .join(Clinician, Clinician.id == Appointment.clinician_id)
        .join(AppointmentType, AppointmentType.id == Appointment.type_id)
        .join(Attendee, Attendee.appointment_id == Appointment.id)
        .join(Client, Client.id == Attendee.client_id)
        .where(Appointment.start_at >= bindparam("lo"), Appointment.start_at < bindparam("hi"))
        .order_by(Appointment.start_at, Clinician.display_name, Attendee.id)
    )
    if clinician:
        q = q.where(Appointment.clinician_id == bindparam("clinician_id"))
    for word in search.split():
        w = word.lower()
        q = q.where(or_(*(func.lower(col).contains(w, autoescape=True) for col in (
            Client.first_name, Client.last_name, Client.preferred_name))))
    return q


# Built once: the day view asks for a day, or one clinician's day, on every redraw.
WHOLE_DAY = day_query(clinician=False, search="")
ONE_CLINICIAN = day_query(clinician=True, search="")
SETTINGS = select(PracticeSettings.timezone, PracticeSettings.screen_privacy).where(
    PracticeSettings.id == 1)
# Clients with a reply still waiting for a person (the Flags column): usually a handful.
WAITING = select(DeskItem.client_id).distinct().where(
    DeskItem.done_at.is_(None), DeskItem.kind.in_(FLAG_KINDS))


def _positional(stmt: Select[*tuple[Any, ...]]) -> tuple[str, tuple[str, ...]]:
    """A statement as SQLite's own text, compiled once, and its parameters' names in order."""
    compiled = stmt.compile(dialect=sqlite.dialect())
    return str(compiled), tuple(compiled.positiontup or ())


# The statements of a day without a search, compiled once and run on the driver's own
# cursor: through SQLAlchemy each execution cost about a tenth of a millisecond more.
_PLAIN = {False: _positional(WHOLE_DAY), True: _positional(ONE_CLINICIAN)}
_SETTINGS_SQL = str(SETTINGS.compile(dialect=sqlite.dialect(),
                                     compile_kwargs={"literal_binds": True}))
_WAITING_SQL = str(WAITING.compile(dialect=sqlite.dialect(),
                                   compile_kwargs={"literal_binds": True}))


def _stored_time(moment: datetime) -> str:
    """An aware time as UTCDateTime stores it (naive UTC text), to compare stored text with."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def plain_day_sql(day: date, zone: str,
                  clinician_id: int | None) -> tuple[str, tuple[Any, ...]]:
    """The SQL text and parameters of a day without a search, as read_day runs them."""
    lo, hi = day_bounds(day, ZoneInfo(zone))
    values = {"lo": _stored_time(lo), "hi": _stored_time(hi), "clinician_id": clinician_id}
    sql, names = _PLAIN[clinician_id is not None]
    return sql, tuple(values[name] for name in names)


def local_time(stored: str, tz: ZoneInfo) -> datetime:
    """Stored naive-UTC text -> aware datetime in `tz`."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC).astimezone(tz)


def stored_line(summary: tuple[Any, ...], zone: str) -> str:
    """A place's stored message summary (state, step, channel, time, recorded only) -> its
    line in the "Last message" column; "" when the place has none."""
    state, step, channel, at, recorded_only = summary
    if state is None or step is None or at is None:
        return ""
    return _minute_line(state, step, channel, at[:16], recorded_only, zone)


@lru_cache(maxsize=4096)
def _minute_line(state: str, step: str, channel: str | None, minute: str,
                 recorded_only: int | None, zone: str) -> str:
    """The line depends on the message's minute only: places messaged in the same minute
    (a day's reminders go out in a few) share it."""
    return message_line(STATES[state], step, CHANNELS.get(channel or ""),
                        minute_words(zone, minute), bool(recorded_only))


class _Kept:
    """What is kept between calls, for one time zone: rows already built, by what they
    were built from (the query's row, its live places, its flags), and each stored time
    and message summary already turned into a value. The day view asks for the same day
    again after every change, and most of its rows, times and lines are as they were;
    a changed row is built from values mostly seen before. Frozen rows and immutable
    values, so sharing one is safe."""

    # About two busy days (~1-2 KB a row with its key); past a limit that part starts
    # again: a bound on memory, and a day bigger than this is built afresh each time.
    LIMIT = 2_048

    def __init__(self) -> None:
        self.zone = ""
        self.rows: dict[tuple[Any, ...], ScheduleRow] = {}
        self.times: dict[str, datetime] = {}
        self.lines: dict[tuple[Any, ...], str] = {}

    def for_zone(self, zone: str) -> _Kept:
        if zone != self.zone:
            self.zone = zone
            self.forget()
        if len(self.rows) > self.LIMIT:
            self.rows = {}
        if len(self.times) > self.LIMIT:
            self.times = {}
        if len(self.lines) > self.LIMIT:
            self.lines = {}
        return self

    def forget(self, rows_only: bool = False) -> None:
        self.rows = {}
        if not rows_only:
            self.times, self.lines = {}, {}


_KEPT = _Kept()


def forget_built_rows(rows_only: bool = False) -> None:
    """Drop what is kept between calls (to time or test building rows afresh): the rows,
    and unless `rows_only` the times and message lines they were built from."""
    _KEPT.forget(rows_only)
    if not rows_only:
        _minute_line.cache_clear()


def read_day(sessions: sessionmaker[Session], day: date, clinician_id: int | None = None,
             search: str = "") -> list[ScheduleRow]:
    """Every client's place in every session that day, in start order."""
    if search.split():
        with sessions() as s:
            return _searched_day(s, day, clinician_id, search)
    engine: Engine = sessions.kw["bind"]
    pooled = engine.raw_connection()
    try:
        cursor = pooled.driver_connection.cursor()  # type: ignore[union-attr]
        cursor.execute("BEGIN")  # one snapshot for every statement
        found = cursor.execute(_SETTINGS_SQL).fetchone()
        if found is None:  # a new practice: its settings are made on first use
            with sessions() as s:
                return _searched_day(s, day, clinician_id, search)
        zone, private = found
        rows = cursor.execute(*plain_day_sql(day, zone, clinician_id)).fetchall()
        waiting = {client_id for (client_id,) in cursor.execute(_WAITING_SQL)} if rows else ()
    finally:
        pooled.close()  # the pool rolls the read back
    if not rows:
        return []
    flags: dict[tuple[int, int], tuple[str, ...]] = {}
    if waiting:
        with sessions() as s:
            flags = reply_flags(s, ((r[0], r[13]) for r in rows if r[13] in waiting),
                                private=bool(private))
    # Without a search every attendee of every session is a row already.
    gone = {a.value for a in CANCELLED}
    live = Counter(r[0] for r in rows if r[12] not in gone)
    return _rows(rows, zone, live, flags)


def _rows(rows: list[Any], zone: str, live: dict[int, int],
          flags: dict[tuple[int, int], tuple[str, ...]]) -> list[ScheduleRow]:
    """The query's rows as ScheduleRows, reusing the ones built before from the same values."""
    kept = _KEPT.for_zone(zone)
    built, times, lines = kept.rows, kept.times, kept.lines
    tz = ZoneInfo(zone)
    out = []
    for raw in rows:
        appointment_id = raw[0]
        group = live.get(appointment_id, 0)
        flagged = flags.get((appointment_id, raw[13]), ()) if flags else ()
        key = (*raw, group, flagged)
        row = built.get(key)
        if row is None:
            (_, start, end, modality, link, location, notes, series_id, clinician_id,
             clinician_name, type_name, confirmation, attendance, client_id,
             client_name) = raw[:MESSAGE]
            local_start = times.get(start)
            if local_start is None:
                local_start = times[start] = local_time(start, tz)
            local_end = times.get(end)
            if local_end is None:
                local_end = times[end] = local_time(end, tz)
            summary = raw[MESSAGE:]
            line = lines.get(summary)
            if line is None:
                line = lines[summary] = stored_line(summary, zone)
            row = built[key] = _new(ScheduleRow)
            _set(row, "__dict__", {
                "appointment_id": appointment_id, "client_id": client_id,
                "start": local_start, "end": local_end, "client_name": client_name,
                "clinician_id": clinician_id, "clinician_name": clinician_name,
                "type_name": type_name, "modality": MODALITIES[modality],
                "confirmation": CONFIRMATIONS[confirmation],
                "attendance": ATTENDANCES[attendance], "group_size": group or 1,
                "in_series": series_id is not None, "has_link": bool(link),
                "location": location, "notes": notes, "last_message": line, "flags": flagged})
        out.append(row)
    return out


def _searched_day(s: Session, day: date, clinician_id: int | None,
                  search: str) -> list[ScheduleRow]:
    """A day through the session: with a search (rare, typed by hand), or the first read of
    a new practice, whose settings are made on first use."""
    settings = load_settings(s)
    zone, private = settings.timezone, settings.screen_privacy
    lo, hi = day_bounds(day, ZoneInfo(zone))
    conn = s.connection()
    rows = conn.execute(day_query(clinician_id is not None, search),
                        {"lo": lo, "hi": hi, "clinician_id": clinician_id}).all()
    if not rows:
        return []
    waiting = set(conn.execute(WAITING).scalars())
    flags = reply_flags(s, ((r[0], r[13]) for r in rows if r[13] in waiting),
                        private=bool(private)) if waiting else {}
    # A session's live places count all its attendees, not only the rows a search kept:
    # "annie" must still show a group of three as three.
    live: dict[int, int]
    if search.split():
        live = {appointment_id: n for appointment_id, n in s.execute(
            select(Attendee.appointment_id, func.count())
            .where(Attendee.appointment_id.in_({r[0] for r in rows}),
                   Attendee.attendance.not_in(CANCELLED))
            .group_by(Attendee.appointment_id))}
    else:
        gone = {a.value for a in CANCELLED}
        live = Counter(r[0] for r in rows if r[12] not in gone)
    return _rows([tuple(r) for r in rows], zone, live, flags)
