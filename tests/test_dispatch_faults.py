"""The dispatcher under provider faults: a number edited while a send was in flight,
a long 429 storm, a provider that adds words to the text, a match Twilio cannot settle.

Real outbox rows, the real twilio client against the Twilio-shaped server, an injected clock.
"""

from __future__ import annotations

from datetime import timedelta

import sqlcipher3.dbapi2 as sqlcipher
from fakes.smtp_server import smtp_fixture  # noqa: F401
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from sqlalchemy.orm import sessionmaker
from test_dispatcher import ANA, at, rows, texts_to, world  # noqa: F401

from frontdesk.domain import Channel, ItemKind, MessageState
from frontdesk.models.database import BUSY_TIMEOUT_MS, Sessions
from frontdesk.services.channels.twilio_channel import TwilioChannel
from frontdesk.services.dto import ClientInput
from frontdesk.services.reminders.dispatcher import Dispatcher, Pacer
from frontdesk.services.reminders.senders import Senders
from frontdesk.services.reminders.status_poll import poll_statuses

NEW_MOBILE = "+16175550199"
TRIAL = "Sent from your Twilio trial account - "


def claim_sms(w, step="booking_confirmation"):
    """Commit the SMS row SENDING as the dispatcher does, and return (row id, message)."""
    [sms] = rows(w.svc, step=step, channel=Channel.SMS)
    out, _uid = w.dispatcher._claim(sms.id, report=type("R", (), {})())
    return sms.id, out


def run_every_minute(w, clock, minutes):
    for _ in range(minutes):
        w.dispatcher.run_once()
        clock.advance(timedelta(minutes=1))


# ---- reconcile asks about the number the attempt went to ------------------------
def test_the_attempt_records_the_exact_address_it_went_to(world, book):  # noqa: F811
    book(world.ana, at(6, 10))
    row_id, out = claim_sms(world)
    assert rows(world.svc, id=row_id)[0].sent_to == ANA == out.to
    world.dispatcher.run_once()
    [email] = rows(world.svc, step="booking_confirmation", channel=Channel.EMAIL)
    assert email.sent_to == "ana@example.org"


def test_a_number_edited_after_a_crash_gets_nothing_the_old_one_had_it(world, book, clock):  # noqa: F811
    book(world.ana, at(6, 10))
    row_id, out = claim_sms(world)
    sid = world.dispatcher.senders.twilio.send_sms(ANA, out.body).provider_id  # then it died
    world.svc.clients.update(world.ana.id, ClientInput(
        "Ana", "Lindqvist", preferred_name="Annie", mobile=NEW_MOBILE,
        email="ana@example.org"), "reception")
    clock.advance(timedelta(minutes=3))  # past the reconcile grace period
    report = world.dispatcher.run_once()
    assert texts_to(world.twilio, NEW_MOBILE) == []
    assert report.reconciled == 1
    row = rows(world.svc, id=row_id)[0]
    assert (row.state, row.provider_id, row.sent_to) == (MessageState.SENT, sid, ANA)


# ---- throttling is not failure ---------------------------------------------------
def test_an_eleven_minute_429_storm_does_not_fail_the_message(world, book, clock):  # noqa: F811
    world.twilio.fail_next("http_429", times=1000)
    book(world.ana, at(6, 10))
    run_every_minute(world, clock, 11)
    [sms] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    assert sms.state is MessageState.PLANNED, sms.reason
    assert sms.attempts == 0  # a throttled request is not a try
    assert "slow down" in sms.reason and "gave up" not in sms.reason
    assert sms.next_attempt_at - clock.now() <= timedelta(minutes=5)  # capped
    world.twilio.clear_faults()
    clock.set(sms.next_attempt_at)
    world.dispatcher.run_once()
    assert len(texts_to(world.twilio, ANA)) == 1
    assert rows(world.svc, id=sms.id)[0].state is MessageState.SENT


def test_retry_after_is_honoured(world, book, clock):  # noqa: F811
    world.twilio.retry_after = "600"
    world.twilio.fail_next("http_429")
    book(world.ana, at(6, 10))
    world.dispatcher.run_once()
    [sms] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    assert sms.next_attempt_at - clock.now() >= timedelta(seconds=600)


def test_a_503_with_retry_after_is_throttling_too(world, book, clock):  # noqa: F811
    world.twilio.fail_next("http_503", times=3)
    book(world.ana, at(6, 10))
    run_every_minute(world, clock, 3)
    [sms] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    assert (sms.state, sms.attempts) == (MessageState.PLANNED, 0)
    assert texts_to(world.twilio, ANA) == []


def test_a_storm_outlasting_the_message_expires_it_with_a_true_reason(world, book, clock):  # noqa: F811
    clock.set(at(4, 9, 0))
    world.twilio.fail_next("http_429", times=1000)
    book(world.ana, at(4, 9, 30))  # the booking confirmation helps until the session starts
    run_every_minute(world, clock, 40)
    [sms] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    assert sms.state is MessageState.FAILED
    assert sms.reason == ("Twilio kept asking FrontDesk to slow down until this message was no "
                          "longer useful (due 9:00 AM, useful until 9:30 AM).")
    assert texts_to(world.twilio, ANA) == []
    items = [i for i in world.svc.desk.open_items() if i.kind is ItemKind.DELIVERY_PROBLEM]
    assert len(items) == 1


def test_giving_up_never_says_it_will_be_retried(world, book, clock):  # noqa: F811
    dead = TwilioChannel(world.twilio.account_sid, world.twilio.auth_token, "+16175550100",
                         api_base="http://127.0.0.1:9", timeout=2.0)  # nothing listens there
    dispatcher = Dispatcher(sessionmaker(world.svc.engine, expire_on_commit=False), clock,
                            Senders(dead, None), pacer=Pacer(sleep=lambda s: None))
    book(world.ana, at(6, 10))
    for _ in range(6):
        dispatcher.run_once()
        clock.advance(timedelta(minutes=30))
    [sms] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    assert sms.state is MessageState.FAILED
    assert sms.reason.startswith("gave up after 4 tries")
    assert "retr" not in sms.reason.lower() and "will be" not in sms.reason


# ---- the reconcile match survives a provider's additions ------------------------
def test_a_trial_account_prefix_does_not_defeat_the_reconcile(world, book, clock):  # noqa: F811
    world.twilio.body_prefix = TRIAL
    world.twilio.fail_next("timeout_after_accept")
    book(world.ana, at(6, 10))
    world.dispatcher.run_once()
    clock.advance(timedelta(minutes=3))
    world.dispatcher.run_once()
    [text] = texts_to(world.twilio, ANA)
    assert text["body"].startswith(TRIAL)
    [sms] = rows(world.svc, step="booking_confirmation", channel=Channel.SMS)
    assert (sms.state, sms.provider_id) == (MessageState.SENT, text["sid"])


def test_two_messages_that_could_be_the_attempt_go_to_staff(world, book, clock):  # noqa: F811
    book(world.ana, at(6, 10))
    row_id, out = claim_sms(world)
    for _ in range(2):  # the same words went twice (e.g. also typed by hand in Twilio)
        world.dispatcher.senders.twilio.send_sms(ANA, out.body)
    clock.advance(timedelta(minutes=3))
    report = world.dispatcher.run_once()
    assert report.uncertain == 1 and len(texts_to(world.twilio, ANA)) == 2
    row = rows(world.svc, id=row_id)[0]
    assert row.state is MessageState.UNCERTAIN
    assert "more than one" in row.reason
    assert any(i.kind is ItemKind.DELIVERY_PROBLEM for i in world.svc.desk.open_items())


def test_an_identical_text_from_before_the_attempt_is_not_it(world, book, clock):  # noqa: F811
    book(world.ana, at(6, 10))
    row_id, out = claim_sms(world)  # the attempt never reached Twilio, but an identical
    world.twilio.now = lambda: clock.now() - timedelta(hours=2)  # text went two hours before
    world.dispatcher.senders.twilio.send_sms(ANA, out.body)
    world.twilio.now = clock.now
    clock.advance(timedelta(minutes=3))
    world.dispatcher.run_once()
    texts = texts_to(world.twilio, ANA)
    assert len(texts) == 2  # the attempt never reached Twilio: it is sent, once
    assert rows(world.svc, id=row_id)[0].provider_id == texts[-1]["sid"]


# ---- the provider is never asked inside a write transaction -------------------------------
class LockProbe(Senders):
    """Senders that, whenever the provider is asked, check the store's write lock is free."""

    def __init__(self, engine, *args):
        super().__init__(*args)
        self.engine, self.seen = engine, []

    def _probe(self):
        raw = self.engine.raw_connection()  # a DB-API connection: no implicit BEGIN
        try:
            raw.execute("PRAGMA busy_timeout = 0")
            try:
                raw.execute("BEGIN IMMEDIATE")
                raw.execute("ROLLBACK")
                self.seen.append("free")
            except sqlcipher.OperationalError:
                self.seen.append("locked")
        finally:
            raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            raw.close()

    def find_sent(self, msg, since, exclude, now=None):
        self._probe()
        return super().find_sent(msg, since, exclude, now)

    def delivery_status(self, channel, provider_id):
        self._probe()
        return super().delivery_status(channel, provider_id)


def test_the_provider_is_asked_with_the_write_lock_free(world, book, clock):  # noqa: F811
    """A slow Twilio must not hold the store while staff, the poller and the desk wait."""
    book(world.ana, at(6, 10))
    claim_sms(world)  # left SENDING, as after a crash
    book(world.ana, at(7, 10))  # its confirmation's answer will be lost after Twilio took it
    world.twilio.fail_next("timeout_after_accept")
    engine = world.svc.engine
    senders = LockProbe(engine, world.dispatcher.senders.twilio, world.dispatcher.senders.email)
    dispatcher = Dispatcher(Sessions(engine), clock, senders, pacer=Pacer(sleep=lambda _: None))
    clock.advance(timedelta(minutes=3))
    report = dispatcher.run_once()  # the crash's row, then the lost answer: both asked about
    # the crash came before Twilio was called: no record, sent again; the lost answer: found
    assert (report.retrying, report.reconciled) == (1, 1), report
    poll_statuses(Sessions(engine), clock, lambda: senders)  # asks about delivery
    assert senders.seen and set(senders.seen) == {"free"}, senders.seen
