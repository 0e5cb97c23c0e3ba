"""The schedule's "Last message" column, kept on each place by triggers, always equals what
the outbox says when computed from scratch: after booking, planning, sending, delivery,
failure, a resend, a reschedule, cancellations, bulk writes and deletes, and after the
migration that adds it fills an existing database."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from fakes.smtp_server import FakeSmtpServer, ThrowawayCA
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.domain import Channel, ConsentStatus, MessageState
from frontdesk.models import OutboxMessage, migrate
from frontdesk.models.place_message import TRIGGERS
from frontdesk.services.channels.email_smtp import SmtpSettings
from frontdesk.services.container import Services
from frontdesk.services.credentials import CredentialStore, TwilioSettings
from frontdesk.services.delivery import DeliverySetup
from frontdesk.services.reminders.dispatcher import Pacer
from frontdesk.services.reminders.status_poll import poll_statuses
from frontdesk.services.reminders.summary import STATE_WORDS, STEP_LABELS
from tests.helpers import BOSTON, at, book

BEN = "+16175550112"
BEFORE_THE_COLUMNS = "e167c6f13b0f"


def from_scratch(svc, tz: ZoneInfo = BOSTON) -> dict[tuple[int, int], str]:
    """Every place's line worked out from all of its outbox rows, in Python: the latest row
    that went out or was tried (by updated_at, the first of equals), else the planned row
    due first."""
    with Session(svc.engine) as s:
        rows = s.scalars(select(OutboxMessage).where(OutboxMessage.appointment_id.is_not(None))
                         .order_by(OutboxMessage.id)).all()
    latest: dict[tuple[int, int], OutboxMessage] = {}
    upcoming: dict[tuple[int, int], OutboxMessage] = {}
    for r in rows:
        assert r.appointment_id is not None and r.client_id is not None
        key = (r.appointment_id, r.client_id)
        if r.state in STATE_WORDS:
            if key not in latest or r.updated_at > latest[key].updated_at:
                latest[key] = r
        elif r.state is MessageState.PLANNED and (
                key not in upcoming or r.due_at < upcoming[key].due_at):
            upcoming[key] = r

    def when(moment: datetime) -> str:
        local = moment.astimezone(tz)
        return f"{local:%a} {local:%I:%M %p}".replace(" 0", " ")

    out = {}
    for key, r in latest.items():
        word = ("recorded, NOT sent" if (r.provider_id or "").startswith("local-")
                else STATE_WORDS[r.state])
        out[key] = (f"{STEP_LABELS.get(r.step, r.step)} {word} "
                    f"{when(r.sent_at or r.updated_at)} ({r.channel.value})")
    for key, r in upcoming.items():
        out.setdefault(key, f"Next: {STEP_LABELS.get(r.step, r.step).lower()} {when(r.due_at)}")
    return out


def shown(svc, *days) -> dict[tuple[int, int], str]:
    """What the day view shows, place by place, over these days."""
    return {(r.appointment_id, r.client_id): r.last_message
            for day in days for r in svc.schedule.day(day)}


def check(svc, *days) -> dict[tuple[int, int], str]:
    """The view's lines equal the from-scratch ones for every place of these days."""
    view = shown(svc, *days)
    expected = from_scratch(svc)
    assert view == {place: expected.get(place, "") for place in view}
    return view


@pytest.fixture
def desk(practice, twilio_server, secret_store, clock, tmp_path):
    """The practice sending through Twilio and SMTP servers on loopback; Ana and Ben agreed
    to texts, Cleo has email only."""
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
        for c in (practice.ana, practice.ben):
            svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")
        practice.svc, practice.twilio, practice.clock = svc, twilio_server, clock
        yield practice


def test_every_writer_keeps_the_line_right(desk, clock):
    svc = desk.svc
    friday, monday = at(6, 10).date(), at(9, 10).date()
    # Book: an individual session and a group of three on Friday; the planner plans.
    [solo] = book(desk, desk.ana, at(6, 10))
    [group] = book(desk, [desk.ana, desk.ben, desk.cleo], at(6, 14), kind=desk.group,
                   clinician=desk.reyes)
    view = check(svc, friday)
    assert view[(solo, desk.ana.id)] == "Next: booking confirmation Wed 8:00 AM"

    # Send (the dispatcher), with Ben's number refused at the provider: failed.
    desk.twilio.set_rule(BEN, "invalid")
    svc.dispatcher.run_once()
    view = check(svc, friday)
    assert view[(solo, desk.ana.id)].startswith("Booking confirmation sent Wed 8:00 AM")
    assert view[(group, desk.ben.id)] == "Booking confirmation FAILED Wed 8:00 AM (sms)"

    # Delivery status: queued -> sent -> delivered.
    sessions = sessionmaker(svc.engine, expire_on_commit=False)
    for minutes in (5, 10):
        clock.set(at(4, 8, minutes))
        poll_statuses(sessions, clock, svc.delivery.senders)
    view = check(svc, friday)
    assert "delivered" in view[(solo, desk.ana.id)]

    # Resend Ben's confirmation by hand once his number works, then send it.
    desk.twilio.rules.pop(BEN)
    clock.set(at(4, 9))
    svc.messaging.resend(group, desk.ben.id, "booking_confirmation", Channel.SMS, "reception")
    # What went last still shows until the new one goes.
    assert check(svc, friday)[(group, desk.ben.id)].startswith("Booking confirmation FAILED")
    svc.dispatcher.run_once()
    assert check(svc, friday)[(group, desk.ben.id)].startswith(
        "Booking confirmation sent Wed 9:00 AM")

    # The 48-hour requests go; then the session moves to Monday (re-planned, re-anchored).
    clock.set(at(4, 10, 1))
    svc.dispatcher.run_once()
    check(svc, friday)
    svc.schedule.reschedule(solo, at(9, 10), "reception")
    view = check(svc, friday, monday)
    assert view.get((solo, desk.ana.id))

    # Cancel one place of the group and then the moved session: planned rows withdrawn.
    svc.schedule.cancel(group, "reception", client_id=desk.cleo.id, by_client=False)
    svc.schedule.cancel(solo, "reception", by_client=False)
    check(svc, friday, monday)

    # Writes outside the services: a bulk update, a row moved to another place, a delete.
    with sessions.begin() as s:
        s.execute(update(OutboxMessage).where(OutboxMessage.appointment_id == group,
                                              OutboxMessage.state == MessageState.PLANNED)
                  .values(due_at=at(5, 7), updated_at=clock.now()))
        moved = s.scalars(select(OutboxMessage.id).where(
            OutboxMessage.appointment_id == group, OutboxMessage.client_id == desk.ana.id)
            .order_by(OutboxMessage.id.desc()).limit(1)).one()
        s.execute(update(OutboxMessage).where(OutboxMessage.id == moved)
                  .values(client_id=desk.ben.id, anchor_at=None))
    check(svc, friday, monday)
    with sessions.begin() as s:
        s.execute(delete(OutboxMessage).where(OutboxMessage.appointment_id == group,
                                              OutboxMessage.client_id == desk.ben.id))
    view = check(svc, friday, monday)
    assert view[(group, desk.ben.id)] == ""


def test_the_migration_fills_an_existing_database(desk, clock):
    svc = desk.svc
    [solo] = book(desk, desk.ana, at(6, 10))
    [group] = book(desk, [desk.ana, desk.ben], at(6, 14), kind=desk.group)
    svc.dispatcher.run_once()
    before = check(svc, at(6, 10).date())
    assert before[(solo, desk.ana.id)] and before[(group, desk.ben.id)]
    config = migrate.alembic_config()
    with svc.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, BEFORE_THE_COLUMNS)
        assert not conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                     "AND name LIKE 'place_message%'")).all()
        # Written while nothing kept the places' lines: the back-fill must see it.
        conn.execute(text("UPDATE outbox_message SET state = 'delivered' WHERE state = 'sent'"))
    with svc.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    after = check(svc, at(6, 10).date())
    assert after[(solo, desk.ana.id)].startswith("Booking confirmation delivered")


def test_the_triggers_are_the_models_own(services):
    with services.engine.connect() as conn:
        found = dict(conn.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all())
    assert {k: " ".join(v.split()) for k, v in found.items()
            if k.startswith("place_message_")} == {
        k: " ".join(v.split()) for k, v in TRIGGERS.items()}


def test_the_trends_triggers_survive_a_downgrade_of_the_columns(services):
    config = migrate.alembic_config()
    with services.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, BEFORE_THE_COLUMNS)
        names = set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    assert {"stats_attendee_insert", "stats_attendee_update", "stats_attendee_delete"} <= names


def test_a_later_day_than_any_message_shows_nothing(practice, book):
    [aid] = book(practice.cleo, at(6, 10) + timedelta(days=60))
    with Session(practice.svc.engine) as s, s.begin():
        s.execute(delete(OutboxMessage).where(OutboxMessage.appointment_id == aid))
    [row] = practice.svc.schedule.day((at(6, 10) + timedelta(days=60)).date())
    assert row.last_message == ""


def test_a_place_added_after_its_messages_picks_them_up(practice, book, clock):
    """A load that writes the messages before the places (an import, a repair) still shows
    them."""
    [aid] = book([practice.ana, practice.ben], at(6, 14), kind=practice.group)
    with Session(practice.svc.engine) as s, s.begin():
        s.execute(text("DELETE FROM attendee WHERE appointment_id = :a AND client_id = :c"),
                  {"a": aid, "c": practice.ana.id})
        s.execute(text("INSERT INTO attendee (appointment_id, client_id, confirmation, "
                       "attendance, booked_at, cancel_reason) VALUES (:a, :c, 'unconfirmed', "
                       "'booked', '2026-03-04 13:00:00.000000', '')"),
                  {"a": aid, "c": practice.ana.id})
    view = check(practice.svc, at(6, 14).date())
    assert view[(aid, practice.ana.id)].startswith("Next: booking confirmation")
