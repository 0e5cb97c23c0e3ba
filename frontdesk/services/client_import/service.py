"""The CSV import of existing clients: look at the file, check every row, import the good
rows in one transaction (all of them or none), and export the skipped rows for fixing."""

from __future__ import annotations

import csv
import logging
import time
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import Channel, ConsentStatus
from frontdesk.models import ChannelConsent, Client, PracticeSettings
from frontdesk.services import audit
from frontdesk.services.client_import.checking import CheckedRow, RowChecker
from frontdesk.services.client_import.mapping import Mapping, guess_mapping
from frontdesk.services.client_import.reading import (
    CsvFormat,
    ImportFileError,
    detect_format,
    header_and_rows,
)
from frontdesk.services.clients import ClientService
from frontdesk.services.errors import FrontDeskError, ValidationError
from frontdesk.services.practice import load_settings
from frontdesk.services.retry import plain_error

log = logging.getLogger(__name__)
PREVIEW_ROWS = 50
FLUSH_EVERY = 1000
CONSENT_METHOD = "imported from a CSV file (consent column)"


@dataclass(frozen=True)
class CsvPreview:
    """What the file looks like: enough to choose the columns."""

    path: str
    format: CsvFormat
    headers: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]  # the first data rows
    guess: Mapping


@dataclass(frozen=True)
class ImportPlan:
    """Every data row, checked: what would be imported and what would be skipped."""

    path: str
    headers: tuple[str, ...]
    mapping: Mapping
    rows: tuple[CheckedRow, ...]
    seconds: float = 0.0

    @property
    def good(self) -> tuple[CheckedRow, ...]:
        return tuple(r for r in self.rows if r.ok)

    @property
    def bad(self) -> tuple[CheckedRow, ...]:
        return tuple(r for r in self.rows if not r.ok)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: tuple[CheckedRow, ...]
    headers: tuple[str, ...]
    seconds: float = 0.0

    @property
    def summary(self) -> str:
        text = f"{self.imported} imported"
        if self.skipped:
            text += f", {len(self.skipped)} skipped: see the list"
        return text + "."


def _existing_keys(s: Session) -> set[str]:
    keys: set[str] = set()
    for mobile, whatsapp, email in s.execute(select(Client.mobile, Client.whatsapp,
                                                    Client.email)):
        keys.update(k for k in (mobile, whatsapp) if k)
        if email:
            keys.add(email.lower())
    return keys


class ClientImportService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock,
                 clients: ClientService) -> None:
        self.sessions, self.clock, self.clients = sessions, clock, clients

    def open(self, path: str) -> CsvPreview:
        """Read the file's format, header and first rows (fast: the rest is not read)."""
        p = Path(path)
        fmt = detect_format(p)
        headers, rows = header_and_rows(p, fmt)
        sample = tuple(tuple(cells) for _n, cells in islice(rows, PREVIEW_ROWS))
        if not sample:
            raise ImportFileError("The file has a header row but no clients under it.",
                                  hint="Check that you exported the whole list.")
        return CsvPreview(str(p), fmt, headers, sample, guess_mapping(headers))

    def check(self, path: str, mapping: Mapping) -> ImportPlan:
        """Check every row of the file against `mapping` and the clients already here."""
        mapping.check()
        started = time.perf_counter()
        p = Path(path)
        fmt = detect_format(p)
        headers, rows = header_and_rows(p, fmt)
        if len(mapping.columns) != len(headers):
            raise ValidationError("mapping", "The file changed since it was opened.",
                                  hint="Choose the file again.")
        with self.sessions() as s:
            settings = s.get(PracticeSettings, 1)
            region = settings.region if settings else "US"
            existing = _existing_keys(s)
        checker = RowChecker(mapping, region, existing)
        checked = tuple(checker.check(n, cells) for n, cells in rows)
        return ImportPlan(str(p), headers, mapping, checked, time.perf_counter() - started)

    def run(self, plan: ImportPlan, actor: str) -> ImportResult:
        """Import the plan's good rows in ONE transaction: every one of them, or — if
        anything fails — none. A row that became a duplicate since the check is skipped."""
        started = time.perf_counter()
        skipped = list(plan.bad)
        try:
            with self.sessions.begin() as s:
                # Held for the whole import: ClientService reads the region for each row,
                # and a settings row the session let go would be re-read (and every pending
                # client flushed first) for each of them.
                settings = load_settings(s)  # noqa: F841
                existing = _existing_keys(s)
                added = 0
                batch: list[tuple[Client, CheckedRow]] = []
                for row in plan.good:
                    if any(k in existing for k in row.keys):
                        skipped.append(_with_problem(row, "already a client (added meanwhile)"))
                        continue
                    client = Client(created_at=self.clock.now())
                    assert row.client is not None  # a good row has its client
                    try:
                        self.clients.apply_input(s, client, row.client)
                    except ValidationError as exc:
                        skipped.append(_with_problem(row, exc.message))
                        continue
                    self._consents(client, row, actor)
                    s.add(client)
                    batch.append((client, row))
                    if len(batch) >= FLUSH_EVERY:
                        added += self._flush(s, batch, actor)
                added += self._flush(s, batch, actor)
                audit.record(s, self.clock, actor, "import", "client", None,
                             f"{added} clients from a CSV file, {len(skipped)} rows skipped")
        except FrontDeskError:
            raise
        except SQLAlchemyError as exc:
            log.warning("Client import rolled back: %s", type(exc).__name__)
            shown = plain_error(exc)
            reason = shown.message if isinstance(shown, FrontDeskError) else (
                "the database refused one of the rows")
            raise FrontDeskError(f"Nothing was imported: {reason.rstrip('.')}.",
                                 hint="No client from this file was saved. Try again; if it "
                                      "keeps happening, import the file in smaller parts.") \
                from None
        skipped.sort(key=lambda r: r.number)
        return ImportResult(added, tuple(skipped), plan.headers, time.perf_counter() - started)

    def _consents(self, client: Client, row: CheckedRow, actor: str) -> None:
        """Only what the file says: no consent column, no consent."""
        now = self.clock.now()
        for channel in row.consents:
            client.consents.append(ChannelConsent(
                channel=Channel(channel), status=ConsentStatus.GRANTED, given_at=now,
                method=CONSENT_METHOD, recorded_by=actor))

    def _flush(self, s: Session, batch: list[tuple[Client, CheckedRow]], actor: str) -> int:
        s.flush()
        for client, _row in batch:
            audit.record(s, self.clock, actor, "create", "client", client.id, "csv import")
        count = len(batch)
        batch.clear()
        return count

    def export_skipped(self, result: ImportResult, path: str) -> int:
        """Write the skipped rows, as they were, plus a "Problem" column, for fixing."""
        try:
            with open(path, "w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f)
                writer.writerow([*result.headers, "Row", "Problem"])
                for row in result.skipped:
                    writer.writerow([*row.cells, row.number, "; ".join(row.problems)])
        except OSError:
            raise ImportFileError("FrontDesk could not write that file.",
                                  hint="Choose another folder (one you can save in).") \
                from None
        return len(result.skipped)


def _with_problem(row: CheckedRow, problem: str) -> CheckedRow:
    return CheckedRow(row.number, row.cells, None, row.consents, (*row.problems, problem),
                      row.keys)
