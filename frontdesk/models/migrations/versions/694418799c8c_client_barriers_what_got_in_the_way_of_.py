"""client barriers: what got in the way of a missed appointment

One new table (models/barrier.py); no table is copied or changed.

Revision ID: 694418799c8c
Revises: b7d2e4c91a05
Create Date: 2026-12-03 20:17:18.852027
"""
import sqlalchemy as sa
from alembic import op

revision = '694418799c8c'
down_revision = 'b7d2e4c91a05'
branch_labels = None
depends_on = None

BARRIERS = ('transport', 'childcare', 'cost', 'forgot', 'unwell', 'other')


def upgrade() -> None:
    op.create_table(
        'client_barrier',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('appointment_id', sa.Integer(), nullable=True),
        sa.Column('inbound_id', sa.Integer(), nullable=True),
        sa.Column('barrier', sa.Enum(*BARRIERS, name='barrier', native_enum=False, length=24),
                  nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['appointment_id'], ['appointment.id'],
                                name=op.f('fk_client_barrier_appointment_id_appointment'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['client_id'], ['client.id'],
                                name=op.f('fk_client_barrier_client_id_client')),
        sa.ForeignKeyConstraint(['inbound_id'], ['inbound_message.id'],
                                name=op.f('fk_client_barrier_inbound_id_inbound_message'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_client_barrier')),
    )
    op.create_index('ix_client_barrier_recorded', 'client_barrier', ['recorded_at'])


def downgrade() -> None:
    op.drop_index('ix_client_barrier_recorded', table_name='client_barrier')
    op.drop_table('client_barrier')
