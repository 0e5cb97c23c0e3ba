"""last message of each place on the attendee row, kept by triggers

Revision ID: ad632a86480a
Revises: e167c6f13b0f
Create Date: 2026-12-03 08:12:37.401579
"""
from alembic import op
import sqlalchemy as sa


revision = 'ad632a86480a'
down_revision = 'e167c6f13b0f'
branch_labels = None
depends_on = None

# The triggers and the back-fill, frozen as of this revision (the canonical text is
# frontdesk.models.place_message; tests/test_place_message.py checks a new database has it).
WENT = "'sending', 'sent', 'delivered', 'undelivered', 'failed', 'uncertain'"


def summary(appointment: str, client: str, also: str = "") -> str:
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


KEY_CHANGED = (" AND (OLD.appointment_id IS NOT NEW.appointment_id "
               "OR OLD.client_id IS NOT NEW.client_id)")
HAS_ROWS = ("EXISTS (SELECT 1 FROM outbox_message o WHERE o.appointment_id = {0}.appointment_id "
            "AND o.client_id = {0}.client_id)")
TRIGGERS = [
    ("place_message_outbox_insert",
     "CREATE TRIGGER place_message_outbox_insert AFTER INSERT ON outbox_message "
     "WHEN NEW.appointment_id IS NOT NULL AND NEW.client_id IS NOT NULL "
     f"BEGIN {summary('NEW.appointment_id', 'NEW.client_id')} END"),
    ("place_message_outbox_update",
     "CREATE TRIGGER place_message_outbox_update AFTER UPDATE OF appointment_id, client_id, "
     "step, channel, state, due_at, sent_at, updated_at, provider_id ON outbox_message "
     "WHEN NEW.appointment_id IS NOT NULL OR OLD.appointment_id IS NOT NULL "
     f"BEGIN {summary('NEW.appointment_id', 'NEW.client_id')} "
     f"{summary('OLD.appointment_id', 'OLD.client_id', KEY_CHANGED)} END"),
    ("place_message_outbox_delete",
     "CREATE TRIGGER place_message_outbox_delete AFTER DELETE ON outbox_message "
     "WHEN OLD.appointment_id IS NOT NULL "
     f"BEGIN {summary('OLD.appointment_id', 'OLD.client_id')} END"),
    ("place_message_attendee_insert",
     "CREATE TRIGGER place_message_attendee_insert AFTER INSERT ON attendee "
     f"WHEN {HAS_ROWS.format('NEW')} "
     f"BEGIN {summary('NEW.appointment_id', 'NEW.client_id')} END"),
]
BACKFILL = summary("attendee.appointment_id", "attendee.client_id").replace(
    "WHERE appointment_id = attendee.appointment_id AND client_id = attendee.client_id;",
    f"WHERE {HAS_ROWS.format('attendee')};")
COLUMNS = ("msg_recorded_only", "msg_at", "msg_channel", "msg_step", "msg_state")


def upgrade() -> None:
    with op.batch_alter_table('attendee', schema=None) as batch_op:
        batch_op.add_column(sa.Column('msg_state', sa.Enum('planned', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'uncertain', 'skipped', 'withdrawn', name='messagestate', native_enum=False, length=24), nullable=True))
        batch_op.add_column(sa.Column('msg_step', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('msg_channel', sa.Enum('sms', 'whatsapp', 'email', name='channel', native_enum=False, length=24), nullable=True))
        batch_op.add_column(sa.Column('msg_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('msg_recorded_only', sa.Boolean(), nullable=True))
    op.execute(BACKFILL)
    for _name, sql in TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    for name, _sql in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    # SQLite's own DROP COLUMN, not a batch copy of the table: a copy would drop the trends
    # triggers on attendee (stats_attendee_*) with the old table.
    for column in COLUMNS:
        op.execute(f"ALTER TABLE attendee DROP COLUMN {column}")
