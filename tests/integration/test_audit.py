"""Every insert and update leaves an audit row: who, where, when, what changed, and why."""

import json

from sqlalchemy import select

from deskapp.db.models import AuditLog
from tests.conftest import START


def audit(world, table):
    with world.db.read() as s:
        return s.scalars(select(AuditLog).where(AuditLog.table_name == table).order_by(AuditLog.id)).all()


def test_inserts_are_audited_with_who_where_and_when(world, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    rows = audit(world, "unit")
    assert len(rows) == 1
    row = rows[0]
    assert (row.action, row.staff_id, row.station, row.record_id, row.at) == (
        "insert", desk.staff_id, "desk-1", str(unit.id), START)
    assert json.loads(row.new_value)["room_no"] == "3-2-1502"


def test_updates_write_one_row_per_changed_field_with_old_and_new(world, desk, clock):
    unit = world.directory.create_unit(desk, "3-2-1502")
    r = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13812345678"])
    clock.advance(minutes=5)
    world.directory.update_resident(desk, r.id, name="王建国", role="tenant", phones=["13812345678"],
                                    notes="租客")
    changes = {(a.field, a.old_value, a.new_value) for a in audit(world, "resident") if a.action == "update"}
    assert changes == {("role", "owner", "tenant"), ("notes", "", "租客")}


def test_a_replaced_phone_is_audited_as_deleted_with_its_number(world, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    r = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13812345678"])
    world.directory.update_resident(desk, r.id, name="王建国", role="owner", phones=["13900001111"])
    deleted = [a for a in audit(world, "resident_phone") if a.action == "delete"]
    assert len(deleted) == 1 and json.loads(deleted[0].old_value)["phone"] == "13812345678"


def test_voiding_records_the_reason(world, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    r = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=[])
    world.directory.void_resident(desk, r.id, reason="重复登记")
    rows = [a for a in audit(world, "resident") if a.action == "update"]
    assert rows and all(a.reason == "重复登记" for a in rows)


def test_password_hashes_never_reach_the_audit(world, admin):
    rows = audit(world, "staff")
    assert json.loads(rows[0].new_value)["password_hash"] == "***"
