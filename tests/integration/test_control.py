"""The control room's alarm/event log on SQLite and PostgreSQL: logging (numbered without gaps, also
between two real processes), the received time, bad input, the confirmation countdown, results and
causes, a real fire refused closing until every step is done, a closed event amended only by notes,
faults and their repair, the device list and its flag, the supervisors' figures, the roles."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from deskapp.db.models import AuditLog, ControlCounter, ControlEvent, ControlEventNote, ControlFault
from deskapp.domain.control import (
    MSG_CAUSE_REQUIRED,
    MSG_MISSING_CALL,
    MSG_MISSING_LINKAGE,
    MSG_MISSING_MANAGER,
    MSG_MISSING_PLAN,
    MSG_MISSING_RESULT,
    MSG_RECEIVED_REASON,
    MSG_WHERE_OR_WHAT,
    Cause,
    EventKind,
    EventStage,
    FireCall,
    Result,
    Source,
)
from deskapp.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from deskapp.domain.roles import Role
from deskapp.services.control import MSG_EVENT_CLOSED, EventInput, FaultInput, event_number
from tests.integration.stations import race

FIRE = EventInput(Source.FIRE_PANEL, EventKind.FIRE, text="烟感报警", device_address="1-023")
CALL = FireCall(address="保利花园3栋", origin="12楼1202厨房", burning="厨房油锅", size="一个灶台，有烟",
                caller="李娜", phone="020-38881234")


@pytest.fixture
def operator(world, admin):
    return replace(world.member(admin, "5001", Role.CONTROL_OPERATOR, name="李娜"), station="control-1")


@pytest.fixture
def devices(world, admin):
    world.control.save_device(admin, address="1-023", device_type="感烟探测器", building="3栋", floor="12F",
                              zone="3栋12层东")
    world.control.save_device(admin, address="1-024", device_type="手动报警按钮", building="3栋", floor="12F",
                              zone="3栋12层西")


def events(world) -> int:
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(ControlEvent))


def real_fire(world, operator):
    e = world.control.log_event(operator, FIRE)
    world.control.dispatch(operator, e.id, guard="陈强")
    return world.control.record_result(operator, e.id, result=Result.REAL_FIRE)


# -- logging ------------------------------------------------------------------------------------------

def test_a_fire_alarm_is_logged_numbered_and_located_from_the_device_list(world, operator, devices, clock):
    e = world.control.log_event(operator, replace(FIRE, first_key_at=clock.now()))
    assert (e.number, e.label, e.kind, e.source) == (1, "E000001", EventKind.FIRE, Source.FIRE_PANEL)
    assert (e.building, e.floor, e.zone, e.device_address, e.device_type) == ("3栋", "12F", "3栋12层东", "1-023",
                                                                             "感烟探测器")
    assert e.received_at == clock.now() and e.confirm_due_at == clock.now() + timedelta(minutes=3)
    assert e.stage is EventStage.TO_DISPATCH and e.created_by == "李娜" and e.created_station == "control-1"
    second = world.control.log_event(operator, EventInput(Source.CCTV, EventKind.CCTV, text="车库入口有人徘徊"))
    assert second.number == 2 and second.confirm_due_at is None and second.stage is EventStage.TO_CLOSE


def test_the_received_time_is_the_first_key_unless_changed_with_a_reason(world, operator, clock):
    first_key = clock.now()
    clock.advance(seconds=40)  # typing took 40 s: still the first key's time
    e = world.control.log_event(operator, replace(FIRE, first_key_at=first_key))
    assert e.received_at == first_key and e.received_at_reason == ""
    earlier = first_key - timedelta(minutes=10)
    with pytest.raises(ValidationError) as err:
        world.control.log_event(operator, replace(FIRE, first_key_at=first_key, received_at=earlier))
    assert err.value.problems[0].message == MSG_RECEIVED_REASON and err.value.field == "received_reason"
    e = world.control.log_event(operator, replace(FIRE, first_key_at=first_key, received_at=earlier,
                                                  received_reason="巡逻电话报告后补记"))
    assert e.received_at == earlier and e.received_at_reason == "巡逻电话报告后补记"
    assert e.confirm_due_at == earlier + timedelta(minutes=3)
    with pytest.raises(ValidationError):  # in the future
        world.control.log_event(operator, replace(FIRE, received_at=clock.now() + timedelta(hours=1),
                                                  received_reason="x"))
    with pytest.raises(ValidationError):  # more than a week ago
        world.control.log_event(operator, replace(FIRE, received_at=clock.now() - timedelta(days=8),
                                                  received_reason="x"))


@pytest.mark.parametrize("entry", [
    EventInput(Source.FIRE_PANEL, EventKind.FIRE),  # neither where nor what
    EventInput("fire", EventKind.FIRE, text="x"),  # not a source
    EventInput(Source.FIRE_PANEL, "火警'; DROP TABLE control_event;--", text="x"),
    EventInput(Source.FIRE_PANEL, EventKind.FIRE, text="x" * 10_000),
    EventInput(Source.FIRE_PANEL, EventKind.FIRE, text="烟感\x00报警"),
    EventInput(Source.FIRE_PANEL, EventKind.FIRE, text="着火了🔥"),
    EventInput(Source.FIRE_PANEL, EventKind.FIRE, device_address="1-023' OR 1=1 --"),
    EventInput(Source.FIRE_PANEL, EventKind.FIRE, device_address="%_"),
    EventInput(Source.FIRE_PANEL, EventKind.FIRE, building="楼" * 41),
    EventInput(Source.FIRE_PANEL, EventKind.FIRE, zone="\u202e东区"),
])
def test_bad_input_is_refused_and_changes_nothing(world, operator, entry):
    with pytest.raises(ValidationError) as err:
        world.control.log_event(operator, entry)
    assert err.value.problems and all(p.render() for p in err.value.problems)
    assert events(world) == 0
    with world.db.read() as s:
        assert not s.scalar(select(ControlCounter.value).where(ControlCounter.name == "event"))


def test_rare_characters_full_width_digits_and_where_only_are_accepted(world, operator):
    e = world.control.log_event(operator, EventInput(Source.PATROL, EventKind.OTHER, building="𠀾栋",
                                                     device_address="１－０２３", text="巡逻发现𪚥字门牌松脱"))
    assert e.device_address == "1-023" and e.building == "𠀾栋" and "𪚥" in e.text
    assert MSG_WHERE_OR_WHAT  # (refused only when both are empty: see above)


def test_a_rolled_back_entry_gives_its_number_back(world, operator, monkeypatch):
    world.control.log_event(operator, FIRE)

    def broken(*_a, **_k):
        raise RuntimeError("the disk failed half-way")

    monkeypatch.setattr(world.control, "_write_fault", broken)
    with pytest.raises(RuntimeError):
        world.control.log_event(operator, EventInput(Source.FIRE_PANEL, EventKind.FAULT, text="回路2故障"))
    monkeypatch.undo()
    assert world.control.log_event(operator, FIRE).number == 2
    with world.db.read() as s:
        assert sorted(s.scalars(select(ControlEvent.number))) == [1, 2]


def test_two_stations_logging_at_once_get_every_number_once(world, admin):
    ops = [replace(world.member(admin, f"500{i}", Role.CONTROL_OPERATOR, name=n), station=f"control-{i}")
           for i, n in ((1, "李娜"), (2, "王芳"))]
    url = world.engine.url.render_as_string(hide_password=False)
    script = [("log_event", {"text": f"烟感报警{i}"}) for i in range(8)]
    reports = race(url, [(op, script) for op in ops])
    numbers = sorted(o.value for r in reports for o in r.outcomes)
    assert all(o.kind == "ok" for r in reports for o in r.outcomes), [r.outcomes for r in reports]
    assert numbers == list(range(1, 17))


# -- a fire alarm: confirm on site ------------------------------------------------------------------

def test_the_countdown_runs_from_the_alarm_and_is_overdue_past_the_house_rule(world, operator, admin, clock):
    world.site.update_settings(admin, idle_lock_minutes=10, alarm_confirm_minutes=5)
    e = world.control.log_event(operator, FIRE)
    assert e.confirm_due_at == e.received_at + timedelta(minutes=5)
    assert e.countdown(clock.now()).text() == "5:00" and not e.countdown(clock.now()).overdue
    e = world.control.dispatch(operator, e.id, guard="陈强")
    assert (e.dispatched_guard, e.dispatched_at, e.stage) == ("陈强", clock.now(), EventStage.CONFIRMING)
    clock.advance(minutes=5, seconds=12)
    c = world.control.get(operator, e.id).countdown(clock.now())
    assert c.overdue and c.text() == "+0:12"
    summary = world.control.open_summary(operator)
    assert (summary.open_events, summary.fire_alarms_open, summary.confirm_overdue) == (1, 1, 1)
    e = world.control.record_result(operator, e.id, result=Result.TEST)
    assert not e.countdown(clock.now()).running
    assert world.control.open_summary(operator).confirm_overdue == 0


def test_a_false_alarm_needs_its_cause_and_writes_the_fault_record(world, operator, devices, clock):
    e = world.control.log_event(operator, FIRE)
    world.control.dispatch(operator, e.id, guard="陈强")
    with pytest.raises(ValidationError) as err:
        world.control.record_result(operator, e.id, result=Result.FALSE_ALARM)
    assert err.value.problems[0].message == MSG_CAUSE_REQUIRED
    with pytest.raises(ValidationError):  # a cause for a real fire makes no sense
        world.control.record_result(operator, e.id, result=Result.TEST, cause=Cause.ENVIRONMENT)
    clock.advance(minutes=2)
    e = world.control.record_result(operator, e.id, result=Result.FALSE_ALARM, cause=Cause.ENVIRONMENT,
                                    note="住户厨房炒菜油烟")
    assert (e.result, e.cause, e.result_by, e.result_at) == (Result.FALSE_ALARM, Cause.ENVIRONMENT, "李娜", clock.now())
    assert e.fault_id is not None
    fault = world.control.get_fault(operator, e.fault_id)
    assert fault.event_number == e.number and fault.found_by == "陈强" and fault.device_address == "1-023"
    assert "误报" in fault.description and "油烟" in fault.description and fault.zone == "3栋12层东"
    with pytest.raises(Conflict):  # recorded once; corrected by a note
        world.control.record_result(operator, e.id, result=Result.TEST)


def test_a_fault_from_the_panel_writes_the_fault_record_at_once(world, operator):
    e = world.control.log_event(operator, EventInput(Source.FIRE_PANEL, EventKind.FAULT, text="回路2通讯故障",
                                                     device_address="2-001"))
    assert e.fault_number == 1
    assert world.control.faults(operator, open_only=True)[0].description == "回路2通讯故障"


# -- a real fire ------------------------------------------------------------------------------------

def test_a_real_fire_cannot_close_until_every_step_is_done(world, operator, clock):
    e = world.control.log_event(operator, FIRE)
    with pytest.raises(ValidationError) as err:
        world.control.close(operator, e.id)
    assert [p.message for p in err.value.problems] == [MSG_MISSING_RESULT]
    e = real_fire(world, operator)
    assert e.stage is EventStage.FIRE_STEPS
    with pytest.raises(ValidationError) as err:
        world.control.close(operator, e.id)
    assert [p.message for p in err.value.problems] == [MSG_MISSING_CALL, MSG_MISSING_LINKAGE, MSG_MISSING_PLAN,
                                                       MSG_MISSING_MANAGER]
    assert err.value.problems[0].render().startswith(f"Event {e.label} is a real fire")
    with pytest.raises(ValidationError) as err:  # every one of the five items
        world.control.record_fire_call(operator, e.id, replace(CALL, burning="", phone=""))
    assert {p.field for p in err.value.problems} == {"call_burning", "call_phone"}
    world.control.record_fire_call(operator, e.id, CALL)
    world.control.confirm_linkage_auto(operator, e.id)
    world.control.start_plan(operator, e.id)
    with pytest.raises(ValidationError) as err:
        world.control.close(operator, e.id)
    assert [p.message for p in err.value.problems] == [MSG_MISSING_MANAGER]
    clock.advance(minutes=1)
    world.control.notify_manager(operator, e.id, name="周杰")
    world.control.reset(operator, e.id)
    e = world.control.close(operator, e.id, handling="已扑灭，消防队到场确认")
    assert e.closed_at == clock.now() and e.closed_by == "李娜" and e.stage is EventStage.CLOSED
    assert e.fire_call is not None and e.fire_call.origin == "12楼1202厨房" and e.fire_call.phone == "02038881234"
    assert e.manager_name == "周杰" and e.linkage_auto_by == "李娜" and e.plan_started_at is not None


def test_a_step_time_in_the_future_or_before_the_alarm_is_refused(world, operator, clock):
    e = world.control.log_event(operator, FIRE)
    with pytest.raises(ValidationError):
        world.control.dispatch(operator, e.id, guard="陈强", at=clock.now() + timedelta(minutes=10))
    with pytest.raises(ValidationError):
        world.control.dispatch(operator, e.id, guard="陈强", at=clock.now() - timedelta(minutes=10))
    with pytest.raises(ValidationError):
        world.control.dispatch(operator, e.id, guard="")


# -- closed: never edited, amended by notes ---------------------------------------------------------

def test_a_closed_event_is_never_edited_only_amended_by_a_note(world, operator, clock):
    e = world.control.log_event(operator, EventInput(Source.CCTV, EventKind.CCTV, text="车库入口有人徘徊"))
    e = world.control.correct(operator, e.id, reason="位置补充", zone="地下车库B1")
    assert e.zone == "地下车库B1" and e.notes[-1].kind == "correction"
    e = world.control.close(operator, e.id, handling="保安到场，为住户访客")
    for attempt in (lambda: world.control.correct(operator, e.id, reason="改", text="改写"),
                    lambda: world.control.dispatch(operator, e.id, guard="陈强"),
                    lambda: world.control.reset(operator, e.id),
                    lambda: world.control.close(operator, e.id)):
        with pytest.raises(Conflict) as err:
            attempt()
        assert err.value.message == MSG_EVENT_CLOSED and err.value.params["name"] == "李娜"
    clock.advance(minutes=30)
    e = world.control.add_note(operator, e.id, "补充：访客为3-2-1502住户亲属，已电话核实")
    assert (e.notes[-1].kind, e.notes[-1].staff, e.notes[-1].at) == ("amendment", "李娜", clock.now())
    assert e.text == "车库入口有人徘徊" and e.zone == "地下车库B1"
    with pytest.raises(ValidationError):
        world.control.add_note(operator, e.id, "   ")
    with world.db.read() as s:  # the amendment is audited, as every control-room row
        assert s.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.table_name == "control_event_note", AuditLog.action == "insert")) == 2
        assert s.scalar(select(func.count()).select_from(ControlEventNote)) == 2


def test_open_events_stay_on_top_until_closed(world, operator, clock):
    first = world.control.log_event(operator, FIRE)
    clock.advance(minutes=1)
    second = world.control.log_event(operator, EventInput(Source.ELEVATOR, EventKind.OTHER, text="电梯困人"))
    clock.advance(minutes=1)
    third = world.control.log_event(operator, EventInput(Source.WATER, EventKind.OTHER, text="B1水浸"))
    world.control.close(operator, third.id)
    assert [e.number for e in world.control.events(operator)] == [second.number, first.number, third.number]
    assert [e.number for e in world.control.events(operator, offset=1, limit=1)] == [first.number]
    assert [e.number for e in world.control.events(operator, offset=2, limit=5)] == [third.number]
    assert world.control.open_summary(operator).open_events == 2


def test_an_unknown_event_is_not_found(world, operator):
    for event_id in (999, 2**63 + 5):
        with pytest.raises(NotFound):
            world.control.get(operator, event_id)
        with pytest.raises(NotFound):
            world.control.close(operator, event_id)


# -- faults -----------------------------------------------------------------------------------------

def test_a_fault_is_reported_repaired_and_confirmed_and_marked_after_24_hours(world, operator, clock):
    f = world.control.record_fault(operator, FaultInput("喷淋泵控制柜故障灯亮", place="消防泵房", found_by="陈强",
                                                        out_of_service=True))
    assert (f.number, f.found_by, f.out_of_service, f.overdue(clock.now())) == (1, "陈强", True, False)
    clock.advance(hours=25)
    assert world.control.get_fault(operator, f.id).overdue(clock.now())
    assert world.control.open_summary(operator).faults_overdue == 1
    with pytest.raises(Conflict):  # not repaired yet
        world.control.confirm_repair(operator, f.id)
    f = world.control.fault_reported(operator, f.id, to="维保单位 安消科技", handling="已切换手动，通知维保")
    assert f.reported_at == clock.now() and f.reported_to == "维保单位 安消科技"
    with pytest.raises(ValidationError):
        world.control.fault_repaired(operator, f.id, by="", method="")
    clock.advance(hours=3)
    f = world.control.fault_repaired(operator, f.id, by="安消科技 张工", method="更换控制模块")
    assert not f.overdue(clock.now()) and f.repaired_by == "安消科技 张工"
    with pytest.raises(Conflict):
        world.control.fault_repaired(operator, f.id, by="x", method="y")
    f = world.control.confirm_repair(operator, f.id)
    assert f.confirmed_by == "李娜" and f.confirmed_at == clock.now()
    with pytest.raises(Conflict):
        world.control.confirm_repair(operator, f.id)
    assert world.control.open_summary(operator).open_faults == 0


# -- devices and the flag ---------------------------------------------------------------------------

def false_alarm(world, operator, address="1-023", cause=Cause.ENVIRONMENT):
    e = world.control.log_event(operator, replace(FIRE, device_address=address))
    world.control.record_result(operator, e.id, result=Result.FALSE_ALARM, cause=cause)
    return world.control.close(operator, e.id)


def test_a_device_with_three_false_alarms_in_12_months_is_flagged(world, operator, devices, clock):
    false_alarm(world, operator)
    clock.advance(days=200)
    false_alarm(world, operator)
    assert not world.control.device_at(operator, "1-023").flagged
    clock.advance(days=100)
    false_alarm(world, operator)
    device = world.control.device_at(operator, "1-023")
    assert device.flagged and device.false_alarms == 3 and device.device_type == "感烟探测器"
    again = world.control.log_event(operator, FIRE)
    assert again.device_flagged and again.device_false_alarms == 3
    clock.advance(days=70)  # the first is now more than 12 months old
    assert world.control.device_at(operator, "1-023").false_alarms == 2
    assert world.control.device_at(operator, "9-999") is None
    assert [d.address for d in world.control.devices(operator, "1-")] == ["1-023", "1-024"]
    assert world.control.devices(operator, "%") == []


def test_the_device_list_is_the_admins(world, admin, operator, devices):
    with pytest.raises(PermissionDenied):
        world.control.save_device(operator, address="1-030", device_type="感温探测器")
    with pytest.raises(Conflict):
        world.control.save_device(admin, address="1-023", device_type="感温探测器")
    with pytest.raises(ValidationError):
        world.control.save_device(admin, address="", device_type="")
    d = world.control.device_at(operator, "1-024")
    world.control.save_device(admin, device_id=d.id, address="1-024", device_type="手动报警按钮", zone="西区")
    assert world.control.device_at(operator, "1-024").zone == "西区"
    world.control.retire_device(admin, d.id, reason="拆除")
    assert world.control.device_at(operator, "1-024") is None


# -- figures, settings and roles --------------------------------------------------------------------

def test_false_alarms_per_100_detectors_per_year_by_zone_and_cause(world, admin, operator, devices, clock):
    world.site.update_settings(admin, idle_lock_minutes=10, detector_count=200)
    supervisor = world.member(admin, "8101", Role.SUPERVISOR, name="王经理")
    for _ in range(3):
        false_alarm(world, operator)
    false_alarm(world, operator, "1-024", Cause.MALICIOUS)
    real = real_fire(world, operator)
    assert real.result is Result.REAL_FIRE
    stats = world.control.false_alarm_stats(supervisor)
    assert (stats.fire_alarms, stats.false_alarms, stats.detectors) == (5, 4, 200)
    assert stats.rate == pytest.approx(2.0)
    assert stats.by_zone == (("3栋12层东", 3), ("3栋12层西", 1))
    assert stats.by_cause == ((Cause.ENVIRONMENT, 3), (Cause.MALICIOUS, 1))
    assert [(d.address, d.false_alarms) for d in stats.flagged] == [("1-023", 3)]
    with pytest.raises(PermissionDenied):
        world.control.false_alarm_stats(operator)


@pytest.mark.parametrize("minutes", [0, 31, -1, 2**63, True, float("nan"), "3"])
def test_the_confirmation_minutes_setting_is_checked(world, admin, minutes):
    with pytest.raises(ValidationError):
        world.site.update_settings(admin, idle_lock_minutes=10, alarm_confirm_minutes=minutes)
    assert world.site.settings().alarm_confirm_minutes == 3


def test_the_front_desk_sees_the_count_but_cannot_log(world, desk, admin, operator):
    receptionist = world.member(admin, "6001", Role.RECEPTIONIST, name="张丽")
    world.control.log_event(operator, FIRE)
    assert world.control.open_summary(receptionist).open_events == 1
    with pytest.raises(PermissionDenied):
        world.control.log_event(receptionist, FIRE)
    with pytest.raises(PermissionDenied):
        world.control.events(receptionist)


def test_every_control_room_row_is_audited(world, operator):
    e = real_fire(world, operator)
    with world.db.read() as s:
        actions = s.execute(select(AuditLog.action, AuditLog.field).where(
            AuditLog.table_name == "control_event", AuditLog.record_id == str(e.id))).all()
        assert ("insert", None) in [(a, f) for a, f in actions]
        assert {f for _, f in actions} >= {"dispatched_guard", "result"}
        assert s.scalar(select(func.count()).select_from(ControlFault)) == 0
    assert event_number(e.number) == "E000001"


def test_two_stations_closing_one_event_at_once_close_it_once(world, admin):
    ops = [replace(world.member(admin, f"510{i}", Role.CONTROL_OPERATOR, name=n), station=f"control-{i}")
           for i, n in ((1, "李娜"), (2, "王芳"))]
    ids = [world.control.log_event(ops[0], EventInput(Source.CCTV, EventKind.CCTV, text=f"事件{i}")).id
           for i in range(4)]
    url = world.engine.url.render_as_string(hide_password=False)
    reports = race(url, [(op, [("close_event", {"event_id": i}) for i in ids]) for op in ops])
    for n, event_id in enumerate(ids):
        kinds = sorted(r.outcomes[n].kind for r in reports)
        assert kinds == ["ok", "refused"], [r.outcomes[n] for r in reports]
        lost = next(r.outcomes[n] for r in reports if r.outcomes[n].kind == "refused")
        assert lost.error == "Conflict" and "was closed by" in lost.message, lost
        with world.db.read() as s:
            assert s.scalar(select(func.count()).select_from(AuditLog).where(
                AuditLog.table_name == "control_event", AuditLog.record_id == str(event_id),
                AuditLog.field == "closed_at")) == 1


def test_a_counter_lost_in_a_restore_starts_after_the_numbers_already_there(world, operator):
    world.control.log_event(operator, FIRE)
    world.control.log_event(operator, FIRE)
    with world.db.write(None) as s:
        s.delete(s.get(ControlCounter, "event"))
    assert world.control.log_event(operator, FIRE).number == 3
