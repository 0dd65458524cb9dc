"""A realistic demo site: buildings, units, owners, tenants and families, staff for every role.

Rows are written with bulk inserts (no per-row audit): this is made-up data for trying the app
and for benchmarks, never a site's records. ``seed_demo`` ends with one baseline entry per record in
the audit chain, so that the demo site verifies as a real one does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select

from deskapp.db import pass_index, request_words, visit_words
from deskapp.db.audit import baseline
from deskapp.db.models import (
    Building,
    GuestVisit,
    MovePass,
    MovePassItem,
    Resident,
    ResidentNameGram,
    ResidentPhone,
    Site,
    Staff,
    Unit,
    UnitNote,
    Visit,
    WatchEntry,
)
from deskapp.db.name_index import gram_rows
from deskapp.domain.consent import ConsentMethod
from deskapp.domain.directory import NoteKind, ResidentRole
from deskapp.domain.passes import PassState
from deskapp.domain.roles import Role, format_roles
from deskapp.domain.units import sort_key
from deskapp.domain.visits import Outcome, Purpose
from deskapp.services.base import Database
from deskapp.services.demo_control import seed_control
from deskapp.services.demo_shifts import seed_shifts
from deskapp.services.passwords import Hasher
from deskapp.services.timeutil import day_start_utc, local_date

DEMO_PASSWORD = "demo1234"
# A made-up estate and company (no real developer's or property manager's name).
DEMO_SITE, DEMO_CENTRE, DEMO_COMPANY = "澄湾·青禾苑", "青禾苑服务中心", "澄湾物业"
DEMO_STAFF = (
    ("1001", "李娜", {Role.RECEPTIONIST}),
    ("1002", "王芳", {Role.RECEPTIONIST}),
    ("2001", "张伟", {Role.CONTROL_OPERATOR}),
    ("2002", "刘洋", {Role.CONTROL_OPERATOR}),
    ("3001", "陈强", {Role.GUARD}),
    ("8001", "赵敏", {Role.SUPERVISOR, Role.RECEPTIONIST}),
    ("9001", "周杰", {Role.ADMIN}),
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉梅辉鹏飞丹萍鑫波斌宇浩凯婷雪琳晨欣怡佳子涵梓轩浩然雨萱思远嘉俊"
MOBILE_PREFIXES = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158",
                   "159", "177", "180", "181", "186", "187", "188", "189", "199")
NOTE_TEXTS = {
    NoteKind.ARREARS: ("欠物业费 3 个月，办理业务前请提醒缴费", "车位管理费未缴"),
    NoteKind.DISPUTE: ("与楼下住户漏水纠纷处理中", "对装修噪音有投诉，沟通中"),
    NoteKind.SAFETY: ("独居老人，请每周电话问候", "住户行动不便，疏散时需协助"),
    NoteKind.NOTE: ("业主常年在外地，联系家属", "钥匙寄存于服务中心", "业主要求快递放前台"),
}


@dataclass(frozen=True)
class DemoSize:
    buildings: int = 20
    entrances: int = 2
    floors: int = 18
    rooms_per_floor: int = 2
    residents_per_unit: float = 2.2



def local_time_utc(now: datetime, days_ago: int, *, hour: int, minute: int = 0) -> datetime:
    """``hour``:``minute`` on this PC's calendar day ``days_ago`` days before ``now`` (naive UTC), as naive UTC:
    the demo's desk opens at 08:30 wherever the PC is (it was 08:30 in Beijing only)."""
    return day_start_utc(local_date(now) - timedelta(days=days_ago)) + timedelta(hours=hour, minutes=minute)

def _name(rng: random.Random) -> str:
    given = rng.choice(GIVEN) if rng.random() < 0.35 else rng.choice(GIVEN) + rng.choice(GIVEN)
    return rng.choice(SURNAMES) + given


def _phone(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def seed_staff(db: Database, hasher: Hasher) -> None:
    now = db.clock.now()
    pw = hasher.hash(DEMO_PASSWORD)
    with db.write(None, station="demo") as s:
        s.execute(insert(Staff), [
            {"staff_no": no, "name": name, "password_hash": pw, "roles": format_roles(roles), "active": True,
             "must_change_password": False, "failed_logins": 0, "created_at": now}
            for no, name, roles in DEMO_STAFF])


def seed_site(db: Database) -> None:
    with db.write(None, station="demo") as s:
        s.add(Site(id=1, name=DEMO_SITE, centre_name=DEMO_CENTRE, centre_phone="02038881234",
                   company_name=DEMO_COMPANY, created_at=db.clock.now()))


def seed_directory(db: Database, size: DemoSize = DemoSize(), *, seed: int = 7, batch: int = 5000) -> tuple[int, int]:
    """Insert the buildings, units and residents; returns (units, residents)."""
    rng = random.Random(seed)
    now = db.clock.now()
    stamp = {"created_at": now, "created_station": "demo"}
    with db.write(None, station="demo") as s:
        first_unit = (s.scalar(select(Unit.id).order_by(Unit.id.desc()).limit(1)) or 0) + 1
        first_res = (s.scalar(select(Resident.id).order_by(Resident.id.desc()).limit(1)) or 0) + 1
        s.execute(insert(Building), [{"id": b, "code": str(b), "name": f"{b}栋", **stamp}
                                     for b in range(1, size.buildings + 1)])
        units: list[dict[str, Any]] = []
        residents: list[dict[str, Any]] = []
        phones: list[dict[str, Any]] = []
        notes: list[dict[str, Any]] = []
        uid, rid = first_unit, first_res
        for b in range(1, size.buildings + 1):
            for e in range(1, size.entrances + 1):
                for f in range(1, size.floors + 1):
                    for r in range(1, size.rooms_per_floor + 1):
                        room = f"{f}{r:02d}"
                        room_no = f"{b}-{e}-{room}"
                        units.append({"id": uid, "building_id": b, "room_no": room_no, "sort_key": sort_key(room_no),
                                      "entrance": str(e), "room": room, "floor": f,
                                      "area_m2": str(rng.choice((89, 96, 112, 128, 143))), **stamp})
                        count = max(0, round(rng.gauss(size.residents_per_unit, 1.0)))
                        vacant = rng.random() < 0.05
                        surname = rng.choice(SURNAMES)
                        moved_in = now.date().replace(year=now.year - rng.randint(1, 9))
                        for k in range(0 if vacant else max(1, count)):
                            role = ResidentRole.OWNER if k == 0 else (
                                ResidentRole.TENANT if rng.random() < 0.15 else ResidentRole.FAMILY)
                            # The owner and most of the family share a surname; tenants have their own.
                            same_family = role is ResidentRole.OWNER or (
                                role is ResidentRole.FAMILY and rng.random() < 0.6)
                            name = surname + _name(rng)[1:] if same_family else _name(rng)
                            moved_out = None
                            if role is ResidentRole.TENANT and rng.random() < 0.2:
                                moved_out = now.date().replace(year=now.year - 1)
                            residents.append({"id": rid, "unit_id": uid, "name": name, "role": role.value,
                                              "notes": "", "moved_in": moved_in if role is not ResidentRole.TENANT
                                              else now.date().replace(year=now.year - rng.randint(0, 2)),
                                              "moved_out": moved_out, **stamp})
                            for pos in range(1 if rng.random() < 0.85 else 2):
                                p = _phone(rng)
                                phones.append({"resident_id": rid, "position": pos, "phone": p, "last4": p[-4:]})
                            rid += 1
                        if rng.random() < 0.04:
                            kind = rng.choice(list(NOTE_TEXTS))
                            notes.append({"unit_id": uid, "kind": kind.value, "text": rng.choice(NOTE_TEXTS[kind]),
                                          **stamp})
                        uid += 1
        grams = [row for r in residents for row in gram_rows(r["id"], r["name"])]
        for rows, model in ((units, Unit), (residents, Resident), (phones, ResidentPhone), (notes, UnitNote),
                            (grams, ResidentNameGram)):
            for start in range(0, len(rows), batch):
                s.execute(insert(model), rows[start:start + batch])
    return len(units), len(residents)


VISIT_TEXTS = {
    Purpose.REPAIR: ("厨房水管漏水，需要上门维修", "卫生间地漏堵塞", "入户门锁坏了，钥匙拧不动", "客厅灯不亮，开关没反应",
                     "阳台推拉窗关不严", "空调冷凝水滴到楼下"),
    Purpose.REPORT: ("楼道灯坏了好几天", "地下车库有积水", "电梯按钮失灵", "单元门禁刷卡没反应", "楼下有人乱停车"),
    Purpose.COMPLAINT: ("楼上装修噪音太大，周末一早就开始", "小区垃圾清运不及时，有异味", "保安态度不好", "快递被放在门口丢失"),
    Purpose.SUGGESTION: ("建议在儿童游乐区加装遮阳棚", "建议增加电动车充电桩", "建议延长泳池开放时间"),
    Purpose.INQUIRY: ("咨询物业费缴费方式", "咨询装修需要办理的手续", "咨询车位租赁价格", "咨询快递柜怎么使用"),
    Purpose.CARD: ("办理门禁卡", "门禁卡丢失补办"),
    Purpose.PASS: ("搬家，需要开大件物品放行条",),
    Purpose.RENOVATION: ("提交装修申请资料",),
    Purpose.PARKING: ("办理月卡停车",),
    Purpose.OTHER: ("领取快递", "寄存钥匙"),
}
RESOLUTIONS = ("已当场解答", "已告知办理流程和所需资料", "已登记，留下联系方式", "已协助办理完毕")
GUEST_PURPOSES = ("探亲", "访友", "送货", "家政服务", "维修师傅", "中介看房")
PLATES = ("粤A", "粤B", "粤E", "湘A", "赣B")


def seed_visits(db: Database, *, days: int = 30, visits_per_day: int = 35, guests_per_day: int = 25,
                seed: int = 5, batch: int = 5000) -> tuple[int, int]:
    """A month of walk-ins and guests up to now; a few guests are still on site."""
    rng = random.Random(seed)
    now = db.clock.now()
    with db.write(None, station="demo") as s:
        unit_rows = s.execute(select(Unit.id)).scalars().all()
        residents: dict[int, list[tuple[int | None, str]]] = {}
        for rid, uid, name in s.execute(select(Resident.id, Resident.unit_id, Resident.name)):
            residents.setdefault(uid, []).append((rid, name))
        staff: list[int | None] = list(
            s.execute(select(Staff.id).where(Staff.roles.contains("receptionist"))).scalars()) or [None]
        visits: list[dict[str, Any]] = []
        guests: list[dict[str, Any]] = []
        for day in range(days, -1, -1):
            base = local_time_utc(now, day, hour=8, minute=30)  # the desk opens
            for _ in range(visits_per_day if day else visits_per_day // 3):
                at = base + timedelta(minutes=rng.randint(0, 11 * 60))
                if at > now:
                    continue
                uid = rng.choice(unit_rows)
                people = residents.get(uid)
                purpose = rng.choices(list(VISIT_TEXTS), weights=(30, 15, 8, 4, 20, 6, 4, 3, 4, 6))[0]
                resolved = purpose in (Purpose.INQUIRY, Purpose.OTHER, Purpose.CARD) or rng.random() < 0.3
                visitor_id, name = rng.choice(people) if people and rng.random() < 0.85 else (None, _name(rng))
                phone = _phone(rng)
                visits.append({
                    "visited_at": at, "unit_id": uid, "resident_id": visitor_id, "visitor_name": name,
                    "visitor_phone": phone, "phone_last4": phone[-4:], "purpose": purpose.value,
                    "content": rng.choice(VISIT_TEXTS[purpose]), "confirmed": rng.random() < 0.9,
                    "outcome": (Outcome.RESOLVED if resolved else Outcome.FOLLOW_UP).value,
                    "resolution": rng.choice(RESOLUTIONS) if resolved else "", "created_at": at,
                    "created_by_id": rng.choice(staff), "created_station": "前台1"})
            for _ in range(guests_per_day if day else guests_per_day // 3):
                at = base + timedelta(minutes=rng.randint(0, 12 * 60))
                if at > now:
                    continue
                stay = rng.choice((60, 120, 240))
                left = at + timedelta(minutes=rng.randint(15, stay + 60))
                phone = _phone(rng)
                guests.append({
                    "name": _name(rng), "phone": phone, "phone_last4": phone[-4:],
                    "host_unit_id": rng.choice(unit_rows), "people": rng.choice((1, 1, 1, 2, 2, 3)),
                    "plate": f"{rng.choice(PLATES)}{rng.randrange(10000, 99999)}" if rng.random() < 0.3 else "",
                    "purpose": rng.choice(GUEST_PURPOSES), "checked_in_at": at,
                    "valid_until": at + timedelta(minutes=stay),
                    "checked_out_at": left if left < now else None, "created_at": at,
                    "created_by_id": rng.choice(staff), "created_station": "门岗"})
        for rows, model in ((visits, Visit), (guests, GuestVisit)):
            for start in range(0, len(rows), batch):
                s.execute(insert(model), rows[start:start + batch])
        if visit_words.available(s.connection()):  # bulk rows bypass the flush hook: index them here
            visit_words.index_all(s.connection())
        s.execute(insert(WatchEntry), [
            {"name": "张某某", "phone": None, "id_last": None, "reason": "多次冒充快递员进入小区推销",
             "until": None, "created_at": now, "created_station": "demo"},
            {"name": "", "phone": "13000000000", "id_last": None, "reason": "骚扰业主，业主报警处理",
             "until": (now + timedelta(days=180)).date(), "created_at": now, "created_station": "demo"},
        ])
    return len(visits), len(guests)


ASSIGNEES = {"engineering": ("维修工刘师傅", "维修工张师傅", "水电班"), "security": ("安防主管", "巡逻岗"),
             "cleaning": ("保洁班长",), "landscaping": ("绿化班",), "customer_service": ("区管小周",)}
DEPARTMENT_OF = {Purpose.REPAIR: "engineering", Purpose.REPORT: "engineering", Purpose.COMPLAINT: "security",
                 Purpose.SUGGESTION: "customer_service", Purpose.INQUIRY: "customer_service",
                 Purpose.OTHER: "cleaning"}


def seed_calls_and_requests(db: Database, *, days: int = 30, calls_per_day: int = 40, seed: int = 9,
                            batch: int = 5000) -> tuple[int, int]:
    """A month of phone calls; a third become requests, found in every state of their life cycle."""
    from deskapp.db.models import Call, RequestNote, ServiceRequest
    from deskapp.domain.requests import CALLBACK_WITHIN, RESPONSE_TARGET, RequestState

    rng = random.Random(seed)
    now = db.clock.now()
    S = RequestState
    with db.write(None, station="demo") as s:
        phones = s.execute(select(ResidentPhone.phone, Resident.id, Resident.name, Resident.unit_id)
                           .join(Resident, Resident.id == ResidentPhone.resident_id)).all()
        staff: list[int | None] = list(
            s.execute(select(Staff.id).where(Staff.roles.contains("receptionist"))).scalars()) or [None]
        first_request = (s.scalar(select(ServiceRequest.id).order_by(ServiceRequest.id.desc()).limit(1)) or 0) + 1
        calls: list[dict[str, Any]] = []
        requests: list[dict[str, Any]] = []
        notes: list[dict[str, Any]] = []
        rid = first_request
        for day in range(days, -1, -1):
            base = local_time_utc(now, day, hour=8, minute=30)
            for _ in range(calls_per_day if day else calls_per_day // 3):
                at = base + timedelta(minutes=rng.randint(0, 11 * 60))
                if at > now:
                    continue
                phone, resident_id, name, unit_id = rng.choice(phones)
                category = rng.choices(list(DEPARTMENT_OF), weights=(30, 25, 8, 4, 25, 8))[0]
                content = rng.choice(VISIT_TEXTS[category])
                ends = at + timedelta(minutes=rng.randint(1, 6))
                by = rng.choice(staff)
                makes_request = category in (Purpose.REPAIR, Purpose.REPORT, Purpose.COMPLAINT) and rng.random() < 0.7
                call = {"direction": "incoming", "started_at": at, "ended_at": ends, "phone": phone,
                        "phone_last4": phone[-4:], "unit_id": unit_id, "resident_id": resident_id, "caller_name": name,
                        "category": category.value, "content": content, "confirmed": True,
                        "outcome": "request" if makes_request else "answered", "request_id": None,
                        "created_at": ends, "created_by_id": by, "created_station": "前台1"}
                calls.append(call)
                if not makes_request:
                    continue
                # How far this request has come depends on its age; the newest are still open.
                age = now - at
                path = [S.REGISTERED]
                if age > timedelta(days=1) and rng.random() < 0.06:
                    path += [S.DISPATCHED, S.CANCELLED]
                elif age < timedelta(hours=2) and rng.random() < 0.5:
                    pass  # just taken: still waiting to be dispatched
                else:
                    path.append(S.DISPATCHED)
                    if age > timedelta(hours=1):
                        path.append(S.IN_PROGRESS)
                    if age > timedelta(hours=5) and rng.random() < 0.9:
                        path.append(S.COMPLETED)
                    if age > timedelta(days=1) and rng.random() < 0.97 and path[-1] is S.COMPLETED:
                        path.append(S.CALLED_BACK)
                    if age > timedelta(days=2) and path[-1] is S.CALLED_BACK and rng.random() < 0.85:
                        path.append(S.CLOSED)
                department = DEPARTMENT_OF[category]
                t = ends
                row: dict[str, Any] = {
                    "id": rid, "registered_at": ends, "source": "call", "visit_id": None, "unit_id": unit_id,
                    "location": "", "resident_id": resident_id, "contact_name": name, "contact_phone": phone,
                    "category": category.value, "description": content, "department": department,
                    "priority": "urgent" if rng.random() < 0.1 else "normal", "state": path[-1].value,
                    "assignee": "", "response_due_at": ends + RESPONSE_TARGET, "promised_at": None,
                    "dispatched_at": None, "completed_at": None, "callback_due_at": None, "called_back_at": None,
                    "satisfaction": None, "closed_at": None, "cancelled_at": None, "cancel_reason": None,
                    "last_report_at": None, "paid_item": "", "fee_cents": None, "service_promise": "",
                    "booked_at": None, "complaint_class": "", "cause_analysis": "", "accountability": "",
                    "created_at": ends, "created_by_id": by, "created_station": "前台1"}
                def note(step: str, text: str, when: datetime, request_id: int = rid, who: int | None = by) -> None:
                    notes.append({"request_id": request_id, "at": when, "staff_id": who, "station": "前台1",
                                  "kind": "step", "step": step, "text": text})

                note("register", content, t)
                for state in path[1:]:
                    minutes = rng.randint(2, 240)
                    if state is S.DISPATCHED:  # taken up within the 5 minutes nine times in ten, as a desk does
                        minutes = 1 + minutes % 4 if minutes % 10 else 6 + minutes % 25
                    t = min(now, t + timedelta(minutes=minutes))
                    if state is S.DISPATCHED:
                        row["assignee"] = rng.choice(ASSIGNEES[department])
                        row["dispatched_at"] = t
                        note("dispatch", row["assignee"], t)
                    elif state is S.IN_PROGRESS:
                        note("start", "", t)
                    elif state is S.COMPLETED:
                        row["completed_at"], row["callback_due_at"] = t, t + CALLBACK_WITHIN
                        note("complete", rng.choice(("已处理完毕", "已更换配件", "已清理干净", "已调解")), t)
                    elif state is S.CALLED_BACK:
                        happy = rng.choices(("satisfied", "mostly", "not_satisfied"), weights=(70, 25, 5))[0]
                        if happy == "not_satisfied":  # reopened: back in progress with the comment
                            row["state"], row["completed_at"], row["callback_due_at"] = (
                                S.IN_PROGRESS.value, None, None)
                            row["satisfaction"] = happy
                            note("reopen", "业主反映问题仍未解决", t)
                            break
                        row["satisfaction"], row["called_back_at"] = happy, t
                        note("call_back", "业主表示满意" if happy == "satisfied" else "基本满意", t)
                    elif state is S.CLOSED:
                        if category is Purpose.COMPLAINT:
                            row.update(complaint_class="服务态度", complaint_cause="staff",
                                       cause_analysis="当班人员未按规范用语",
                                       accountability="当事人书面检讨，班组内通报")
                        row["closed_at"] = t
                        note("close", row["accountability"], t)
                    elif state is S.CANCELLED:
                        row["cancelled_at"], row["cancel_reason"] = t, "业主来电取消"
                        note("cancel", "业主来电取消", t)
                requests.append(row)
                call["request_id"] = rid
                rid += 1
        # Two just taken, whatever the hour the demo is made: one waiting, one on its way.
        for minutes_ago, state in ((3, S.REGISTERED), (25, S.DISPATCHED)):
            phone, resident_id, name, unit_id = rng.choice(phones)
            at = now - timedelta(minutes=minutes_ago)
            by = rng.choice(staff)
            requests.append({**requests[-1], "id": rid, "registered_at": at, "unit_id": unit_id,
                             "resident_id": resident_id, "contact_name": name, "contact_phone": phone,
                             "category": Purpose.REPAIR.value, "description": "卫生间水龙头漏水",
                             "department": "engineering", "priority": "normal", "state": state.value,
                             "assignee": "维修工刘师傅" if state is S.DISPATCHED else "",
                             "response_due_at": at + RESPONSE_TARGET,
                             "dispatched_at": at + timedelta(minutes=4) if state is S.DISPATCHED else None,
                             "completed_at": None, "callback_due_at": None, "called_back_at": None,
                             "satisfaction": None, "closed_at": None, "cancelled_at": None, "cancel_reason": None,
                             "complaint_class": "", "cause_analysis": "", "accountability": "",
                             "created_at": at, "created_by_id": by})
            notes.append({"request_id": rid, "at": at, "staff_id": by, "station": "前台1", "kind": "step",
                          "step": "register", "text": "卫生间水龙头漏水"})
            calls.append({**calls[-1], "started_at": at - timedelta(minutes=2), "ended_at": at, "phone": phone,
                          "phone_last4": phone[-4:], "unit_id": unit_id, "resident_id": resident_id,
                          "caller_name": name, "category": Purpose.REPAIR.value, "content": "卫生间水龙头漏水",
                          "outcome": "request", "request_id": rid, "created_at": at, "created_by_id": by})
            rid += 1
        for rows, model in ((requests, ServiceRequest), (calls, Call), (notes, RequestNote)):
            for start in range(0, len(rows), batch):
                s.execute(insert(model), rows[start:start + batch])
        if request_words.available(s.connection()):  # bulk rows bypass the flush hook: index them here
            request_words.index_requests(s.connection(), [r["id"] for r in requests])
    return len(calls), len(requests)


PASS_ITEMS = (("冰箱", "台"), ("洗衣机", "台"), ("电视机", "台"), ("沙发", "套"), ("床垫", "张"), ("衣柜", "个"),
              ("纸箱", "箱"), ("书桌", "张"), ("餐桌椅", "套"), ("空调", "台"), ("自行车", "辆"), ("行李箱", "个"))
GATES = ("北门", "南门", "东门车行道")


def seed_passes(db: Database, *, days: int = 30, per_day: int = 6, seed: int = 11, batch: int = 5000) -> int:
    """A month of move-out passes in every state up to now, and a few for the days ahead: most collected
    and their red copy filed, some red copies still out, some never collected, a few refused or void."""
    rng = random.Random(seed)
    now = db.clock.now()
    with db.write(None, station="demo") as s:
        owners: dict[int, list[tuple[int, str]]] = {}
        for rid, uid, name in s.execute(select(Resident.id, Resident.unit_id, Resident.name)
                                        .where(Resident.role == ResidentRole.OWNER.value)):
            owners.setdefault(uid, []).append((rid, name))
        if not owners:
            return 0
        units = list(owners)
        desk: list[int | None] = list(
            s.execute(select(Staff.id).where(Staff.roles.contains("receptionist"))).scalars()) or [None]
        guards: list[int | None] = list(
            s.execute(select(Staff.id).where(Staff.roles.contains("guard"))).scalars()) or [None]
        passes: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        for day in range(days, -4, -1):
            start = local_time_utc(now, day, hour=8)  # moving days 08:00–20:00, this PC's time
            for _ in range(per_day if day > 0 else per_day // 2):
                uid = rng.choice(units)
                owner_id, owner_name = rng.choice(owners[uid])
                by_owner = rng.random() < 0.6
                issued = min(now, start - timedelta(hours=rng.randint(2, 40)))
                until = start + timedelta(hours=12)
                row: dict[str, Any] = {
                    "unit_id": uid, "state": PassState.ISSUED.value,
                    "applicant_resident_id": owner_id if by_owner else None,
                    "applicant_name": owner_name if by_owner else f"搬家公司{_name(rng)}",
                    "applicant_phone": _phone(rng), "applicant_is_owner": by_owner, "id_type": "resident_id",
                    "id_masked": f"{rng.choice(('4403', '4401', '3101', '1101'))}**********{rng.randrange(1000, 9999)}",
                    "consent_method": None if by_owner else rng.choice(list(ConsentMethod)).value,
                    "consent_owner_id": None if by_owner else owner_id,
                    "consent_at": None if by_owner else issued - timedelta(minutes=rng.randint(5, 600)),
                    "consent_taken_by_id": None, "arrears_told": False,
                    "valid_from": start, "valid_until": until,
                    "plate": f"{rng.choice(PLATES)}{rng.randrange(10000, 99999)}" if rng.random() < 0.7 else "",
                    "movers": rng.choice(("", "搬家公司3人", "业主本人及家属")), "remarks": "", "reprints": 0,
                    "gate_note": "", "created_at": issued, "created_by_id": rng.choice(desk), "created_station": "前台1"}
                if not by_owner:
                    row["consent_taken_by_id"] = row["created_by_id"]
                fate = rng.random()
                out_at = start + timedelta(minutes=rng.randint(30, 11 * 60))
                if fate < 0.05:
                    row.update(state=PassState.VOID.value, voided_at=issued + timedelta(minutes=20),
                               voided_by_id=row["created_by_id"], void_reason="业主取消搬运")
                elif out_at <= now and fate < 0.08:
                    row.update(state=PassState.REFUSED.value, collected_at=out_at, collected_by_id=rng.choice(guards),
                               collected_gate=rng.choice(GATES), collected_station="门岗",
                               gate_note="实际物品比放行条多一台洗衣机")
                elif out_at <= now and fate < 0.9 and until > out_at:
                    row.update(state=PassState.COLLECTED.value, collected_at=out_at,
                               collected_by_id=rng.choice(guards), collected_gate=rng.choice(GATES),
                               collected_station="门岗")
                    if day > 2 or (day > 0 and fate < 0.6):  # the red copies of the last days are partly still out
                        row.update(state=PassState.RETURNED.value, red_copy_returned_at=out_at + timedelta(hours=20),
                                   red_copy_returned_by_id=rng.choice(desk))
                passes.append(row)
                for position, (name, unit) in enumerate(rng.sample(PASS_ITEMS, rng.randint(1, 5))):
                    items.append({"pass_id": len(passes) - 1, "position": position, "name": name,
                                  "quantity": rng.randint(1, 20) if unit == "箱" else rng.randint(1, 2), "unit": unit})
        keys = sorted({k for r in passes for k in r})
        passes = [{k: r.get(k) for k in keys} for r in passes]  # one shape for the bulk insert
        ids: list[int] = []  # the database gives the ids (a sequence on PostgreSQL): items refer to them
        for begin in range(0, len(passes), batch):
            ids += s.scalars(insert(MovePass).returning(MovePass.id, sort_by_parameter_order=True),
                             passes[begin:begin + batch]).all()
        pass_index.index_passes(s.connection(), ids)  # bulk rows bypass the flush hook
        for item in items:
            item["pass_id"] = ids[item["pass_id"]]
        for begin in range(0, len(items), batch):
            s.execute(insert(MovePassItem), items[begin:begin + batch])
    return len(passes)


def seed_demo(db: Database, hasher: Hasher) -> None:
    """The whole demo site on an empty database."""
    seed_site(db)
    seed_staff(db, hasher)
    seed_directory(db)
    seed_visits(db)
    seed_calls_and_requests(db)
    seed_passes(db)
    seed_control(db)  # the alarm log: devices and a month of events in every state
    seed_shifts(db, hasher)  # last: its handovers carry over what the alarm log has open at each change of shift
    seed_cards(db)
    with db.write(None, station="demo") as s:
        baseline(s.connection(), at=db.clock.now(), station="demo", reason="demo data", only_missing=True)


# -- access cards (#13) --

def demo_card_no(i: int) -> str:
    """The ``i``-th demo card number: ten digits, all different (a bijection of the ten-digit numbers)."""
    return f"{(i * 104_729 + 1_000_003) % 10**10:010d}"


def seed_cards(db: Database, *, cards: int = 120, seed: int = 13, batch: int = 5000,
               applications: bool = True) -> int:
    """Access cards in every state (active, lost, replaced, returned, expired temporary cards), each with
    its history; with ``applications``, an application at every step and a cancelled one. Returns the
    number of cards."""
    from deskapp.db.models import AccessCard, AccessCardEvent, CardApplication
    from deskapp.domain.cards import DEFAULT_REQUIREMENTS, AppState, CardEvent, CardState, CardType

    rng = random.Random(seed)
    now = db.clock.now()
    with db.write(None, station="demo") as s:
        owners = s.execute(select(Resident.id, Resident.unit_id, Resident.name)
                           .where(Resident.role == ResidentRole.OWNER.value)).all()
        if not owners:
            return 0
        desk: list[int | None] = list(
            s.execute(select(Staff.id).where(Staff.roles.contains("receptionist"))).scalars()) or [None]
        rows: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        fates = ((0.84, CardState.ACTIVE), (0.88, CardState.LOST), (0.92, CardState.REPLACED),
                 (0.97, CardState.RETURNED), (1.0, CardState.EXPIRED))
        for i in range(cards):
            rid, uid, name = owners[i % len(owners)]
            roll = rng.random()
            state = next(st for limit, st in fates if roll < limit)
            if i < len(fates):  # the first few: one of each, whatever the dice say
                state = fates[i][1]
            at = now - timedelta(days=rng.randint(1, 3 * 365), minutes=rng.randint(0, 600))
            temporary = state is CardState.EXPIRED or rng.random() < 0.05
            until = (now - timedelta(days=rng.randint(1, 30))).date() if state is CardState.EXPIRED else \
                (now + timedelta(days=rng.randint(10, 300))).date() if temporary else None
            number = demo_card_no(i)
            rows.append({"card_no": number, "live_no": number if state.live else None, "unit_id": uid,
                         "holder_name": name, "holder_resident_id": rid,
                         "card_type": (CardType.TEMPORARY if temporary else CardType.RESIDENT).value,
                         "state": state.value, "valid_until": until, "application_id": None, "replaces_id": None,
                         "created_at": at, "created_by_id": rng.choice(desk), "created_station": "前台1",
                         "updated_at": None})
            who = rng.choice(desk)
            events.append({"card": i, "kind": CardEvent.AUTHORISED.value, "at": at, "by_id": who, "station": "前台1",
                           "note": "", "reported_by": ""})
            later = min(now, at + timedelta(days=rng.randint(1, 200)))
            if state is CardState.LOST:
                events.append({"card": i, "kind": CardEvent.LOST.value, "at": later, "by_id": who, "station": "前台1",
                               "note": "", "reported_by": "业主本人电话"})
            elif state is CardState.REPLACED:
                events.append({"card": i, "kind": CardEvent.LOST.value, "at": later, "by_id": who, "station": "前台1",
                               "note": "", "reported_by": "业主本人"})
                events.append({"card": i, "kind": CardEvent.REPLACED.value, "at": later + timedelta(days=1),
                               "by_id": who, "station": "前台1", "note": "补卡", "reported_by": ""})
            elif state is CardState.RETURNED:
                events.append({"card": i, "kind": CardEvent.RETURNED.value, "at": later, "by_id": who,
                               "station": "前台1", "note": "迁出交回", "reported_by": ""})
            elif state is CardState.EXPIRED:
                events.append({"card": i, "kind": CardEvent.EXPIRED.value, "at": later, "by_id": who,
                               "station": "前台1", "note": "", "reported_by": ""})
        ids: list[int] = []
        for begin in range(0, len(rows), batch):
            ids += s.scalars(insert(AccessCard).returning(AccessCard.id, sort_by_parameter_order=True),
                             rows[begin:begin + batch]).all()
        for e in events:
            e["card_id"] = ids[e.pop("card")]
        events = [{k: e.get(k) for k in ("card_id", "kind", "at", "by_id", "station", "note", "reported_by")}
                  for e in events]
        for begin in range(0, len(events), batch):
            s.execute(insert(AccessCardEvent), events[begin:begin + batch])
        if applications:
            order = [AppState.REQUIREMENTS, AppState.IDENTITY, AppState.CONSENT, AppState.REGISTER, AppState.PAY,
                     AppState.AUTHORISE, AppState.NOTIFY, AppState.COLLECT, AppState.CANCELLED]
            stamps = [("identity_at", "identity_by_id", "identity_station"),
                      ("consent_recorded_at", "consent_by_id", "consent_station"),
                      ("registered_at", "registered_by_id", "registered_station"),
                      ("paid_at", "paid_by_id", "paid_station"),
                      ("authorised_at", "authorised_by_id", "authorised_station"),
                      ("notified_at", "notified_by_id", "notified_station"),
                      ("collected_at", "collected_by_id", "collected_station")]
            for n, app_state in enumerate(order):
                rid, uid, name = owners[(n * 7 + 3) % len(owners)]
                tenant = app_state is not AppState.IDENTITY  # an owner's application skips the consent
                start = now - timedelta(hours=30 - n * 3)
                app = CardApplication(unit_id=uid, state=app_state.value, card_type=CardType.RESIDENT.value,
                                      requirements="\n".join(DEFAULT_REQUIREMENTS), applicant_is_owner=not tenant,
                                      applicant_name=name if not tenant else f"租户{_name(rng)}",
                                      applicant_resident_id=rid if not tenant else None, notify_note="", remarks="",
                                      receipt_prints=0, created_at=start, created_by_id=desk[0], created_station="前台1")
                reached = 3 if app_state is AppState.CANCELLED else order.index(app_state)
                for k, (at_col, by_col, st_col) in enumerate(stamps, start=1):
                    if k > reached or (not tenant and at_col == "consent_recorded_at"):
                        continue
                    setattr(app, at_col, start + timedelta(minutes=10 * k))
                    setattr(app, by_col, desk[0])
                    setattr(app, st_col, "前台1")
                if reached >= 1:
                    app.id_type, app.id_masked = "resident_id", f"4403**********{1000 + n}"
                    app.applicant_phone = _phone(rng)
                if reached >= 2 and tenant:
                    app.consent_method, app.consent_owner_id = ConsentMethod.PHONE.value, rid
                    app.consent_at = start + timedelta(minutes=15)
                if reached >= 3:
                    app.fee_cents, app.pickup_at, app.receipt_prints = 2000, now + timedelta(days=1), 1
                if reached >= 4:
                    app.paid_cents, app.pay_method, app.pay_reference = 2000, "wechat", f"WX42000{n:05d}"
                if reached >= 6:
                    app.notify_method = "phone"
                if reached >= 7:
                    app.signature = "10,200 60,120 120,260 180,140 240,250;300,200 360,150 420,230 480,180"
                if app_state is AppState.CANCELLED:
                    app.voided_at, app.voided_by_id, app.void_reason = start + timedelta(hours=1), desk[0], "申请人放弃"
                s.add(app)
                s.flush()
                if reached >= 5:
                    number = demo_card_no(cards + n)
                    card = AccessCard(card_no=number, live_no=number, unit_id=uid, holder_name=app.applicant_name,
                                      holder_resident_id=app.applicant_resident_id, card_type=CardType.RESIDENT.value,
                                      state=CardState.ACTIVE.value, application_id=app.id,
                                      created_at=app.authorised_at, created_by_id=desk[0], created_station="前台1")
                    s.add(card)
                    s.flush()
                    s.add(AccessCardEvent(card_id=card.id, kind=CardEvent.AUTHORISED.value, at=app.authorised_at,
                                          by_id=desk[0], station="前台1", note="", reported_by=""))
    return cards
