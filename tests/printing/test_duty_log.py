"""The duty log 《消防控制室值班记录表》 as printed: the statutory form's parts in order, with the longest text
each field takes (rare characters too), many systems split into tables of at most eight columns, and a
busy day over several pages, each numbered, each after the first under the running head."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from deskapp.domain.shifts import CheckItem
from deskapp.printing.common import Letterhead
from deskapp.printing.duty_log import (
    SYSTEMS_PER_TABLE,
    TITLE,
    CheckRow,
    DutyLog,
    HandoverBlock,
    LogRow,
    ShiftLine,
    SystemsRow,
    render_duty_log,
    sample_duty_log,
)
from tests.printing.pdfcheck import (
    FILL,
    check_pages,
    joined,
    longest,
    page_sizes,
    page_texts,
    squash,
)

DAY = date(2026, 3, 2)
T0 = datetime(2026, 3, 2, 0, 0)
HEAD = Letterhead("澄湾物业", "青禾苑服务中心", "020 3888 1234", "2001 张伟", "监控中心", T0 + timedelta(hours=23))


def busy_log(entries: int = 200, systems: int = 7, note: str = "交接清楚") -> DutyLog:
    names = tuple(f"系统{n:02d}{'𠮷' if n == 3 else ''}" for n in range(1, systems + 1))
    rows, system_rows = [], []
    for k in range(12):
        at = T0 + timedelta(hours=2 * k, minutes=5)
        rows.append(LogRow(at, "正常", "自动", "", "", "设备运行正常", "张伟"))
        system_rows.append(SystemsRow(at, "张伟", tuple(("自动", "正常", False) for _ in names)))
    for n in range(entries - 12):
        at = T0 + timedelta(minutes=7 * n + 3)
        rows.append(LogRow(at, "", "", "误报", f"3栋 12层 走道 地址1-{n:03d}-033",
                           f"{n + 1}号 非期望报警-环境（油烟、蒸汽、粉尘）；厨房油烟；已到场确认并复位；已结案", ""))
    rows.sort(key=lambda x: x.at)
    slots = tuple((f"{2 * k}:00–{2 * k + 2}:00", tuple(x for x in rows if 2 * k <= x.at.hour < 2 * k + 2), False)
                  for k in range(12))
    return DutyLog(DAY, None, T0, T0 + timedelta(days=1),
                   (ShiftLine("03-02 00:00–03-02 08:00", "张伟（2001）签到 00:00、刘洋（2002）签到 00:00"),),
                   slots, names, tuple(system_rows), (),
                   (CheckRow(T0 + timedelta(hours=9), tuple("正常" for _ in CheckItem),
                             tuple(False for _ in CheckItem), "张伟", "—"),),
                   (HandoverBlock(T0 + timedelta(hours=8), "张伟（2001）08:00", "王磊（2003）08:00、孙丽（2004）08:00",
                                  "07:05 记录：控制器正常，联动自动，其他系统正常",
                                  ("未结事件：事件 12 3栋12层 烟感报警（王磊 08:00 已确认）",), note),))


def test_a_busy_day_of_200_entries_flows_over_numbered_pages_under_the_running_head():
    pdf = render_duty_log(busy_log(), HEAD)
    running = f"{TITLE} 2026-03-02（星期一）"
    body = check_pages(pdf, running, first_page=("消防控制室值班记录表", "一、火灾报警控制器运行情况"))
    assert len(body) > 2
    text = joined(body)
    for word in ("二、控制室内其他消防系统运行情况", "三、火灾报警控制器日检查情况", "四、交接班", "五、值班人员签名",
                 "188号", "1-187-033", "交班人（签名）：张伟", "接班人（签名）：王磊", "已确认"):
        assert squash(word) in text, word
    assert all(abs(w - 595.3) < 1 and abs(h - 841.9) < 1 for w, h in page_sizes(pdf))  # A4


def test_many_systems_go_in_tables_of_at_most_eight_columns_each_name_printed():
    log = busy_log(entries=12, systems=20)
    text = joined(page_texts(render_duty_log(log, HEAD)))
    for name in log.systems:
        assert squash(name) in text, name
    assert SYSTEMS_PER_TABLE == 8 and text.count("记录人") >= 3  # 20 systems: 7 + 7 + 6 (a header repeats on a new page)


def test_the_longest_handover_note_and_a_rare_character_print_whole():
    note = longest(2000, "交接", FILL)
    pdf = render_duty_log(busy_log(entries=12, note=note), HEAD)
    running = f"{TITLE} 2026-03-02（星期一）"
    text = joined(check_pages(pdf, running), drop=(running,))
    assert squash(note) in text
    assert "系统03𠮷" in text


def test_the_stations_test_page_fills_every_part_of_the_form():
    text = squash("".join(page_texts(render_duty_log(sample_duty_log(T0 + timedelta(hours=9), "张伟"), HEAD))))
    for word in ("消防控制室值班记录表", "测试页", "误报", "自动/正常", "自检", "值班人员签名"):
        assert word in text, word
