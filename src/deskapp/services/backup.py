"""Backups of the database, their retention, their status, and restoring one into place.

Where backups go: **a station setting** (``StationConfig.backup_folder``), not a site setting. A
folder is a path as one PC sees it — ``D:\\备份``, a mapped drive ``Z:``, ``\\\\nas\\deskapp`` — and
means nothing, or something else, on the next PC. On a one-file site (SQLite) the database is on
this PC, so this PC's folder is the one that matters; on a server site (PostgreSQL) the backup is
made by the station (or the OS scheduler running ``deskapp backup``) that an administrator has
given a folder, and the other stations need not all dump the same server. A station without a
folder of its own backs a SQLite file up into ``backups`` beside it (better than nothing; the
dialog says a second disk or a share is better) and makes no automatic PostgreSQL dump.

SQLite: the online backup API (``sqlite3.Connection.backup``) copies a consistent snapshot while the
desk goes on working, then ``PRAGMA integrity_check`` is run on the copy. PostgreSQL: ``pg_dump -Fc``
from a snapshot exported by the transaction that counts the rows (so the counts shown before a
restore are the dump's own), checked with ``pg_restore --list``. pg_dump and pg_restore are the
only programs the app starts (argument lists, never a shell).

Each backup ``deskapp-YYYYMMDD-HHMMSS.sqlite3`` (or ``.pgdump``) has a ``.json`` beside it with its
check result and row counts; ``backup-status.json`` holds the last attempt (a failure included). Each
attempt is also recorded in the database itself (``backup_run``: when, which station, good or why not),
so that the board on every station, and every admin at login, sees the site's last backup — on a
server site it is made by one station, into a folder the others cannot see.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
import subprocess  # pg_dump / pg_restore only: argument lists, never a shell
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, select, text

from deskapp.db.engine import is_sqlite
from deskapp.db.migrate import KNOWN_REVISIONS, copy_sqlite
from deskapp.db.models import BackupRun
from deskapp.domain.backups import DEFAULT_RETENTION, Retention, to_delete
from deskapp.domain.errors import QT_TRANSLATE_NOOP, Conflict, DeskError, NotFound
from deskapp.domain.roles import Actor, Permission
from deskapp.services.base import Database
from deskapp.services.timeutil import to_local

log = logging.getLogger(__name__)

MSG_TOOL_MISSING = QT_TRANSLATE_NOOP(
    "errors", "{tool} was not found. Install the PostgreSQL client tools on this PC, or give their folder "
              "(Backup and restore, or --pg-bin). Nothing was backed up.")
MSG_TOOL_FAILED = QT_TRANSLATE_NOOP("errors", "{tool} failed: {reason}")
MSG_FOLDER = QT_TRANSLATE_NOOP("errors", "The backup folder {folder} cannot be written: {reason}")
MSG_CHECK_FAILED = QT_TRANSLATE_NOOP("errors", "The backup copy failed its check: {reason}. It was not kept.")
MSG_IN_USE_FILE = QT_TRANSLATE_NOOP(
    "errors", "The database file is in use by another window or station. Close deskapp everywhere else, "
              "then restore. Nothing was changed.")
MSG_IN_USE_PG = QT_TRANSLATE_NOOP(
    "errors", "{count} other connections are open on the database (stations: {who}). Close deskapp on every "
              "other station, then restore. Nothing was changed.")
MSG_NO_BACKUP = QT_TRANSLATE_NOOP("errors", "The backup {name} is not there any more.")
MSG_WRONG_KIND = QT_TRANSLATE_NOOP("errors", "The backup {name} is not a backup of this kind of database.")
MSG_BAD_BACKUP = QT_TRANSLATE_NOOP("errors", "The backup {name} is damaged ({reason}); it cannot be restored.")
MSG_NEWER_BACKUP = QT_TRANSLATE_NOOP(
    "errors", "The backup {name} was made by a newer deskapp (revision {revision}). Update this station first.")

MSG_STATUS_NONE = QT_TRANSLATE_NOOP("messages", "No backup has been made yet.")
MSG_STATUS_OLD = QT_TRANSLATE_NOOP("messages", "The last backup is from {time}: more than {hours} hours ago.")
MSG_STATUS_FAILED = QT_TRANSLATE_NOOP("messages", "The last backup, at {time}, failed: {reason}")
MSG_STATUS_OK = QT_TRANSLATE_NOOP("messages", "The last backup, at {time}, is good.")

PREFIX = "deskapp-"
SAFETY_PREFIX = "before-restore-"
STAMP = "%Y%m%d-%H%M%S"
STATUS_FILE = "backup-status.json"
DUE_AFTER = timedelta(hours=26)  # a daily backup, plus the slack of a PC started later than yesterday
TOOL_TIMEOUT_S = 6 * 3600
# The rows counted and shown before a restore: what the desk would miss.
MAIN_TABLES = ("staff", "unit", "resident", "visit", "guest_visit", "request", "call", "move_pass",
               "control_event", "access_card", "audit_log")


class BackupError(DeskError):
    """A backup could not be made or checked, or a restore was refused."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup in the folder, as the list shows it."""

    path: Path
    taken_at: datetime  # local time, from the name
    kind: str  # "sqlite" or "postgresql"
    size: int
    ok: bool
    check: str  # "ok", or what the check said
    counts: dict[str, int] = field(default_factory=dict)
    revision: str | None = None

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class BackupStatus:
    """The state the login warning and the board show."""

    last_good: datetime | None  # local time of the newest good backup
    last_attempt: datetime | None
    last_error: str | None  # the last attempt's failure, None when it succeeded
    due: bool  # nothing good within DUE_AFTER, or the last attempt failed
    folder: Path  # where this station's backups go
    station: str = ""  # the station that made the last attempt, when the database recorded it

    def message(self, translate: Callable[[str], str] = lambda m: m) -> str:
        def at(when: datetime | None) -> str:
            return when.strftime("%Y-%m-%d %H:%M") if when else "?"

        if self.last_error is not None:
            return translate(MSG_STATUS_FAILED).format(time=at(self.last_attempt), reason=self.last_error)
        if self.last_good is None:
            return translate(MSG_STATUS_NONE)
        if self.due:
            return translate(MSG_STATUS_OLD).format(time=at(self.last_good), hours=int(DUE_AFTER.total_seconds() // 3600))
        return translate(MSG_STATUS_OK).format(time=at(self.last_good))


def find_tool(name: str, bin_dir: Path | str | None = None) -> Path:
    """``pg_dump`` or ``pg_restore``: in ``bin_dir`` when given, else on PATH; BackupError when missing."""
    if bin_dir:
        for candidate in (Path(bin_dir) / name, Path(bin_dir) / f"{name}.exe"):
            if candidate.is_file():
                return candidate
    found = shutil.which(name)
    if found is None:
        raise BackupError(MSG_TOOL_MISSING, tool=name)
    return Path(found)


def _pg_env(engine: Engine) -> dict[str, str]:
    """The connection as libpq environment variables: the password never on a command line."""
    url = engine.url
    env = dict(os.environ)
    for var, value in (("PGHOST", url.host), ("PGPORT", url.port), ("PGUSER", url.username),
                       ("PGPASSWORD", url.password), ("PGDATABASE", url.database)):
        if value is not None:
            env[var] = str(value)
    env["PGAPPNAME"] = "deskapp-backup"
    return env


def _run(tool: Path, args: list[str], env: dict[str, str]) -> str:
    try:
        done = subprocess.run([str(tool), *args], env=env, capture_output=True, text=True,
                              timeout=TOOL_TIMEOUT_S, check=False,
                              creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))  # no console flashing up
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BackupError(MSG_TOOL_FAILED, tool=tool.name, reason=str(exc)) from exc
    if done.returncode != 0:
        reason = (done.stderr or done.stdout or f"exit code {done.returncode}").strip().splitlines()
        raise BackupError(MSG_TOOL_FAILED, tool=tool.name, reason=" / ".join(reason[-3:]))
    return done.stdout


def _self_contained(path: Path) -> None:
    """A copy in rollback-journal mode: one file, which a read-only share or a USB stick can hold and open
    (a WAL-mode copy would want -wal and -shm files written beside it whenever it is read)."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()


def _sqlite_check(path: Path) -> str:
    """``PRAGMA integrity_check`` on a copy: "ok", or its first findings."""
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchmany(5)]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        con.close()
    return "ok" if rows == ["ok"] else "; ".join(rows)


def _sqlite_facts(path: Path) -> tuple[dict[str, int], str | None]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in MAIN_TABLES if t in names}
        revision = (con.execute("SELECT version_num FROM alembic_version").fetchone() or [None])[0] \
            if "alembic_version" in names else None
    finally:
        con.close()
    return counts, revision


def _stamp_of(path: Path, prefix: str = PREFIX) -> datetime | None:
    stem = path.name.split(".", 1)[0]
    if not stem.startswith(prefix):
        return None
    try:
        return datetime.strptime(stem.removeprefix(prefix), STAMP)
    except ValueError:
        return None


class BackupService:
    """Makes, lists, prunes and restores backups of the database ``db`` is open on."""

    def __init__(self, *, db: Database, folder: Path, pg_bin: Path | str | None = None,
                 retention: Retention = DEFAULT_RETENTION, now: Callable[[], datetime] = datetime.now) -> None:
        self._db = db
        self.folder = Path(folder)
        self.pg_bin = pg_bin
        self._retention = retention
        self._now = now  # local time: the names and the list are for people at this desk
        self.station = "system"  # who makes the backups, as recorded in the database: the station's name

    @property
    def engine(self) -> Engine:
        return self._db.engine

    @property
    def kind(self) -> str:
        return "sqlite" if is_sqlite(self.engine) else "postgresql"

    @property
    def suffix(self) -> str:
        return ".sqlite3" if self.kind == "sqlite" else ".pgdump"

    # -- backing up ------------------------------------------------------------------------

    def back_up(self) -> BackupInfo:
        """Make a backup now, check it, prune old ones; BackupError (recorded in the status) on failure."""
        started = self._now().replace(microsecond=0)
        started_utc = self._db.clock.now()
        try:
            info = self._back_up(started, PREFIX)
        except DeskError as exc:
            self._record(started, started_utc, str(exc))
            log.warning("backup failed: %s", exc)
            raise
        except Exception as exc:  # a bug or an unforeseen OS error: recorded for the admin, then loud
            self._record(started, started_utc, str(exc))
            raise
        self._record(started, started_utc, None, info)
        self.prune()
        log.info("backup %s made (%d bytes)", info.path, info.size)
        return info

    def _back_up(self, started: datetime, prefix: str) -> BackupInfo:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError(MSG_FOLDER, folder=str(self.folder), reason=str(exc)) from exc
        target = self.folder / f"{prefix}{started.strftime(STAMP)}{self.suffix}"
        part = target.with_name(target.name + ".part")
        try:
            if self.kind == "sqlite":
                copy_sqlite(Path(self.engine.url.database or ""), part)
                _self_contained(part)
                check = _sqlite_check(part)
                counts, revision = _sqlite_facts(part) if check == "ok" else ({}, None)
            else:
                counts, revision = self._pg_dump(part)
                check = self._pg_check(part)
            if check != "ok":
                raise BackupError(MSG_CHECK_FAILED, reason=check)
            os.replace(part, target)
        except OSError as exc:
            raise BackupError(MSG_FOLDER, folder=str(self.folder), reason=str(exc)) from exc
        finally:
            with contextlib.suppress(OSError):
                part.unlink(missing_ok=True)
        info = BackupInfo(target, started, self.kind, target.stat().st_size, True, check, counts, revision)
        self._write_json(target.with_suffix(".json"), {
            "taken_at": started.isoformat(), "kind": self.kind, "ok": True, "check": check,
            "counts": counts, "revision": revision})
        return info

    def _pg_dump(self, target: Path) -> tuple[dict[str, int], str | None]:
        """Dump from the snapshot the counts are read in (a REPEATABLE READ transaction kept open)."""
        tool = find_tool("pg_dump", self.pg_bin)
        find_tool("pg_restore", self.pg_bin)  # the check needs it: say so before dumping for hours
        with self.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, conn.begin():
            snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            present = set(conn.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
            counts = {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()
                      for t in MAIN_TABLES if t in present}
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                if "alembic_version" in present else None
            _run(tool, ["--format=custom", f"--snapshot={snapshot}", "--no-password", f"--file={target}"],
                 _pg_env(self.engine))
        return counts, revision

    def _pg_check(self, path: Path) -> str:
        listing = _run(find_tool("pg_restore", self.pg_bin), ["--list", str(path)], dict(os.environ))
        if "TABLE DATA" not in listing:
            return "pg_restore --list: no table data"
        return "ok"

    def _record(self, when: datetime, when_utc: datetime, error: str | None, info: BackupInfo | None = None) -> None:
        """The attempt in the folder's status file and in the database (either may be unreachable: the
        other still tells, and the backup itself is not undone for it)."""
        try:
            self._write_json(self.folder / STATUS_FILE, {"attempt": when.isoformat(), "error": error})
        except OSError:  # the folder itself is gone (a share offline): the status says "missing"
            log.warning("cannot write the backup status in %s", self.folder, exc_info=True)
        try:
            with self._db.write(None, station=self.station) as s:
                s.add(BackupRun(at=when_utc, station=self.station[:64], kind=self.kind, ok=error is None,
                                error=error, path=str(info.path if info else self.folder),
                                size=info.size if info else None))
        except Exception:  # the server down, or a database from before the table: the folder's file tells
            log.warning("cannot record the backup in the database", exc_info=True)

    @staticmethod
    def _write_json(path: Path, data: dict) -> None:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, path)

    # -- the list, retention, status -------------------------------------------------------

    def backups(self) -> list[BackupInfo]:
        """The backups in the folder, newest first."""
        return self._listed(PREFIX)

    def _listed(self, prefix: str) -> list[BackupInfo]:
        found: list[BackupInfo] = []
        try:
            paths = list(self.folder.glob(f"{prefix}*"))
        except OSError:
            return []
        for path in paths:
            taken = _stamp_of(path, prefix)
            if taken is None or path.suffix not in (".sqlite3", ".pgdump"):
                continue
            meta: dict = {}
            try:
                meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
                size = path.stat().st_size
            except (OSError, ValueError):
                size = path.stat().st_size if path.exists() else 0
            kind = "sqlite" if path.suffix == ".sqlite3" else "postgresql"
            found.append(BackupInfo(path, taken, kind, size, bool(meta.get("ok")), str(meta.get("check", "?")),
                                    {str(k): int(v) for k, v in (meta.get("counts") or {}).items()},
                                    meta.get("revision")))
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    def prune(self) -> list[Path]:
        """Delete the backups the retention rule lets go (14 daily, 8 weekly, 12 monthly); their paths."""
        listed = self.backups()
        gone = to_delete((b.taken_at for b in listed), self._retention)
        deleted = []
        for backup in listed:
            if backup.taken_at in gone:
                try:
                    backup.path.unlink()
                    backup.path.with_suffix(".json").unlink(missing_ok=True)
                    deleted.append(backup.path)
                except OSError:
                    log.warning("could not delete old backup %s", backup.path, exc_info=True)
        return deleted

    def status(self) -> BackupStatus:
        """This station's folder: its last good backup, its last attempt's result, whether one is due."""
        good = next((b.taken_at for b in self.backups() if b.ok), None)
        attempt, error = None, None
        try:
            raw = json.loads((self.folder / STATUS_FILE).read_text(encoding="utf-8"))
            attempt = datetime.fromisoformat(raw["attempt"])
            error = raw.get("error") or None
        except (OSError, ValueError, KeyError, TypeError):
            pass
        if error is not None and good is not None and attempt is not None and good >= attempt:
            error = None
        due = error is not None or good is None or self._now() - good > DUE_AFTER
        return BackupStatus(good, attempt, error, due, self.folder)

    def site_status(self) -> BackupStatus:
        """The site's last backup as the database recorded it, whichever station made it (the board, the
        admin's login); this station's folder when nothing is recorded (backups from before the record)."""
        try:
            with self._db.read() as s:
                newest = (BackupRun.at.desc(), BackupRun.id.desc())
                last = s.scalars(select(BackupRun).order_by(*newest).limit(1)).first()
                good = s.scalars(select(BackupRun).where(BackupRun.ok.is_(True)).order_by(*newest).limit(1)).first()
                last_at, last_error, last_station = (last.at, last.error, last.station) if last else (None, None, "")
                good_at = good.at if good else None
        except Exception:  # an old schema, or the server unreachable (the banner says so): the folder
            log.warning("cannot read the recorded backups", exc_info=True)
            return self.status()
        if last_at is None:
            return self.status()
        now = self._db.clock.now()
        error = None if last_error is None or (good_at is not None and good_at >= last_at) else last_error
        due = error is not None or good_at is None or now - good_at > DUE_AFTER
        return BackupStatus(to_local(good_at) if good_at else None, to_local(last_at), error, due, self.folder,
                            last_station)

    def backup_due(self) -> bool:
        """Whether the daily backup should run now: no good one within a day."""
        good = next((b.taken_at for b in self.backups() if b.ok), None)
        return good is None or self._now() - good >= timedelta(hours=23)

    # -- restoring -------------------------------------------------------------------------

    def describe(self, actor: Actor, path: Path) -> BackupInfo:
        """A backup's date, check and row counts, as shown before a restore is confirmed."""
        actor.require(Permission.BACKUP_RESTORE)
        return self._chosen(path)

    def _chosen(self, path: Path) -> BackupInfo:
        path = Path(path)
        if not path.is_file():
            raise NotFound(MSG_NO_BACKUP, name=path.name)
        expected = ".sqlite3" if self.kind == "sqlite" else ".pgdump"
        if path.suffix != expected:
            raise BackupError(MSG_WRONG_KIND, name=path.name)
        listed = next((b for b in self.backups() if b.path.resolve() == path.resolve()), None)
        taken = listed.taken_at if listed else datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
        if self.kind == "sqlite":
            check = _sqlite_check(path)
            if check != "ok":
                raise BackupError(MSG_BAD_BACKUP, name=path.name, reason=check)
            counts, revision = _sqlite_facts(path)
        else:
            check = self._pg_check(path)
            if check != "ok":
                raise BackupError(MSG_BAD_BACKUP, name=path.name, reason=check)
            counts, revision = (listed.counts, listed.revision) if listed else ({}, None)
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise BackupError(MSG_NEWER_BACKUP, name=path.name, revision=revision)
        return BackupInfo(path, taken, self.kind, path.stat().st_size, True, check, counts, revision)

    def restore(self, actor: Actor, path: Path) -> Path:
        """Replace the database with the backup ``path``, after a safety copy of it as it is now.

        Refused while any other connection uses the database. The caller must then close every window on
        it and open the database anew (the app closes): the engine's connections are disposed here.
        Returns the safety copy's path.
        """
        actor.require(Permission.BACKUP_RESTORE)
        chosen = self._chosen(path)
        runs = self._backup_runs()
        self.engine.dispose()  # our own pooled connections are not "another station"
        safety = self._restore_sqlite(chosen.path) if self.kind == "sqlite" else self._restore_pg(chosen.path)
        self._carry_backup_runs(runs)
        return safety

    # A restore does not unmake the backups made since the one restored: their record is carried over.
    _RUN_COLUMNS = ("at", "station", "kind", "ok", "error", "path", "size")

    def _backup_runs(self) -> list[dict]:
        try:
            with self.engine.connect() as conn:
                table = BackupRun.__table__
                return [dict(row._mapping) for row in conn.execute(select(*(table.c[n] for n in self._RUN_COLUMNS)))]
        except Exception:  # a database from before the record: nothing to carry
            log.warning("cannot read the backup record before the restore", exc_info=True)
            return []

    def _carry_backup_runs(self, runs: list[dict]) -> None:
        if not runs:
            return
        table = BackupRun.__table__
        try:
            with self.engine.begin() as conn:
                have = {(r.at, r.station, r.path) for r in conn.execute(
                    select(table.c.at, table.c.station, table.c.path))}
                missing = [r for r in runs if (r["at"], r["station"], r["path"]) not in have]
                if missing:
                    conn.execute(insert(BackupRun), missing)
        except Exception:  # restored from before the record: the folder's status still tells
            log.warning("cannot carry the backup record over the restore", exc_info=True)
        finally:
            self.engine.dispose()  # the caller closes every window and opens the database anew

    def _restore_sqlite(self, backup: Path) -> Path:
        live = Path(self.engine.url.database or "")
        con = sqlite3.connect(live, timeout=0.5, isolation_level=None)
        try:
            # Leaving WAL needs the file to oneself: any other connection, in this process or another, on
            # Windows or Linux, holds the WAL index open and makes this fail with "database is locked".
            # (BEGIN EXCLUSIVE would not tell: under WAL it lets readers in.) From here the file is in
            # rollback-journal mode: a station starting now waits for the copy's lock, then finds the
            # restored data (and turns WAL on again as it connects).
            try:
                mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            except sqlite3.OperationalError as exc:
                raise Conflict(MSG_IN_USE_FILE) from exc
            if str(mode).lower() != "delete":
                raise Conflict(MSG_IN_USE_FILE)
            safety = self._safety_copy_sqlite(live)
            src = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
            try:
                src.backup(con)
            finally:
                src.close()
            con.execute("PRAGMA journal_mode=WAL")
            check = con.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            con.close()
        if check != "ok":  # cannot happen after a checked copy; if it does, the safety copy is the way back
            raise BackupError(MSG_BAD_BACKUP, name=backup.name, reason=check)
        log.warning("database %s restored from %s (safety copy %s)", live, backup, safety)
        return safety

    def _safety_copy_sqlite(self, live: Path) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = self._now().strftime(STAMP)
        target = self.folder / f"{SAFETY_PREFIX}{stamp}.sqlite3"
        copy_sqlite(live, target)
        return target

    def other_connections(self) -> list[str]:
        """PostgreSQL: the application names of the other client connections on this database."""
        with self.engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT coalesce(nullif(application_name, ''), '?') || coalesce(' ' || host(client_addr), '') "
                "FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND backend_type = 'client backend'")).scalars().all()
        return [str(r) for r in rows]

    def _restore_pg(self, backup: Path) -> Path:
        restore_tool = find_tool("pg_restore", self.pg_bin)
        others = self.other_connections()
        self.engine.dispose()
        if others:
            raise Conflict(MSG_IN_USE_PG, count=len(others), who=", ".join(sorted(set(others))))
        safety = self._back_up(self._now().replace(microsecond=0), SAFETY_PREFIX).path
        # One transaction: a restore that fails half-way leaves the database as it was.
        _run(restore_tool, ["--clean", "--if-exists", "--single-transaction", "--no-owner", "--no-privileges",
                            "--no-password", f"--dbname={self.engine.url.database}", str(backup)],
             _pg_env(self.engine))
        log.warning("database %s restored from %s (safety copy %s)", self.engine.url.database, backup, safety)
        return safety
