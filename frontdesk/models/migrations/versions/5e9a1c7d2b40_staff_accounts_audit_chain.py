"""accounts: staff_account table, the audit trail's hash chain, the idle lock setting

Revision ID: 5e9a1c7d2b40
Revises: 3b8e1d6a9c27
Create Date: 2026-12-03 19:10:00.000000
"""
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


def downgrade() -> None:
    with op.batch_alter_table('audit_entry') as batch:
        batch.drop_column('hash')
        batch.drop_column('prev_hash')
        batch.drop_column('account_id')
    with op.batch_alter_table('practice_settings') as batch:
        batch.drop_column('idle_lock_minutes')
    op.drop_table('staff_account')
