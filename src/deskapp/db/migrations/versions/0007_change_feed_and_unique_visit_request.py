"""change feed (change_log) and one request per visit

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 14:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('kinds', sa.String(length=400), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log'))
    )
    # Before the unique index: a race in an older version may have made two requests from one
    # visit. The first keeps the link; the others keep their records and say whose duplicate they are.
    conn = op.get_bind()
    dupes = conn.execute(sa.text(
        "SELECT r.id, r.visit_id, (SELECT min(f.id) FROM request f WHERE f.visit_id = r.visit_id) "
        "FROM request r WHERE r.visit_id IS NOT NULL AND r.id > "
        "(SELECT min(f.id) FROM request f WHERE f.visit_id = r.visit_id)")).all()
    for rid, visit_id, first in dupes:
        conn.execute(sa.text("UPDATE request SET visit_id = NULL WHERE id = :id"), {"id": rid})
        conn.execute(sa.text(
            "INSERT INTO request_note (request_id, at, staff_id, station, kind, step, text) "
            "VALUES (:id, CURRENT_TIMESTAMP, NULL, 'upgrade', 'note', NULL, :text)"),
            {"id": rid, "text": f"同一来访 #{visit_id} 已生成工单 #{first}，本单为重复登记。"})
    with op.batch_alter_table('request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_visit_id'))
        batch_op.create_index(batch_op.f('ix_request_visit_id'), ['visit_id'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_visit_id'))
        batch_op.create_index(batch_op.f('ix_request_visit_id'), ['visit_id'], unique=False)
    op.drop_table('change_log')
