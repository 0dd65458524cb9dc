"""Keeps ``visit_words`` (an FTS5 index of each visit's two-character pieces) in step with visits.

The table exists on SQLite with FTS5 (migration 0004); elsewhere this hook does nothing and
two-character searches scan with LIKE instead.
"""

from __future__ import annotations

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from deskapp.db.models import Visit
from deskapp.db.word_index import has_index, insert_in_batches
from deskapp.domain.text import word_bigrams

INSERT = text("INSERT INTO visit_words (rowid, words) VALUES (:id, :words)")
# A contentless FTS5 table forgets a row by being told the words it had.
FORGET = text("INSERT INTO visit_words (visit_words, rowid, words) VALUES ('delete', :id, :words)")


def words_of(visitor_name: str, content: str) -> str:
    return " ".join(word_bigrams(f"{visitor_name or ''} {content or ''}"))


def available(conn: Connection) -> bool:
    """Whether this database has the index (cached per engine)."""
    return has_index(conn, "visit_words")


def index_all(conn: Connection, batch: int = 5000) -> int:
    """Index every visit (a new or rebuilt table); returns how many."""
    rows = conn.execute(text("SELECT id, visitor_name, content FROM visit"))
    return insert_in_batches(conn, INSERT, ({"id": vid, "words": words_of(name, content)} for vid, name, content in rows),
                             batch)


def install(session_class) -> None:
    @event.listens_for(session_class, "after_flush")
    def _after_flush(session: Session, _ctx) -> None:
        new = [v for v in session.new if isinstance(v, Visit)]
        changed = [v for v in session.dirty if isinstance(v, Visit) and (
            inspect(v).attrs.content.history.has_changes() or inspect(v).attrs.visitor_name.history.has_changes())]
        if not (new or changed):
            return
        conn = session.connection()
        if not available(conn):
            return
        for v in changed:
            state = inspect(v)
            old_name = (state.attrs.visitor_name.history.deleted or [v.visitor_name])[0]
            old_content = (state.attrs.content.history.deleted or [v.content])[0]
            conn.execute(FORGET, {"id": v.id, "words": words_of(old_name, old_content)})
        conn.execute(INSERT, [{"id": v.id, "words": words_of(v.visitor_name, v.content)} for v in new + changed])
