"""two-character word index of visits (SQLite): short Chinese words become index look-ups

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # PostgreSQL searches two-character words with ILIKE
    try:
        # Contentless: only the index is stored; rows are added and forgotten by db/visit_words.py.
        bind.exec_driver_sql("CREATE VIRTUAL TABLE visit_words USING fts5(words, content='', "
                             "tokenize='unicode61 remove_diacritics 0')")
    except sa.exc.OperationalError:  # an SQLite built without FTS5: LIKE it is
        return
    from deskapp.db.visit_words import index_all

    index_all(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.get_bind().exec_driver_sql("DROP TABLE IF EXISTS visit_words")
