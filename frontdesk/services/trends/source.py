"""Reading places (and their reminder messages) from the database, as one integer row each.

Two statements, merged with numpy: the places (attendee x appointment, with the "moved"
flag), and the reminder-sequence messages packed into one code per message (channel bit,
state bit, went out before the start), summed per place. Both stream straight from the
cursor into numpy (no list of tuples in between).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from itertools import chain
from typing import TypeVar

import numpy as np
from sqlalchemy import Connection

from frontdesk.domain import Attendance, Confirmation, MessageState
from frontdesk.services.trends.codes import CHANNEL_BITS, MODALITIES, OUTCOME_OF, REMINDER_STEPS

# The columns of a place row, in order.
COLUMNS = ("att", "appt", "client", "clin", "typ", "modality", "start", "booked", "outcome",
           "confirmed", "mask", "deliv", "n_sent", "n_deliv", "n_failed", "moved")
PLACE_COLUMNS = ("att", "appt", "client", "clin", "typ", "modality", "start", "booked",
                 "outcome", "confirmed", "moved")
CHUNK = 500  # appointment ids per IN (...) when re-reading changed appointments
BLOCK = 16_384  # rows fetched at a time (then other threads get a turn)
DTYPE = {"start": np.int64, "booked": np.int64, "key": np.int64}  # the rest: int32
IDS = ("att", "appt", "client", "clin", "typ")
INT32_MAX = 2**31 - 1
E = TypeVar("E", bound=StrEnum)
# A message's code: its channel bit (1, 2, 4), its state, and whether it went before the start.
STATE_BITS = {MessageState.SENT: 8, MessageState.DELIVERED: 16, MessageState.UNDELIVERED: 32,
              MessageState.FAILED: 64}
WENT_OUT_BITS = 8 | 16 | 32 | 64
ACCEPTED_BITS = 8 | 16 | 32  # sent, delivered or not delivered: the provider took it
NOT_REACHED_BITS = 32 | 64  # failed or not delivered
BEFORE_START = 128


def quoted(values: Iterable[StrEnum]) -> str:
    return ", ".join(f"'{v.value}'" for v in values)


def micros(column: str) -> str:
    """A UTCDateTime column ('YYYY-MM-DD HH:MM:SS.ffffff', UTC) as integer microseconds."""
    return (f"(CAST(strftime('%s', {column}) AS INTEGER) * 1000000 "
            f"+ CAST(substr({column}, 21, 6) AS INTEGER))")


def _case(column: str, mapping: Mapping[E, int], default: int = 0) -> str:
    whens = " ".join(f"WHEN '{k.value}' THEN {v}" for k, v in mapping.items())
    return f"CASE {column} {whens} ELSE {default} END"


def places_sql(where: str = "") -> str:
    """Every place, or those of the appointments in `where` ("AND @ IN (...)")."""
    outcome = _case("t.attendance", {Attendance(k): v for k, v in OUTCOME_OF.items()})
    return f"""
        SELECT t.id, t.appointment_id, t.client_id, a.clinician_id, a.type_id,
               {_case('a.modality', {m: i for i, m in enumerate(MODALITIES)})},
               {micros('a.start_at')}, {micros('t.booked_at')}, {outcome},
               t.confirmation = '{Confirmation.CONFIRMED.value}',
               t.appointment_id IN (
                   SELECT entity_id FROM audit_entry
                   WHERE entity = 'appointment' AND action = 'reschedule'
                         AND entity_id IS NOT NULL {where.replace('@', 'entity_id')})
        FROM attendee t JOIN appointment a ON a.id = t.appointment_id
        WHERE 1 = 1 {where.replace('@', 't.appointment_id')}"""


def messages_sql(where: str = "") -> str:
    """(appointment << 32 | client, code) of every reminder-sequence message."""
    went_at = "coalesce(m.sent_at, m.sending_at, m.due_at)"
    return f"""
        SELECT (m.appointment_id << 32) | m.client_id,
               {_case('m.channel', CHANNEL_BITS)} | {_case('m.state', STATE_BITS)}
               | (CASE WHEN {went_at} < a.start_at THEN {BEFORE_START} ELSE 0 END)
        FROM outbox_message m JOIN appointment a ON a.id = m.appointment_id
        WHERE m.step IN ({quoted(REMINDER_STEPS)}) AND m.client_id IS NOT NULL
              {where.replace('@', 'm.appointment_id')}"""


def _nothing() -> None:
    pass


def _fetch(conn: Connection, sql: str, names: tuple[str, ...],
           between: Callable[[], None] = _nothing) -> dict[str, np.ndarray]:
    """Integer columns straight from the DB-API cursor, a block of rows at a time;
    `between()` is called after each block (it may pause, or raise to stop the read)."""
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None  # None only once the connection is invalidated
    cursor = dbapi.cursor()
    try:
        cursor.execute(sql)
        cols: dict[str, list[np.ndarray]] = {n: [] for n in names}
        while rows := cursor.fetchmany(BLOCK):
            flat = np.fromiter(chain.from_iterable(rows), dtype=np.int64,
                               count=len(rows) * len(names)).reshape(-1, len(names))
            for i, n in enumerate(names):
                if n in IDS and int(np.max(flat[:, i])) > INT32_MAX:
                    raise OverflowError("ids beyond 32 bits")
                cols[n].append(flat[:, i].astype(DTYPE.get(n, np.int32)))
            between()
    finally:
        cursor.close()
    return {n: np.concatenate(v) if v else np.zeros(0, dtype=DTYPE.get(n, np.int32))
            for n, v in cols.items()}


def _merge(places: dict[str, np.ndarray], messages: dict[str, np.ndarray]
           ) -> dict[str, np.ndarray]:
    """Place columns (COLUMNS) with their messages summed in."""
    n = len(places["att"])
    out = dict(places)
    for name in ("mask", "deliv", "n_sent", "n_deliv", "n_failed"):
        out[name] = np.zeros(n, dtype=DTYPE.get(name, np.int32))
    if not n or not len(messages["key"]):
        return out
    keys = (places["appt"].astype(np.int64) << 32) | places["client"]
    order = np.argsort(keys)
    ordered = keys[order]
    pos = np.minimum(np.searchsorted(ordered, messages["key"]), n - 1)
    found = ordered[pos] == messages["key"]
    row, code = order[pos[found]], messages["code"][found]
    went_before = ((code & WENT_OUT_BITS) != 0) & ((code & BEFORE_START) != 0)

    def count(flags: np.ndarray) -> np.ndarray:
        return np.bincount(row[flags], minlength=n)

    for bit in CHANNEL_BITS.values():
        out["mask"] |= np.where(count(went_before & ((code & bit) != 0)) > 0, bit, 0
                                ).astype(np.int32)
    delivered = (code & STATE_BITS[MessageState.DELIVERED]) != 0
    out["deliv"] = (count(went_before & delivered) > 0).astype(np.int32)
    out["n_sent"] = count((code & ACCEPTED_BITS) != 0).astype(np.int32)
    out["n_deliv"] = count(delivered).astype(np.int32)
    out["n_failed"] = count((code & NOT_REACHED_BITS) != 0).astype(np.int32)
    return out


def read_all(conn: Connection, between: Callable[[], None] = _nothing
             ) -> dict[str, np.ndarray]:
    """Every place and its messages; `between()` after each block of rows read."""
    places = _fetch(conn, places_sql(), PLACE_COLUMNS, between)
    return _merge(places, _fetch(conn, messages_sql(), ("key", "code"), between))


def read_some(conn: Connection, appointment_ids: list[int]) -> dict[str, np.ndarray]:
    """The places of these appointments (ids are integers: written into the SQL)."""
    parts = []
    for k in range(0, len(appointment_ids), CHUNK):
        ids = ", ".join(str(int(i)) for i in appointment_ids[k:k + CHUNK])
        where = f"AND @ IN ({ids})"
        parts.append(_merge(_fetch(conn, places_sql(where), PLACE_COLUMNS),
                            _fetch(conn, messages_sql(where), ("key", "code"))))
    if not parts:
        return _merge(_fetch_nothing(PLACE_COLUMNS), _fetch_nothing(("key", "code")))
    return {name: np.concatenate([p[name] for p in parts]) for name in COLUMNS}


def _fetch_nothing(names: tuple[str, ...]) -> dict[str, np.ndarray]:
    return {n: np.zeros(0, dtype=DTYPE.get(n, np.int32)) for n in names}
