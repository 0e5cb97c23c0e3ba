"""The audit trail for the practice owner: filtered, newest first, paged, and exported as CSV.

Pages are read by id (keyset: `id < before_id ORDER BY id DESC LIMIT n`), never by OFFSET: a
trail holds millions of entries. A client's entries are those about the client and those
about a session they attend (both found through the (entity, entity_id) index). Times are
shown in the practice's time zone, and date filters are days there. Opening the viewer,
exporting and checking the chain are audited themselves, as the acting person.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, Engine, Select, and_, or_, select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain.access import Person
from frontdesk.models import Attendee, AuditEntry, Client, PracticeSettings
from frontdesk.services import audit, audit_chain
from frontdesk.services.audit_chain import ChainReport, Head
from frontdesk.services.audit_checkpoint import ChainCheckpoint, engine_database
from frontdesk.services.audit_dto import (
    AuditExportError,
    AuditFilters,
    AuditOptions,
    AuditPage,
    AuditRow,
)
from frontdesk.services.audit_words import action_words, entity_words
from frontdesk.services.errors import ValidationError
from frontdesk.services.secrets import SecretStore

PAGE = 500
MAX_PAGE = 5_000
EXPORT_BATCH = 2_000  # rows read (and client names looked up) at a time while exporting
ENTITY = "audit_trail"  # the entity the viewer's own entries are about
CSV_HEADER = ("id", "when", "who", "action", "action_code", "what", "entity", "entity_id",
              "detail")
COLUMNS = (AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.action,
           AuditEntry.entity, AuditEntry.entity_id, AuditEntry.detail)


class AuditTrail:
    """The owner's view of the audit trail. `checkpoint()`: the chain's end recorded outside
    the database at the last check (None when none is kept), for `verify`."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock,
                 checkpoint: Callable[[], Head | None] | None = None) -> None:
        self.sessions, self.clock, self.checkpoint = sessions, clock, checkpoint

    # ---- reading ---------------------------------------------------------------------------
    def entries(self, filters: AuditFilters, limit: int = PAGE,
                before_id: int | None = None) -> AuditPage:
        """Up to `limit` matching entries older than `before_id` (None: the newest)."""
        limit = max(1, min(int(limit), MAX_PAGE))
        with self.sessions() as s:
            tz = practice_zone(s)
            q = matching(s, filters, tz)
            if before_id is not None:
                q = q.where(AuditEntry.id < before_id)
            found = s.execute(q.order_by(AuditEntry.id.desc()).limit(limit + 1)).all()
            page = found[:limit]
            rows = tuple(_rows(page, tz, client_names(s, _client_ids(page))))
        return AuditPage(rows, len(found) > limit, tz.key)

    def filter_options(self) -> AuditOptions:
        """The people and actions that appear in the trail (distinct values, read through
        their indexes one value at a time: a handful of index look-ups, not a scan)."""
        with self.sessions() as s:
            tz = practice_zone(s)
            people = distinct(s, "actor")
            codes = distinct(s, "action")
        actions = sorted(((c, action_words(c)) for c in codes), key=lambda a: a[1].lower())
        return AuditOptions(tuple(sorted(people, key=str.lower)), tuple(actions), tz.key)

    def viewed(self, actor: str, *, by: Person | None = None) -> None:
        """The viewer was opened: recorded as `audit_viewed`."""
        self._record(actor, by, "audit_viewed", "")

    # ---- export ----------------------------------------------------------------------------
    def export_csv(self, filters: AuditFilters, path: str | Path, actor: str = "", *,
                   overwrite: bool = False, by: Person | None = None) -> int:
        """Every matching entry, newest first, to a UTF-8 CSV file with a header (with a byte
        order mark, so spreadsheet programs read accents right). Rows are read and written
        a batch at a time. An existing file is replaced only with `overwrite`; the file
        appears whole or not at all. Returns the number of rows; recorded as
        `audit_exported`."""
        target = Path(path)
        if target.is_dir():
            raise AuditExportError(f"“{target.name}” is a folder.",
                                   hint="Choose a file name to save as.")
        if target.exists() and not overwrite:
            raise AuditExportError(f"A file named “{target.name}” is there already.",
                                   hint="Choose another name, or agree to replace it.",
                                   exists=True)
        try:
            count = self._write(filters, target)
        except OSError:
            raise AuditExportError(
                "FrontDesk could not save the file there.",
                hint="Choose another folder (one you can save in, with free space).") from None
        self._record(actor, by, "audit_exported", f"{count} rows; {filters.describe()}")
        return count

    def _write(self, filters: AuditFilters, target: Path) -> int:
        fd, part_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                         dir=target.parent)
        part = Path(part_name)
        try:
            with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
                count = self._stream(filters, csv.writer(fh))
            if target.exists() and not target.is_file():
                raise IsADirectoryError(str(target))
            os.replace(part, target)
            return count
        finally:
            part.unlink(missing_ok=True)

    def _stream(self, filters: AuditFilters, out: Any) -> int:
        out.writerow(CSV_HEADER)
        count = 0
        with self.sessions() as s:
            tz = practice_zone(s)
            q = matching(s, filters, tz).order_by(AuditEntry.id.desc())
            result = s.execute(q.execution_options(yield_per=EXPORT_BATCH))
            for batch in result.partitions():
                names = client_names(s, _client_ids(batch))
                out.writerows(_csv_line(r) for r in _rows(batch, tz, names))
                count += len(batch)
        return count

    # ---- the chain -------------------------------------------------------------------------
    def verify(self, actor: str = "", *, by: Person | None = None) -> ChainReport:
        """Check the hash chain from its first entry (and against the end recorded at the last
        check, when one is kept); recorded as `audit_verified` with the outcome."""
        head = self.checkpoint() if self.checkpoint is not None else None
        with self.sessions() as s:
            report = audit_chain.verify(s, head)
        outcome = (f"intact, {report.checked} entries" if report.ok
                   else f"altered: {report.problem}")
        self._record(actor, by, "audit_verified", outcome)
        return report

    # ---- helpers ---------------------------------------------------------------------------
    def _record(self, actor: str, by: Person | None, action: str, detail: str) -> None:
        with self.sessions.begin() as s:
            audit.record(s, self.clock, by.actor if by is not None else actor, action, ENTITY,
                         None, detail, account_id=by.account_id if by is not None else None)


def keyring_checkpoint(engine: Engine, store: SecretStore | None
                       ) -> Callable[[], Head | None] | None:
    """How `verify` reads the chain's end recorded in the keyring at the last check
    (services/audit_checkpoint.py); None when no keyring is used (the demo practice)."""
    if store is None:
        return None

    def load() -> Head | None:
        database = engine_database(engine)
        return ChainCheckpoint(store, database).load() if database is not None else None

    return load


def matching(s: Session, f: AuditFilters, tz: ZoneInfo) -> Select[*tuple[Any, ...]]:
    """The entries a filter shows (unordered)."""
    return select(*COLUMNS).where(*conditions(s, f, tz))


def conditions(s: Session, f: AuditFilters, tz: ZoneInfo) -> list[ColumnElement[bool]]:
    """The WHERE clauses of a filter."""
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise ValidationError("date_to", "The “to” date is before the “from” date.",
                              hint="Choose a “to” date on or after it.")
    where: list[ColumnElement[bool]] = []
    if f.person:
        where.append(AuditEntry.actor == f.person)
    if f.account_id is not None:  # the names the account acted under: "Rita (#2)", …
        suffix = f" (#{int(f.account_id)})"
        names = [p for p in distinct(s, "actor") if p.endswith(suffix)]
        where.append(AuditEntry.actor.in_(names))
    if f.client_id is not None:
        sessions = select(Attendee.appointment_id).where(Attendee.client_id == f.client_id)
        where.append(or_(
            and_(AuditEntry.entity == "client", AuditEntry.entity_id == f.client_id),
            and_(AuditEntry.entity == "appointment", AuditEntry.entity_id.in_(sessions))))
    if f.actions:
        where.append(AuditEntry.action.in_(f.actions))
    if f.date_from:
        where.append(AuditEntry.at >= day_start(f.date_from, tz))
    if f.date_to:
        where.append(AuditEntry.at < day_start(f.date_to + timedelta(days=1), tz))
    return where


def day_start(day: date, tz: ZoneInfo) -> datetime:
    """Midnight of `day` in the practice's zone, in UTC."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def practice_zone(s: Session) -> ZoneInfo:
    settings = s.get(PracticeSettings, 1)
    try:
        return ZoneInfo(settings.timezone if settings is not None else "America/New_York")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def distinct(s: Session, column: str) -> list[str]:
    """The distinct values of an indexed text column of audit_entry, by a loose index scan
    (each next value is one index seek past the last)."""
    sql = (f"WITH RECURSIVE v(x) AS (SELECT MIN({column}) FROM audit_entry UNION ALL "
           f"SELECT (SELECT MIN({column}) FROM audit_entry WHERE {column} > v.x) FROM v "
           "WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL")
    return [str(row[0]) for row in s.connection().exec_driver_sql(sql)]


def client_names(s: Session, ids: Iterable[int]) -> dict[int, str]:
    """Clients' display names by id (the preferred or first name and the last name)."""
    wanted = sorted(set(ids))
    names: dict[int, str] = {}
    for i in range(0, len(wanted), 500):
        q = select(Client.id, Client.first_name, Client.last_name, Client.preferred_name
                   ).where(Client.id.in_(wanted[i:i + 500]))
        for cid, first, last, preferred in s.execute(q):
            names[cid] = f"{preferred or first} {last}".strip()
    return names


def _client_ids(rows: Sequence[Any]) -> list[int]:
    return [r.entity_id for r in rows if r.entity == "client" and r.entity_id is not None]


def _rows(rows: Iterable[Any], tz: ZoneInfo, names: dict[int, str]) -> Iterator[AuditRow]:
    for r in rows:
        name = names.get(r.entity_id, "") if r.entity == "client" else ""
        yield AuditRow(r.id, r.at.astimezone(tz), r.actor, r.action,
                       action_words(r.action, r.entity), r.entity, r.entity_id,
                       entity_words(r.entity, r.entity_id, name), r.detail or "")


def _csv_line(r: AuditRow) -> tuple[str, ...]:
    return (str(r.id), r.at.isoformat(timespec="seconds"), _cell(r.who), _cell(r.action_words),
            _cell(r.action), _cell(r.what), r.entity, "" if r.entity_id is None else
            str(r.entity_id), _cell(r.detail))


def _cell(text: str) -> str:
    """Text a spreadsheet would run as a formula gets an apostrophe in front."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
