"""An appointments CSV in, a ChangeSet out: every good row as a session, every bad row as a
problem "line 14: …". A file is never a complete read of the calendar (a session missing from
it is not deleted), so its ChangeSet has `complete=False`."""

from __future__ import annotations

from collections.abc import Mapping as MappingType
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from frontdesk.domain.sync import (
    ChangeSet,
    SourceAppointment,
    SourceClient,
    SourceClinician,
    SyncProblem,
)
from frontdesk.sync.csv_appointments.cells import date_order, split_date_time
from frontdesk.sync.csv_appointments.mapping import Field, Mapping, guess_mapping
from frontdesk.sync.csv_appointments.rows import RowProblems, RowReader
from frontdesk.sync.csv_appointments.table import Table, read_table
from frontdesk.sync.errors import SyncError


@dataclass(frozen=True)
class CsvRead:
    """What one read of the file found."""

    headers: tuple[str, ...]
    rows: int  # data rows read
    changes: ChangeSet
    notes: tuple[str, ...]  # "line 5: …" imported, but part of the row was not used
    date_order: str  # how numeric dates were read: "us", "uk", or "iso"

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(f"{p.resource}: {p.reason}" for p in self.changes.problems)


def _order(table: Table, mapping: Mapping, column: int) -> str:
    if mapping.date_format != "auto":
        return mapping.date_format
    cells = (split_date_time(cells[column])[0] for _n, cells in table.rows
             if column < len(cells))
    found = date_order(cells)
    header = table.headers[column]
    if found == "ambiguous":
        raise SyncError("config", f"The dates in column “{header}” could be month first "
                        "(US: 01/02/2026 is 2 January) or day first (UK: 1 February), and "
                        "no date in the file settles it. Set the mapping's date_format to "
                        "“us” or “uk”.")
    if found == "mixed":
        raise SyncError("config", f"Some dates in column “{header}” read only month first "
                        "and others only day first. Set the mapping's date_format to “us” or "
                        "“uk”; the rows that do not fit it will be listed.")
    return found or "iso"


def read_appointments(path: str, mapping: Mapping, *, timezone: str,
                      region: str) -> CsvRead:
    """The file read through `mapping`; `timezone` and `region` are the practice's, used
    when the mapping names none. SyncError when the file or the mapping cannot be used."""
    table = read_table(path)
    missing = mapping.missing_columns(table.headers)
    if missing:
        raise SyncError("config", "The file has no column named "
                        + ", ".join(f"“{m[:60]}”" for m in missing)
                        + ". Check the mapping against the file's header row.")
    zone = ZoneInfo(mapping.timezone or timezone)
    reader = RowReader(table.headers, mapping, "iso", zone, mapping.region or region or "US")
    reader.order = _order(table, mapping, reader.columns[Field.DATE])
    appointments: dict[str, tuple[int, SourceAppointment]] = {}
    clients: dict[str, SourceClient] = {}
    clinicians: dict[str, SourceClinician] = {}
    problems: list[SyncProblem] = []
    notes: list[str] = []
    for line, cells in table.rows:
        label = f"line {line}"
        try:
            found = reader.read(cells)
        except RowProblems as bad:
            problems.append(SyncProblem(label, "; ".join(bad.reasons)))
            continue
        a = found.appointment
        if a.external_id in appointments:
            first_line, held = appointments[a.external_id]
            if (held.start, held.end, held.clinician_id) != (a.start, a.end, a.clinician_id):
                problems.append(SyncProblem(label, f"the same appointment id as line "
                                            f"{first_line}, with another time or clinician"))
                continue
            if a.client_ids[0] not in held.client_ids:  # one more place in a group
                a = replace(held, client_ids=(*held.client_ids, *a.client_ids))
            else:
                problems.append(SyncProblem(label, f"the same session as line {first_line}"))
                continue
            line = first_line
        appointments[a.external_id] = (line, a)
        clients.setdefault(found.client.external_id, found.client)
        if found.clinician is not None:
            clinicians.setdefault(found.clinician.external_id, found.clinician)
        notes.extend(f"{label}: {n}" for n in found.notes)
    changes = ChangeSet(
        cursor=f"sha256:{table.digest}",
        clinicians=tuple(clinicians.values()), clients=tuple(clients.values()),
        appointments=tuple(a for _line, a in appointments.values()),
        problems=tuple(problems), complete=False)
    return CsvRead(table.headers, len(table.rows), changes, tuple(notes), reader.order)


def suggest_mapping(path: str) -> tuple[tuple[str, ...], Mapping]:
    """The file's headers and a mapping guessed from them, for a person to check."""
    table = read_table(path)
    return table.headers, guess_mapping(table.headers)


@dataclass(frozen=True)
class CsvSuggestion:
    """A file's headers, the mapping guessed from them (stored form) and, for each column
    holding numeric dates, the order the file shows: "us", "uk", "ambiguous" (no date
    settles it) or "mixed" (dates contradict each other)."""

    headers: tuple[str, ...]
    settings: dict[str, object]
    date_orders: dict[str, str]


def suggest(path: str) -> CsvSuggestion:
    table = read_table(path)
    orders: dict[str, str] = {}
    for column, header in enumerate(table.headers):
        found = date_order(split_date_time(cells[column])[0] for _n, cells in table.rows
                           if column < len(cells))
        if found is not None:
            orders[header] = found
    return CsvSuggestion(table.headers, guess_mapping(table.headers).to_settings(), orders)


class CsvConnector:
    """One CSV file as a source: every call reads the file again (the window is not used:
    the file holds what it holds). `last` keeps the latest read, for its counts and notes."""

    def __init__(self, path: str, settings: MappingType[str, object], *, timezone: str,
                 region: str) -> None:
        self.path, self.timezone, self.region = path, timezone, region
        self.mapping = Mapping.from_settings(settings)
        self.last: CsvRead | None = None

    def read(self) -> CsvRead:
        self.last = read_appointments(self.path, self.mapping, timezone=self.timezone,
                                      region=self.region)
        return self.last

    def changes(self, cursor: str | None, window_start: datetime,
                window_end: datetime) -> ChangeSet:
        return self.read().changes


class CsvReading:
    """What the services are given to read appointment files (they cannot import sync)."""

    def open(self, path: str, settings: MappingType[str, object], timezone: str,
             region: str) -> CsvConnector:
        return CsvConnector(path, settings, timezone=timezone, region=region)

    def suggest(self, path: str) -> CsvSuggestion:
        """The file's columns, a mapping guessed from them and its date orders; SyncError
        when the file cannot be read as a table."""
        return suggest(path)

    def checked(self, settings: MappingType[str, object]) -> dict[str, object]:
        """The mapping in its stored form, or SyncError("config") saying what is wrong."""
        return Mapping.from_settings(settings).to_settings()
