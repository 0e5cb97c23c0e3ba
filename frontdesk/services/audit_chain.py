"""The audit trail's hash chain: the canonical form of an entry, and its verification.

Each entry's `hash` is SHA-256 over its canonical form: its id, when (UTC ISO 8601), who (actor,
account), what (action, entity, entity id, detail) and the hash of the entry before it
(`prev_hash`; GENESIS for the first). An entry edited, deleted or slipped in breaks the chain.
`verify` reads the table in id order in batches (memory stays flat on millions of rows) and
names the first broken entry; with the chain's end as a checkpoint kept outside the database
(services/audit_checkpoint.py), a cut-off end is found too. Writing: services/audit.py.
Reports name entries by id, action and time only: the detail may hold client ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from json.encoder import encode_basestring_ascii as _quoted
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

GENESIS = "0" * 64  # the prev_hash of the first entry
FORM = "frontdesk-audit-v1"  # names the canonical form; a new form gets a new name
BATCH = 5_000
COLUMNS = "id, at, actor, account_id, action, entity, entity_id, detail, prev_hash, hash"
Row = Sequence[Any]  # (id, at, actor, account_id, action, entity, entity_id, detail, prev, hash)


@dataclass(frozen=True)
class Head:
    """The chain's end: the last entry's id and hash (id 0 and GENESIS for an empty trail)."""

    id: int
    hash: str


EMPTY = Head(0, GENESIS)


def canonical_at(value: datetime | str | None) -> str | None:
    """When, as UTC ISO 8601 with microseconds ("2026-03-02T14:05:00.000000Z"), from an aware
    datetime or from the text SQLite keeps (naive UTC, "2026-03-02 14:05:00.000000")."""
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) == 26 and value[10] == " " and value[19] == ".":
            return f"{value[:10]}T{value[11:]}Z"  # what the UTCDateTime column stores
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return f"text:{value}"
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"


def entry_hash(entry_id: int, at: datetime | str | None, actor: str, account_id: int | None,
               action: str, entity: str, entity_id: int | None, detail: str,
               prev_hash: str) -> str:
    """SHA-256 (hex) of an entry's canonical form: a JSON array, ASCII, no spaces, as
    json.dumps(..., separators=(",", ":")) writes it, in this order:
    ["frontdesk-audit-v1", id, at, actor, account_id, action, entity, entity_id, detail,
    prev_hash]; a value of another type than the column's is written as a string."""
    form = (f'["{FORM}",{_json(entry_id)},{_json(canonical_at(at))},{_json(actor)},'
            f"{_json(account_id)},{_json(action)},{_json(entity)},{_json(entity_id)},"
            f"{_json(detail)},{_json(prev_hash)}]")
    return hashlib.sha256(form.encode()).hexdigest()


def _json(value: object) -> str:
    if value is None:
        return "null"
    if type(value) is int:
        return str(value)
    return str(_quoted(value if isinstance(value, str) else str(value)))


def row_hash(row: Row) -> str:
    """The hash a stored row should carry, from its own columns (COLUMNS order)."""
    return entry_hash(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8])


# ---- reading ---------------------------------------------------------------------------------
Source = Engine | Connection | Session | Any  # Any: a DB-API connection (the checking child)


def rows_from(source: Source, from_id: int = 0) -> Iterator[list[Row]]:
    """The entries with id >= from_id in id order, in batches of BATCH, as stored (no type
    conversion). One statement: one consistent snapshot of the table."""
    sql = f"SELECT {COLUMNS} FROM audit_entry WHERE id >= ? ORDER BY id"
    if isinstance(source, Engine):
        with source.connect() as conn:
            yield from rows_from(conn, from_id)
        return
    if isinstance(source, Session):
        source = source.connection()
    result = (source.exec_driver_sql(sql, (from_id,)) if isinstance(source, Connection)
              else source.execute(sql, (from_id,)))
    while batch := result.fetchmany(BATCH):
        yield [tuple(row) for row in batch]


# ---- verifying -------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChainReport:
    """What a verification found. `problem` is in words ("entry 1234 was changed"); the broken
    entry is named by id, action and time, never by its detail."""

    ok: bool
    checked: int = 0  # entries found in order before the first broken one (all, when ok)
    first_id: int = 0
    first_at: str = ""
    last_id: int = 0
    last_at: str = ""
    last_hash: str = GENESIS
    broken_id: int | None = None
    broken_action: str = ""
    broken_at: str = ""
    problem: str = ""
    checkpoint: str = ""  # how the chain's end compared with the checkpoint, in words
    at_checkpoint: bool = False  # the chain is whole but the end recorded before is not there

    @property
    def head(self) -> Head:
        return Head(self.last_id, self.last_hash)

    def summary(self) -> str:
        if self.ok:
            if not self.checked:
                return "Audit trail intact: 0 entries."
            return (f"Audit trail intact: {self.checked:,} entr{_ies(self.checked)} (first "
                    f"#{self.first_id} on {_when(self.first_at)}, last #{self.last_id} on "
                    f"{_when(self.last_at)}).")
        return f"The audit trail has been altered: {self.problem}."

    def broken_entry(self) -> str:
        """The first broken entry by id, action and time ("" when none is there to name)."""
        if self.broken_id is None or not self.broken_action:
            return ""
        return (f"Entry {self.broken_id}: {self.broken_action}, recorded "
                f"{_when(self.broken_at)}.")

    def warning(self) -> str:
        """What to tell the desk at start-up when the chain is broken."""
        return " ".join(w for w in (self.summary(), self.broken_entry(),
                                    "Tell the practice owner; nothing was changed.") if w)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ChainReport:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


def _ies(n: int) -> str:
    return "y" if n == 1 else "ies"


def _when(at: str) -> str:
    """"2026-03-02 14:05 UTC" from a canonical time."""
    return f"{at[:10]} {at[11:16]} UTC" if len(at) >= 16 and at[10] == "T" else at or "?"


def _break_words(row: Row, prev: Head, self_ok: bool, links: bool) -> str:
    entry_id = row[0]
    if not row[9]:
        return f"entry {entry_id} has no hash: it was written outside the chain (inserted?)"
    if links:
        return f"entry {entry_id} was changed"
    if self_ok and entry_id > prev.id + 1:
        gone = (f"{prev.id + 1}" if entry_id == prev.id + 2 else
                f"{prev.id + 1}-{entry_id - 1}")
        return f"entry {entry_id} follows a missing entry ({gone} deleted?)"
    if self_ok and prev.id:
        return (f"entry {entry_id} does not follow the chain (inserted, or entry {prev.id} "
                "changed?)")
    return f"entry {entry_id} does not follow the chain (inserted?)"


def walk(batches: Iterable[list[Row]], start: Head = EMPTY,
         checkpoint: Head | None = None) -> ChainReport:
    """Check each entry's hash and its link to the one before, from `start`: the trail's
    beginning, or a checkpoint, whose own entry must then be the first row given and
    unchanged. Then, with `checkpoint`, whether the trail still reaches it."""
    prev, checked, first, last, seen = start, 0, None, None, None
    awaiting_start = bool(start.id)
    for batch in batches:
        for row in batch:
            entry_id, stored = row[0], row[9]
            if awaiting_start:  # the checkpoint's own entry, as it was
                awaiting_start = False
                if entry_id != start.id or stored != start.hash:
                    return ChainReport(False, 0, broken_id=start.id,
                                       problem=_start_gone(start, entry_id), at_checkpoint=True)
                last = row
                continue
            self_ok = bool(stored) and row_hash(row) == stored
            links = row[8] == prev.hash
            if not (self_ok and links):
                return _broken(row, checked, first, prev, _break_words(row, prev, self_ok, links))
            if checkpoint is not None and entry_id == checkpoint.id:
                seen = stored
            first = first or row
            checked += 1
            prev, last = Head(entry_id, stored), row
    if awaiting_start:
        return ChainReport(False, 0, broken_id=start.id, problem=_start_gone(start, None),
                           at_checkpoint=True)
    first_id, first_at = (first[0], canonical_at(first[1]) or "") if first else (0, "")
    last_at = canonical_at(last[1]) or "" if last else ""
    report = ChainReport(True, checked, first_id, first_at, prev.id, last_at, prev.hash)
    if checkpoint is None or not checkpoint.id or start.id:
        return report
    return _against_checkpoint(report, checkpoint, seen)


def _start_gone(start: Head, found: int | None) -> str:
    if found == start.id:
        return (f"entry {start.id} is not the one there at the last check (the entries from "
                "it on were replaced?)")
    return f"entry {start.id}, there at the last check, is missing"


def _broken(row: Row, checked: int, first: Row | None, prev: Head, words: str) -> ChainReport:
    return ChainReport(False, checked, first[0] if first else 0,
                       canonical_at(first[1]) or "" if first else "", prev.id, "", prev.hash,
                       broken_id=row[0], broken_action=str(row[4]),
                       broken_at=canonical_at(row[1]) or "", problem=words)


def _against_checkpoint(report: ChainReport, checkpoint: Head,
                        seen: str | None) -> ChainReport:
    """The chain is whole; does it still reach the end seen at the last check?"""
    if report.last_id < checkpoint.id:
        n = checkpoint.id - report.last_id
        words = (f"the last {n} entries are missing" if n > 1 else "the last entry is missing")
        words += (f" (the trail ends at entry {report.last_id}; entry {checkpoint.id} was "
                  "there at the last check)")
        return _with(report, False, words, checkpoint.id)
    if seen != checkpoint.hash:
        found = checkpoint.id if seen is not None else None
        return _with(report, False, _start_gone(checkpoint, found), checkpoint.id)
    return _with(report, True, "", None, "The chain reaches the end recorded at the last check.")


def _with(report: ChainReport, ok: bool, problem: str, broken_id: int | None,
          note: str = "") -> ChainReport:
    data = report.to_json()
    data.update(ok=ok, problem=problem, broken_id=broken_id, checkpoint=note, at_checkpoint=not ok)
    return ChainReport(**data)


def verify(source: Source, checkpoint: Head | None = None) -> ChainReport:
    """The whole trail checked in id order; with `checkpoint` (the end recorded at the last
    check, kept outside the database), also whether the end is still there."""
    return walk(rows_from(source), EMPTY, checkpoint)


def verify_since(source: Source, checkpoint: Head) -> ChainReport:
    """Only the entries from the checkpoint's on: its entry unchanged and each later one
    linked. Cheap (what was added since); used to move the checkpoint forward."""
    if not checkpoint.id:
        return verify(source)
    return walk(rows_from(source, checkpoint.id), checkpoint)
