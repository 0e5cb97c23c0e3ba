"""Exactly once under real process kills.

The Twilio-shaped server runs here, in the test process, and outlives the dispatcher, which
runs in a child process (tests/fakes/dispatch_child.py) over the same encrypted database: its
key and the Twilio credentials come from the real keyring, as in the app. The child is killed
with SIGKILL at each step of a send (the row committed SENDING before the request; Twilio
accepted but nothing recorded; in the middle of recording) and at random moments; new children
then run until nothing is due, each with its clock a few minutes on (past the reconcile grace
period). The server's own record must then show every due message exactly once.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain import Channel, ConsentStatus, MessageState
from frontdesk.models import Client, OutboxMessage
from frontdesk.services.credentials import CredentialStore, TwilioSettings
from frontdesk.services.dto import BookingRequest, ClientDetail, ClientInput, ClinicianInfo
from tests.helpers import BOSTON

CHILD = Path(__file__).parent / "fakes" / "dispatch_child.py"
ROOT = Path(__file__).parent.parent
AREAS = ("617", "508", "781", "857", "978")
CLINICIANS, SLOTS = 15, 10  # 150 clients, one Friday session each
FIRST_RUN = datetime(2026, 3, 4, 18, 0, tzinfo=BOSTON)  # Wednesday evening
RESTART_GAP = timedelta(minutes=3)  # more than the dispatcher's 2-minute reconcile grace


@pytest.fixture
def busy(practice, secret_store, twilio_server, paths):
    """150 clients with SMS consent, each booked on Friday 6 March (08:00-17:00) on Wednesday
    08:00: by Wednesday 18:00 each is due a booking confirmation and a confirmation request
    (300 texts, two per client: inside the daily cap and the allowed hours)."""
    svc = practice.svc
    CredentialStore(secret_store).save_twilio(TwilioSettings(
        twilio_server.account_sid, twilio_server.auth_token, "+16175550100"))
    clinicians = [svc.practice.save_clinician(ClinicianInfo(0, f"Clinician {i}", f"C{i}"), "t")
                  for i in range(CLINICIANS)]
    for i in range(CLINICIANS * SLOTS):
        c = svc.clients.create(ClientInput(f"Client{i}", f"Crash{i}", mobile=(
            f"({AREAS[i // 100]}) 555-01{i % 100:02d}")), "test")
        svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")
        start = datetime(2026, 3, 6, 8 + i % SLOTS, 0, tzinfo=BOSTON)
        svc.schedule.book(BookingRequest((c.id,), clinicians[i // SLOTS].id,
                                         practice.individual.id, start), "test")
    with Session(svc.engine) as s:
        due = list(s.scalars(select(OutboxMessage.id).where(
            OutboxMessage.state == MessageState.PLANNED, OutboxMessage.due_at <= FIRST_RUN)))
    assert len(due) == 2 * CLINICIANS * SLOTS
    practice.due_ids, practice.server, practice.paths = set(due), twilio_server, paths
    practice.service = secret_store.service
    practice.runs = 0
    return practice


def start_child(world, crash: str = "") -> subprocess.Popen:
    now = FIRST_RUN + RESTART_GAP * world.runs
    world.runs += 1
    env = {**os.environ, "FRONTDESK_CRASH_AT": crash, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(world.paths.data_dir), world.service,
         world.server.url, now.isoformat()],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run_child(world, crash: str = "") -> tuple[int, dict | None, str]:
    """Run one child to its end (or its death): (return code, its report or None, stderr)."""
    child = start_child(world, crash)
    out, err = child.communicate(timeout=120)
    lines = [line for line in out.splitlines() if line.startswith("{")]
    return child.returncode, json.loads(lines[-1]) if lines else None, err


def drain(world) -> list[dict]:
    """Children without crash points until one finds nothing to do."""
    reports = []
    for _ in range(5):
        code, report, err = run_child(world)
        assert code == 0, err
        reports.append(report)
        if not any(report.values()):
            return reports
    raise AssertionError(f"still sending after 5 clean runs: {reports}")


def assert_exactly_once(world, moved: dict[int, str] | None = None) -> None:
    """`moved`: client id -> the number a client had before staff edited it."""
    sent = world.server.sent
    by_text = Counter((m["to"], m["body"]) for m in sent)
    assert [k for k, n in by_text.items() if n > 1] == [], "a text went twice"
    with Session(world.svc.engine) as s:
        rows = list(s.scalars(select(OutboxMessage).where(
            OutboxMessage.id.in_(world.due_ids))))
        mobiles = {c.id: c.mobile for c in s.scalars(select(Client))}
    assert Counter(r.state for r in rows) == {MessageState.SENT: len(world.due_ids)}
    sids = [r.provider_id for r in rows]
    assert len(set(sids)) == len(rows), "two rows claim the same Twilio message"
    assert len(sent) == len(world.due_ids), "a message was lost or one went twice"
    by_sid = {m["sid"]: m for m in sent}
    assert set(sids) == set(by_sid)
    for r in rows:  # each row is the very message Twilio has, to the number it was sent to
        assert (by_sid[r.provider_id]["to"], by_sid[r.provider_id]["body"]) == (
            r.sent_to, r.body)
        assert r.sent_to in (mobiles[r.client_id], (moved or {}).get(r.client_id))


def in_flight(world) -> list[OutboxMessage]:
    with Session(world.svc.engine) as s:
        return list(s.scalars(select(OutboxMessage).where(
            OutboxMessage.state == MessageState.SENDING)))


@pytest.mark.parametrize("point, twilio_has_it", [
    ("before_post", False),  # no record at Twilio: sent again after the grace period
    ("after_accept", True),  # Twilio has it: found in its list, never resent
    ("mid_record", True),  # the outcome was being written: rolled back, then found
])
def test_a_kill_at_each_step_of_a_send_neither_loses_nor_repeats(busy, point, twilio_has_it):
    crashed = []
    for nth in (1, 90, 160):  # the first send of a run, and deep into one
        code, report, err = run_child(busy, f"{point}:{nth}")
        assert report is None  # it died before saying what it did
        assert code == -signal.SIGKILL, f"the child was not killed at {point}:{nth}: {err}"
        [row] = in_flight(busy)  # the kill left its row SENDING (the last one was recovered)
        at_twilio = [m for m in busy.server.sent if m["body"] == row.body]
        assert len(at_twilio) == (1 if twilio_has_it else 0)
        crashed.append(row.id)
    drain(busy)
    with Session(busy.svc.engine) as s:
        for row in s.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(crashed))):
            if twilio_has_it:
                assert (row.attempts, row.reason) == (
                    1, "confirmed with the provider after an interruption")
            else:
                assert row.attempts == 2  # one request that never left, one that went
    assert_exactly_once(busy)


def test_kills_at_random_moments_neither_lose_nor_repeat(busy):
    seed = int(os.environ.get("FRONTDESK_CRASH_SEED", time.time_ns() % 100_000))
    rng = random.Random(seed)
    killed = 0
    for _ in range(6):
        before = len(busy.server.sent)
        child = start_child(busy)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        # Kill while sending, however fast this machine sends: after a random number of
        # the child's texts reached Twilio, at a random moment within the next one.
        target = before + rng.randint(1, 40)
        deadline = time.monotonic() + 30
        while (len(busy.server.sent) < target and child.poll() is None
               and time.monotonic() < deadline):
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, 0.03))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        killed += child.returncode == -signal.SIGKILL
    assert killed >= 3, f"too few kills landed while sending (seed {seed})"
    assert 0 < len(busy.server.sent) < len(busy.due_ids), f"seed {seed}"
    drain(busy)
    try:
        assert_exactly_once(busy)
    except AssertionError as exc:
        raise AssertionError(f"{exc} (FRONTDESK_CRASH_SEED={seed})") from exc


def edit_mobile(world, client_id: int, mobile: str) -> None:
    c: ClientDetail = world.svc.clients.get(client_id)
    world.svc.clients.update(client_id, ClientInput(
        c.first_name, c.last_name, c.preferred_name, mobile=mobile, email=c.email or ""),
        "reception")


def test_a_number_edited_after_a_kill_gets_nothing_the_old_number_had_it(busy):
    """Killed after Twilio accepted; staff then edit the client's mobile; on restart the
    row is reconciled against the number it went to, and nothing goes to the new one."""
    code, report, err = run_child(busy, "after_accept:1")
    assert (code, report) == (-signal.SIGKILL, None), err
    [row] = in_flight(busy)
    [accepted] = [m for m in busy.server.sent if m["body"] == row.body]
    old = accepted["to"]
    edit_mobile(busy, row.client_id, "(617) 555-0999")
    drain(busy)
    assert [m for m in busy.server.sent if m["body"] == row.body] == [accepted]
    with Session(busy.svc.engine) as s:
        done = s.get(OutboxMessage, row.id)
        assert (done.state, done.provider_id, done.sent_to, done.reason) == (
            MessageState.SENT, accepted["sid"], old,
            "confirmed with the provider after an interruption")
    assert_exactly_once(busy, moved={row.client_id: old})
