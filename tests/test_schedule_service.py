"""Booking, the day view, series across DST, and clash refusal (ScheduleService)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.domain import Attendance, Confirmation, Frequency, Modality
from frontdesk.models import Appointment, Series
from frontdesk.services.errors import ClashError, ValidationError
from tests.helpers import at


def count(engine, model) -> int:
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(model))


# ---- booking ---------------------------------------------------------------

def test_book_one_session(practice, book):
    p = practice
    [appt_id] = book(p.ana, at(5, 10))
    d = p.svc.schedule.appointment(appt_id)
    assert d.start == at(5, 10) and d.end == at(5, 10, 50)
    assert d.clinician_id == p.okafor.id and d.type_id == p.individual.id
    assert d.modality is Modality.IN_PERSON and d.series_id is None and not d.cancelled
    [person] = d.attendees
    assert (person.client_id, person.client_name) == (p.ana.id, "Annie Lindqvist")
    assert (person.confirmation, person.attendance) == (Confirmation.UNCONFIRMED,
                                                        Attendance.BOOKED)


def test_booking_uses_requested_duration_and_modality(practice, book):
    p = practice
    [appt_id] = book(p.ben, at(5, 9), kind=p.tele, duration_minutes=30,
                     modality=Modality.IN_PERSON, location="Room 2")
    d = p.svc.schedule.appointment(appt_id)
    assert d.end - d.start == timedelta(minutes=30)
    assert d.modality is Modality.IN_PERSON and d.location == "Room 2"


def test_one_client_type_refuses_two_clients(practice, book):
    p = practice
    with pytest.raises(ValidationError) as err:
        book([p.ana, p.ben], at(5, 10))
    assert err.value.field == "clients"
    assert "Individual session" in str(err.value)
    assert count(p.svc.engine, Appointment) == 0


def test_naive_start_refused(practice, book):
    p = practice
    with pytest.raises(ValidationError) as err:
        book(p.ana, datetime(2026, 3, 5, 10))
    assert err.value.field == "start"


# ---- the day view ----------------------------------------------------------

def test_day_view_rows_in_start_order_with_practice_local_times(practice, book):
    """Only the practice-local day's sessions, sorted, in America/New_York."""
    p = practice
    book(p.ben, at(4, 14), clinician=p.reyes)
    book(p.ana, at(4, 9))
    book(p.cleo, at(4, 11))
    book(p.ana, at(4, 23))  # 04:00 UTC the next day, still the 4th locally
    book(p.ben, at(5, 0, 30))  # 05:30 UTC on the 5th: the next local day
    book(p.cleo, at(3, 18))  # the day before
    rows = p.svc.schedule.day(date(2026, 3, 4))
    assert [(r.client_name, r.start.hour) for r in rows] == [
        ("Annie Lindqvist", 9), ("Cleo Haddad", 11), ("Benjamin Okoro", 14),
        ("Annie Lindqvist", 23)]
    for r in rows:
        assert r.start.tzinfo.key == "America/New_York"
        assert r.end - r.start == timedelta(minutes=50)
        assert r.attendance is Attendance.BOOKED and r.group_size == 1
    assert rows[2].clinician_name == "Daniel" and rows[0].clinician_name == "Dr. Okafor"
    assert [r.client_name for r in p.svc.schedule.day(date(2026, 3, 5))] == ["Benjamin Okoro"]


def test_day_view_clinician_filter(practice, book):
    p = practice
    book(p.ana, at(4, 9))
    book(p.ben, at(4, 9), clinician=p.reyes)
    book(p.cleo, at(4, 13), clinician=p.reyes)
    rows = p.svc.schedule.day(date(2026, 3, 4), clinician_id=p.reyes.id)
    assert [r.client_name for r in rows] == ["Benjamin Okoro", "Cleo Haddad"]
    assert {r.clinician_id for r in rows} == {p.reyes.id}
    assert len(p.svc.schedule.day(date(2026, 3, 4))) == 3


@pytest.mark.parametrize(("text", "expected"), [
    ("annie", ["Annie Lindqvist"]),  # preferred name
    ("Ana", ["Annie Lindqvist"]),  # legal first name
    ("LINDQ", ["Annie Lindqvist"]),  # part of the last name, any case
    ("okoro", ["Benjamin Okoro"]),
    ("ben okoro", ["Benjamin Okoro"]),  # every word must match
    ("ben haddad", []),
    ("nobody", []),
])
def test_day_view_search(practice, book, text, expected):
    p = practice
    book(p.ana, at(4, 9))
    book(p.ben, at(4, 10))
    book(p.cleo, at(4, 11))
    rows = p.svc.schedule.day(date(2026, 3, 4), search=text)
    assert [r.client_name for r in rows] == expected


def test_cancelled_rows_still_shown_with_their_state(practice, book):
    p = practice
    [a] = book(p.ana, at(4, 9))
    [b] = book(p.ben, at(4, 10))
    p.svc.schedule.cancel(b, "reception", by_client=False)
    rows = p.svc.schedule.day(date(2026, 3, 4))
    assert [(r.appointment_id, r.attendance) for r in rows] == [
        (a, Attendance.BOOKED), (b, Attendance.CANCELLED)]


def test_group_session_shows_one_row_per_client(practice, book):
    p = practice
    [g] = book([p.ana, p.ben, p.cleo], at(4, 18), kind=p.group)
    rows = p.svc.schedule.day(date(2026, 3, 4))
    assert [r.client_name for r in rows] == ["Annie Lindqvist", "Benjamin Okoro", "Cleo Haddad"]
    assert {r.appointment_id for r in rows} == {g}
    assert [r.group_size for r in rows] == [3, 3, 3]
    assert rows[0].end - rows[0].start == timedelta(minutes=90)

    p.svc.schedule.cancel(g, "reception", client_id=p.ben.id)
    rows = p.svc.schedule.day(date(2026, 3, 4))
    assert [r.attendance for r in rows] == [
        Attendance.BOOKED, Attendance.LATE_CANCELLED, Attendance.BOOKED]
    assert [r.group_size for r in rows] == [2, 2, 2]


def test_group_size_is_the_session_size_even_when_searching(practice, book):
    """A search narrows the rows shown, not the size of the group."""
    p = practice
    book([p.ana, p.ben, p.cleo], at(4, 18), kind=p.group)
    [row] = p.svc.schedule.day(date(2026, 3, 4), search="annie")
    assert row.client_name == "Annie Lindqvist"
    assert row.group_size == 3


# ---- series across the DST change (US: Sunday 2026-03-08) ------------------

@pytest.mark.parametrize(("freq", "first", "expected_days"), [
    (Frequency.WEEKLY, at(5, 10), [date(2026, 3, 5), date(2026, 3, 12), date(2026, 3, 19)]),
    (Frequency.FORTNIGHTLY, at(6, 16, 30),
     [date(2026, 3, 6), date(2026, 3, 20), date(2026, 4, 3)]),
])
def test_series_keeps_local_wall_clock_time_across_dst(practice, book, freq, first, expected_days):
    p = practice
    ids = book(p.ana, first, repeat=freq, occurrences=3)
    assert len(ids) == 3
    details = [p.svc.schedule.appointment(i) for i in ids]
    assert [d.start.date() for d in details] == expected_days
    assert {(d.start.hour, d.start.minute) for d in details} == {(first.hour, first.minute)}
    assert {d.end - d.start for d in details} == {timedelta(minutes=50)}
    # The first is in EST (UTC-5), the others in EDT (UTC-4): the UTC instant moves.
    assert [d.start.utcoffset() for d in details] == [
        timedelta(hours=-5), timedelta(hours=-4), timedelta(hours=-4)]
    utc_hours = [d.start.astimezone(ZoneInfo("UTC")).hour for d in details]
    assert utc_hours == [first.hour + 5, first.hour + 4, first.hour + 4]
    assert len({d.series_id for d in details}) == 1 and details[0].series_id is not None
    [row] = p.svc.schedule.day(expected_days[1])
    assert row.in_series and (row.start.hour, row.start.minute) == (first.hour, first.minute)


def test_weekly_series_across_the_autumn_change(practice, book):
    """Back to EST on 2026-11-01: still the same local time."""
    p = practice
    ids = book(p.ben, at(29, 9, month=10), repeat=Frequency.WEEKLY, occurrences=2)
    starts = [p.svc.schedule.appointment(i).start for i in ids]
    assert [s.hour for s in starts] == [9, 9]
    assert [s.utcoffset() for s in starts] == [timedelta(hours=-4), timedelta(hours=-5)]


# ---- clashes ---------------------------------------------------------------

def test_clash_with_the_clinician_is_refused_and_named(practice, book):
    p = practice
    [first] = book(p.ana, at(5, 9))
    with pytest.raises(ClashError) as err:
        book(p.ben, at(5, 9, 30))
    msg = str(err.value)
    assert "Thu 5 Mar 9:00 AM–9:50 AM (Dr. Okafor)" in msg
    assert [c.appointment_id for c in err.value.clashes] == [first]
    assert [r.client_name for r in p.svc.schedule.day(date(2026, 3, 5))] == ["Annie Lindqvist"]


def test_back_to_back_sessions_do_not_clash(practice, book):
    p = practice
    book(p.ana, at(5, 9))
    book(p.ben, at(5, 9, 50))
    assert len(p.svc.schedule.day(date(2026, 3, 5))) == 2


def test_client_double_booked_with_another_clinician_is_refused(practice, book):
    p = practice
    [first] = book(p.ana, at(5, 14))
    with pytest.raises(ClashError) as err:
        book(p.ana, at(5, 14, 15), clinician=p.reyes)
    assert "2:00 PM" in str(err.value) and "Dr. Okafor" in str(err.value)
    assert [c.appointment_id for c in err.value.clashes] == [first]
    book(p.ben, at(5, 14, 15), clinician=p.reyes)  # another client is fine


def test_series_refused_whole_if_any_occurrence_clashes(practice, book):
    p = practice
    book(p.ben, at(19, 10, 30))  # the third week of Ana's series
    with pytest.raises(ClashError) as err:
        book(p.ana, at(5, 10), repeat=Frequency.WEEKLY, occurrences=4)
    assert "19 Mar" in str(err.value) and "10:30 AM" in str(err.value)
    assert count(p.svc.engine, Appointment) == 1
    assert count(p.svc.engine, Series) == 0
    assert p.svc.schedule.day(date(2026, 3, 5)) == []


def test_series_length_is_bounded(practice, book):
    p = practice
    with pytest.raises(ValidationError) as err:
        book(p.ana, at(5, 10), repeat=Frequency.WEEKLY, occurrences=53)
    assert err.value.field == "occurrences"
