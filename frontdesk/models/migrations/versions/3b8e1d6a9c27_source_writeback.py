"""sync: source_writeback table (a client's confirmation or cancellation for the source)

Revision ID: 3b8e1d6a9c27
Revises: f7452ecbc649
Create Date: 2026-12-05 10:00:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '3b8e1d6a9c27'
down_revision = 'f7452ecbc649'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'source_writeback',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('appointment_id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('action', sa.Enum('confirm', 'cancel', name='writebackaction',
                                    native_enum=False, length=24), nullable=False),
        sa.Column('source', sa.String(length=60), nullable=False),
        sa.Column('state', sa.Enum('pending', 'written', 'conflict', 'not_allowed', 'failed',
                                   'superseded', name='writebackstate', native_enum=False,
                                   length=24), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('next_attempt_at', sa.DateTime(), nullable=True),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['appointment_id'], ['appointment.id'],
                                name=op.f('fk_source_writeback_appointment_id_appointment'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['client_id'], ['client.id'],
                                name=op.f('fk_source_writeback_client_id_client')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_source_writeback')),
    )
    op.create_index('ix_source_writeback_due', 'source_writeback',
                    ['state', 'next_attempt_at'], unique=False)
    op.create_index('ix_source_writeback_place', 'source_writeback',
                    ['appointment_id', 'client_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_source_writeback_place', table_name='source_writeback')
    op.drop_index('ix_source_writeback_due', table_name='source_writeback')
    op.drop_table('source_writeback')
