"""Reminder figures: planning after a sync (one by one and in batches), dispatcher throughput.

    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/reminders.py

Each part makes its own practice database with `Vault.create()` (real SQLCipher, its key in
the real keyring) in a throw-away folder under bench/out/, removed at the end.

- Planning: 10,000 appointments arrive in one sync (bulk-inserted, not timed) and are
  planned in transactions of 500 as a sync would commit them; then a second sync moves all
  of them a week on, and a third moves a third of them four weeks on, cancels a third and
  edits the rest; after each the changed appointments are re-planned the same way. All of
  it twice, each in its own database: one by one (`ReminderPlanner.reconcile` for each
  appointment, as before) and in batches (`ReminderPlanner.reconcile_many` with the
  transaction's ids, what a sync calls); both must leave the same outbox rows. The figure
  is the time in the planner (its calls and the flush of what they wrote), with the whole
  transactions' time beside it. `--batch-only` skips the slow one-by-one run.
  Beside the first sync, its floor in the same run: the rows it wrote, inserted again by
  the driver's own executemany (one per 500 appointments, values ready, the outbox
  triggers firing as for any writer) and rolled back, and the same rows written as the
  planner writes them (the insert triggers held off, the places and trends marks set once
  per statement); the planner's time is shown as a ratio to each.
  For comparison, moves through `ScheduleService.reschedule` (one transaction each, with
  its clash check and audit entry, as the UI does).
- Dispatch: texts due at once, sent by `Dispatcher.run_once` through the real twilio client
  to the Twilio-shaped server of tests/fakes on 127.0.0.1 (in this process, on a thread):
  with the real pacing (one text a second per number) and with a no-op sleep (the ceiling).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fakes.twilio_server import TwilioServer  # noqa: E402
from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import selectinload, sessionmaker  # noqa: E402

from frontdesk.clock import FixedClock  # noqa: E402
from frontdesk.domain import Attendance, Channel, ConsentStatus, Modality  # noqa: E402
from frontdesk.models import Appointment, Attendee, OutboxMessage  # noqa: E402
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
from frontdesk.services.reminders.plan_writes import insert_bulk  # noqa: E402
from frontdesk.services.secrets import SecretStore  # noqa: E402
from frontdesk.services.vault import Vault  # noqa: E402

BOSTON = ZoneInfo("America/New_York")
MONDAY = datetime(2026, 3, 2, 8, 0, tzinfo=BOSTON)
AREAS = ("617", "508", "781", "857", "978", "413", "339", "351", "774", "401")
SLOTS_PER_DAY = 10  # 08:00-17:00


def practice(data_dir: Path, secrets: SecretStore, clock: FixedClock, **options) -> Services:
    opened = Vault(AppPaths(data_dir).ensure(), secrets).create()
    svc = Services.build(opened.engine, clock, **options)
    svc.practice.update_settings(PracticeInfo(
        name="Bench Practice", phone="(617) 555-0100", address="1 Main St",
        timezone="America/New_York", region="US", late_cancel_hours=24), "bench")
    return svc


def add_clients(svc: Services, count: int, *, email: bool) -> list[int]:
    ids = []
    for i in range(count):
        c = svc.clients.create(ClientInput(
            f"Client{i}", f"Bench{i}", mobile=f"({AREAS[i // 100 % 10]}) 555-01{i % 100:02d}",
            email=f"client{i}@example.org" if email else ""), "bench")
        svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "b")
        ids.append(c.id)
    return ids


def add_clinicians(svc: Services, count: int) -> list[int]:
    return [svc.practice.save_clinician(ClinicianInfo(0, f"Clinician {i}", f"C{i}"), "b").id
            for i in range(count)]


def weekday_slots(first: datetime, days: int) -> list[datetime]:
    """Hourly 08:00-17:00 starts on the weekdays of `days` days from `first`'s date."""
    out = []
    for d in range(days):
        day = (first + timedelta(days=d)).date()
        if day.weekday() < 5:
            out += [datetime(day.year, day.month, day.day, 8 + h, tzinfo=BOSTON)
                    for h in range(SLOTS_PER_DAY)]
    return out


def chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


# ---- planning ------------------------------------------------------------------------------
WAYS = {"one by one": "reconcile(s, id) for each appointment: how this bench planned before",
        "batch": "reconcile_many(s, ids) once per transaction: what a sync calls"}


def planning_practice(data_dir: Path, secrets: SecretStore, count: int):
    """A practice with `count` appointments from a sync, imported but not yet planned."""
    clock = FixedClock(MONDAY)
    svc = practice(data_dir, secrets, clock)
    sessions = sessionmaker(svc.engine, expire_on_commit=False)
    tele = svc.practice.save_appointment_type(
        AppointmentTypeInfo(0, "Telehealth session", 50, Modality.TELEHEALTH), "b").id
    office = svc.practice.save_appointment_type(
        AppointmentTypeInfo(0, "Individual session", 50, Modality.IN_PERSON), "b").id
    slots = weekday_slots(MONDAY + timedelta(days=2), 28)  # from Wednesday, four weeks
    n_clin = -(-count // len(slots))
    clinicians = add_clinicians(svc, n_clin)
    clients = add_clients(svc, max(count // 10, n_clin), email=True)  # ~10 sessions each
    t0 = time.perf_counter()
    with sessions.begin() as s:  # the sync's import itself (not the planning)
        for k in range(count):
            slot, c = divmod(k, n_clin)
            start = slots[slot]
            telehealth = k % 3 == 0
            a = Appointment(clinician_id=clinicians[c], type_id=tele if telehealth else office,
                            start_at=start, end_at=start + timedelta(minutes=50),
                            modality=Modality.TELEHEALTH if telehealth else Modality.IN_PERSON,
                            telehealth_link="https://video.example.org/s/x" if telehealth
                            else "", created_at=clock.now(), updated_at=clock.now())
            a.attendees = [Attendee(client_id=clients[(slot * n_clin + c) % len(clients)],
                                    booked_at=clock.now())]
            s.add(a)
    imported = time.perf_counter() - t0
    with sessions() as s:
        ids = list(s.scalars(select(Appointment.id).order_by(Appointment.id)))
    about = (f"{len(clients):,} clients, {n_clin} clinicians; the import itself, not timed "
             f"below: {imported:.2f} s")
    return svc, clock, sessions, ids, about


def move(a: Appointment, days: int) -> None:
    """The same wall-clock time `days` later (free by construction: every session moves by
    the same, or onto weeks no session started in)."""
    start = a.start_at.astimezone(BOSTON) + timedelta(days=days)
    a.start_at, a.end_at = start, start + (a.end_at - a.start_at)


def move_all(clock: FixedClock, kinds: dict[str, int]) -> Callable[[Appointment], bool]:
    """The second sync: every session a week later; True: it moved."""
    def change(a: Appointment) -> bool:
        kinds["moved"] += 1
        a.updated_at = clock.now()
        move(a, 7)
        return True
    return change


def mixed(clock: FixedClock, kinds: dict[str, int]) -> Callable[[Appointment], bool]:
    """The third sync: a third moved four weeks on, a third cancelled, a third edited."""
    def change(a: Appointment) -> bool:
        kind = ("moved", "cancelled", "edited")[a.id % 3]
        kinds[kind] += 1
        a.updated_at = clock.now()
        if kind == "moved":
            move(a, 28)
            return True
        if kind == "cancelled":
            a.cancelled_at = a.attendees[0].cancelled_at = clock.now()
            a.attendees[0].attendance = Attendance.CANCELLED
        else:
            a.notes = "edited by the sync"
        return False
    return change


def plan_sync(svc: Services, sessions, ids: list[int], batch: int, way: str,
              change: Callable[[Appointment], bool] | None = None) -> tuple[float, float]:
    """Plan (change None) or change and re-plan every appointment, a transaction per `batch`.
    Returns (seconds in all, seconds in the planner): the first includes the sync's own
    changes and the commits; the second the planner's calls and the flush of what they
    wrote (the sync's changes are flushed before, outside it)."""
    start, planning = time.perf_counter(), 0.0

    def plan(s, call, *args, **kw) -> float:
        s.flush()  # the sync's own changes: not the planner's
        t = time.perf_counter()
        call(s, *args, **kw)
        s.flush()
        return time.perf_counter() - t

    for part in chunks(ids, batch):
        with sessions.begin() as s:
            if way == "batch":  # a sync loads its chunk, changes it, then plans it at once
                moved = set()
                if change is not None:
                    loaded = s.scalars(select(Appointment).where(Appointment.id.in_(part))
                                       .options(selectinload(Appointment.attendees)))
                    moved = {a.id for a in loaded if change(a)}
                planning += plan(s, svc.planner.reconcile_many, part, moved_ids=moved)
            else:
                for aid in part:
                    moved = change is not None and change(s.get(Appointment, aid))
                    planning += plan(s, svc.planner.reconcile, aid, moved=moved)
    return time.perf_counter() - start, planning


def outbox(sessions) -> list[tuple]:
    with sessions() as s:
        return sorted(s.execute(select(
            OutboxMessage.appointment_id, OutboxMessage.client_id, OutboxMessage.step,
            OutboxMessage.channel, OutboxMessage.anchor_at, OutboxMessage.due_at,
            OutboxMessage.useful_until, OutboxMessage.state, OutboxMessage.reason)).all())


def insert_floor(sessions, batch_rows: int, bulk: bool = False) -> float:
    """Seconds to insert the outbox rows there are now again, by the driver's executemany
    (values as stored, `batch_rows` a statement, the triggers firing), rolled back. With
    `bulk`, as the planner writes them (plan_writes.insert_bulk: the insert triggers held
    off, the places worked out and the appointments marked once per statement)."""
    with sessions() as s:
        c = s.connection()
        cols = [r[1] for r in c.exec_driver_sql("PRAGMA table_info(outbox_message)")
                if r[1] != "id"]
        rows = c.exec_driver_sql(f"SELECT {', '.join(cols)} FROM outbox_message "
                                 "ORDER BY id").fetchall()
        c.exec_driver_sql("DELETE FROM outbox_message")
        cursor = c.connection.dbapi_connection.cursor()
        sql = (f"INSERT INTO outbox_message ({', '.join(cols)}) "
               f"VALUES ({', '.join('?' * len(cols))})")
        start = time.perf_counter()
        for part in chunks(rows, batch_rows):
            if bulk:
                insert_bulk(s, sql, [tuple(r) for r in part])
            else:
                cursor.executemany(sql, [tuple(r) for r in part])
        took = time.perf_counter() - start
        s.rollback()
    return took


def bench_planning(workdir: Path, secrets: SecretStore, count: int, batch: int,
                   service_moves: int, ways: list[str]) -> None:
    syncs = (("new", None), ("all moved", move_all), ("mixed", mixed))
    took: dict[str, dict[str, tuple[float, float]]] = {name: {} for name, _ in syncs}
    plans: dict[str, list[list]] = {}
    kinds: dict[str, dict[str, int]] = {}
    for way in ways:
        svc, clock, sessions, ids, about = planning_practice(
            workdir / f"planning-{way.replace(' ', '-')}", secrets, count)
        plans[way] = []
        for name, sync in syncs:
            kinds[name] = {"moved": 0, "cancelled": 0, "edited": 0}
            took[name][way] = plan_sync(svc, sessions, ids, batch, way,
                                        sync(clock, kinds[name]) if sync else None)
            plans[way].append(outbox(sessions))
            if name == "new" and way == ways[-1]:
                batch_rows = -(-len(plans[way][-1]) * batch // count)
                floor = insert_floor(sessions, batch_rows)
                bulk_floor = insert_floor(sessions, batch_rows, bulk=True)
            clock.advance(timedelta(hours=1))
        if way == ways[-1]:
            live = [aid for aid in ids if aid % 3 == 2][:service_moves]
            start = time.perf_counter()
            for aid in live:
                detail = svc.schedule.appointment(aid)
                svc.schedule.reschedule(aid, detail.start + timedelta(days=28), "bench")
            moves_took = time.perf_counter() - start
        svc.close()
    assert all(plans[w] == plans[ways[0]] for w in ways), "the ways planned different rows"

    def figures(name: str, rows: int) -> None:
        for way in ways:
            total, planner = took[name][way]
            print(f"  {way + ':':12} {planner / count * 1000:5.2f} ms per appointment in the "
                  f"planner ({planner:.2f} s; {total:.2f} s with the sync's own changes and "
                  f"the commits)  [{WAYS[way]}]")
        same = ", the same rows both ways" if len(ways) == 2 else ""
        speedup = (f"{took[name][ways[0]][1] / took[name][ways[1]][1]:.1f}x faster in a "
                   "batch; " if len(ways) == 2 else "")
        print(f"  {'':12} {speedup}{rows:,} outbox rows{same}")

    rows = [len(p) for p in plans[ways[0]]]
    print(f"planning after a sync of {count:,} new appointments ({about}; transactions of "
          f"{batch}):")
    figures("new", rows[0])
    planner = took["new"][ways[-1]][1]
    print(f"  {'floor:':12} {floor / count * 1000:5.2f} ms per appointment ({floor:.2f} s) to "
          f"insert the same {rows[0]:,} rows again by the driver's executemany, the outbox "
          f"triggers firing; {ways[-1]} planning takes {planner / floor:.2f}x that")
    print(f"  {'bulk floor:':12} {bulk_floor / count * 1000:5.2f} ms per appointment "
          f"({bulk_floor:.2f} s) to insert them as the planner does (insert triggers held "
          f"off, places and marks set once per statement); {ways[-1]} planning takes "
          f"{planner / bulk_floor:.2f}x that")
    print(f"re-planning after a sync moving all {count:,} a week on (moved_ids: all):")
    figures("all moved", rows[1])
    k = kinds["mixed"]
    print(f"re-planning after a sync changing all {count:,} ({k['moved']:,} moved four weeks "
          f"on, {k['cancelled']:,} cancelled, {k['edited']:,} edited):")
    figures("mixed", rows[2])
    print(f"through ScheduleService.reschedule, {len(live)} moves (one transaction each, with "
          f"clash check and audit): {moves_took:.2f} s, "
          f"{moves_took / len(live) * 1000:.2f} ms per move")


# ---- dispatching ---------------------------------------------------------------------------
def bench_dispatch(workdir: Path, secrets: SecretStore, texts: int, paced: bool) -> None:
    clock = FixedClock(MONDAY + timedelta(days=2))  # Wednesday 08:00: the bookings
    with TwilioServer() as server:
        creds = CredentialStore(secrets)
        creds.save_twilio(TwilioSettings(server.account_sid, server.auth_token,
                                         "+16175550100"))
        pacer = Pacer() if paced else Pacer(sleep=lambda s: None)
        svc = practice(workdir / f"dispatch-{'paced' if paced else 'unpaced'}", secrets, clock,
                       delivery=DeliverySetup(creds, twilio_api_base=server.url), pacer=pacer)
        kind = svc.practice.save_appointment_type(
            AppointmentTypeInfo(0, "Individual session", 50, Modality.IN_PERSON), "b").id
        people = -(-texts // 2)  # two texts due each: booking confirmation, 48 h request
        clinicians = add_clinicians(svc, -(-people // SLOTS_PER_DAY))
        friday = weekday_slots(MONDAY + timedelta(days=4), 1)
        for i, cid in enumerate(add_clients(svc, people, email=False)):
            svc.schedule.book(BookingRequest((cid,), clinicians[i // SLOTS_PER_DAY], kind,
                                             friday[i % SLOTS_PER_DAY]), "bench")
        clock.set(MONDAY.replace(day=4, hour=18))  # Wednesday 18:00: all due
        sent = 0
        start = time.perf_counter()
        while True:
            report = svc.dispatcher.run_once()
            sent += report.sent
            if not report.sent:
                break
        took = time.perf_counter() - start
        assert sent == len(server.sent) == 2 * people, (sent, len(server.sent))
        label = ("paced (1 text/s per number, the real Pacer)" if paced
                 else "unpaced ceiling (Pacer with a no-op sleep)")
        print(f"dispatcher to the local Twilio-shaped server, {label}: {sent} texts in "
              f"{took:.2f} s = {sent / took:.2f} texts/s ({took / sent * 1000:.1f} ms per text: "
              f"checks, claim, POST, record)")
        svc.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--appointments", type=int, default=10_000)
    ap.add_argument("--batch", type=int, default=500, help="appointments per transaction")
    ap.add_argument("--service-moves", type=int, default=500)
    ap.add_argument("--unpaced", type=int, default=500, help="texts sent without pacing")
    ap.add_argument("--paced", type=int, default=20, help="texts sent with pacing (~1/s)")
    ap.add_argument("--only", choices=("planning", "dispatch"))
    ap.add_argument("--batch-only", action="store_true",
                    help="plan only in batches (skip the one-by-one comparison, ~90 s)")
    args = ap.parse_args()
    (ROOT / "bench" / "out").mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="reminders-", dir=ROOT / "bench" / "out"))
    secrets = SecretStore(service=f"FrontDesk-bench-{os.getpid()}")
    load = os.getloadavg()[0]
    try:
        if args.only in (None, "planning"):
            ways = ["batch"] if args.batch_only else ["one by one", "batch"]
            bench_planning(workdir, secrets, args.appointments, args.batch, args.service_moves,
                           ways)
        if args.only in (None, "dispatch"):
            bench_dispatch(workdir, secrets, args.unpaced, paced=False)
            if args.paced:
                bench_dispatch(workdir, secrets, args.paced, paced=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"machine: {os.cpu_count()} CPUs, 1-minute load average {load:.2f} before, "
          f"{os.getloadavg()[0]:.2f} after")


if __name__ == "__main__":
    main()
