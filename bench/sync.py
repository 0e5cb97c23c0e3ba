"""Sync figures: a first import of a practice's calendar and an incremental run, through
`SyncService.run_once`, planning included, on a real SQLCipher file.

    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/sync.py

The connector is in memory (it returns ChangeSets built here), so the figures are the
engine's: matching clinicians and clients, writing appointments and places, planning every
coming session's reminders in the same transaction, storing the cursor. The practice's
database is made with `Vault.create()` (its key in the real keyring) in a throw-away folder
under bench/out/, removed at the end.

- First import: 10,000 appointments of 1,000 clients with 20 clinicians over ~14 weeks,
  a tenth of them already past (no messages), all new to FrontDesk. Goal: ≤ 10 s.
- Incremental: 500 changes (200 moves a week on, 150 cancellations, 150 new bookings).
  Goal: ≤ 1 s.
- The incremental run again (the same ChangeSet): it must change nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from sqlalchemy import func, select  # noqa: E402

from frontdesk.clock import FixedClock  # noqa: E402
from frontdesk.domain.sync import (  # noqa: E402
    ChangeSet,
    SourceAppointment,
    SourceClient,
    SourceClinician,
    SourceStatus,
)
from frontdesk.models import Appointment, OutboxMessage  # noqa: E402
from frontdesk.paths import AppPaths  # noqa: E402
from frontdesk.services.container import Services  # noqa: E402
from frontdesk.services.dto import PracticeInfo  # noqa: E402
from frontdesk.services.secrets import SecretStore  # noqa: E402
from frontdesk.services.vault import Vault  # noqa: E402

BOSTON = ZoneInfo("America/New_York")
FIRST_DAY = datetime(2026, 3, 2, tzinfo=BOSTON)
NOW = datetime(2026, 3, 9, 7, 0, tzinfo=BOSTON)  # a week in: the first week is past
WINDOW = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 7, 1, tzinfo=UTC))
AREAS = ("617", "508", "781", "857", "978", "413", "339", "351", "774", "401")


class Memory:
    def __init__(self, changes: ChangeSet) -> None:
        self.changes_ = changes

    def changes(self, cursor: str | None, window_start: datetime,
                window_end: datetime) -> ChangeSet:
        return self.changes_


def calendar(appointments: int, clients: int, clinicians: int) -> ChangeSet:
    doctors = tuple(SourceClinician(f"pr-{i}", f"Dr. Bench {i}") for i in range(clinicians))
    people = tuple(SourceClient(f"pt-{i}", f"Client{i}", f"Bench{i}",
                                mobile=f"+1{AREAS[i // 100 % 10]}55501{i % 100:02d}",
                                email=f"client{i}@example.org") for i in range(clients))
    sessions = []
    day, hour = 0, 0
    for n in range(appointments):
        doctor = n % clinicians
        if n and doctor == 0:
            hour += 1
            if hour == 10:
                hour, day = 0, day + 1
        date = FIRST_DAY + timedelta(days=day + 2 * (day // 5))  # weekdays only
        start = date.replace(hour=8 + hour).astimezone(UTC)
        sessions.append(SourceAppointment(
            f"appt-{n}", start, start + timedelta(minutes=50), SourceStatus.BOOKED,
            f"pr-{doctor}", (f"pt-{n % clients}",), type_name="Individual session",
            version="1"))
    return ChangeSet("cursor-1", clinicians=doctors, clients=people,
                     appointments=tuple(sessions), complete=False)


def changes(first: ChangeSet, now: datetime, moves: int, cancels: int,
            new: int) -> ChangeSet:
    coming = [a for a in first.appointments if a.start > now]
    out = [replace(a, start=a.start + timedelta(days=7), end=a.end + timedelta(days=7),
                   version="2", updated_at=now) for a in coming[:moves]]
    out += [replace(a, status=SourceStatus.CANCELLED, version="2", updated_at=now)
            for a in coming[moves:moves + cancels]]
    out += [replace(a, external_id=f"new-{i}", start=a.start + timedelta(minutes=5),
                    end=a.end + timedelta(minutes=5), updated_at=now)
            for i, a in enumerate(coming[-new:])]
    return ChangeSet("cursor-2", clinicians=first.clinicians,
                     clients=first.clients[:len({a.client_ids[0] for a in out})],
                     appointments=tuple(out), complete=False)


def run(svc: Services, connector: Memory) -> tuple[float, float, Any]:
    """Seconds for the whole run and, of them, in the planner; and the summary."""
    spent = [0.0]
    planner = svc.planner.reconcile_many

    def timed(*args: Any, **kwargs: Any) -> None:
        t = time.perf_counter()
        planner(*args, **kwargs)
        spent[0] += time.perf_counter() - t
    svc.planner.reconcile_many = timed  # type: ignore[method-assign]
    try:
        t = time.perf_counter()
        summary = svc.sync.run_once("EHR", connector, *WINDOW)
        return time.perf_counter() - t, spent[0], summary
    finally:
        del svc.planner.reconcile_many


def rows(svc: Services) -> tuple[int, int]:
    with svc.sessions() as s:
        return (s.scalar(select(func.count()).select_from(Appointment)) or 0,
                s.scalar(select(func.count()).select_from(OutboxMessage)) or 0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--appointments", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=1_000)
    ap.add_argument("--clinicians", type=int, default=20)
    ap.add_argument("--changes", type=int, default=500, help="moves, cancels and new: 4:3:3")
    args = ap.parse_args()
    (ROOT / "bench" / "out").mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="sync-", dir=ROOT / "bench" / "out"))
    secrets = SecretStore(service=f"FrontDesk-bench-{os.getpid()}")
    load = os.getloadavg()[0]
    try:
        clock = FixedClock(NOW)
        opened = Vault(AppPaths(workdir / "data").ensure(), secrets).create()
        svc = Services.build(opened.engine, clock)
        svc.practice.update_settings(PracticeInfo(
            name="Bench Practice", phone="(617) 555-0100", address="1 Main St",
            timezone="America/New_York", region="US", late_cancel_hours=24), "bench")
        svc.sync.add_source("EHR", "fhir")
        first = calendar(args.appointments, args.clients, args.clinicians)
        total, planning, summary = run(svc, Memory(first))
        appts, outbox = rows(svc)
        print(f"first import: {len(first.appointments):,} appointments, "
              f"{len(first.clients):,} clients, {len(first.clinicians)} clinicians: "
              f"{total:.2f} s (planning {planning:.2f} s) — goal ≤ 10 s; "
              f"{summary.text()}; {appts:,} appointments, {outbox:,} outbox rows")
        clock.advance(timedelta(hours=1))
        n = args.changes
        delta = changes(first, clock.now(), n * 4 // 10, n * 3 // 10, n - n * 7 // 10)
        total, planning, summary = run(svc, Memory(delta))
        after = rows(svc)
        print(f"incremental: {len(delta.appointments)} changes: {total:.2f} s "
              f"(planning {planning:.2f} s) — goal ≤ 1 s; {summary.text()}; "
              f"+{after[1] - outbox:,} outbox rows")
        clock.advance(timedelta(hours=1))
        again = replace(delta, cursor="cursor-3")
        total, planning, summary = run(svc, Memory(again))
        print(f"the same changes again: {total:.2f} s; {summary.text()}; "
              f"outbox rows {'unchanged' if rows(svc) == after else 'CHANGED'}")
        svc.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"machine: {os.cpu_count()} CPUs, 1-minute load average {load:.2f} before, "
          f"{os.getloadavg()[0]:.2f} after")


if __name__ == "__main__":
    main()
