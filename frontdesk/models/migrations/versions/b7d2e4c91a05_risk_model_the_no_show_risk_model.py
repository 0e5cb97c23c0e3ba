"""risk model: the no-show risk model learnt from the practice's own history

One new table (models/risk.py); no table is copied or changed.

Revision ID: b7d2e4c91a05
Revises: 8e685ec48775
Create Date: 2026-12-04 10:00:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = 'b7d2e4c91a05'
down_revision = '8e685ec48775'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'risk_model',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('call_ahead', sa.Boolean(), server_default='1', nullable=False),
        sa.Column('tried_at', sa.DateTime(), nullable=True),
        sa.Column('trained_at', sa.DateTime(), nullable=True),
        sa.Column('sessions', sa.Integer(), nullable=False),
        sa.Column('model', sa.Text(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_model')),
    )


def downgrade() -> None:
    op.drop_table('risk_model')
