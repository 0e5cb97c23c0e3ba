"""How long the re-engagement sweep takes on a large practice (it runs with the schedule check).

    scripts/with-test-keyring .venv/bin/python bench/reengagement.py [--clients 3000]

A fresh practice database (real SQLCipher) under bench/out/reengagement/, removed at the end:
`--clients` clients with 12 weekly past sessions each, a third with a coming session, one
clinician checking in after 4 weeks. Prints the first sweep (plans the check-ins) and the
next ones at the same moment (nothing left to plan: the steady state), in milliseconds.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from sqlalchemy import update  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402

from frontdesk.clock import FixedClock  # noqa: E402
from frontdesk.domain import Channel, ConsentStatus, Modality  # noqa: E402
from frontdesk.models import (  # noqa: E402
    Appointment,
    AppointmentType,
    Attendee,
    ChannelConsent,
    Client,
    Clinician,
)
from frontdesk.paths import AppPaths  # noqa: E402
from frontdesk.services import reengagement  # noqa: E402
from frontdesk.services.secrets import SecretStore  # noqa: E402
from frontdesk.services.vault import Vault  # noqa: E402

NOW = datetime(2026, 6, 3, 14, 0, tzinfo=UTC)  # 10:00 in Boston: inside the allowed hours


def fill(sessions, clients: int) -> None:
    with sessions.begin() as s:
        doc = Clinician(full_name="Dr. A", display_name="Dr. A", reengage_weeks=None)
        kind = AppointmentType(name="Individual", duration_minutes=50)
        s.add_all([doc, kind])
        s.flush()
        for i in range(clients):
            c = Client(first_name=f"C{i}", last_name="X", mobile=f"+1617555{i:04d}",
                       created_at=NOW)
            c.consents = [ChannelConsent(channel=Channel.SMS, status=ConsentStatus.GRANTED,
                                         given_at=NOW, method="bench", recorded_by="bench")]
            s.add(c)
            s.flush()
            last = NOW - timedelta(weeks=2 + i % 10, hours=i % 7)
            starts = [last - timedelta(weeks=w) for w in range(12)]
            if i % 3 == 0:  # a coming session
                starts.append(NOW + timedelta(days=1 + i % 20))
            for start in starts:
                a = Appointment(clinician_id=doc.id, type_id=kind.id, start_at=start,
                                end_at=start + timedelta(minutes=50),
                                modality=Modality.IN_PERSON, created_at=NOW, updated_at=NOW)
                a.attendees = [Attendee(client_id=c.id, booked_at=NOW)]
                s.add(a)
        s.execute(update(Clinician).values(reengage_weeks=4))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=3000)
    args = parser.parse_args(argv)
    out = ROOT / "bench" / "out" / "reengagement"
    shutil.rmtree(out, ignore_errors=True)
    try:
        opened = Vault(AppPaths(out), SecretStore()).create()
        sessions = sessionmaker(opened.engine, expire_on_commit=False)
        t = time.perf_counter()
        fill(sessions, args.clients)
        print(f"practice: {args.clients} clients, {time.perf_counter() - t:.1f} s to fill")
        clock = FixedClock(NOW)
        t = time.perf_counter()
        first = reengagement.sweep(sessions, clock)
        print(f"first sweep: {first} check-ins planned in {(time.perf_counter() - t) * 1e3:.0f} ms")
        runs, planned = [], 0
        for _ in range(5):
            t = time.perf_counter()
            planned += reengagement.sweep(sessions, clock)
            runs.append((time.perf_counter() - t) * 1e3)
        print(f"steady sweep (same moment): {planned} more planned, median "
              f"{sorted(runs)[2]:.0f} ms over 5 runs")
        opened.engine.dispose()
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
