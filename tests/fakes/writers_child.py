"""One writer of the practice's database in a process of its own, for the concurrency tests
(tests/test_concurrent_writers.py) and bench/adversarial.py.

    python tests/fakes/writers_child.py ROLE DATA_DIR KEYRING_SERVICE NOW_ISO TWILIO_URL COUNT

It opens the database as the app does (the key from the real keyring), prints "ready", waits
for a line on stdin (so the parent starts every writer at the same moment), does its work and
prints one JSON line: what it did and every failure by kind ("locked" counts the
"database is locked" / busy failures). Roles:

- `dispatch`: `Dispatcher.run_once` (texts to the Twilio-shaped server at TWILIO_URL, no
  pacing) until nothing is due, like `serve`; COUNT is the most runs.
- `staff`: COUNT client creations, each with a booking on Friday afternoon; every other
  booking is then cancelled (what the front desk does in the window while `serve` sends).
- `check`: the start-up schedule check (`schedule_check`: call items, series items) COUNT
  times, like COUNT app starts.
- `hold`: a staff action's write transaction killed half-way: SIGKILLs itself inside it.

FRONTDESK_OLD_BEGIN=1 puts back the old behaviour (every transaction begins as a
reader, BEGIN DEFERRED, and upgrades to a writer mid-way), to show what it did.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path


def failure_kind(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return "locked"
    return type(exc).__name__


def open_services(data_dir: str, service: str, now_iso: str, twilio_url: str):
    if os.environ.get("FRONTDESK_OLD_BEGIN") == "1":
        import frontdesk.models.database as database

        database.writer = lambda engine: engine  # BEGIN (deferred) for writers too

    from frontdesk.clock import FixedClock
    from frontdesk.paths import AppPaths
    from frontdesk.services.container import Services
    from frontdesk.services.credentials import CredentialStore
    from frontdesk.services.delivery import DeliverySetup
    from frontdesk.services.reminders.dispatcher import Pacer
    from frontdesk.services.secrets import SecretStore
    from frontdesk.services.vault import Vault

    secrets = SecretStore(service=service)
    opened = Vault(AppPaths(Path(data_dir)), secrets).open()
    delivery = DeliverySetup(CredentialStore(secrets), twilio_api_base=twilio_url)
    return Services.build(opened.engine, FixedClock(datetime.fromisoformat(now_iso)),
                          delivery=delivery, pacer=Pacer(sleep=lambda s: None),
                          reconcile_after=timedelta(minutes=2))


def dispatch(svc, runs: int, failures: Counter) -> dict:
    done: Counter = Counter()
    for _ in range(runs):
        try:
            report = svc.dispatcher.run_once()
        except Exception as exc:  # what `serve` would log as "Background job failed"
            failures[failure_kind(exc)] += 1
            continue
        done.update({k: v for k, v in vars(report).items() if v})
        if not any(vars(report).values()):
            break
    return dict(done)


def staff(svc, count: int, failures: Counter) -> dict:
    from frontdesk.domain import Channel, ConsentStatus
    from frontdesk.services.dto import BookingRequest, ClientInput

    tz = svc.schedule.timezone()
    now = svc.clock.now().astimezone(tz)
    friday = (now + timedelta(days=(4 - now.weekday()) % 7 or 7)).date()
    clinicians = svc.practice.clinicians()
    kind = svc.practice.appointment_types()[0]
    done: Counter = Counter()

    def attempt(what: str, fn, *args):
        try:
            value = fn(*args)
        except Exception as exc:
            failures[failure_kind(exc)] += 1
            return None
        done[what] += 1
        return value

    for i in range(count):
        c = attempt("clients", svc.clients.create, ClientInput(
            f"Staff{i}", f"Writer{i}", mobile=f"(617) 555-02{i % 100:02d}"), "reception")
        if c is None:
            continue
        attempt("consents", svc.clients.set_consent, c.id, Channel.SMS,
                ConsentStatus.GRANTED, "intake form", "reception")
        start = datetime(friday.year, friday.month, friday.day, 13 + i % 5, 0, tzinfo=tz)
        clinician = clinicians[(i // 5) % len(clinicians)]
        week = timedelta(days=7 * (i // (5 * len(clinicians))))  # no two in one place
        ids = attempt("bookings", svc.schedule.book, BookingRequest(
            (c.id,), clinician.id, kind.id, start + week), "reception")
        if ids and i % 2:
            attempt("cancels", svc.schedule.cancel, ids[0], "reception")
    return dict(done)


def check(svc, count: int, failures: Counter) -> dict:
    from frontdesk.services.background import schedule_check

    done: Counter = Counter()
    for _ in range(count):
        try:
            schedule_check(svc)
            done["checks"] += 1
        except Exception as exc:
            failures[failure_kind(exc)] += 1
        time.sleep(0.02)
    return dict(done)


def hold(svc, count: int, failures: Counter) -> dict:
    """Create COUNT clients in one staff transaction, then die before it commits."""
    from frontdesk.models import Client

    with svc.clients.sessions.begin() as s:
        for i in range(count):
            s.add(Client(first_name=f"Killed{i}", last_name="Midwrite",
                         created_at=svc.clock.now()))
            s.flush()
        sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    return {}


ROLES = {"dispatch": dispatch, "staff": staff, "check": check, "hold": hold}


def main(role: str, data_dir: str, service: str, now_iso: str, twilio_url: str,
         count: str) -> None:
    svc = open_services(data_dir, service, now_iso, twilio_url)
    print("ready", flush=True)
    sys.stdin.readline()
    failures: Counter = Counter()
    t0 = time.perf_counter()
    done = ROLES[role](svc, int(count), failures)
    print(json.dumps({"role": role, "done": done, "failures": dict(failures),
                      "seconds": round(time.perf_counter() - t0, 2)}), flush=True)
    svc.close()


if __name__ == "__main__":
    main(*sys.argv[1:7])
