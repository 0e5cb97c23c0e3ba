"""accounts: staff_account table, the audit trail's hash chain, the idle lock setting

Revision ID: 5e9a1c7d2b40
Revises: 3b8e1d6a9c27
Create Date: 2026-12-03 19:10:00.000000
"""
import hashlib
from datetime import UTC, datetime
from json.encoder import encode_basestring_ascii

import sqlalchemy as sa
from alembic import op

revision = '5e9a1c7d2b40'
down_revision = '3b8e1d6a9c27'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'staff_account',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('role', sa.Enum('owner', 'clinician', 'front_desk', 'it', name='role',
                                  native_enum=False, length=24), nullable=False),
        sa.Column('clinician_id', sa.Integer(), nullable=True),
        sa.Column('pin_hash', sa.Text(), nullable=False),
        sa.Column('failed_attempts', sa.Integer(), nullable=False),
        sa.Column('last_failed_at', sa.DateTime(), nullable=True),
        sa.Column('locked_out', sa.Boolean(), nullable=False),
        sa.Column('must_change_pin', sa.Boolean(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('last_sign_in_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['clinician_id'], ['clinician.id'],
                                name=op.f('fk_staff_account_clinician_id_clinician')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_account')),
        sa.UniqueConstraint('name', name=op.f('uq_staff_account_name')),
    )
    # Added in place (ALTER TABLE ADD COLUMN), never by copying the tables.
    op.add_column('practice_settings', sa.Column('idle_lock_minutes', sa.Integer(),
                                                 server_default='5', nullable=False))
    op.add_column('audit_entry', sa.Column('account_id', sa.Integer(), nullable=True))
    op.add_column('audit_entry', sa.Column('prev_hash', sa.String(length=64),
                                           server_default='', nullable=False))
    op.add_column('audit_entry', sa.Column('hash', sa.String(length=64), server_default='',
                                           nullable=False))
    chain_existing_entries(op.get_bind())


# ---- the audit trail's existing entries, chained in id order --------------------------------
# A frozen copy of the canonical form of frontdesk/services/audit_chain.py ("frontdesk-audit-v1"),
# so this revision always writes what it wrote when it was made (models never import services);
# tests/test_audit_chain.py checks the two agree.
GENESIS = "0" * 64
BATCH = 20_000


def canonical_at(value):
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) == 26 and value[10] == " " and value[19] == ".":
            return f"{value[:10]}T{value[11:]}Z"
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return f"text:{value}"
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"


def entry_hash(entry_id, at, actor, account_id, action, entity, entity_id, detail, prev_hash):
    values = (entry_id, canonical_at(at), actor, account_id, action, entity, entity_id, detail,
              prev_hash)
    form = '["frontdesk-audit-v1",' + ",".join(_json(v) for v in values) + "]"
    return hashlib.sha256(form.encode()).hexdigest()


def _json(value):
    if value is None:
        return "null"
    if type(value) is int:
        return str(value)
    return encode_basestring_ascii(value if isinstance(value, str) else str(value))


def chain_existing_entries(conn) -> int:
    """Every entry gets prev_hash and hash, in id order, in batches (millions of rows: the
    rows are read a batch at a time by id and updated by id). Returns how many."""
    prev_id, prev_hash, n = 0, GENESIS, 0
    while True:
        rows = conn.exec_driver_sql(
            "SELECT id, at, actor, account_id, action, entity, entity_id, detail "
            "FROM audit_entry WHERE id > ? ORDER BY id LIMIT ?", (prev_id, BATCH)).fetchall()
        if not rows:
            return n
        updates = []
        for entry_id, at, actor, account_id, action, entity, entity_id, detail in rows:
            own = entry_hash(entry_id, at, actor, account_id, action, entity, entity_id,
                             detail, prev_hash)
            updates.append((prev_hash, own, entry_id))
            prev_hash = own
        conn.exec_driver_sql("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?",
                             updates)
        prev_id, n = rows[-1][0], n + len(rows)


def downgrade() -> None:
    # In place (SQLite's ALTER TABLE DROP COLUMN), as the upgrade added them.
    for column in ('hash', 'prev_hash', 'account_id'):
        op.drop_column('audit_entry', column)
    op.drop_column('practice_settings', 'idle_lock_minutes')
    op.drop_table('staff_account')
