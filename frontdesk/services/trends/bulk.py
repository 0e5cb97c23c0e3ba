"""Reading every place and reminder message at once, for the first build of the cache.

A row-by-row read costs about a microsecond of Python per row with the GIL held (a
tuple, an int per column); with a million places and three million messages that was
most of a 20-second build, and it held up every other thread. Here SQLite does the
per-row work: each statement covers one block of ids and hands back each column as one
text (`group_concat`): integers comma-separated, times as fixed-width 26-character
UTCDateTime texts. numpy parses those in C, so the GIL is held only for a few
milliseconds a block, and times become microseconds in numpy rather than with
`strftime` in SQL.

The blocks are shared by two connections reading side by side (SQLite runs without the
GIL), each in its own read transaction begun after the caller's: rows read that way may
be newer than the caller's mark, which is safe because every change after that mark is
re-read through stats_dirty anyway. The figures equal `source.read_some`'s (the
per-appointment reader used for patches): tests/test_trends_bulk.py checks it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

import numpy as np
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection

from frontdesk.domain import Attendance, Confirmation, MessageState
from frontdesk.models.database import reading_through
from frontdesk.services.trends.codes import (
    CHANNEL_BITS,
    MODALITIES,
    OUTCOME_OF,
    REMINDER_STEPS,
    US,
)
from frontdesk.services.trends.source import (
    ACCEPTED_BITS,
    INT32_MAX,
    NOT_REACHED_BITS,
    PLACE_COLUMNS,
    STATE_BITS,
    WENT_OUT_BITS,
    _case,
    quoted,
)

# Ids per statement: ~35 ms of SQLite work, then other threads' turn. Each connection holds
# its block's texts about three times over (SQLite's, Python's, the parsed copy): with
# 65,536 ids the two readers' SQLite heap peaked ~10 MB higher, for no gain in speed.
BLOCK_IDS = 32_768
MAX_BLOCKS = 4_096  # sparse ids: wider blocks rather than many empty ones
TIME_WIDTH = 26  # 'YYYY-MM-DD HH:MM:SS.ffffff'
Opener = Callable[[], AbstractContextManager[Connection]]


def _time(column: str, exact: bool) -> str:
    """A UTCDateTime column as stored (26 characters), or made exactly 26 characters (a
    value stored without a fraction of a second gets '.000000'): slower, so only for a
    block whose texts did not come out 26 characters each."""
    return f"substr({column} || '.000000', 1, {TIME_WIDTH})" if exact else column


MOVED = ("SELECT DISTINCT entity_id FROM audit_entry WHERE entity = 'appointment' "
         "AND action = 'reschedule' AND entity_id IS NOT NULL")


def _places_block(exact: bool = False) -> str:
    outcome = _case("t.attendance", {Attendance(k): v for k, v in OUTCOME_OF.items()})
    modality = _case("a.modality", {m: i for i, m in enumerate(MODALITIES)})
    small = (f"({outcome}) | ((t.confirmation = '{Confirmation.CONFIRMED.value}') << 3) "
             f"| (({modality}) << 5)")
    return f"""
        SELECT count(*), group_concat(t.id, ','), group_concat(t.appointment_id, ','),
               group_concat(t.client_id, ','), group_concat(a.clinician_id, ','),
               group_concat(a.type_id, ','), group_concat({small}, ','),
               group_concat({_time('a.start_at', exact)}, ''),
               group_concat({_time('t.booked_at', exact)}, '')
        FROM attendee t JOIN appointment a ON a.id = t.appointment_id
        WHERE t.id >= ? AND t.id < ?"""


def _messages_block(exact: bool = False) -> str:
    code = f"{_case('m.channel', CHANNEL_BITS)} | {_case('m.state', STATE_BITS)}"
    return f"""
        SELECT count(*), group_concat((m.appointment_id << 32) | m.client_id, ','),
               group_concat({code}, ','),
               group_concat({_time('coalesce(m.sent_at, m.sending_at, m.due_at)', exact)}, '')
        FROM outbox_message m
        WHERE m.id >= ? AND m.id < ? AND m.step IN ({quoted(REMINDER_STEPS)})
              AND m.client_id IS NOT NULL AND m.appointment_id IS NOT NULL"""


class Misshapen(ValueError):
    """A block's texts are not in the shape asked for (read it again the exact way)."""


def micros_of_text(text: str, n: int) -> np.ndarray:
    """n fixed-width 'YYYY-MM-DD HH:MM:SS.ffffff' texts, back to back, as UTC microseconds
    since 1970 (what strftime('%s') and the fraction give in SQL)."""
    if len(text) != n * TIME_WIDTH:
        raise Misshapen("a time is not 26 characters")
    raw = np.frombuffer(text.encode("ascii"), dtype=np.uint8).reshape(-1, TIME_WIDTH)
    if not (np.all(raw[:, [4, 7]] == ord("-")) and np.all(raw[:, 10] == ord(" "))
            and np.all(raw[:, [13, 16]] == ord(":")) and np.all(raw[:, 19] == ord("."))):
        raise Misshapen("a time is not in the stored format")
    # One row per character, contiguous, a byte each: as int64 they would take 208 bytes a
    # time, 13 MB a block, twice over with two connections reading.
    digits = raw.T.copy(order="C")  # (np.frombuffer is read-only)
    digits -= np.uint8(ord("0"))

    def number(first: int, last: int) -> np.ndarray:
        out: np.ndarray = digits[first].astype(np.int64)
        for i in range(first + 1, last):
            out *= 10
            out += digits[i]
        return out

    year, month, day = number(0, 4), number(5, 7), number(8, 10)
    # Days since 1970-01-01 of a proleptic Gregorian date (years from March, so the leap
    # day is last).
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (month + np.where(month > 2, -3, 9)) + 2) // 5 + day - 1
    days = era * 146_097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719_468
    seconds = days * 86_400 + number(11, 13) * 3_600 + number(14, 16) * 60 + number(17, 19)
    micros: np.ndarray = seconds * US + number(20, 26)
    return micros


def _ints(text: object, n: int) -> np.ndarray:
    out = np.fromstring(str(text), dtype=np.int64, sep=",") if n else np.zeros(0, np.int64)
    if len(out) != n:
        raise ValueError("a block's columns do not line up")
    return out


def _places(row: tuple[object, ...], moved: np.ndarray) -> dict[str, np.ndarray]:
    n = int(str(row[0]))
    ids = [_ints(v, n) for v in row[1:7]]
    att, appt, client, clin, typ, small = ids
    if n and (max(int(a.max()) for a in ids[:5]) > INT32_MAX
              or min(int(a.min()) for a in ids[:5]) < 0):
        raise OverflowError("ids beyond 32 bits")
    return {"att": att.astype(np.int32), "appt": appt.astype(np.int32),
            "client": client.astype(np.int32), "clin": clin.astype(np.int32),
            "typ": typ.astype(np.int32), "modality": (small >> 5).astype(np.int32),
            "start": micros_of_text(str(row[7] or ""), n),
            "booked": micros_of_text(str(row[8] or ""), n),
            "outcome": (small & 7).astype(np.int32),
            "confirmed": ((small >> 3) & 1).astype(np.int32),
            "moved": np.isin(appt, moved).astype(np.int32)}


def _messages(row: tuple[object, ...]) -> dict[str, np.ndarray]:
    n = int(str(row[0]))
    return {"key": _ints(row[1], n), "code": _ints(row[2], n).astype(np.int32),
            "went": micros_of_text(str(row[3] or ""), n)}


# What a message adds to its place, one bit each (FLAG_OF: the channels that went out).
FLAG_OF = {bit: i for i, bit in enumerate(CHANNEL_BITS.values())}
DELIVERED_BEFORE, ACCEPTED, DELIVERED, NOT_REACHED = 3, 4, 5, 6


class _Reminders:
    """The reminder columns of every place (as source._merge makes them): each block of
    messages is brought down to its places' rows and a byte of flags as it arrives, so the
    messages' keys and times are never all in memory at once."""

    def __init__(self, places: dict[str, np.ndarray]) -> None:
        self.n = len(places["att"])
        keys = (places["appt"].astype(np.int64) << 32) | places["client"]
        self.order = np.argsort(keys).astype(np.int32)
        self.keys = keys[self.order]
        self.start = places["start"]
        self.rows: list[np.ndarray] = []
        self.flags: list[np.ndarray] = []

    def add(self, part: dict[str, np.ndarray]) -> None:
        if not self.n or not len(part["key"]):
            return
        pos = np.minimum(np.searchsorted(self.keys, part["key"]), self.n - 1)
        found = self.keys[pos] == part["key"]  # messages with no place count nowhere
        row, code = self.order[pos[found]], part["code"][found]
        went_before = (((code & WENT_OUT_BITS) != 0)
                       & (part["went"][found] < self.start[row]))
        delivered = (code & STATE_BITS[MessageState.DELIVERED]) != 0
        flags = np.zeros(len(row), dtype=np.uint8)
        for bit, i in FLAG_OF.items():
            flags |= ((went_before & ((code & bit) != 0)) << i).astype(np.uint8)
        for i, flag in ((DELIVERED_BEFORE, went_before & delivered),
                        (ACCEPTED, (code & ACCEPTED_BITS) != 0), (DELIVERED, delivered),
                        (NOT_REACHED, (code & NOT_REACHED_BITS) != 0)):
            flags |= (flag << i).astype(np.uint8)
        keep = flags != 0
        self.rows.append(row[keep])
        self.flags.append(flags[keep])

    def columns(self) -> dict[str, np.ndarray]:
        rows = np.concatenate(self.rows) if self.rows else np.zeros(0, np.int32)
        flags = np.concatenate(self.flags) if self.flags else np.zeros(0, np.uint8)
        self.rows, self.flags = [], []

        def count(i: int) -> np.ndarray:
            return np.bincount(rows[(flags & (1 << i)) != 0], minlength=self.n
                               ).astype(np.int32)

        mask = np.zeros(self.n, dtype=np.int32)
        for bit, i in FLAG_OF.items():
            mask |= np.where(count(i) > 0, bit, 0).astype(np.int32)
        return {"mask": mask, "deliv": (count(DELIVERED_BEFORE) > 0).astype(np.int32),
                "n_sent": count(ACCEPTED), "n_deliv": count(DELIVERED),
                "n_failed": count(NOT_REACHED)}


@dataclass
class _Read:
    """Blocks still to read, shared by the connections reading them, and what to do with
    each block read."""

    jobs: list[tuple[int, int]]  # id ranges
    read: Callable[[sqlcipher.Cursor, int, int, bool], dict[str, np.ndarray]]
    take: Callable[[dict[str, np.ndarray]], None]  # called under `lock`
    between: Callable[[], None]
    lock: threading.Lock = field(default_factory=threading.Lock)
    failed: list[BaseException] = field(default_factory=list)

    def next_job(self) -> tuple[int, int] | None:
        with self.lock:
            return None if self.failed or not self.jobs else self.jobs.pop(0)

    def work(self, conn: Connection) -> None:
        """Read blocks until none is left (or another connection failed)."""
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None  # None only once the connection is invalidated
        cursor = dbapi.cursor()
        try:
            # Each page is read once (mostly messages nobody else needs): a small page
            # cache meanwhile, emptied after rather than kept for as long as the pool
            # keeps the connection.
            with reading_through(cursor):
                while (job := self.next_job()) is not None:
                    try:
                        part = self.read(cursor, *job, False)
                    except Misshapen:
                        part = self.read(cursor, *job, True)
                    with self.lock:
                        self.take(part)
                    self.between()
        except BaseException as exc:
            with self.lock:
                self.failed.append(exc)
        finally:
            cursor.close()

    def run(self, conn: Connection, more: Opener | None) -> None:
        """Every block, by `conn` and a second connection from `more` side by side."""
        helper = None
        if more is not None and len(self.jobs) > 1:
            def work_more() -> None:
                try:
                    with more() as other:
                        self.work(other)
                except BaseException as exc:
                    with self.lock:
                        self.failed.append(exc)

            helper = threading.Thread(target=work_more, name="frontdesk-trends-read",
                                      daemon=True)
            helper.start()
        self.work(conn)
        if helper is not None:
            helper.join()
        if self.failed:
            raise self.failed[0]


def _ranges(conn: Connection, table: str) -> list[tuple[int, int]]:
    lo, hi = conn.exec_driver_sql(f"SELECT min(id), max(id) FROM {table}").one()
    if lo is None:
        return []
    width = max(BLOCK_IDS, -(-(hi - lo + 1) // MAX_BLOCKS))
    return [(a, a + width) for a in range(lo, hi + 1, width)]


PLACE_DTYPES = {"start": np.int64, "booked": np.int64}  # the rest: int32


def read_all(conn: Connection, more: Opener | None,
             between: Callable[[], None]) -> dict[str, np.ndarray]:
    """Every place with its messages (source.COLUMNS), read in blocks by `conn` and, when
    `more` is given, by a second connection it opens (a read transaction begun later than
    `conn`'s). `between()` runs after each block (it may pause, or raise to stop)."""
    moved = np.array([r[0] for r in conn.exec_driver_sql(MOVED)], dtype=np.int64)
    parts: list[dict[str, np.ndarray]] = []

    def read_places(cursor: sqlcipher.Cursor, lo: int, hi: int, exact: bool
                    ) -> dict[str, np.ndarray]:
        return _places(cursor.execute(_places_block(exact), (lo, hi)).fetchone(), moved)

    def read_messages(cursor: sqlcipher.Cursor, lo: int, hi: int, exact: bool
                      ) -> dict[str, np.ndarray]:
        return _messages(cursor.execute(_messages_block(exact), (lo, hi)).fetchone())

    _Read(_ranges(conn, "attendee"), read_places, parts.append, between).run(conn, more)
    places = {}
    for name in PLACE_COLUMNS:  # one column at a time: the blocks go as they are joined
        places[name] = (np.concatenate([p.pop(name) for p in parts]) if parts
                        else np.zeros(0, dtype=PLACE_DTYPES.get(name, np.int32)))
    reminders = _Reminders(places)
    _Read(_ranges(conn, "outbox_message"), read_messages, reminders.add,
          between).run(conn, more)
    return places | reminders.columns()
