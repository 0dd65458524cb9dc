"""guest ID digits and override throttle

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 14:15:08
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Failed watchlist overrides per station (they no longer count towards the supervisor's login).
    op.create_table('override_throttle',
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failure_at', sa.DateTime(), nullable=True),
    sa.Column('wait_until', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('station', name=op.f('pk_override_throttle'))
    )
    # The guest's ID tail (4 to 6 characters); the ID field used to keep the first six, never stored.
    with op.batch_alter_table('guest_visit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('id_last', sa.String(length=6), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('guest_visit', schema=None) as batch_op:
        batch_op.drop_column('id_last')

    op.drop_table('override_throttle')
