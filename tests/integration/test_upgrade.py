"""Installing a newer deskapp over an older one keeps the data: a database written by the previous release
(revision 0008, tests/data/deskapp-0008.sqlite3, made by tests/data/make_0008_database.py at that commit)
is copied aside, migrated and read by this code; the station's settings file is read as it was."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from deskapp.app import build
from deskapp.config import StationConfig
from deskapp.db import migrate
from deskapp.db.engine import make_engine
from deskapp.db.migrate import HEAD, current_revision, upgrade
from deskapp.domain.consent import Consent, ConsentMethod
from deskapp.services.guests import GuestQuery
from deskapp.services.integrity import verify_log
from deskapp.services.passes import PassQuery
from deskapp.services.passwords import Hasher
from deskapp.services.visits import VisitQuery
from tests.conftest import START
from tests.integration.test_passes import issue, mover

OLD = Path(__file__).parents[1] / "data" / "deskapp-0008.sqlite3"


def test_a_database_of_the_previous_release_is_backed_up_migrated_and_read(tmp_path, clock):
    path = tmp_path / "deskapp.sqlite3"
    shutil.copy(OLD, path)
    engine = make_engine(f"sqlite:///{path}")
    assert current_revision(engine) == "0008"
    result = upgrade(engine)
    assert (result.before, result.after) == ("0008", HEAD)
    assert result.backup is not None and result.backup.exists()  # the copy aside, before the first change
    with sqlite3.connect(result.backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0008",)
    _db, services = build(engine, hasher=Hasher.fast_for_tests(), clock=clock)
    assert services.site.site().name == "旧版小区"
    admin = services.auth.login("9001", "old-version-1", station="desk-1")  # the old password still opens it
    [visit] = services.visits.search(admin, VisitQuery())
    assert (visit.room_no, visit.visitor_name, visit.content) == ("3-2-1502", "王建国", "咨询物业费缴纳方式")
    [request] = services.requests.search(admin, open_only=False)
    assert request.description == "卫生间漏水"
    for typed in ("5678", "13812345678", "1381234", "漏水", "卫生间漏水", "建国"):  # found through 0014's look-ups
        assert [r.id for r in services.requests.search(admin, open_only=False, text_=typed)] == [request.id], typed
    assert [g.name for g in services.guests.search(admin, GuestQuery())] == ["刘洋"]
    unit = services.directory.find_unit(admin, "3-2-1502")
    assert [r.name for r in services.directory.unit_detail(admin, unit.id).residents] == ["王建国"]
    # the new tables are there and work on the old data
    assert services.passes.search(admin, PassQuery()) == []
    engine.dispose()
    again = make_engine(f"sqlite:///{path}")
    assert upgrade(again).backup is None  # nothing to migrate the second time: no second copy
    again.dispose()


def test_the_station_settings_of_the_previous_release_are_kept(tmp_path):
    path = tmp_path / "station.json"
    path.write_text(json.dumps({"station_name": "前台1", "profile": "front_desk", "language": "zh_CN",
                                "receipt_roll": True, "printers": {"visitor_slip": {"printer": "EPSON TM-T82",
                                                                                    "page": "80mm"}}},
                               ensure_ascii=False), encoding="utf-8")
    config = StationConfig.load(path)
    assert (config.station_name, config.profile, config.receipt_roll) == ("前台1", "front_desk", True)
    assert config.printers["visitor_slip"].printer == "EPSON TM-T82"
    config.save(path)
    assert StationConfig.load(path) == config


def _to_revision(engine, revision: str, *, down: bool) -> None:
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


@pytest.fixture
def estate(world, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    owner = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    return {"unit": unit, "owner": owner}


def test_passes_and_requests_written_before_0014_are_found_through_its_look_ups(world, desk, estate):
    """0014 fills the last four digits, the names' pieces, the plates' endings and the requests' words of the
    records already there; its downgrade takes them away again; the audit trail still checks out."""
    p = issue(world, desk, estate, applicant=mover(name="搬家张师傅", phone="13800002222"), plate="粤B12345",
              consent=Consent(ConsentMethod.IN_PERSON, estate["owner"].id, START))
    r = world.requests.register(desk, unit="3-2-1502", category="repair", description="厨房水管漏水",
                                department="engineering", contact_name="李四", contact_phone="13600001111")
    _to_revision(world.engine, "0013", down=True)
    try:
        with world.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            assert not {"move_pass_name_gram", "move_pass_plate_tail", "request_words"} & tables
            assert "phone_last4" not in {c["name"] for c in inspect(conn).get_columns("move_pass")}
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0013"
    finally:
        _to_revision(world.engine, "head", down=False)
    _db, services = build(world.engine, hasher=Hasher.fast_for_tests(), clock=world.clock)
    for typed in ("2222", "13800002222", "1380000", "张师", "搬家张师傅", "B123", "粤B12345", p.number):
        assert [x.id for x in services.passes.search(desk, PassQuery(typed))] == [p.id], typed
    for typed in ("1111", "13600001111", "李四", "漏水", "水管漏水", r.number):
        assert [x.id for x in services.requests.search(desk, open_only=False, text_=typed)] == [r.id], typed
    report = verify_log(world.engine)
    assert report.intact, [f.text() for f in report.findings]
