"""What the planner reads for a batch of appointments, in a few `IN` queries, and how it
writes what it decided, in a few statements.

`load_plan_data` loads, for up to a few hundred appointment ids at once: the appointments
and their attendees, all their outbox rows, the clients who still attend (with their
consents), and for every series involved its earliest coming sessions, so the planner can
tell which session is the first coming one of its series without a query per session.
Outbox rows are read as plain rows of the columns the rules look at, not as ORM objects
(a re-plan reads every row of every appointment). `RowWrites` then writes the planner's
decisions for the batch at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Row, insert, inspect, select, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from frontdesk.models import Appointment, Client, OutboxMessage

IN_CHUNK = 500  # ids per IN (...): well inside SQLite's limit on bound parameters

# An outbox row as the planner reads it: these columns, by name (row.state, row.anchor_at…).
OutboxRow = Row
ROW_COLUMNS = (OutboxMessage.id, OutboxMessage.appointment_id, OutboxMessage.client_id,
               OutboxMessage.step, OutboxMessage.channel, OutboxMessage.anchor_at,
               OutboxMessage.due_at, OutboxMessage.useful_until, OutboxMessage.state,
               OutboxMessage.reason, OutboxMessage.sent_at, OutboxMessage.updated_at)


def in_chunks(ids: Sequence[int], size: int | None = None) -> Iterator[Sequence[int]]:
    size = size or IN_CHUNK
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


@dataclass
class PlanData:
    appointments: dict[int, Appointment] = field(default_factory=dict)
    rows: dict[int, list[OutboxRow]] = field(default_factory=dict)  # by appointment, by id
    clients: dict[int, Client] = field(default_factory=dict)
    # By series: its two earliest coming, not cancelled sessions, as (start, appointment id).
    earliest: dict[int, list[tuple[datetime, int]]] = field(default_factory=dict)

    def not_first_of_series(self, a: Appointment) -> bool:
        """True when an earlier, still coming session of the same series exists."""
        if a.series_id is None:
            return False
        for start, other in self.earliest.get(a.series_id, ()):
            if other != a.id:  # the earliest coming session other than this one
                return start < a.start_at
        return False


def load_plan_data(s: Session, ids: Sequence[int], now: datetime) -> PlanData:
    """Everything the planner needs for these appointments (ids: at most IN_CHUNK)."""
    data = PlanData()
    data.appointments = {a.id: a for a in s.scalars(
        select(Appointment).where(Appointment.id.in_(ids))
        .options(selectinload(Appointment.attendees)))}
    for row in s.execute(select(*ROW_COLUMNS).where(OutboxMessage.appointment_id.in_(ids))
                         .order_by(OutboxMessage.id)):
        data.rows.setdefault(row.appointment_id, []).append(row)
    live = [a for a in data.appointments.values() if a.cancelled_at is None]
    client_ids = sorted({at.client_id for a in live for at in a.attendees
                         if not at.attendance.is_cancelled})
    for part in in_chunks(client_ids):
        data.clients.update((c.id, c) for c in s.scalars(
            select(Client).where(Client.id.in_(part)).options(selectinload(Client.consents))))
    data.earliest = _earliest_coming(s, {a.series_id for a in live if a.series_id is not None},
                                     now)
    return data


def _earliest_coming(s: Session, series_ids: Iterable[int],
                     now: datetime) -> dict[int, list[tuple[datetime, int]]]:
    out: dict[int, list[tuple[datetime, int]]] = {}
    for part in in_chunks(sorted(series_ids)):
        found = s.execute(
            select(Appointment.series_id, Appointment.start_at, Appointment.id)
            .where(Appointment.series_id.in_(part), Appointment.cancelled_at.is_(None),
                   Appointment.start_at > now)
            .order_by(Appointment.series_id, Appointment.start_at, Appointment.id))
        for series_id, start, aid in found:
            assert series_id is not None  # chosen by series id above
            two = out.setdefault(series_id, [])
            if len(two) < 2:
                two.append((start, aid))
    return out


class RowWrites:
    """The planner's changes to a batch's outbox rows, written at the end of the batch.

    Changed rows are updated with one `UPDATE … WHERE id IN (…)` per set of new values
    (most rows of a re-plan get the same few: withdrawn for the same reason at the same
    moment, or only a new updated_at) instead of a statement per row through the unit of
    work; as the unit of work would, only the columns whose value changed are written.
    New rows go in with one executemany. A row the session holds as an object gets the
    new values as its committed state, so the session keeps seeing what the database holds.
    """

    def __init__(self, s: Session) -> None:
        self.s = s
        self._changed: dict[tuple[tuple[str, Any], ...], list[int]] = {}
        self._new: list[dict[str, Any]] = []

    def set(self, row: OutboxRow, **values: Any) -> None:
        changed = tuple((name, value) for name, value in values.items()
                        if getattr(row, name) != value)
        if changed:
            self._changed.setdefault(changed, []).append(row.id)
        held = self.s.identity_map.get(_OUTBOX.identity_key_from_primary_key((row.id,)))
        if held is not None:
            for name, value in values.items():
                set_committed_value(held, name, value)

    def add(self, **values: Any) -> None:
        self._new.append(values)

    def write(self) -> None:
        for values, ids in self._changed.items():
            for part in in_chunks(ids):
                self.s.execute(update(OutboxMessage).where(OutboxMessage.id.in_(part))
                               .values(dict(values))
                               .execution_options(synchronize_session=False))
        if self._new:
            # SQLAlchemy types __table__ as a FromClause; a mapped class's is a Table.
            self.s.execute(insert(OutboxMessage.__table__), self._new)  # type: ignore[arg-type]
        self._changed, self._new = {}, []


_OUTBOX = inspect(OutboxMessage)
