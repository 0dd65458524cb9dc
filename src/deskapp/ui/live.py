"""Live refresh across stations, and the banner that says when the database is out of reach.

:class:`LiveRefresh` feeds other stations' writes into the database's change feed, from where
:class:`deskapp.ui.pages.ChangeSignals` brings them to the pages:

* SQLite: a timer polls a :class:`deskapp.db.watch.SqliteWatcher` twice a second on the GUI thread
  (one ``PRAGMA`` when nothing changed);
* PostgreSQL: a worker thread runs a :class:`deskapp.db.watch.PgListener`; its connection state is
  re-emitted on the GUI thread as ``connection_lost(since)`` / ``connection_back()``.

:class:`DatabaseBanner` shows "database unreachable since 14:02 — what you type is kept" while the
server is gone. Nothing is retried behind the user's back: only the listening reconnects itself.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from deskapp.db.changes import ChangeFeed

log = logging.getLogger(__name__)


class _Database(Protocol):
    engine: Any
    changes: ChangeFeed


class LiveRefresh(QObject):
    """Hears other stations' writes and puts them on ``database.changes``.

    ``LiveRefresh(db).start()`` once the database is open (before the pages load, so nothing is
    missed in between); :meth:`stop` at log-out and quit.

    Signals (GUI thread; PostgreSQL only):
        connection_lost(datetime): the server is out of reach since this time (aware, UTC).
        connection_back(): it is back; every kind of record has been published for a reload.
    """

    connection_lost = Signal(object)
    connection_back = Signal()
    _state = Signal(bool, object)

    # SQLite: how often another process's commit is looked for. A poll that finds nothing is one PRAGMA
    # (microseconds); at 1000 ms the wait alone is uniform over 0-1 s, so the p95 of "saved there →
    # shown here" sat at ~0.9 s against a 1 s target (bench/bench_stations.py); 500 ms halves it.
    POLL_MS = 500
    START_WAIT = 1.0  # PostgreSQL: how long start() waits for the first LISTEN

    def __init__(self, database: _Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveRefresh")
        self.database = database
        self.backend: str = database.engine.dialect.name
        self.watcher: Any = None  # SqliteWatcher or PgListener while started
        self.timer = QTimer(self)
        self.timer.setObjectName("liveRefreshTimer")
        self.timer.setInterval(self.POLL_MS)
        self.timer.timeout.connect(self.poll)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._state.connect(self._on_state, Qt.ConnectionType.QueuedConnection)

    # -- starting and stopping ------------------------------------------------------------------

    def start(self) -> None:
        """Begin listening (polling on SQLite); does nothing if already started."""
        if self.running:
            return
        if self.backend == "sqlite":
            from deskapp.db.watch import SqliteWatcher

            self.watcher = SqliteWatcher(self.database.engine, self.database.changes)
            self.timer.start()
            return
        if self.backend != "postgresql":
            log.warning("no live refresh for %s databases", self.backend)
            return
        from deskapp.db.watch import PgListener

        listener = PgListener(self.database.engine, self.database.changes, self._state.emit)
        self.watcher = listener
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(listener, self._stop),
                                        name="deskapp-listen", daemon=True)
        self._thread.start()
        # The pages load after this: wait (briefly) until LISTEN is in place, so no write falls between.
        listener.ready.wait(self.START_WAIT)

    @staticmethod
    def _run(listener: Any, stop: threading.Event) -> None:
        try:
            listener.run(stop)
        except Exception:  # a bug here must not pass silently: the station would stop hearing others
            log.exception("the database listener stopped")

    def stop(self, timeout: float = 1.0) -> bool:
        """Stop listening; True when the worker thread has ended within ``timeout`` seconds.

        A thread still waiting for an unreachable server to answer ends by itself a few seconds
        later (it is a daemon thread, and it sees the stop as soon as its wait returns).
        """
        self.timer.stop()
        self._stop.set()
        ended = True
        if self._thread is not None:
            self._thread.join(timeout)
            ended = not self._thread.is_alive()
            if not ended:
                log.warning("the database listener is still waiting for the server; left to end by itself")
            self._thread = None
        if self.backend == "sqlite" and self.watcher is not None:
            self.watcher.close()
        self.watcher = None
        return ended

    @property
    def running(self) -> bool:
        return self.timer.isActive() or (self._thread is not None and self._thread.is_alive())

    # -- what happens -----------------------------------------------------------------------------

    def poll(self) -> frozenset[str]:
        """SQLite: publish what other processes committed since the last poll (the timer's slot)."""
        if self.watcher is None or self.backend != "sqlite":
            return frozenset()
        return self.watcher.poll()

    def _on_state(self, up: bool, since: datetime | None) -> None:
        if up:
            self.connection_back.emit()
        else:
            self.connection_lost.emit(since)


class DatabaseBanner(QLabel):
    """A red bar over the window while the database server is out of reach; hidden otherwise.

    ``banner.attach(live)`` follows a :class:`LiveRefresh`; :meth:`show_lost` / :meth:`show_back`
    can also be called directly.
    """

    STYLE = ("QLabel#databaseBanner { background: #b3261e; color: white; font-weight: bold; "
             "padding: 6px 12px; border-bottom: 2px solid #f9a825; }")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseBanner")
        self.setStyleSheet(self.STYLE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.since: datetime | None = None
        self.hide()

    def attach(self, live: LiveRefresh) -> None:
        live.connection_lost.connect(self.show_lost)
        live.connection_back.connect(self.show_back)

    def show_lost(self, since: datetime) -> None:
        """The database is unreachable since ``since`` (aware, or naive UTC)."""
        self.since = since
        self._render()
        self.show()

    def show_back(self) -> None:
        self.since = None
        self.hide()

    def _render(self) -> None:
        if self.since is None:
            return
        since = self.since if self.since.tzinfo else self.since.replace(tzinfo=UTC)
        hhmm = since.astimezone().strftime("%H:%M")
        self.setText(self.tr("database unreachable since {time} — what you type is kept").format(time=hhmm))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
