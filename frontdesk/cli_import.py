"""`frontdesk import PATH --kind appointments|ics`: a file of appointments into FrontDesk, for
IT and scripts.

Appointments (CSV) are read through a saved mapping (`--mapping NAME`). Without one, the
mapping FrontDesk suggests from the file's header row is printed as JSON (stdout) with how
to save it (stderr): edit it, then `--save-mapping NAME --mapping-file FILE` saves it under
that name and imports through it. An .ics file goes into a source named after the file (or
`--source NAME`) and is never taken as the whole calendar: a session missing from it is not
deleted. `--dry-run` shows what would change and changes nothing.

Rows with problems are skipped and listed (never a phone number or an address); the good
rows go in together, in one transaction. Exit 0: imported, no problems; 1: imported, some
rows skipped; 2: nothing imported (no database, a file or mapping that cannot be used).
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from frontdesk.cli_views import EXIT_CANNOT_START, _open
from frontdesk.domain.sync import ChangeSet
from frontdesk.services.errors import FrontDeskError
from frontdesk.services.practice import load_settings
from frontdesk.services.sync.csv_import import CsvImportService, CsvOutcome
from frontdesk.services.sync.service import SourceInfo
from frontdesk.sync.csv_appointments import suggest_mapping
from frontdesk.sync.errors import SyncError

EXIT_ROW_PROBLEMS = 1
ICS_DAYS_BACK, ICS_DAYS_AHEAD = 31, 366  # the part of an .ics file a one-off import reads


def run_import(composition: Any, args: Any) -> int:
    if args.kind == "appointments" and not (args.mapping or args.save_mapping):
        return _suggest(args.path)
    svc = _open(composition, args.demo)
    if svc is None:
        return EXIT_CANNOT_START
    try:
        service = svc.csv_import
        ics = args.kind == "ics"
        outcome = _ics(svc, service, args) if ics else _appointments(service, args)
    except (FrontDeskError, SyncError) as error:
        print(f"Nothing was imported: {error}", file=sys.stderr)
        return EXIT_CANNOT_START
    finally:
        svc.close()
    _report(outcome, args.json)
    return EXIT_ROW_PROBLEMS if outcome.problems else 0


def _appointments(service: CsvImportService, args: Any) -> CsvOutcome:
    preset = args.mapping
    if args.save_mapping:
        if not args.mapping_file:
            raise FrontDeskError("--save-mapping needs --mapping-file with the mapping as "
                                 "JSON (run without --mapping to get a suggestion).")
        try:
            mapping = json.loads(Path(args.mapping_file).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise FrontDeskError("The mapping file cannot be read as JSON.") from None
        if not isinstance(mapping, dict):
            raise FrontDeskError("The mapping file must hold one JSON object.")
        preset = service.save_preset(args.save_mapping, mapping).name
        print(f"Mapping “{preset}” saved.", file=sys.stderr)
    info = next((i for i in service.presets() if i.name == preset), None)
    columns = info.settings.get("columns") if info is not None else None
    if isinstance(columns, dict) and "external_id" not in columns:
        print("Note: the mapping has no appointment id column, so each row is known by its "
              "date, time, client and clinician: a session moved in the other system comes "
              "in as a new one and the old one stays. Map the id column if the export has "
              "one.", file=sys.stderr)
    if args.dry_run:
        return service.preview(args.path, preset=preset)
    return service.import_file(args.path, preset)


def _ics(svc: Any, service: CsvImportService, args: Any) -> CsvOutcome:
    from frontdesk.sync.ical import IcsConnector

    path = str(Path(args.path).resolve())
    name = (args.source or Path(path).stem)[:60]
    with svc.sessions() as s:
        zone = ZoneInfo(load_settings(s).timezone)
    now = svc.clock.now()
    window = (now - timedelta(days=ICS_DAYS_BACK), now + timedelta(days=ICS_DAYS_AHEAD))
    connector = _OneOffFile(IcsConnector(path, default_tz=zone))
    if args.dry_run:
        changes = connector.changes(None, *window)
        summary, added, withdrawn = service.dry_run(name, "ics", changes)
    else:
        source = _ics_source(svc, name, path)
        summary, added, withdrawn = service.run_counted(source.name, connector, *window)
        changes = connector.read or ChangeSet("")
    problems = tuple(f"{p.resource}: {p.reason}" for p in changes.problems)
    return CsvOutcome(len(changes.appointments), problems, tuple(summary.problems[
        len(problems):]), summary.new, summary.moved, summary.changed, summary.cancelled,
        max(0, len(changes.appointments) - summary.new - summary.moved - summary.changed
            - summary.cancelled), added, withdrawn, args.dry_run)


def _ics_source(svc: Any, name: str, path: str) -> SourceInfo:
    for info in svc.sync.sources():
        if info.name == name:
            if info.kind != "ics":
                raise FrontDeskError(f"“{name}” is a {info.kind} source: choose another name "
                                     "with --source.")
            return info
    # Turned off at once: the background sync would read the file as a whole calendar and
    # cancel what later goes missing from it; a one-off import never deletes.
    result: SourceInfo = svc.sync.add_source(name, "ics", {"path": path})
    svc.sync.enable(name, False)
    return result


class _OneOffFile:
    """A file imported once is not the whole calendar: nothing missing from it is deleted."""

    def __init__(self, connector: Any) -> None:
        self.connector = connector
        self.read: ChangeSet | None = None

    def changes(self, cursor: str | None, window_start: datetime,
                window_end: datetime) -> ChangeSet:
        self.read = replace(self.connector.changes(cursor, window_start, window_end),
                            complete=False)
        return self.read


def _suggest(path: str) -> int:
    try:
        headers, mapping = suggest_mapping(path)
    except SyncError as error:
        print(f"Nothing was imported: {error}", file=sys.stderr)
        return EXIT_CANNOT_START
    json.dump(mapping.to_settings(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    print(f"No --mapping given. The file's columns: {', '.join(headers)}.\nAbove is the "
          "mapping FrontDesk suggests (FrontDesk field → column). Check it, save it to a "
          "file, and run:\n  frontdesk import PATH --kind appointments --save-mapping NAME "
          "--mapping-file FILE.json [--dry-run]\nthen later imports need only --mapping NAME.",
          file=sys.stderr)
    return EXIT_CANNOT_START


def _report(outcome: CsvOutcome, as_json: bool) -> None:
    if as_json:
        data = {k: v for k, v in vars(outcome).items()}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    print(("Dry run, nothing changed. " if outcome.dry_run else "") + outcome.text())
    for line in outcome.problems:
        print(f"  skipped {line}")
    for line in outcome.notes:
        print(f"  note    {line}")
