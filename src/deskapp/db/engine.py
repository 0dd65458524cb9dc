"""Engine and session factory for SQLite (the embedded default) and PostgreSQL (a site)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from deskapp.db import audit, changes, name_index, pass_index, request_words, visit_words

BUSY_TIMEOUT_MS = 5000  # how long a SQLite write waits for another writer before "busy"
WRITE_OPTION = "deskapp_write"  # execution option of the engine write transactions are bound to


def is_sqlite(url_or_engine) -> bool:
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else make_url(str(url_or_engine))
    return url.get_backend_name() == "sqlite"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine configured for durability: SQLite with WAL, full sync and foreign keys.

    Its errors and its echo never show the SQL parameters (``hide_parameters``): an unexpected
    error is logged with its traceback, and the parameters may be a password hash or an ID number.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        # A plain file path gets its folder made; a "file:…?uri=true" URI is SQLite's to open.
        if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, echo=echo, hide_parameters=True,
                               connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(
        parsed,
        echo=echo,
        hide_parameters=True,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 5, "application_name": "deskapp"},
    )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        # Let SQLAlchemy's BEGIN below drive transactions (pysqlite's own handling defers them).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        # FULL: with WAL, every commit is fsynced, so a power cut loses nothing committed.
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # A write transaction takes the write lock at BEGIN, so the busy timeout applies: a deferred
        # BEGIN that reads and then writes cannot upgrade a stale WAL snapshot and fails at once.
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def write_engine(engine: Engine) -> Engine:
    """The same engine (and pool), marked so that SQLite begins its transactions IMMEDIATE."""
    return engine.execution_options(**{WRITE_OPTION: True})


def make_session_factory(engine: Engine, feed: changes.ChangeFeed | None = None) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    audit.install(factory)
    name_index.install(factory)
    visit_words.install(factory)
    pass_index.install(factory)
    request_words.install(factory)
    if feed is not None:
        changes.install(factory, feed, dialect=engine.dialect.name)
    return factory
