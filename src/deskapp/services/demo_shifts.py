"""Demo data for the control room's shifts: a month of three 8-hour shifts a day (two operators each,
three pairs in turn), the equipment recorded every 2 hours (now and then a shutter in manual for
maintenance, a hydrant pump in fault, explained), the daily check every morning, and a handover at each
change of shift carrying over what was open then in the alarm log. The newest shift is on duty.

Bulk inserts, no per-row audit, as the rest of the demo (made-up data, never a site's records).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, or_, select

from deskapp.db.models import (
    ControlEvent,
    ControlFault,
    ControlShift,
    ControlShiftOperator,
    DailyCheck,
    EquipmentRecord,
    EquipmentRecordLine,
    FireSystem,
    Handover,
    HandoverItem,
    HandoverSignature,
    Staff,
)
from deskapp.domain.roles import Role, format_roles
from deskapp.domain.shifts import CarriedKind, ShiftState
from deskapp.services.base import Database
from deskapp.services.passwords import Hasher
from deskapp.services.shifts import add_default_systems
from deskapp.services.timeutil import day_start_utc, local_date

DEMO_PASSWORD = "demo1234"
# Operators beyond the demo's first two, so that three pairs take the three shifts of a day in turn.
MORE_OPERATORS = (("2003", "王磊"), ("2004", "孙丽"), ("2005", "何军"), ("2006", "吴静"))
SHIFT_HOURS = (0, 8, 16)  # local
EXPLAINED = {"防火卷帘": ("manual", "normal", "地下车库卷帘检修，维保单位在场，完工后恢复自动"),
             "消火栓系统": ("auto", "fault", "2号消防泵控制柜故障，已报维保单位"),
             "防排烟系统": ("manual", "normal", "联动调试，维保单位操作")}


def _returning(s, model, rows: list[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    return list(s.scalars(insert(model).returning(model.id, sort_by_parameter_order=True), rows).all())


def seed_shifts(db: Database, hasher: Hasher, *, days: int = 30, seed: int = 12) -> int:
    """The shifts of the last ``days`` days up to now (the last one on duty); returns how many."""
    rng = random.Random(seed)
    now = db.clock.now()
    with db.write(None, station="demo") as s:
        have = set(s.scalars(select(Staff.staff_no)))
        pw = hasher.hash(DEMO_PASSWORD)
        more = [{"staff_no": no, "name": name, "password_hash": pw, "roles": format_roles({Role.CONTROL_OPERATOR}),
                 "active": True, "must_change_password": False, "failed_logins": 0, "created_at": now}
                for no, name in MORE_OPERATORS if no not in have]
        if more:
            s.execute(insert(Staff), more)
        ops = list(s.execute(select(Staff.id, Staff.staff_no).where(Staff.roles.contains("control_operator"))
                             .order_by(Staff.staff_no)))
        if len(ops) < 4:
            return 0
        pairs = [(ops[i].id, ops[i + 1].id) for i in range(0, len(ops) - 1, 2)]
        if not s.scalar(select(FireSystem.id).limit(1)):
            add_default_systems(s, None, "demo", now - timedelta(days=days + 1))
            s.flush()
        systems = list(s.execute(select(FireSystem.id, FireSystem.name, FireSystem.should_be_auto)
                                 .where(FireSystem.active.is_(True)).order_by(FireSystem.position)))
        first_day = local_date(now) - timedelta(days=days)
        starts = [day_start_utc(first_day + timedelta(days=d)) + timedelta(hours=h)
                  for d in range(days + 1) for h in SHIFT_HOURS]
        starts = [t for t in starts if t <= now]
        shift_rows, operator_rows, record_rows, line_rows, check_rows = [], [], [], [], []
        for n, start in enumerate(starts):
            last = n == len(starts) - 1
            end = None if last else starts[n + 1]
            shift_rows.append({"started_at": start, "planned_end_at": start + timedelta(hours=8), "ended_at": end,
                               "state": (ShiftState.ON_DUTY if last else ShiftState.HANDED_OVER).value,
                               "created_at": start, "created_by_id": pairs[n % len(pairs)][0],
                               "created_station": "监控中心", "updated_at": end})
        shift_ids = _returning(s, ControlShift, shift_rows)
        records_of: dict[int, int] = {}  # shift index → its last record's index
        checks_of: dict[int, int] = {}
        for n, (start, shift_id) in enumerate(zip(starts, shift_ids, strict=True)):
            pair = pairs[n % len(pairs)]
            for who in pair:
                operator_rows.append({"shift_id": shift_id, "staff_id": who, "signed_at": start})
            for k in range(4):
                at = start + timedelta(minutes=5 + 120 * k + rng.randint(0, 8))
                if at > now:
                    break
                odd = rng.random() < 0.06
                name, found = rng.choice(list(EXPLAINED.items())) if odd else ("", ("", "", ""))
                record_rows.append({"shift_id": shift_id, "recorded_at": at, "controller_state": "normal",
                                    "controller_note": "", "linkage_mode": "auto", "linkage_note": "",
                                    "flagged": odd, "created_at": at, "created_by_id": rng.choice(pair),
                                    "created_station": "监控中心"})
                lines = []
                for position, system in enumerate(systems):
                    mode, state, why = found if system.name == name else (
                        "auto" if system.should_be_auto else "manual", "normal", "")
                    lines.append({"position": position, "system_id": system.id, "system_name": system.name,
                                  "should_be_auto": system.should_be_auto, "mode": mode, "state": state,
                                  "explanation": why})
                line_rows.append(lines)
                records_of[n] = len(record_rows) - 1
            morning = start - day_start_utc(local_date(start)) == timedelta(hours=8)
            check_at = start + timedelta(hours=1, minutes=rng.randint(0, 20))
            if morning and check_at <= now:
                fault = rng.random() < 0.05
                check_rows.append({"shift_id": shift_id, "checked_at": check_at, "self_test": "normal",
                                   "silence": "normal", "reset": "normal", "main_power": "normal",
                                   "backup_power": "fault" if fault else "normal",
                                   "note": "备用电池电压偏低，已报工程部更换" if fault else "",
                                   "created_at": check_at, "created_by_id": pair[0], "created_station": "监控中心"})
            if check_rows:
                checks_of[n] = len(check_rows) - 1
        s.execute(insert(ControlShiftOperator), operator_rows)
        record_ids = _returning(s, EquipmentRecord, record_rows)
        s.execute(insert(EquipmentRecordLine), [line | {"record_id": rid} for rid, lines in
                                                zip(record_ids, line_rows, strict=True) for line in lines])
        check_ids = _returning(s, DailyCheck, check_rows)
        handovers, signatures, items = [], [], []
        for n in range(len(starts) - 1):
            if n not in records_of or n not in checks_of:
                continue
            at = starts[n + 1]
            handovers.append({"from_shift_id": shift_ids[n], "to_shift_id": shift_ids[n + 1], "handed_at": at,
                              "notes": rng.choice(("", "", "交接清楚", "3栋电梯困人已解除，维保单位明日复查",
                                                   "地下车库卷帘检修中，已告知接班")),
                              "equipment_record_id": record_ids[records_of[n]],
                              "daily_check_id": check_ids[checks_of[n]], "created_at": at,
                              "created_by_id": pairs[n % len(pairs)][0], "created_station": "监控中心"})
        handover_ids = _returning(s, Handover, handovers)
        for h, hid in zip(handovers, handover_ids, strict=True):
            n = shift_ids.index(h["from_shift_id"])
            out, into = pairs[n % len(pairs)], pairs[(n + 1) % len(pairs)]
            at = h["handed_at"]
            signatures += [{"handover_id": hid, "side": "out", "staff_id": who, "signed_at": at} for who in out]
            signatures += [{"handover_id": hid, "side": "in", "staff_id": who, "signed_at": at} for who in into]
            for position, (kind, ref, number, summary) in enumerate(_open_at(s, at)):
                items.append({"handover_id": hid, "position": position, "kind": kind, "ref_id": ref,
                              "number": number, "summary": summary, "acknowledged_at": at,
                              "acknowledged_by_id": into[0]})
        if signatures:
            s.execute(insert(HandoverSignature), signatures)
        if items:
            s.execute(insert(HandoverItem), items)
    return len(starts)


def _open_at(s, at: datetime) -> list[tuple[str, int, int, str]]:
    """The events and faults of the alarm log open at ``at`` (the demo's own, if it has seeded any)."""
    out: list[tuple[str, int, int, str]] = []
    for e in s.execute(select(ControlEvent.id, ControlEvent.number, ControlEvent.building, ControlEvent.text)
                       .where(ControlEvent.received_at <= at,
                              or_(ControlEvent.closed_at.is_(None), ControlEvent.closed_at > at))
                       .order_by(ControlEvent.received_at).limit(20)):
        out.append((CarriedKind.EVENT.value, e.id, e.number, f"事件 {e.number} {e.building} {e.text}"[:300]))
    for f in s.execute(select(ControlFault.id, ControlFault.number, ControlFault.place, ControlFault.description)
                       .where(ControlFault.found_at <= at,
                              or_(ControlFault.repaired_at.is_(None), ControlFault.repaired_at > at))
                       .order_by(ControlFault.found_at).limit(20)):
        out.append((CarriedKind.FAULT.value, f.id, f.number, f"故障 {f.number} {f.place} {f.description}"[:300]))
    return out


__all__ = ["seed_shifts"]
