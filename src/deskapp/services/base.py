"""The unit of work every service uses, and the clock it reads time from."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from deskapp.db.engine import is_sqlite, make_session_factory
from deskapp.db.errors import known_error
from deskapp.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.text import check_text

MSG_REASON_REQUIRED = QT_TRANSLATE_NOOP("errors", "Give the reason for voiding.")
MSG_ALREADY_VOID = QT_TRANSLATE_NOOP("errors", "This record is already void.")


class Clock(Protocol):
    def now(self) -> datetime:
        """Naive UTC time."""
        ...


class SystemClock:
    """This PC's clock, or the database server's when ``sync_with`` is given one (PostgreSQL)."""

    def __init__(self) -> None:
        self._offset = timedelta(0)

    def sync_with(self, engine: Engine) -> None:
        """Use the server's time for records, so that every station agrees on 'when'."""
        if is_sqlite(engine):
            return
        with engine.connect() as conn:
            server = conn.execute(text("SELECT CURRENT_TIMESTAMP")).scalar_one()
        local = datetime.now(UTC)
        self._offset = server.astimezone(UTC) - local

    def now(self) -> datetime:
        return (datetime.now(UTC) + self._offset).replace(tzinfo=None, microsecond=0)


class ManualClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta: float) -> None:
        self._now += timedelta(**delta)

    def set(self, when: datetime) -> None:
        self._now = when


class Database:
    """Opens transactions for the services; turns known database errors into user messages."""

    def __init__(self, engine: Engine, *, clock: Clock) -> None:
        self.engine = engine
        self.clock = clock
        self.session_factory: sessionmaker[Session] = make_session_factory(engine)

    @contextmanager
    def write(self, actor: Actor | None, *, reason: str | None = None, station: str = "system") -> Iterator[Session]:
        """One transaction that changes data; every change is audited to ``actor``."""
        who = (actor.staff_id, actor.station) if actor else (None, station)
        with self._transaction({"audit_actor": who, "audit_now": self.clock.now, "audit_reason": reason}) as s:
            yield s

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only look at the data."""
        with self._transaction({}) as s:
            yield s

    @contextmanager
    def _transaction(self, info: dict) -> Iterator[Session]:
        session = self.session_factory()
        session.info.update(info)
        try:
            with session.begin():
                yield session
        except SQLAlchemyError as exc:
            known = known_error(exc)
            if known is not None:
                raise known from exc
            raise
        finally:
            session.close()

    def void(self, actor: Actor, model, record_id: int, *, reason: str, permission: Permission,
             gone: NotFound) -> None:
        """Mark a record void, with who, when and why; it stays where it was shown, marked void.

        Nothing is ever deleted: this is how a record entered by mistake is taken back.
        """
        actor.require(permission)
        why = checked_reason(reason)
        with self.write(actor, reason=why) as s:
            record = s.get(model, record_id)
            if record is None:
                raise gone
            if record.voided_at is not None:
                raise Conflict(MSG_ALREADY_VOID)
            record.voided_at, record.voided_by_id, record.void_reason = self.clock.now(), actor.staff_id, why


def checked_reason(reason: str, field: str = "reason") -> str:
    """The reason for a void (or a lift, or an override): required, one line, 200 characters."""
    if not (reason or "").strip():
        raise ValidationError.single(field, MSG_REASON_REQUIRED)
    why, problem = check_text(reason, field, max_len=200)
    if problem:
        raise ValidationError([problem])
    return why
