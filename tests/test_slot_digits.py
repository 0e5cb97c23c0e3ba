"""A slot choice typed as "²", "２", "٣" or "1️⃣" is an ordinary answer:
it books the time or gets the plain "not a number we offered" handling, never the error path
("FrontDesk could not act on this automatically")."""

from __future__ import annotations

import pytest
from fakes.twilio_server import twilio_server_fixture  # noqa: F401

from frontdesk.domain import Confirmation, Handling
from frontdesk.services.digits import ascii_digits, numbered_choice
from tests.test_replies import ANA, at, client_writes, desk_fixture, inbound, place  # noqa: F401


@pytest.mark.parametrize(("typed", "number"), [
    ("2", 2), ("2.", 2), (" 1) ", 1), ("²", 2), ("２", 2), ("٣", 3), ("1️⃣", 1), ("2\u20e3", 2),
    ("①", 1), ("०", 0), ("12", 12)])
def test_a_number_however_typed_is_that_number(typed, number):
    assert numbered_choice(typed) == number


@pytest.mark.parametrize("typed", ["", "x", "1 2", "1a", "2 please", "5550100199", "²" * 5000])
def test_anything_else_is_not_a_choice(typed):
    assert numbered_choice(typed) is None


def test_search_digits_are_ascii():
    assert ascii_digits("٦١٧ ５５５ 0¹¹¹") == "617 555 0111"


@pytest.mark.parametrize(("typed", "books"), [("²", 2), ("２", 2), ("1️⃣", 1), ("٣", None)])
def test_a_slot_choice_in_other_digits_takes_the_normal_path(desk, book, clock, typed, books):
    [aid] = book(desk.ana, at(6, 10))
    desk.dispatcher.run_once()
    client_writes(desk, ANA, "R")
    desk.poller.poll()
    desk.dispatcher.run_once()  # the offer of two times goes out
    clock.set(at(4, 9))
    client_writes(desk, ANA, typed)
    desk.poller.poll()
    reply = inbound(desk.svc)[-1]
    assert not reply.outcome.startswith("FrontDesk could not act"), reply.outcome
    if books is None:  # only two times were offered: staff get the plain note
        assert reply.handling is Handling.NEEDS_STAFF
        assert reply.outcome == "a number that was not offered: for staff"
        assert desk.svc.schedule.appointment(aid).start == at(6, 10)
    else:
        assert reply.handling is Handling.ACTED and f"(choice {books})" in reply.outcome
        assert desk.svc.schedule.appointment(aid).start != at(6, 10)
        assert place(desk.svc, aid, desk.ana.id).confirmation is Confirmation.CONFIRMED
