"""Installing a newer deskapp over an older one keeps the data: a database written by the previous release
(revision 0008, tests/data/deskapp-0008.sqlite3, made by tests/data/make_0008_database.py at that commit)
is copied aside, migrated and read by this code; the station's settings file is read as it was."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from deskapp.app import build
from deskapp.config import StationConfig
from deskapp.db.engine import make_engine
from deskapp.db.migrate import HEAD, current_revision, upgrade
from deskapp.services.guests import GuestQuery
from deskapp.services.passes import PassQuery
from deskapp.services.passwords import Hasher
from deskapp.services.visits import VisitQuery

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
