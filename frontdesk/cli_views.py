"""`frontdesk day` and `frontdesk outbox`: read-only views for IT and scripts, as JSON.

They never create a practice's database (a view of nothing says so and exits 2); the demo
practice is created on first use, as everywhere else. Times are ISO 8601 with their offset,
in the practice's time zone.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from frontdesk.logging_setup import setup_logging
from frontdesk.services.errors import FrontDeskError, VaultError
from frontdesk.services.listings import day_places, outbox_between
from frontdesk.services.practice import load_settings
from frontdesk.services.vault import VaultState

EXIT_CANNOT_START = 2


def show_day(composition, demo: bool, day: date, as_json: bool) -> int:
    svc = _open(composition, demo)
    if svc is None:
        return EXIT_CANNOT_START
    try:
        places = day_places(svc.sessions, day)
    finally:
        svc.close()
    if as_json:
        _print_json({"day": day.isoformat(), "places": [asdict(p) for p in places]})
        return 0
    for p in places:
        print(f"{p.start:%H:%M}-{p.end:%H:%M}  {p.client_name:<24.24} {p.clinician:<18.18} "
              f"{p.confirmation.value:<20} {p.attendance.value}")
    print(f"{len(places)} place{'s' if len(places) != 1 else ''} on {day:%a %d %b %Y}")
    return 0


def show_outbox(composition, demo: bool, start: date | None, end: date | None,
                as_json: bool) -> int:
    """Messages due from the start of `start` to the end of `end` (practice's days)."""
    svc = _open(composition, demo)
    if svc is None:
        return EXIT_CANNOT_START
    try:
        with svc.sessions() as s:
            tz = ZoneInfo(load_settings(s).timezone)
        since = datetime.combine(start, time(), tzinfo=tz) if start else None
        until = datetime.combine(end + timedelta(days=1), time(), tzinfo=tz) if end else None
        rows = outbox_between(svc.sessions, since, until)
    finally:
        svc.close()
    if as_json:
        _print_json({"from": start.isoformat() if start else None,
                     "to": end.isoformat() if end else None,
                     "messages": [asdict(r) for r in rows]})
        return 0
    for r in rows:
        print(f"{r.due_at:%Y-%m-%d %H:%M}  appointment {r.appointment_id or '-':<8} "
              f"{r.step:<22} {r.channel.value:<9} {r.state.value}")
    print(f"{len(rows)} message{'s' if len(rows) != 1 else ''}")
    return 0


def _open(composition, demo: bool):
    paths = composition.paths("demo" if demo else "practice")
    setup_logging(paths.log_dir, console=False)
    vault = composition.vault("demo" if demo else "practice")
    try:
        if not demo and vault.state() is VaultState.NEW:
            print(f"There is no FrontDesk database in {paths.data_dir} yet: nothing to show. "
                  "Start FrontDesk once to set the practice up, or point --data-dir at its folder.",
                  file=sys.stderr)
            return None
        if demo and vault.state() is VaultState.NEW:
            return composition.create_practice(True)[0]
        return composition.services(vault.open().engine, demo)
    except VaultError as err:
        print(f"FrontDesk cannot open its database: {err}", file=sys.stderr)
    except FrontDeskError as err:
        print(f"FrontDesk cannot start: {err}", file=sys.stderr)
    return None


def _print_json(data: dict[str, Any]) -> None:
    json.dump(data, sys.stdout, default=_plain, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"not JSON: {type(value).__name__}")
