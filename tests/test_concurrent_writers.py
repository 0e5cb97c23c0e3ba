"""Two writers at once on one encrypted database: they wait for each other, none fails.

Each writer is a process of its own (tests/fakes/writers_child.py) over the same SQLCipher
file, as `serve` and the window, or the dispatcher and a staff action, are: the dispatcher
sending every due text to the Twilio-shaped server (no pacing), the front desk creating
clients and booking and cancelling, the start-up schedule check raising call items. When
every transaction began as a reader and upgraded mid-way, which fails at once with
"database is locked" when another writer got in first (FRONTDESK_OLD_BEGIN=1 in the children
puts that back: see bench/README.md for the failure counts it gives).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

import frontdesk.models.database as database
from frontdesk.domain import Channel, ConsentStatus, ItemKind, MessageState
from frontdesk.models import Client, DeskItem, OutboxMessage
from frontdesk.services.credentials import CredentialStore, TwilioSettings
from frontdesk.services.dto import BookingRequest, ClientInput, ClinicianInfo
from frontdesk.services.errors import FrontDeskError
from frontdesk.services.retry import BusyError, plain_error, retry_locked
from frontdesk.services.vault import Vault
from tests.helpers import BOSTON

CHILD = Path(__file__).parent / "fakes" / "writers_child.py"
ROOT = Path(__file__).parent.parent
NOW = datetime(2026, 3, 4, 18, 0, tzinfo=BOSTON)  # Wednesday evening
CLIENTS = 50  # each booked on Thursday: two texts due now, and a call item (unconfirmed)


@pytest.fixture
def world(practice, secret_store, twilio_server, paths):
    """50 clients with SMS consent booked on Thursday 5 March: at Wednesday 18:00 each is
    due two texts (100 in all) and, unconfirmed within a day, a call from the front desk."""
    svc = practice.svc
    CredentialStore(secret_store).save_twilio(TwilioSettings(
        twilio_server.account_sid, twilio_server.auth_token, "+16175550100"))
    clinicians = [svc.practice.save_clinician(ClinicianInfo(0, f"Clinician {i}", f"C{i}"), "t")
                  for i in range(5)]
    for i in range(CLIENTS):
        c = svc.clients.create(ClientInput(f"Client{i}", f"Busy{i}",
                                           mobile=f"(508) 555-01{i:02d}"), "test")
        svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")
        start = datetime(2026, 3, 5, 8 + i % 10, 0, tzinfo=BOSTON)
        svc.schedule.book(BookingRequest((c.id,), clinicians[i // 10].id,
                                         practice.individual.id, start), "test")
    with Session(svc.engine) as s:
        practice.due = set(s.scalars(select(OutboxMessage.id).where(
            OutboxMessage.state == MessageState.PLANNED, OutboxMessage.due_at <= NOW)))
    assert len(practice.due) == 2 * CLIENTS
    practice.server, practice.paths, practice.service = twilio_server, paths, secret_store.service
    return practice


def start(world, role: str, count: int, env: dict | None = None) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), role, str(world.paths.data_dir), world.service,
         NOW.isoformat(), world.server.url, str(count)],
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, cwd=ROOT,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    return child


def run_together(world, roles: dict[str, int], env: dict | None = None) -> dict[str, dict]:
    """Start every role's process, let them go at the same moment, collect their reports."""
    children = {role: start(world, role, count, env) for role, count in roles.items()}
    for child in children.values():
        child.stdin.write("go\n")
        child.stdin.flush()
    reports = {}
    for role, child in children.items():
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        reports[role] = json.loads(out.splitlines()[-1])
    return reports


def test_dispatcher_staff_and_schedule_check_write_at_once_without_locked_failures(world):
    reports = run_together(world, {"dispatch": 20, "staff": CLIENTS, "check": 15})
    failures = {role: r["failures"] for role, r in reports.items() if r["failures"]}
    assert failures == {}, f"writers failed while another wrote: {failures}"
    assert reports["staff"]["done"] == {"clients": CLIENTS, "consents": CLIENTS,
                                        "bookings": CLIENTS, "cancels": CLIENTS // 2}
    assert reports["check"]["done"] == {"checks": 15}
    with Session(world.svc.engine) as s:
        states = dict(s.execute(select(OutboxMessage.state, func.count()).where(
            OutboxMessage.id.in_(world.due)).group_by(OutboxMessage.state)).all())
        calls = s.scalar(select(func.count()).select_from(DeskItem).where(
            DeskItem.kind == ItemKind.CALL_UNCONFIRMED))
        staff_clients = s.scalar(select(func.count()).select_from(Client).where(
            Client.first_name.like("Staff%")))
    assert states == {MessageState.SENT: 2 * CLIENTS}, "a due text was lost or is stuck"
    to_busy = [m for m in world.server.sent if m["to"].startswith("+1508555")]
    assert len(to_busy) == 2 * CLIENTS, "a text went twice or not at all"
    assert calls == CLIENTS  # one call item per unconfirmed Thursday session, raised once
    assert staff_clients == CLIENTS


def test_a_staff_write_killed_half_way_leaves_a_sound_unlocked_database(world, vault):
    """SIGKILL inside a staff write transaction: nothing of it stays, the file passes
    quick_check, and the next writer (the dispatcher) gets the lock at once."""
    child = start(world, "hold", 20)
    child.stdin.write("go\n")
    child.stdin.flush()
    child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    engine = vault.open().engine
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA quick_check")).scalar() == "ok"
            assert conn.execute(select(func.count()).select_from(Client).where(
                Client.last_name == "Midwrite")).scalar() == 0
    finally:
        engine.dispose()
    reports = run_together(world, {"dispatch": 5})
    assert reports["dispatch"]["failures"] == {}
    assert reports["dispatch"]["done"]["sent"] == 2 * CLIENTS


@pytest.fixture
def short_busy_timeout(monkeypatch):
    """Writers give up after 0.3 s instead of 15 s, so a held lock shows quickly."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)


@pytest.fixture
def held_lock(practice, paths, secret_store, short_busy_timeout):
    """Another process's write transaction, open until the test calls the function given."""
    engine = Vault(paths, secret_store).open().engine
    conn = database.writer(engine).connect()
    conn.begin()
    conn.execute(text("UPDATE practice_settings SET name = name"))
    released = threading.Event()

    def release() -> None:
        if not released.is_set():
            released.set()
            conn.rollback()

    yield release
    release()
    conn.close()
    engine.dispose()


@pytest.fixture
def fresh(practice, paths, secret_store, short_busy_timeout):
    """The practice's services over a new engine (connections with the short busy timeout)."""
    from frontdesk.services.container import Services

    svc = Services.build(Vault(paths, secret_store).open().engine, practice.svc.clock)
    yield svc
    svc.close()


def test_a_staff_action_blocked_too_long_says_so_in_plain_words(fresh, held_lock):
    with pytest.raises(OperationalError) as caught:
        fresh.clients.create(ClientInput("Dana", "Blocked", mobile="(617) 555-0150"),
                             "reception")
    shown = plain_error(caught.value)
    assert isinstance(shown, BusyError) and isinstance(shown, FrontDeskError)
    assert "saving at the same moment" in str(shown) and "try again" in str(shown).lower()
    assert "Dana" not in str(shown) and "INSERT" not in str(shown)
    other = ValueError("x")
    assert plain_error(other) is other


@pytest.fixture
def soon(practice, book):
    """Ana's unconfirmed session this afternoon: the schedule check raises a call item."""
    return book(practice.ana, datetime(2026, 3, 4, 15, 0, tzinfo=BOSTON))


def test_an_idempotent_write_is_tried_again_once_the_lock_is_free(soon, fresh, held_lock,
                                                                  caplog):
    threading.Timer(0.6, held_lock).start()  # the other writer commits while we wait
    with caplog.at_level("INFO", logger="frontdesk.services.retry"):
        assert fresh.desk.raise_call_items() == 1  # the schedule check's call items
    assert "The database was busy (try 1 of 3): trying again" in caplog.messages
    with Session(fresh.engine) as s:
        assert s.scalar(select(func.count()).select_from(DeskItem)) == 1


def test_a_write_that_stays_locked_fails_after_its_tries(soon, fresh, held_lock):
    tries = []

    def raise_items() -> int:
        tries.append(1)
        return fresh.desk._raise_call_items()

    with pytest.raises(OperationalError):
        retry_locked(raise_items, attempts=2, pause=0.05)
    assert len(tries) == 2


def test_the_window_shows_a_blocked_staff_action_in_words(fresh, held_lock, qapp):
    """What the UI's task runner hands a dialog when the store stayed locked."""
    import gc

    from frontdesk.ui.tasks import InlineTaskRunner
    from frontdesk.ui.widgets.notice import error_text

    runner, failed = InlineTaskRunner(), []
    runner.run(fresh.clients.create, ClientInput("Dana", "Blocked"), "reception").on_failure(
        failed.append)
    [exc] = failed
    assert error_text(exc) == ("Another part of FrontDesk was saving at the same moment, so "
                               "this wasn't saved. Try again in a moment.")
    del runner
    gc.collect()  # its QObject goes here, on the GUI thread


def test_reading_the_practice_settings_does_not_wait_for_a_writer(fresh, held_lock):
    """Opening Settings while `serve` writes: a read, not a write transaction that waits
    (and fails after the busy timeout)."""
    assert fresh.practice.settings().name == "Test Practice"
