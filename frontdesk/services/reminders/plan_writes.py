"""How the planner writes what it decided for a batch: a few Core statements.

New rows go in with one `INSERT` executemany: the statement is built by Core for the
session's database, the values converted by the columns' own types once per distinct value
(`Codec`), the columns' defaults filled in as the ORM would, and the rows handed to the
driver as tuples through the session's connection (SQLAlchemy's own handling of an
executemany costs more per row than the planning itself).
Changed rows are updated with one `UPDATE … WHERE id IN (…)` per set of new values (most
rows of a re-plan get the same few: withdrawn for the same reason at the same moment, or
only a new updated_at), or by id in one executemany where each row's values differ; as
the unit of work would, only the columns whose value changed are written.

These are plain SQL statements, so the database's triggers on `outbox_message` (each
place's last message on its attendee row, the trends cache's marks) fire for every changed
row as for any other writer. New rows go in with the insert triggers held off
(`outbox_bulk_insert`); the places they were written to are then worked out, and their
appointments marked, once each by one statement: the same end state for a sixth of the
work (a place gets ~6 new rows at once). The session is kept truthful about what it
already holds: an outbox row held as an object gets the new values as its committed state,
and the place summary of a held attendee is expired, to be read again when next used.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Dialect, Table, bindparam, column, insert, inspect, table, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from frontdesk.domain import Channel, MessageState
from frontdesk.models import Attendee, OutboxMessage
from frontdesk.models.place_message import PLACES_OF
from frontdesk.models.stats import MARK_ALL
from frontdesk.services.reminders.plan_data import Codec, OutboxRow, in_chunks

_TABLE = cast(Table, OutboxMessage.__table__)  # a mapped class's is a Table
_OUTBOX = inspect(OutboxMessage)
# What the ORM would fill in for a column a new row leaves out (a plain default value).
_DEFAULTS = {c.name: c.default.arg for c in _TABLE.columns  # type: ignore[attr-defined]
             if c.default is not None and c.default.is_scalar}
# What the planner gives a new row, in the order `add` builds it; then the other defaults.
_GIVEN = ("uid", "appointment_id", "client_id", "step", "channel", "anchor_at", "due_at",
          "useful_until", "state", "reason", "planned_at", "updated_at")
_INSERTED = (*_GIVEN, *(name for name in _DEFAULTS if name not in _GIVEN))
# The table with untyped columns: values given to it are already what the database stores.
_STORED = table(_TABLE.name, *(column(name) for name in _INSERTED))
PLACE_SUMMARY = ("msg_state", "msg_step", "msg_channel", "msg_at", "msg_recorded_only")
# While it holds a row, the outbox insert triggers skip the rows inserted (models/outbox.py).
_BULK_ON = "INSERT INTO outbox_bulk_insert (id) VALUES (1)"
_BULK_OFF = "DELETE FROM outbox_bulk_insert"
_UUID_VERSION_4 = (0x4 << 76) | (0x2 << 62)  # uuid.uuid4's version and variant bits
_UUID_KEEP = ~((0xF << 76) | (0x3 << 62))


@lru_cache(maxsize=8)
def insert_sql(dialect: Dialect) -> str:
    """The INSERT of a new row, for this database, its parameters in `_INSERTED` order."""
    compiled = insert(_STORED).values({name: bindparam(name) for name in _INSERTED}) \
        .compile(dialect=dialect)
    if list(compiled.positiontup or ()) != list(_INSERTED):
        raise RuntimeError("the outbox INSERT does not take its values in the planner's order")
    return str(compiled)


def new_uid() -> str:
    """What `uuid.uuid4().hex` gives (the column's own default), made faster."""
    return f"{int.from_bytes(os.urandom(16)) & _UUID_KEEP | _UUID_VERSION_4:032x}"


def insert_bulk(s: Session, sql: str, rows: list[tuple[Any, ...]]) -> None:
    """Insert new outbox rows (appointment_id second) without the insert triggers, then
    work out their places' last messages and mark their appointments for the trends cache
    once each, set-based, as the triggers would have row by row."""
    conn = s.connection()
    conn.exec_driver_sql(_BULK_ON)
    try:
        conn.exec_driver_sql(sql, rows)
    finally:
        conn.exec_driver_sql(_BULK_OFF)
    appointments = json.dumps(sorted({row[1] for row in rows if row[1] is not None}))
    conn.exec_driver_sql(PLACES_OF, (appointments,))
    conn.exec_driver_sql(MARK_ALL, (appointments,))


class RowWrites:
    """The planner's changes to a batch's outbox rows, written at the end of the batch."""

    def __init__(self, s: Session, codec: Codec, now: datetime) -> None:
        self.s = s
        self._changed: dict[tuple[tuple[str, Any], ...], list[int]] = {}
        self._new: list[tuple[Any, ...]] = []
        self._touched: set[int] = set()
        self._held = {key[1][0] for key in s.identity_map.keys()  # noqa: SIM118
                      if key[0] is OutboxMessage}
        self._held_values: dict[int, dict[str, Any]] = {}
        self._when = codec.writer(_TABLE.c.due_at)  # every datetime column has this type
        self._channel, self._state = codec.writer(_TABLE.c.channel), codec.writer(_TABLE.c.state)
        planned = self._when(now)
        self._planned = (planned, planned)  # planned_at, updated_at
        self._defaults = tuple(codec.writer(_TABLE.c[name])(_DEFAULTS[name])
                               for name in _INSERTED[len(_GIVEN):])
        self._insert = insert_sql(codec.dialect)

    def set(self, row: OutboxRow, **values: Any) -> None:
        changed = tuple((name, value) for name, value in values.items()
                        if getattr(row, name) != value)
        if changed:
            self._changed.setdefault(changed, []).append(row.id)
            self._touched.add(row.appointment_id)
        if row.id in self._held:
            self._held_values.setdefault(row.id, {}).update(values)

    def add(self, appointment_id: int, client_id: int, step: str, channel: Channel,
            anchor_at: datetime, due_at: datetime, useful_until: datetime,
            state: MessageState, reason: str) -> None:
        """A new row, planned now."""
        when = self._when
        self._new.append((
            new_uid(), appointment_id, client_id, step, self._channel(channel),
            when(anchor_at), when(due_at), when(useful_until), self._state(state), reason,
            *self._planned, *self._defaults))
        self._touched.add(appointment_id)

    def write(self) -> None:
        s = self.s
        one_row: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for values, ids in self._changed.items():
            if len(ids) == 1:  # values of its own: with the others like it, by id
                names = tuple(name for name, _ in values)
                one_row.setdefault(names, []).append({"row_id": ids[0], **dict(values)})
                continue
            for part in in_chunks(ids):
                s.execute(update(_TABLE).where(_TABLE.c.id.in_(part)).values(dict(values)))
        for names, params in one_row.items():
            s.execute(update(_TABLE).where(_TABLE.c.id == bindparam("row_id"))
                      .values({name: bindparam(name) for name in names}), params)
        if self._new:  # in the caller's transaction, on the session's connection
            insert_bulk(s, self._insert, self._new)
        self._sync_session()
        self._changed, self._new, self._touched, self._held_values = {}, [], set(), {}

    def _sync_session(self) -> None:
        s = self.s
        for row_id, values in self._held_values.items():
            held = s.identity_map.get(_OUTBOX.identity_key_from_primary_key((row_id,)))
            if held is not None:
                for name, value in values.items():
                    set_committed_value(held, name, value)
        if not self._touched:
            return
        for obj in list(s.identity_map.values()):
            if isinstance(obj, Attendee):
                state = inspect(obj)  # its loaded values: reading one may load it again
                if state.persistent and state.dict.get("appointment_id") in self._touched:
                    s.expire(obj, PLACE_SUMMARY)
