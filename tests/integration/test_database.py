"""Schema migrations, SQLite durability settings, and database errors the user is told about."""

import sqlite3

import pytest
from sqlalchemy import text

from deskapp.db import engine as engine_mod
from deskapp.db import migrate
from deskapp.db.engine import make_engine, sqlite_url
from deskapp.db.errors import MSG_BUSY, MSG_READONLY, MSG_UNREACHABLE
from deskapp.domain.errors import KnownDatabaseError
from deskapp.services.base import Database, ManualClock
from tests.conftest import START, World


def test_the_head_constant_matches_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == migrate.HEAD
    assert {r.revision for r in script.walk_revisions()} == set(migrate.KNOWN_REVISIONS)


def test_models_and_migrations_agree(engine):
    """Autogenerate finds nothing to add: the migrations build exactly the models' schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from deskapp.db.models import Base

    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": migrate.include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_a_new_sqlite_file_is_migrated_at_start(tmp_path):
    eng = make_engine(sqlite_url(tmp_path / "sub" / "new.sqlite3"))
    result = migrate.upgrade(eng)
    assert (result.before, result.after, result.backup) == (None, migrate.HEAD, None)
    assert migrate.upgrade(eng).before == migrate.HEAD  # second start: nothing to do


def test_sqlite_is_durable_wal_with_foreign_keys(sqlite_engine):
    with sqlite_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_the_sqlite_file_is_copied_aside_before_a_migration_changes_it(tmp_path, monkeypatch):
    path = tmp_path / "site.sqlite3"
    eng = make_engine(sqlite_url(path))
    migrate.upgrade(eng)
    World(eng, ManualClock(START)).set_up_site()
    # Pretend this build brings a newer revision than the file has.
    monkeypatch.setattr(migrate, "HEAD", "0099")
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*migrate.KNOWN_REVISIONS, "0099"))
    result = migrate.upgrade(eng)
    assert result.backup is not None and result.backup.exists()
    copy = sqlite3.connect(result.backup)
    assert copy.execute("SELECT name FROM site").fetchone() == ("保利花园",)
    copy.close()


def test_a_database_from_a_newer_app_is_refused(sqlite_engine):
    with sqlite_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(KnownDatabaseError) as err:
        migrate.upgrade(sqlite_engine)
    assert err.value.params == {"revision": "9999"}


def test_a_busy_sqlite_database_gives_a_message_not_a_crash(tmp_path, monkeypatch):
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "busy.sqlite3"
    eng = make_engine(sqlite_url(path))
    migrate.upgrade(eng)
    world = World(eng, ManualClock(START))
    admin = world.set_up_site()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(KnownDatabaseError) as err:
            world.directory.create_unit(admin, "3-2-1502")
        assert err.value.message == MSG_BUSY
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert world.directory.create_unit(admin, "3-2-1502").room_no == "3-2-1502"  # and then it works


def test_a_read_only_database_gives_a_message(tmp_path):
    path = tmp_path / "ro.sqlite3"
    eng = make_engine(sqlite_url(path))
    migrate.upgrade(eng)
    admin = World(eng, ManualClock(START)).set_up_site()
    eng.dispose()
    ro = make_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    world = World(ro, ManualClock(START))
    with pytest.raises(KnownDatabaseError) as err:
        world.directory.create_unit(admin, "3-2-1502")
    assert err.value.message == MSG_READONLY


def test_an_unreachable_server_gives_a_message():
    eng = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/deskapp")
    db = Database(eng, clock=ManualClock(START))
    with pytest.raises(KnownDatabaseError) as err, db.read() as s:
        s.execute(text("SELECT 1"))
    assert err.value.message == MSG_UNREACHABLE


def test_a_bug_is_not_dressed_up_as_a_known_error(sqlite_engine):
    db = Database(sqlite_engine, clock=ManualClock(START))
    with pytest.raises(Exception) as err, db.read() as s:
        s.execute(text("SELECT no_such_column FROM site"))
    assert not isinstance(err.value, KnownDatabaseError)


def test_a_committed_record_survives_the_process(tmp_path):
    """What a service call returned is on disk: a second engine (another process) sees it."""
    path = tmp_path / "durable.sqlite3"
    eng = make_engine(sqlite_url(path))
    migrate.upgrade(eng)
    world = World(eng, ManualClock(START))
    admin = world.set_up_site()
    world.directory.create_unit(admin, "3-2-1502")
    fresh = sqlite3.connect(path)
    assert fresh.execute("SELECT room_no FROM unit").fetchall() == [("3-2-1502",)]
    fresh.close()


def _old_database(tmp_path, revision: str, row: str):
    """A file left at an old revision with one unit (3-2-1502, id 1) and `row` in it."""
    from alembic import command

    eng = make_engine(sqlite_url(tmp_path / f"at-{revision}.sqlite3"))
    cfg = migrate.alembic_config()
    with eng.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(text("INSERT INTO building (id, code, name, created_at, created_station) "
                          "VALUES (1, '3', '3栋', '2020-01-01', 'x')"))
        conn.execute(text("INSERT INTO unit (id, building_id, room_no, sort_key, room, created_at, created_station) "
                          "VALUES (1, 1, '3-2-1502', '00003-00002-01502', '1502', '2020-01-01', 'x')"))
        conn.execute(text(row))
    return eng


def test_upgrading_an_old_database_indexes_the_names_already_there(tmp_path):
    """A file at revision 0001 with residents in it: 0002 copies it aside and indexes the names."""
    eng = _old_database(tmp_path, "0001", "INSERT INTO resident (id, unit_id, name, role, notes, created_at, "
                        "created_station) VALUES (1, 1, '王建国', 'owner', '', '2020-01-01', 'x')")
    result = migrate.upgrade(eng)
    assert (result.before, result.after) == ("0001", migrate.HEAD) and result.backup.exists()
    with eng.connect() as conn:
        grams = {g for (g,) in conn.execute(text("SELECT gram FROM resident_name_gram WHERE resident_id = 1"))}
    assert grams == {"王建", "建国"}


def test_upgrading_indexes_the_visits_already_there(tmp_path):
    eng = _old_database(tmp_path, "0003", "INSERT INTO visit (id, visited_at, unit_id, visitor_name, purpose, content, "
                        "confirmed, outcome, resolution, created_at, created_station) VALUES (7, '2026-01-01', 1, "
                        "'王建国', 'repair', '厨房漏水', 1, 'follow_up', '', '2026-01-01', 'x')")
    migrate.upgrade(eng)
    with eng.connect() as conn:
        assert conn.execute(text("SELECT rowid FROM visit_words WHERE visit_words MATCH '\"漏水\"'")).scalars().all() == [7]


def test_upgrading_keeps_two_requests_an_older_race_made_from_one_visit(tmp_path):
    """0007 makes a visit's request unique; duplicates already there keep their records, and the later
    one says whose duplicate it is instead of failing the upgrade."""
    eng = _old_database(tmp_path, "0006", "INSERT INTO visit (id, visited_at, unit_id, visitor_name, purpose, content, "
                        "confirmed, outcome, resolution, created_at, created_station) VALUES (7, '2026-01-01', 1, "
                        "'王建国', 'repair', '厨房漏水', 1, 'follow_up', '', '2026-01-01', 'x')")
    with eng.begin() as conn:
        for rid in (1, 2):
            conn.execute(text(
                "INSERT INTO request (id, registered_at, source, visit_id, unit_id, location, contact_name, category, "
                "description, department, priority, state, assignee, response_due_at, paid_item, service_promise, "
                "complaint_class, cause_analysis, accountability, created_at, created_station) VALUES (:id, "
                "'2026-01-01', 'visit', 7, 1, '', '王建国', 'repair', '厨房漏水', 'engineering', 'normal', "
                "'registered', '', '2026-01-01', '', '', '', '', '', '2026-01-01', 'x')"), {"id": rid})
    migrate.upgrade(eng)
    with eng.connect() as conn:
        assert conn.execute(text("SELECT id, visit_id FROM request ORDER BY id")).all() == [(1, 7), (2, None)]
        note = conn.execute(text("SELECT text FROM request_note WHERE request_id = 2")).scalar_one()
        assert "#7" in note and "#1" in note
        with pytest.raises(Exception, match="UNIQUE"):
            conn.execute(text("UPDATE request SET visit_id = 7 WHERE id = 2"))


def test_a_write_transaction_on_sqlite_takes_the_write_lock_at_begin(sqlite_engine):
    """BEGIN IMMEDIATE: a second writer waits (busy timeout) instead of failing on a stale snapshot."""
    db = Database(sqlite_engine, clock=ManualClock(START))
    with db.write(None) as s:
        assert s.connection().exec_driver_sql("SELECT 1").scalar() == 1
        other = sqlite3.connect(sqlite_engine.url.database, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    with db.read() as s:
        s.connection().exec_driver_sql("SELECT 1")
        other = sqlite3.connect(sqlite_engine.url.database, timeout=0)
        other.execute("BEGIN IMMEDIATE")  # a reader holds no write lock
        other.rollback()
        other.close()
