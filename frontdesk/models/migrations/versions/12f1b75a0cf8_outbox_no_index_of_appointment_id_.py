"""outbox: bulk inserts set their places' lines and trends marks once; no appointment_id index

A writer that inserts many outbox rows at once (the planner) holds a row in the new
outbox_bulk_insert table meanwhile; the two outbox insert triggers (each place's last
message, the trends cache's mark) skip its rows, and the writer then works out the lines
of the places it wrote to and marks their appointments in one statement each. Every other
writer is unchanged.

The unique index uq_outbox_plan (appointment_id, client_id, step, channel, anchor_at)
already serves every lookup by appointment, the cascade from a deleted appointment and the
last-message triggers; the single-column index only cost each written row an index entry.

Revision ID: 12f1b75a0cf8
Revises: 5c2c7c284e50
Create Date: 2026-12-03 12:46:26.939797
"""
import sqlalchemy as sa
from alembic import op

revision = '12f1b75a0cf8'
down_revision = '5c2c7c284e50'
branch_labels = None
depends_on = None

# Frozen as of this revision: what the two insert triggers gain (the canonical text is in
# frontdesk.models.place_message and frontdesk.models.stats).
NOT_BULK = "NOT EXISTS (SELECT 1 FROM outbox_bulk_insert)"
PLACE, STATS = "place_message_outbox_insert", "stats_outbox_insert"


def _trigger(name: str) -> str:
    return op.get_bind().execute(sa.text(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
        {"n": name}).scalar_one()


def _replace(name: str, sql: str) -> None:
    op.execute(f"DROP TRIGGER {name}")
    op.execute(sql)


def upgrade() -> None:
    op.drop_index("ix_outbox_appointment", table_name="outbox_message")
    op.create_table("outbox_bulk_insert", sa.Column("id", sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint("id"))
    _replace(PLACE, _trigger(PLACE).replace(" WHEN ", f" WHEN {NOT_BULK} AND ", 1))
    _replace(STATS, _trigger(STATS).replace(" BEGIN ", f" WHEN {NOT_BULK} BEGIN ", 1))


def downgrade() -> None:
    _replace(PLACE, _trigger(PLACE).replace(f" WHEN {NOT_BULK} AND ", " WHEN ", 1))
    _replace(STATS, _trigger(STATS).replace(f" WHEN {NOT_BULK} BEGIN ", " BEGIN ", 1))
    op.drop_table("outbox_bulk_insert")
    op.create_index("ix_outbox_appointment", "outbox_message", ["appointment_id"], unique=False)
