"""The unit of work every service uses, and the clock it reads time from."""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import ColumnElement, Engine, select, text
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from deskapp.db.changes import ChangeFeed
from deskapp.db.engine import is_sqlite, make_session_factory, write_engine
from deskapp.db.errors import known_error
from deskapp.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from deskapp.domain.roles import (
    MSG_REVOKED_INACTIVE,
    AccessRevoked,
    Actor,
    Permission,
    credential_stamp,
    parse_roles,
    revoked,
)
from deskapp.domain.text import check_text

log = logging.getLogger(__name__)

MSG_REASON_REQUIRED = QT_TRANSLATE_NOOP("errors", "Give the reason for voiding.")
MSG_ALREADY_VOID_BY = QT_TRANSLATE_NOOP(
    "errors", "This record was already voided by {name} at {time}: {reason}. Nothing was changed.")


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

    def __init__(self, engine: Engine, *, clock: Clock, changes: ChangeFeed | None = None) -> None:
        self.engine = engine
        self.clock = clock
        self.changes = changes or ChangeFeed()
        self.session_factory: sessionmaker[Session] = make_session_factory(engine, self.changes)
        self._write_bind = write_engine(engine)
        self._revoked_listeners: list[Callable[[AccessRevoked], None]] = []

    @contextmanager
    def write(self, actor: Actor | None, *, reason: str | None = None, station: str = "system") -> Iterator[Session]:
        """One transaction that changes data; every change is audited to ``actor``.

        First, in the same transaction, the actor's staff row is read as it is now: a member who has
        been deactivated, lost a role or had the password reset by an administrator since logging in
        gets AccessRevoked and nothing is written (one look-up by primary key).
        """
        who = (actor.staff_id, actor.station) if actor else (None, station)
        info = {"audit_actor": who, "audit_now": self.clock.now, "audit_reason": reason}
        with self._transaction(info, bind=self._write_bind) as s:
            if actor is not None:
                self._check_still_allowed(s, actor)
            yield s

    def _check_still_allowed(self, session: Session, actor: Actor) -> None:
        from deskapp.db.models import Staff

        row = session.execute(select(Staff.active, Staff.roles, Staff.must_change_password, Staff.password_hash)
                              .where(Staff.id == actor.staff_id)).first()
        if row is None:  # staff are never deleted; a row gone is as good as deactivated
            error: AccessRevoked | None = AccessRevoked(MSG_REVOKED_INACTIVE, staff_id=actor.staff_id)
        else:
            error = revoked(actor, active=row.active, roles=parse_roles(row.roles),
                            must_change_password=row.must_change_password,
                            credential=credential_stamp(row.password_hash))
        if error is not None:
            for listener in list(self._revoked_listeners):
                try:
                    listener(error)
                except Exception:  # a listener's bug must not hide the refusal
                    log.exception("access-revoked listener failed")
            raise error

    def on_access_revoked(self, listener: Callable[[AccessRevoked], None]) -> Callable[[], None]:
        """Call ``listener`` whenever a write is refused because its actor's account changed (the main
        window goes back to the login, whichever widget showed the message); returns the un-subscriber."""
        self._revoked_listeners.append(listener)
        return lambda: self._revoked_listeners.remove(listener) if listener in self._revoked_listeners else None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only look at the data (on SQLite a deferred transaction: it never waits for a writer)."""
        with self._transaction({"read_only": True}, bind=self.engine) as s:
            yield s

    @contextmanager
    def _transaction(self, info: dict, *, bind: Engine) -> Iterator[Session]:
        session = self.session_factory(bind=bind)
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

    def ignoring_case(self, column, q: str, *, prefix: bool = False) -> ColumnElement[bool]:
        """``column`` contains (or starts with) ``q``, ASCII case ignored, wildcards taken literally."""
        if self.engine.dialect.name == "sqlite":  # its LIKE ignores ASCII case; lower() would slow it
            return column.startswith(q, autoescape=True) if prefix else column.contains(q, autoescape=True)
        return column.istartswith(q, autoescape=True) if prefix else column.icontains(q, autoescape=True)

    def void(self, actor: Actor, model, record_id: int, *, reason: str, permission: Permission,
             gone: NotFound, already: str | Callable[[Any], str] = MSG_ALREADY_VOID_BY) -> None:
        """Mark a record void, with who, when and why; it stays where it was shown, marked void.

        Nothing is ever deleted: this is how a record entered by mistake is taken back. A record
        another station has just voided is refused with ``already`` (a message with {name}, {time}
        and {reason}, or a function of the record giving one).
        """
        actor.require(permission)
        why = checked_reason(reason)
        with self.write(actor, reason=why) as s:
            record = locked(s, model, record_id)
            if record is None:
                raise gone
            if record.voided_at is not None:
                message = already(record) if callable(already) else already
                raise Conflict(message, **void_stamp(s, record))
            record.voided_at, record.voided_by_id, record.void_reason = self.clock.now(), actor.staff_id, why


FOR_UPDATE = {"key_share": True}  # PostgreSQL: FOR NO KEY UPDATE


def locked(session: Session, model, record_id: int):
    """The row ``record_id`` of ``model``, read under a lock until this transaction ends.

    Every state change reads its row through here, inside the transaction that writes it: on
    PostgreSQL ``SELECT … FOR NO KEY UPDATE`` makes a second station wait and then see the first one's
    change; on SQLite the write transaction began IMMEDIATE and already holds the file's write lock.
    (NO KEY: the lock an UPDATE takes; rows inserted meanwhile that refer to this one, such as a note
    or an audit row naming a staff member, do not wait for it.)
    """
    if record_id is None:
        return None
    try:
        return session.get(model, int(record_id), with_for_update=FOR_UPDATE, populate_existing=True)
    except OverflowError:  # an id past the column's range names no record
        return None


def one_at_a_time(session: Session, what: str) -> None:
    """Until this transaction ends, no other transaction passes ``one_at_a_time(…, what)``.

    For a check-then-insert with no row to lock yet (a new unit): the second station waits here, then
    its check sees what the first one committed. PostgreSQL: a transaction-level advisory lock keyed
    by ``what``; SQLite: nothing to do, its write transaction (BEGIN IMMEDIATE) already runs alone.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": zlib.crc32(what.encode())})


def who_and_when(session: Session, staff_id: int | None, when) -> dict[str, str]:
    """The name and local time for a message about what another station has just done (HH:MM today,
    with the date before that: a slip scanned again a week later)."""
    from deskapp.db.models import Staff
    from deskapp.services.timeutil import local_date, local_hhmm

    name = session.scalar(select(Staff.name).where(Staff.id == staff_id)) if staff_id else None
    if not when:
        return {"name": name or "?", "time": "?"}
    time_ = local_hhmm(when)
    if local_date(when) != datetime.now().date():
        time_ = f"{local_date(when).isoformat()} {time_}"
    return {"name": name or "?", "time": time_}


def void_stamp(session: Session, record) -> dict[str, str]:
    return who_and_when(session, record.voided_by_id, record.voided_at) | {"reason": record.void_reason or ""}


def again_on_unique_race(write: Callable[[], None], table: str, *columns: str) -> None:
    """Run ``write`` (one transaction that inserts a row keyed by ``table(columns)`` when none is there);
    if another station inserted that key in between, run it once more, now finding the row."""
    for attempt in (1, 2):
        try:
            write()
            return
        except IntegrityError as exc:
            if attempt == 2 or not violates_unique(exc, table, *columns):
                raise


def violates_unique(exc: IntegrityError, table: str, *columns: str) -> bool:
    """Whether ``exc`` is a unique (or primary key) violation on exactly ``table(columns)``.

    Two stations inserting the same key at once: the database lets one in and refuses the other
    here; the service turns that into the message it gives when it finds the key beforehand.
    """
    orig = getattr(exc, "orig", None)
    text_ = str(orig or exc)
    if text_.startswith("UNIQUE constraint failed: "):  # SQLite: "… failed: staff.staff_no"
        return text_.removeprefix("UNIQUE constraint failed: ").strip() == ", ".join(
            f"{table}.{c}" for c in columns)
    diag = getattr(orig, "diag", None)  # PostgreSQL (psycopg): the table, and "Key (col)=(…)" in the detail
    if getattr(orig, "sqlstate", None) == "23505" and diag is not None:
        return diag.table_name == table and (diag.message_detail or "").startswith(
            "Key (" + ", ".join(columns) + ")=")
    return False


def checked_reason(reason: str, field: str = "reason") -> str:
    """The reason for a void (or a lift, or an override): required, one line, 200 characters."""
    if not (reason or "").strip():
        raise ValidationError.single(field, MSG_REASON_REQUIRED)
    why, problem = check_text(reason, field, max_len=200)
    if problem:
        raise ValidationError([problem])
    return why
