"""Appointments from a CSV file: mapping presets, a dry run, and the import itself.

A preset is a CSV **source** (kind "csv", its mapping in the source's settings): importing
every export through the same preset keeps the rows' external ids in one namespace, so a
re-import updates sessions instead of duplicating them. The file is read by a connector the
composition root passes in (the services never import frontdesk.sync).

The import goes through the sync engine in ONE transaction: rows with problems are skipped
and listed, every good row goes in together, with its reminders planned. A preset's first
import is the engine's first import (the practice's existing calendar: no booking
confirmations, nothing for past sessions); later imports send a booking confirmation for a
coming session the file has not shown before. A dry run applies the same changes in a
transaction that is rolled back, so its counts cannot differ from the real import's.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import NoReturn, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import MessageState
from frontdesk.domain.sync import ChangeSet
from frontdesk.models import OutboxMessage, SyncSource
from frontdesk.services import audit
from frontdesk.services.errors import NotFoundError, ValidationError
from frontdesk.services.practice import load_settings
from frontdesk.services.sync.apply import apply_changes
from frontdesk.services.sync.service import Connector, SourceInfo, SyncFailed, SyncService
from frontdesk.services.sync.summary import SyncSummary

KIND = "csv"
PREVIEW_SOURCE = "CSV file (preview)"


class CsvRead(Protocol):
    @property
    def rows(self) -> int: ...
    @property
    def changes(self) -> ChangeSet: ...
    @property
    def notes(self) -> tuple[str, ...]: ...
    @property
    def problems(self) -> tuple[str, ...]: ...


class CsvFile(Protocol):
    """One file read through one mapping (a connector)."""

    @property
    def last(self) -> CsvRead | None: ...
    def read(self) -> CsvRead: ...
    def changes(self, cursor: str | None, window_start: datetime,
                window_end: datetime) -> ChangeSet: ...


class CsvSuggested(Protocol):
    @property
    def headers(self) -> tuple[str, ...]: ...
    @property
    def settings(self) -> dict[str, object]: ...
    @property
    def date_orders(self) -> dict[str, str]: ...


class CsvReading(Protocol):
    def suggest(self, path: str) -> CsvSuggested: ...
    def open(self, path: str, settings: Mapping[str, object], timezone: str,
             region: str) -> CsvFile: ...
    def checked(self, settings: Mapping[str, object]) -> dict[str, object]: ...


@dataclass(frozen=True)
class CsvSuggestion:
    """A file's columns and the mapping FrontDesk suggests for it (a preset's stored form).
    `date_orders`: each column holding numeric dates → "us" or "uk" when a date in the file
    settles the order, "ambiguous" when none does, "mixed" when they contradict each other;
    for the last two a person must say which order the file uses."""

    path: str
    headers: tuple[str, ...]
    mapping: dict[str, object]
    date_orders: dict[str, str]


@dataclass(frozen=True)
class CsvOutcome:
    """What an import did, or (a preview) would do."""

    rows: int  # data rows in the file
    problems: tuple[str, ...]  # "line 14: …" rows skipped
    notes: tuple[str, ...]  # "line 5: …" imported, part of the row not used
    new: int
    moved: int
    changed: int
    cancelled: int
    unchanged: int
    messages_planned: int  # outbox rows added
    messages_withdrawn: int  # planned messages that will not be sent any more
    dry_run: bool

    def text(self) -> str:
        done = "would be" if self.dry_run else "were"
        return (f"{self.rows} rows read: {self.new} new, {self.moved} moved, {self.changed} "
                f"changed, {self.cancelled} cancelled, {self.unchanged} unchanged; "
                f"{len(self.problems)} skipped. {self.messages_planned} messages {done} "
                f"planned, {self.messages_withdrawn} withdrawn.")


class CsvImportService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, sync: SyncService,
                 reading: CsvReading) -> None:
        self.sessions, self.clock, self.sync, self.reading = sessions, clock, sync, reading

    def presets(self) -> list[SourceInfo]:
        return [info for info in self.sync.sources() if info.kind == KIND]

    def save_preset(self, name: str, mapping: Mapping[str, object], *,
                    actor: str = "front desk") -> SourceInfo:
        """A new preset, or new settings for an existing one (its imports stay linked)."""
        try:
            settings = self.reading.checked(mapping)
        except Exception as error:
            _connector_error(error, as_validation=True)
        name = " ".join(name.split())
        with self.sessions.begin() as s:
            row = s.scalar(select(SyncSource).where(SyncSource.name == name))
            if row is not None:
                if row.kind != KIND:
                    raise ValidationError("name", f"“{name}” is a {row.kind} source, not a "
                                          "CSV mapping.", hint="Choose another name.")
                row.settings = json.dumps(settings)
                audit.record(s, self.clock, actor, "edit_source", "sync_source", row.id, KIND)
        if row is None:
            return self.sync.add_source(name, KIND, settings, actor=actor)
        return self._preset(name)

    def suggest(self, path: str) -> CsvSuggestion:
        """The file's columns and a mapping guessed from their names; SyncFailed in words
        when the file cannot be read as a table."""
        try:
            found = self.reading.suggest(path)
        except Exception as error:
            _connector_error(error)
        return CsvSuggestion(path, tuple(found.headers), dict(found.settings),
                             dict(found.date_orders))

    def preview(self, path: str, mapping: Mapping[str, object] | None = None, *,
                preset: str | None = None) -> CsvOutcome:
        """What importing `path` would do, changing nothing. `mapping` (or the preset's) reads
        the file; `preset` is compared with what earlier imports through it left."""
        if mapping is None:
            if preset is None:
                raise ValidationError("mapping", "Choose a mapping for the file.")
            mapping = self._preset(preset).settings
        read = self._read(path, mapping)
        # Compared with a preset's earlier imports; any other name (a preset not saved yet,
        # or another kind of source's) is a first import.
        name = " ".join((preset or "").split())
        source = name if name in {p.name for p in self.presets()} else PREVIEW_SOURCE
        summary, added, withdrawn = self.dry_run(source, KIND, read.changes)
        return _outcome(read, summary, added, withdrawn, dry_run=True)

    def dry_run(self, name: str, kind: str, changes: ChangeSet
                ) -> tuple[SyncSummary, int, int]:
        """Apply `changes` as source `name` would (made for the moment if it does not exist)
        and roll back: the summary, messages that would be planned and withdrawn."""
        with self.sessions() as s:
            try:
                source = s.scalar(select(SyncSource).where(SyncSource.name == name))
                if source is None:
                    source = SyncSource(name=name, kind=kind, settings="{}", enabled=True,
                                        last_error="", last_summary="",
                                        created_at=self.clock.now())
                    s.add(source)
                    s.flush()
                before = _planned(s)
                last_id = s.scalar(select(func.max(OutboxMessage.id))) or 0
                summary = apply_changes(s, self.clock, source, changes,
                                        first_import=source.last_ok_at is None,
                                        planner=self.sync.planner)
                s.flush()
                added = s.scalar(select(func.count()).where(OutboxMessage.id > last_id)) or 0
                withdrawn = len(before - _planned(s))
            finally:
                s.rollback()
        return summary, added, withdrawn

    def import_file(self, path: str, preset: str) -> CsvOutcome:
        """Import the file's good rows through `preset` in one transaction; raises SyncFailed
        (nothing changed) when the file or the mapping cannot be used."""
        info = self._preset(preset)
        timezone, region = self._practice()
        try:
            connector = self.reading.open(path, info.settings, timezone, region)
        except Exception as error:
            _connector_error(error)
        now = self.clock.now()
        summary, added, withdrawn = self.run_counted(info.name, connector, now, now)
        read = connector.last
        assert read is not None  # run_once read it
        return _outcome(read, summary, added, withdrawn, dry_run=False)

    def run_counted(self, name: str, connector: Connector, window_start: datetime,
                    window_end: datetime) -> tuple[SyncSummary, int, int]:
        """One engine run of source `name`: its summary, messages planned and withdrawn."""
        with self.sessions() as s:
            before = _planned(s)
            last_id = s.scalar(select(func.max(OutboxMessage.id))) or 0
        summary = self.sync.run_once(name, connector, window_start, window_end)
        with self.sessions() as s:
            added = s.scalar(select(func.count()).where(OutboxMessage.id > last_id)) or 0
            withdrawn = len(before - _planned(s))
        return summary, added, withdrawn

    def _read(self, path: str, mapping: Mapping[str, object]) -> CsvRead:
        timezone, region = self._practice()
        try:
            return self.reading.open(path, mapping, timezone, region).read()
        except Exception as error:
            _connector_error(error)

    def _practice(self) -> tuple[str, str]:
        with self.sessions.begin() as s:
            settings = load_settings(s)
            return settings.timezone, settings.region

    def _preset(self, name: str) -> SourceInfo:
        for info in self.presets():
            if info.name == " ".join(name.split()):
                return info
        raise NotFoundError(f"There is no CSV mapping called “{name}”.",
                            hint="Save one first (see the list of mappings).")


def _connector_error(error: Exception, *, as_validation: bool = False) -> NoReturn:
    """A connector's error (it has a `kind`) in its own words; anything else as it is."""
    if not isinstance(getattr(error, "kind", None), str):
        raise error
    if as_validation:
        raise ValidationError("mapping", str(error)) from None
    raise SyncFailed(str(error)) from None


def _planned(s: Session) -> set[int]:
    return set(s.scalars(select(OutboxMessage.id).where(
        OutboxMessage.state == MessageState.PLANNED)))


def _outcome(read: CsvRead, summary: SyncSummary, added: int, withdrawn: int, *,
             dry_run: bool) -> CsvOutcome:
    not_applied = summary.skipped - len(read.changes.problems)  # no clinician, bad times
    acted = summary.new + summary.moved + summary.changed + summary.cancelled + not_applied
    problems = read.problems + tuple(summary.problems[len(read.changes.problems):])
    return CsvOutcome(read.rows, problems, read.notes, summary.new, summary.moved,
                      summary.changed, summary.cancelled,
                      max(0, len(read.changes.appointments) - acted), added, withdrawn,
                      dry_run)
