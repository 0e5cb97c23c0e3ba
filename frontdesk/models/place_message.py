"""The "Last message" of every place, kept on the attendee row by SQLite triggers.

The schedule's day view shows, for each client's place in a session, the latest message
that went out (or was tried) or else the next one planned. Working that out at read time
means reading every outbox row of the day; instead, triggers on `outbox_message` recompute
the place's summary (`attendee.msg_*`) whenever one of its rows is inserted, changes in a
way the summary depends on, or is deleted, inside the writer's own transaction: every
writer (planner, dispatcher, reconcile, status poll, resend, replies, bulk loads) keeps it
right without knowing it exists. A new attendee row picks up rows already there.

The choice, as `tests/test_place_message.py` computes it from scratch: among the place's
rows that went out or were tried (sending, sent, delivered, undelivered, failed,
uncertain) the one changed last (`updated_at`, then the lowest id); if there is none, the
planned row due first (then the lowest id). Created by migration ad632a86480a; this is the
canonical text (tests/test_place_message.py checks a new database has exactly it).
"""

from __future__ import annotations

WENT = "'sending', 'sent', 'delivered', 'undelivered', 'failed', 'uncertain'"


def _summary(appointment: str, client: str, also: str = "") -> str:
    """The statement that recomputes one place's summary (a no-op when there is no place)."""
    return (
        "UPDATE attendee SET (msg_state, msg_step, msg_channel, msg_at, msg_recorded_only) = ("
        "SELECT m.state, m.step, m.channel, "
        "CASE m.state WHEN 'planned' THEN m.due_at ELSE coalesce(m.sent_at, m.updated_at) END, "
        "m.state != 'planned' AND substr(coalesce(m.provider_id, ''), 1, 6) = 'local-' "
        "FROM outbox_message m "
        f"WHERE m.appointment_id = {appointment} AND m.client_id = {client} "
        f"AND m.state IN ('planned', {WENT}) "
        "ORDER BY m.state = 'planned', "
        "CASE m.state WHEN 'planned' THEN m.due_at END, "
        "CASE m.state WHEN 'planned' THEN NULL ELSE m.updated_at END DESC, m.id LIMIT 1) "
        f"WHERE appointment_id = {appointment} AND client_id = {client}{also};"
    )


_KEY_CHANGED = (" AND (OLD.appointment_id IS NOT NEW.appointment_id "
                "OR OLD.client_id IS NOT NEW.client_id)")
_HAS_ROWS = ("EXISTS (SELECT 1 FROM outbox_message o WHERE o.appointment_id = {0}.appointment_id "
             "AND o.client_id = {0}.client_id)")

TRIGGERS: dict[str, str] = {
    "place_message_outbox_insert":
        "CREATE TRIGGER place_message_outbox_insert AFTER INSERT ON outbox_message "
        "WHEN NEW.appointment_id IS NOT NULL AND NEW.client_id IS NOT NULL "
        f"BEGIN {_summary('NEW.appointment_id', 'NEW.client_id')} END",
    "place_message_outbox_update":
        "CREATE TRIGGER place_message_outbox_update AFTER UPDATE OF appointment_id, client_id, "
        "step, channel, state, due_at, sent_at, updated_at, provider_id ON outbox_message "
        "WHEN NEW.appointment_id IS NOT NULL OR OLD.appointment_id IS NOT NULL "
        f"BEGIN {_summary('NEW.appointment_id', 'NEW.client_id')} "
        f"{_summary('OLD.appointment_id', 'OLD.client_id', _KEY_CHANGED)} END",
    "place_message_outbox_delete":
        "CREATE TRIGGER place_message_outbox_delete AFTER DELETE ON outbox_message "
        "WHEN OLD.appointment_id IS NOT NULL "
        f"BEGIN {_summary('OLD.appointment_id', 'OLD.client_id')} END",
    "place_message_attendee_insert":
        "CREATE TRIGGER place_message_attendee_insert AFTER INSERT ON attendee "
        f"WHEN {_HAS_ROWS.format('NEW')} "
        f"BEGIN {_summary('NEW.appointment_id', 'NEW.client_id')} END",
}

# Fills every place that has messages at once (the migration that adds the columns).
BACKFILL = _summary("attendee.appointment_id", "attendee.client_id").replace(
    "WHERE appointment_id = attendee.appointment_id AND client_id = attendee.client_id;",
    f"WHERE {_HAS_ROWS.format('attendee')};")
