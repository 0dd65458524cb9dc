"""Demo data for the control room's alarm log: the devices of the estate's fire-alarm panel, and a month of
events in every state — fire alarms confirmed as false alarms (a kitchen detector that keeps going off, so
it is flagged), tests, faults written to the fault record, a real fire with every step, CCTV, intrusion,
elevator, water and phone reports, amendments to closed events — and, now, a few still open: a fire alarm
waiting for a guard, one being confirmed, a fault, a CCTV event. The faults in every state too, one open
more than 24 hours.

Bulk inserts, no per-row audit, as the rest of the demo (made-up data, never a site's records).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select

from deskapp.db.models import (
    ControlCounter,
    ControlDevice,
    ControlEvent,
    ControlEventNote,
    ControlFault,
    Staff,
)
from deskapp.domain.control import RESULT_CHINESE, Cause, EventKind, Result, Source
from deskapp.services.base import Database

BUILDINGS = tuple(f"{n}栋" for n in range(1, 9))
DEVICE_TYPES = (("感烟探测器", 6), ("感温探测器", 2), ("手动报警按钮", 1), ("消火栓按钮", 1), ("输入模块", 1))
GUARDS = ("陈强", "王刚", "刘波", "赵勇")
CAUSE_NOTES = {
    Cause.ENVIRONMENT: ("住户厨房炒菜油烟", "卫生间洗澡蒸汽", "装修粉尘", "地下车库汽车尾气"),
    Cause.FIRE_LIKE: ("住户阳台烧纸", "物业维修动火作业未报备"),
    Cause.INAPPROPRIATE_ACTION: ("维保单位测试未隔离", "保洁员用水冲洗探测器"),
    Cause.ACCIDENTAL_DAMAGE: ("搬家时碰撞手动报警按钮",),
    Cause.EQUIPMENT: ("探测器老化灵敏度漂移", "模块故障"),
    Cause.MALICIOUS: ("儿童按下手动报警按钮",),
    Cause.GOOD_INTENT: ("住户闻到焦味按下报警按钮",),
    Cause.UNKNOWN: ("现场未见异常",),
}
OTHER_EVENTS = (
    (Source.CCTV, EventKind.CCTV, "地下车库B1入口有人长时间徘徊", "保安到场询问，为访客等人"),
    (Source.INTRUSION, EventKind.OTHER, "商铺后门红外报警", "保安到场检查，门窗完好，系风吹门动"),
    (Source.ELEVATOR, EventKind.OTHER, "电梯困人，轿厢内一人", "通知电梯维保，25分钟后放出，人员无恙"),
    (Source.WATER, EventKind.OTHER, "B2水泵房水浸报警", "工程部到场，排水泵已启动，管道渗漏已报修"),
    (Source.PHONE, EventKind.OTHER, "住户来电：楼道有烟味", "保安到场，系楼下烧烤，已劝导"),
    (Source.PATROL, EventKind.OTHER, "巡逻发现消防通道堆放杂物", "通知住户清理，已清理"),
    (Source.FIRE_PANEL, EventKind.SUPERVISORY, "湿式报警阀压力开关动作", "工程部检查，系末端试水，已复位"),
    (Source.FIRE_PANEL, EventKind.LINKAGE, "防火卷帘下降反馈", "消防联动测试，已复位"),
    (Source.FIRE_PANEL, EventKind.ISOLATION, "维保作业屏蔽3栋12层探测器", "作业结束已解除屏蔽"),
)
FAULTS = ("回路通讯故障", "探测器故障", "主电源故障", "备电故障", "模块故障", "喷淋泵控制柜故障灯亮")


def seed_control(db: Database, *, days: int = 30, per_day: int = 8, seed: int = 13) -> int:
    """The devices and a month of alarm-log events up to now (numbered without gaps, oldest first)."""
    rng = random.Random(seed)
    now = db.clock.now()
    with db.write(None, station="demo") as s:
        operators: list[int | None] = list(s.scalars(select(Staff.id).where(
            Staff.roles.contains("control_operator")))) or [None]
        supervisors: list[int | None] = list(s.scalars(select(Staff.id).where(
            Staff.roles.contains("supervisor")))) or operators
        devices = _devices(now)
        s.execute(insert(ControlDevice), devices)
        by_address = {d.address: (d.id, d.building, d.floor, d.zone) for d in s.scalars(select(ControlDevice))}
        kitchen = "3-1299"  # a kitchen detector that keeps false-alarming: flagged
        events: list[dict[str, Any]] = []
        notes: list[tuple[int, dict[str, Any]]] = []
        faults: list[dict[str, Any]] = []
        start = now - timedelta(days=days)
        for day in range(days):
            for _ in range(per_day):
                at = start + timedelta(days=day, minutes=rng.randint(0, 24 * 60 - 1))
                events.append(_closed_event(rng, at, by_address, operators, faults))
        for n in range(4):  # the flagged kitchen detector, over the last months
            at = now - timedelta(days=20 + 25 * n, hours=rng.randint(0, 12))
            events.append(_false_alarm(rng, at, by_address, kitchen, Cause.ENVIRONMENT, "住户厨房炒菜油烟",
                                       operators, faults))
        events.append(_real_fire(now - timedelta(days=12, hours=3), by_address, operators, supervisors))
        events += _open_events(rng, now, by_address, operators, faults)
        events.sort(key=lambda e: e["received_at"])
        for number, e in enumerate(events, start=1):
            e["number"] = number
        keys = sorted({k for e in events for k in e if not k.startswith("_")})
        rows = [{k: e.get(k) for k in keys} for e in events]
        ids = s.scalars(insert(ControlEvent).returning(ControlEvent.id, sort_by_parameter_order=True), rows).all()
        for e, event_id in zip(events, ids, strict=True):
            if e.get("_fault") is not None:
                e["_fault"]["event_id"] = event_id
            if e.get("_amend"):
                notes.append((event_id, {"at": e["closed_at"] + timedelta(hours=rng.randint(1, 20)),
                                         "staff_id": e["closed_by_id"], "station": "监控中心1", "kind": "amendment",
                                         "text": e["_amend"]}))
        for event_id, note in notes:
            note["event_id"] = event_id
        if notes:
            s.execute(insert(ControlEventNote), [n for _, n in notes])
        faults += _loose_faults(rng, now, by_address, operators)
        faults.sort(key=lambda f: f["found_at"])
        for number, f in enumerate(faults, start=1):
            f["number"] = number
        fkeys = sorted({k for f in faults for k in f})
        s.execute(insert(ControlFault), [{k: f.get(k) for k in fkeys} for f in faults])
        s.add_all([ControlCounter(name="event", value=len(events)), ControlCounter(name="fault", value=len(faults))])
    return len(events)


def _devices(now: datetime) -> list[dict[str, Any]]:
    out = []
    kinds = [t for t, weight in DEVICE_TYPES for _ in range(weight)]
    for b, building in enumerate(BUILDINGS, start=1):
        for floor in range(1, 19, 1):
            for k, suffix in enumerate(("01", "02")):
                side = "东" if k == 0 else "西"
                out.append({"address": f"{b}-{floor:02d}{suffix}", "building": building, "floor": f"{floor}F",
                            "zone": f"{building}{floor}层{side}", "device_type": kinds[(floor + k) % len(kinds)],
                            "note": "", "created_at": now - timedelta(days=400), "created_station": "demo"})
    out.append({"address": "3-1299", "building": "3栋", "floor": "12F", "zone": "3栋12层1201厨房外",
                "device_type": "感烟探测器", "note": "靠近住户厨房", "created_at": now - timedelta(days=400),
                "created_station": "demo"})
    return out


def _base(at: datetime, source: Source, kind: EventKind, text: str, operators, where=("", "", "", "", None)):
    building, floor, zone, address, device_id = where
    return {"received_at": at, "received_at_reason": "", "source": source.value, "kind": kind.value,
            "building": building, "floor": floor, "zone": zone, "device_address": address, "device_id": device_id,
            "text": text, "dispatched_guard": "", "cause_note": "", "handling": "", "fire_call_address": "",
            "fire_call_origin": "", "fire_call_burning": "", "fire_call_size": "", "fire_call_caller": "",
            "fire_call_phone": "", "manager_name": "", "created_at": at + timedelta(seconds=25),
            "created_by_id": operators[0], "created_station": "监控中心1"}


def _at_device(by_address, address: str):
    device_id, building, floor, zone = by_address[address]
    return building, floor, zone, address, device_id


def _fault_row(at: datetime, where, description: str, found_by: str, operator, *, repaired: bool,
               confirmed: bool) -> dict[str, Any]:
    building, floor, zone, address, device_id = where
    row = {"found_at": at, "found_by": found_by, "building": building, "floor": floor, "zone": zone,
           "device_address": address, "device_id": device_id, "place": "", "description": description,
           "handling": "已通知维保单位", "out_of_service": False, "reported_at": at + timedelta(minutes=30),
           "reported_to": "安消科技（维保）", "repaired_by": "", "repair_method": "", "created_at": at,
           "created_by_id": operator, "created_station": "监控中心1"}
    if repaired:
        row.update(repaired_at=at + timedelta(hours=6), repaired_by="安消科技 张工", repair_method="更换部件并测试正常")
    if confirmed:
        row.update(confirmed_at=at + timedelta(hours=7), confirmed_by_id=operator)
    return row


def _false_alarm(rng, at, by_address, address, cause: Cause, note: str, operators, faults) -> dict[str, Any]:
    where = _at_device(by_address, address)
    e = _base(at, Source.FIRE_PANEL, EventKind.FIRE, "火警：感烟探测器报警", operators, where)
    guard = rng.choice(GUARDS)
    confirmed = at + timedelta(minutes=rng.randint(1, 4), seconds=rng.randint(0, 59))
    e.update(confirm_due_at=at + timedelta(minutes=3), dispatched_guard=guard,
             dispatched_at=at + timedelta(seconds=40), dispatched_by_id=operators[0], result=Result.FALSE_ALARM.value,
             result_at=confirmed, result_by_id=operators[0], cause=cause.value, cause_note=note,
             reset_at=confirmed + timedelta(minutes=2), reset_by_id=operators[0],
             handling=f"现场确认为误报（{note}），控制器已复位", closed_at=confirmed + timedelta(minutes=5),
             closed_by_id=operators[0])
    fault = _fault_row(confirmed, where, f"{RESULT_CHINESE[Result.FALSE_ALARM]}；{note}", guard, operators[0],
                       repaired=True, confirmed=True)
    faults.append(fault)
    e["_fault"] = fault
    return e


def _closed_event(rng, at, by_address, operators, faults) -> dict[str, Any]:
    roll = rng.random()
    address = rng.choice([a for a in by_address if a != "3-1299"])
    if roll < 0.35:
        cause = rng.choice(list(CAUSE_NOTES))
        e = _false_alarm(rng, at, by_address, address, cause, rng.choice(CAUSE_NOTES[cause]), operators, faults)
    elif roll < 0.42:
        e = _base(at, Source.FIRE_PANEL, EventKind.FIRE, "火警：维保月度测试", operators, _at_device(by_address, address))
        e.update(confirm_due_at=at + timedelta(minutes=3), dispatched_guard="维保人员在场",
                 dispatched_at=at + timedelta(seconds=30), dispatched_by_id=operators[0], result=Result.TEST.value,
                 result_at=at + timedelta(minutes=1), result_by_id=operators[0], reset_at=at + timedelta(minutes=2),
                 reset_by_id=operators[0], handling="维保测试，已复位", closed_at=at + timedelta(minutes=3),
                 closed_by_id=operators[0])
    elif roll < 0.55:
        where = _at_device(by_address, address)
        text = rng.choice(FAULTS)
        e = _base(at, Source.FIRE_PANEL, EventKind.FAULT, f"故障：{text}", operators, where)
        e.update(handling="已报维保单位维修", closed_at=at + timedelta(hours=8), closed_by_id=rng.choice(operators))
        fault = _fault_row(at, where, f"故障：{text}", "值班员", operators[0], repaired=True, confirmed=True)
        faults.append(fault)
        e["_fault"] = fault
    else:
        source, kind, text, handling = rng.choice(OTHER_EVENTS)
        e = _base(at, source, kind, text, operators)
        e.update(handling=handling, closed_at=at + timedelta(minutes=rng.randint(10, 90)),
                 closed_by_id=rng.choice(operators))
    if rng.random() < 0.05:
        e["_amend"] = "补充说明：经复查，处理情况属实，已告知相关住户"
    return e


def _real_fire(at: datetime, by_address, operators, supervisors) -> dict[str, Any]:
    where = _at_device(by_address, "5-0801")
    e = _base(at, Source.FIRE_PANEL, EventKind.FIRE, "火警：5栋8层东感烟报警，CCTV可见烟雾", operators, where)
    e.update(confirm_due_at=at + timedelta(minutes=3), dispatched_guard="陈强", dispatched_at=at + timedelta(seconds=30),
             dispatched_by_id=operators[0], result=Result.REAL_FIRE.value, result_at=at + timedelta(minutes=2),
             result_by_id=operators[0], fire_call_at=at + timedelta(minutes=3),
             fire_call_address="保利花园5栋8层802室", fire_call_origin="802室厨房", fire_call_burning="厨房油锅及橱柜",
             fire_call_size="厨房内明火，烟雾进入走道", fire_call_caller="张伟", fire_call_phone="02038881234",
             linkage_auto_at=at + timedelta(minutes=3), linkage_auto_by_id=operators[0],
             plan_started_at=at + timedelta(minutes=4), plan_started_by_id=operators[0], manager_name="周杰",
             manager_notified_at=at + timedelta(minutes=5), reset_at=at + timedelta(minutes=70),
             reset_by_id=operators[0],
             handling="微型消防站到场用灭火器扑灭，消防队到场确认明火已灭，无人员受伤；排烟后复位",
             closed_at=at + timedelta(minutes=90), closed_by_id=supervisors[0],
             _amend="补充说明：起火原因为油锅过热，已通知住户整改并做消防安全宣传")
    return e


def _open_events(rng, now, by_address, operators, faults) -> list[dict[str, Any]]:
    """What is open now: a fire alarm waiting for a guard, one being confirmed, a false alarm not yet
    closed, a fault, a CCTV event."""
    waiting = _base(now - timedelta(seconds=50), Source.FIRE_PANEL, EventKind.FIRE, "火警：感烟探测器报警", operators,
                    _at_device(by_address, "2-0601"))
    waiting["confirm_due_at"] = waiting["received_at"] + timedelta(minutes=3)
    confirming = _base(now - timedelta(minutes=2), Source.FIRE_PANEL, EventKind.FIRE, "火警：手动报警按钮动作", operators,
                       _at_device(by_address, "7-1102"))
    confirming.update(confirm_due_at=confirming["received_at"] + timedelta(minutes=3), dispatched_guard="王刚",
                      dispatched_at=confirming["received_at"] + timedelta(seconds=40), dispatched_by_id=operators[0])
    to_close = _false_alarm(rng, now - timedelta(minutes=40), by_address, "1-0301", Cause.ENVIRONMENT, "装修粉尘",
                            operators, faults)
    for key in ("reset_at", "reset_by_id", "closed_at", "closed_by_id"):
        to_close.pop(key)
    to_close["handling"] = ""
    to_close["_fault"].update(repaired_at=None, repaired_by="", repair_method="", confirmed_at=None,
                              confirmed_by_id=None)
    where = _at_device(by_address, "4-1501")
    fault_event = _base(now - timedelta(hours=3), Source.FIRE_PANEL, EventKind.FAULT, "故障：回路2通讯故障", operators,
                        where)
    fault = _fault_row(fault_event["received_at"], where, "故障：回路2通讯故障", "值班员", operators[0], repaired=False,
                       confirmed=False)
    faults.append(fault)
    fault_event["_fault"] = fault
    cctv = _base(now - timedelta(minutes=15), Source.CCTV, EventKind.CCTV, "南门外有车辆长时间停放堵塞消防通道",
                 operators)
    return [waiting, confirming, to_close, fault_event, cctv]


def _loose_faults(rng, now, by_address, operators) -> list[dict[str, Any]]:
    """Faults found outside an event (a patrol, the daily check): repaired, awaiting confirmation, and one
    open more than 24 hours."""
    old = _fault_row(now - timedelta(hours=30), ("", "", "", "", None), "消防泵房喷淋泵控制柜故障灯亮", "刘波",
                     operators[0], repaired=False, confirmed=False)
    old.update(place="消防泵房", out_of_service=True, handling="已切换手动，通知维保单位，配件到货后维修")
    waiting = _fault_row(now - timedelta(hours=10), _at_device(by_address, "6-0902"), "感温探测器指示灯不亮",
                         "王刚", operators[0], repaired=True, confirmed=False)
    done = _fault_row(now - timedelta(days=8), ("", "", "", "", None), "应急广播3栋无声", "陈强", operators[0],
                      repaired=True, confirmed=True)
    done["place"] = "3栋楼梯间"
    return [old, waiting, done]
