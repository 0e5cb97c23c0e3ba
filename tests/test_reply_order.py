"""Replies are acted on in the order the client sent them.

Twilio's list can return a message late, in a later poll than a newer one: the older message
must not undo what the client said after it. It goes to staff instead, except that a crisis,
clinical content and an opt-out are always honoured, whatever the order."""

from __future__ import annotations

from datetime import timedelta

from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from sqlalchemy import select
from sqlalchemy.orm import Session
from test_replies import ANA, at, client_writes, desk_fixture, inbound, place  # noqa: F401

from frontdesk.domain import Attendance, Channel, Confirmation, ConsentStatus, Handling
from frontdesk.models import ChannelConsent

LATE = "an older message arrived late; the newer reply was already acted on"


def confirmed_then(desk, book, clock, older_text: str):
    """Ana confirms at 8:05; a message she sent at 8:03 only shows up in the next poll."""
    [aid] = book(desk.ana, at(9, 10))
    clock.set(at(4, 8, 6))
    client_writes(desk, ANA, "C", at(4, 8, 5))
    assert desk.poller.poll().acted == 1
    assert place(desk.svc, aid, desk.ana.id).confirmation is Confirmation.CONFIRMED
    clock.set(at(4, 8, 7))
    client_writes(desk, ANA, older_text, at(4, 8, 3))
    report = desk.poller.poll()
    assert report.new == 1
    return aid, inbound(desk.svc)[-1], report


def test_an_older_x_fetched_after_a_newer_c_goes_to_staff(desk, book, clock):
    aid, late, _ = confirmed_then(desk, book, clock, "X")
    ana = place(desk.svc, aid, desk.ana.id)
    assert ana.attendance is Attendance.BOOKED and ana.confirmation is Confirmation.CONFIRMED
    assert late.handling is Handling.NEEDS_STAFF and late.intent == "cancel"
    assert LATE in late.outcome
    [item] = desk.svc.inbox.triage_queue()
    assert item.kind == "client_message" and "late" in item.note


def test_an_older_bare_cancel_still_opts_out_of_texts_but_cancels_nothing(desk, book, clock):
    aid, late, _ = confirmed_then(desk, book, clock, "Cancel")
    assert place(desk.svc, aid, desk.ana.id).attendance is Attendance.BOOKED
    assert sms_consent(desk) is ConsentStatus.OPTED_OUT  # Twilio blocks texts all the same
    assert late.handling is Handling.NEEDS_STAFF and LATE in late.outcome


def sms_consent(desk) -> ConsentStatus:
    with Session(desk.svc.engine) as s:
        return s.scalar(select(ChannelConsent.status).where(
            ChannelConsent.client_id == desk.ana.id, ChannelConsent.channel == Channel.SMS))


def test_an_older_stop_is_honoured_whatever_the_order(desk, book, clock):
    desk.svc.clients.set_consent(desk.ana.id, Channel.SMS, ConsentStatus.GRANTED, "form", "t")
    _, late, _ = confirmed_then(desk, book, clock, "STOP")
    assert sms_consent(desk) is ConsentStatus.OPTED_OUT
    assert late.handling is Handling.ACTED and LATE not in late.outcome


def test_an_older_crisis_is_honoured_whatever_the_order(desk, book, clock):
    aid, late, report = confirmed_then(desk, book, clock, "i dont want to be alive anymore")
    assert report.crises == 1 and late.flag == "crisis"
    [crisis] = desk.svc.inbox.open_crises()
    assert crisis.key.client_id == desk.ana.id
    assert place(desk.svc, aid, desk.ana.id).confirmation is Confirmation.CONFIRMED


def test_an_older_clinical_message_still_reaches_the_clinician(desk, book, clock):
    aid, late, _ = confirmed_then(desk, book, clock, "cancel, panic attacks all week")
    assert place(desk.svc, aid, desk.ana.id).attendance is Attendance.BOOKED
    kinds = sorted(i.kind for i in desk.svc.inbox.triage_queue())
    assert kinds == ["client_message", "clinical"] and late.flag == "clinical"


def test_messages_in_one_poll_are_acted_on_in_the_order_sent(desk, book, clock):
    [aid] = book(desk.ana, at(9, 10))
    client_writes(desk, ANA, "C", clock.now() - timedelta(minutes=1))
    client_writes(desk, ANA, "X", clock.now() - timedelta(minutes=3))  # listed first, older
    desk.poller.poll()
    ana = place(desk.svc, aid, desk.ana.id)
    assert ana.attendance is Attendance.CANCELLED  # X, then C of a cancelled session
    assert inbound(desk.svc)[0].handling is Handling.ACTED
