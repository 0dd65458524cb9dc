"""The supervisor's audit viewer: a record's history as the trail holds it, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from deskapp.db.audit import audited_keys
from deskapp.db.models import Resident
from deskapp.domain.errors import NotFound, PermissionDenied
from deskapp.domain.roles import Role
from deskapp.services.audit_view import field_label, table_label
from tests.conftest import PASSWORD, START


def _history_setup(world, admin, desk, clock):
    """A resident created, changed twice (the second time by another member at another station), voided."""
    unit = world.directory.create_unit(desk, "3-2-1502")
    r = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13812345678"])
    clock.advance(minutes=5)
    world.directory.update_resident(desk, r.id, name="王建国", role="tenant", phones=["13812345678"])
    clock.advance(minutes=5)
    desk2 = world.member(admin, "8002", Role.SUPERVISOR, name="孙丽")
    desk2 = dataclasses.replace(desk2, station="desk-2")
    world.directory.update_resident(desk2, r.id, name="王建国", role="tenant", phones=["13812345678"], notes="租客")
    clock.advance(minutes=5)
    world.directory.void_resident(desk, r.id, reason="重复登记")
    return r


def test_a_record_created_changed_twice_and_voided_shows_four_entries_in_order(world, admin, desk, clock):
    r = _history_setup(world, admin, desk, clock)
    entries = world.audit_view.history(desk, "resident", r.id)
    assert [e.action for e in entries] == ["insert", "update", "update", "void"]
    created, first, second, voided = entries
    assert [e.at for e in entries] == [START + timedelta(minutes=m) for m in (0, 5, 10, 15)]
    assert [e.seq for e in entries] == sorted(e.seq for e in entries)
    # who, where
    assert (created.staff_name, created.staff_no, created.station) == ("赵敏", "8001", "desk-1")
    assert (second.staff_name, second.staff_no, second.station) == ("孙丽", "8002", "desk-2")
    # what: created with its fields, each change old → new, the void with its reason
    assert ("name", "王建国") in created.snapshot and ("role", "owner") in created.snapshot
    order = audited_keys(Resident)  # the model's order, as the form has them (the JSON is stored sorted)
    assert [k for k, _v in created.snapshot] == [k for k in order if k in dict(created.snapshot)]
    assert (first.field, first.old, first.new) == ("role", "owner", "tenant")
    assert (second.field, second.old, second.new) == ("notes", "", "租客")
    assert (voided.action, voided.reason, voided.new) == ("void", "重复登记", "重复登记")
    assert voided.staff_name == "赵敏"
    assert created.when.startswith(str(START.year))


def test_history_takes_the_record_id_as_text_too(world, admin, desk, clock):
    r = _history_setup(world, admin, desk, clock)
    assert world.audit_view.history(desk, "resident", str(r.id)) == world.audit_view.history(desk, "resident", r.id)


def test_a_receptionist_without_audit_view_is_refused(world, admin, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    receptionist = world.member(admin, "8003", Role.RECEPTIONIST, name="钱进")
    with pytest.raises(PermissionDenied):
        world.audit_view.history(receptionist, "unit", unit.id)


def test_a_secret_field_shows_masked_as_stored(world, admin, desk, clock):
    member = world.member(admin, "8004", Role.RECEPTIONIST, name="周周")
    clock.advance(minutes=1)
    world.staff.reset_password(admin, member.staff_id, new_password=PASSWORD + "x9")
    entries = world.audit_view.history(desk, "staff", member.staff_id)
    assert dict(entries[0].snapshot)["password_hash"] == "***"
    changed = [e for e in entries if e.field == "password_hash"]
    assert changed and all((e.old, e.new) == ("***", "***") for e in changed)
    assert all("$" not in (v or "") for e in entries for v in (e.old, e.new, *dict(e.snapshot).values()))


def test_an_unknown_table_or_record_gives_a_clear_message(world, desk):
    with pytest.raises(NotFound) as no_table:
        world.audit_view.history(desk, "no_such_table", 1)
    assert "no_such_table" in str(no_table.value)
    with pytest.raises(NotFound) as no_record:
        world.audit_view.history(desk, "visit", 999999)
    assert "Visit #999999" in str(no_record.value)
    with pytest.raises(NotFound):
        world.audit_view.history(desk, "audit_log", 1)  # the trail itself has no trail


def test_a_number_revealed_is_in_the_resident_s_history_with_its_reason(world, admin, desk, clock):
    unit = world.directory.create_unit(desk, "3-2-1502")
    r = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13812345678"])
    operator = world.member(admin, "7002", Role.CONTROL_OPERATOR, name="钱丽")
    clock.advance(minutes=1)
    world.directory.reveal_phones(operator, r.id, reason="火警联系业主")
    last = world.audit_view.history(desk, "resident", r.id)[-1]
    assert (last.action, last.field, last.staff_name, last.reason) == ("reveal", "phones", "钱丽", "火警联系业主")


def test_labels_for_known_names_and_raw_names_otherwise():
    assert table_label("move_pass") == "Move-out pass"
    assert table_label("something_new") == "something_new"
    assert field_label("room_no") == "Room"
    assert field_label("zone_code") == "zone_code"
