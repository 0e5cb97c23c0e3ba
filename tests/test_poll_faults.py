"""Reply polling under faults: a reply Twilio hands back with a lone
UTF-16 surrogate, a message that cannot be stored, a provider failing for minutes, and a
sending lock that cannot be taken. Real twilio client against the Twilio-shaped server, real
encrypted database, real scheduler."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from test_replies import ANA, BEN, PRACTICE, at, client_writes, desk_fixture, inbound, place  # noqa: F401

from frontdesk.domain import Confirmation, Handling
from frontdesk.models import PollState
from frontdesk.services import instance_lock
from frontdesk.services.background import BackgroundWork
from frontdesk.services.channels.twilio_channel import TwilioChannel
from frontdesk.services.inbox.dto import ThreadKey
from frontdesk.services.inbox.poller import InboxPoller
from frontdesk.services.instance_lock import InstanceLock
from frontdesk.services.reminders.senders import Senders

LONE = "\ud83d"  # half an emoji: Twilio's JSON can carry it as "\ud83d"


def poll_state(svc) -> PollState:
    with Session(svc.engine) as s:
        return s.scalar(select(PollState).where(PollState.address == PRACTICE))


def test_a_lone_surrogate_is_stored_repaired_and_never_blocks_later_replies(desk, book, clock):
    [aid] = book(desk.ana, at(6, 10))
    client_writes(desk, ANA, f"C {LONE}", clock.now() - timedelta(minutes=2))
    client_writes(desk, BEN, f"i want to end my life {LONE}", clock.now() - timedelta(minutes=1))
    report = desk.poller.poll()
    assert (report.new, report.crises, report.errors) == (2, 1, 0)
    ana, ben = inbound(desk.svc)
    assert ana.body == "C \ufffd" and "could not be read" in ana.outcome
    assert ana.handling is Handling.ACTED  # still classified and acted on
    assert place(desk.svc, aid, desk.ana.id).confirmation is Confirmation.CONFIRMED
    assert ben.flag == "crisis" and "could not be read" in ben.outcome
    [crisis] = desk.svc.inbox.open_crises()
    assert crisis.who == "Benjamin Okoro" and LONE not in crisis.text
    assert poll_state(desk.svc).polled_at == clock.now()  # the window moved on
    entries = desk.svc.inbox.thread(ThreadKey(desk.ana.id))
    assert any(e.direction == "in" and e.text == "C \ufffd" for e in entries)  # shown

    clock.advance(timedelta(minutes=1))
    client_writes(desk, ANA, "i took all my pills")
    report = desk.poller.poll()
    assert (report.new, report.crises) == (1, 1)
    assert len(desk.svc.inbox.open_crises()) == 2
    assert poll_state(desk.svc).polled_at == clock.now()


class BrokenStore(InboxPoller):
    """The database refuses one message (e.g. a disk error): the others must still go in."""

    def _insert(self, s, row) -> None:
        if row.body == "boom":
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))
        super()._insert(s, row)


def test_a_message_that_cannot_be_stored_is_quarantined_for_staff(desk, clock):
    poller = BrokenStore(desk.poller.sessions, clock, desk.poller.senders, desk.svc.schedule)
    client_writes(desk, ANA, "boom", clock.now() - timedelta(minutes=1))
    client_writes(desk, BEN, "i want to end my life")
    report = poller.poll()
    assert report.crises == 1 and len(desk.svc.inbox.open_crises()) == 1
    held = next(m for m in inbound(desk.svc) if m.from_address == ANA)
    assert held.handling is Handling.NEEDS_STAFF and held.body == ""
    notes = [i.note for i in desk.svc.desk.open_items()]
    assert any("could not be read" in n and "Twilio's console" in n and "(617) 555-0111" in n
               for n in notes)
    assert poll_state(desk.svc).polled_at == clock.now()
    assert poller.poll().new == 0  # known now: not quarantined twice


def test_a_provider_failing_for_minutes_shows_in_background_health(desk, clock):
    desk.poller.poll()  # a good poll at 8:00
    assert desk.svc.health.background_health().problems == ()
    server = desk.twilio
    wrong = TwilioChannel(server.account_sid, "x" * 32, PRACTICE, api_base=server.url,
                          timeout=2.0)
    current = [Senders(wrong, None)]
    poller = InboxPoller(desk.poller.sessions, clock, lambda: current[0], desk.svc.schedule)
    clock.advance(timedelta(minutes=1))
    assert poller.poll().errors == 1
    state = poll_state(desk.svc)
    assert state.failing_since == clock.now() and "credentials" in state.last_error
    assert desk.svc.health.background_health().problems == ()  # a minute: not yet
    clock.advance(timedelta(minutes=6))
    poller.poll()
    [problem] = desk.svc.health.background_health().problems
    assert "not been fetched since 8:01 AM" in problem and "credentials" in problem
    assert ANA not in problem
    current[0] = desk.senders
    clock.advance(timedelta(minutes=1))
    assert poller.poll().errors == 0
    state = poll_state(desk.svc)
    assert (state.failing_since, state.last_error, state.polled_at) == (None, "", clock.now())
    assert desk.svc.health.background_health().problems == ()


def test_a_sending_lock_that_is_a_directory_is_said_and_the_rest_still_runs(practice, paths):
    where = paths.data_dir / "sending.lock"
    where.mkdir()
    with pytest.raises(instance_lock.LockUnavailable, match="sending lock file") as raised:
        InstanceLock(where).acquire()
    assert "Reminders and replies are paused" in str(raised.value)
    work = BackgroundWork(practice.svc, lock=InstanceLock(where), watchdog_seconds=60)
    work.start()
    try:
        assert work.scheduler.running and work.sending is False
        assert work.scheduler.get_job("schedule-check") is not None
        assert work.scheduler.get_job("dispatch") is None
        [problem] = practice.svc.health.background_health().problems
        assert "sending lock" in problem and "paused" in problem
    finally:
        work.stop()


def test_a_lock_held_by_another_process_is_not_an_error(paths):
    first, second = (InstanceLock(paths.data_dir / "sending.lock") for _ in range(2))
    assert first.acquire() is True
    try:
        assert second.acquire() is False
    finally:
        first.release()
