"""The change feed: each committed write transaction tells which kinds of record it touched."""

import psycopg
import pytest
from sqlalchemy import insert, text

from deskapp.db import changes
from deskapp.db.models import Building
from deskapp.domain.directory import NoteKind, ResidentRole
from deskapp.domain.errors import DeskError


@pytest.fixture
def heard(world):
    got: list[frozenset[str]] = []
    world.db.changes.subscribe(got.append)
    return got


def test_a_committed_write_publishes_the_kinds_it_touched(world, admin, desk, heard):
    unit = world.directory.create_unit(desk, "3-2-1502")
    assert heard[-1] == {"unit"}
    world.directory.add_resident(desk, unit.id, name="王建国", role=ResidentRole.OWNER, phones=["13800138000"])
    assert heard[-1] == {"resident"}  # the resident, the phone and the name index are one kind
    world.directory.add_note(desk, unit.id, kind=NoteKind.ARREARS, text="欠物业费 3 个月")
    assert heard[-1] == {"unit_note"}


def test_a_refused_or_rolled_back_write_publishes_nothing(world, admin, desk, heard):
    before = len(heard)
    with pytest.raises(DeskError):
        world.directory.create_unit(desk, "")
    with pytest.raises(RuntimeError), world.db.write(desk) as s:
        s.execute(insert(Building).values(code="99", name="99栋", created_at=world.clock.now(), created_station="x"))
        raise RuntimeError("the transaction fails after writing")
    assert len(heard) == before


def test_reading_publishes_nothing(world, admin, desk, heard):
    world.directory.create_unit(desk, "3-2-1502")
    before = len(heard)
    world.directory.search(desk, "3-2")
    world.directory.room_numbers(desk)
    assert len(heard) == before


def test_a_bulk_statement_is_heard_too(world, admin, heard):
    with world.db.write(admin) as s:
        s.execute(insert(Building).values(code="7", name="7栋", created_at=world.clock.now(), created_station="x"))
    assert heard[-1] == {"unit"}
    with world.db.write(admin) as s:
        changes.touch(s, "visit")
    assert heard[-1] == {"visit"}


def test_a_listener_that_fails_does_not_stop_the_others(world, admin, desk, heard):
    def broken(_kinds):
        raise ValueError("a page with a bug")

    world.db.changes.subscribe(broken)
    later: list = []
    world.db.changes.subscribe(later.append)
    world.directory.create_unit(desk, "3-2-1502")
    assert later == [{"unit"}] and heard[-1] == {"unit"}


def test_unsubscribed_listeners_hear_nothing(world, admin, desk):
    got: list = []
    stop = world.db.changes.subscribe(got.append)
    stop()
    world.directory.create_unit(desk, "3-2-1502")
    assert got == []


def test_sqlite_logs_each_commit_for_other_processes(sqlite_world):
    admin = sqlite_world.set_up_site()
    sqlite_world.directory.create_unit(admin, "3-2-1502")
    with sqlite_world.engine.connect() as conn:
        rows = conn.execute(text("SELECT origin, kinds FROM change_log ORDER BY id")).all()
    assert rows[-1] == (sqlite_world.db.changes.origin, "unit")
    assert all(origin == sqlite_world.db.changes.origin for origin, _ in rows)


@pytest.mark.postgres
def test_postgresql_notifies_other_stations_at_commit_only(pg_server, engine, world, admin, desk):
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only")
    url = pg_server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url, autocommit=True) as listener:
        listener.execute(f"LISTEN {changes.CHANNEL}")
        with pytest.raises(DeskError):
            world.directory.create_unit(desk, "")
        world.directory.create_unit(desk, "3-2-1502")
        got = [n.payload for n in listener.notifies(timeout=2.0, stop_after=1)]
    assert len(got) == 1
    origin, kinds = changes.decode(got[0])
    assert origin == world.db.changes.origin and kinds == {"unit"}


def test_a_payload_that_cannot_be_read_means_everything_may_have_changed():
    assert changes.decode("abc visit,request") == ("abc", {"visit", "request"})
    assert changes.decode("abc")[1] == changes.ALL_KINDS
    assert changes.decode("abc nonsense")[1] == changes.ALL_KINDS
    assert changes.decode(changes.encode("o", {"guest", "call"})) == ("o", {"guest", "call"})


def test_a_savepoint_tells_nobody_until_the_transaction_commits(world, admin, heard):
    before = len(heard)
    with world.db.write(admin) as s:
        with s.begin_nested():
            s.execute(insert(Building).values(code="7", name="7栋", created_at=world.clock.now(), created_station="x"))
        assert len(heard) == before  # released, but the transaction has not committed
        with pytest.raises(RuntimeError), s.begin_nested():
            changes.touch(s, "visit")
            raise RuntimeError("this part is rolled back")
        assert len(heard) == before
    assert len(heard) == before + 1 and {"unit"} <= heard[-1]
    if world.engine.dialect.name == "sqlite":
        with world.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM change_log WHERE kinds LIKE '%unit%'")).scalar() == 1
