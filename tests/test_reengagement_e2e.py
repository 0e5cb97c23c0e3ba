"""Re-engagement end to end: the check-in goes through the real twilio client to the
Twilio-shaped server exactly once per gap, and a reply R reaches a person."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from sqlalchemy import select

from frontdesk.domain import Channel, ConsentStatus, ItemKind
from frontdesk.models import DeskItem
from frontdesk.services.container import Services
from frontdesk.services.credentials import CredentialStore, TwilioSettings
from frontdesk.services.delivery import DeliverySetup
from frontdesk.services.reminders.dispatcher import Pacer
from tests.helpers import at, book

ANA, DESK = "+16175550111", "+16175550100"


@pytest.fixture
def desk(practice, twilio_server, secret_store, clock):
    creds = CredentialStore(secret_store)
    creds.save_twilio(TwilioSettings(twilio_server.account_sid, twilio_server.auth_token, DESK))
    delivery = DeliverySetup(creds, twilio_api_base=twilio_server.url)
    svc = Services.build(practice.svc.engine, clock, delivery=delivery,
                         pacer=Pacer(sleep=lambda s: None))
    twilio_server.now = clock.now
    svc.clients.set_consent(practice.ana.id, Channel.SMS, ConsentStatus.GRANTED, "form", "t")
    svc.practice.save_clinician(replace(practice.okafor, reengage_weeks=4), "test")
    practice.svc, practice.twilio, practice.clock = svc, twilio_server, clock
    return practice


def check_in_texts(p, since: int) -> list[dict]:
    return [m for m in p.twilio.sent[since:] if "it's been a while" in m["body"]]


def test_re_engagement_sent_once(desk):
    p = desk
    book(p, p.ana, at(5, 14))
    p.svc.dispatcher.run_once()  # the booking confirmation
    p.clock.set(at(3, 10, month=4))
    p.svc.dispatcher.run_once()  # whatever else was still due for that session
    before = len(p.twilio.sent)
    for _ in range(3):  # the schedule check runs every 10 minutes, the dispatcher every minute
        p.svc.desk.raise_series_cancel_items()
        p.svc.dispatcher.run_once()
        p.clock.advance(timedelta(minutes=10))
    p.clock.advance(timedelta(days=1))
    p.svc.desk.raise_series_cancel_items()
    p.svc.dispatcher.run_once()
    [text] = check_in_texts(p, before)
    assert text["to"] == ANA and len(p.twilio.sent) == before + 1
    assert "Annie" in text["body"] and "Okafor" not in text["body"]

    # Reply R: with no session to move, a person is asked to call with times.
    p.twilio.add_inbound(ANA, DESK, "R")
    p.svc.poller.poll()
    with p.svc.sessions() as s:
        items = list(s.scalars(select(DeskItem).where(DeskItem.client_id == p.ana.id,
                                                      DeskItem.done_at.is_(None))))
    [item] = [i for i in items if i.kind is ItemKind.CLIENT_MESSAGE]
    assert item.note == "Asked for a time (no coming session): call to book one."
