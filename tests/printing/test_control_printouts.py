"""The control room's printouts read back: an event's own report (a real fire with the 119 call's five
items, a false alarm with its cause, notes appended after closing), and the 故障维修记录表 in the form's
columns, an open fault older than 24 hours marked, long text paging onto further sheets."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from deskapp.domain.control import Cause, EventKind, FireCall, Result, Source
from deskapp.domain.errors import PermissionDenied
from deskapp.domain.roles import Role
from deskapp.printing.common import Letterhead
from deskapp.printing.fault_record import TITLE as FAULT_TITLE
from deskapp.printing.fault_record import FaultLine, render_fault_record
from deskapp.services.control import EventInput, FaultInput
from deskapp.services.timeutil import local_date
from tests.conftest import START
from tests.printing.pdfcheck import FILL_BMP, check_pages, longest, page_sizes, page_texts, squash

HEAD = Letterhead("保利物业", "保利花园服务中心", "020-38881234", "5001 李娜", "control-1", datetime(2026, 3, 2, 9, 30))
CALL = FireCall(address="保利花园3栋", origin="12楼1202厨房", burning="厨房油锅", size="一个灶台，有烟",
                caller="李娜", phone="020-38881234")


@pytest.fixture
def operator(sqlite_world, clock):
    admin = sqlite_world.set_up_site()
    sqlite_world.control.save_device(admin, address="1-023", device_type="感烟探测器", building="3栋", floor="12F",
                                     zone="3栋12层东")
    return replace(sqlite_world.member(admin, "5001", Role.CONTROL_OPERATOR, name="李娜"), station="control-1")


def text_of(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


def test_a_real_fires_report_has_every_step(sqlite_world, operator, clock):
    c = sqlite_world.control
    e = c.log_event(operator, EventInput(Source.FIRE_PANEL, EventKind.FIRE, text="烟感报警", device_address="1-023"))
    c.dispatch(operator, e.id, guard="陈强")
    c.record_result(operator, e.id, result=Result.REAL_FIRE)
    c.record_fire_call(operator, e.id, CALL)
    c.confirm_linkage_auto(operator, e.id)
    c.start_plan(operator, e.id)
    c.notify_manager(operator, e.id, name="周杰")
    c.reset(operator, e.id)
    c.close(operator, e.id, handling="已扑灭，消防队到场确认")
    c.add_note(operator, e.id, "补充：起火原因为油锅过热")
    pdf = c.event_report_pdf(operator, HEAD, e.id)
    text = text_of(pdf)
    for expected in ("监控中心事件报告", "E000001", "已关闭", "火灾报警控制器", "火警", "3栋/12F/3栋12层东/1-023",
                     "感烟探测器", "陈强", "真实火警", "拨打119", "保利花园3栋", "12楼1202厨房", "厨房油锅",
                     "一个灶台，有烟", "李娜02038881234", "联动控制（自动）", "启动预案", "报告消防安全责任人", "周杰",
                     "已扑灭，消防队到场确认", "补充说明（关闭后）", "补充：起火原因为油锅过热", "值班人员（签名）"):
        assert squash(expected) in text, expected
    assert "未完成" not in text


def test_an_open_false_alarms_report_shows_its_cause_and_what_it_lacks(sqlite_world, operator):
    c = sqlite_world.control
    e = c.log_event(operator, EventInput(Source.FIRE_PANEL, EventKind.FIRE, device_address="1-023"))
    pdf = c.event_report_pdf(operator, HEAD, e.id)
    assert squash("未完成：现场确认结果") in text_of(pdf) and "处理中" in text_of(pdf)
    c.record_result(operator, e.id, result=Result.FALSE_ALARM, cause=Cause.ENVIRONMENT, note="厨房油烟")
    text = text_of(c.event_report_pdf(operator, HEAD, e.id))
    assert squash("误报") in text and squash("非期望报警-环境（油烟、蒸汽、粉尘）：厨房油烟") in text
    assert "F000001" in text  # the fault record it wrote


def test_a_long_event_report_pages_with_its_running_head(sqlite_world, operator):
    c = sqlite_world.control
    e = c.log_event(operator, EventInput(Source.PATROL, EventKind.OTHER, text=longest(2000, "甲", FILL_BMP)))
    for i in range(12):
        c.add_note(operator, e.id, longest(2000, f"注{i}", FILL_BMP))
    pdf = c.event_report_pdf(operator, HEAD, e.id)
    pages = check_pages(pdf, "监控中心事件报告　E000001", first_page=("监控中心事件报告",))
    assert len(pages) > 3
    assert all(squash(f"注{i}") in squash("".join(pages)) for i in range(12))


def test_the_fault_record_reads_back_in_the_forms_columns(sqlite_world, operator, clock):
    c = sqlite_world.control
    f = c.record_fault(operator, FaultInput("喷淋泵控制柜故障灯亮", place="消防泵房", found_by="陈强",
                                            out_of_service=True))
    e = c.log_event(operator, EventInput(Source.FIRE_PANEL, EventKind.FIRE, device_address="1-023"))
    c.record_result(operator, e.id, result=Result.FALSE_ALARM, cause=Cause.ENVIRONMENT, note="厨房油烟")
    clock.advance(hours=25)
    c.fault_reported(operator, f.id, to="安消科技", handling="切换手动，通知维保")
    c.fault_repaired(operator, f.id, by="安消科技张工", method="更换控制模块")
    c.confirm_repair(operator, f.id)
    day = local_date(START)
    pdf = c.fault_record_pdf(operator, HEAD, first_day=day, last_day=day)
    width, height = page_sizes(pdf)[0]
    assert width > height  # landscape
    text = text_of(pdf)
    for expected in (FAULT_TITLE, "发现时间", "发现人", "故障部位", "故障情况描述", "是否停用系统", "维修方法",
                     "故障排除确认", "F000001", "陈强", "消防泵房", "喷淋泵控制柜故障灯亮", "切换手动，通知维保",
                     "安消科技", "安消科技张工", "更换控制模块", "F000002", "E000001", "3栋/12F/3栋12层东/1-023",
                     "未修复，已超过24小时"):
        assert squash(expected) in text, expected


def test_an_empty_or_long_fault_record():
    pdf = render_fault_record([], HEAD, first_day=None, last_day=None)
    assert squash("本期间无故障记录") in text_of(pdf)
    lines = [FaultLine(f"F{n:06d}", datetime(2026, 3, 2, 9, 0), "陈强", longest(200, f"部位{n}", FILL_BMP),
                       longest(2000, f"描述{n}", FILL_BMP), longest(500, "处理", FILL_BMP), n % 2 == 0, "", None, "", "",
                       "", n % 3 == 0) for n in range(1, 9)]
    pdf = render_fault_record(lines, HEAD, first_day=datetime(2026, 3, 2).date(), last_day=datetime(2026, 3, 2).date())
    pages = check_pages(pdf, f"{FAULT_TITLE} 2026-03-02", first_page=(FAULT_TITLE,))
    assert len(pages) > 1
    assert all(f"F{n:06d}" in squash("".join(pages)) for n in range(1, 9))


def test_printing_needs_the_right_to_print(sqlite_world, operator):
    admin = sqlite_world.auth.login("9001", "correct-horse", station="desk-1")
    guard = sqlite_world.member(admin, "3001", Role.GUARD, name="陈强")
    e = sqlite_world.control.log_event(operator, EventInput(Source.CCTV, EventKind.CCTV, text="x"))
    with pytest.raises(PermissionDenied):
        sqlite_world.control.event_report_pdf(guard, HEAD, e.id)
