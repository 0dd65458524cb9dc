"""The control room's shift on SQLite and PostgreSQL: signing on (two operators, own passwords, the
lock-out), the fire systems list, the 2-hourly equipment record and its reminders, the daily check, and the
handover with every refusal (no daily check, the record overdue, one operator, an item not acknowledged);
nothing changes on a refusal; every write is audited."""

from __future__ import annotations

import math
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from deskapp.db.models import (
    AuditLog,
    ControlEvent,
    ControlFault,
    ControlShift,
    DailyCheck,
    EquipmentRecord,
    FireSystem,
    Handover,
)
from deskapp.domain.errors import (
    AuthenticationFailed,
    Conflict,
    DeskError,
    PermissionDenied,
    ValidationError,
)
from deskapp.domain.roles import Role
from deskapp.domain.shifts import (
    MSG_CHECK_FAULT,
    MSG_CHECK_MISSING,
    MSG_CONTROLLER_FAULT,
    MSG_LINKAGE_MANUAL,
    MSG_NOTE_NEEDED,
    MSG_SHIFT_LENGTH,
    MSG_SYSTEM_MISSING,
    MSG_TOO_FEW,
    CarriedKind,
    CheckItem,
    CheckResult,
    DailyDue,
    RecordDue,
    ShiftState,
    SystemReading,
)
from deskapp.services.shifts import (
    MSG_HANDED_OVER,
    MSG_IN_WAS_ON,
    MSG_NO_DAILY,
    MSG_NO_RECORD,
    MSG_NO_SHIFT,
    MSG_NOT_ACKNOWLEDGED,
    MSG_NOT_DUTY,
    MSG_NOT_ON_SHIFT,
    MSG_OUT_NOT_ON,
    MSG_SHIFT_ON,
    MSG_SIGN_LOCKED,
    MSG_SIGN_PASSWORD,
    MSG_SIGN_WRONG,
    MSG_SYSTEM_DUPLICATE,
    Credential,
)
from tests.conftest import PASSWORD, START
from tests.printing.pdfcheck import page_texts

ALL_NORMAL = {item: CheckResult.NORMAL for item in CheckItem}


@pytest.fixture
def room(world, admin):
    """Four control operators (two shifts), a guard, the shift service."""
    ops = [world.member(admin, f"200{n}", Role.CONTROL_OPERATOR, name=name)
           for n, name in ((1, "张伟"), (2, "刘洋"), (3, "王磊"), (4, "孙丽"))]
    guard = world.member(admin, "3001", Role.GUARD, name="陈强")
    return {"ops": ops, "guard": guard, "svc": world.services.shifts, "admin": admin}


def cred(actor, password=PASSWORD):
    return Credential(actor.staff_no, password)


def readings(svc, actor, **override):
    """Every listed system automatic and normal, except those named in ``override`` (name → reading)."""
    out = []
    for system in svc.systems(actor):
        mode, state, why = override.get(system.name, ("auto", "normal", ""))
        out.append(SystemReading(system.id, mode, state, why))
    return out


def start(room, a=0, b=1):
    ops = room["ops"]
    return room["svc"].start_shift(ops[a], [cred(ops[a]), cred(ops[b])])


def record(room, actor=None, **kw):
    svc = room["svc"]
    actor = actor or room["ops"][0]
    return svc.record_equipment(actor, controller=kw.pop("controller", "normal"), linkage=kw.pop("linkage", "auto"),
                                readings=kw.pop("readings", None) or readings(svc, actor), **kw)


def count(world, model) -> int:
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def messages(exc) -> list[str]:
    return [p.message for p in exc.value.problems]


# -- the fire systems list ------------------------------------------------------------------------

def test_a_new_site_lists_the_usual_fire_systems_and_the_admin_edits_the_list(world, room):
    svc, admin = room["svc"], room["admin"]
    names = [s.name for s in svc.systems(admin)]
    assert names[:3] == ["自动喷水灭火系统", "消火栓系统", "防排烟系统"] and "消防电梯" in names
    assert {s.name: s.should_be_auto for s in svc.systems(admin)}["消防电梯"] is False
    added = svc.add_system(admin, name="  电气火灾监控系统 ", should_be_auto=True)
    assert added.name == "电气火灾监控系统" and svc.systems(admin)[-1].id == added.id
    with pytest.raises(ValidationError) as exc:
        svc.add_system(admin, name="消火栓系统", should_be_auto=True)
    assert messages(exc) == [MSG_SYSTEM_DUPLICATE]
    for bad in ("", "x" * 10_000, "a\x00b", "喷淋😀"):
        with pytest.raises(ValidationError):
            svc.add_system(admin, name=bad, should_be_auto=True)
    retired = svc.update_system(admin, added.id, name="电气火灾监控系统", should_be_auto=True, active=False)
    assert not retired.active and added.id not in {s.id for s in svc.systems(admin)}
    assert added.id in {s.id for s in svc.systems(admin, include_retired=True)}
    with pytest.raises(PermissionDenied):
        svc.add_system(room["ops"][0], name="新系统", should_be_auto=True)


# -- signing on -------------------------------------------------------------------------------------

def test_a_shift_needs_two_operators_each_with_their_own_password(world, room):
    svc, ops = room["svc"], room["ops"]
    with pytest.raises(ValidationError) as exc:
        svc.start_shift(ops[0], [cred(ops[0])])
    assert messages(exc) == [MSG_TOO_FEW]
    with pytest.raises(ValidationError):
        svc.start_shift(ops[0], [cred(ops[0]), cred(ops[0])])  # the same operator twice
    with pytest.raises(AuthenticationFailed) as exc:
        svc.start_shift(ops[0], [cred(ops[0]), cred(ops[1], "wrong-password")])
    assert exc.value.message == MSG_SIGN_WRONG and "2002" in str(exc.value)
    with pytest.raises(PermissionDenied) as exc:
        svc.start_shift(ops[0], [cred(ops[0]), cred(room["guard"])])
    assert exc.value.message == MSG_NOT_DUTY
    for hours in (0, 8.5, 24, math.nan, 2**64, -1):
        with pytest.raises(ValidationError) as exc:
            svc.start_shift(ops[0], [cred(ops[0]), cred(ops[1])], hours=hours)
        assert messages(exc) == [MSG_SHIFT_LENGTH]
    assert count(world, ControlShift) == 0
    shift = start(room)
    assert shift.state is ShiftState.ON_DUTY and [o.name for o in shift.operators] == ["张伟", "刘洋"]
    assert shift.planned_end_at - shift.started_at == timedelta(hours=8)
    with pytest.raises(Conflict) as exc:
        start(room, 2, 3)
    assert exc.value.message == MSG_SHIFT_ON


def test_wrong_passwords_at_sign_on_count_towards_the_lock_out(world, room):
    svc, ops = room["svc"], room["ops"]
    for _ in range(6):  # a password left out is not a wrong one: nothing counted
        with pytest.raises(ValidationError) as exc:
            svc.start_shift(ops[0], [cred(ops[0]), cred(ops[1], "")])
        assert messages(exc) == [MSG_SIGN_PASSWORD]
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            svc.start_shift(ops[0], [cred(ops[0]), cred(ops[1], "nope")])
    with pytest.raises(AuthenticationFailed) as exc:  # now locked, even with the right password
        svc.start_shift(ops[0], [cred(ops[0]), cred(ops[1])])
    assert exc.value.message == MSG_SIGN_LOCKED and "2002" in str(exc.value)
    assert count(world, ControlShift) == 0


# -- the equipment record -------------------------------------------------------------------------

def test_the_equipment_record_needs_a_shift_and_an_operator_on_it(world, room):
    with pytest.raises(Conflict) as exc:
        record(room)
    assert exc.value.message == MSG_NO_SHIFT
    start(room)
    with pytest.raises(PermissionDenied) as exc:
        record(room, actor=room["ops"][2])
    assert exc.value.message == MSG_NOT_ON_SHIFT
    saved = record(room)
    assert not saved.flagged and len(saved.lines) == len(room["svc"].systems(room["ops"][0]))
    assert count(world, EquipmentRecord) == 1


def test_should_be_automatic_found_manual_is_refused_without_its_explanation(world, room):
    start(room)
    svc, op = room["svc"], room["ops"][0]
    with pytest.raises(ValidationError) as exc:
        record(room, readings=readings(svc, op, 防火卷帘=("manual", "normal", "")))
    assert messages(exc) == [MSG_NOTE_NEEDED]
    with pytest.raises(ValidationError) as exc:
        record(room, linkage="manual")
    assert messages(exc) == [MSG_LINKAGE_MANUAL]
    with pytest.raises(ValidationError) as exc:
        record(room, controller="fault")
    assert messages(exc) == [MSG_CONTROLLER_FAULT]
    with pytest.raises(ValidationError) as exc:
        record(room, readings=readings(svc, op, 消火栓系统=("auto", "fault", "")))
    assert messages(exc) == [MSG_NOTE_NEEDED]
    with pytest.raises(ValidationError) as exc:
        record(room, readings=readings(svc, op)[1:])
    assert messages(exc) == [MSG_SYSTEM_MISSING]
    for bad in ("x" * 10_000, "检修\x00中", "检修😀"):
        with pytest.raises(ValidationError):
            record(room, readings=readings(svc, op, 防火卷帘=("manual", "normal", bad)))
    for bad_mode in ("", "AUTO", "自动", None, "1; DROP TABLE fire_system"):
        with pytest.raises(ValidationError):
            record(room, readings=readings(svc, op, 防火卷帘=(bad_mode, "normal", "x")))
    assert count(world, EquipmentRecord) == 0
    # A fire lift is not automatic by rule: manual is not flagged.
    fine = record(room, readings=readings(svc, op, 消防电梯=("manual", "normal", "")))
    assert not fine.flagged
    flagged = record(room, readings=readings(svc, op, 防火卷帘=("manual", "normal", "三层卷帘检修，厂家在场 %_'")))
    assert flagged.flagged
    line = next(x for x in flagged.lines if x.name == "防火卷帘")
    assert line.flagged and line.explanation == "三层卷帘检修，厂家在场 %_'"


def test_the_record_is_asked_for_every_two_hours_and_overdue_after(world, room, clock):
    svc, op = room["svc"], room["ops"][0]
    start(room)
    assert svc.status(op).record.status is RecordDue.OVERDUE or svc.status(op).record.status is RecordDue.DUE
    record(room)
    status = svc.status(op)
    assert status.record.status is RecordDue.NOT_DUE and status.record.due_at == START + timedelta(hours=2)
    clock.advance(minutes=111)
    assert svc.status(op).record.status is RecordDue.DUE
    clock.advance(minutes=10)
    assert svc.status(op).record.status is RecordDue.OVERDUE
    clock.advance(hours=7)
    assert svc.status(op).overrun


def test_a_record_made_against_a_list_changed_meanwhile_is_refused(world, room):
    start(room)
    svc, op, admin = room["svc"], room["ops"][0], room["admin"]
    old = readings(svc, op)
    retired = svc.systems(admin)[0]
    svc.update_system(admin, retired.id, name=retired.name, should_be_auto=True, active=False)
    with pytest.raises(Conflict):
        record(room, readings=old)
    assert count(world, EquipmentRecord) == 0


# -- the daily check ----------------------------------------------------------------------------

def test_the_daily_check_records_every_item_and_a_fault_is_described(world, room, clock):
    svc, op = room["svc"], room["ops"][1]
    start(room)
    assert svc.status(op).daily is DailyDue.OVERDUE
    with pytest.raises(ValidationError) as exc:
        svc.record_daily_check(op, results={CheckItem.SELF_TEST: "normal"})
    assert set(messages(exc)) == {MSG_CHECK_MISSING}
    with pytest.raises(ValidationError) as exc:
        svc.record_daily_check(op, results=ALL_NORMAL | {CheckItem.BACKUP_POWER: CheckResult.FAULT})
    assert messages(exc) == [MSG_CHECK_FAULT]
    assert count(world, DailyCheck) == 0
    check = svc.record_daily_check(op, results=ALL_NORMAL | {CheckItem.BACKUP_POWER: CheckResult.FAULT},
                                   note="备用电池电压低，已报工程部更换")
    assert check.results[CheckItem.BACKUP_POWER] is CheckResult.FAULT and check.checked_by == "刘洋"
    assert svc.status(op).daily is DailyDue.DONE
    clock.advance(hours=23)
    assert svc.status(op).daily in (DailyDue.DUE, DailyDue.DONE)
    clock.advance(hours=2)
    assert svc.status(op).daily is DailyDue.OVERDUE


# -- the handover ---------------------------------------------------------------------------------

def open_event_and_fault(world, admin):
    """An open fire alarm and an open fault, written as the alarm log writes them."""
    now = world.clock.now()
    with world.db.write(admin) as s:
        s.add(ControlEvent(number=1, received_at=now, source="fire_panel", kind="fire", building="3栋", floor="12",
                           zone="走道", device_address="1-012-033", text="烟感报警", confirm_due_at=now,
                           created_at=now, created_by_id=admin.staff_id, created_station="ctl"))
        s.add(ControlFault(number=1, found_at=now, found_by="张伟", place="5栋地下室", description="水流指示器故障",
                           created_at=now, created_by_id=admin.staff_id, created_station="ctl"))
    with world.db.read() as s:
        return (s.scalar(select(ControlEvent.id)), s.scalar(select(ControlFault.id)))


def ready_to_hand_over(room):
    start(room)
    record(room)
    room["svc"].record_daily_check(room["ops"][0], results=ALL_NORMAL)


def hand_over(room, *, out=(0,), into=(2, 3), acknowledged=(), **kw):
    ops = room["ops"]
    return room["svc"].hand_over(ops[0], outgoing=[cred(ops[i]) for i in out], incoming=[cred(ops[i]) for i in into],
                                 acknowledged=acknowledged, **kw)


def test_a_handover_is_refused_without_the_daily_check(world, room):
    start(room)
    record(room)
    with pytest.raises(ValidationError) as exc:
        hand_over(room)
    assert messages(exc) == [MSG_NO_DAILY]
    assert count(world, Handover) == 0


def test_a_handover_is_refused_with_the_equipment_record_overdue(world, room, clock):
    ready_to_hand_over(room)
    clock.advance(hours=2, minutes=1)
    with pytest.raises(ValidationError) as exc:
        hand_over(room)
    assert messages(exc) == [MSG_NO_RECORD]
    record(room)
    assert hand_over(room).to_shift_id


def test_a_handover_is_refused_with_one_incoming_operator_or_a_wrong_side(world, room):
    ready_to_hand_over(room)
    with pytest.raises(ValidationError) as exc:
        hand_over(room, into=(2,))
    assert messages(exc) == [MSG_TOO_FEW]
    with pytest.raises(ValidationError) as exc:
        hand_over(room, out=(2,))
    assert messages(exc) == [MSG_OUT_NOT_ON]
    with pytest.raises(ValidationError) as exc:
        hand_over(room, into=(1, 2))
    assert messages(exc) == [MSG_IN_WAS_ON]
    with pytest.raises(AuthenticationFailed):
        room["svc"].hand_over(room["ops"][0], outgoing=[cred(room["ops"][0])],
                              incoming=[cred(room["ops"][2]), cred(room["ops"][3], "bad")], acknowledged=())
    with pytest.raises(ValidationError):
        hand_over(room, notes="x" * 10_000)
    assert count(world, Handover) == 0
    assert count(world, ControlShift) == 1


def test_the_handover_carries_open_events_and_faults_each_acknowledged(world, room):
    ready_to_hand_over(room)
    event_id, fault_id = open_event_and_fault(world, room["admin"])
    svc, ops = room["svc"], room["ops"]
    items = svc.carried_items(ops[0])
    assert [(i.kind, i.ref_id) for i in items] == [(CarriedKind.EVENT, event_id), (CarriedKind.FAULT, fault_id)]
    assert "1-012-033" in items[0].summary and "水流指示器故障" in items[1].summary
    with pytest.raises(ValidationError) as exc:
        hand_over(room, acknowledged=[items[0].key])
    assert messages(exc) == [MSG_NOT_ACKNOWLEDGED] and "水流指示器" in str(exc.value)
    assert count(world, Handover) == 0
    done = hand_over(room, acknowledged=[i.key for i in items], notes="3栋12层烟感待复核\n交接清楚")
    assert [(s.side, s.name) for s in done.signatures] == [("out", "张伟"), ("in", "王磊"), ("in", "孙丽")]
    assert [h.item.key for h in done.items] == [i.key for i in items]
    assert all(h.acknowledged_by == "王磊" for h in done.items)
    status = svc.status(ops[2])
    assert status.shift is not None and status.shift.id == done.to_shift_id
    assert [o.name for o in status.shift.operators] == ["王磊", "孙丽"]
    assert svc.shift(ops[0], done.from_shift_id).state is ShiftState.HANDED_OVER
    # The outgoing shift can no longer record; the incoming one can (the 2-hour clock runs on).
    with pytest.raises(PermissionDenied):
        record(room)
    assert record(room, actor=ops[2]).shift_id == done.to_shift_id
    with pytest.raises(Conflict):  # no shift to start: the new one is on duty
        start(room, 0, 1)
    with world.db.read() as s:
        audited = set(s.scalars(select(AuditLog.table_name).distinct()))
    assert {"control_shift", "control_shift_operator", "equipment_record", "equipment_record_line", "daily_check",
            "handover", "handover_signature", "handover_item"} <= audited


def test_the_duty_log_of_a_day_and_of_a_shift_reads_back(world, room, clock):
    ready_to_hand_over(room)
    svc, ops = room["svc"], room["ops"]
    open_event_and_fault(world, room["admin"])
    clock.advance(hours=1)
    record(room, readings=readings(svc, ops[0], 防火卷帘=("manual", "normal", "三层卷帘检修")))
    items = svc.carried_items(ops[0])
    done = hand_over(room, acknowledged=[i.key for i in items])
    head = world.printing.letterhead(ops[0])
    for pdf in (svc.duty_log_pdf(ops[0], head, shift_id=done.from_shift_id),
                svc.duty_log_pdf(ops[0], head, day=None)):
        text = "".join(page_texts(pdf)).replace(" ", "").replace("\n", "")
        for word in ("消防控制室值班记录表", "火灾报警控制器运行情况", "报警性质", "火警", "3栋", "1-012-033",
                     "自动喷水灭火系统", "防火卷帘", "手动/正常", "三层卷帘检修", "日检查", "自检", "消音", "复位",
                     "主电源", "备用电源", "交班人", "接班人", "王磊", "孙丽", "张伟", "刘洋", "已确认", "签到",
                     "水流指示器故障"):
            assert word in text, word


# -- bad input ------------------------------------------------------------------------------------

NASTY = {"empty": "", "long": "字" * 10_000, "nul": "20\x0001", "emoji": "王😀", "rare cjk": "𠮷𪚥",
         "full-width": "２００２", "sql": "' OR 1=1 --", "like": "%_\\", "past 2^63": str(2**63), "nan": "NaN",
         "bidi": "\u202e王五"}


def counts(world) -> tuple[int, ...]:
    return tuple(count(world, m) for m in (ControlShift, EquipmentRecord, DailyCheck, Handover, FireSystem))


@pytest.mark.parametrize("case", list(NASTY))
def test_nasty_input_gets_a_message_and_changes_nothing(world, room, case):
    value = NASTY[case]
    svc, ops, admin = room["svc"], room["ops"], room["admin"]
    before = counts(world)
    if case != "full-width":  # a staff number from a Chinese input method is folded (below)
        with pytest.raises(DeskError) as exc:
            svc.start_shift(ops[0], [cred(ops[0]), Credential(value, PASSWORD)])
        assert str(exc.value)
    with pytest.raises(DeskError):
        svc.start_shift(ops[0], [cred(ops[0]), Credential(ops[1].staff_no, value)])
    if case not in ("empty", "long", "nul", "emoji", "bidi"):
        added = svc.add_system(admin, name=value, should_be_auto=True)
        assert added.name == value
        svc.update_system(admin, added.id, name=added.name, should_be_auto=True, active=False)
    else:
        with pytest.raises(ValidationError):
            svc.add_system(admin, name=value, should_be_auto=True)
    assert counts(world)[:4] == before[:4]


def test_full_width_staff_numbers_sign_on_as_typed_by_a_chinese_input_method(world, room):
    shift = room["svc"].start_shift(room["ops"][0], [Credential("２００１", PASSWORD), Credential("２００２", PASSWORD)])
    assert [o.staff_no for o in shift.operators] == ["2001", "2002"]


def test_ids_past_the_database_range_name_nothing(world, room):
    svc, op = room["svc"], room["ops"][0]
    for bad in (2**63, 2**64, -1, 0):
        with pytest.raises(DeskError):
            svc.shift(op, bad)
        with pytest.raises(DeskError):
            svc.handover(op, bad)
        with pytest.raises(DeskError):
            svc.update_system(room["admin"], bad, name="x", should_be_auto=True)


# -- two stations at once ---------------------------------------------------------------------------

def _at_once(engine, clock, calls):
    """Run each call(services) on a station of its own (its own engine and connections), all at once."""
    import threading

    from deskapp.app import build
    from deskapp.db.engine import make_engine
    from tests.conftest import HASHER

    stations = [build(make_engine(engine.url.render_as_string(hide_password=False)), hasher=HASHER, clock=clock)[1]
                for _ in calls]
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = ("ok", calls[i](stations[i]))
        except DeskError as exc:
            results[i] = ("refused", exc)
        except Exception as exc:  # noqa: BLE001 - reported to the test
            results[i] = ("crashed", exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for sv in stations:
        sv.shifts._db.engine.dispose()
    return results


def test_two_stations_signing_on_at_once_open_one_shift(world, room, engine, clock):
    ops = room["ops"]
    results = _at_once(engine, clock, [
        lambda sv: sv.shifts.start_shift(ops[0], [cred(ops[0]), cred(ops[1])]).id,
        lambda sv: sv.shifts.start_shift(ops[2], [cred(ops[2]), cred(ops[3])]).id])
    kinds = sorted(r[0] for r in results)
    assert kinds == ["ok", "refused"], results
    refused = next(r[1] for r in results if r[0] == "refused")
    assert refused.message == MSG_SHIFT_ON
    assert count(world, ControlShift) == 1


def test_two_stations_handing_over_at_once_hand_over_once(world, room, engine, clock):
    ready_to_hand_over(room)
    ops = room["ops"]

    def hand(sv, a, b):
        return sv.shifts.hand_over(ops[0], outgoing=[cred(ops[0])], incoming=[cred(ops[a]), cred(ops[b])],
                                   acknowledged=()).id

    results = _at_once(engine, clock, [lambda sv: hand(sv, 2, 3), lambda sv: hand(sv, 3, 2)])
    assert sorted(r[0] for r in results) == ["ok", "refused"], results
    assert next(r[1] for r in results if r[0] == "refused").message == MSG_HANDED_OVER
    assert count(world, Handover) == 1 and count(world, ControlShift) == 2


def test_todays_log_printed_at_noon_marks_only_the_slots_past_without_a_record(world, room, clock):
    start(room)  # 09:30 local (01:30 UTC on the tests' clock: the zone is the machine's)
    record(room)
    clock.advance(hours=5)  # nothing recorded since: the next slots went by without their record
    log = room["svc"].duty_log(room["ops"][0])
    missing = [label for label, _lines, gap in log.slots if gap]
    assert missing, log.slots
    now_local = _local_now(clock)
    for label, _lines, gap in log.slots:
        start_hour = int(label.split(":")[0].split()[-1])
        if start_hour + 2 > now_local.hour + (now_local.minute > 0):
            assert not gap, label  # not yet owed


def _local_now(clock):
    from datetime import UTC

    return clock.now().replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def test_a_days_log_from_long_ago_prints_and_a_day_to_come_is_refused(world, room):
    from datetime import date

    svc, op = room["svc"], room["ops"][0]
    today = svc.today()
    old = svc.duty_log(op, day=today - timedelta(days=3000))
    assert old.slots and not old.handovers
    for bad in (today + timedelta(days=1), date(1, 1, 1), today - timedelta(days=4000)):
        with pytest.raises(ValidationError):
            svc.duty_log(op, day=bad)
