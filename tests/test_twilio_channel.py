"""The Twilio channel through the real `twilio` client against a Twilio-shaped local server."""

from __future__ import annotations

import logging
import re
import socket
import time
from datetime import UTC, datetime, timedelta

import pytest
from fakes.twilio_server import TwilioServer, twilio_server_fixture  # noqa: F401

from frontdesk.services.channels.base import Outcome, SeveralMatches
from frontdesk.services.channels.twilio_channel import CODES, TwilioChannel, TwilioError

PRACTICE = "+16175550100"
CLIENT = "+16175550123"
BODY = "Hi Sam, a reminder of your session on Thu 5 Mar at 10:00. Reply C to confirm."
TIMEOUT = 2.0  # generous: a loaded CI machine must not turn a normal call into a timeout
SID = re.compile(r"^SM[0-9a-f]{32}$")


@pytest.fixture
def channel(twilio_server) -> TwilioChannel:
    return TwilioChannel(twilio_server.account_sid, twilio_server.auth_token, PRACTICE,
                         whatsapp_from=PRACTICE, api_base=twilio_server.url, timeout=TIMEOUT)


def ago(seconds: float = 5) -> datetime:
    return datetime.now(UTC) - timedelta(seconds=seconds)


def test_an_accepted_sms_has_a_sid_and_the_server_recorded_it_once(channel, twilio_server):
    result = channel.send_sms(CLIENT, BODY)

    assert result.outcome is Outcome.ACCEPTED
    assert SID.match(result.provider_id)
    [message] = twilio_server.sent
    assert (message["sid"], message["to"], message["from"], message["body"]) == (
        result.provider_id, CLIENT, PRACTICE, BODY)
    assert message["status"] == "queued" and message["date_sent"] is None
    assert message["direction"] == "outbound-api" and message["num_segments"] == "1"


def test_status_polling_reaches_delivered(channel):
    sid = channel.send_sms(CLIENT, BODY).provider_id

    states = [channel.delivery_status(sid) for _ in range(3)]

    assert [s.state for s in states] == ["sent", "delivered", "delivered"]
    assert states[-1].code is None and states[-1].reason == ""


def test_a_landline_is_accepted_then_undelivered_30006_never_retried(channel, twilio_server):
    twilio_server.set_rule(CLIENT, "landline")
    result = channel.send_sms(CLIENT, BODY)
    assert result.outcome is Outcome.ACCEPTED

    channel.delivery_status(result.provider_id)
    final = channel.delivery_status(result.provider_id)

    assert (final.state, final.code) == ("undelivered", "30006")
    assert "landline" in final.reason
    assert CODES["30006"].outcome is Outcome.PERMANENT and CODES["30006"].retries == 0


def test_an_unreachable_handset_is_transient_and_tried_once_more(channel, twilio_server):
    twilio_server.set_rule(CLIENT, "unreachable")
    sid = channel.send_sms(CLIENT, BODY).provider_id
    twilio_server.advance()
    twilio_server.advance()

    final = channel.delivery_status(sid)

    assert (final.state, final.code) == ("undelivered", "30003")
    assert CODES["30003"].outcome is Outcome.TRANSIENT and CODES["30003"].retries == 1


def test_an_opted_out_client_is_permanent_with_the_stop_reason(channel, twilio_server):
    twilio_server.set_rule(CLIENT, "opted_out")

    result = channel.send_sms(CLIENT, BODY)

    assert (result.outcome, result.code) == (Outcome.PERMANENT, "21610")
    assert "replied STOP" in result.reason
    assert twilio_server.sent == []


def test_an_invalid_number_is_permanent_and_the_reason_does_not_name_it(channel, twilio_server):
    twilio_server.set_rule(CLIENT, "invalid")  # Twilio's own message quotes the number

    result = channel.send_sms(CLIENT, BODY)

    assert (result.outcome, result.code) == (Outcome.PERMANENT, "21211")
    assert "not a valid phone number" in result.reason
    assert "0123" not in result.reason
    assert channel.send_sms("555-0123", BODY).code == "21211"


def test_too_many_requests_is_transient_with_retry_after_then_goes_through(channel,
                                                                           twilio_server):
    twilio_server.fail_next("http_429", times=2)

    first, second, third = (channel.send_sms(CLIENT, BODY) for _ in range(3))

    assert (first.outcome, first.code, first.retry_after) == (Outcome.TRANSIENT, "20429", 1.0)
    assert second.outcome is Outcome.TRANSIENT
    assert third.outcome is Outcome.ACCEPTED
    assert [m["sid"] for m in twilio_server.sent] == [third.provider_id]


def test_a_500_before_accepting_is_ambiguous_and_nothing_is_found(channel, twilio_server):
    since = ago()
    twilio_server.fail_next("http_500")

    result = channel.send_sms(CLIENT, BODY)

    assert (result.outcome, result.code) == (Outcome.AMBIGUOUS, "20500")
    assert channel.find_sent(CLIENT, BODY, since) is None


def test_a_500_after_accepting_is_ambiguous_and_reconciles_to_the_message(channel,
                                                                          twilio_server):
    since = ago()
    twilio_server.fail_next("http_500_after_accept")

    result = channel.send_sms(CLIENT, BODY)

    assert result.outcome is Outcome.AMBIGUOUS
    assert channel.find_sent(CLIENT, BODY, since) == twilio_server.sent[0]["sid"]


def test_a_timeout_after_accepting_is_ambiguous_and_find_sent_finds_it(channel, twilio_server):
    since = ago()
    twilio_server.fail_next("timeout_after_accept")

    started = time.monotonic()
    result = channel.send_sms(CLIENT, BODY)
    waited = time.monotonic() - started

    assert result.outcome is Outcome.AMBIGUOUS and result.provider_id is None
    assert TIMEOUT <= waited < TIMEOUT + 1.5
    [message] = twilio_server.sent
    assert channel.find_sent(CLIENT, BODY, since) == message["sid"]  # so: no resend


def test_a_timeout_before_accepting_is_ambiguous_and_nothing_is_found(channel, twilio_server):
    since = ago()
    twilio_server.fail_next("timeout_before_accept")

    result = channel.send_sms(CLIENT, BODY)

    assert result.outcome is Outcome.AMBIGUOUS
    assert twilio_server.sent == []
    assert channel.find_sent(CLIENT, BODY, since) is None  # so: safe to send again


def test_a_connection_dropped_after_accepting_is_ambiguous(channel, twilio_server):
    since = ago()
    twilio_server.fail_next("drop_after_accept")

    result = channel.send_sms(CLIENT, BODY)

    assert result.outcome is Outcome.AMBIGUOUS
    assert channel.find_sent(CLIENT, BODY, since) == twilio_server.sent[0]["sid"]


def test_a_wrong_token_is_permanent_and_points_to_settings(twilio_server):
    wrong = TwilioChannel(twilio_server.account_sid, "not-the-token", PRACTICE,
                          api_base=twilio_server.url, timeout=TIMEOUT)

    result = wrong.send_sms(CLIENT, BODY)

    assert (result.outcome, result.code) == (Outcome.PERMANENT, "20003")
    assert "Settings" in result.reason
    with pytest.raises(TwilioError, match="credentials") as raised:
        wrong.check_credentials()
    assert "Settings" in str(raised.value)
    with pytest.raises(TwilioError, match="credentials"):
        wrong.find_sent(CLIENT, BODY, ago())
    assert twilio_server.sent == []


def test_right_credentials_pass_the_settings_check(channel):
    channel.check_credentials()


def test_a_message_sent_just_before_midnight_gmt_is_found_just_after(channel, twilio_server):
    evening = datetime(2026, 3, 4, 23, 59, 58, tzinfo=UTC)
    twilio_server.now = lambda: evening
    sid = channel.send_sms(CLIENT, BODY).provider_id
    twilio_server.advance()  # sent at 23:59:58 GMT on the 4th
    assert twilio_server.message(sid)["date_sent"] == "Wed, 04 Mar 2026 23:59:58 +0000"
    twilio_server.now = lambda: evening + timedelta(seconds=10)

    found = channel.find_sent(CLIENT, BODY, since=evening + timedelta(seconds=3))

    assert found == sid
    windows = [r["query"].get("DateSent>") for r in twilio_server.requests
               if r["method"] == "GET" and "DateSent>" in r["query"]]
    assert windows == ["2026-03-04"]
    # The day of `since` alone would have missed it: DateSent filters by GMT date.
    assert channel.client.messages.list(to=CLIENT, date_sent_after="2026-03-05") == []


def test_a_message_still_queued_has_no_date_sent_and_is_found_all_the_same(channel,
                                                                           twilio_server):
    twilio_server.auto_advance = False
    sid = channel.send_sms(CLIENT, BODY).provider_id
    assert twilio_server.message(sid)["date_sent"] is None

    assert channel.find_sent(CLIENT, BODY, ago()) == sid


def test_find_sent_matches_the_body_and_skips_known_sids(channel, twilio_server):
    since = ago()
    first = channel.send_sms(CLIENT, BODY).provider_id
    twilio_server.add_inbound(CLIENT, PRACTICE, BODY)
    twilio_server.advance()

    assert channel.find_sent(CLIENT, "Hi Sam, another text altogether.", since) is None
    assert channel.find_sent("+16175550999", BODY, since) is None
    assert channel.find_sent(CLIENT, BODY, since) == first
    assert channel.find_sent(CLIENT, BODY, since, exclude={first}) is None


def test_find_sent_follows_next_page_uri(channel, twilio_server):
    since = ago()
    target = channel.send_sms(CLIENT, BODY).provider_id
    for n in range(120):  # newer messages push the one we look for onto the second page
        channel.send_sms(CLIENT, f"Other message {n}")
    twilio_server.advance()

    assert channel.find_sent(CLIENT, BODY, since) == target
    pages = [r for r in twilio_server.requests if "DateSent>" in r["query"]]
    assert len(pages) == 2 and pages[1]["query"]["PageToken"].startswith("PASM")


def test_whatsapp_template_goes_by_content_sid(channel, twilio_server):
    twilio_server.templates["HX" + "1" * 32] = "Your session is on {{1}} at {{2}}."

    result = channel.send_whatsapp(CLIENT, content_sid="HX" + "1" * 32,
                                   variables={"1": "Thu 5 Mar", "2": "10:00"})

    assert result.outcome is Outcome.ACCEPTED
    [message] = twilio_server.sent
    assert (message["to"], message["from"]) == (f"whatsapp:{CLIENT}", f"whatsapp:{PRACTICE}")
    assert message["content_sid"] == "HX" + "1" * 32
    assert message["content_variables"] == {"1": "Thu 5 Mar", "2": "10:00"}
    assert message["body"] == "Your session is on Thu 5 Mar at 10:00."
    assert channel.find_sent(f"whatsapp:{CLIENT}", message["body"], ago()) == result.provider_id


def test_whatsapp_free_text_and_a_missing_sender(channel, twilio_server):
    assert channel.send_whatsapp(CLIENT, body="Thanks, see you then.").outcome is \
        Outcome.ACCEPTED
    assert twilio_server.sent[0]["body"] == "Thanks, see you then."
    with pytest.raises(ValueError):
        channel.send_whatsapp(CLIENT)
    no_sender = TwilioChannel(twilio_server.account_sid, twilio_server.auth_token, PRACTICE,
                              api_base=twilio_server.url, timeout=TIMEOUT)
    assert no_sender.send_whatsapp(CLIENT, body="x").outcome is Outcome.PERMANENT


def test_inbound_replies_can_be_listed_by_the_practice_number(channel, twilio_server):
    sid = twilio_server.add_inbound(CLIENT, PRACTICE, "C")

    [reply] = channel.client.messages.list(to=PRACTICE, date_sent_after="2020-01-01")

    assert (reply.sid, reply.direction, reply.status, reply.body) == (
        sid, "inbound", "received", "C")


def test_no_phone_number_or_body_reaches_the_log(channel, twilio_server, caplog):
    caplog.set_level(logging.DEBUG)
    since = ago()
    sid = channel.send_sms(CLIENT, BODY).provider_id
    channel.delivery_status(sid)
    channel.find_sent(CLIENT, BODY, since)
    for fault in ("http_429", "http_500", "timeout_before_accept", "drop_after_accept"):
        twilio_server.fail_next(fault)
        channel.send_sms(CLIENT, BODY)
    twilio_server.set_rule(CLIENT, "invalid")
    reasons = [channel.send_sms(CLIENT, BODY).reason]
    twilio_server.set_rule(CLIENT, "opted_out")
    reasons.append(channel.send_sms(CLIENT, BODY).reason)
    channel.send_whatsapp(CLIENT, body=BODY)

    logged = caplog.text + "\n".join(r.getMessage() for r in caplog.records)
    assert "twilio" in logged.lower()  # the log was captured at all
    for secret in (CLIENT, CLIENT[1:], CLIENT[-7:], "%2B" + CLIENT[1:], BODY, "Sam"):
        assert secret not in logged
        assert not any(secret in reason for reason in reasons)
    assert twilio_server.auth_token not in logged


def test_a_server_that_is_not_running_is_transient():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    down = TwilioChannel("AC" + "0" * 32, "token", PRACTICE,
                         api_base=f"http://127.0.0.1:{port}", timeout=TIMEOUT)

    result = down.send_sms(CLIENT, BODY)

    assert result.outcome is Outcome.TRANSIENT
    assert "nothing was sent" in result.reason
    with pytest.raises(TwilioError, match="Could not reach Twilio"):
        down.check_credentials()


def test_the_table_covers_the_guide_codes():
    permanent = {"21211", "21610", "21614", "30005", "30006", "30007", "20003"}
    transient = {"30003", "30008", "20429", "21611", "30001"}
    assert {c for c, r in CODES.items() if r.outcome is Outcome.PERMANENT} >= permanent
    assert {c for c, r in CODES.items() if r.outcome is Outcome.TRANSIENT} >= transient
    assert CODES["20500"].outcome is Outcome.AMBIGUOUS
    assert all(r.retries == 0 for r in CODES.values() if r.outcome is Outcome.PERMANENT)


def test_the_fake_refuses_unknown_faults_and_rules():
    with TwilioServer() as server:
        with pytest.raises(ValueError):
            server.fail_next("http_418")
        with pytest.raises(ValueError):
            server.set_rule(CLIENT, "grumpy")


def test_find_sent_forgives_a_trial_prefix_plain_quotes_and_whitespace(channel, twilio_server):
    since = ago()
    twilio_server.body_prefix = "Sent from your Twilio trial account - "
    ours = "Hi Sam \u2014 it\u2019s  your\nsession \u201ctomorrow\u201d at 10:00."
    sid = channel.send_sms(CLIENT, ours.replace("\u2014", "-").replace("\u2019", "'")
                           .replace("\u201c", '"').replace("\u201d", '"')
                           .replace("  ", " ").replace("\n", " ")).provider_id

    assert channel.find_sent(CLIENT, ours, since) == sid


def test_find_sent_ignores_an_identical_text_from_before_the_attempt(channel, twilio_server):
    twilio_server.now = lambda: datetime.now(UTC) - timedelta(hours=1)
    channel.send_sms(CLIENT, BODY)
    twilio_server.now = lambda: datetime.now(UTC)

    assert channel.find_sent(CLIENT, BODY, ago()) is None


def test_find_sent_with_two_candidates_says_so_instead_of_guessing(channel, twilio_server):
    since = ago()
    channel.send_sms(CLIENT, BODY)
    channel.send_sms(CLIENT, BODY)

    with pytest.raises(SeveralMatches) as found:
        channel.find_sent(CLIENT, BODY, since)
    assert found.value.count == 2


@pytest.mark.parametrize("fault", ["http_429", "http_503"])
def test_slow_down_answers_are_throttling_not_failure(channel, twilio_server, fault):
    twilio_server.retry_after = "42"
    twilio_server.fail_next(fault)

    result = channel.send_sms(CLIENT, BODY)

    assert (result.outcome, result.throttled, result.retry_after) == (
        Outcome.TRANSIENT, True, 42.0)
    assert "retr" not in result.reason and twilio_server.sent == []


def test_a_503_without_retry_after_stays_ambiguous(channel, twilio_server):
    twilio_server.retry_after = None
    twilio_server.fail_next("http_503")

    result = channel.send_sms(CLIENT, BODY)

    assert (result.outcome, result.throttled) == (Outcome.AMBIGUOUS, False)
