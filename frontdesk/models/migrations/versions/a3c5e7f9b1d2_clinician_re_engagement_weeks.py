"""clinician: re-engagement check-in after so many weeks without a session

Revision ID: a3c5e7f9b1d2
Revises: 694418799c8c
Create Date: 2026-12-03 20:20:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = 'a3c5e7f9b1d2'
down_revision = '694418799c8c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('clinician', sa.Column('reengage_weeks', sa.Integer(), nullable=True))


def downgrade() -> None:
    # In place (SQLite's ALTER TABLE DROP COLUMN): a copied clinician table could not be
    # dropped while appointments and accounts point at it.
    op.drop_column('clinician', 'reengage_weeks')
