"""The change feed: which kinds of record each committed write transaction touched.

Every page of the UI shows some kinds of record (visits, guests, requests, …). Instead of pages
calling each other's ``refresh()``, the database layer tells everyone, after a commit, which kinds
changed; a page that shows one of them reloads itself.

How a change travels:

* In this process: session hooks collect the tables an ORM flush or a bulk statement wrote, map them
  to kinds and, after the commit (never after a rollback), call :meth:`ChangeFeed.publish`.
* To other processes (other stations): inside the same transaction, so that it is seen only if the
  transaction commits,
    - PostgreSQL: ``pg_notify('deskapp', 'ORIGIN kinds…')`` — delivered to listeners at commit;
    - SQLite: a row in ``change_log`` (origin, kinds); other processes notice the commit through
      ``PRAGMA data_version`` and read the new rows (see :mod:`deskapp.db.watch`).
  The origin is this process's token, so a station ignores the echo of its own writes (it has
  already published them locally).

Plain Python: no Qt. The UI bridges the feed to a Qt signal on the GUI thread.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable, Iterable

from sqlalchemy import event, insert, text
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from deskapp.db.models import ChangeLog

log = logging.getLogger(__name__)

CHANNEL = "deskapp"

# Table → the kind of record a page shows. Tables not listed (audit_log) are nobody's page.
KIND_OF_TABLE: dict[str, str] = {
    "site": "settings",
    "setting": "settings",
    "staff": "staff",
    "station": "station",
    "building": "unit",
    "unit": "unit",
    "resident": "resident",
    "resident_phone": "resident",
    "resident_name_gram": "resident",
    "unit_note": "unit_note",
    "visit": "visit",
    "guest_visit": "guest",
    "watch_entry": "watchlist",
    "request": "request",
    "request_note": "request",
    "call": "call",
    "move_pass": "pass",
    "move_pass_item": "pass",
    "move_pass_name_gram": "pass",
    "move_pass_plate_tail": "pass",
    "control_event": "control_event",
    "control_event_note": "control_event",
    "control_counter": "control_event",
    "control_fault": "control_fault",
    "control_device": "control_device",
    "fire_system": "fire_system",
    "control_shift": "shift",
    "control_shift_operator": "shift",
    "equipment_record": "equipment_record",
    "equipment_record_line": "equipment_record",
    "daily_check": "shift",
    "handover": "shift",
    "handover_signature": "shift",
    "handover_item": "shift",
    "card_application": "card",
    "access_card": "card",
    "access_card_event": "card",
    "backup_run": "backup",
}
ALL_KINDS: frozenset[str] = frozenset(KIND_OF_TABLE.values())

_KEY = "changed_kinds"

Listener = Callable[[frozenset[str]], None]


def new_origin() -> str:
    """A token naming this process in notifications (so it can ignore its own echo)."""
    return secrets.token_hex(6)


def encode_kinds(kinds: Iterable[str]) -> str:
    """Kinds as stored in ``change_log`` and sent after the origin in a notification."""
    return ",".join(sorted(kinds))


def decode_kinds(text: str) -> frozenset[str]:
    """The kinds written by :func:`encode_kinds`; unreadable means 'everything may have changed'."""
    kinds = frozenset(k for k in (text or "").split(",") if k in ALL_KINDS)
    return kinds or ALL_KINDS


def encode(origin: str, kinds: Iterable[str]) -> str:
    return origin + " " + encode_kinds(kinds)


def decode(payload: str) -> tuple[str, frozenset[str]]:
    """(origin, kinds) of a notification; an unreadable one means 'everything may have changed'."""
    origin, _, rest = (payload or "").partition(" ")
    return origin, decode_kinds(rest)


class ChangeFeed:
    """Calls its listeners with the kinds each committed transaction touched.

    Listeners are called on the thread that published (the committing thread for local writes, a
    watcher's thread for other stations' writes); a Qt listener queues to the GUI thread itself.
    """

    def __init__(self, origin: str | None = None) -> None:
        self.origin = origin or new_origin()
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(kinds)`` after each change; returns a function that unsubscribes."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, kinds: Iterable[str]) -> None:
        kinds = frozenset(kinds)
        if not kinds:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(kinds)
            except Exception:  # a broken page must not stop the others hearing of the change
                log.exception("change listener failed for %s", sorted(kinds))


def touch(session: Session, *kinds: str) -> None:
    """Mark kinds as changed by this transaction (for writes the hooks cannot see)."""
    session.info.setdefault(_KEY, set()).update(kinds)


def install(factory: sessionmaker[Session], feed: ChangeFeed, *, dialect: str) -> None:
    """Attach the hooks that collect kinds, tell other stations and publish after commit."""

    @event.listens_for(factory, "after_flush")
    def _after_flush(session: Session, _ctx) -> None:
        kinds = session.info.setdefault(_KEY, set())
        for obj in (*session.new, *session.dirty, *session.deleted):
            kind = KIND_OF_TABLE.get(getattr(obj, "__tablename__", ""))
            if kind:
                kinds.add(kind)

    @event.listens_for(factory, "do_orm_execute")
    def _on_execute(state: ORMExecuteState) -> None:
        if not (state.is_insert or state.is_update or state.is_delete):
            return
        table = getattr(state.statement, "table", None)
        kind = KIND_OF_TABLE.get(getattr(table, "name", ""))
        if kind:
            touch(state.session, kind)

    @event.listens_for(factory, "before_commit")
    def _before_commit(session: Session) -> None:
        # A SAVEPOINT's release fires the commit hooks too: only the real commit tells anyone.
        if session.info.get("read_only") or session.in_nested_transaction():
            return
        session.flush()  # the last changes' kinds are collected by the flush hook
        kinds = session.info.get(_KEY)
        if not kinds:
            return
        payload = encode(feed.origin, kinds)
        conn = session.connection()
        if dialect == "postgresql":
            conn.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})
        else:
            conn.execute(insert(ChangeLog).values(origin=feed.origin, kinds=encode_kinds(kinds)))

    @event.listens_for(factory, "after_commit")
    def _after_commit(session: Session) -> None:
        if session.in_nested_transaction():
            return
        kinds = session.info.pop(_KEY, None)
        if kinds:
            feed.publish(kinds)

    @event.listens_for(factory, "after_rollback")
    def _after_rollback(session: Session) -> None:
        # A savepoint rolled back leaves the outer transaction's changes to be told (a kind or two
        # too many only costs a page a reload; one too few would leave it stale).
        if not session.in_nested_transaction():
            session.info.pop(_KEY, None)
