"""A group message reaches each member alone: through the real twilio client to the
Twilio-shaped server and through SMTP (STARTTLS) to aiosmtpd, one message per member, each
to that member's own address only, with nothing of the other members in it."""

from __future__ import annotations

import pytest
from fakes.smtp_server import FakeSmtpServer, ThrowawayCA
from fakes.twilio_server import twilio_server_fixture  # noqa: F401

from frontdesk.domain import Channel, ConsentStatus
from frontdesk.services.channels.email_smtp import SmtpSettings
from frontdesk.services.container import Services
from frontdesk.services.credentials import CredentialStore, TwilioSettings
from frontdesk.services.delivery import DeliverySetup
from frontdesk.services.dto import ClientInput
from frontdesk.services.inbox.dto import ThreadKey
from frontdesk.services.reminders.dispatcher import Pacer
from tests.helpers import at, book

ANA, BEN, DEE = "+16175550111", "+16175550112", "+16175550114"
TEXT = "Tonight's group meets in room 4 instead of room 2. Same time."


@pytest.fixture
def desk(practice, twilio_server, secret_store, clock, tmp_path):
    ca = ThrowawayCA(tmp_path / "ca")
    with FakeSmtpServer(cert=ca.issue("localhost", "127.0.0.1")) as smtp:
        creds = CredentialStore(secret_store)
        creds.save_twilio(TwilioSettings(twilio_server.account_sid, twilio_server.auth_token,
                                         "+16175550100"))
        creds.save_smtp(SmtpSettings("127.0.0.1", smtp.port, "", "", "desk@example.org",
                                     "Test Practice", security="starttls", timeout=5))
        delivery = DeliverySetup(creds, twilio_api_base=twilio_server.url,
                                 ssl_context=ca.client_context())
        svc = Services.build(practice.svc.engine, clock, delivery=delivery,
                             pacer=Pacer(sleep=lambda s: None))
        twilio_server.now = clock.now
        dee = svc.clients.create(ClientInput("Dee", "Marchetti", mobile="(617) 555-0114",
                                             email="dee@example.org",
                                             preferred_channel="email"), "test")
        for c in (practice.ana, practice.ben):
            svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")
        practice.svc, practice.twilio, practice.smtp, practice.dee = svc, twilio_server, smtp, dee
        yield practice


def test_a_group_message_reaches_each_member_alone(desk):
    p = desk
    members = [p.ana, p.ben, p.cleo, p.dee]
    [aid] = book(p, members, at(4, 18), kind=p.group)
    p.svc.dispatcher.run_once()  # booking confirmations first
    texts_before, mails_before = len(p.twilio.sent), len(p.smtp.messages)

    result = p.svc.group_messages.send(aid, TEXT, "reception")
    assert len(result.sent) == 4
    report = p.svc.dispatcher.run_once()
    assert report.sent == 4

    texts = p.twilio.sent[texts_before:]
    assert sorted(m["to"] for m in texts) == [ANA, BEN]  # one text each, to their own number
    mails = p.smtp.messages[mails_before:]
    assert len(mails) == 2  # Cleo and Dee: one email each, never one email to both
    assert sorted(tuple(m.rcpt_tos) for m in mails) == [("cleo@example.org",),
                                                          ("dee@example.org",)]
    for m in mails:
        assert m.message["To"] == m.rcpt_tos[0]
        assert m.message["Cc"] is None and m.message["Bcc"] is None
    others = {"Annie", "Ana", "Lindqvist", "Benjamin", "Okoro", "Cleo", "Haddad", "Dee",
              "Marchetti", "555", "ana@", "cleo@", "dee@"}
    for m in texts:
        assert m["body"] == TEXT
    for m in mails:
        body = m.message.get_body(("plain",)).get_content()
        assert body.startswith(TEXT)
        headers = "\n".join(f"{k}: {v}" for k, v in m.message.items() if k not in ("To",))
        assert not [w for w in others if w in body or w in headers], (body, headers)

    # a reply from one member goes to that member's thread, and only there
    p.twilio.add_inbound(BEN, "+16175550100", "Thanks, room 4")
    p.svc.poller.poll()
    assert [e.text for e in p.svc.inbox.thread(ThreadKey(p.ben.id)) if e.direction == "in"] \
        == ["Thanks, room 4"]
    for c in (p.ana, p.cleo, p.dee):
        assert not [e for e in p.svc.inbox.thread(ThreadKey(c.id)) if e.direction == "in"]


def test_a_member_who_replied_stop_at_the_carrier_is_told_apart_and_the_others_still_get_it(
        desk):
    """Twilio refuses a number that texted STOP (21610): that member's message fails and
    FrontDesk learns the opt-out; nobody else's message is held up or merged."""
    p = desk
    [aid] = book(p, [p.ana, p.ben], at(4, 18), kind=p.group)
    p.svc.dispatcher.run_once()
    before = len(p.twilio.sent)
    p.twilio.set_rule(BEN, "opted_out")
    p.svc.group_messages.send(aid, TEXT, "reception")
    p.svc.dispatcher.run_once()
    assert [m["to"] for m in p.twilio.sent[before:]] == [ANA]
    ben = {m.first_name: m for m in p.svc.group_messages.recipients(aid).members}["Benjamin"]
    assert not ben.goes and ben.note == "client opted out"
