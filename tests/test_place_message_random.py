"""Random sequences of outbox and attendee writes, straight in SQL, leave every place's kept
line (`attendee.msg_*`) equal to the one worked out from scratch after each write: all
states, equal times and ids that decide ties, rows moved between places and to none, bulk
updates, deletes, places added, removed and moved; and the migration that brings the
triggers in starts them from right lines whatever the database held."""

from __future__ import annotations

import random

import pytest
from alembic import command
from sqlalchemy import Connection, text

from frontdesk.models import migrate
from frontdesk.models.place_message import TRIGGERS
from tests.helpers import at

SHOWN = ("planned", "sending", "sent", "delivered", "undelivered", "failed", "uncertain")
STATES = (*SHOWN, "skipped", "withdrawn")
# Few distinct times, so rows often tie on due_at and updated_at.
TIMES = tuple(f"2026-03-0{day} 1{hour}:00:00.000000" for day in (3, 4) for hour in (0, 1))
PROVIDERS = (None, "SM0001", "local-0001")
BEFORE_THESE_TRIGGERS = "ad632a86480a"
COLUMNS = ("uid", "appointment_id", "client_id", "step", "channel", "anchor_at", "due_at",
           "useful_until", "state", "attempts", "reason", "body", "planned_at", "updated_at",
           "sent_at", "provider_id")


def expected_lines(conn: Connection) -> dict[tuple[int, int], tuple]:
    """Each place's line from all of its rows, in Python: the row that went (or was tried)
    with the latest updated_at, then the lowest id; else the planned row due first, then
    the lowest id."""
    best: dict[tuple[int, int], tuple[tuple, tuple]] = {}
    for (row_id, appointment_id, client_id, state, step, channel, due_at, sent_at, updated_at,
         provider_id) in conn.execute(text(
            "SELECT id, appointment_id, client_id, state, step, channel, due_at, sent_at, "
            "updated_at, provider_id FROM outbox_message")):
        if appointment_id is None or client_id is None or state not in SHOWN:
            continue
        went = state != "planned"
        # Smaller ranks first: any row that went before any planned one.
        rank = ((0, _descending(updated_at), row_id) if went else (1, due_at, row_id))
        line = (state, step, channel, (sent_at or updated_at) if went else due_at,
                int(went and (provider_id or "").startswith("local-")))
        place = (appointment_id, client_id)
        if place not in best or rank < best[place][0]:
            best[place] = (rank, line)
    return {place: line for place, (_rank, line) in best.items()}


def _descending(moment: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in moment)


def kept_lines(conn: Connection) -> dict[tuple[int, int], tuple]:
    return {(row[0], row[1]): tuple(row[2:]) for row in conn.execute(text(
        "SELECT appointment_id, client_id, msg_state, msg_step, msg_channel, msg_at, "
        "msg_recorded_only FROM attendee"))}


def assert_lines_right(conn: Connection, what: str) -> None:
    expected = expected_lines(conn)
    for place, line in kept_lines(conn).items():
        assert line == expected.get(place, (None,) * 5), f"{what}: place {place}"


class Writer:
    """Random writes to a practice's outbox and places, in one transaction."""

    def __init__(self, conn: Connection, rnd: random.Random, appointments: list[int],
                 clients: list[int]) -> None:
        self.conn, self.rnd = conn, rnd
        self.places = [(a, c) for a in appointments for c in clients]
        self.clients = clients
        self.count = 0

    def ids(self) -> list[int]:
        return list(self.conn.execute(text("SELECT id FROM outbox_message")).scalars())

    def row(self) -> dict[str, object]:
        rnd = self.rnd
        self.count += 1
        appointment_id, client_id = rnd.choice(self.places)
        state = rnd.choice((*STATES, "planned", "planned", "planned"))
        return {
            "uid": f"random-{self.count}",
            "appointment_id": None if rnd.random() < 0.03 else appointment_id,
            "client_id": None if rnd.random() < 0.05 else client_id,
            "step": rnd.choice(("booking_confirmation", "reminder_48h")),
            "channel": rnd.choice(("sms", "email")), "anchor_at": f"anchor {self.count}",
            "due_at": rnd.choice(TIMES), "useful_until": TIMES[-1], "state": state,
            "attempts": 0, "reason": "", "body": "", "planned_at": TIMES[0],
            "updated_at": rnd.choice(TIMES),
            "sent_at": None if state == "planned" else rnd.choice((None, *TIMES)),
            "provider_id": rnd.choice(PROVIDERS)}

    def insert(self, rows: list[dict[str, object]]) -> str:
        self.conn.execute(text(
            f"INSERT INTO outbox_message ({', '.join(COLUMNS)}) "
            f"VALUES ({', '.join(':' + name for name in COLUMNS)})"), rows)
        return f"insert {rows}"

    def update_one(self) -> str:
        rnd = self.rnd
        row_id = rnd.choice(self.ids())
        values: dict[str, object] = {}
        for name, choices in (("state", STATES), ("due_at", TIMES), ("updated_at", TIMES),
                              ("sent_at", (None, *TIMES)), ("provider_id", PROVIDERS),
                              ("step", ("booking_confirmation", "reminder_48h", "thanks")),
                              ("channel", ("sms", "email"))):
            if rnd.random() < 0.3:
                values[name] = rnd.choice(choices)
        if rnd.random() < 0.1:  # to another place (or to none)
            values["appointment_id"], values["client_id"] = rnd.choice(self.places)
            if rnd.random() < 0.2:
                values["client_id"] = None
        if rnd.random() < 0.04:  # a new id: ties between rows turn on ids
            self.count += 1
            values["id"] = rnd.choice((max(self.ids()) + 1, -self.count))
        if values.keys() & {"step", "channel", "appointment_id", "client_id"}:
            self.count += 1  # the plan's key stays unique
            values["anchor_at"] = f"anchor {self.count}"
        if rnd.random() < 0.1 or not values:
            values["body"] = "changed"
        sets = ", ".join(f"{name} = :{name}" for name in values)
        self.conn.execute(text(f"UPDATE outbox_message SET {sets} WHERE id = :row_id"),
                          {**values, "row_id": row_id})
        return f"update {row_id} {values}"

    def update_many(self) -> str:
        rnd = self.rnd
        appointment_id = rnd.choice(self.places)[0]
        if rnd.random() < 0.5:
            moment = rnd.choice(TIMES)
            self.conn.execute(text(
                "UPDATE outbox_message SET due_at = :t, updated_at = :t "
                "WHERE appointment_id = :a AND state = 'planned'"),
                {"t": moment, "a": appointment_id})
            return f"all planned of {appointment_id} due {moment}"
        state = rnd.choice(("withdrawn", "sent", "delivered"))
        self.conn.execute(text(
            "UPDATE outbox_message SET state = :s, updated_at = :t "
            "WHERE appointment_id = :a AND state IN ('planned', 'sending', 'sent')"),
            {"s": state, "t": rnd.choice(TIMES), "a": appointment_id})
        return f"all of {appointment_id} {state}"

    def delete(self) -> str:
        if self.rnd.random() < 0.8:
            row_id = self.rnd.choice(self.ids())
            self.conn.execute(text("DELETE FROM outbox_message WHERE id = :i"), {"i": row_id})
            return f"delete {row_id}"
        appointment_id, client_id = self.rnd.choice(self.places)
        self.conn.execute(text("DELETE FROM outbox_message WHERE appointment_id = :a "
                               "AND client_id = :c"), {"a": appointment_id, "c": client_id})
        return f"delete all of {(appointment_id, client_id)}"

    def place(self) -> str:
        """Add a place, remove one, or move one to a free place."""
        taken = set(kept_lines(self.conn))
        free = [p for p in self.places if p not in taken]
        choice = self.rnd.random()
        if free and (choice < 0.4 or not taken):
            appointment_id, client_id = self.rnd.choice(free)
            self.conn.execute(text(
                "INSERT INTO attendee (appointment_id, client_id, confirmation, attendance, "
                "booked_at, cancel_reason) VALUES (:a, :c, 'unconfirmed', 'booked', "
                "'2026-03-02 13:00:00.000000', '')"), {"a": appointment_id, "c": client_id})
            return f"add place {(appointment_id, client_id)}"
        old = self.rnd.choice(sorted(taken))
        if free and choice < 0.7:
            new = self.rnd.choice(free)
            self.conn.execute(text(
                "UPDATE attendee SET appointment_id = :na, client_id = :nc "
                "WHERE appointment_id = :a AND client_id = :c"),
                {"na": new[0], "nc": new[1], "a": old[0], "c": old[1]})
            return f"move place {old} to {new}"
        self.conn.execute(text("DELETE FROM attendee WHERE appointment_id = :a "
                               "AND client_id = :c"), {"a": old[0], "c": old[1]})
        return f"remove place {old}"

    def step(self) -> str:
        choice = self.rnd.random()
        if choice < 0.35 or not self.ids():
            return self.insert([self.row()])
        if choice < 0.40:
            return self.insert([self.row() for _ in range(self.rnd.randint(2, 6))])
        if choice < 0.75:
            return self.update_one()
        if choice < 0.83:
            return self.update_many()
        if choice < 0.93:
            return self.delete()
        return self.place()


@pytest.fixture
def places(practice, book) -> tuple[list[int], list[int]]:
    """Two group sessions and a solo one (already planned by the planner), three clients:
    nine places, seven of them booked."""
    clients = [practice.ana, practice.ben, practice.cleo]
    appointments = [book(clients, at(6, 14), kind=practice.group)[0],
                    book(clients, at(13, 14), kind=practice.group)[0],
                    book(practice.ana, at(6, 10))[0]]
    return appointments, [c.id for c in clients]


@pytest.mark.parametrize("seed", range(6))
def test_random_writes_keep_every_line_right(practice, places, seed):
    appointments, clients = places
    rnd = random.Random(seed)
    with practice.svc.engine.begin() as conn:
        writer = Writer(conn, rnd, appointments, clients)
        assert_lines_right(conn, "as booked")
        shown: set[str | None] = set()
        for number in range(250):
            what = writer.step()
            assert_lines_right(conn, f"seed {seed}, write {number}: {what}")
            shown |= {line[0] for line in kept_lines(conn).values()}
        # The writes reached what they are meant to: rows in every state, and lines of
        # each kind (none, planned, gone out or tried).
        states = set(conn.execute(text("SELECT DISTINCT state FROM outbox_message")).scalars())
        assert states == set(STATES)
        assert {None, "planned"} < shown


def test_a_planned_row_that_ties_is_placed_by_its_id(practice, places):
    """Equal due times: the lower id is the line, whichever order the rows came in."""
    appointments, clients = places
    with practice.svc.engine.begin() as conn:
        conn.execute(text("DELETE FROM outbox_message"))
        writer = Writer(conn, random.Random(0), appointments, clients)
        first, second = writer.row(), writer.row()
        for row, step in ((first, "reminder_48h"), (second, "booking_confirmation")):
            row.update(appointment_id=appointments[0], client_id=clients[0], step=step,
                       state="planned", due_at=TIMES[1])
        writer.insert([first, second])
        line = kept_lines(conn)[(appointments[0], clients[0])]
        assert line[:2] == ("planned", "reminder_48h")
        # A row written with a lower id than the line's takes the tie.
        second.update(uid="random-lower", anchor_at="lower")
        conn.execute(text(
            f"INSERT INTO outbox_message (id, {', '.join(COLUMNS)}) "
            f"VALUES (-1, {', '.join(':' + name for name in COLUMNS)})"), second)
        line = kept_lines(conn)[(appointments[0], clients[0])]
        assert line[:2] == ("planned", "booking_confirmation")
        assert_lines_right(conn, "ties")


def test_the_migration_starts_the_triggers_from_right_lines(practice, places):
    """Lines that a database holds wrongly (a place moved while nothing kept it) are worked
    out again when the triggers that trust them come in; the downgrade puts back the
    triggers that did not."""
    appointments, clients = places
    config = migrate.alembic_config()
    with practice.svc.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, BEFORE_THESE_TRIGGERS)
        names = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                      "AND name LIKE 'place_message%'")).scalars())
        assert names == set(TRIGGERS) - {"place_message_attendee_update"}
        # A place with a line but no rows, and one with a line no row gives.
        conn.execute(text("DELETE FROM outbox_message WHERE appointment_id = :a "
                          "AND client_id = :c"), {"a": appointments[0], "c": clients[0]})
        conn.execute(text("UPDATE attendee SET msg_state = 'sent', msg_step = 'stale', "
                          "msg_channel = 'sms', msg_at = :t, msg_recorded_only = 0 "
                          "WHERE appointment_id IN (:a, :b)"),
                     {"t": TIMES[0], "a": appointments[0], "b": appointments[1]})
        command.upgrade(config, "head")
        assert_lines_right(conn, "after the upgrade")
        assert kept_lines(conn)[(appointments[0], clients[0])] == (None,) * 5
        # The new triggers go on from there.
        writer = Writer(conn, random.Random(7), appointments, clients)
        for number in range(40):
            what = writer.step()
            assert_lines_right(conn, f"write {number}: {what}")
