"""The "Last message" of every place, kept on the attendee row by SQLite triggers.

The schedule's day view shows, for each client's place in a session, the latest message
that went out (or was tried) or else the next one planned. Working that out at read time
means reading every outbox row of the day; instead, triggers on `outbox_message` keep the
place's line (`attendee.msg_*`) right whenever one of its rows is inserted, changes in a
way the line depends on, or is deleted, inside the writer's own transaction: every writer
(planner, dispatcher, reconcile, status poll, resend, replies, bulk loads) keeps it right
without knowing it exists. A new attendee row, or one moved to another place, picks up the
rows already there.

The choice, as `tests/test_place_message.py` computes it from scratch: among the place's
rows that went out or were tried (sending, sent, delivered, undelivered, failed,
uncertain) the one changed last (`updated_at`, then the lowest id); if there is none, the
planned row due first (then the lowest id).

Working a place out from all of its rows costs more than the insert that wrote the row, so
the triggers compare the row with the stored line and work the place out only when that
cannot tell the answer:
- a row that can never be the line (skipped, withdrawn) fires nothing;
- a row that beats the line outright becomes it by a plain update: the place's first row,
  a planned row due before the planned line, a row that went where only planned ones were;
- a planned row due after the line, or beside a line that went, changes nothing; nor does
  one due at the same time as the line when no row has a higher id (the lower id wins a
  tie, so a new row of a bulk insert loses it);
- a row that leaves a place (changed, moved to another place, deleted) changes nothing
  unless it may be the line itself (the line has its values);
- otherwise (the row may have been the line, a tie the line cannot break since it keeps
  no id, or a row that went beside a line that went, ordered by an `updated_at` the line
  does not keep) the place is worked out again from its rows.
Each step leaves the stored line equal to the answer, so the next one can trust it.

Migration 5c2c7c284e50 created these (replacing ad632a86480a's, which worked the place out
on every change), 12f1b75a0cf8 let a bulk insert skip the insert trigger and work its
places out once (`PLACES_OF`) instead; this is the canonical text
(tests/test_place_message.py checks a new database has exactly it).
"""

from __future__ import annotations

_SHOWN = ("planned", "sending", "sent", "delivered", "undelivered", "failed", "uncertain")
_COLUMNS = "(msg_state, msg_step, msg_channel, msg_at, msg_recorded_only)"


def _shown(row: str) -> str:
    """True when the row is in a state a line shows. Comparisons rather than IN (…): a
    trigger would build the IN list's lookup table again each time it runs."""
    return "(" + " OR ".join(f"{row}.state = '{state}'" for state in _SHOWN) + ")"


def _at(row: str) -> str:
    return (f"CASE {row}.state WHEN 'planned' THEN {row}.due_at "
            f"ELSE coalesce({row}.sent_at, {row}.updated_at) END")


def _recorded_only(row: str) -> str:
    return (f"{row}.state != 'planned' "
            f"AND substr(coalesce({row}.provider_id, ''), 1, 6) = 'local-'")


def _values(row: str) -> str:
    """The line a row gives its place, in `_COLUMNS` order."""
    return f"{row}.state, {row}.step, {row}.channel, {_at(row)}, {_recorded_only(row)}"


def _summary(appointment: str, client: str, also: str = "") -> str:
    """The statement that works one place's line out from all of its rows (a no-op when
    there is no place)."""
    return (
        f"UPDATE attendee SET {_COLUMNS} = ("
        f"SELECT {_values('m')} FROM outbox_message m "
        f"WHERE m.appointment_id = {appointment} AND m.client_id = {client} "
        f"AND {_shown('m')} "
        "ORDER BY m.state = 'planned', "
        "CASE m.state WHEN 'planned' THEN m.due_at END, "
        "CASE m.state WHEN 'planned' THEN NULL ELSE m.updated_at END DESC, m.id LIMIT 1) "
        f"WHERE appointment_id = {appointment} AND client_id = {client}{also};"
    )


def _is_line(row: str) -> str:
    """The stored line has this row's values: the row may be the line."""
    return (f"msg_state IS {row}.state AND msg_step IS {row}.step "
            f"AND msg_channel IS {row}.channel AND msg_at IS {_at(row)} "
            f"AND msg_recorded_only IS ({_recorded_only(row)})")


# NEW beats the stored line outright: there is none, or it is planned and NEW went or is
# due strictly before it.
_BEATS = (f"{_shown('NEW')} AND (msg_state IS NULL OR msg_state = 'planned' "
          "AND (NEW.state != 'planned' OR NEW.due_at < msg_at))")
# The stored line cannot place NEW: a planned row due at the same time as a planned line,
# or a row that went beside a line that went.
_UNDECIDED = (f"{_shown('NEW')} AND (NEW.state = 'planned' AND msg_state = 'planned' "
              "AND msg_at = NEW.due_at OR NEW.state != 'planned' AND msg_state != 'planned')")
# A new planned row with the highest id loses every tie, so only these may need the place
# worked out again.
_MAY_TIE = "(NEW.state != 'planned' OR NEW.id < (SELECT max(o.id) FROM outbox_message o))"
_SAME_PLACE = ("OLD.appointment_id IS NEW.appointment_id "
               "AND OLD.client_id IS NEW.client_id")
# An update that keeps the row's place, rank and line (a planned row's new updated_at, a
# body, an attempt count) leaves every line as it was.
_UNCHANGED = (f"OLD.id IS NEW.id AND {_SAME_PLACE} AND OLD.state IS NEW.state "
              "AND OLD.step IS NEW.step AND OLD.channel IS NEW.channel "
              "AND CASE WHEN NEW.state = 'planned' THEN OLD.due_at IS NEW.due_at "
              "ELSE OLD.sent_at IS NEW.sent_at AND OLD.updated_at IS NEW.updated_at "
              "AND OLD.provider_id IS NEW.provider_id END")
_HAS_PLACE = "{0}.appointment_id IS NOT NULL AND {0}.client_id IS NOT NULL"
_HAS_ROWS = ("EXISTS (SELECT 1 FROM outbox_message o WHERE o.appointment_id = {0}.appointment_id "
             "AND o.client_id = {0}.client_id)")
# NEW as the line where it beats it. Runs after any working out in the same trigger, which
# already counted NEW, so it never undoes one.
_TAKE_NEW = (f"UPDATE attendee SET {_COLUMNS} = ({_values('NEW')}) "
             f"WHERE appointment_id = NEW.appointment_id AND client_id = NEW.client_id "
             f"AND {_BEATS};")
_OLD_MAY_BE_LINE = f"{_shown('OLD')} AND {_is_line('OLD')}"

# A writer that sets its places' lines itself after a bulk insert holds a row in
# outbox_bulk_insert meanwhile (models/outbox.py); its rows fire no insert trigger.
NOT_BULK = "NOT EXISTS (SELECT 1 FROM outbox_bulk_insert)"

TRIGGERS: dict[str, str] = {
    "place_message_outbox_insert":
        "CREATE TRIGGER place_message_outbox_insert AFTER INSERT ON outbox_message "
        f"WHEN {NOT_BULK} AND {_HAS_PLACE.format('NEW')} AND {_shown('NEW')} BEGIN "
        + _summary("NEW.appointment_id", "NEW.client_id", f" AND {_MAY_TIE} AND {_UNDECIDED}")
        + f" {_TAKE_NEW} END",
    "place_message_outbox_update":
        "CREATE TRIGGER place_message_outbox_update AFTER UPDATE OF id, appointment_id, "
        "client_id, step, channel, state, due_at, sent_at, updated_at, provider_id "
        "ON outbox_message "
        f"WHEN ({_HAS_PLACE.format('OLD')} AND {_shown('OLD')} "
        f"OR {_HAS_PLACE.format('NEW')} AND {_shown('NEW')}) AND NOT ({_UNCHANGED}) BEGIN "
        # The place it moved out of, where it may have been the line.
        + _summary("OLD.appointment_id", "OLD.client_id",
                   f" AND NOT ({_SAME_PLACE}) AND {_OLD_MAY_BE_LINE}")
        # The place it is in, where it may have been the line (and does not now beat it
        # anyway) or the line cannot place it.
        + " " + _summary("NEW.appointment_id", "NEW.client_id",
                         f" AND NOT ({_BEATS}) AND ({_UNDECIDED} "
                         f"OR {_SAME_PLACE} AND {_OLD_MAY_BE_LINE})")
        + f" {_TAKE_NEW} END",
    "place_message_outbox_delete":
        "CREATE TRIGGER place_message_outbox_delete AFTER DELETE ON outbox_message "
        f"WHEN {_HAS_PLACE.format('OLD')} AND {_shown('OLD')} BEGIN "
        + _summary("OLD.appointment_id", "OLD.client_id", f" AND {_is_line('OLD')}")
        + " END",
    "place_message_attendee_insert":
        "CREATE TRIGGER place_message_attendee_insert AFTER INSERT ON attendee "
        f"WHEN {_HAS_ROWS.format('NEW')} "
        f"BEGIN {_summary('NEW.appointment_id', 'NEW.client_id')} END",
    "place_message_attendee_update":
        "CREATE TRIGGER place_message_attendee_update AFTER UPDATE OF appointment_id, "
        f"client_id ON attendee WHEN NOT ({_SAME_PLACE}) "
        f"BEGIN {_summary('NEW.appointment_id', 'NEW.client_id')} END",
}

# Works every place with messages or a line out at once: what the triggers above start
# from when a migration creates them (a place with a line but no rows left gets none).
BACKFILL = _summary("attendee.appointment_id", "attendee.client_id").replace(
    "WHERE appointment_id = attendee.appointment_id AND client_id = attendee.client_id;",
    f"WHERE msg_state IS NOT NULL OR {_HAS_ROWS.format('attendee')};")

# Works out every place of the appointments whose ids are in the JSON list given: what a
# bulk insert that skipped the insert trigger runs once its rows are in.
PLACES_OF = _summary("attendee.appointment_id", "attendee.client_id").replace(
    "WHERE appointment_id = attendee.appointment_id AND client_id = attendee.client_id;",
    "WHERE appointment_id IN (SELECT value FROM json_each(?))")
