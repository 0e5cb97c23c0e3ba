"""The dispatcher end to end: real outbox rows, the real twilio client against a
Twilio-shaped server on loopback, a real SMTP server, an injected clock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fakes.smtp_server import (
    smtp_fixture,  # noqa: F401
)
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.domain import Channel, Confirmation, ConsentStatus, MessageState
from frontdesk.models import ChannelConsent, OutboxMessage
from frontdesk.services.channels.email_smtp import EmailChannel, SmtpSettings
from frontdesk.services.channels.twilio_channel import TwilioChannel
from frontdesk.services.reminders.dispatcher import Dispatcher, Pacer
from frontdesk.services.reminders.senders import Senders
from tests.helpers import BOSTON, at

PRACTICE_NUMBER = "+16175550100"
ANA = "+16175550111"



@pytest.fixture
def world(practice, twilio_server, smtp):
    """Ana agreed to texts; the practice's Twilio and SMTP point at the local servers."""
    practice.svc.clients.set_consent(practice.ana.id, Channel.SMS, ConsentStatus.GRANTED,
                                     "intake form", "test")
    twilio = TwilioChannel(twilio_server.account_sid, twilio_server.auth_token,
                           PRACTICE_NUMBER, api_base=twilio_server.url, timeout=2.0)
    email = EmailChannel(SmtpSettings("127.0.0.1", smtp.port, "", "", "desk@example.org",
                                      "Test Practice", security="starttls", timeout=5),
                         ssl_context=smtp.ca.client_context())
    sleeps: list[float] = []
    dispatcher = Dispatcher(sessionmaker(practice.svc.engine, expire_on_commit=False),
                            practice.svc.clock, Senders(twilio, email),
                            pacer=Pacer(sleep=sleeps.append))
    practice.twilio, practice.smtp, practice.dispatcher = twilio_server, smtp, dispatcher
    practice.sleeps = sleeps
    return practice


def rows(svc, **where):
    with Session(svc.engine) as s:
        q = select(OutboxMessage).order_by(OutboxMessage.id)
        for k, v in where.items():
            q = q.where(getattr(OutboxMessage, k) == v)
        return list(s.scalars(q))


def texts_to(server, number):
    return [m for m in server.sent if m["to"] == number]


def test_booking_confirmation_goes_once_by_text_and_email_with_the_calendar_file(world, book):
    book(world.ana, at(6, 10))
    report = world.dispatcher.run_once()
    assert report.sent == 2
    [text] = texts_to(world.twilio, ANA)
    assert "Fri" in text["body"] or "Friday" in text["body"]
    [mail] = world.smtp.messages
    parts = [p.get_content_type() for p in mail.message.walk()]
    assert "text/calendar" in parts
    again = world.dispatcher.run_once()  # nothing is due twice
    assert again.sent == 0 and len(world.twilio.sent) == 1 and len(world.smtp.messages) == 1
    sent = rows(world.svc, step="booking_confirmation")
    assert {r.state for r in sent} == {MessageState.SENT} and all(r.body for r in sent)


def test_the_sequence_follows_the_clock_and_the_confirmation_column_moves(world, book, clock):
    [aid] = book(world.ana, at(6, 10))
    world.dispatcher.run_once()
    clock.set(at(4, 10, 1))  # 48 h before: the two-way request
    world.dispatcher.run_once()
    request = texts_to(world.twilio, ANA)[-1]["body"]
    assert "C" in request and "R" in request and "X" in request
    row = next(r for r in world.svc.schedule.day(at(6, 10).date()) if r.appointment_id == aid)
    assert row.confirmation is Confirmation.REQUESTED
    assert row.last_message.startswith("Confirmation request sent")


def test_the_link_is_read_at_send_time(world, book, clock):
    from frontdesk.services.dto import AppointmentEdit

    [aid] = book(world.ana, at(6, 10), kind=world.tele)
    world.svc.schedule.edit(aid, AppointmentEdit(
        telehealth_link="https://video.example.org/s/late-link"), "test")
    clock.set(at(6, 9, 31))
    world.dispatcher.run_once()
    assert "https://video.example.org/s/late-link" in texts_to(world.twilio, ANA)[-1]["body"]


def test_nothing_goes_after_cancellation_or_once_the_session_started(world, book, clock):
    [aid] = book(world.ana, at(6, 10))
    world.svc.schedule.cancel(aid, "test", client_id=world.ana.id)
    clock.set(at(6, 9))
    world.dispatcher.run_once()
    assert texts_to(world.twilio, ANA) == [] and world.smtp.messages == []


def test_app_closed_overnight_sends_only_what_still_helps(world, book, clock):
    book(world.ana, at(6, 10), kind=world.tele)
    world.dispatcher.run_once()  # the booking confirmation
    clock.set(at(6, 10, 5))  # the app was closed from Wednesday to after the start
    report = world.dispatcher.run_once()
    assert report.sent == 0
    skipped = {r.step for r in rows(world.svc, state=MessageState.SKIPPED)}
    assert {"confirmation_request", "day_before", "telehealth_link"} <= skipped
    assert len(texts_to(world.twilio, ANA)) == 1


def test_opt_out_at_send_time_is_honoured(world, book, clock):
    book(world.ana, at(6, 10))
    with Session(world.svc.engine) as s, s.begin():  # consent revoked behind the planner's back
        s.scalars(select(ChannelConsent).where(
            ChannelConsent.channel == Channel.SMS)).one().status = ConsentStatus.OPTED_OUT
    world.dispatcher.run_once()
    assert texts_to(world.twilio, ANA) == []
    [sms] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    assert (sms.state, sms.reason) == (MessageState.SKIPPED, "client opted out")


def test_stop_reply_at_twilio_21610_becomes_an_opt_out(world, book):
    world.twilio.set_rule(ANA, "opted_out")
    book(world.ana, at(6, 10))
    world.dispatcher.run_once()
    [row] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    assert row.state is MessageState.FAILED and row.error_code == "21610"
    consent = world.svc.clients.get(world.ana.id).consents
    assert any(c.channel is Channel.SMS and c.status is ConsentStatus.OPTED_OUT
               for c in consent)


def test_a_timeout_after_twilio_accepted_is_reconciled_not_resent(world, book):
    world.twilio.fail_next("timeout_after_accept")
    book(world.ana, at(6, 10))
    report = world.dispatcher.run_once()
    assert report.reconciled == 1
    assert len(texts_to(world.twilio, ANA)) == 1
    world.dispatcher.run_once()
    assert len(texts_to(world.twilio, ANA)) == 1


def test_a_crash_between_claim_and_send_is_recovered_without_a_duplicate(world, book, clock):
    """The row was committed SENDING and the process died: before or after Twilio got it."""
    book(world.ana, at(6, 10))
    [sms] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    claimed = world.dispatcher._claim(sms.id, report=type("R", (), {})())
    assert rows(world.svc, id=sms.id)[0].state is MessageState.SENDING
    world.dispatcher.senders.twilio.send_sms(ANA, claimed[0].body)  # it got out, then died
    report = world.dispatcher.run_once()
    assert report.reconciled == 1
    assert len(texts_to(world.twilio, ANA)) == 1
    assert rows(world.svc, id=sms.id)[0].state is MessageState.SENT


def test_a_crash_before_twilio_got_it_is_sent_after_the_grace_period(world, book, clock):
    book(world.ana, at(6, 10))
    [sms] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    world.dispatcher._claim(sms.id, report=type("R", (), {})())  # died before the POST
    world.dispatcher.run_once()
    assert texts_to(world.twilio, ANA) == []  # too soon to be sure: still checking
    clock.advance(timedelta(minutes=3))
    world.dispatcher.run_once()
    assert len(texts_to(world.twilio, ANA)) == 1


def test_transient_failures_retry_with_backoff_and_texts_are_paced(world, book, clock):
    world.twilio.fail_next("http_429")
    book(world.ana, at(6, 10))
    world.dispatcher.run_once()
    [sms] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    assert sms.state is MessageState.PLANNED and sms.next_attempt_at > clock.now()
    clock.advance(timedelta(minutes=1))
    world.dispatcher.run_once()
    assert len(texts_to(world.twilio, ANA)) == 1
    book(world.ben, at(6, 11))
    world.svc.clients.set_consent(world.ben.id, Channel.SMS, ConsentStatus.GRANTED,
                                  "verbal", "test")
    world.dispatcher.run_once()
    assert world.sleeps and all(0 < s <= 1.0 for s in world.sleeps)


def test_quiet_hours_and_the_daily_cap_hold_texts(world, book, clock):
    clock.set(at(4, 21, 30))  # booked late in the evening
    book(world.ana, at(9, 10))
    world.dispatcher.run_once()
    assert texts_to(world.twilio, ANA) == [] and len(world.smtp.messages) == 1
    [sms] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    assert sms.due_at.astimezone(BOSTON).strftime("%a %H:%M") == "Thu 08:00"
    clock.set(at(5, 8, 0))
    book(world.ana, at(5, 16), clinician=world.reyes)  # a second session, same client
    book(world.ana, at(5, 18), clinician=world.reyes)
    world.dispatcher.run_once()
    assert len(texts_to(world.twilio, ANA)) == 2  # the daily cap (2 texts)
    held = [r for r in rows(world.svc, channel=Channel.SMS, state=MessageState.PLANNED)
            if r.reason.startswith("daily text limit")]
    skipped = [r for r in rows(world.svc, channel=Channel.SMS, state=MessageState.SKIPPED)
               if "daily limit" in r.reason]
    assert held or skipped
