"""resident name index: two-character pieces of each name, for fast name search

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    gram = op.create_table(
        "resident_name_gram",
        sa.Column("gram", sa.String(length=2), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"],
                                name=op.f("fk_resident_name_gram_resident_id_resident")),
        sa.PrimaryKeyConstraint("gram", "resident_id", name=op.f("pk_resident_name_gram")),
    )
    with op.batch_alter_table("resident_name_gram", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resident_name_gram_resident_id"), ["resident_id"], unique=False)
    # Index the names already there (the rule is domain.text.name_grams, repeated here so this
    # migration keeps meaning what it meant even if that function changes later).
    conn = op.get_bind()
    rows = []
    for rid, name in conn.execute(sa.text("SELECT id, name FROM resident")):
        folded = (name or "").lower()
        rows += [{"gram": g, "resident_id": rid} for g in sorted({folded[i:i + 2] for i in range(len(folded) - 1)})]
        if len(rows) >= 5000:
            conn.execute(gram.insert(), rows)
            rows = []
    if rows:
        conn.execute(gram.insert(), rows)


def downgrade() -> None:
    with op.batch_alter_table("resident_name_gram", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resident_name_gram_resident_id"))
    op.drop_table("resident_name_gram")
