"""What the two FTS5 word indexes (``visit_words``, ``request_words``) share: whether this database has one
(SQLite with FTS5, after its migration; cached per engine), and writing its rows in batches."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import TextClause, text
from sqlalchemy.engine import Connection


def has_index(conn: Connection, table: str) -> bool:
    """Whether the database ``conn`` is on has the FTS table ``table`` (asked once per engine and table)."""
    engine = conn.engine
    known: dict[str, bool] = engine.__dict__.setdefault("_deskapp_word_indexes", {})
    if table not in known:
        known[table] = conn.dialect.name == "sqlite" and conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE name = :name"), {"name": table}).first() is not None
    return known[table]


def insert_in_batches(conn: Connection, insert: TextClause, rows: Iterable[dict], batch: int = 5000) -> int:
    """Execute ``insert`` for ``rows`` ``batch`` at a time (a million visits without a million-row list);
    returns how many."""
    out: list[dict] = []
    count = 0
    for row in rows:
        out.append(row)
        if len(out) >= batch:
            conn.execute(insert, out)
            count += len(out)
            out = []
    if out:
        conn.execute(insert, out)
        count += len(out)
    return count
