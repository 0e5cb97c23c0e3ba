"""Red-team of reconcile and throttling: reconcile when the reception PC's clock is off,
when Twilio's list call is itself throttled, and a storm of 429s mixed with 500s. Real outbox
rows, the real twilio client against the Twilio-shaped server, an injected clock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fakes.smtp_server import smtp_fixture  # noqa: F401
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from test_dispatcher import ANA, at, rows, texts_to, world  # noqa: F401
from test_poll_redteam import override

from frontdesk.domain import Channel, MessageState


@pytest.mark.parametrize("pc_ahead", [timedelta(minutes=10), timedelta(hours=1, minutes=3)],
                         ids=["10-min-fast", "an-hour-fast (daylight saving missed)"])
def test_a_pc_clock_running_fast_never_sends_an_accepted_text_twice(world, book, clock,  # noqa: F811
                                                                     pc_ahead):
    """Twilio dates its messages by its own clock; a reception PC that is minutes (or a
    daylight-saving hour) fast must still recognise its own accepted attempt."""
    world.twilio.now = lambda: clock.now() - pc_ahead
    world.twilio.fail_next("timeout_after_accept")
    book(world.ana, at(6, 10))
    world.dispatcher.run_once()
    clock.advance(timedelta(minutes=3))
    world.dispatcher.run_once()
    [text] = texts_to(world.twilio, ANA)
    [sms] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    assert (sms.state, sms.provider_id) == (MessageState.SENT, text["sid"])


@pytest.mark.parametrize("retry_after", ["1e12", "inf", "nan", "-5",
                                         "Thu, 01 Jan 9999 00:00:00 GMT"])
def test_an_absurd_retry_after_neither_crashes_nor_blocks_the_queue(world, book, clock,  # noqa: F811
                                                                     retry_after):
    world.twilio.retry_after = retry_after
    world.twilio.fail_next("http_429")
    book(world.ana, at(6, 10))
    report = world.dispatcher.run_once()  # must not raise
    [sms] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    assert sms.state in (MessageState.PLANNED, MessageState.FAILED), sms.reason
    assert "slow down" in sms.reason and report.sent + report.retrying + report.failed >= 1
    if sms.state is MessageState.PLANNED:
        assert sms.next_attempt_at <= sms.useful_until


def test_a_message_with_a_malformed_date_never_stops_the_reconcile(world, book, clock):  # noqa: F811
    """Another text to the same number whose dates Twilio's JSON garbles (or leaves null, with
    a null body) must not crash the dispatcher run that asks about a lost answer."""
    other = world.dispatcher.senders.twilio.send_sms(ANA, "an earlier note").provider_id
    override(world.twilio, other, date_created="garbled", date_sent=None, body=None)
    world.twilio.fail_next("timeout_after_accept")
    book(world.ana, at(6, 10))
    report = world.dispatcher.run_once()
    clock.advance(timedelta(minutes=3))
    world.dispatcher.run_once()
    [sms] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    assert report.reconciled == 1, (report, sms.state, sms.reason)
    [sms] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    assert sms.state is MessageState.SENT and sms.provider_id != other
    assert len(texts_to(world.twilio, ANA)) == 2
