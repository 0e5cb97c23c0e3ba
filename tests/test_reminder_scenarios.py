"""Reminder scenarios with an injected clock stepping through time.

The clock moves in 15-minute steps (as the app's wake-up would) and the dispatcher runs at
each step, sending through the real twilio client to the Twilio-shaped server and through
SMTP to a real local server. The Twilio server stamps each message with the injected clock, so
when a text arrived is read from Twilio's own record.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import pytest
from fakes.smtp_server import FakeSmtpServer, ThrowawayCA
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.domain import Channel, ConsentStatus, MessageState, PhoneKind
from frontdesk.models import Client, OutboxMessage
from frontdesk.services.channels.email_smtp import SmtpSettings
from frontdesk.services.container import Services
from frontdesk.services.credentials import CredentialStore, TwilioSettings
from frontdesk.services.delivery import DeliverySetup
from frontdesk.services.dto import ClientInput, PracticeInfo
from frontdesk.services.reminders.dispatcher import Pacer
from frontdesk.services.reminders.status_poll import poll_statuses
from tests.helpers import BOSTON, book

ANA, BEN, DEE = "+16175550111", "+16175550112", "+16175550114"
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
STEP = timedelta(minutes=15)


@pytest.fixture
def desk(practice, twilio_server, secret_store, clock, tmp_path):
    """The practice with Twilio and SMTP set up in the keyring, pointing at local servers;
    Ana and Ben agreed to texts."""
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
        twilio_server.now = clock.now  # Twilio's record carries the injected time
        for c in (practice.ana, practice.ben):
            svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")
        practice.svc, practice.twilio, practice.smtp, practice.clock = svc, twilio_server, smtp, \
            clock
        yield practice


def run_until(desk, end: datetime) -> None:
    """Run the dispatcher now, then at every step up to `end` (the app left running)."""
    desk.svc.dispatcher.run_once()
    while desk.clock.now() < end:
        desk.clock.set(min(desk.clock.now() + STEP, end))
        desk.svc.dispatcher.run_once()


def texts(desk, number, tz=BOSTON) -> list[tuple[datetime, str]]:
    """(local arrival time at Twilio, body) of every text to `number`, oldest first."""
    return [(parsedate_to_datetime(m["date_created"]).astimezone(tz), m["body"])
            for m in desk.twilio.sent if m["to"] == number]


def set_zone(desk, zone: str) -> None:
    desk.svc.practice.update_settings(PracticeInfo(
        name="Test Practice", phone="(617) 555-0100", address="1 Main St", timezone=zone,
        region="US", late_cancel_hours=24), "test")


def with_client_zone(desk, client, zone: str) -> None:
    c = desk.svc.clients.get(client.id)
    desk.svc.clients.update(c.id, ClientInput(
        c.first_name, c.last_name, c.preferred_name, mobile=c.mobile, email=c.email or "",
        timezone=zone), "test")


def rows(desk, **where) -> list[OutboxMessage]:
    with Session(desk.svc.engine) as s:
        q = select(OutboxMessage).order_by(OutboxMessage.id)
        for k, v in where.items():
            q = q.where(getattr(OutboxMessage, k) == v)
        return list(s.scalars(q))


# ---- daylight saving ---------------------------------------------------------------------
ZONES = ["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
         "America/Los_Angeles"]


@pytest.mark.parametrize("sunday", [datetime(2026, 3, 8), datetime(2026, 11, 1)],
                         ids=["spring-forward", "fall-back"])
@pytest.mark.parametrize("zone", ZONES)
def test_dst_weekend_reminders_keep_the_local_wall_clock(desk, clock, zone, sunday):
    """A Sunday 10:00 session on the night the clocks change: the request (48 h) arrives on
    Friday at 10:00 and the reminder (24 h) on Saturday at 10:00, local time, and the text
    says 10:00 AM, although the real gap is 23 or 25 hours where DST is kept."""
    tz = ZoneInfo(zone)
    set_zone(desk, zone)
    start = sunday.replace(hour=10, tzinfo=tz)
    clock.set(start - timedelta(days=3, hours=1))  # Thursday 09:00 local
    book(desk, [desk.ana], start)
    run_until(desk, start)
    got = texts(desk, ANA, tz)
    assert [(when.strftime("%a %H:%M"), "10:00 AM" in body) for when, body in got] == [
        ("Thu 09:00", True), ("Fri 10:00", True), ("Sat 10:00", True)]
    assert "tomorrow" in got[2][1]
    real_gap = start.astimezone(UTC) - got[2][0].astimezone(UTC)  # not wall-clock arithmetic
    changes = tz.utcoffset(start) != tz.utcoffset(start - timedelta(days=1))
    assert changes == (zone != "America/Phoenix")
    assert real_gap == timedelta(hours=24) + (tz.utcoffset(start - timedelta(days=1))
                                              - tz.utcoffset(start))


# ---- quiet hours in the recipient's zone -------------------------------------------------
def test_quiet_hours_and_times_follow_the_recipients_zone(desk, clock):
    """A Boston practice, Ana in Los Angeles, Ben in Boston; both booked at 21:30 Boston
    for Monday 10:00 Boston (07:00 in Los Angeles)."""
    with_client_zone(desk, desk.ana, "America/Los_Angeles")
    clock.set(datetime(2026, 3, 11, 21, 30, tzinfo=BOSTON))  # 18:30 in Los Angeles
    start = datetime(2026, 3, 16, 10, 0, tzinfo=BOSTON)
    book(desk, [desk.ana], start)
    book(desk, [desk.ben], start, clinician=desk.reyes)
    run_until(desk, start)
    ana, ben = texts(desk, ANA, LOS_ANGELES), texts(desk, BEN)
    assert [w.strftime("%a %H:%M") for w, _ in ana] == ["Wed 18:30", "Sat 08:00", "Sun 08:00"]
    assert [w.strftime("%a %H:%M") for w, _ in ben] == ["Thu 08:00", "Sat 10:00", "Sun 10:00"]
    assert all("7:00 AM" in body and "10:00 AM" not in body for _, body in ana)
    assert all("10:00 AM" in body for _, body in ben)
    for when, _ in ana:
        assert 8 <= when.hour < 20  # never outside 08:00-20:00 where Ana is


# ---- group sessions ----------------------------------------------------------------------
def test_group_members_get_their_own_messages_and_one_who_leaves_gets_nothing_more(desk,
                                                                                   clock):
    dee = desk.svc.clients.create(ClientInput("Dee", "Marsh", mobile="(617) 555-0114"), "t")
    desk.svc.clients.set_consent(dee.id, Channel.SMS, ConsentStatus.GRANTED, "form", "t")
    start = datetime(2026, 3, 6, 17, 30, tzinfo=BOSTON)  # Friday; now Wednesday 08:00
    [aid] = book(desk, [desk.ana, desk.ben, dee], start, kind=desk.group)
    run_until(desk, datetime(2026, 3, 5, 12, 0, tzinfo=BOSTON))
    left_at = clock.now()
    desk.svc.schedule.cancel(aid, "reception", client_id=desk.ben.id)
    run_until(desk, start)
    names = {ANA: "Annie", BEN: "Benjamin", DEE: "Dee"}
    for number, name in names.items():
        got = texts(desk, number)
        assert got and all(name in body for _, body in got)
        others = [n for k, n in names.items() if k != number]
        assert not any(o in body for _, body in got for o in others)  # nobody else's name
    assert not [w for w, _ in texts(desk, BEN) if w >= left_at]
    for number in (ANA, DEE):  # the others keep theirs: the day-before reminder went
        assert ("Thu 17:30", True) in [(w.strftime("%a %H:%M"), "tomorrow" in b)
                                       for w, b in texts(desk, number)]
    assert len(texts(desk, ANA)) == 3 and len(texts(desk, BEN)) == 2


# ---- same-day reschedule -----------------------------------------------------------------
def test_same_day_reschedule_after_the_reminder_sends_a_notice_and_nothing_for_the_old_time(
        desk, clock):
    [aid] = book(desk, [desk.ana], datetime(2026, 3, 6, 10, 0, tzinfo=BOSTON))
    run_until(desk, datetime(2026, 3, 6, 8, 30, tzinfo=BOSTON))
    assert [w.strftime("%a %H:%M") for w, _ in texts(desk, ANA)] == [
        "Wed 08:00", "Wed 10:00", "Thu 10:00"]
    moved_at, emails_at_move = clock.now(), len(desk.smtp.messages)
    new_start = datetime(2026, 3, 6, 15, 0, tzinfo=BOSTON)
    desk.svc.schedule.reschedule(aid, new_start, "reception")
    run_until(desk, new_start)
    after = [(w, b) for w, b in texts(desk, ANA) if w >= moved_at]
    assert len(after) == 1  # the notice, and no day-before or request for the new time
    when, body = after[0]
    assert when == moved_at and "3:00 PM" in body and "10:00" not in body
    assert [r.step for r in rows(desk, appointment_id=aid, channel=Channel.SMS)
            if r.state is MessageState.SENT and r.sent_at >= moved_at] == ["reschedule_notice"]
    mails = [m.message for m in desk.smtp.messages]
    assert "3:00 PM" in str(mails[-1].get_body()) and len(mails) == emails_at_move + 1


# ---- app closed overnight ----------------------------------------------------------------
@pytest.mark.parametrize("reopened, link_sent", [((9, 45), True), ((10, 5), False)])
def test_app_closed_overnight_sends_the_link_only_while_it_helps(desk, clock, reopened,
                                                                 link_sent):
    link = "https://video.example.org/s/ana"
    start = datetime(2026, 3, 6, 10, 0, tzinfo=BOSTON)
    book(desk, [desk.ana], start, kind=desk.tele, telehealth_link=link)
    run_until(desk, datetime(2026, 3, 5, 18, 0, tzinfo=BOSTON))  # then the PC is shut down
    before = len(texts(desk, ANA))
    clock.set(start.replace(hour=reopened[0], minute=reopened[1]))
    desk.svc.dispatcher.run_once()  # the catch-up sweep at start-up
    late = texts(desk, ANA)[before:]
    assert [link in b for _, b in late] == ([True] if link_sent else [])
    [row] = rows(desk, step="telehealth_link")
    assert row.state is (MessageState.SENT if link_sent else MessageState.SKIPPED)


# ---- landlines ---------------------------------------------------------------------------
def test_a_landline_found_by_status_polling_sends_later_messages_by_email(desk, clock):
    desk.twilio.set_rule(ANA, "landline")
    [aid] = book(desk, [desk.ana], datetime(2026, 3, 9, 10, 0, tzinfo=BOSTON))  # Monday
    run_until(desk, clock.now())
    sessions = sessionmaker(desk.svc.engine, expire_on_commit=False)
    for _ in range(2):  # queued -> sent -> undelivered (30006)
        clock.advance(STEP)
        poll_statuses(sessions, clock, desk.svc.delivery.senders)
    [sms] = rows(desk, appointment_id=aid, step="booking_confirmation", channel=Channel.SMS)
    assert (sms.state, sms.error_code) == (MessageState.UNDELIVERED, "30006")
    with Session(desk.svc.engine) as s:
        assert s.get(Client, desk.ana.id).mobile_kind is PhoneKind.LANDLINE
    mails_before = len(desk.smtp.messages)
    run_until(desk, datetime(2026, 3, 9, 9, 0, tzinfo=BOSTON))
    assert len(texts(desk, ANA)) == 1  # never texted again
    later = [r for r in rows(desk, appointment_id=aid, state=MessageState.SENT)
             if r.step in ("confirmation_request", "day_before")]
    assert sorted((r.step, r.channel) for r in later) == [
        ("confirmation_request", Channel.EMAIL), ("day_before", Channel.EMAIL)]
    assert len(desk.smtp.messages) == mails_before + 2


def test_the_scenarios_use_their_own_delivery(desk):
    """Guard: the scenarios really go through Twilio and SMTP, not the local outbox."""
    senders = desk.svc.delivery.senders()
    assert senders.is_live(Channel.SMS) and senders.is_live(Channel.EMAIL)


def test_a_stop_at_twilio_sends_the_coming_messages_by_email(desk, clock):
    """21610 when sending: opted out of texts at once, and the next steps go by email."""
    desk.twilio.set_rule(ANA, "opted_out")
    [aid] = book(desk, [desk.ana], datetime(2026, 3, 9, 10, 0, tzinfo=BOSTON))
    run_until(desk, datetime(2026, 3, 9, 9, 0, tzinfo=BOSTON))
    assert texts(desk, ANA) == []
    sent = sorted((r.step, r.channel.value) for r in rows(desk, appointment_id=aid)
                  if r.state is MessageState.SENT)
    assert sent == [("booking_confirmation", "email"), ("confirmation_request", "email"),
                    ("day_before", "email")]


def test_an_edit_after_the_booking_email_went_keeps_the_text_held_for_the_morning(desk, clock):
    """Booked at 21:30: the email goes now, the text waits for 08:00. Editing the client in
    between re-plans; the held text must still go (it is not 'sent already')."""
    clock.set(datetime(2026, 3, 4, 21, 30, tzinfo=BOSTON))
    book(desk, [desk.ana], datetime(2026, 3, 6, 10, 0, tzinfo=BOSTON))
    run_until(desk, clock.now())
    assert len(desk.smtp.messages) == 1 and texts(desk, ANA) == []
    with_client_zone(desk, desk.ana, "")  # any edit of the client re-plans
    run_until(desk, datetime(2026, 3, 5, 8, 15, tzinfo=BOSTON))
    assert [w.strftime("%a %H:%M") for w, _ in texts(desk, ANA)] == ["Thu 08:00"]


# ---- the PC slept through a whole day ----------------------------------------------------
def missed_notes(desk, number) -> list[str]:
    return [b for _, b in texts(desk, number) if "missed you" in b.lower()]


def test_after_a_day_asleep_no_missed_session_note_goes_for_an_unmarked_session(desk, clock):
    """Sessions on Wednesday at 10:00 (Ana) and 11:00 (Ben); the PC sleeps from Wednesday
    08:15 to Thursday 08:30, so nobody could mark anyone. The catch-up sends no "we missed
    you": a note goes only once a person marks the no-show, and never once it is too late."""
    [ana] = book(desk, [desk.ana], datetime(2026, 3, 4, 10, 0, tzinfo=BOSTON))
    [ben] = book(desk, [desk.ben], datetime(2026, 3, 4, 11, 0, tzinfo=BOSTON),
               clinician=desk.reyes)
    run_until(desk, datetime(2026, 3, 4, 8, 15, tzinfo=BOSTON))
    clock.set(datetime(2026, 3, 5, 8, 30, tzinfo=BOSTON))  # the clock jumps over the day
    desk.svc.dispatcher.run_once()  # the catch-up sweep
    assert missed_notes(desk, ANA) == [] and missed_notes(desk, BEN) == []
    waiting = rows(desk, step="missed_follow_up", channel=Channel.SMS)
    assert [r.state for r in waiting] == [MessageState.PLANNED] * 2
    assert all("marked a no-show" in r.reason for r in waiting)
    missed = {i.appointment_id for i in desk.svc.desk.open_items()
              if i.kind.value == "missed_session"}
    assert missed == {ana, ben}  # the front desk is asked to mark them
    desk.svc.schedule.mark_no_show(ben, desk.ben.id, "reception")
    run_until(desk, datetime(2026, 3, 5, 9, 15, tzinfo=BOSTON))
    assert len(missed_notes(desk, BEN)) == 1 and missed_notes(desk, ANA) == []
    clock.set(datetime(2026, 3, 7, 9, 0, tzinfo=BOSTON))  # past the note's useful-until
    desk.svc.schedule.mark_no_show(ana, desk.ana.id, "reception")
    run_until(desk, datetime(2026, 3, 7, 10, 0, tzinfo=BOSTON))
    assert missed_notes(desk, ANA) == []
    [note] = rows(desk, step="missed_follow_up", channel=Channel.SMS, appointment_id=ana)
    assert note.state is MessageState.SKIPPED
