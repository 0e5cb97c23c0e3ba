"""Nothing lost, nothing stuck: the reminder and reply paths under faults.

    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/adversarial.py

Loopback only, bounded (a few minutes). Each scenario makes its own practice database
(`Vault.create()`: real SQLCipher, key in the real keyring) under bench/out/adversarial/,
removed at the end, and the Twilio-shaped server of tests/fakes on 127.0.0.1. It prints one
row per scenario: tried / sent / duplicates / lost / stuck / told staff / locked.

- writers: the dispatcher (`serve`), the front desk (50 clients created, booked, half
  cancelled) and the start-up schedule check, three processes on one file at once
  (tests/fakes/writers_child.py); `--old-begin` adds the same run with the old behaviour
  (every transaction BEGIN DEFERRED, upgraded mid-way) for comparison.
- kills: the dispatcher SIGKILLed at random moments while sending (tests/fakes/
  dispatch_child.py, as tests/test_crash_exactly_once.py), then run until nothing is due.
- provider: timeouts after Twilio accepted, a 429 storm, 500s (before and after accepting),
  dropped connections; the dispatcher retries and reconciles with Twilio's message list.
- replies: bodies with lone surrogates, NULs, 64 KB of text, undecodable bytes (U+FFFD and
  surrogate escapes), through the reply poller: stored, acted on, or stuck.
- store: a staff write transaction SIGKILLed half-way, many times, while the dispatcher
  sends; then `PRAGMA quick_check` and a write must succeed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fakes.twilio_server import TwilioServer  # noqa: E402
from sqlalchemy import func, select, text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from frontdesk.clock import FixedClock  # noqa: E402
from frontdesk.domain import Channel, ConsentStatus, Handling, MessageState, Modality  # noqa: E402
from frontdesk.models import InboundMessage, OutboxMessage  # noqa: E402
from frontdesk.paths import AppPaths  # noqa: E402
from frontdesk.services.container import Services  # noqa: E402
from frontdesk.services.credentials import CredentialStore, TwilioSettings  # noqa: E402
from frontdesk.services.delivery import DeliverySetup  # noqa: E402
from frontdesk.services.dto import (  # noqa: E402
    AppointmentTypeInfo,
    BookingRequest,
    ClientInput,
    ClinicianInfo,
    PracticeInfo,
)
from frontdesk.services.reminders.dispatcher import Pacer  # noqa: E402
from frontdesk.services.secrets import SecretStore  # noqa: E402
from frontdesk.services.vault import Vault  # noqa: E402

BOSTON = ZoneInfo("America/New_York")
BOOKED = datetime(2026, 3, 4, 8, 0, tzinfo=BOSTON)  # Wednesday morning: the bookings
NOW = datetime(2026, 3, 4, 18, 0, tzinfo=BOSTON)  # Wednesday evening: two texts due each
FROM = "+16175550100"
OUT = ROOT / "bench" / "out" / "adversarial"
WRITERS = ROOT / "tests" / "fakes" / "writers_child.py"
DISPATCH = ROOT / "tests" / "fakes" / "dispatch_child.py"
SENT_STATES = (MessageState.SENT, MessageState.DELIVERED, MessageState.UNDELIVERED)
TOLD_STAFF = (MessageState.FAILED, MessageState.UNCERTAIN)


class World:
    """One practice: 5 clinicians, `clients` clients with SMS consent, each booked Thursday
    (unconfirmed within a day of NOW, so the schedule check raises a call item)."""

    def __init__(self, name: str, server: TwilioServer, clients: int) -> None:
        self.data = OUT / name
        shutil.rmtree(self.data, ignore_errors=True)
        self.service = f"FrontDesk-bench-{uuid.uuid4().hex[:12]}"
        self.secrets = SecretStore(service=self.service)
        self.server = server
        self.clock = FixedClock(BOOKED)
        opened = Vault(AppPaths(self.data).ensure(), self.secrets).create()
        CredentialStore(self.secrets).save_twilio(TwilioSettings(
            server.account_sid, server.auth_token, FROM))
        self.svc = Services.build(
            opened.engine, self.clock, pacer=Pacer(sleep=lambda s: None),
            delivery=DeliverySetup(CredentialStore(self.secrets), twilio_api_base=server.url))
        svc = self.svc
        svc.practice.update_settings(PracticeInfo(
            name="Bench Practice", phone="(617) 555-0100", address="1 Main St",
            timezone="America/New_York", region="US", late_cancel_hours=24), "bench")
        kind = svc.practice.save_appointment_type(
            AppointmentTypeInfo(0, "Individual session", 50, Modality.IN_PERSON), "bench")
        clinicians = [svc.practice.save_clinician(ClinicianInfo(0, f"Clinician {i}", f"C{i}"),
                                                  "bench") for i in range(5)]
        for i in range(clients):
            c = svc.clients.create(ClientInput(
                f"Client{i}", f"Bench{i}", mobile=f"({508 + i // 100}) 555-01{i % 100:02d}"),
                "bench")
            svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "form", "b")
            start = datetime(2026, 3, 5, 8 + i % 10, 0, tzinfo=BOSTON)
            svc.schedule.book(BookingRequest((c.id,), clinicians[i // 10 % 5].id, kind.id,
                                             start + timedelta(days=7 * (i // 50))), "bench")
        self.clock.set(NOW)
        with Session(svc.engine) as s:
            self.due = set(s.scalars(select(OutboxMessage.id).where(
                OutboxMessage.state == MessageState.PLANNED, OutboxMessage.due_at <= NOW)))

    def child(self, script: Path, *args: str, env: dict | None = None) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, str(script), *args], cwd=ROOT, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def figures(self, locked: int = 0, note: str = "") -> dict:
        """Each due text: sent once (Twilio has it once), told to staff, lost or stuck."""
        with Session(self.svc.engine) as s:
            rows = list(s.execute(select(OutboxMessage.state, OutboxMessage.body,
                                         OutboxMessage.provider_id)
                                  .where(OutboxMessage.id.in_(self.due))))
        at_twilio = Counter((m["to"], m["body"]) for m in self.server.sent)
        sids = {m["sid"] for m in self.server.sent}
        sent = sum(1 for r in rows if r.state in SENT_STATES and r.provider_id in sids)
        told = sum(1 for r in rows if r.state in TOLD_STAFF)
        stuck = sum(1 for r in rows if r.state in (MessageState.SENDING, MessageState.PLANNED))
        lost = len(rows) - sent - told - stuck
        return {"tried": len(self.due), "sent": sent,
                "duplicates": sum(n - 1 for n in at_twilio.values() if n > 1),
                "lost": lost, "stuck": stuck, "told staff": told, "locked": locked,
                "note": note}

    def close(self) -> None:
        self.svc.close()
        shutil.rmtree(self.data, ignore_errors=True)


def run_writers(w: World, clients: int, env: dict | None = None) -> tuple[int, dict]:
    args = (str(w.data), w.service, NOW.isoformat(), w.server.url)
    roles = {"dispatch": 20, "staff": clients, "check": 30}
    children = {role: w.child(WRITERS, role, *args, str(n), env=env)
                for role, n in roles.items()}
    for child in children.values():
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
    for child in children.values():
        child.stdin.write("go\n")
        child.stdin.flush()
    reports = {role: json.loads(c.communicate(timeout=300)[0].splitlines()[-1])
               for role, c in children.items()}
    locked = sum(r["failures"].get("locked", 0) for r in reports.values())
    return locked, {role: r["failures"] for role, r in reports.items()}


def scenario_writers(server: TwilioServer, clients: int, old: bool = False) -> dict:
    w = World("writers-old" if old else "writers", server, clients)
    try:
        locked, failures = run_writers(w, clients, {"FRONTDESK_OLD_BEGIN": "1"} if old else None)
        shown = {r: f for r, f in failures.items() if f}
        return w.figures(locked, f"failures {shown}" if shown else "no failures")
    finally:
        w.close()


def scenario_kills(server: TwilioServer, clients: int, seed: int) -> dict:
    w, rng, killed = World("kills", server, clients), random.Random(seed), 0
    try:
        for run in range(8):
            now = NOW + timedelta(minutes=3 * run)
            child = w.child(DISPATCH, str(w.data), w.service, server.url, now.isoformat())
            if child.stdout.readline().strip() != "ready":
                raise SystemExit(child.stderr.read())
            time.sleep(rng.uniform(0.0, 0.8))
            child.send_signal(signal.SIGKILL)
            child.communicate(timeout=60)
            killed += child.returncode == -signal.SIGKILL
        for run in range(8, 14):  # then clean runs until one has nothing to do
            now = (NOW + timedelta(minutes=3 * run)).isoformat()
            out, _err = w.child(DISPATCH, str(w.data), w.service, server.url,
                                now).communicate(timeout=300)
            if not any(json.loads(out.splitlines()[-1]).values()):
                break
        return w.figures(note=f"{killed} of 8 runs killed mid-send (seed {seed})")
    finally:
        w.close()


def drain(w: World, runs: int = 12) -> None:
    """The dispatcher's runs, its clock a few minutes on each time (retries come due)."""
    for _ in range(runs):
        report = w.svc.dispatcher.run_once()
        w.clock.advance(timedelta(minutes=10))
        if not any(vars(report).values()):
            return


def scenario_provider(server: TwilioServer, clients: int) -> dict:
    w = World("provider", server, clients)
    try:
        w.svc.delivery.senders().twilio.transport.timeout = 1.0  # the fake holds 2 s
        server.fault_delay = 2.0
        faults = (["timeout_after_accept"] * 3 + ["http_429"] * 30 + ["http_500"] * 5
                  + ["http_500_after_accept"] * 3 + ["drop_after_accept"] * 3
                  + ["drop_before_accept"] * 3 + ["timeout_before_accept"] * 2)
        for fault in faults:
            server.fail_next(fault)
        drain(w)
        return w.figures(note=f"{len(faults)} faults: timeouts, 429 storm, 500s, drops")
    finally:
        server.fault_delay = 5.0
        w.close()


BAD_BODIES = {
    "lone surrogate": "Yes I'll come \ud83d see you",
    "NUL": "C\x00ONFIRM",
    "64 KB": "yes " * 16_384,
    "undecodable": "cancel \ufffd\ufffd \udcff\udcfe",
    "control chars": "stop\x1b[2J\x07",
    "plain (control)": "Yes, see you Thursday",
}


def scenario_replies(server: TwilioServer) -> dict:
    w = World("replies", server, 6)
    try:
        server.now = w.clock.now
        for i, body in enumerate(BAD_BODIES.values()):
            server.add_inbound(f"+1508555010{i}", FROM, body, date_sent=NOW - timedelta(hours=1))
        errors = ""
        try:
            w.svc.poller.poll()
        except Exception as exc:
            errors = f"poll raised {type(exc).__name__}"
        with Session(w.svc.engine) as s:
            stored = dict(s.execute(select(InboundMessage.handling, func.count())
                                    .group_by(InboundMessage.handling)).all())
        tried = len(BAD_BODIES)
        n = sum(stored.values())
        done = stored.get(Handling.ACTED, 0) + stored.get(Handling.NEEDS_STAFF, 0)
        return {"tried": tried, "sent": n, "duplicates": 0, "lost": tried - n,
                "stuck": stored.get(Handling.RECEIVED, 0), "told staff":
                stored.get(Handling.NEEDS_STAFF, 0), "locked": 0,
                "note": f"stored {n}, handled {done}" + (f"; {errors}" if errors else "")}
    finally:
        server.now = lambda: datetime.now(BOSTON)
        w.close()


def scenario_store(server: TwilioServer, clients: int, kills: int = 10) -> dict:
    w = World("store", server, clients)
    try:
        args = (str(w.data), w.service, NOW.isoformat(), server.url)
        sender = w.child(WRITERS, "dispatch", *args, "20")
        sender.stdout.readline()
        sender.stdin.write("go\n")
        sender.stdin.flush()
        dead = 0
        for _ in range(kills):
            holder = w.child(WRITERS, "hold", *args, "20")
            holder.stdout.readline()
            holder.stdin.write("go\n")
            holder.stdin.flush()
            holder.communicate(timeout=60)
            dead += holder.returncode == -signal.SIGKILL
        report = json.loads(sender.communicate(timeout=300)[0].splitlines()[-1])
        with w.svc.engine.connect() as conn:
            check = conn.execute(text("PRAGMA quick_check")).scalar()
        after = ClientInput("After", "Kills", mobile="(617) 555-0199")
        w.svc.clients.create(after, "bench")  # the store still takes writes
        locked = report["failures"].get("locked", 0)
        return w.figures(locked, f"{dead} staff writes killed mid-transaction; "
                                 f"quick_check {check}")
    finally:
        w.close()


def table(rows: dict[str, dict]) -> str:
    cols = ["tried", "sent", "duplicates", "lost", "stuck", "told staff", "locked"]
    lines = [f"{'scenario':<18}" + "".join(f"{c:>11}" for c in cols) + "  note"]
    for name, r in rows.items():
        lines.append(f"{name:<18}" + "".join(f"{r[c]:>11}" for c in cols) + f"  {r['note']}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50, help="clients (two texts due each)")
    ap.add_argument("--old-begin", action="store_true",
                    help="also run the writers the old way (BEGIN DEFERRED)")
    ap.add_argument("--seed", type=int, default=int(time.time()) % 100_000)
    ap.add_argument("--only", choices=["writers", "kills", "provider", "replies", "store"])
    opts = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    scenarios = {
        "writers": lambda s: scenario_writers(s, opts.clients),
        "writers (old)": lambda s: scenario_writers(s, opts.clients, old=True),
        "kills": lambda s: scenario_kills(s, opts.clients, opts.seed),
        "provider": lambda s: scenario_provider(s, opts.clients),
        "replies": scenario_replies,
        "store": lambda s: scenario_store(s, opts.clients),
    }
    if not opts.old_begin:
        del scenarios["writers (old)"]
    rows = {}
    for name, run in scenarios.items():
        if opts.only and not name.startswith(opts.only):
            continue
        t0 = time.perf_counter()
        with TwilioServer() as server:
            rows[name] = run(server)
        rows[name]["note"] += f" ({time.perf_counter() - t0:.0f} s)"
        print(f"{name}: done", file=sys.stderr, flush=True)
    print(table(rows))
    shutil.rmtree(OUT, ignore_errors=True)


if __name__ == "__main__":
    main()
