"""audit chain

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27 16:40:00
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The audit trail becomes a hash chain (issue 12, "the record is the evidence"): each entry is
    # numbered without gaps and carries its hash and the previous one's; see deskapp/db/chain.py.
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('state_hash', sa.String(length=64), nullable=True))

    from deskapp.db import audit, chain

    bind = op.get_bind()
    log = sa.table('audit_log', *(sa.column(c) for c in ('id', 'seq', 'prev_hash', 'hash', *chain.CONTENT)))
    # The entries there are, in the order they were written, chained as they are (a page at a time:
    # a big site's trail need not fit in memory).
    update = sa.update(log).where(log.c.id == sa.bindparam('row_id')).values(
        seq=sa.bindparam('new_seq'), prev_hash=sa.bindparam('new_prev'), hash=sa.bindparam('new_hash'))
    seq, prev, last_id = 0, chain.GENESIS, None
    while True:
        page = sa.select(log.c.id, *(log.c[c] for c in chain.CONTENT)).order_by(log.c.id).limit(5000)
        rows = bind.execute(page if last_id is None else page.where(log.c.id > last_id)).all()
        if not rows:
            break
        batch = []
        for row in rows:
            seq += 1
            h = chain.link(prev, chain.content_of(tuple(row[1:])))
            batch.append({'row_id': row[0], 'new_seq': seq, 'new_prev': prev, 'new_hash': h})
            prev = h
        bind.execute(update, batch)
        last_id = rows[-1][0]
    # Then every record as it is now, so that what was written before the chain (or without an audit
    # row at all) is accounted for: from here on, the record must agree with its trail.
    audit.baseline(bind, at=datetime.now(UTC).replace(tzinfo=None, microsecond=0), station='migration',
                   reason='the record when the audit chain began')

    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.alter_column('seq', existing_type=sa.BigInteger(), nullable=False)
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_audit_log_seq'), ['seq'])


def downgrade() -> None:
    op.execute("DELETE FROM audit_log WHERE action = 'baseline'")
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_audit_log_seq'), type_='unique')
        batch_op.drop_column('state_hash')
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('seq')
