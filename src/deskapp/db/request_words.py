"""Keeps ``request_words`` (an FTS5 index of the two-character pieces of each request's contact name,
description and assignee) in step with the requests.

The table exists on SQLite with FTS5 (migration 0014); elsewhere this hook does nothing and the
requests' words are searched with LIKE (on PostgreSQL through a trigram index, for 3 characters or more).
It keeps its words (not contentless, unlike ``visit_words``), so a request is forgotten by its id alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, event, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from deskapp.db.models import ServiceRequest
from deskapp.db.word_index import has_index, insert_in_batches
from deskapp.domain.text import word_bigrams

INSERT = text("INSERT INTO request_words (rowid, words) VALUES (:id, :words)")
FORGET = text("DELETE FROM request_words WHERE rowid IN :ids").bindparams(bindparam("ids", expanding=True))
WORDS = ("contact_name", "description", "assignee")


def words_of(contact_name: str | None, description: str | None, assignee: str | None) -> str:
    # Each field's pieces on their own: a piece never spans two fields.
    return " ".join(dict.fromkeys(p for f in (contact_name, description, assignee) for p in word_bigrams(f or "")))


def available(conn: Connection) -> bool:
    """Whether this database has the index (cached per engine)."""
    return has_index(conn, "request_words")


def index_requests(conn: Connection, ids: Iterable[int] | None = None, *, batch: int = 5000) -> int:
    """(Re)index these requests (None: every request, into a new table); returns how many."""
    query = "SELECT id, contact_name, description, assignee FROM request"
    if ids is None:
        rows = conn.execute(text(query))
        return insert_in_batches(conn, INSERT, ({"id": rid, "words": words_of(*fields)} for rid, *fields in rows),
                                 batch)
    wanted = list(ids)
    count = 0
    for chunk in (wanted[i:i + batch] for i in range(0, len(wanted), batch)):
        conn.execute(FORGET, {"ids": chunk})
        rows = conn.execute(text(query + " WHERE id IN :ids").bindparams(bindparam("ids", expanding=True)),
                            {"ids": chunk}).all()
        count += insert_in_batches(conn, INSERT, ({"id": rid, "words": words_of(*fields)} for rid, *fields in rows),
                                   batch)
    return count


def install(session_class) -> None:
    @event.listens_for(session_class, "after_flush")
    def _after_flush(session: Session, _ctx) -> None:
        changed = [r.id for r in session.new if isinstance(r, ServiceRequest)]
        changed += [r.id for r in session.dirty if isinstance(r, ServiceRequest) and any(
            getattr(inspect(r).attrs, key).history.has_changes() for key in WORDS)]
        if not changed:
            return
        conn = session.connection()
        if available(conn):
            index_requests(conn, changed)
