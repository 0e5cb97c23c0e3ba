"""sync: sync_source table; source, external_id on appointment, client and clinician

A synced row carries its source's name and the source's own id for it, unique together per
table for synced rows only (a partial index: rows made in FrontDesk have no source). An
appointment also keeps the source's version of its record, so an unchanged one is skipped.

Columns are added with plain ALTER TABLE (no batch copy): the triggers on these tables
stay as they are.

Revision ID: f7452ecbc649
Revises: 12f1b75a0cf8
Create Date: 2026-12-03 16:05:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = 'f7452ecbc649'
down_revision = '12f1b75a0cf8'
branch_labels = None
depends_on = None

LINKED = ("appointment", "client", "clinician")


def upgrade() -> None:
    op.create_table(
        'sync_source',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=60), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('settings', sa.Text(), nullable=False),
        sa.Column('cursor', sa.Text(), nullable=True),
        sa.Column('enabled', sa.Boolean(), nullable=False),
        sa.Column('last_run_at', sa.DateTime(), nullable=True),
        sa.Column('last_ok_at', sa.DateTime(), nullable=True),
        sa.Column('last_error', sa.Text(), nullable=False),
        sa.Column('last_summary', sa.String(length=300), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_source')),
        sa.UniqueConstraint('name', name=op.f('uq_sync_source_name')),
    )
    for table in LINKED:
        op.add_column(table, sa.Column('source', sa.String(length=60), nullable=True))
        op.add_column(table, sa.Column('external_id', sa.String(length=200), nullable=True))
        op.create_index(f'uq_{table}_source_external', table, ['source', 'external_id'],
                        unique=True, sqlite_where=sa.text('source IS NOT NULL'))
    op.add_column('appointment',
                  sa.Column('external_version', sa.String(length=100), nullable=True))


def downgrade() -> None:
    op.drop_column('appointment', 'external_version')
    for table in LINKED:
        op.drop_index(f'uq_{table}_source_external', table_name=table)
        op.drop_column(table, 'external_id')
        op.drop_column(table, 'source')
    op.drop_table('sync_source')
