"""Alembic migrations, applied at start-up; a SQLite file is copied aside before it changes."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from deskapp.db.engine import is_sqlite
from deskapp.domain.errors import QT_TRANSLATE_NOOP, KnownDatabaseError

log = logging.getLogger(__name__)

# The newest revision in migrations/versions. tests/integration/test_migrations.py checks that
# it matches Alembic's head, so start-up can skip loading Alembic when nothing is to be done.
HEAD = "0016"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011",
                   "0012", "0013", "0014", "0015", "0016")

MSG_NEWER = QT_TRANSLATE_NOOP(
    "errors",
    "The database was written by a newer deskapp (revision {revision}). Update this station first.",
)
MIGRATIONS_DIR = Path(__file__).parent / "migrations"

# What the migrations add by hand (full-text indexes) and the models do not describe.
NOT_IN_MODELS = ("visit_fts", "visit_words", "ix_visit_content_trgm", "request_words",
                 "ix_request_trgm")


def include_name(name: str | None, _type: str, _parents: object) -> bool:
    """Alembic filter: leave the hand-made full-text objects out of model comparisons."""
    return not (name or "").startswith(NOT_IN_MODELS)


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy the SQLite file ``source`` to ``target`` with the online backup API: a consistent snapshot,
    WAL included, taken while other connections go on reading and writing."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            with dst:
                src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _backup_sqlite(engine: Engine, revision: str | None) -> Path | None:
    db_path = Path(engine.url.database or "")
    if not db_path.name or not db_path.exists() or db_path.stat().st_size == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}.before-{revision or 'none'}-{stamp}{db_path.suffix}")
    copy_sqlite(db_path, target)
    log.info("copied %s to %s before migrating", db_path, target)
    return target


def upgrade(engine: Engine) -> MigrationResult:
    """Bring the schema to HEAD; refuse a database from a newer version of the app."""
    before = current_revision(engine)
    if before == HEAD:
        return MigrationResult(before, HEAD, None)
    if before is not None and before not in KNOWN_REVISIONS:
        raise KnownDatabaseError(MSG_NEWER, revision=before)
    backup = None
    if is_sqlite(engine) and before is not None:
        backup = _backup_sqlite(engine, before)
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return MigrationResult(before, HEAD, backup)
