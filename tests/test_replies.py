"""Client replies end to end: a Twilio-shaped server on loopback holds what clients texted;
the poller reads it through the real twilio client, classifies it, acts on the schedule, and
answers through the real dispatcher. Injected clock; real encrypted database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.domain import (
    Attendance,
    Channel,
    Confirmation,
    ConsentStatus,
    Handling,
    MessageState,
)
from frontdesk.models import (
    AuditEntry,
    ChannelConsent,
    Client,
    InboundMessage,
    OutboxMessage,
    PracticeSettings,
)
from frontdesk.services.channels.twilio_channel import TwilioChannel
from frontdesk.services.errors import StateError, ValidationError
from frontdesk.services.inbox.dto import ThreadKey
from frontdesk.services.inbox.poller import InboxPoller
from frontdesk.services.reminders.dispatcher import Dispatcher, Pacer
from frontdesk.services.reminders.senders import Senders
from tests.helpers import BOSTON, at

PRACTICE = "+16175550100"
ANA = "+16175550111"
BEN = "+16175550112"
STRANGER = "+16175550199"
ONCALL = "+16175550177"



@pytest.fixture(name="desk")
def desk_fixture(practice, twilio_server, clock):
    """Ana and Ben agreed to texts; Twilio points at the local server."""
    svc = practice.svc
    for c in (practice.ana, practice.ben):
        svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")
    twilio_server.now = clock.now
    twilio = TwilioChannel(twilio_server.account_sid, twilio_server.auth_token, PRACTICE,
                           whatsapp_from=PRACTICE, api_base=twilio_server.url, timeout=2.0)
    senders = Senders(twilio, None)
    sessions = sessionmaker(svc.engine, expire_on_commit=False)
    practice.senders = senders
    practice.poller = InboxPoller(sessions, clock, lambda: senders, svc.schedule)
    practice.dispatcher = Dispatcher(sessions, clock, senders, pacer=Pacer(sleep=lambda _: None))
    practice.twilio = twilio_server
    return practice


def texts(desk, to, since=0):
    return [m["body"] for m in desk.twilio.sent[since:] if m["to"] == to]


def client_writes(desk, number, body, when=None):
    return desk.twilio.add_inbound(number, PRACTICE, body, when)


def place(svc, appointment_id, client_id):
    row = svc.schedule.appointment(appointment_id)
    return next(p for p in row.attendees if p.client_id == client_id)


def inbound(svc):
    with Session(svc.engine) as s:
        return list(s.scalars(select(InboundMessage).order_by(InboundMessage.id)))


def test_c_confirms_the_next_appointment_once_even_after_a_restart(desk, book, clock):
    [aid] = book(desk.ana, at(6, 10))
    desk.dispatcher.run_once()
    client_writes(desk, ANA, "C")
    report = desk.poller.poll()
    assert report.new == 1 and report.acted == 1
    assert place(desk.svc, aid, desk.ana.id).confirmation is Confirmation.CONFIRMED
    [m] = inbound(desk.svc)
    assert (m.intent, m.handling, m.appointment_id) == ("confirm", Handling.ACTED, aid)
    assert "confirmed the appointment on Fri" in m.outcome
    again = InboxPoller(desk.poller.sessions, clock, desk.poller.senders, desk.svc.schedule)
    assert again.poll().new == 0 and len(inbound(desk.svc)) == 1  # restarted: nothing twice
    entries = desk.svc.inbox.thread(ThreadKey(desk.ana.id))
    assert [e.direction for e in entries if e.direction == "in"] == ["in"]
    assert any(e.direction == "out" and "Fri" in e.text for e in entries)


def test_x_cancels_withdraws_reminders_and_acknowledges(desk, book, clock):
    [aid] = book(desk.ana, at(5, 7))  # tomorrow 7:00: inside the 24 h window
    desk.dispatcher.run_once()
    client_writes(desk, ANA, "x")
    desk.poller.poll()
    assert place(desk.svc, aid, desk.ana.id).attendance is Attendance.LATE_CANCELLED
    with Session(desk.svc.engine) as s:
        pending = s.scalars(select(OutboxMessage).where(
            OutboxMessage.appointment_id == aid, OutboxMessage.anchor_at.is_not(None),
            OutboxMessage.state == MessageState.PLANNED)).all()
    assert pending == []
    desk.dispatcher.run_once()
    assert "is cancelled" in texts(desk, ANA)[-1]
    assert desk.svc.schedule.day(at(5, 7).date())[0].attendance is Attendance.LATE_CANCELLED


def test_a_bare_cancel_also_means_twilio_opted_them_out(desk, book):
    [aid] = book(desk.ana, at(9, 10))
    client_writes(desk, ANA, "Cancel")
    desk.poller.poll()
    assert place(desk.svc, aid, desk.ana.id).attendance is Attendance.CANCELLED
    with Session(desk.svc.engine) as s:
        consent = s.scalar(select(ChannelConsent).where(
            ChannelConsent.client_id == desk.ana.id, ChannelConsent.channel == Channel.SMS))
    assert consent.status is ConsentStatus.OPTED_OUT
    notes = [i.note for i in desk.svc.desk.open_items()]
    assert any("bare CANCEL" in n and "START" in n for n in notes)


def test_r_offers_two_times_and_a_number_books_one(desk, book, clock):
    [aid] = book(desk.ana, at(6, 10))
    desk.dispatcher.run_once()
    client_writes(desk, ANA, "R")
    desk.poller.poll()
    assert place(desk.svc, aid, desk.ana.id).confirmation is Confirmation.RESCHEDULE_REQUESTED
    desk.dispatcher.run_once()
    offer = texts(desk, ANA)[-1]
    assert "1 for" in offer and "2 for" in offer and "Reply with the number" in offer
    clock.set(at(4, 9))
    client_writes(desk, ANA, "2")
    desk.poller.poll()
    moved = desk.svc.schedule.appointment(aid)
    assert moved.start != at(6, 10)
    assert f"{moved.start:%-I:%M}" in offer.split("2 for", 1)[1]
    assert place(desk.svc, aid, desk.ana.id).confirmation is Confirmation.CONFIRMED
    desk.dispatcher.run_once()
    assert "is now on" in texts(desk, ANA)[-1]  # the reschedule notice
    client_writes(desk, ANA, "1")  # the offer is closed: a stray digit goes to staff
    desk.poller.poll()
    assert desk.svc.schedule.appointment(aid).start == moved.start
    assert inbound(desk.svc)[-1].handling is Handling.NEEDS_STAFF


def test_running_late_is_noted_on_todays_schedule(desk, book, clock):
    [aid] = book(desk.ana, at(4, 11))
    client_writes(desk, ANA, "running 10 min late sorry!!")
    desk.poller.poll()
    [row] = desk.svc.schedule.day(at(4, 11).date())
    assert "running late" in row.flags
    assert inbound(desk.svc)[0].appointment_id == aid


def test_a_question_goes_to_the_front_desk_queue(desk, book):
    book(desk.ana, at(6, 10))
    client_writes(desk, ANA, "is there parking near the office?")
    desk.poller.poll()
    [m] = inbound(desk.svc)
    assert (m.intent, m.handling) == ("question", Handling.NEEDS_STAFF)
    [item] = desk.svc.inbox.triage_queue()
    assert item.kind == "client_message" and item.who == "Annie Lindqvist"
    assert item.due_at.astimezone(BOSTON).date() == at(4, 8).date()  # same day


def test_stop_keyword_and_stop_in_words(desk, book):
    client_writes(desk, ANA, "STOP")
    client_writes(desk, BEN, "please stop texting me")
    desk.poller.poll()
    desk.dispatcher.run_once()
    with Session(desk.svc.engine) as s:
        consents = {c.client_id: c.status for c in s.scalars(select(ChannelConsent).where(
            ChannelConsent.channel == Channel.SMS))}
    assert consents[desk.ana.id] is ConsentStatus.OPTED_OUT
    assert consents[desk.ben.id] is ConsentStatus.OPTED_OUT
    assert texts(desk, ANA) == []  # Twilio answers its own STOP keyword
    assert "won't get any more messages" in texts(desk, BEN)[-1]


def test_help_gets_the_practice_details(desk):
    client_writes(desk, BEN, "HELP")
    desk.poller.poll()
    desk.dispatcher.run_once()
    assert "(617) 555-0100" in texts(desk, BEN)[-1] and "988" in texts(desk, BEN)[-1]


def set_oncall(svc, number):
    with Session(svc.engine) as s, s.begin():
        s.scalar(select(PracticeSettings)).oncall_mobile = number


def test_crisis_gets_resources_an_alert_and_an_oncall_text_but_no_scheduling(
        desk, book, clock):
    set_oncall(desk.svc, ONCALL)
    [aid] = book(desk.ana, at(6, 10))
    desk.dispatcher.run_once()
    before = len(desk.twilio.sent)
    client_writes(desk, ANA, "cancel. i dont want to be here anymore")
    report = desk.poller.poll()
    assert report.crises == 1
    assert place(desk.svc, aid, desk.ana.id).attendance is Attendance.BOOKED  # untouched
    desk.dispatcher.run_once()
    assert "988" in texts(desk, ANA, before)[-1]
    [alert] = texts(desk, ONCALL)
    assert "urgent" in alert and "anymore" not in alert and "Annie" not in alert
    [crisis] = desk.svc.inbox.open_crises()
    assert crisis.who == "Annie Lindqvist" and "anymore" in crisis.text
    assert "crisis resources sent by sms" in crisis.auto_reply
    assert desk.svc.schedule.day(at(6, 10).date())[0].flags[0] == "⚠ CRISIS message"

    clock.set(clock.now() + timedelta(minutes=20))
    client_writes(desk, ANA, "i took all my pills")
    desk.poller.poll()
    desk.dispatcher.run_once()
    assert sum("988" in t for t in texts(desk, ANA, before)) == 1  # not repeated so soon
    assert len(desk.svc.inbox.open_crises()) == 2
    queue = desk.svc.inbox.triage_queue()
    assert queue[0].kind == "crisis" and queue[0].overdue  # 20 minutes: past its target

    with pytest.raises(ValidationError):
        desk.svc.inbox.acknowledge(crisis.item_id, " ")
    desk.svc.inbox.acknowledge(crisis.item_id, "Dana  Whitfield")
    with pytest.raises(StateError, match="Dana Whitfield already"):
        desk.svc.inbox.acknowledge(crisis.item_id, "Someone Else")
    assert len(desk.svc.inbox.open_crises()) == 1
    with Session(desk.svc.engine) as s:
        audit = s.scalar(select(AuditEntry).where(AuditEntry.action == "acknowledge_crisis"))
    assert audit.actor == "Dana Whitfield"


def test_a_crisis_from_an_unknown_number_still_alerts(desk):
    set_oncall(desk.svc, ONCALL)
    client_writes(desk, STRANGER, "I'm going to kill myself tonight")
    desk.poller.poll()
    desk.dispatcher.run_once()
    [crisis] = desk.svc.inbox.open_crises()
    assert crisis.who.startswith("Unknown number") and crisis.key.address == STRANGER
    assert texts(desk, ONCALL) and texts(desk, STRANGER) == []


def test_clinical_content_is_acted_on_and_queued_for_the_clinician(desk, book):
    [aid] = book(desk.ana, at(6, 10))
    client_writes(desk, ANA, "yes ill be there. been having panic attacks all week")
    desk.poller.poll()
    assert place(desk.svc, aid, desk.ana.id).confirmation is Confirmation.CONFIRMED
    [item] = desk.svc.inbox.triage_queue()
    assert item.kind == "clinical" and "Dr. Okafor" in item.note
    assert "clinical message" in desk.svc.schedule.day(at(6, 10).date())[0].flags


def test_an_unknown_number_is_an_unmatched_thread_until_linked(desk):
    client_writes(desk, STRANGER, "hi this is Cleo, new number")
    desk.poller.poll()
    [thread] = desk.svc.inbox.threads()
    assert thread.key == ThreadKey(None, STRANGER) and thread.unread == 1
    assert thread.title == "Unknown number (617) 555-0199"
    key = desk.svc.inbox.link(STRANGER, desk.cleo.id, "reception")
    [thread] = desk.svc.inbox.threads()
    assert thread.key == key and thread.title == "Cleo Haddad"
    assert [i.kind for i in desk.svc.inbox.triage_queue()] == []


def test_a_number_two_clients_share_is_not_guessed(desk):
    with Session(desk.svc.engine) as s, s.begin():
        s.get(Client, desk.cleo.id).mobile = ANA
    client_writes(desk, ANA, "C")
    desk.poller.poll()
    assert inbound(desk.svc)[0].client_id is None


def test_nothing_is_missed_across_midnight_gmt(desk, clock):
    clock.set(datetime(2026, 3, 4, 18, 50, tzinfo=BOSTON))  # 23:50 GMT
    desk.poller.poll()
    client_writes(desk, BEN, "thanks!", datetime(2026, 3, 4, 23, 59, tzinfo=UTC))
    clock.set(datetime(2026, 3, 4, 19, 5, tzinfo=BOSTON))  # 00:05 GMT the next day
    assert desk.poller.poll().new == 1


def test_a_crash_between_storing_and_acting_acts_once_on_the_next_run(desk, book, clock):
    [aid] = book(desk.ana, at(6, 10))
    sid = client_writes(desk, ANA, "C")
    from frontdesk.services.inbox.poller import PollReport

    desk.poller.store(sid, ANA, "C", clock.now(), PollReport())  # then "the power went"
    assert inbound(desk.svc)[0].handling is Handling.RECEIVED
    fresh = InboxPoller(desk.poller.sessions, clock, desk.poller.senders, desk.svc.schedule)
    report = fresh.poll()
    assert report.new == 0 and report.acted == 1
    assert place(desk.svc, aid, desk.ana.id).confirmation is Confirmation.CONFIRMED
    assert len(inbound(desk.svc)) == 1


def test_when_acting_fails_the_message_goes_to_staff(desk, book, clock):
    book(desk.ana, at(6, 10))
    broken = InboxPoller(desk.poller.sessions, clock, desk.poller.senders, schedule=None)
    client_writes(desk, ANA, "C")
    client_writes(desk, BEN, "i want to end my life")
    broken.poll()
    handled = {m.body: m.handling for m in inbound(desk.svc)}
    assert set(handled.values()) == {Handling.NEEDS_STAFF}
    kinds = sorted(i.kind for i in desk.svc.inbox.triage_queue())
    assert kinds == ["client_message", "crisis"]


def test_staff_reply_goes_through_the_clients_channel_and_is_audited(desk, clock):
    client_writes(desk, BEN, "what's the address again?")
    desk.poller.poll()
    key = ThreadKey(desk.ben.id)
    assert desk.svc.inbox.reply_channels(key) == [Channel.SMS]
    desk.svc.inbox.reply(key, "1 Main St, second floor.", "reception")
    desk.dispatcher.run_once()
    assert texts(desk, BEN)[-1] == "1 Main St, second floor."
    entries = desk.svc.inbox.thread(key)
    assert [e.direction for e in entries] == ["in", "out"] and entries[1].status == "sent"
    assert desk.svc.inbox.mark_read(key, "reception") == 1
    assert desk.svc.inbox.unread_count() == 0
    with pytest.raises(StateError):
        desk.svc.inbox.reply(ThreadKey(None, STRANGER), "hello", "reception")
    desk.svc.clients.set_consent(desk.ben.id, Channel.SMS, ConsentStatus.OPTED_OUT, "", "t")
    with pytest.raises(ValidationError):
        desk.svc.inbox.reply(key, "hello?", "reception")


def test_a_whatsapp_reply_opens_the_24_hour_window(desk):
    desk.twilio.add_inbound(f"whatsapp:{BEN}", f"whatsapp:{PRACTICE}", "hola")
    desk.poller.poll()
    with Session(desk.svc.engine) as s:
        assert s.get(Client, desk.ben.id).whatsapp_inbound_at is not None


def test_a_long_reply_is_acted_on_and_still_read_by_a_person(desk, book):
    [aid] = book(desk.ana, at(6, 10))
    client_writes(desk, ANA, "C, and honestly this week has been a lot, work and home and "
                             "everything piling up")
    desk.poller.poll()
    assert place(desk.svc, aid, desk.ana.id).confirmation is Confirmation.CONFIRMED
    [item] = desk.svc.inbox.triage_queue()
    assert "says more" in item.note


def test_a_re_plan_before_the_send_keeps_the_cancel_acknowledgement(desk, book):
    [aid] = book(desk.ana, at(9, 10))
    client_writes(desk, ANA, "X")
    desk.poller.poll()
    with Session(desk.svc.engine) as s, s.begin():
        desk.svc.planner.reconcile(s, aid)  # e.g. a sync touched it meanwhile
    desk.dispatcher.run_once()
    assert "is cancelled" in texts(desk, ANA)[-1]
