"""Move-out passes on SQLite and PostgreSQL: issuing with every refusal, the gate's verdicts, collection
once only (two real processes), the red copy's return, void, reprints, search and the lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import time, timedelta

import pytest
from sqlalchemy import func, select

from deskapp.db.models import AuditLog, MovePass
from deskapp.domain.consent import (
    MSG_CONSENT_PHONE,
    MSG_CONSENT_REQUIRED,
    Consent,
    ConsentMethod,
)
from deskapp.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.passes import (
    MSG_ARREARS_TOLD,
    ItemLine,
    PassState,
    Verdict,
    pass_number,
)
from deskapp.domain.roles import Role
from deskapp.services.passes import Applicant, PassQuery
from deskapp.services.timeutil import local_date
from tests.conftest import START
from tests.integration.stations import race

ID = "110101199003071233"  # a valid resident ID number (check digit 3)
TODAY = local_date(START)
ITEMS = [ItemLine("冰箱", 1, "台"), ItemLine("纸箱", 12, "箱")]


@pytest.fixture
def estate(world, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    owner = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    tenant = world.directory.add_resident(desk, unit.id, name="李租客", role="tenant", phones=["13600001111"])
    world.directory.create_unit(desk, "5-1-101")
    return {"unit": unit, "owner": owner, "tenant": tenant}


@pytest.fixture
def guard(world, admin):
    return replace(world.member(admin, "3001", Role.GUARD, name="陈强"), station="north-gate")


def issue(world, actor, estate, **overrides):
    values = dict(unit="3-2-1502", applicant=Applicant(IdType.RESIDENT_ID, ID, resident_id=estate["owner"].id),
                  items=ITEMS, moving_day=TODAY, start=time(0, 0), end=time(23, 59), plate="粤a12345")
    values.update(overrides)
    return world.passes.issue(actor, **values)


def passes(world) -> int:
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(MovePass))


def mover(**kw):
    return Applicant(kw.pop("id_type", IdType.RESIDENT_ID), kw.pop("id_number", ID), name=kw.pop("name", "搬家张师傅"),
                     phone=kw.pop("phone", "13800001111"))


# -- issuing ------------------------------------------------------------------------------------------

def test_an_owner_is_issued_a_pass(world, desk, estate):
    p = issue(world, desk, estate)
    assert p.number == pass_number(p.id) and p.state is PassState.ISSUED
    assert (p.room_no, p.applicant_name, p.applicant_is_owner, p.plate) == ("3-2-1502", "王建国", True, "粤A12345")
    assert p.id_masked == "1101**********1233" and p.consent_method is None
    assert [(i.name, i.quantity, i.unit) for i in p.items] == [("冰箱", 1, "台"), ("纸箱", 12, "箱")]
    assert p.issued_by == "赵敏" and p.reprints == 0
    with world.db.read() as s:  # the full ID number is nowhere: not in the row, not in the audit trail
        row = s.get(MovePass, p.id)
        assert ID not in repr(row.__dict__)
        assert not s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.new_value.contains(ID)))


def test_a_mover_needs_the_owners_consent_in_the_service(world, desk, estate):
    with pytest.raises(ValidationError) as err:
        issue(world, desk, estate, applicant=mover())
    assert [p.message for p in err.value.problems] == [MSG_CONSENT_REQUIRED]
    with pytest.raises(ValidationError) as err:  # a tenant too
        issue(world, desk, estate, applicant=Applicant(IdType.RESIDENT_ID, ID, resident_id=estate["tenant"].id))
    assert [p.message for p in err.value.problems] == [MSG_CONSENT_REQUIRED]
    assert passes(world) == 0
    by_phone = Consent(ConsentMethod.PHONE, estate["owner"].id, START - timedelta(minutes=5), "13600001111")
    with pytest.raises(ValidationError) as err:  # the tenant's number is not the owner's
        issue(world, desk, estate, applicant=mover(), consent=by_phone)
    assert [p.message for p in err.value.problems] == [MSG_CONSENT_PHONE]
    p = issue(world, desk, estate, applicant=mover(), consent=replace(by_phone, phone="139 1234 5678"))
    assert (p.consent_method, p.consent_owner, p.consent_taken_by, p.applicant_is_owner) == (
        ConsentMethod.PHONE, "王建国", "赵敏", False)
    with pytest.raises(ValidationError):  # a tenant cannot consent: only an owner
        issue(world, desk, estate, applicant=mover(),
              consent=Consent(ConsentMethod.IN_PERSON, estate["tenant"].id, START))


@pytest.mark.parametrize(("overrides", "fields"), [
    ({"unit": ""}, {"unit"}),
    ({"unit": "9-9-999"}, {"unit"}),
    ({"items": []}, {"items"}),
    ({"items": [ItemLine("沙发", 1000, "件")]}, {"items"}),
    ({"moving_day": TODAY - timedelta(days=1)}, {"moving_day"}),
    ({"start": time(12), "end": time(9)}, {"window"}),
    ({"plate": "粤A12345678901"}, {"plate"}),
    ({"remarks": "😀"}, {"remarks"}),
])
def test_bad_input_is_refused_and_nothing_saved(world, desk, estate, overrides, fields):
    with pytest.raises(ValidationError) as err:
        issue(world, desk, estate, **overrides)
    assert {p.field for p in err.value.problems} == fields
    assert passes(world) == 0


def test_a_bad_id_and_a_stranger_as_resident(world, desk, estate, admin):
    with pytest.raises(ValidationError) as err:
        issue(world, desk, estate, applicant=Applicant(IdType.RESIDENT_ID, "110101199003071234",
                                                       resident_id=estate["owner"].id))
    assert {p.field for p in err.value.problems} == {"id_number"}
    with pytest.raises(ValidationError) as err:
        issue(world, desk, estate, unit="5-1-101")  # the owner of 3-2-1502 is not a resident of 5-1-101
    assert "applicant" in {p.field for p in err.value.problems}
    with pytest.raises(ValidationError) as err:
        issue(world, desk, estate, applicant=mover(name=""),
              consent=Consent(ConsentMethod.IN_PERSON, estate["owner"].id, START))
    assert {p.field for p in err.value.problems} == {"applicant_name"}
    p = issue(world, desk, estate, applicant=mover(id_type=IdType.PASSPORT, id_number="E12345678"),
              consent=Consent(ConsentMethod.WRITTEN, estate["owner"].id, START))
    assert p.id_masked == "E123*5678"
    assert passes(world) == 1


def test_an_arrears_hold_must_be_confirmed_as_told(world, desk, estate):
    world.directory.add_note(desk, estate["unit"].id, kind="arrears", text="欠物业费 3 个月")
    with pytest.raises(ValidationError) as err:
        issue(world, desk, estate)
    assert [p.message for p in err.value.problems] == [MSG_ARREARS_TOLD]
    assert issue(world, desk, estate, arrears_told=True).arrears_told


def test_a_guard_cannot_issue(world, guard, estate):
    with pytest.raises(PermissionDenied):
        issue(world, guard, estate)


# -- the gate -----------------------------------------------------------------------------------------

def test_verdicts_at_the_gate(world, desk, guard, estate, clock):
    p = issue(world, desk, estate)
    ok = world.passes.check(guard, p.number.lower())
    assert ok.verdict is Verdict.VALID and ok.pass_ is not None and ok.pass_.items == p.items
    assert world.passes.check(guard, p.number[:-1] + str((int(p.number[-1]) + 1) % 10)).verdict is Verdict.MISTYPED
    assert world.passes.check(guard, "abc").verdict is Verdict.UNKNOWN
    assert world.passes.check(guard, pass_number(p.id + 50)).verdict is Verdict.UNKNOWN
    later = issue(world, desk, estate, moving_day=TODAY + timedelta(days=1))
    early = world.passes.check(guard, later.number)
    assert early.verdict is Verdict.NOT_YET_VALID and "is valid from" in early.message
    with pytest.raises(Conflict):
        world.passes.collect(guard, later.number, gate="北门")
    clock.advance(days=2)
    gone = world.passes.check(guard, p.number)
    assert gone.verdict is Verdict.EXPIRED
    with pytest.raises(Conflict) as err:
        world.passes.collect(guard, p.number, gate="北门")
    assert "has expired" in str(err.value)
    with pytest.raises(ValidationError):
        world.passes.collect(guard, "P0000000", gate="北门")


def test_collected_once_and_the_second_is_told_who_when_where(world, desk, guard, estate):
    p = issue(world, desk, estate)
    done = world.passes.collect(guard, p.number, gate="北门", mover_id=ID)
    assert (done.state, done.collected_by, done.collected_gate, done.mover_id_masked) == (
        PassState.COLLECTED, "陈强", "北门", "1101**********1233")
    with pytest.raises(Conflict) as err:
        world.passes.collect(guard, p.number, gate="南门")
    assert f"Pass {p.number} was already collected at " in str(err.value) and "北门 by 陈强" in str(err.value)
    again = world.passes.check(guard, p.number)
    assert again.verdict is Verdict.COLLECTED and again.params["gate"] == "北门"


def test_goods_that_do_not_match_are_refused(world, desk, guard, estate):
    p = issue(world, desk, estate)
    with pytest.raises(ValidationError):
        world.passes.refuse(guard, p.number, gate="北门", note="")
    r = world.passes.refuse(guard, p.number, gate="北门", note="多了一台洗衣机")
    assert r.state is PassState.REFUSED and r.gate_note == "多了一台洗衣机"
    check = world.passes.check(guard, p.number)
    assert check.verdict is Verdict.REFUSED
    with pytest.raises(Conflict) as err:
        world.passes.collect(guard, p.number, gate="北门")
    assert "A new pass is needed" in str(err.value)


# -- back at the desk ---------------------------------------------------------------------------------

def test_the_red_copy_comes_back_once(world, desk, guard, estate):
    p = issue(world, desk, estate)
    with pytest.raises(Conflict):  # not collected yet
        world.passes.return_red_copy(desk, p.number)
    world.passes.collect(guard, p.number, gate="北门")
    assert [x.id for x in world.passes.red_copies_missing(desk)] == [p.id]
    back = world.passes.return_red_copy(desk, p.number)
    assert back.state is PassState.RETURNED and back.red_copy_returned_by == "赵敏"
    with pytest.raises(Conflict) as err:
        world.passes.return_red_copy(desk, p.number)
    assert "already checked in by 赵敏" in str(err.value)
    assert world.passes.red_copies_missing(desk) == []
    with pytest.raises(PermissionDenied):
        world.passes.return_red_copy(guard, p.number)


def test_void_by_the_issuer_before_collection_or_a_supervisor(world, admin, desk, guard, estate):
    clerk = world.member(admin, "8002", Role.RECEPTIONIST, name="钱多")
    other = world.member(admin, "8003", Role.RECEPTIONIST, name="孙丽")
    p = issue(world, clerk, estate)
    with pytest.raises(PermissionDenied):
        world.passes.void(other, p.id, reason="填错")
    with pytest.raises(ValidationError):
        world.passes.void(clerk, p.id, reason="")
    v = world.passes.void(clerk, p.id, reason="填错单元")
    assert v.state is PassState.VOID and v.void_reason == "填错单元"
    with pytest.raises(Conflict) as err:
        world.passes.void(desk, p.id, reason="重复")
    assert "already voided by 钱多" in str(err.value)
    check = world.passes.check(guard, p.number)
    assert check.verdict is Verdict.VOID and check.params["reason"] == "填错单元"
    q = issue(world, clerk, estate)
    world.passes.collect(guard, q.number, gate="北门")
    with pytest.raises(PermissionDenied):  # collected: the issuer may no longer
        world.passes.void(clerk, q.id, reason="填错")
    assert world.passes.void(desk, q.id, reason="业主投诉，主管作废").state is PassState.VOID  # a supervisor may
    with pytest.raises(NotFound):
        world.passes.void(desk, 99999, reason="x")


def test_a_reprint_is_counted(world, desk, estate):
    p = issue(world, desk, estate)
    assert world.passes.record_reprint(desk, p.id).reprints == 1
    assert world.passes.record_reprint(desk, p.id).reprints == 2


def test_search_and_the_lists(world, desk, guard, estate, clock):
    a = issue(world, desk, estate)
    b = issue(world, desk, estate, applicant=mover(name="搬家张师傅", phone="13800002222"), plate="",
              consent=Consent(ConsentMethod.IN_PERSON, estate["owner"].id, START))
    c = issue(world, desk, estate, moving_day=TODAY + timedelta(days=3))
    find = lambda text, **kw: [x.id for x in world.passes.search(desk, PassQuery(text, **kw))]  # noqa: E731
    assert find(a.number) == [a.id]
    assert set(find("3-2-1502")) == {a.id, b.id, c.id}
    assert find("张师傅") == [b.id]
    assert find("2222") == [b.id]
    assert set(find("粤A12345")) == {a.id, c.id}
    assert set(find("", first_day=TODAY, last_day=TODAY)) == {a.id, b.id}
    assert world.passes.find(desk, b.number.lower()).id == b.id
    assert {x.id for x in world.passes.expected_today(guard)} == {a.id, b.id}
    world.passes.collect(guard, a.number, gate="北门")
    assert {x.id for x in world.passes.expected_today(guard)} == {b.id}
    clock.advance(days=1)
    assert [x.id for x in world.passes.never_collected(desk)] == [b.id]
    assert [x.id for x in world.passes.red_copies_missing(desk, TODAY, TODAY)] == [a.id]


# -- two gates at once --------------------------------------------------------------------------------

def test_a_pass_collected_at_two_gates_at_once_is_collected_once(world, admin, desk, estate):
    gates = [replace(world.member(admin, "3001", Role.GUARD, name="陈强"), station="north-gate"),
             replace(world.member(admin, "3002", Role.GUARD, name="王刚"), station="south-gate")]
    numbers = [issue(world, desk, estate).number for _ in range(5)]
    script = [("collect_pass", {"number": n, "gate": gate}) for n in numbers for gate in ("北门",)]
    url = world.engine.url.render_as_string(hide_password=False)
    reports = race(url, [(g, [(name, {**kw, "gate": g.station}) for name, kw in script]) for g in gates])
    for n, number in enumerate(numbers):
        kinds = sorted(r.outcomes[n].kind for r in reports)
        assert kinds == ["ok", "refused"], [r.outcomes[n] for r in reports]
        w = [r.outcomes[n].kind for r in reports].index("ok")
        lost = reports[1 - w].outcomes[n]
        assert lost.error == "Conflict" and f"Pass {number} was already collected at " in lost.message, lost
        assert lost.message.endswith(f" at {gates[w].station} by {gates[w].name}."), lost
        with world.db.read() as s:
            row = s.get(MovePass, int(number[1:-1]))
            assert row.collected_by_id == gates[w].staff_id
            writes = s.scalar(select(func.count()).select_from(AuditLog).where(
                AuditLog.table_name == "move_pass", AuditLog.record_id == str(row.id),
                AuditLog.field == "collected_at"))
        assert writes == 1


def test_a_units_passes_are_in_its_history(world, desk, estate):
    p = issue(world, desk, estate)
    items = [h for h in world.history.unit_history(desk, estate["unit"].id) if h.kind == "pass"]
    assert [(h.reference, h.who, h.text, h.pass_state) for h in items] == [
        (p.number, "王建国", "冰箱 1台、纸箱 12箱", PassState.ISSUED)]
    assert [x.id for x in world.passes.search(desk, PassQuery(unit_id=estate["unit"].id))] == [p.id]


def test_how_long_a_pass_is_valid_is_a_site_setting(world, admin, desk, estate):
    assert world.site.settings().pass_valid_days == 1
    p = issue(world, desk, estate, start=time(8), end=time(18))
    assert p.valid_until - p.valid_from == timedelta(hours=10)
    with pytest.raises(ValidationError) as err:
        world.site.update_settings(admin, idle_lock_minutes=10, pass_valid_days=8)
    assert {x.field for x in err.value.problems} == {"pass_valid_days"}
    world.site.update_settings(admin, idle_lock_minutes=10, pass_valid_days=3)
    p = issue(world, desk, estate, start=time(8), end=time(18))
    assert p.valid_until - p.valid_from == timedelta(days=2, hours=10)
