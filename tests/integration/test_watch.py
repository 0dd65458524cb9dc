"""Other stations' writes reach this station's change feed: SQLite through data_version and the
change_log, PostgreSQL through LISTEN/NOTIFY; a lost server is reported and everything reloads."""

from __future__ import annotations

import queue
import secrets
import socket
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select, text

from deskapp.db.changes import ALL_KINDS, ChangeFeed
from deskapp.db.engine import make_engine
from deskapp.db.models import Building, ChangeLog, Setting
from deskapp.db.watch import PgListener, SqliteWatcher, libpq_conninfo, prune_change_log
from deskapp.services.base import Database, ManualClock
from tests.conftest import START

WRITTEN = frozenset({"unit", "settings"})  # what write() below touches: a building and a setting

# Another process writing as another station would: its own engine, its own change feed (origin).
CHILD = r"""
import sys
from datetime import datetime
from deskapp.db.engine import make_engine
from deskapp.db.models import Building, Setting
from deskapp.services.base import Database, ManualClock

url, code, mode = sys.argv[1:4]
db = Database(make_engine(url), clock=ManualClock(datetime(2026, 3, 2, 1, 30)))

class Undo(Exception):
    pass

try:
    with db.write(None, station="other") as s:
        s.add(Building(code=code, name="楼", created_at=db.clock.now(), created_station="other"))
        s.merge(Setting(key="watch_test", value=code))
        if mode == "rollback":
            raise Undo
except Undo:
    pass
print(db.changes.origin)
"""


def other_process_writes(url: str, *, mode: str = "commit") -> str:
    """Run a write in another process; returns that process's origin token."""
    done = subprocess.run([sys.executable, "-c", CHILD, url, secrets.token_hex(3), mode],
                          check=True, capture_output=True, text=True, timeout=60)
    return done.stdout.strip()


def write(db: Database, *, rollback: bool = False, setting_only: bool = False) -> None:
    code = secrets.token_hex(3)

    class Undo(Exception):
        pass

    try:
        with db.write(None, station="test") as s:
            if not setting_only:
                s.add(Building(code=code, name="楼", created_at=db.clock.now(), created_station="test"))
            s.merge(Setting(key="watch_test", value=code))
            if rollback:
                raise Undo
    except Undo:
        pass


def recorder(feed: ChangeFeed) -> list[frozenset[str]]:
    got: list[frozenset[str]] = []
    feed.subscribe(got.append)
    return got


# -- SQLite --------------------------------------------------------------------------------

def test_sqlite_another_process_write_is_published_with_exactly_its_kinds(sqlite_engine):
    feed = ChangeFeed()
    got = recorder(feed)
    watcher = SqliteWatcher(sqlite_engine, feed)
    try:
        assert watcher.poll() == frozenset()
        origin = other_process_writes(str(sqlite_engine.url))
        assert origin != feed.origin
        assert watcher.poll() == WRITTEN
        assert got == [WRITTEN]
        assert watcher.poll() == frozenset()  # nothing new: nothing published again
        assert got == [WRITTEN]
    finally:
        watcher.close()


def test_sqlite_our_own_writes_are_not_published_again(sqlite_engine):
    feed = ChangeFeed()
    db = Database(sqlite_engine, clock=ManualClock(START), changes=feed)
    got = recorder(feed)
    watcher = SqliteWatcher(sqlite_engine, feed)
    try:
        write(db)
        assert got == [WRITTEN]  # published once, locally, at the commit
        assert watcher.poll() == frozenset()  # the change_log row is ours: skipped
        assert got == [WRITTEN]
        assert watcher.last_id > 0
    finally:
        watcher.close()


def test_sqlite_a_rolled_back_transaction_publishes_nothing(sqlite_engine):
    feed = ChangeFeed()
    db = Database(sqlite_engine, clock=ManualClock(START), changes=feed)
    got = recorder(feed)
    watcher = SqliteWatcher(sqlite_engine, feed)
    try:
        other_process_writes(str(sqlite_engine.url), mode="rollback")
        write(db, rollback=True)
        assert watcher.poll() == frozenset()
        assert got == []
        with sqlite_engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(ChangeLog)) == 0
            assert conn.scalar(select(func.count()).select_from(Building)) == 0
    finally:
        watcher.close()


def test_sqlite_watcher_starts_after_what_is_already_there(sqlite_engine):
    other_process_writes(str(sqlite_engine.url))
    feed = ChangeFeed()
    got = recorder(feed)
    watcher = SqliteWatcher(sqlite_engine, feed)
    try:
        assert watcher.poll() == frozenset()
        assert got == []
    finally:
        watcher.close()


def test_sqlite_poll_is_cheap_when_nothing_changed(sqlite_engine):
    watcher = SqliteWatcher(sqlite_engine, ChangeFeed())
    try:
        t = time.perf_counter()
        for _ in range(1000):
            watcher.poll()
        assert (time.perf_counter() - t) / 1000 < 0.001  # well under a millisecond each
    finally:
        watcher.close()


def test_prune_keeps_a_day_and_always_the_newest_row(sqlite_engine):
    old = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=2)
    with sqlite_engine.begin() as conn:
        for i in range(3):
            conn.execute(insert(ChangeLog).values(origin="x", kinds="visit", at=old + timedelta(minutes=i)))
        conn.execute(insert(ChangeLog).values(origin="x", kinds="visit"))  # now
    assert prune_change_log(sqlite_engine, timedelta(days=1)) == 3
    with sqlite_engine.begin() as conn:
        assert conn.scalars(select(ChangeLog.id)).all() == [4]
        conn.execute(text("UPDATE change_log SET at = :old"), {"old": old})
    assert prune_change_log(sqlite_engine, timedelta(days=1)) == 0  # the newest stays: ids never restart
    with sqlite_engine.connect() as conn:
        assert conn.scalars(select(ChangeLog.id)).all() == [4]


# -- PostgreSQL ------------------------------------------------------------------------------

class Listening:
    """A PgListener on its own thread, recording what it publishes and its state changes."""

    def __init__(self, url: str, feed: ChangeFeed | None = None) -> None:
        self.feed = feed or ChangeFeed()
        self.got: queue.Queue[frozenset[str]] = queue.Queue()
        self.states: queue.Queue[tuple[bool, datetime | None, float]] = queue.Queue()
        self.feed.subscribe(self.got.put)
        self.listener = PgListener(url, self.feed,
                                   lambda up, since: self.states.put((up, since, time.monotonic())))
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.listener.run, args=(self.stop,), daemon=True)
        self.thread.start()

    def close(self) -> float:
        t = time.monotonic()
        self.stop.set()
        self.thread.join(5)
        assert not self.thread.is_alive()
        return time.monotonic() - t


@pytest.fixture
def listening(pg_server, pg_engine):
    on = Listening(pg_server)
    assert on.listener.ready.wait(5) and on.listener.connected
    yield on
    assert on.close() < 1.5


@pytest.mark.postgres
def test_pg_another_stations_write_arrives_through_the_listener(listening, pg_engine):
    other = Database(pg_engine, clock=ManualClock(START))
    assert other.changes.origin != listening.feed.origin
    write(other)
    assert listening.got.get(timeout=5) == WRITTEN
    assert listening.states.empty()


@pytest.mark.postgres
def test_pg_our_own_echo_and_rollbacks_are_not_published(listening, pg_engine):
    ours = Database(pg_engine, clock=ManualClock(START), changes=listening.feed)
    other = Database(pg_engine, clock=ManualClock(START))
    write(ours)
    assert listening.got.get_nowait() == WRITTEN  # the local publish at commit
    write(other, rollback=True)
    # Notifications arrive in commit order: if our echo or the rolled-back one were published,
    # they would come before this one.
    write(other, setting_only=True)
    assert listening.got.get(timeout=5) == frozenset({"settings"})
    assert listening.got.empty()


@pytest.mark.postgres
def test_pg_a_write_in_another_process_arrives(listening, pg_server):
    other_process_writes(pg_server)
    assert listening.got.get(timeout=5) == WRITTEN


@pytest.mark.postgres
def test_pg_lost_connection_is_reported_then_everything_reloads(listening, pg_engine):
    pid = listening.listener.backend_pid
    assert pid
    killed_at = time.monotonic()
    with pg_engine.begin() as conn:
        assert conn.scalar(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE application_name = :name AND pid = :pid"),
                           {"name": PgListener.APPLICATION_NAME, "pid": pid})
    up, since, at = listening.states.get(timeout=5)
    assert up is False and since is not None and since.tzinfo is not None
    assert at - killed_at < 5
    up, since, _ = listening.states.get(timeout=10)
    assert (up, since) == (True, None)
    assert listening.got.get(timeout=5) == ALL_KINDS
    assert listening.listener.backend_pid != pid
    # And it listens again.
    write(Database(pg_engine, clock=ManualClock(START)))
    assert listening.got.get(timeout=5) == WRITTEN


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_pg_unreachable_at_start_is_reported_and_stops_quickly():
    on = Listening(f"postgresql+psycopg://postgres@127.0.0.1:{_closed_port()}/postgres")
    try:
        up, since, _ = on.states.get(timeout=5)
        assert up is False and since is not None
        assert on.listener.ready.is_set() and not on.listener.connected
    finally:
        assert on.close() < 1.5
    assert on.got.empty()


def test_listener_connects_with_keepalives():
    listener = PgListener("postgresql+psycopg://u:p%40ss@db.example:5433/site?sslmode=require", ChangeFeed())
    assert listener.conninfo == "postgresql://u:p%40ss@db.example:5433/site?sslmode=require"
    kw = listener.connect_kwargs()
    assert kw["autocommit"] is True and kw["connect_timeout"] <= 5
    assert (kw["keepalives_idle"], kw["keepalives_interval"], kw["keepalives_count"]) == (2, 1, 2)
    assert libpq_conninfo(make_engine("postgresql://a@h/d")) == "postgresql://a@h/d"
