"""Live refresh in the window: another process's write reaches a page's change signal, and a red
banner says when the PostgreSQL server is out of reach (within 5 s) and goes when it is back."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from deskapp.db.changes import ALL_KINDS, ChangeFeed
from deskapp.db.engine import make_engine
from deskapp.services.base import Database, ManualClock
from deskapp.ui.live import DatabaseBanner, LiveRefresh
from deskapp.ui.pages import ChangeSignals
from tests import conftest
from tests.conftest import START
from tests.integration import test_watch as watch


def test_banner_appears_on_connection_lost_and_goes_on_connection_back(qtbot, sqlite_engine):
    live = LiveRefresh(Database(sqlite_engine, clock=ManualClock(START)))
    banner = DatabaseBanner()
    qtbot.addWidget(banner)
    banner.attach(live)
    assert banner.objectName() == "databaseBanner" and not banner.isVisible()
    since = datetime(2026, 3, 2, 6, 2, tzinfo=UTC)
    live.connection_lost.emit(since)
    assert banner.isVisible()
    assert banner.text() == (f"database unreachable since {since.astimezone().strftime('%H:%M')}"
                             " — what you type is kept")
    live.connection_back.emit()
    assert not banner.isVisible()


def test_sqlite_another_process_write_reaches_the_change_signal(qtbot, sqlite_engine):
    db = Database(sqlite_engine, clock=ManualClock(START), changes=ChangeFeed())
    signals = ChangeSignals(db.changes)
    got: list[frozenset[str]] = []
    signals.changed.connect(got.append)
    live = LiveRefresh(db)
    live.start()
    try:
        assert live.running and live.timer.interval() <= 1000
        watch.other_process_writes(str(sqlite_engine.url))
        qtbot.waitUntil(lambda: bool(got), timeout=3000)
        assert got == [watch.WRITTEN]
        watch.write(db)  # our own write: delivered once, by the local commit, not again by the poll
        qtbot.waitUntil(lambda: len(got) == 2, timeout=1000)
        assert live.poll() == frozenset()  # the change_log row is ours
        qtbot.wait(50)
        assert got == [watch.WRITTEN, watch.WRITTEN]
    finally:
        assert live.stop()
    assert not live.running
    signals.close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_server_unreachable_from_the_start_shows_the_banner(qtbot):
    db = Database(make_engine(f"postgresql+psycopg://postgres@127.0.0.1:{_closed_port()}/postgres"),
                  clock=ManualClock(START))
    live = LiveRefresh(db)
    banner = DatabaseBanner()
    qtbot.addWidget(banner)
    banner.attach(live)
    live.start()
    try:
        qtbot.waitUntil(banner.isVisible, timeout=5000)
    finally:
        t = time.monotonic()
        assert live.stop()
        assert time.monotonic() - t < 1.2


class Cluster:
    """A throwaway PostgreSQL cluster this test may stop and start (as postgres when root)."""

    def __init__(self) -> None:
        bindir = conftest._pg_bin()
        if bindir is None:
            pytest.skip("PostgreSQL server binaries not installed")
        self.bindir = bindir
        self.work = Path(tempfile.mkdtemp(prefix="deskapp-pg-live-"))
        if os.geteuid() == 0:
            shutil.chown(self.work, "postgres", "postgres")
        self.port = conftest._free_port()
        self.data = self.work / "data"
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8")
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run(conftest._as_postgres([str(self.bindir / tool), *args]), check=True, capture_output=True)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.work / "log"), "-w", "-o",
                  f"-p {self.port} -k {self.work} -c listen_addresses=127.0.0.1 -c fsync=off", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def remove(self) -> None:
        subprocess.run(conftest._as_postgres([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m",
                                              "immediate", "stop"]), capture_output=True)
        shutil.rmtree(self.work, ignore_errors=True)


@pytest.fixture
def cluster():
    c = Cluster()
    c.start()
    yield c
    c.remove()


@pytest.mark.postgres
def test_server_gone_shows_the_banner_within_5s_and_back_reloads_everything(qtbot, cluster):
    db = Database(make_engine(cluster.url), clock=ManualClock(START), changes=ChangeFeed())
    signals = ChangeSignals(db.changes)
    got: list[frozenset[str]] = []
    signals.changed.connect(got.append)
    live = LiveRefresh(db)
    banner = DatabaseBanner()
    qtbot.addWidget(banner)
    banner.attach(live)
    live.start()
    try:
        assert live.watcher.connected and not banner.isVisible()
        cluster.stop()
        gone = time.monotonic()
        qtbot.waitUntil(banner.isVisible, timeout=5000)
        assert time.monotonic() - gone < 5
        assert "database unreachable since" in banner.text()
        assert got == []  # nothing is reloaded while there is nothing to reload from
        cluster.start()
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=6000)
        qtbot.waitUntil(lambda: bool(got), timeout=2000)
        assert got == [ALL_KINDS]
    finally:
        t = time.monotonic()
        assert live.stop()
        assert time.monotonic() - t < 1.2
    signals.close()
    db.engine.dispose()
