"""backup runs in the database; indexes for the board's counts of the day; a complaint's cause

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-27 19:15:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Each backup attempt, so that every station's board sees the site's last backup (issue 14).
    op.create_table('backup_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_backup_run'))
    )
    op.create_index(op.f('ix_backup_run_at'), 'backup_run', ['at'], unique=False)
    # The board counts today's passes issued and requests completed: without these, a scan of each table.
    op.create_index('ix_move_pass_created_at', 'move_pass', ['created_at'], unique=False)
    op.create_index('ix_request_completed_at', 'request', ['completed_at'], unique=False)
    op.create_index('ix_card_application_collected_at', 'card_application', ['collected_at'], unique=False)
    # Where a complaint's cause lies, chosen when it is closed (the complaint analysis, manual 4.3.7).
    op.add_column('request', sa.Column('complaint_cause', sa.String(length=16), nullable=False, server_default=''))


def downgrade() -> None:
    # Not a batch (a copy of the table, which other tables' keys refer to): SQLite drops a column in place.
    op.drop_column('request', 'complaint_cause')
    op.drop_index('ix_card_application_collected_at', table_name='card_application')
    op.drop_index('ix_request_completed_at', table_name='request')
    op.drop_index('ix_move_pass_created_at', table_name='move_pass')
    op.drop_index(op.f('ix_backup_run_at'), table_name='backup_run')
    op.drop_table('backup_run')
