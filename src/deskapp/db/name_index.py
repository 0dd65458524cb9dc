"""Keeps ``resident_name_gram`` in step with residents' names, after every flush."""

from __future__ import annotations

from sqlalchemy import delete, event, insert, inspect
from sqlalchemy.orm import Session

from deskapp.db.models import Resident, ResidentNameGram
from deskapp.domain.text import name_grams


def gram_rows(resident_id: int, name: str) -> list[dict]:
    return [{"gram": g, "resident_id": resident_id} for g in sorted(name_grams(name))]


def install(session_class) -> None:
    """Attach the name-index hook to a session class (the app's sessionmaker)."""

    @event.listens_for(session_class, "after_flush")
    def _after_flush(session: Session, _ctx) -> None:
        changed = [r for r in session.new if isinstance(r, Resident)]
        changed += [r for r in session.dirty if isinstance(r, Resident) and inspect(r).attrs.name.history.has_changes()]
        if not changed:
            return
        conn = session.connection()
        conn.execute(delete(ResidentNameGram).where(ResidentNameGram.resident_id.in_([r.id for r in changed])))
        rows = [row for r in changed for row in gram_rows(r.id, r.name)]
        if rows:
            conn.execute(insert(ResidentNameGram), rows)
