"""The query planner has statistics: after migrations and `migrate.optimize`, the schedule
check's series-cancellations query reads the recent cancellations, not every client's places.

The history is written with Core inserts (a few seconds); the query is the one
`DeskItemService.raise_series_cancel_items` really runs, captured as it runs."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from sqlalchemy import event, insert

from frontdesk.domain import Attendance, Confirmation, Frequency, Modality
from frontdesk.models import Appointment, Attendee, Client, Series, migrate
from frontdesk.models.database import writer

PLACES = 40_000
CLIENTS = 800
FIRST_CLIENT = 100  # after the practice fixture's own clients


def write_history(svc, practice) -> None:
    """PLACES weekly places of CLIENTS clients over the past years, ~9% cancelled."""
    rng = random.Random(13)
    now = svc.clock.now()
    series_rows, appointment_rows, attendee_rows = [], [], []
    per_client = PLACES // CLIENTS
    for client in range(CLIENTS):
        series_id = client + 1
        series_rows.append(dict(id=series_id, frequency=Frequency.WEEKLY,
                                occurrences=per_client, created_at=now))
        for week in range(per_client):
            start = now - timedelta(weeks=week + 1, hours=rng.randrange(0, 9))
            cancelled = rng.random() < 0.09
            appointment_id = len(appointment_rows) + 1
            appointment_rows.append(dict(
                id=appointment_id, clinician_id=practice.okafor.id, type_id=practice.individual.id,
                start_at=start, end_at=start + timedelta(minutes=50),
                modality=Modality.IN_PERSON, series_id=series_id,
                cancelled_at=start - timedelta(days=1) if cancelled else None,
                created_at=start, updated_at=start))
            attendee_rows.append(dict(
                appointment_id=appointment_id, client_id=FIRST_CLIENT + client,
                confirmation=Confirmation.CONFIRMED, booked_at=start - timedelta(days=7),
                attendance=Attendance.CANCELLED if cancelled else Attendance.ARRIVED,
                cancelled_at=start - timedelta(days=1) if cancelled else None))
    with writer(svc.engine).begin() as conn:
        conn.execute(insert(Client), [dict(id=FIRST_CLIENT + i, first_name="C", last_name="X",
                                           created_at=now) for i in range(CLIENTS)])
        conn.execute(insert(Series), series_rows)
        conn.execute(insert(Appointment), appointment_rows)
        conn.execute(insert(Attendee), attendee_rows)


def series_cancel_plan(svc) -> str:
    """EXPLAIN QUERY PLAN of the SELECT that raise_series_cancel_items runs."""
    seen: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "GROUP BY" in statement:
            seen.append((statement, parameters))

    engine = svc.engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        svc.desk.raise_series_cancel_items()
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert len(seen) == 1, seen
    statement, parameters = seen[0]
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    return "\n".join(str(row[-1]) for row in rows)


@pytest.fixture
def history(practice):
    write_history(practice.svc, practice)
    return practice.svc


def test_series_cancel_query_reads_recent_cancellations_once_statistics_exist(history):
    engine = history.engine
    before = series_cancel_plan(history)
    analyzed = migrate.optimize(engine)
    after = series_cancel_plan(history)
    print(f"without statistics:\n{before}\nwith statistics:\n{after}")
    assert "attendee" in analyzed and "appointment" in analyzed
    assert "ix_attendee_cancelled" in after, after
    assert "ix_attendee_cancelled" not in before, before  # the guess it made without them
    again = migrate.optimize(engine)  # nothing changed since: the big tables are left alone
    assert "attendee" not in again and "appointment" not in again, again


def test_a_new_database_is_optimized_without_error(services):
    """Right after the migrations: empty tables, nothing worth analyzing yet."""
    assert "attendee" not in migrate.optimize(services.engine)
