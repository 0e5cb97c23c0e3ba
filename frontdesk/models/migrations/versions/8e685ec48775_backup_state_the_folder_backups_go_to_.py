"""backup state: the folder backups go to and the last good backup

One new table (models/backup_state.py); no table is copied or changed.

Revision ID: 8e685ec48775
Revises: 91014ffe60c7
Create Date: 2026-12-03 19:29:52.510702
"""
import sqlalchemy as sa
from alembic import op

revision = '8e685ec48775'
down_revision = '91014ffe60c7'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'backup_state',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('folder', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('last_ok_at', sa.DateTime(), nullable=True),
        sa.Column('last_ok_file', sa.Text(), nullable=False),
        sa.Column('last_try_at', sa.DateTime(), nullable=True),
        sa.Column('last_error', sa.Text(), nullable=False),
        sa.Column('folder_problem', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_backup_state')),
    )


def downgrade() -> None:
    op.drop_table('backup_state')
