"""Reading places (and their reminder messages) from the database, as one integer row each.

Two statements, merged with numpy: the places (attendee x appointment, with the "moved"
flag), and the reminder-sequence messages packed into one code per message (channel bit,
state bit, went out before the start), summed per place. Both stream straight from the
cursor into numpy (no list of tuples in between).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain

import numpy as np
from sqlalchemy import Connection

from frontdesk.models.enums import Attendance, Confirmation
from frontdesk.models.outbox import MessageState
from frontdesk.services.trends.codes import CHANNEL_BITS, MODALITIES, OUTCOME_OF, REMINDER_STEPS

# The columns of a place row, in order.
COLUMNS = ("att", "appt", "client", "clin", "typ", "modality", "start", "booked", "outcome",
           "confirmed", "mask", "deliv", "n_sent", "n_deliv", "n_failed", "moved")
PLACE_COLUMNS = ("att", "appt", "client", "clin", "typ", "modality", "start", "booked",
                 "outcome", "confirmed", "moved")
CHUNK = 500  # appointment ids per IN (...) when re-reading changed appointments
# A message's code: its channel bit (1, 2, 4), its state, and whether it went before the start.
STATE_BITS = {MessageState.SENT: 8, MessageState.DELIVERED: 16, MessageState.UNDELIVERED: 32,
              MessageState.FAILED: 64}
WENT_OUT_BITS = 8 | 16 | 32 | 64
ACCEPTED_BITS = 8 | 16 | 32  # sent, delivered or not delivered: the provider took it
NOT_REACHED_BITS = 32 | 64  # failed or not delivered
BEFORE_START = 128


def quoted(values: Iterable) -> str:
    return ", ".join(f"'{v.value}'" for v in values)


def micros(column: str) -> str:
    """A UTCDateTime column ('YYYY-MM-DD HH:MM:SS.ffffff', UTC) as integer microseconds."""
    return (f"(CAST(strftime('%s', {column}) AS INTEGER) * 1000000 "
            f"+ CAST(substr({column}, 21, 6) AS INTEGER))")


def _case(column: str, mapping: dict, default: int = 0) -> str:
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


def _fetch(conn: Connection, sql: str, width: int) -> np.ndarray:
    cursor = conn.exec_driver_sql(sql)
    flat = np.fromiter(chain.from_iterable(cursor), dtype=np.int64)
    return flat.reshape(-1, width)


def _merge(places: np.ndarray, messages: np.ndarray) -> np.ndarray:
    """Place rows in COLUMNS order, with their messages summed in."""
    n = len(places)
    out = np.zeros((n, len(COLUMNS)), dtype=np.int64)
    for i, name in enumerate(PLACE_COLUMNS):
        out[:, COLUMNS.index(name)] = places[:, i]
    if not n or not len(messages):
        return out
    keys = (places[:, 1] << 32) | places[:, 2]
    order = np.argsort(keys)
    pos = np.minimum(np.searchsorted(keys[order], messages[:, 0]), n - 1)
    found = keys[order][pos] == messages[:, 0]
    row, code = order[pos[found]], messages[found, 1]
    went_before = ((code & WENT_OUT_BITS) != 0) & ((code & BEFORE_START) != 0)

    def count(flags: np.ndarray) -> np.ndarray:
        return np.bincount(row[flags], minlength=n)

    mask = np.zeros(n, dtype=np.int64)
    for bit in CHANNEL_BITS.values():
        mask |= np.where(count(went_before & ((code & bit) != 0)) > 0, bit, 0)
    delivered = (code & STATE_BITS[MessageState.DELIVERED]) != 0
    out[:, COLUMNS.index("mask")] = mask
    out[:, COLUMNS.index("deliv")] = count(went_before & delivered) > 0
    out[:, COLUMNS.index("n_sent")] = count((code & ACCEPTED_BITS) != 0)
    out[:, COLUMNS.index("n_deliv")] = count(delivered)
    out[:, COLUMNS.index("n_failed")] = count((code & NOT_REACHED_BITS) != 0)
    return out


def read_all(conn: Connection) -> np.ndarray:
    return _merge(_fetch(conn, places_sql(), len(PLACE_COLUMNS)),
                  _fetch(conn, messages_sql(), 2))


def read_some(conn: Connection, appointment_ids: list[int]) -> np.ndarray:
    """The places of these appointments (ids are integers: written into the SQL)."""
    parts = []
    for k in range(0, len(appointment_ids), CHUNK):
        ids = ", ".join(str(int(i)) for i in appointment_ids[k:k + CHUNK])
        where = f"AND @ IN ({ids})"
        parts.append(_merge(_fetch(conn, places_sql(where), len(PLACE_COLUMNS)),
                            _fetch(conn, messages_sql(where), 2)))
    return np.concatenate(parts) if parts else np.zeros((0, len(COLUMNS)), dtype=np.int64)
