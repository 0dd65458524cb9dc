"""Keeps the passes' search look-ups in step with the passes: the two-character pieces of the applicant's
name (``move_pass_name_gram``) and the endings of the plate (``move_pass_plate_tail``), after every
flush; ``phone_last4`` is filled by its column's default as the row is inserted. Bulk inserts (the demo)
bypass the flush hook and call :func:`index_passes`.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, event, insert, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from deskapp.db.models import MovePass, MovePassNameGram, MovePassPlateTail
from deskapp.domain.text import ascii_grams, tails


def gram_rows(pass_id: int, name: str | None) -> list[dict]:
    return [{"gram": g, "pass_id": pass_id} for g in sorted(ascii_grams(name or ""))]


def tail_rows(pass_id: int, plate: str | None) -> list[dict]:
    return [{"tail": t, "pass_id": pass_id} for t in tails(plate or "")]


def index_passes(conn: Connection, pass_ids: Iterable[int], *, batch: int = 5000) -> None:
    """(Re)index these passes from their rows, in the caller's transaction."""
    ids = list(pass_ids)
    for begin in range(0, len(ids), batch):
        part = ids[begin:begin + batch]
        conn.execute(delete(MovePassNameGram).where(MovePassNameGram.pass_id.in_(part)))
        conn.execute(delete(MovePassPlateTail).where(MovePassPlateTail.pass_id.in_(part)))
        grams: list[dict] = []
        plates: list[dict] = []
        for pid, name, plate in conn.execute(select(MovePass.id, MovePass.applicant_name, MovePass.plate)
                                             .where(MovePass.id.in_(part))):
            grams += gram_rows(pid, name)
            plates += tail_rows(pid, plate)
        if grams:
            conn.execute(insert(MovePassNameGram), grams)
        if plates:
            conn.execute(insert(MovePassPlateTail), plates)


def install(session_class) -> None:
    """Attach the passes' index hook to a session class (the app's sessionmaker)."""

    @event.listens_for(session_class, "after_flush")
    def _after_flush(session: Session, _ctx) -> None:
        changed = [p.id for p in session.new if isinstance(p, MovePass)]
        changed += [p.id for p in session.dirty if isinstance(p, MovePass) and (
            inspect(p).attrs.applicant_name.history.has_changes() or inspect(p).attrs.plate.history.has_changes())]
        if changed:
            index_passes(session.connection(), changed)
