"""last message triggers compare with the stored line before working a place out

Revision ID: 5c2c7c284e50
Revises: ad632a86480a
Create Date: 2026-12-03 10:25:40.118204
"""
from alembic import op


revision = '5c2c7c284e50'
down_revision = 'ad632a86480a'
branch_labels = None
depends_on = None

# The triggers and the back-fill, frozen as of this revision (the canonical text is
# frontdesk.models.place_message; tests/test_place_message.py checks a new database has it).
SHOWN = ("planned", "sending", "sent", "delivered", "undelivered", "failed", "uncertain")
COLUMNS = "(msg_state, msg_step, msg_channel, msg_at, msg_recorded_only)"


def shown(row: str) -> str:
    return "(" + " OR ".join(f"{row}.state = '{state}'" for state in SHOWN) + ")"


def at(row: str) -> str:
    return (f"CASE {row}.state WHEN 'planned' THEN {row}.due_at "
            f"ELSE coalesce({row}.sent_at, {row}.updated_at) END")


def recorded_only(row: str) -> str:
    return (f"{row}.state != 'planned' "
            f"AND substr(coalesce({row}.provider_id, ''), 1, 6) = 'local-'")


def values(row: str) -> str:
    return f"{row}.state, {row}.step, {row}.channel, {at(row)}, {recorded_only(row)}"


def summary(appointment: str, client: str, also: str = "") -> str:
    return (
        f"UPDATE attendee SET {COLUMNS} = ("
        f"SELECT {values('m')} FROM outbox_message m "
        f"WHERE m.appointment_id = {appointment} AND m.client_id = {client} "
        f"AND {shown('m')} "
        "ORDER BY m.state = 'planned', "
        "CASE m.state WHEN 'planned' THEN m.due_at END, "
        "CASE m.state WHEN 'planned' THEN NULL ELSE m.updated_at END DESC, m.id LIMIT 1) "
        f"WHERE appointment_id = {appointment} AND client_id = {client}{also};"
    )


def is_line(row: str) -> str:
    return (f"msg_state IS {row}.state AND msg_step IS {row}.step "
            f"AND msg_channel IS {row}.channel AND msg_at IS {at(row)} "
            f"AND msg_recorded_only IS ({recorded_only(row)})")


BEATS = (f"{shown('NEW')} AND (msg_state IS NULL OR msg_state = 'planned' "
         "AND (NEW.state != 'planned' OR NEW.due_at < msg_at))")
UNDECIDED = (f"{shown('NEW')} AND (NEW.state = 'planned' AND msg_state = 'planned' "
             "AND msg_at = NEW.due_at OR NEW.state != 'planned' AND msg_state != 'planned')")
MAY_TIE = "(NEW.state != 'planned' OR NEW.id < (SELECT max(o.id) FROM outbox_message o))"
SAME_PLACE = ("OLD.appointment_id IS NEW.appointment_id "
              "AND OLD.client_id IS NEW.client_id")
UNCHANGED = (f"OLD.id IS NEW.id AND {SAME_PLACE} AND OLD.state IS NEW.state "
             "AND OLD.step IS NEW.step AND OLD.channel IS NEW.channel "
             "AND CASE WHEN NEW.state = 'planned' THEN OLD.due_at IS NEW.due_at "
             "ELSE OLD.sent_at IS NEW.sent_at AND OLD.updated_at IS NEW.updated_at "
             "AND OLD.provider_id IS NEW.provider_id END")
HAS_PLACE = "{0}.appointment_id IS NOT NULL AND {0}.client_id IS NOT NULL"
HAS_ROWS = ("EXISTS (SELECT 1 FROM outbox_message o WHERE o.appointment_id = {0}.appointment_id "
            "AND o.client_id = {0}.client_id)")
TAKE_NEW = (f"UPDATE attendee SET {COLUMNS} = ({values('NEW')}) "
            f"WHERE appointment_id = NEW.appointment_id AND client_id = NEW.client_id "
            f"AND {BEATS};")
OLD_MAY_BE_LINE = f"{shown('OLD')} AND {is_line('OLD')}"

TRIGGERS = [
    ("place_message_outbox_insert",
     "CREATE TRIGGER place_message_outbox_insert AFTER INSERT ON outbox_message "
     f"WHEN {HAS_PLACE.format('NEW')} AND {shown('NEW')} BEGIN "
     + summary("NEW.appointment_id", "NEW.client_id", f" AND {MAY_TIE} AND {UNDECIDED}")
     + f" {TAKE_NEW} END"),
    ("place_message_outbox_update",
     "CREATE TRIGGER place_message_outbox_update AFTER UPDATE OF id, appointment_id, "
     "client_id, step, channel, state, due_at, sent_at, updated_at, provider_id "
     "ON outbox_message "
     f"WHEN ({HAS_PLACE.format('OLD')} AND {shown('OLD')} "
     f"OR {HAS_PLACE.format('NEW')} AND {shown('NEW')}) AND NOT ({UNCHANGED}) BEGIN "
     + summary("OLD.appointment_id", "OLD.client_id",
               f" AND NOT ({SAME_PLACE}) AND {OLD_MAY_BE_LINE}")
     + " " + summary("NEW.appointment_id", "NEW.client_id",
                     f" AND NOT ({BEATS}) AND ({UNDECIDED} "
                     f"OR {SAME_PLACE} AND {OLD_MAY_BE_LINE})")
     + f" {TAKE_NEW} END"),
    ("place_message_outbox_delete",
     "CREATE TRIGGER place_message_outbox_delete AFTER DELETE ON outbox_message "
     f"WHEN {HAS_PLACE.format('OLD')} AND {shown('OLD')} BEGIN "
     + summary("OLD.appointment_id", "OLD.client_id", f" AND {is_line('OLD')}")
     + " END"),
    ("place_message_attendee_insert",
     "CREATE TRIGGER place_message_attendee_insert AFTER INSERT ON attendee "
     f"WHEN {HAS_ROWS.format('NEW')} "
     f"BEGIN {summary('NEW.appointment_id', 'NEW.client_id')} END"),
    ("place_message_attendee_update",
     "CREATE TRIGGER place_message_attendee_update AFTER UPDATE OF appointment_id, "
     f"client_id ON attendee WHEN NOT ({SAME_PLACE}) "
     f"BEGIN {summary('NEW.appointment_id', 'NEW.client_id')} END"),
]
# The new triggers build on the stored line: work every place out once, so they start from
# the answer (a place with a line but no rows left gets none).
BACKFILL = summary("attendee.appointment_id", "attendee.client_id").replace(
    "WHERE appointment_id = attendee.appointment_id AND client_id = attendee.client_id;",
    f"WHERE msg_state IS NOT NULL OR {HAS_ROWS.format('attendee')};")

# The triggers of ad632a86480a, put back by the downgrade.
WENT = "'sending', 'sent', 'delivered', 'undelivered', 'failed', 'uncertain'"


def old_summary(appointment: str, client: str, also: str = "") -> str:
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


OLD_KEY_CHANGED = (" AND (OLD.appointment_id IS NOT NEW.appointment_id "
                   "OR OLD.client_id IS NOT NEW.client_id)")
OLD_TRIGGERS = [
    ("place_message_outbox_insert",
     "CREATE TRIGGER place_message_outbox_insert AFTER INSERT ON outbox_message "
     "WHEN NEW.appointment_id IS NOT NULL AND NEW.client_id IS NOT NULL "
     f"BEGIN {old_summary('NEW.appointment_id', 'NEW.client_id')} END"),
    ("place_message_outbox_update",
     "CREATE TRIGGER place_message_outbox_update AFTER UPDATE OF appointment_id, client_id, "
     "step, channel, state, due_at, sent_at, updated_at, provider_id ON outbox_message "
     "WHEN NEW.appointment_id IS NOT NULL OR OLD.appointment_id IS NOT NULL "
     f"BEGIN {old_summary('NEW.appointment_id', 'NEW.client_id')} "
     f"{old_summary('OLD.appointment_id', 'OLD.client_id', OLD_KEY_CHANGED)} END"),
    ("place_message_outbox_delete",
     "CREATE TRIGGER place_message_outbox_delete AFTER DELETE ON outbox_message "
     "WHEN OLD.appointment_id IS NOT NULL "
     f"BEGIN {old_summary('OLD.appointment_id', 'OLD.client_id')} END"),
    ("place_message_attendee_insert",
     "CREATE TRIGGER place_message_attendee_insert AFTER INSERT ON attendee "
     f"WHEN {HAS_ROWS.format('NEW')} "
     f"BEGIN {old_summary('NEW.appointment_id', 'NEW.client_id')} END"),
]


def upgrade() -> None:
    for name, _sql in OLD_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(BACKFILL)
    for _name, sql in TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    for name, _sql in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for _name, sql in OLD_TRIGGERS:
        op.execute(sql)
