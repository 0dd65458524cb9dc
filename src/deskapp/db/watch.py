"""Hearing other stations' writes: the other half of the change feed (see :mod:`deskapp.db.changes`).

* SQLite (a second window or PC on the same file): :class:`SqliteWatcher` keeps a connection of its
  own and polls ``PRAGMA data_version``, which changes only when another connection has committed;
  then it reads the new ``change_log`` rows and publishes the kinds other processes wrote.
* PostgreSQL (a site's stations): :class:`PgListener` holds a dedicated autocommit connection that
  ``LISTEN``s on the feed's channel, publishes the kinds of other stations' notifications, notices a
  lost server within a few seconds, reconnects by itself, and then publishes every kind: the
  notifications sent while it was away are lost, so everything must be reloaded.

Plain Python, no Qt: :mod:`deskapp.ui.live` runs these on a timer or a thread. Only this listening
is retried by itself; a user's save is never retried behind the user's back.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.engine import URL, make_url

from deskapp.db.changes import ALL_KINDS, CHANNEL, ChangeFeed, decode, decode_kinds
from deskapp.db.models import ChangeLog

log = logging.getLogger(__name__)

StateCallback = Callable[[bool, "datetime | None"], None]


# -- SQLite ---------------------------------------------------------------------------------

def sqlite_path(engine_or_path: Engine | str | Path) -> str:
    """The file of a SQLite engine (or a path given as such)."""
    if isinstance(engine_or_path, Engine):
        database = engine_or_path.url.database
        if engine_or_path.dialect.name != "sqlite" or not database or database == ":memory:":
            raise ValueError("SqliteWatcher needs an engine on a SQLite file")
        return database
    return str(engine_or_path)


class SqliteWatcher:
    """Publishes the kinds other processes committed to the same SQLite file.

    :meth:`poll` is cheap when nothing changed (one ``PRAGMA data_version`` on an open connection,
    microseconds), so it can run every second on the GUI thread. It starts at the newest
    ``change_log`` row: what was written before it was created is already in what the pages loaded.
    """

    def __init__(self, engine_or_path: Engine | str | Path, feed: ChangeFeed) -> None:
        self.feed = feed
        path = sqlite_path(engine_or_path)
        self._con = sqlite3.connect(path, uri=path.startswith("file:"), timeout=0.5,
                                    isolation_level=None, check_same_thread=False)
        self._con.execute("PRAGMA query_only=1")  # it only ever reads
        self._version = self._data_version()
        self.last_id = self._max_id()

    def _data_version(self) -> int:
        return int(self._con.execute("PRAGMA data_version").fetchone()[0])

    def _max_id(self) -> int:
        return int(self._con.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0])

    def poll(self) -> frozenset[str]:
        """Publish what other processes committed since the last poll; returns those kinds."""
        try:
            version = self._data_version()
            if version == self._version:
                return frozenset()
            self._version = version
            rows = self._con.execute("SELECT id, origin, kinds FROM change_log WHERE id > ? ORDER BY id",
                                     (self.last_id,)).fetchall()
            kinds: set[str] = set()
            if rows:
                self.last_id = rows[-1][0]
                for _id, origin, names in rows:
                    if origin != self.feed.origin:
                        kinds |= decode_kinds(names)
            elif (newest := self._max_id()) < self.last_id:
                # The file was replaced under us (a restore): nothing we hold can be trusted.
                log.warning("change_log went back from id %s: reloading everything", self.last_id)
                self.last_id = newest
                kinds = set(ALL_KINDS)
        except sqlite3.Error as exc:  # busy for a moment, or the file went away: try again next time
            log.warning("cannot read the change log: %s", exc)
            return frozenset()
        found = frozenset(kinds)
        self.feed.publish(found)
        return found

    def close(self) -> None:
        self._con.close()


def prune_change_log(engine: Engine, older_than: timedelta = timedelta(days=1)) -> int:
    """Delete ``change_log`` rows older than ``older_than``; returns how many went.

    The newest row always stays, so that ids never start again from 1 under a watcher that is
    waiting for ids above the last one it saw. Call it once at start-up.
    """
    from deskapp.db.engine import write_engine

    cutoff = datetime.now(UTC).replace(tzinfo=None) - older_than
    newest = select(func.max(ChangeLog.id)).scalar_subquery()
    with write_engine(engine).begin() as conn:
        result = conn.execute(delete(ChangeLog).where(ChangeLog.at < cutoff, ChangeLog.id < newest))
    return int(result.rowcount or 0)


# -- PostgreSQL -----------------------------------------------------------------------------

def libpq_conninfo(url: str | URL | Engine) -> str:
    """A libpq connection string for a SQLAlchemy PostgreSQL URL (password and query kept)."""
    if isinstance(url, Engine):
        url = url.url
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "postgresql":
        raise ValueError("PgListener needs a PostgreSQL URL")
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


class PgListener:
    """Listens for other stations' changes on a dedicated PostgreSQL connection.

    ``run(stop_event)`` is meant for a worker thread; it returns soon after ``stop_event`` is set.
    ``on_state(False, since_utc)`` is called (on that thread) when the connection is lost — at the
    latest a few seconds after the server or the network goes away — and ``on_state(True, None)``
    when it is back, followed by publishing :data:`ALL_KINDS` (what was sent meanwhile is lost).
    If the very first connection fails, that is reported as lost too.
    """

    APPLICATION_NAME = "deskapp-listen"
    WAIT = 0.5          # seconds per wait for notifications: how soon a stop is noticed
    CHECK_EVERY = 2.0   # seconds between liveness checks of a quiet connection
    RETRY_EVERY = 2.0   # seconds between reconnection attempts
    CONNECT_TIMEOUT = 3  # seconds (libpq's connect_timeout; whole seconds)

    def __init__(self, url: str | URL | Engine, feed: ChangeFeed,
                 on_state: StateCallback | None = None) -> None:
        self.conninfo = libpq_conninfo(url)
        self.feed = feed
        self.on_state = on_state or (lambda _up, _since: None)
        self.connected = False
        self.lost_since: datetime | None = None
        self.ready = threading.Event()  # set after the first attempt to connect, whatever its outcome
        self.backend_pid: int | None = None  # the server process of the listening connection
        self._conn: Any = None

    def connect_kwargs(self) -> dict[str, Any]:
        from psycopg import pq

        kwargs: dict[str, Any] = {
            "autocommit": True,
            "connect_timeout": self.CONNECT_TIMEOUT,
            "application_name": self.APPLICATION_NAME,
            # A silent network loss is noticed in ~4 s: probe after 2 idle seconds, every second, twice.
            "keepalives": 1, "keepalives_idle": 2, "keepalives_interval": 1, "keepalives_count": 2,
        }
        if pq.version() >= 120000:  # libpq 12+: give up on unacknowledged data (a query) after 4 s
            kwargs["tcp_user_timeout"] = 4000
        return kwargs

    def _connect(self) -> Any:
        import psycopg

        conn = psycopg.connect(self.conninfo, **self.connect_kwargs())
        try:
            conn.execute(f"LISTEN {CHANNEL}")
        except Exception:
            conn.close()
            raise
        self.backend_pid = conn.info.backend_pid
        return conn

    def run(self, stop: threading.Event) -> None:
        """Listen until ``stop`` is set."""
        import psycopg

        next_check = 0.0
        try:
            while not stop.is_set():
                if self._conn is None:
                    try:
                        self._conn = self._connect()
                    except (psycopg.Error, OSError) as exc:
                        self._lost(exc)
                        self.ready.set()
                        stop.wait(self.RETRY_EVERY)
                        continue
                    self.ready.set()
                    self._back()
                    next_check = time.monotonic() + self.CHECK_EVERY
                try:
                    for note in self._conn.notifies(timeout=self.WAIT):
                        origin, kinds = decode(note.payload)
                        if origin != self.feed.origin:
                            self.feed.publish(kinds)
                    if time.monotonic() >= next_check and not stop.is_set():
                        self._conn.execute("SELECT 1")
                        next_check = time.monotonic() + self.CHECK_EVERY
                except (psycopg.Error, OSError) as exc:
                    self._drop()
                    self._lost(exc)
                    # Reconnect at once (a terminated backend on a live server comes straight back);
                    # if that fails, every RETRY_EVERY seconds.
        finally:
            self._drop()

    def _lost(self, exc: Exception) -> None:
        if self.connected or self.lost_since is None:
            self.connected = False
            self.lost_since = datetime.now(UTC)
            log.warning("database notifications lost: %s", str(exc).strip())
            self.on_state(False, self.lost_since)

    def _back(self) -> None:
        was_lost = self.lost_since is not None
        self.connected, self.lost_since = True, None
        if was_lost:
            log.warning("database notifications back: reloading everything")
            self.on_state(True, None)
            self.feed.publish(ALL_KINDS)

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # closing a broken connection may fail too; it is gone either way
                log.debug("closing the listening connection failed", exc_info=True)
