"""WhatsApp's 24-hour rule end to end: free text inside the window, the approved template
(ContentSid) outside it, SMS or email when neither can go; through the real twilio client
against the Twilio-shaped server, which fails free text outside the window with 63016."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.domain import Channel, ConsentStatus, Language, MessageState, Step
from frontdesk.models import AuditEntry, Client, OutboxMessage
from frontdesk.services.channels.twilio_channel import TwilioChannel
from frontdesk.services.dto import ClientInput
from frontdesk.services.errors import ValidationError
from frontdesk.services.reminders.dispatcher import Dispatcher, Pacer
from frontdesk.services.reminders.senders import Senders
from tests.helpers import at

PRACTICE = "+16175550100"
DORA = "+16175550133"
DAY_BEFORE_SID = "HX" + "d" * 32
BOOKING_SID = "HX" + "b" * 32
SPANISH_SID = "HX" + "e5" * 16



@pytest.fixture
def wa(practice, twilio_server):
    """Dora prefers WhatsApp and agreed to it and to SMS; no email address."""
    svc = practice.svc
    dora = svc.clients.create(ClientInput("Dora", "Mendez", mobile="(617) 555-0133",
                                          whatsapp="(617) 555-0133",
                                          preferred_channel=Channel.WHATSAPP), "test")
    for channel in (Channel.WHATSAPP, Channel.SMS):
        svc.clients.set_consent(dora.id, channel, ConsentStatus.GRANTED, "intake form", "test")
    twilio = TwilioChannel(twilio_server.account_sid, twilio_server.auth_token, PRACTICE,
                           whatsapp_from=PRACTICE, api_base=twilio_server.url, timeout=2.0)
    twilio_server.now = svc.clock.now
    twilio_server.templates = {
        DAY_BEFORE_SID: "Hi {{1}}, a reminder of your appointment {{2}} with {{3}}.",
        BOOKING_SID: "Hi {{1}}, you are booked {{2}}. {{3}}",
        SPANISH_SID: "Hola {{1}}, le recordamos su cita {{2}}.",
    }
    practice.dora, practice.twilio = dora, twilio_server
    practice.dispatcher = Dispatcher(sessionmaker(svc.engine, expire_on_commit=False),
                                     svc.clock, Senders(twilio, None),
                                     pacer=Pacer(sleep=lambda _s: None))
    return practice


def rows(svc, **where):
    with Session(svc.engine) as s:
        q = select(OutboxMessage).order_by(OutboxMessage.id)
        for k, v in where.items():
            q = q.where(getattr(OutboxMessage, k) == v)
        return list(s.scalars(q))


def client_wrote_on_whatsapp(svc, client_id, when):
    with Session(svc.engine) as s, s.begin():
        s.get(Client, client_id).whatsapp_inbound_at = when


def test_outside_the_window_without_a_template_the_message_goes_by_sms(wa, book):
    book(wa.dora, at(6, 10))
    report = wa.dispatcher.run_once()
    [text] = wa.twilio.sent
    assert text["to"] == DORA  # SMS, not whatsapp:…
    [skipped] = rows(wa.svc, step="booking_confirmation", channel=Channel.WHATSAPP)
    assert skipped.state is MessageState.SKIPPED
    assert "no approved WhatsApp template" in skipped.reason and "sms instead" in skipped.reason
    [instead] = rows(wa.svc, step="booking_confirmation", channel=Channel.SMS)
    assert instead.state is MessageState.SENT and instead.anchor_at is None
    assert report.sent == 1 and report.skipped == 1
    wa.dispatcher.run_once()
    assert len(wa.twilio.sent) == 1  # and never again


def test_outside_the_window_the_approved_template_goes_with_its_variables(wa, book, clock):
    wa.svc.whatsapp.save({(Step.DAY_BEFORE, Language.ENGLISH): DAY_BEFORE_SID}, "owner")
    book(wa.dora, at(6, 10))
    wa.dispatcher.run_once()  # booking confirmation: no template for it -> SMS
    clock.set(at(5, 10, 1))
    wa.dispatcher.run_once()
    message = wa.twilio.sent[-1]
    assert message["to"] == f"whatsapp:{DORA}" and message["content_sid"] == DAY_BEFORE_SID
    assert message["content_variables"]["1"] == "Dora"
    assert "tomorrow" in message["content_variables"]["2"]
    assert message["content_variables"]["5"] == "(617) 555-0100"
    assert message["body"].startswith("Hi Dora, a reminder of your appointment tomorrow")
    [row] = rows(wa.svc, step="day_before")
    assert (row.state, row.channel, row.content_sid) == (
        MessageState.SENT, Channel.WHATSAPP, DAY_BEFORE_SID)
    wa.twilio.advance()
    wa.twilio.advance()
    assert wa.twilio.message(row.provider_id)["status"] == "delivered"


def test_inside_the_window_free_text_goes_on_whatsapp(wa, book, clock):
    wa.svc.whatsapp.save({(Step.DAY_BEFORE, Language.ENGLISH): DAY_BEFORE_SID}, "owner")
    book(wa.dora, at(6, 10))
    wa.dispatcher.run_once()
    clock.set(at(5, 10, 1))
    wa.twilio.add_inbound(f"whatsapp:{DORA}", f"whatsapp:{PRACTICE}", "hi")
    client_wrote_on_whatsapp(wa.svc, wa.dora.id, clock.now() - timedelta(hours=2))
    wa.dispatcher.run_once()
    message = wa.twilio.sent[-1]
    assert message["to"] == f"whatsapp:{DORA}" and message["content_sid"] is None
    assert "Dora" in message["body"]
    wa.twilio.advance()
    wa.twilio.advance()
    assert wa.twilio.message(message["sid"])["status"] == "delivered"  # not 63016


def test_the_window_closes_24_hours_after_the_clients_message(wa, book, clock):
    book(wa.dora, at(6, 10))
    wa.dispatcher.run_once()
    clock.set(at(5, 10, 1))
    client_wrote_on_whatsapp(wa.svc, wa.dora.id, clock.now() - timedelta(hours=24))
    wa.dispatcher.run_once()
    assert wa.twilio.sent[-1]["to"] == DORA  # closed exactly at 24 h: by SMS


def test_spanish_clients_get_the_spanish_template_and_others_fall_back_to_english(
        wa, book, clock):
    wa.svc.whatsapp.save({(Step.DAY_BEFORE, Language.SPANISH): SPANISH_SID,
                          (Step.BOOKING_CONFIRMATION, Language.ENGLISH): BOOKING_SID}, "owner")
    detail = wa.svc.clients.get(wa.dora.id)
    wa.svc.clients.update(wa.dora.id, ClientInput(
        "Dora", "Mendez", mobile=detail.mobile, whatsapp=detail.whatsapp,
        preferred_channel=Channel.WHATSAPP, language=Language.SPANISH), "test")
    book(wa.dora, at(6, 10))
    wa.dispatcher.run_once()
    assert wa.twilio.sent[-1]["content_sid"] == BOOKING_SID  # no Spanish one: English
    clock.set(at(5, 10, 1))
    wa.dispatcher.run_once()
    assert wa.twilio.sent[-1]["content_sid"] == SPANISH_SID
    assert wa.twilio.sent[-1]["body"].startswith("Hola Dora")


def test_shared_phone_clients_get_the_minimal_sms_instead_of_a_template(wa, book):
    wa.svc.whatsapp.save({(Step.BOOKING_CONFIRMATION, Language.ENGLISH): BOOKING_SID}, "o")
    detail = wa.svc.clients.get(wa.dora.id)
    wa.svc.clients.update(wa.dora.id, ClientInput(
        "Dora", "Mendez", mobile=detail.mobile, whatsapp=detail.whatsapp,
        preferred_channel=Channel.WHATSAPP, shared_phone=True), "test")
    book(wa.dora, at(6, 10))
    wa.dispatcher.run_once()
    [text] = wa.twilio.sent
    assert text["to"] == DORA and text["content_sid"] is None
    assert "Okafor" not in text["body"]  # the minimal wording names no clinician
    [skipped] = rows(wa.svc, channel=Channel.WHATSAPP, step="booking_confirmation")
    assert "shared phone" in skipped.reason


def test_when_nothing_else_reaches_the_client_the_front_desk_is_told(wa, book):
    wa.svc.clients.set_consent(wa.dora.id, Channel.SMS, ConsentStatus.OPTED_OUT, "", "test")
    book(wa.dora, at(6, 10))
    report = wa.dispatcher.run_once()
    assert wa.twilio.sent == [] and report.failed == 1
    [row] = rows(wa.svc, channel=Channel.WHATSAPP, step="booking_confirmation")
    assert row.state is MessageState.FAILED and "no SMS or email" in row.reason
    notes = [i.note for i in wa.svc.desk.open_items()]
    assert any("whatsapp" in n and "template" in n for n in notes)


def test_an_interrupted_template_send_is_reconciled_not_resent(wa, book, clock):
    wa.svc.whatsapp.save({(Step.BOOKING_CONFIRMATION, Language.ENGLISH): BOOKING_SID}, "o")
    wa.twilio.fault_delay = 3.0
    wa.twilio.fail_next("timeout_after_accept")
    book(wa.dora, at(6, 10))
    wa.dispatcher.run_once()
    [row] = rows(wa.svc, channel=Channel.WHATSAPP, step="booking_confirmation")
    assert row.content_sid == BOOKING_SID
    wa.dispatcher.run_once()
    [row] = rows(wa.svc, channel=Channel.WHATSAPP, step="booking_confirmation")
    assert row.state is MessageState.SENT and row.provider_id == wa.twilio.sent[0]["sid"]
    assert len(wa.twilio.sent) == 1


def test_saving_templates_checks_the_sid_clears_and_is_audited(wa):
    with pytest.raises(ValidationError) as err:
        wa.svc.whatsapp.save({(Step.DAY_BEFORE, Language.ENGLISH): "SM123"}, "owner")
    assert "HX followed by 32" in err.value.message
    wa.svc.whatsapp.save({(Step.DAY_BEFORE, Language.ENGLISH): f" {DAY_BEFORE_SID} "}, "owner")
    entries = {(e.step, e.language): e.content_sid for e in wa.svc.whatsapp.entries()}
    assert entries[(Step.DAY_BEFORE, Language.ENGLISH)] == DAY_BEFORE_SID
    assert entries[(Step.DAY_BEFORE, Language.SPANISH)] == ""
    assert Step.OPT_OUT_CONFIRMATION not in {step for step, _ in entries}
    wa.svc.whatsapp.save({(Step.DAY_BEFORE, Language.ENGLISH): ""}, "owner")
    assert all(not e.content_sid for e in wa.svc.whatsapp.entries())
    with Session(wa.svc.engine) as s:
        audits = [a for a in s.scalars(select(AuditEntry)) if a.action == "whatsapp_templates"]
    assert [a.actor for a in audits] == ["owner", "owner"]
    assert all("HX" not in a.detail for a in audits)


def test_template_variables_leave_out_empty_values(wa, book, clock):
    wa.svc.whatsapp.save({(Step.DAY_BEFORE, Language.ENGLISH): DAY_BEFORE_SID}, "owner")
    info = wa.svc.practice.settings()
    wa.svc.practice.update_settings(replace(info, phone=""), "owner")
    book(wa.dora, at(6, 10))
    wa.dispatcher.run_once()
    clock.set(at(5, 10, 1))
    wa.dispatcher.run_once()
    assert wa.twilio.sent[-1]["content_sid"] == DAY_BEFORE_SID
    variables = wa.twilio.sent[-1]["content_variables"]
    assert "5" not in variables and all(v.strip() for v in variables.values())
