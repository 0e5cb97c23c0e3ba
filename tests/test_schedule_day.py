"""Reading a day: rows made without the dataclass's own __init__ are the same rows."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, asdict, fields

import pytest

from frontdesk.services.dto import ScheduleRow
from frontdesk.services.schedule_day import ROW_FIELDS, schedule_row
from tests.helpers import at


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
    with pytest.raises(FrozenInstanceError):
        row.notes = "changed"  # type: ignore[misc]
