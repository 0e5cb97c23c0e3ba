"""Changing booked sessions: cancel, reschedule, attendance, confirmation, edit, audit."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain import Attendance, Confirmation, Modality
from frontdesk.models import Attendee, AuditEntry
from frontdesk.services.dto import AppointmentEdit
from frontdesk.services.errors import ClashError, NotFoundError, StateError, ValidationError
from tests.helpers import at  # the clock stands at Wed 4 Mar 2026 08:00


def attendee(engine, appointment_id: int, client_id: int) -> Attendee:
    with Session(engine) as s:
        return s.scalars(select(Attendee).where(Attendee.appointment_id == appointment_id,
                                                Attendee.client_id == client_id)).one()


def place(p, appointment_id: int, client_id: int):
    d = p.svc.schedule.appointment(appointment_id)
    return next(a for a in d.attendees if a.client_id == client_id)


# ---- cancelling ------------------------------------------------------------

@pytest.mark.parametrize(("start", "by_client", "expected"), [
    (at(5, 10), True, Attendance.CANCELLED),  # 26 h ahead
    (at(5, 8), True, Attendance.CANCELLED),  # exactly 24 h ahead: not late
    (at(5, 7, 59), True, Attendance.LATE_CANCELLED),  # a minute inside the window
    (at(4, 15), True, Attendance.LATE_CANCELLED),  # this afternoon
    (at(4, 15), False, Attendance.CANCELLED),  # the practice called it off
])
def test_cancel_late_only_by_the_client_inside_the_window(practice, book, start, by_client,
                                                          expected):
    p = practice
    [a] = book(p.ana, start)
    outcome = p.svc.schedule.cancel(a, "reception", by_client=by_client, reason=" unwell ")
    assert outcome is expected
    assert place(p, a, p.ana.id).attendance is expected
    row = attendee(p.svc.engine, a, p.ana.id)
    assert row.cancel_reason == "unwell" and row.cancelled_at is not None


def test_cancelling_the_only_client_frees_the_slot(practice, book):
    p = practice
    [a] = book(p.ana, at(5, 10))
    with pytest.raises(ClashError):
        book(p.ben, at(5, 10))
    p.svc.schedule.cancel(a, "reception", client_id=p.ana.id)
    assert p.svc.schedule.appointment(a).cancelled
    [b] = book(p.ben, at(5, 10))
    assert not p.svc.schedule.appointment(b).cancelled


def test_cancelling_one_group_member_keeps_the_session(practice, book):
    p = practice
    [g] = book([p.ana, p.ben], at(5, 18), kind=p.group)
    assert p.svc.schedule.cancel(g, "reception", client_id=p.ben.id) is Attendance.CANCELLED
    d = p.svc.schedule.appointment(g)
    assert not d.cancelled
    assert [(x.client_id, x.attendance) for x in d.attendees] == [
        (p.ana.id, Attendance.BOOKED), (p.ben.id, Attendance.CANCELLED)]
    with pytest.raises(ClashError):  # the clinician is still busy
        book(p.cleo, at(5, 18, 30))
    book(p.ben, at(5, 18, 30), clinician=p.reyes)  # but Ben is free again


def test_cancel_someone_not_booked_is_refused(practice, book):
    p = practice
    [a] = book(p.ana, at(5, 10))
    with pytest.raises(NotFoundError):
        p.svc.schedule.cancel(a, "reception", client_id=p.cleo.id)
    assert place(p, a, p.ana.id).attendance is Attendance.BOOKED


def test_cancelled_session_cannot_be_cancelled_or_rescheduled(practice, book):
    p = practice
    [a] = book(p.ana, at(5, 10))
    p.svc.schedule.cancel(a, "reception")
    with pytest.raises(StateError):
        p.svc.schedule.cancel(a, "reception")
    with pytest.raises(StateError):
        p.svc.schedule.reschedule(a, at(6, 10), "reception")
    with pytest.raises(StateError):
        p.svc.schedule.edit(a, AppointmentEdit(notes="x"), "reception")
    assert p.svc.schedule.appointment(a).start == at(5, 10)


# ---- rescheduling ----------------------------------------------------------

def test_reschedule_keeps_length_and_asks_for_confirmation_again(practice, book):
    p = practice
    [a] = book(p.ana, at(5, 10), duration_minutes=30)
    p.svc.schedule.set_confirmation(a, p.ana.id, Confirmation.CONFIRMED, "reception")
    p.svc.schedule.reschedule(a, at(9, 15, 15), "reception")  # after the DST change
    d = p.svc.schedule.appointment(a)
    assert (d.start, d.end) == (at(9, 15, 15), at(9, 15, 45))
    assert d.start.utcoffset() == timedelta(hours=-4)
    assert d.attendees[0].confirmation is Confirmation.UNCONFIRMED
    assert [r.appointment_id for r in p.svc.schedule.day(date(2026, 3, 9))] == [a]
    assert p.svc.schedule.day(date(2026, 3, 5)) == []


def test_reschedule_to_another_clinician(practice, book):
    p = practice
    [a] = book(p.ana, at(5, 10))
    p.svc.schedule.reschedule(a, at(5, 11), "reception", clinician_id=p.reyes.id)
    d = p.svc.schedule.appointment(a)
    assert (d.clinician_id, d.start) == (p.reyes.id, at(5, 11))


def test_reschedule_clash_refused_and_original_untouched(practice, book):
    p = practice
    [a] = book(p.ana, at(5, 10))
    book(p.ben, at(6, 15))
    p.svc.schedule.set_confirmation(a, p.ana.id, Confirmation.CONFIRMED, "reception")
    with pytest.raises(ClashError) as err:
        p.svc.schedule.reschedule(a, at(6, 15, 20), "reception")
    assert "Fri 6 Mar 3:00 PM–3:50 PM (Dr. Okafor)" in str(err.value)
    d = p.svc.schedule.appointment(a)
    assert (d.start, d.end) == (at(5, 10), at(5, 10, 50))
    assert d.attendees[0].confirmation is Confirmation.CONFIRMED


def test_reschedule_does_not_clash_with_itself(practice, book):
    p = practice
    [a] = book(p.ana, at(5, 10))
    p.svc.schedule.reschedule(a, at(5, 10, 30), "reception")
    assert p.svc.schedule.appointment(a).start == at(5, 10, 30)


def test_reschedule_after_attendance_or_without_zone_refused(practice, book, clock):
    p = practice
    [a] = book(p.ana, at(4, 9))
    with pytest.raises(ValidationError):
        p.svc.schedule.reschedule(a, datetime(2026, 3, 6, 10), "reception")
    clock.set(at(4, 9, 5))
    p.svc.schedule.mark_arrived(a, p.ana.id, "reception")
    with pytest.raises(StateError):
        p.svc.schedule.reschedule(a, at(6, 10), "reception")
    assert p.svc.schedule.appointment(a).start == at(4, 9)


# ---- attendance and confirmation ------------------------------------------

def test_arrived_no_show_and_undo(practice, book, clock):
    p = practice
    [a] = book(p.ana, at(4, 10))
    with pytest.raises(StateError) as err:
        p.svc.schedule.mark_no_show(a, p.ana.id, "reception")
    assert "not started" in str(err.value)
    assert place(p, a, p.ana.id).attendance is Attendance.BOOKED

    clock.set(at(4, 10, 15))
    p.svc.schedule.mark_no_show(a, p.ana.id, "reception")
    assert place(p, a, p.ana.id).attendance is Attendance.NO_SHOW
    p.svc.schedule.undo_attendance(a, p.ana.id, "reception")
    assert place(p, a, p.ana.id).attendance is Attendance.BOOKED

    p.svc.schedule.mark_arrived(a, p.ana.id, "reception")
    row = attendee(p.svc.engine, a, p.ana.id)
    assert row.attendance is Attendance.ARRIVED and row.arrived_at == clock.now()
    with pytest.raises(StateError):  # arrived people are not cancelled by mistake
        p.svc.schedule.cancel(a, "reception", client_id=p.ana.id)
    p.svc.schedule.undo_attendance(a, p.ana.id, "reception")
    row = attendee(p.svc.engine, a, p.ana.id)
    assert row.attendance is Attendance.BOOKED and row.arrived_at is None


def test_attendance_refused_for_a_cancelled_place(practice, book, clock):
    p = practice
    [a] = book(p.ana, at(4, 10))
    p.svc.schedule.cancel(a, "reception")
    clock.set(at(4, 10, 5))
    with pytest.raises(StateError):
        p.svc.schedule.mark_arrived(a, p.ana.id, "reception")


@pytest.mark.parametrize("state", [Confirmation.CONFIRMED, Confirmation.DECLINED,
                                   Confirmation.RESCHEDULE_REQUESTED])
def test_set_confirmation(practice, book, state):
    p = practice
    [g] = book([p.ana, p.ben], at(5, 18), kind=p.group)
    p.svc.schedule.set_confirmation(g, p.ben.id, state, "reception")
    rows = p.svc.schedule.day(date(2026, 3, 5))
    assert [(r.client_id, r.confirmation) for r in rows] == [
        (p.ana.id, Confirmation.UNCONFIRMED), (p.ben.id, state)]
    with pytest.raises(NotFoundError):
        p.svc.schedule.set_confirmation(g, p.cleo.id, state, "reception")


# ---- editing ---------------------------------------------------------------

@pytest.mark.parametrize("link", ["http://video.example.org/room/1", "video.example.org/r/1",
                                  "https://", "javascript:alert(1)"])
def test_edit_refuses_a_link_that_is_not_https(practice, book, link):
    p = practice
    [a] = book(p.ana, at(5, 10), kind=p.tele)
    with pytest.raises(ValidationError) as err:
        p.svc.schedule.edit(a, AppointmentEdit(telehealth_link=link), "reception")
    assert err.value.field == "telehealth_link"
    assert p.svc.schedule.appointment(a).telehealth_link == ""
    with pytest.raises(ValidationError):
        book(p.ben, at(5, 12), kind=p.tele, telehealth_link=link)


def test_edit_link_location_notes_and_modality(practice, book):
    p = practice
    [a] = book(p.ana, at(5, 10), kind=p.tele)
    link = "https://video.example.org/room/42"
    p.svc.schedule.edit(a, AppointmentEdit(telehealth_link=f" {link} ", notes=" bring forms ",
                                           modality=Modality.TELEHEALTH), "reception")
    d = p.svc.schedule.appointment(a)
    assert (d.telehealth_link, d.notes, d.modality) == (link, "bring forms", Modality.TELEHEALTH)
    [row] = p.svc.schedule.day(date(2026, 3, 5))
    assert row.has_link and row.notes == "bring forms"


def test_edit_duration_is_clash_checked(practice, book):
    p = practice
    [a] = book(p.ana, at(5, 10))
    book(p.ben, at(5, 11))
    with pytest.raises(ClashError) as err:
        p.svc.schedule.edit(a, AppointmentEdit(duration_minutes=90), "reception")
    assert "11:00 AM–11:50 AM" in str(err.value)
    assert p.svc.schedule.appointment(a).end == at(5, 10, 50)
    p.svc.schedule.edit(a, AppointmentEdit(duration_minutes=60), "reception")
    assert p.svc.schedule.appointment(a).end == at(5, 11)


def test_edit_clinician_is_clash_checked(practice, book):
    p = practice
    [a] = book(p.ana, at(5, 10))
    book(p.ben, at(5, 10), clinician=p.reyes)
    with pytest.raises(ClashError):
        p.svc.schedule.edit(a, AppointmentEdit(clinician_id=p.reyes.id), "reception")
    assert p.svc.schedule.appointment(a).clinician_id == p.okafor.id


def test_edit_cannot_add_a_second_client_to_a_one_client_type(practice, book):
    p = practice
    [a] = book(p.ana, at(5, 10))
    with pytest.raises(ValidationError):
        p.svc.schedule.edit(a, AppointmentEdit(add_client_ids=(p.ben.id,)), "reception")
    assert [x.client_id for x in p.svc.schedule.appointment(a).attendees] == [p.ana.id]


def test_edit_adds_and_removes_group_members(practice, book):
    p = practice
    [g] = book([p.ana], at(5, 18), kind=p.group)
    p.svc.schedule.edit(g, AppointmentEdit(add_client_ids=(p.ben.id, p.cleo.id)), "reception")
    rows = p.svc.schedule.day(date(2026, 3, 5))
    assert [(r.client_id, r.attendance, r.group_size) for r in rows] == [
        (p.ana.id, Attendance.BOOKED, 3), (p.ben.id, Attendance.BOOKED, 3),
        (p.cleo.id, Attendance.BOOKED, 3)]
    p.svc.schedule.edit(g, AppointmentEdit(remove_client_ids=(p.ben.id,)), "reception")
    assert place(p, g, p.ben.id).attendance is Attendance.CANCELLED
    assert attendee(p.svc.engine, g, p.ben.id).cancel_reason == "removed from session"


def test_edit_books_a_cancelled_member_back_in(practice, book):
    """Adding back someone who cancelled their place makes it live again."""
    p = practice
    [g] = book([p.ana, p.ben], at(5, 18), kind=p.group)
    p.svc.schedule.cancel(g, "reception", client_id=p.ben.id)
    p.svc.schedule.edit(g, AppointmentEdit(add_client_ids=(p.ben.id,)), "reception")
    row = attendee(p.svc.engine, g, p.ben.id)
    assert row.attendance is Attendance.BOOKED and row.cancelled_at is None
    assert [r.group_size for r in p.svc.schedule.day(date(2026, 3, 5))] == [2, 2]


def test_edit_adding_a_client_who_is_busy_elsewhere_clashes(practice, book):
    p = practice
    [g] = book([p.ana], at(5, 18), kind=p.group)
    book(p.ben, at(5, 19), clinician=p.reyes)
    with pytest.raises(ClashError):
        p.svc.schedule.edit(g, AppointmentEdit(add_client_ids=(p.ben.id,)), "reception")
    assert [x.client_id for x in p.svc.schedule.appointment(g).attendees] == [p.ana.id]


# ---- the audit trail -------------------------------------------------------

def test_every_action_is_audited(practice, book, clock):
    p = practice
    [a] = book(p.ana, at(4, 10), actor="maria")
    s = p.svc.schedule
    s.set_confirmation(a, p.ana.id, Confirmation.CONFIRMED, "maria")
    s.edit(a, AppointmentEdit(notes="door code 4"), "maria")
    s.reschedule(a, at(4, 11), "jo")
    clock.set(at(4, 11, 10))
    s.mark_no_show(a, p.ana.id, "jo")
    s.undo_attendance(a, p.ana.id, "jo")
    s.mark_arrived(a, p.ana.id, "jo")
    [b] = book(p.ben, at(6, 9), actor="maria")
    s.cancel(b, "maria", client_id=p.ben.id)
    with Session(p.svc.engine) as db:
        trail = db.scalars(select(AuditEntry).where(AuditEntry.entity == "appointment")
                           .order_by(AuditEntry.id)).all()
    assert [(e.entity_id, e.action, e.actor) for e in trail] == [
        (a, "book", "maria"), (a, "confirmation_confirmed", "maria"), (a, "edit", "maria"),
        (a, "reschedule", "jo"), (a, "attendance_no_show", "jo"), (a, "attendance_booked", "jo"),
        (a, "attendance_arrived", "jo"), (b, "book", "maria"), (b, "cancelled", "maria")]
    assert "from=2026-03-04T15:00:00+00:00" in trail[3].detail
    assert "to=2026-03-04T16:00:00+00:00" in trail[3].detail
    assert trail[-1].at == clock.now()


def test_actions_that_do_not_fit_the_state_are_refused(practice, book, clock):
    """Confirming a cancelled place, arriving days early, cancelling twice: each a StateError."""
    from datetime import timedelta

    from frontdesk.domain import Confirmation
    from frontdesk.services.errors import StateError

    p = practice
    [later] = book(p.ana, clock.now() + timedelta(days=3))
    with pytest.raises(StateError, match="later day"):
        p.svc.schedule.mark_arrived(later, p.ana.id, "test")
    p.svc.schedule.cancel(later, "test", client_id=p.ana.id)
    with pytest.raises(StateError, match="cancelled"):
        p.svc.schedule.set_confirmation(later, p.ana.id, Confirmation.CONFIRMED, "test")
    with pytest.raises(StateError, match="was cancelled"):
        p.svc.schedule.cancel(later, "test", client_id=p.ana.id)
