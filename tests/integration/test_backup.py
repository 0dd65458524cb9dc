"""Backups: made and checked while the desk works, listed, pruned, their status; a restore puts the data
back exactly as backed up (audit chain intact), after a safety copy, and only when no one else is on the
database — on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from deskapp.db.engine import make_engine
from deskapp.db.models import BackupRun, Base
from deskapp.domain.errors import Conflict, PermissionDenied
from deskapp.domain.roles import Role
from deskapp.services.backup import (
    MAIN_TABLES,
    PREFIX,
    SAFETY_PREFIX,
    STATUS_FILE,
    BackupError,
    BackupService,
    find_tool,
)
from deskapp.services.integrity import verify_log
from tests.conftest import _pg_bin


class Now:
    """Local wall time the service names backups by, moved by hand."""

    def __init__(self, start: datetime) -> None:
        self.at = start

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def now() -> Now:
    return Now(datetime(2026, 3, 2, 9, 30))


@pytest.fixture
def backups(world, tmp_path, now) -> BackupService:
    return BackupService(db=world.db, folder=tmp_path / "backups", pg_bin=_pg_bin(), now=now)


def everything(engine) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order; but the change feed's log (other stations' wake-up
    calls, pruned after a day: the record of a backup writes one)."""
    with engine.connect() as conn:
        return {t.name: sorted(tuple(map(repr, row)) for row in conn.execute(select(t)))
                for t in Base.metadata.sorted_tables if t.name != "change_log"}


def a_day_of_work(world, desk, n: int = 0) -> None:
    unit = world.directory.create_unit(desk, f"3-2-{1501 + n}")
    world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13812345678"])
    world.clock.advance(minutes=5)


def test_a_backup_is_checked_and_described(world, admin, desk, backups, now):
    a_day_of_work(world, desk)
    made = backups.back_up()
    assert made.ok and made.check == "ok" and made.path.name.startswith(PREFIX)
    assert made.path.suffix == (".sqlite3" if backups.kind == "sqlite" else ".pgdump")
    assert made.counts["unit"] == 1 and made.counts["resident"] == 1 and made.counts["staff"] == 2
    assert set(made.counts) == set(MAIN_TABLES)
    assert made.revision is not None
    [listed] = backups.backups()
    assert listed.taken_at == now.at and listed.ok and listed.size == made.size > 0
    assert listed.counts == made.counts
    described = backups.describe(admin, made.path)
    assert described.counts == made.counts and described.taken_at == now.at
    assert not list(backups.folder.glob("*.part"))
    if backups.kind == "sqlite":  # one file, no -wal or -shm beside it
        with sqlite3.connect(made.path) as con:
            assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert sorted(p.name for p in backups.folder.iterdir()) == sorted([made.name, made.path.stem + ".json",
                                                                           STATUS_FILE])
    with pytest.raises(PermissionDenied):
        backups.describe(desk, made.path)


def test_backup_change_restore_gives_the_backup_s_data_and_the_chain_verifies(world, admin, desk, backups, now):
    a_day_of_work(world, desk)
    made = backups.back_up()
    as_backed_up = everything(world.engine)
    assert verify_log(world.engine).intact

    now.at += timedelta(hours=2)
    a_day_of_work(world, desk, 1)
    world.member(admin, "8101", Role.RECEPTIONIST, name="钱七")
    assert everything(world.engine) != as_backed_up
    changed = everything(world.engine)

    with pytest.raises(PermissionDenied):
        backups.restore(desk, made.path)
    safety = backups.restore(admin, made.path)

    assert everything(world.engine) == as_backed_up  # the backup's own run carried over the restore
    report = verify_log(world.engine)
    assert report.intact, report.lines()
    assert world.services.integrity.verify(admin).intact
    # the safety copy holds the database as it was before the restore
    assert safety.name.startswith(SAFETY_PREFIX) and safety.is_file()
    assert safety not in [b.path for b in backups.backups()]  # never pruned with the dailies
    if backups.kind == "sqlite":
        other = make_engine(f"sqlite:///{safety}")
        try:
            assert everything(other) == changed
        finally:
            other.dispose()
        with sqlite3.connect(world.engine.url.database) as con:
            assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # the desk goes on working on the restored database
    a_day_of_work(world, desk, 2)
    assert verify_log(world.engine).intact


def test_restore_is_refused_while_another_connection_is_open(world, admin, desk, backups):
    a_day_of_work(world, desk)
    made = backups.back_up()
    a_day_of_work(world, desk, 1)
    before = everything(world.engine)
    other = make_engine(world.engine.url.render_as_string(hide_password=False))
    try:
        with other.connect() as conn:  # another station, idle but connected
            conn.execute(text("SELECT 1"))
            conn.commit()
            with pytest.raises(Conflict) as refused:
                backups.restore(admin, made.path)
    finally:
        other.dispose()
    if backups.kind == "postgresql":  # the other station is named: its program and address
        assert "1 other connections" in str(refused.value) and "deskapp 127.0.0.1" in str(refused.value)
    assert everything(world.engine) == before
    assert not list(backups.folder.glob(f"{SAFETY_PREFIX}*"))  # refused before anything was copied


def test_status_says_missing_failed_and_good(world, admin, backups, now, tmp_path):
    status = backups.status()
    assert status.due and status.last_good is None and status.message() == "No backup has been made yet."
    backups.back_up()
    status = backups.status()
    assert not status.due and status.last_good == now.at and status.last_error is None
    assert not backups.backup_due()
    now.at += timedelta(hours=25)
    assert not backups.status().due and backups.backup_due()
    now.at += timedelta(hours=2)
    assert backups.status().due and "more than 26 hours" in backups.status().message()

    # a failure is recorded in the folder and shown until a backup succeeds again
    good = backups.backups()[0]
    now.at += timedelta(minutes=1)
    with pytest.MonkeyPatch.context() as patch:
        if backups.kind == "sqlite":  # the copy fails its integrity check
            patch.setattr("deskapp.services.backup._sqlite_check", lambda path: "database disk image is malformed")
        else:  # pg_dump is nowhere to be found
            patch.setattr("shutil.which", lambda name: None)
            backups.pg_bin = tmp_path / "nowhere"
        with pytest.raises(BackupError):
            backups.back_up()
    backups.pg_bin = _pg_bin()
    assert len(backups.backups()) == 1 and not list(backups.folder.glob("*.part"))  # nothing bad kept
    failed = backups.status()
    assert failed.due and failed.last_error and failed.last_good == good.taken_at
    assert failed.message().startswith("The last backup, at ") and "failed" in failed.message()
    assert json.loads((backups.folder / STATUS_FILE).read_text(encoding="utf-8"))["error"]
    now.at += timedelta(minutes=1)
    backups.back_up()
    assert not backups.status().due and backups.status().last_error is None


def test_every_station_sees_the_site_s_last_backup_from_the_database(world, admin, backups, now, tmp_path):
    """The backup is made by one station into its own folder; another station (another folder, same
    database) reads the attempt, good or failed, and who made it, from the database."""
    other = BackupService(db=world.db, folder=tmp_path / "elsewhere", pg_bin=_pg_bin(), now=now)
    nothing = other.site_status()
    assert nothing.due and nothing.last_good is None  # nothing recorded: its own (empty) folder
    backups.station = "总服务台"
    backups.back_up()
    seen = other.site_status()
    assert not seen.due and seen.last_error is None and seen.station == "总服务台"
    assert seen.last_good is not None and abs(seen.last_good - now.at) < timedelta(days=1)  # local time
    assert other.status().last_good is None  # its own folder holds nothing
    with world.db.read() as s:
        run = s.scalars(select(BackupRun)).one()
    assert run.ok and run.station == "总服务台" and run.size and run.path.endswith(backups.suffix)

    world.clock.advance(hours=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(BackupService, "_back_up", lambda self, started, prefix: (_ for _ in ()).throw(
            BackupError("The backup copy failed its check: {reason}. It was not kept.", reason="disk full")))
        with pytest.raises(BackupError):
            backups.back_up()
    failed = other.site_status()
    assert failed.due and "disk full" in (failed.last_error or "") and failed.last_good == seen.last_good
    world.clock.advance(hours=30)
    backups.back_up()
    again = other.site_status()
    assert not again.due and again.last_error is None
    world.clock.advance(hours=27)
    assert other.site_status().due and "more than 26 hours" in other.site_status().message()


def test_old_backups_are_pruned_by_the_rule(world, admin, backups, now):
    start = now.at
    for day in range(40):
        now.at = start + timedelta(days=day)
        backups.back_up()
    kept = backups.backups()
    assert len(kept) == len({b.taken_at for b in kept})
    days = sorted(b.taken_at for b in kept)
    assert days[-14:] == [start + timedelta(days=d) for d in range(26, 40)]
    assert len(kept) < 40
    # the .json beside each pruned backup went with it
    assert len(list(backups.folder.glob(f"{PREFIX}*.json"))) == len(kept)


def test_a_damaged_backup_is_not_restored(world, admin, backups):
    made = backups.back_up()
    data = bytearray(made.path.read_bytes())
    data[:200] = b"\0" * 200
    made.path.write_bytes(bytes(data))
    with pytest.raises(BackupError):
        backups.restore(admin, made.path)


@pytest.mark.postgres
def test_a_missing_pg_dump_is_said_plainly(monkeypatch, tmp_path):
    monkeypatch.setattr("shutil.which", lambda name: None)
    with pytest.raises(BackupError) as caught:
        find_tool("pg_dump", tmp_path)
    assert "pg_dump was not found" in str(caught.value)
    assert find_tool("pg_dump", _pg_bin()) == Path(_pg_bin()) / "pg_dump"
