"""Email channel against a real SMTP server (aiosmtpd) on 127.0.0.1 with verified TLS."""

from __future__ import annotations

import logging
import socket
import ssl
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from fakes.smtp_server import HOST, FakeSmtpServer, ThrowawayCA, free_port
from icalendar import Calendar

from frontdesk.services.calendar_file import session_ics
from frontdesk.services.channels.base import Outcome
from frontdesk.services.channels.email_smtp import (
    EmailChannel,
    SmtpSettings,
    outbox_message_id,
)
from frontdesk.services.errors import ValidationError
from tests.helpers import BOSTON

START = datetime(2026, 3, 11, 14, 0, tzinfo=BOSTON)  # the Wednesday after DST began
END = START + timedelta(minutes=50)
CLIENT = "zephyrine.quillfeather@example.org"
BODY = "Hi Zephyrella, your appointment is on Wednesday 11 March at 2:00 pm. Señora García."
SUBJECT = "Your appointment on Wednesday"
USER, PASSWORD = "desk@practice.example", "correct horse battery staple"
CARE_WORDS = ("therap", "counsel", "psych", "mental", "trauma", "addiction", "couples")
CERT_REASON = "certificate could not be verified"
# aiosmtpd cannot see implicit TLS, so AUTH over it needs auth_require_tls=False (it warns).
IMPLICIT_TLS_AUTH = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture
def ca(tmp_path) -> ThrowawayCA:
    return ThrowawayCA(tmp_path / "ca")


@pytest.fixture
def smtp(ca):
    with FakeSmtpServer(cert=ca.issue("localhost", HOST), users={USER: PASSWORD}) as server:
        yield server


def settings_for(server, **changes) -> SmtpSettings:
    values = dict(host=server.host, port=server.port, username=USER, password=PASSWORD,
                  sender_address="desk@practice.example", sender_name="Clínica Harbour Street",
                  security="starttls", timeout=5.0)
    values.update(changes)
    return SmtpSettings(**values)


def channel_for(server, ca: ThrowawayCA, **changes) -> EmailChannel:
    return EmailChannel(settings_for(server, **changes), ssl_context=ca.client_context())


def ics(sequence: int = 0, method: str = "REQUEST", start: datetime = START,
        end: datetime = END) -> bytes:
    return session_ics(uid="appt-7f3c2a@practice.example", start=start, end=end,
                       summary="Appointment with Dr. Okafor", location="1 Harbour St, Boston",
                       organizer_name="Harbour Street Practice",
                       organizer_email="desk@practice.example", sequence=sequence,
                       method=method)


def send(channel: EmailChannel, calendar: bytes | None = None, message_id: str | None = None):
    attachments = [("appointment.ics", "text/calendar", calendar)] if calendar else []
    return channel.send(CLIENT, SUBJECT, BODY, attachments=attachments, message_id=message_id)


def attached_calendar(received) -> tuple[Calendar, object]:
    (part,) = list(received.message.iter_attachments())
    return Calendar.from_ical(part.get_content()), part


# -- delivered -------------------------------------------------------------------------------

def test_confirmation_with_ics_arrives_over_verified_starttls(smtp, ca):
    mid = outbox_message_id("0b9f1c52-6c1e-4a43-9d0e-5d2f7b1c2e11", "desk@practice.example")
    result = send(channel_for(smtp, ca), ics(), message_id=mid)

    assert result.outcome is Outcome.ACCEPTED, result.reason
    assert result.provider_id == mid
    (got,) = smtp.messages
    assert got.tls and got.user == USER
    assert got.rcpt_tos == [CLIENT]
    msg = got.message
    assert msg["Message-ID"] == mid
    assert msg["From"].addresses[0].display_name == "Clínica Harbour Street"
    assert msg["From"].addresses[0].addr_spec == "desk@practice.example"
    assert msg["Subject"] == SUBJECT and msg["Date"].datetime.tzinfo is not None
    assert msg.get_body(("plain",)).get_content().strip() == BODY

    cal, part = attached_calendar(got)
    assert part.get_content_type() == "text/calendar"
    assert part.get_param("method") == "REQUEST"
    assert part.get_filename() == "appointment.ics"
    assert str(cal["METHOD"]) == "REQUEST"
    (event,) = cal.walk("VEVENT")
    assert event.decoded("DTSTART") == datetime(2026, 3, 11, 18, 0, tzinfo=UTC)
    assert event.decoded("DTEND") == datetime(2026, 3, 11, 18, 50, tzinfo=UTC)
    assert b"DTSTART:20260311T180000Z" in part.get_content().encode()
    assert str(event["UID"]) == "appt-7f3c2a@practice.example"
    assert event.decoded("SEQUENCE") == 0
    assert str(event["STATUS"]) == "CONFIRMED" and str(event["CLASS"]) == "PRIVATE"
    (alarm,) = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == timedelta(hours=-1)
    summary = str(event["SUMMARY"]).lower()
    assert not any(word in summary for word in CARE_WORDS)


@IMPLICIT_TLS_AUTH
def test_ssl_on_connect(ca):
    with FakeSmtpServer(cert=ca.issue(), implicit_tls=True, users={USER: PASSWORD}) as server:
        result = send(channel_for(server, ca, security="ssl"), ics())
    assert result.outcome is Outcome.ACCEPTED, result.reason
    (got,) = server.messages
    assert got.tls and got.user == USER


def test_same_message_id_on_a_resend(smtp, ca):
    channel = channel_for(smtp, ca)
    first = send(channel, message_id="frontdesk.row-42-uuid@practice.example")
    second = send(channel, message_id="frontdesk.row-42-uuid@practice.example")
    assert first.outcome is second.outcome is Outcome.ACCEPTED
    assert [m.message["Message-ID"] for m in smtp.messages] == [
        "<frontdesk.row-42-uuid@practice.example>"] * 2


def test_reschedule_updates_the_same_calendar_entry(smtp, ca):
    channel = channel_for(smtp, ca)
    later = START + timedelta(days=1, hours=2)
    send(channel, ics(sequence=0))
    send(channel, ics(sequence=1, start=later, end=later + timedelta(minutes=50)))
    (first,), (second,) = (attached_calendar(m)[0].walk("VEVENT") for m in smtp.messages)
    assert str(first["UID"]) == str(second["UID"])
    assert second.decoded("SEQUENCE") > first.decoded("SEQUENCE")
    assert second.decoded("DTSTART") == later.astimezone(UTC)


def test_cancel_removes_the_calendar_entry(smtp, ca):
    result = send(channel_for(smtp, ca), ics(sequence=2, method="CANCEL"))
    assert result.outcome is Outcome.ACCEPTED
    cal, part = attached_calendar(smtp.messages[0])
    assert part.get_param("method") == "CANCEL"
    assert str(cal["METHOD"]) == "CANCEL"
    (event,) = cal.walk("VEVENT")
    assert str(event["UID"]) == "appt-7f3c2a@practice.example"
    assert str(event["STATUS"]) == "CANCELLED" and event.decoded("SEQUENCE") == 2


def test_ics_needs_aware_times_and_a_later_end():
    with pytest.raises(ValueError, match="aware"):
        session_ics(uid="u", start=datetime(2026, 3, 11, 14), end=END, summary="Appointment")
    with pytest.raises(ValueError, match="after"):
        session_ics(uid="u", start=END, end=START, summary="Appointment")


# -- TLS is verified, never skipped ----------------------------------------------------------

@IMPLICIT_TLS_AUTH
@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_certificate_from_an_untrusted_ca_is_permanent_and_nothing_is_sent(tmp_path, ca,
                                                                           security):
    rogue = ThrowawayCA(tmp_path / "rogue", name="Rogue CA")
    with FakeSmtpServer(cert=rogue.issue(), implicit_tls=security == "ssl",
                        users={USER: PASSWORD}) as server:
        result = send(channel_for(server, ca, security=security), ics())
    assert result.outcome is Outcome.PERMANENT
    assert CERT_REASON in result.reason
    assert server.messages == [] and server.unanswered == []


@pytest.mark.parametrize("kind", ["other host", "expired"])
def test_wrong_name_or_expired_certificate_is_refused(ca, kind):
    cert = ca.issue("mail.example.org") if kind == "other host" else ca.issue(valid=False)
    with FakeSmtpServer(cert=cert, users={USER: PASSWORD}) as server:
        result = send(channel_for(server, ca), ics())
    assert result.outcome is Outcome.PERMANENT and CERT_REASON in result.reason
    assert server.messages == []


def test_server_without_starttls_is_refused_not_used_in_plain_text(ca):
    with FakeSmtpServer() as server:
        result = send(channel_for(server, ca, username=""), ics())
    assert result.outcome is Outcome.PERMANENT and "STARTTLS" in result.reason
    assert server.messages == []


@pytest.mark.parametrize(("reply", "outcome"), [
    ("454 4.7.0 TLS not available due to temporary reason", Outcome.TRANSIENT),
    ("502 5.5.1 Command not implemented", Outcome.PERMANENT),
])
def test_starttls_refused_never_continues_in_plain_text(smtp, ca, reply, outcome):
    smtp.faults.starttls_reply = reply
    result = send(channel_for(smtp, ca), ics())
    assert result.outcome is outcome and "encrypted connection" in result.reason
    assert smtp.messages == []


def test_the_default_context_verifies_and_an_unverified_one_is_refused(smtp):
    context = EmailChannel(settings_for(smtp))._context
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    # The system trust store does not know the throwaway CA: verification fails.
    result = send(EmailChannel(settings_for(smtp)))
    assert result.outcome is Outcome.PERMANENT and CERT_REASON in result.reason
    lax = ssl.create_default_context()
    lax.check_hostname, lax.verify_mode = False, ssl.CERT_NONE
    with pytest.raises(ValueError, match="verify"):
        EmailChannel(settings_for(smtp), ssl_context=lax)


# -- classified failures ---------------------------------------------------------------------

def test_wrong_password_is_permanent_with_the_settings_reason(smtp, ca):
    result = send(channel_for(smtp, ca, password="wrong"), ics())
    assert result.outcome is Outcome.PERMANENT and result.code == 535
    assert "Check the email settings" in result.reason
    assert smtp.messages == []


@pytest.mark.parametrize("reply", [
    f"550 5.1.1 <{CLIENT}>: Recipient address rejected: User unknown",
    f"553 5.1.3 {CLIENT}... mailbox name not allowed",
    "501 5.1.3 Bad recipient address syntax for zephyrine.quillfeather",
])
def test_refused_recipient_is_permanent_and_the_reason_hides_the_address(smtp, ca, reply):
    smtp.faults.rcpt_reply = reply
    result = send(channel_for(smtp, ca), ics())
    assert result.outcome is Outcome.PERMANENT and result.code == int(reply[:3])
    assert "refused the client's email address" in result.reason
    assert "zephyrine" not in result.reason.lower() and "@" not in result.reason
    assert smtp.messages == []


def test_greylisting_451_is_transient(smtp, ca):
    smtp.faults.rcpt_reply = "451 4.7.1 Greylisted, please try again later"
    result = send(channel_for(smtp, ca), ics())
    assert result.outcome is Outcome.TRANSIENT and result.code == 451
    assert "Greylisted" in result.reason


@pytest.mark.parametrize(("reply", "outcome"), [
    ("451 4.3.0 Temporary local problem", Outcome.TRANSIENT),
    ("554 5.7.1 Message rejected as spam", Outcome.PERMANENT),
])
def test_an_explicit_reply_to_the_message_text_is_not_ambiguous(smtp, ca, reply, outcome):
    smtp.faults.data_reply = reply
    result = send(channel_for(smtp, ca), ics())
    assert result.outcome is outcome and result.code == int(reply[:3])


def test_refused_sender_points_at_the_settings(smtp, ca):
    smtp.faults.mail_reply = "553 5.7.1 Sender address rejected: not owned by user"
    result = send(channel_for(smtp, ca), ics())
    assert result.outcome is Outcome.PERMANENT and "sender address" in result.reason


def test_server_down_is_transient(ca):
    server = SimpleNamespace(host=HOST, port=free_port())  # nothing listens there
    result = send(channel_for(server, ca), ics())
    assert result.outcome is Outcome.TRANSIENT and "refused the connection" in result.reason


def test_unknown_host_name_is_transient(ca):
    settings = SmtpSettings("mail.frontdesk-test.invalid", 587, USER, PASSWORD,
                            "desk@practice.example", "Practice", "starttls", timeout=5.0)
    result = EmailChannel(settings, ssl_context=ca.client_context()).send(CLIENT, SUBJECT, BODY)
    assert result.outcome is Outcome.TRANSIENT and "could not be found" in result.reason


def test_server_that_never_greets_is_transient(ca):
    with socket.socket() as listener:
        listener.bind((HOST, 0))
        listener.listen(1)
        server = SimpleNamespace(host=HOST, port=listener.getsockname()[1])  # never accepts
        result = send(channel_for(server, ca, timeout=0.5), ics())
    assert result.outcome is Outcome.TRANSIENT and "did not answer in time" in result.reason


def test_connection_dropped_after_the_message_text_is_ambiguous(smtp, ca):
    smtp.faults.drop_after_data = True
    result = send(channel_for(smtp, ca), ics(), message_id="frontdesk.row-9@practice.example")
    assert result.outcome is Outcome.AMBIGUOUS
    assert result.provider_id == "<frontdesk.row-9@practice.example>"
    assert "may or may not have been sent" in result.reason
    # Why it must not be retried blindly: the server did read the whole message.
    (got,) = smtp.unanswered
    assert got.message["Message-ID"] == "<frontdesk.row-9@practice.example>"


def test_connection_dropped_before_the_message_text_is_transient(smtp, ca):
    smtp.faults.drop_at_rcpt = True
    result = send(channel_for(smtp, ca), ics())
    assert result.outcome is Outcome.TRANSIENT
    assert smtp.messages == [] and smtp.unanswered == []


def test_no_answer_after_the_message_text_is_ambiguous(smtp, ca):
    smtp.faults.stall_after_data = 2.0
    result = send(channel_for(smtp, ca, timeout=0.5), ics())
    assert result.outcome is Outcome.AMBIGUOUS


# -- settings and privacy --------------------------------------------------------------------

def test_plain_text_is_refused_to_a_remote_host():
    with pytest.raises(ValidationError, match="only allowed to a mail relay on this computer"):
        SmtpSettings("smtp.example.org", 25, "", "", "desk@practice.example", "Practice",
                     "none")


def test_plain_text_to_a_relay_on_this_computer_works(ca):
    with FakeSmtpServer() as server:
        result = send(channel_for(server, ca, security="none", username=""), ics())
    assert result.outcome is Outcome.ACCEPTED, result.reason
    assert len(server.messages) == 1 and not server.messages[0].tls


def test_settings_repr_hides_the_password(smtp):
    assert PASSWORD not in repr(settings_for(smtp))


def test_invalid_recipient_is_permanent_without_echoing_it(smtp, ca):
    result = channel_for(smtp, ca).send("zephyrine at example dot org", SUBJECT, BODY)
    assert result.outcome is Outcome.PERMANENT and "zephyrine" not in result.reason
    assert smtp.messages == []


def test_check_connects_and_signs_in_without_sending(smtp, ca):
    ok = channel_for(smtp, ca).check()
    assert ok.outcome is Outcome.ACCEPTED and "verified certificate" in ok.reason
    bad = channel_for(smtp, ca, password="wrong").check()
    assert bad.outcome is Outcome.PERMANENT and "Check the email settings" in bad.reason
    assert smtp.messages == []


def test_logs_never_show_the_address_subject_or_body(smtp, ca, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    channel = channel_for(smtp, ca)
    results = [send(channel, ics())]
    smtp.faults.rcpt_reply = f"550 5.1.1 <{CLIENT}>: Recipient address rejected"
    results.append(send(channel, ics()))
    smtp.faults.rcpt_reply = None
    smtp.faults.drop_after_data = True
    results.append(send(channel, ics()))
    rogue = ThrowawayCA(tmp_path / "rogue", name="Rogue CA")
    with FakeSmtpServer(cert=rogue.issue()) as other:
        results.append(send(channel_for(other, ca), ics()))
    assert [r.outcome for r in results] == [Outcome.ACCEPTED, Outcome.PERMANENT,
                                            Outcome.AMBIGUOUS, Outcome.PERMANENT]

    # "mail.log" is aiosmtpd's own logger: the test server's log, not FrontDesk's.
    ours = [r for r in caplog.records if not r.name.startswith("mail.log")]
    assert any(r.name.startswith("frontdesk") for r in ours)
    text = "\n".join(r.getMessage() for r in ours) + "\n".join(r.reason for r in results)
    for secret in (CLIENT, "zephyrine", "Zephyrella", SUBJECT, "García", PASSWORD):
        assert secret.lower() not in text.lower()
