"""look-ups for the one search box (issue 14): phones' last four digits (and visitors' whole phones), the passes'
applicant names and plates, the requests' words

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-27

The existing rows are indexed here with one statement each (1M passes in seconds, not a Python loop per
row), by the rules of ``db/pass_index.py`` and ``db/request_words.py``, repeated here so that this
migration keeps meaning what it means if those change.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# Byte order on PostgreSQL (as SQLite's BINARY): a prefix is a range of the index whatever the locale.
BYTE_ORDER = sa.String(length=12).with_variant(sa.String(length=12, collation="C"), "postgresql")
LAST4 = "CASE WHEN length({col}) >= 4 THEN substr({col}, length({col}) - 3) END"
UPPER, LOWER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"


def _numbers(bind, table: str, column: str) -> str:
    """A CTE ``n(i)`` of 1 … the longest value of ``column`` (the positions a piece may start at)."""
    longest = bind.execute(sa.text(f"SELECT max(length({column})) FROM {table}")).scalar() or 0
    return (f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {max(1, int(longest))}) ")


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    # The last four digits of a phone: an equality on an index, as visits, calls and residents have.
    for table, phone in (("move_pass", "applicant_phone"), ("request", "contact_phone")):
        op.add_column(table, sa.Column("phone_last4", sa.String(length=4), nullable=True))
        bind.execute(sa.text(f"UPDATE {table} SET phone_last4 = {LAST4.format(col=phone)} "
                             f"WHERE {phone} IS NOT NULL"))
        op.create_index(f"ix_{table}_phone_last4", table, ["phone_last4"], unique=False)
        op.create_index(f"ix_{table}_{phone}", table, [phone], unique=False)  # a whole number, or its start

    # A visitor's whole phone (or its start): visits have had their last four digits indexed since 0003.
    op.create_index("ix_visit_visitor_phone", "visit", ["visitor_phone"], unique=False)

    # A pass's applicant name in two-character pieces (ASCII letters folded, as SQLite's lower() does).
    op.create_table(
        "move_pass_name_gram",
        sa.Column("gram", sa.String(length=2), nullable=False),
        sa.Column("pass_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["pass_id"], ["move_pass.id"], name=op.f("fk_move_pass_name_gram_pass_id_move_pass")),
        sa.PrimaryKeyConstraint("gram", "pass_id", name=op.f("pk_move_pass_name_gram")),
        sqlite_with_rowid=False,
    )
    fold = "lower({})" if sqlite else f"translate({{}}, '{UPPER}', '{LOWER}')"
    bind.execute(sa.text(
        _numbers(bind, "move_pass", "applicant_name")
        + "INSERT INTO move_pass_name_gram (gram, pass_id) "
        f"SELECT DISTINCT {fold.format('substr(p.applicant_name, n.i, 2)')}, p.id "
        "FROM move_pass p JOIN n ON n.i < length(p.applicant_name) ORDER BY 1, 2"))  # in index order: appended
    op.create_index(op.f("ix_move_pass_name_gram_pass_id"), "move_pass_name_gram", ["pass_id"], unique=False)

    # A pass's plate by its endings of 2 characters or more: a part of a plate is a prefix of one of them.
    op.create_table(
        "move_pass_plate_tail",
        sa.Column("tail", BYTE_ORDER, nullable=False),
        sa.Column("pass_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["pass_id"], ["move_pass.id"],
                                name=op.f("fk_move_pass_plate_tail_pass_id_move_pass")),
        sa.PrimaryKeyConstraint("tail", "pass_id", name=op.f("pk_move_pass_plate_tail")),
        sqlite_with_rowid=False,
    )
    bind.execute(sa.text(
        _numbers(bind, "move_pass", "plate")
        + "INSERT INTO move_pass_plate_tail (tail, pass_id) "
        "SELECT substr(p.plate, n.i), p.id FROM move_pass p JOIN n ON n.i < length(p.plate) ORDER BY 1, 2"))
    op.create_index(op.f("ix_move_pass_plate_tail_pass_id"), "move_pass_plate_tail", ["pass_id"], unique=False)

    # The requests' words (contact, description, assignee) as visit_words has them: SQLite with FTS5; on
    # PostgreSQL a trigram index serves their LIKE for 3 characters or more, where pg_trgm may be added.
    if bind.dialect.name == "postgresql":
        try:
            with bind.begin_nested():  # a savepoint, so a refusal leaves the migration usable
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                bind.exec_driver_sql("CREATE INDEX ix_request_trgm ON request USING gin (description gin_trgm_ops, "
                                     "contact_name gin_trgm_ops, assignee gin_trgm_ops)")
        except sa.exc.DBAPIError:  # not allowed to add the extension here: LIKE scans instead
            pass
    if sqlite:
        try:
            bind.exec_driver_sql("CREATE VIRTUAL TABLE request_words USING fts5(words, "
                                 "tokenize='unicode61 remove_diacritics 0')")
        except sa.exc.OperationalError:  # an SQLite built without FTS5: LIKE it is
            return
        _index_request_words(bind)


def _index_request_words(bind, batch: int = 5000) -> None:
    def bigrams(value: str | None) -> list[str]:  # domain.text.word_bigrams as of this revision
        pieces: dict[str, None] = {}
        run: list[str] = []
        for ch in (value or "").lower() + " ":
            if ch.isalnum() or ch.isalpha() or 0x20000 <= ord(ch) <= 0x3FFFF:
                run.append(ch)
                continue
            for i in range(len(run) - 1):
                pieces[run[i] + run[i + 1]] = None
            run = []
        return list(pieces)

    insert = sa.text("INSERT INTO request_words (rowid, words) VALUES (:id, :words)")
    rows = []
    for rid, name, description, assignee in bind.execute(
            sa.text("SELECT id, contact_name, description, assignee FROM request")):
        words = dict.fromkeys(p for f in (name, description, assignee) for p in bigrams(f))
        rows.append({"id": rid, "words": " ".join(words)})
        if len(rows) >= batch:
            bind.execute(insert, rows)
            rows = []
    if rows:
        bind.execute(insert, rows)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("DROP TABLE IF EXISTS request_words")
    else:
        bind.exec_driver_sql("DROP INDEX IF EXISTS ix_request_trgm")
    op.drop_index("ix_visit_visitor_phone", table_name="visit")
    for table in ("move_pass_plate_tail", "move_pass_name_gram"):
        op.drop_index(op.f(f"ix_{table}_pass_id"), table_name=table)
        op.drop_table(table)
    for table, phone in (("request", "contact_phone"), ("move_pass", "applicant_phone")):
        op.drop_index(f"ix_{table}_{phone}", table_name=table)
        op.drop_index(f"ix_{table}_phone_last4", table_name=table)
        if bind.dialect.name == "sqlite":
            # In place (SQLite 3.35+): a batch copy would drop a table other tables' foreign keys refer to.
            bind.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN phone_last4")
        else:
            op.drop_column(table, "phone_last4")
