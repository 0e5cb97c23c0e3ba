"""Items for the front desk: call the unconfirmed, failed texts, missed sessions, same-day moves."""

from __future__ import annotations

from datetime import timedelta

from fakes.smtp_server import smtp_fixture  # noqa: F401
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from sqlalchemy import select
from sqlalchemy.orm import Session
from test_dispatcher import ANA, at, world  # noqa: F401

from frontdesk.domain import Confirmation, ItemKind
from frontdesk.models import AuditEntry


def kinds(svc):
    return sorted((i.kind, i.client_name) for i in svc.desk.open_items())


def test_unconfirmed_within_a_day_becomes_a_call_item_once(practice, book, clock):
    [soon] = book(practice.ana, clock.now() + timedelta(hours=6))
    [later] = book(practice.ben, clock.now() + timedelta(days=3))
    [done] = book(practice.cleo, clock.now() + timedelta(hours=5), clinician=practice.reyes)
    practice.svc.schedule.set_confirmation(done, practice.cleo.id, Confirmation.CONFIRMED, "t")
    assert practice.svc.desk.raise_call_items() == 1
    assert practice.svc.desk.raise_call_items() == 1  # raising again adds nothing
    [item] = practice.svc.desk.open_items()
    assert (item.kind, item.appointment_id, item.client_name) == (
        ItemKind.CALL_UNCONFIRMED, soon, "Annie Lindqvist")
    assert later != soon
    practice.svc.desk.mark_done(item.id, "reception")
    assert practice.svc.desk.open_items() == []
    practice.svc.desk.raise_call_items()
    assert practice.svc.desk.open_items() == []  # done stays done
    with Session(practice.svc.engine) as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "desk_item_done"))


def test_a_permanently_failed_text_is_an_item_with_its_reason(world, book):  # noqa: F811
    world.twilio.set_rule(ANA, "invalid")
    book(world.ana, at(6, 10))
    world.dispatcher.run_once()
    [item] = [i for i in world.svc.desk.open_items() if i.kind is ItemKind.DELIVERY_PROBLEM]
    assert item.note.startswith("Booking confirmation by sms:")
    assert ANA not in item.note


def test_a_missed_session_is_an_item_and_an_arrival_is_not(world, book, clock):  # noqa: F811
    [missed] = book(world.ana, at(4, 10))
    [came] = book(world.ben, at(4, 11))
    clock.set(at(4, 10, 5))
    world.svc.schedule.mark_arrived(came, world.ben.id, "t")
    clock.set(at(4, 11, 30))
    world.dispatcher.run_once()
    items = [i for i in world.svc.desk.open_items() if i.kind is ItemKind.MISSED_SESSION]
    assert [i.appointment_id for i in items] == [missed]


def test_a_same_day_move_after_reminders_went_out_leaves_a_note(world, book, clock):  # noqa: F811
    clock.set(at(5, 9))
    [aid] = book(world.ana, at(5, 15))
    world.dispatcher.run_once()  # the booking confirmation goes out
    world.svc.schedule.reschedule(aid, at(5, 17), "reception")
    [note] = [i for i in world.svc.desk.open_items() if i.kind is ItemKind.CLINICIAN_NOTE]
    assert "03:00 PM" in note.note and "05:00 PM" in note.note
    [other] = book(world.ben, at(9, 15))
    world.svc.schedule.reschedule(other, at(9, 16), "reception")  # not today: no note
    assert len([i for i in world.svc.desk.open_items()
                if i.kind is ItemKind.CLINICIAN_NOTE]) == 1


def test_cancelling_several_sessions_of_a_series_is_an_item(practice, book, clock):
    from frontdesk.domain import Frequency

    ids = book(practice.ana, clock.now() + timedelta(days=2), repeat=Frequency.WEEKLY,
               occurrences=4)
    svc = practice.svc
    svc.schedule.cancel(ids[0], "reception", client_id=practice.ana.id)
    assert svc.desk.raise_series_cancel_items() == 0  # one cancellation is not a pattern
    svc.schedule.cancel(ids[2], "reception", client_id=practice.ana.id)
    assert svc.desk.raise_series_cancel_items() == 1
    assert svc.desk.raise_series_cancel_items() == 1  # raised once
    [item] = svc.desk.open_items()
    assert (item.kind, item.client_name) == (ItemKind.SERIES_CANCELS, "Annie Lindqvist")
    assert "Cancelled 2 sessions" in item.note
    clock.set(clock.now() + timedelta(days=31))
    svc.desk.mark_done(item.id, "reception")
    assert svc.desk.raise_series_cancel_items() == 0  # long ago: no new item
