"""Reading a day: the rows equal the ones worked out from scratch, after any change, and
rows made without the dataclass's own __init__ are the same rows."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, asdict, fields, replace
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from frontdesk.domain import Attendance, Frequency
from frontdesk.models import Appointment, AppointmentType, Client, Clinician
from frontdesk.services.calendar_rules import day_bounds
from frontdesk.services.dto import ScheduleRow
from frontdesk.services.inbox.flags import reply_flags
from frontdesk.services.schedule_day import (
    CANCELLED,
    ROW_FIELDS,
    forget_built_rows,
    schedule_row,
)
from tests.helpers import BOSTON, at, client_writes
from tests.test_place_message import BEN, from_scratch


def test_rows_are_the_dataclass_own(practice, book):
    book([practice.ana, practice.ben], at(6, 14), kind=practice.group)
    book(practice.cleo, at(6, 10), clinician=practice.reyes)
    rows = practice.svc.schedule.day(at(6, 10).date())
    assert len(rows) == 3
    for row in rows:
        assert type(row) is ScheduleRow
        assert row == ScheduleRow(**asdict(row))
        assert set(vars(row)) == {f.name for f in fields(ScheduleRow)}
    assert tuple(f.name for f in fields(ScheduleRow)) == ROW_FIELDS


def test_a_row_is_still_frozen():
    row = schedule_row(*range(len(ROW_FIELDS)))
    assert row == ScheduleRow(*range(len(ROW_FIELDS)))  # each value in its own field
    assert tuple(vars(row)) == ROW_FIELDS
    with pytest.raises(FrozenInstanceError):
        row.notes = "changed"  # type: ignore[misc]


def expected_day(svc, day, tz=BOSTON, clinician_id=None, search=""):
    """The day's rows worked out from the ORM objects, in Python: what day() must return."""
    lo, hi = day_bounds(day, tz)
    lines = from_scratch(svc, tz)
    words = [w.lower() for w in search.split()]
    with Session(svc.engine) as s:
        sessions = s.scalars(select(Appointment).where(
            Appointment.start_at >= lo, Appointment.start_at < hi)).all()
        found = []
        for a in sessions:
            if clinician_id is not None and a.clinician_id != clinician_id:
                continue
            clinician = s.get_one(Clinician, a.clinician_id)
            kind = s.get_one(AppointmentType, a.type_id)
            live = sum(p.attendance not in CANCELLED for p in a.attendees)
            for place in a.attendees:
                c = s.get_one(Client, place.client_id)
                names = " ".join((c.first_name, c.last_name, c.preferred_name or "")).lower()
                if any(w not in names for w in words):
                    continue
                found.append(((a.start_at, clinician.display_name, place.id), ScheduleRow(
                    a.id, c.id, a.start_at.astimezone(tz), a.end_at.astimezone(tz),
                    f"{c.preferred_name or c.first_name} {c.last_name}", clinician.id,
                    clinician.display_name, kind.name, a.modality, place.confirmation,
                    place.attendance, max(live, 1), a.series_id is not None,
                    bool(a.telehealth_link), a.location, a.notes,
                    lines.get((a.id, c.id), ""))))
        places = [(row.appointment_id, row.client_id) for _, row in found]
        flags = reply_flags(s, places)
    return [replace(row, flags=flags.get((row.appointment_id, row.client_id), ()))
            for _, row in sorted(found, key=lambda pair: pair[0])]


def same_as_from_scratch(svc, day, tz=BOSTON):
    rows = svc.schedule.day(day)
    assert rows == expected_day(svc, day, tz)
    for clinician_id in {row.clinician_id for row in rows}:
        assert svc.schedule.day(day, clinician_id) == expected_day(svc, day, tz, clinician_id)
    assert svc.schedule.day(day, search="annie") == expected_day(svc, day, tz, search="annie")
    return rows


def test_a_day_equals_its_rows_worked_out_from_scratch(practice, book, clock):
    svc = practice.svc
    day = at(6, 9).date()
    group = book([practice.ana, practice.ben, practice.cleo], at(6, 14), kind=practice.group)[0]
    book(practice.ben, at(6, 9), clinician=practice.reyes, kind=practice.tele,
         telehealth_link="https://video.example.org/s/1", repeat=Frequency.WEEKLY,
         occurrences=3)
    single = book(practice.cleo, at(6, 11), notes="first visit")[0]
    svc.schedule.cancel(group, "reception", client_id=practice.cleo.id)
    client_writes(svc, BEN, "I am running late")
    rows = same_as_from_scratch(svc, day)
    assert len(rows) == 5 and any(row.flags for row in rows)

    # The same day again, after changes of every kind the rows are built from.
    with Session(svc.engine) as s, s.begin():
        s.get_one(Client, practice.ana.id).preferred_name = "Anya"
        s.get_one(Clinician, practice.okafor.id).display_name = "Dr. M. Okafor"
    svc.schedule.reschedule(single, at(6, 16), "reception")
    svc.schedule.cancel(group, "reception", client_id=practice.ben.id)
    rows = same_as_from_scratch(svc, day)
    assert {row.client_name for row in rows} >= {"Anya Lindqvist"}
    assert [row.start.hour for row in rows if row.appointment_id == single] == [16]
    assert {row.group_size for row in rows if row.appointment_id == group} == {1}

    # Another time zone: the same stored rows, other local times.
    with Session(svc.engine) as s, s.begin():
        s.execute(text("UPDATE practice_settings SET timezone = 'America/Los_Angeles'"))
    pacific = ZoneInfo("America/Los_Angeles")
    rows = same_as_from_scratch(svc, day, pacific)
    assert rows and all(row.start.tzinfo == pacific for row in rows)


def test_a_row_built_before_is_reused_and_never_stale(practice, book):
    appointment = book(practice.ana, at(4, 10))[0]
    day = at(4, 10).date()
    first = practice.svc.schedule.day(day)
    again = practice.svc.schedule.day(day)
    assert again == first and again[0] is first[0]
    practice.svc.schedule.mark_arrived(appointment, practice.ana.id, "reception")
    assert practice.svc.schedule.day(day)[0].attendance is Attendance.ARRIVED
    forget_built_rows()
    assert practice.svc.schedule.day(day)[0] is not first[0]


def test_rows_built_again_reuse_the_times_and_lines_kept(practice, book, clock):
    book(practice.ana, at(4, 10))
    day = at(4, 10).date()
    first = practice.svc.schedule.day(day)[0]
    assert first.last_message  # a planned message: its line is kept too
    forget_built_rows(rows_only=True)
    again = practice.svc.schedule.day(day)[0]
    assert again == first and again is not first
    assert again.start is first.start and again.last_message is first.last_message
    forget_built_rows()
    fresh = practice.svc.schedule.day(day)[0]
    assert fresh == first and fresh.start is not first.start


def test_the_name_shown_is_the_preferred_one_when_there_is_one(practice, book):
    book([practice.ana, practice.ben], at(4, 10), kind=practice.group)
    day = at(4, 10).date()
    with Session(practice.svc.engine) as s, s.begin():
        s.get_one(Client, practice.ana.id).preferred_name = ""
        s.get_one(Client, practice.ben.id).preferred_name = "Benji"
        ana, ben = s.get_one(Client, practice.ana.id), s.get_one(Client, practice.ben.id)
        names = {f"{ana.first_name} {ana.last_name}", f"Benji {ben.last_name}"}
    assert {row.client_name for row in practice.svc.schedule.day(day)} == names
