"""The installation check's Twilio, email and clock lines against real servers on 127.0.0.1:
a Twilio-shaped HTTPS server and aiosmtpd with TLS, each trusted through a throw-away CA the
way production trusts the system's. OK when reachable and trusted; a PROBLEM in words for an
untrusted certificate, refused credentials and a server that is not there. Nothing is sent."""

from __future__ import annotations

import pytest
from fakes.smtp_server import HOST, FakeSmtpServer, ThrowawayCA, free_port
from fakes.twilio_server import ACCOUNT_SID, AUTH_TOKEN, TwilioServer

from frontdesk.services.doctor_lines import Level
from frontdesk.services.doctor_net import smtp_line, twilio_lines
from tests.doctor_kit import (
    SMTP_PASSWORD,
    SMTP_USER,
    keyed_practice,
    moved,
    save_smtp,
    save_twilio,
)

IMPLICIT_TLS_AUTH = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture
def ca(tmp_path) -> ThrowawayCA:
    return ThrowawayCA(tmp_path / "ca")


@pytest.fixture
def stranger(tmp_path) -> ThrowawayCA:
    """A CA this computer does not trust."""
    return ThrowawayCA(tmp_path / "other", name="Somebody Else's CA")


@pytest.fixture
def twilio(ca, clock):
    with TwilioServer(cert=ca.issue("localhost", HOST)) as server:
        server.now = clock.now
        yield server


def practice_for(vault, clock, secret_store, trust: ThrowawayCA, twilio_url=None):
    return keyed_practice(vault, clock, secret_store, twilio_api_base=twilio_url,
                          ssl_context=trust.client_context())


def texts(svc):
    return twilio_lines(svc.delivery, svc.clock, demo=False, timeout=5)


# ---- Twilio --------------------------------------------------------------------------------

def test_twilio_reachable_and_trusted_is_ok_with_one_get_of_the_account(
        vault, clock, secret_store, ca, twilio):
    svc = practice_for(vault, clock, secret_store, ca, twilio.url)
    save_twilio(svc, ACCOUNT_SID, AUTH_TOKEN)
    line, clock_line = texts(svc)
    svc.close()
    assert line.level is Level.OK, line.words
    assert "with its certificate verified" in line.words and "AC…5e1f" in line.words
    assert ACCOUNT_SID not in line.words  # the SID is shortened
    assert [(r["method"], r["path"]) for r in twilio.requests] == [
        ("GET", f"/2010-04-01/Accounts/{ACCOUNT_SID}.json")]
    assert not twilio.sent
    assert clock_line.level is Level.OK and "agrees with Twilio's" in clock_line.words


def test_twilio_with_a_certificate_nobody_here_trusts_is_a_problem_in_words(
        vault, clock, secret_store, stranger, twilio):
    svc = practice_for(vault, clock, secret_store, stranger, twilio.url)
    save_twilio(svc, ACCOUNT_SID, AUTH_TOKEN)
    line, clock_line = texts(svc)
    svc.close()
    assert line.level is Level.PROBLEM
    assert "certificate could not be verified" in line.words
    assert "date and time" in line.what_to_do
    assert not twilio.requests  # refused before anything was asked
    assert "not compared" in clock_line.words.lower()


def test_twilio_refusing_the_credentials_is_a_problem_pointing_to_settings(
        vault, clock, secret_store, ca, twilio):
    svc = practice_for(vault, clock, secret_store, ca, twilio.url)
    save_twilio(svc, ACCOUNT_SID, "f" * 32)
    line, clock_line = texts(svc)
    svc.close()
    assert line.level is Level.PROBLEM and "refused the Account SID" in line.words
    assert "Practice settings → Messaging" in line.what_to_do
    assert "f" * 32 not in line.words + line.what_to_do
    assert clock_line.level is Level.OK  # a refusal still carries Twilio's Date


def test_twilio_not_there_is_a_problem_saying_what_to_check(vault, clock, secret_store, ca):
    svc = practice_for(vault, clock, secret_store, ca, f"https://127.0.0.1:{free_port()}")
    save_twilio(svc, ACCOUNT_SID, AUTH_TOKEN)
    line, _clock = texts(svc)
    svc.close()
    assert line.level is Level.PROBLEM
    assert "Could not reach Twilio (127.0.0.1)" in line.words and "refused" in line.words
    assert "firewall" in line.what_to_do


def test_a_computer_clock_five_minutes_behind_twilio_is_a_warning(
        vault, clock, secret_store, ca, twilio):
    twilio.now = moved(clock, 5)
    svc = practice_for(vault, clock, secret_store, ca, twilio.url)
    save_twilio(svc, ACCOUNT_SID, AUTH_TOKEN)
    _line, clock_line = texts(svc)
    svc.close()
    assert clock_line.level is Level.WARNING
    assert "5 minutes behind Twilio's" in clock_line.words


def test_the_demo_never_asks_twilio(clock):
    line, clock_line = twilio_lines(None, clock, demo=True, timeout=5)
    assert line.level is Level.OK and "demo practice never sends" in line.words
    assert clock_line.level is Level.OK


# ---- the mail server ---------------------------------------------------------------------

@pytest.fixture
def smtp(ca):
    with FakeSmtpServer(cert=ca.issue("localhost", HOST),
                        users={SMTP_USER: SMTP_PASSWORD}) as server:
        yield server


def test_the_mail_server_over_starttls_is_ok_and_no_mail_goes(vault, clock, secret_store, ca,
                                                               smtp):
    svc = practice_for(vault, clock, secret_store, ca)
    save_smtp(svc, smtp)
    line = smtp_line(svc.delivery, demo=False, timeout=5)
    svc.close()
    assert line.level is Level.OK, line.words
    assert "STARTTLS and a verified certificate and signed in" in line.words
    assert not smtp.messages


@IMPLICIT_TLS_AUTH
def test_the_mail_server_over_ssl_is_ok(vault, clock, secret_store, ca):
    with FakeSmtpServer(cert=ca.issue(), implicit_tls=True,
                        users={SMTP_USER: SMTP_PASSWORD}) as server:
        svc = practice_for(vault, clock, secret_store, ca)
        save_smtp(svc, server, security="ssl")
        line = smtp_line(svc.delivery, demo=False, timeout=5)
        svc.close()
    assert line.level is Level.OK and "over SSL with a verified certificate" in line.words


def test_a_mail_server_certificate_nobody_here_trusts_is_a_problem(vault, clock, secret_store,
                                                                   stranger, smtp):
    svc = practice_for(vault, clock, secret_store, stranger)
    save_smtp(svc, smtp)
    line = smtp_line(svc.delivery, demo=False, timeout=5)
    svc.close()
    assert line.level is Level.PROBLEM
    assert "certificate could not be verified" in line.words
    assert f"{smtp.host}:{smtp.port}" in line.words


def test_a_refused_password_is_a_problem_and_never_shown(vault, clock, secret_store, ca, smtp):
    svc = practice_for(vault, clock, secret_store, ca)
    save_smtp(svc, smtp, password="not the password")
    line = smtp_line(svc.delivery, demo=False, timeout=5)
    svc.close()
    assert line.level is Level.PROBLEM and "did not accept the user name or password" in \
        line.words
    assert "not the password" not in line.words + line.what_to_do


def test_a_mail_server_not_there_is_a_problem(vault, clock, secret_store, ca, smtp):
    svc = practice_for(vault, clock, secret_store, ca)
    save_smtp(svc, smtp, port=free_port())
    line = smtp_line(svc.delivery, demo=False, timeout=5)
    svc.close()
    assert line.level is Level.PROBLEM and "refused the connection" in line.words
    assert "tried again" not in line.words  # a check, not a send
