"""Red-team of reply polling: replies Twilio's list can hand back in shapes the first fix did
not try (no date, a date that is not one, no sender, a body that is not text, NUL characters,
a 2 MB body, the same SID twice). Each must be stored or held for staff, never hold up the
crisis that comes after it, and the poll window must move on. Real twilio client against the
Twilio-shaped server, real encrypted database."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from sqlalchemy import select
from sqlalchemy.orm import Session
from test_replies import ANA, BEN, PRACTICE, client_writes, desk_fixture, inbound  # noqa: F401

from frontdesk.domain import Handling
from frontdesk.models import PollState


def poll_state(svc) -> PollState:
    with Session(svc.engine) as s:
        return s.scalar(select(PollState).where(PollState.address == PRACTICE))


def override(server, which: str, **fields) -> None:
    """Make Twilio's JSON for message `which` carry these fields as given (any JSON value)."""
    plain = server._resource
    extra = getattr(server, "_overrides", None)
    if extra is None:
        extra = server._overrides = {}
        server._resource = lambda m: {**plain(m), **extra.get(m["sid"], {})}
    extra[which] = fields


def crisis_after(desk, clock, bad_sid_fields: dict, body: str = "C") -> None:
    """A bad message from Ana, then a crisis from Ben in the same poll: the crisis is seen,
    the window moves on, nothing is left failing."""
    sid = client_writes(desk, ANA, body, clock.now() - timedelta(minutes=2))
    override(desk.twilio, sid, **bad_sid_fields)
    client_writes(desk, BEN, "i want to end my life", clock.now() - timedelta(minutes=1))
    report = desk.poller.poll()
    assert report.errors == 0, report
    assert report.crises == 1 and len(desk.svc.inbox.open_crises()) == 1
    state = poll_state(desk.svc)
    assert state.polled_at == clock.now() and state.failing_since is None
    rows = inbound(desk.svc)
    assert len(rows) == 2 and all(r.handling is not Handling.RECEIVED for r in rows)
    assert desk.poller.poll().new == 0  # stored once


@pytest.mark.parametrize("fields", [
    {"date_sent": None, "date_created": None},
    {"date_sent": "not a date", "date_created": "yesterday-ish"},
    {"date_sent": None, "date_created": "Mon, 99 Foo 2026 99:99:99 +0000"},
], ids=["no-dates", "malformed-dates", "malformed-created"])
def test_a_reply_without_a_usable_date_is_stored_and_never_blocks(desk, clock, fields):
    crisis_after(desk, clock, fields)
    ana = next(m for m in inbound(desk.svc) if m.from_address == ANA)
    assert ana.received_at is not None


@pytest.mark.parametrize("fields", [{"from": None}, {"from": ""}, {"from": "Alice"},
                                    {"from": 16175550111}],
                         ids=["null", "empty", "a-name", "a-number"])
def test_a_reply_from_no_usable_address_is_stored_and_never_blocks(desk, clock, fields):
    crisis_after(desk, clock, fields)


@pytest.mark.parametrize("fields", [{"body": None}, {"body": 12345}, {"body": ["C"]},
                                    {"body": {"text": "C"}}],
                         ids=["null", "a-number", "a-list", "an-object"])
def test_a_body_that_is_not_text_is_stored_and_never_blocks(desk, clock, fields):
    crisis_after(desk, clock, fields)


def test_nul_characters_in_a_body_are_stored(desk, clock):
    crisis_after(desk, clock, {}, body="C\x00\x00 thanks\x00")
    ana = next(m for m in inbound(desk.svc) if m.from_address == ANA)
    assert "thanks" in ana.body


def test_a_two_megabyte_body_is_stored_quickly_and_never_blocks(desk, clock):
    started = time.monotonic()
    crisis_after(desk, clock, {}, body="please call me back " * 100_000)
    assert time.monotonic() - started < 30


def test_the_same_sid_twice_in_one_page_is_stored_once(desk, clock):
    sid = client_writes(desk, ANA, "C", clock.now() - timedelta(minutes=2))
    twin = client_writes(desk, ANA, "C", clock.now() - timedelta(minutes=2))
    override(desk.twilio, twin, sid=sid)
    client_writes(desk, BEN, "i want to end my life", clock.now() - timedelta(minutes=1))
    report = desk.poller.poll()
    assert (report.new, report.crises, report.errors) == (2, 1, 0)
    assert poll_state(desk.svc).polled_at == clock.now()
