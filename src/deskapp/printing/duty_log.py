"""The duty log 《消防控制室值班记录表》 (GB 25201-2010 附录, GB 25506-2010 §4.2) of one day or one shift,
on A4: the fire alarm controller's state and the alarms by 2-hour time slot (报警性质 火警/误报/故障报警/
监管报警/漏报, place, cause and handling), the other fire systems' control and running state at each
2-hourly record, the daily check, the handovers with what was carried over, and who signed, when.

Data in, PDF out: :meth:`DutyLog.build` takes the services' records (local times are made by the
``local`` function it is given); :func:`render_duty_log` lays them out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from deskapp.domain.shifts import (
    CARRIED_WORDS,
    CHECK_WORDS,
    CONTROLLER_WORDS,
    MODE_WORDS,
    RESULT_WORDS,
    RUN_WORDS,
    CheckItem,
    CheckResult,
    ControllerState,
    ControlMode,
    slot_label,
    slot_of,
)
from deskapp.printing.common import (
    FONT,
    Letterhead,
    PageSize,
    Paragraph,
    build_pdf,
    esc,
    fitted,
    footer,
    header,
    styles,
    text_width,
)

TITLE = "消防控制室值班记录表"
RED = colors.HexColor("#b00020")
WEEKDAYS = "一二三四五六日"
SYSTEMS_PER_TABLE = 8  # columns of 自动/正常 that fit across A4


@dataclass(frozen=True)
class LogRow:
    """One line of the controller table: a 2-hourly record or an alarm (local time)."""

    at: datetime
    controller: str  # 正常 / 故障, or "" on an alarm's line
    linkage: str  # 自动 / 手动, or ""
    nature: str  # 报警性质, or "" on a record's line
    place: str
    handling: str
    who: str
    flagged: bool = False


@dataclass(frozen=True)
class SystemsRow:
    at: datetime
    who: str
    cells: tuple[tuple[str, str, bool], ...]  # per system: 控制状态, 运行状态, flagged ("", "", False) if not recorded


@dataclass(frozen=True)
class CheckRow:
    at: datetime
    results: tuple[str, ...]  # in CheckItem order
    faults: tuple[bool, ...]
    who: str
    note: str


@dataclass(frozen=True)
class HandoverBlock:
    at: datetime
    outgoing: str  # "张伟（2001）11:58"
    incoming: str
    equipment: str  # the record carried as the equipment's state
    items: tuple[str, ...]  # each with who acknowledged it, when
    notes: str


@dataclass(frozen=True)
class ShiftLine:
    span: str  # "08:00–16:00"
    signed: str  # "张伟（2001）签到 08:00、刘洋（2002）签到 08:00"


@dataclass(frozen=True)
class DutyLog:
    day: date
    shift_id: int | None
    start: datetime  # local
    end: datetime
    shifts: tuple[ShiftLine, ...]
    slots: tuple[tuple[str, tuple[LogRow, ...], bool], ...]  # label, lines, missing-record flag
    systems: tuple[str, ...]
    system_rows: tuple[SystemsRow, ...]
    notes: tuple[str, ...]  # explanations of what was flagged
    checks: tuple[CheckRow, ...]
    handovers: tuple[HandoverBlock, ...]

    @classmethod
    def build(cls, *, day: date, shift_id: int | None, start: datetime, end: datetime, shifts: Sequence,
              records: Sequence, checks: Sequence, alarms: Sequence, handovers: Sequence, systems: Sequence[str],
              local: Callable[[datetime], datetime], extra_records: Sequence = (),
              now: datetime | None = None) -> DutyLog:
        """The log from the services' records (ShiftInfo, EquipmentRecordInfo, DailyCheckInfo, DutyAlarm,
        HandoverInfo); ``start``/``end`` local, the records' times naive UTC made local by ``local``;
        ``extra_records``: records a handover names that were made before the period (its equipment state);
        ``now`` (local): slots after it are not yet owed a record (today's log printed at noon)."""
        rows: list[LogRow] = []
        notes: list[str] = []
        names = list(systems)
        for r in records:
            for line in r.lines:
                if line.name not in names:
                    names.append(line.name)
        system_rows: list[SystemsRow] = []
        for r in records:
            at = local(r.recorded_at)
            bits = [x for x in (r.controller_note and f"控制器：{r.controller_note}",
                                r.linkage_note and f"联动：{r.linkage_note}") if x]
            if any(line.flagged for line in r.lines):
                bits.append("其他消防系统有异常（见二）")
            abnormal = ControllerState(r.controller) is ControllerState.FAULT or \
                ControlMode(r.linkage) is ControlMode.MANUAL
            rows.append(LogRow(at, CONTROLLER_WORDS[ControllerState(r.controller)], MODE_WORDS[ControlMode(r.linkage)],
                               "", "", "；".join(bits) or "设备运行正常", r.recorded_by, abnormal))
            by_name = {line.name: line for line in r.lines}
            cells = []
            for name in names:
                line = by_name.get(name)
                if line is None:
                    cells.append(("", "", False))
                    continue
                cells.append((MODE_WORDS[line.mode], RUN_WORDS[line.state], line.flagged))
                if line.flagged or line.explanation:
                    notes.append(f"{at:%H:%M} {name} {MODE_WORDS[line.mode]}/{RUN_WORDS[line.state]}："
                                 f"{line.explanation}")
            system_rows.append(SystemsRow(at, r.recorded_by, tuple(cells)))
        for a in alarms:
            rows.append(LogRow(a.at, "", "", a.nature, a.place, f"{a.number}号 {a.handling}".strip(), "",
                               a.nature in ("火警", "漏报")))
        rows.sort(key=lambda x: (x.at, x.nature != ""))
        slots: list[tuple[str, tuple[LogRow, ...], bool]] = []
        slot_start = datetime.combine(start.date(), datetime.min.time()) + timedelta(hours=slot_of(start) * 2)
        limit = max([end] + [x.at + timedelta(seconds=1) for x in rows])  # a record at the handover's second
        while slot_start < limit:
            slot_end = slot_start + timedelta(hours=2)
            inside = tuple(x for x in rows if slot_start <= x.at < slot_end)
            has_record = any(x.controller for x in inside)
            label = slot_label(slot_of(slot_start))
            if slot_start.date() != start.date():
                label = f"{slot_start:%m-%d} {label}"
            # A slot wholly inside the period that has passed without a record is marked on the form.
            passed = slot_end <= min(end, now) if now is not None else slot_end <= end
            slots.append((label, inside, not has_record and passed and slot_start >= start))
            slot_start = slot_end
        check_rows = tuple(
            CheckRow(local(c.checked_at), tuple(RESULT_WORDS[c.results[i]] for i in CheckItem),
                     tuple(c.results[i] is CheckResult.FAULT for i in CheckItem), c.checked_by, c.note)
            for c in checks)
        by_record = {r.id: r for r in (*records, *extra_records)}
        blocks = []
        for h in handovers:
            out = "、".join(f"{g.name}（{g.staff_no}）{local(g.signed_at):%H:%M}" for g in h.signatures if g.side == "out")
            into = "、".join(f"{g.name}（{g.staff_no}）{local(g.signed_at):%H:%M}" for g in h.signatures if g.side == "in")
            rec = by_record.get(h.equipment_record_id)
            equipment = (f"{local(rec.recorded_at):%H:%M} 记录：控制器{CONTROLLER_WORDS[ControllerState(rec.controller)]}，"
                         f"联动{MODE_WORDS[ControlMode(rec.linkage)]}"
                         + ("，有异常（见上）" if rec.flagged else "，其他系统正常")) if rec else \
                f"设备记录第 {h.equipment_record_id} 号"
            items = tuple(f"{CARRIED_WORDS[i.item.kind]}：{i.item.summary}（{i.acknowledged_by} "
                          f"{local(i.acknowledged_at):%H:%M} 已确认）" for i in h.items)
            blocks.append(HandoverBlock(local(h.handed_at), out, into, equipment, items, h.notes))
        shift_lines = []
        for sh in shifts:
            span_end = local(sh.ended_at) if sh.ended_at else None
            span = f"{local(sh.started_at):%m-%d %H:%M}–" + (f"{span_end:%m-%d %H:%M}" if span_end else "（在班）")
            signed = "、".join(f"{o.name}（{o.staff_no}）签到 {local(o.signed_at):%H:%M}" for o in sh.operators)
            shift_lines.append(ShiftLine(span, signed))
        return cls(day, shift_id, start, end, tuple(shift_lines), tuple(slots), tuple(names), tuple(system_rows),
                   tuple(notes), check_rows, tuple(blocks))


def _style(rows: int, extra: list | None = None) -> TableStyle:
    cmds = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    return TableStyle(cmds + (extra or []))


def _controller_table(log: DutyLog, cell: ParagraphStyle, width: float) -> Table:
    shares = (0.11, 0.06, 0.065, 0.065, 0.08, 0.17, 0.35, 0.1)
    widths = [width * s for s in shares]
    data: list[list] = [["时段", "时间", "控制器", "联动", "报警性质", "报警部位", "原因及处理情况", "值班人"]]
    extra: list = []
    for label, lines, missing in log.slots:
        first = len(data)
        if not lines:
            data.append([label, "", "", "", "", "", "未记录" if missing else "", ""])
            if missing:
                extra.append(("TEXTCOLOR", (6, first), (6, first), RED))
            continue
        for n, x in enumerate(lines):
            row = len(data)
            data.append([label if n == 0 else "", f"{x.at:%H:%M}", x.controller, x.linkage, x.nature,
                         fitted(x.place, widths[5] - 4, cell) if x.place else "",
                         fitted(x.handling, widths[6] - 4, cell), fitted(x.who, widths[7] - 4, cell)])
            if x.flagged:
                extra.append(("TEXTCOLOR", (2, row), (4, row), RED))
        if missing:
            data[first][0] = f"{label}（未记录）"
            extra.append(("TEXTCOLOR", (0, first), (0, first), RED))
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=20)
    table.setStyle(_style(len(data), extra))
    return table


def _systems_tables(log: DutyLog, cell: ParagraphStyle, width: float) -> list[Flowable]:
    if not log.system_rows:
        return [Paragraph(esc("（本时段无设备运行记录）"), cell)]
    out: list[Flowable] = []
    tables = max(1, -(-len(log.systems) // SYSTEMS_PER_TABLE))
    per_table = max(1, -(-len(log.systems) // tables))  # 9 systems: 5 and 4, not 8 and 1
    for first in range(0, max(1, len(log.systems)), per_table):
        names = log.systems[first:first + per_table]
        time_w, who_w = width * 0.08, width * 0.1
        each = (width - time_w - who_w) / max(1, len(names))
        data: list[list] = [["时间", *[Paragraph(esc(n), cell) for n in names], "记录人"]]
        extra: list = []
        for r in log.system_rows:
            row = len(data)
            cells = []
            for k, (mode, state, flagged) in enumerate(r.cells[first:first + per_table]):
                cells.append(f"{mode}/{state}" if mode else "—")
                if flagged:
                    extra.append(("TEXTCOLOR", (k + 1, row), (k + 1, row), RED))
            data.append([f"{r.at:%H:%M}", *cells, fitted(r.who, who_w - 4, cell)])
        table = Table(data, colWidths=[time_w, *([each] * len(names)), who_w], repeatRows=1, splitInRow=20)
        table.setStyle(_style(len(data), extra))
        out += [table, Spacer(1, 1.5 * mm)]
    return out


def _checks_table(log: DutyLog, cell: ParagraphStyle, width: float) -> Flowable:
    if not log.checks:
        return Paragraph(esc("（本时段无日检查记录）"), cell)
    shares = (0.08, 0.08, 0.08, 0.08, 0.09, 0.09, 0.1, 0.4)
    widths = [width * s for s in shares]
    data: list[list] = [["时间", *[CHECK_WORDS[i] for i in CheckItem], "检查人", "故障及处理情况"]]
    extra: list = []
    for c in log.checks:
        row = len(data)
        data.append([f"{c.at:%H:%M}", *c.results, fitted(c.who, widths[6] - 4, cell),
                     fitted(c.note or "—", widths[7] - 4, cell)])
        for k, fault in enumerate(c.faults):
            if fault:
                extra.append(("TEXTCOLOR", (k + 1, row), (k + 1, row), RED))
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=20)
    table.setStyle(_style(len(data), extra))
    return table


def render_duty_log(log: DutyLog, head: Letterhead) -> bytes:
    """The log as an A4 PDF in the statutory form's layout, over as many pages as it needs."""
    page = PageSize.A4
    st = styles(page)
    width = text_width(page)
    cell = ParagraphStyle("cell", parent=st["body"], fontSize=8, leading=10)
    period = (f"{log.day:%Y-%m-%d}（星期{WEEKDAYS[log.day.weekday()]}）" if log.shift_id is None else
              f"第 {log.shift_id} 班 {log.start:%Y-%m-%d %H:%M} – {log.end:%Y-%m-%d %H:%M}")
    story: list[Flowable] = header(head, TITLE, st)
    story.append(Paragraph(esc(f"单位：{head.centre}　　记录日期：{period}"), st["body"]))
    for line in log.shifts:
        story.append(Paragraph(esc(f"班次 {line.span}　值班人员：{line.signed}"), cell))
    story.append(Paragraph(esc("一、火灾报警控制器运行情况及报警处理"), st["section"]))
    story.append(_controller_table(log, cell, width))
    story.append(Paragraph(esc("二、控制室内其他消防系统运行情况（控制状态/运行状态）"), st["section"]))
    story += _systems_tables(log, cell, width)
    for note in log.notes:
        story.append(Paragraph(esc("注：" + note), ParagraphStyle("note", parent=cell, textColor=RED)))
    story.append(Paragraph(esc("三、火灾报警控制器日检查情况"), st["section"]))
    story.append(_checks_table(log, cell, width))
    story.append(Paragraph(esc("四、交接班"), st["section"]))
    if not log.handovers:
        story.append(Paragraph(esc("（本时段无交接班）"), cell))
    for h in log.handovers:
        lines = [f"交接时间：{h.at:%Y-%m-%d %H:%M}", f"交班人（签名）：{h.outgoing}", f"接班人（签名）：{h.incoming}",
                 f"设备状态：{h.equipment}"]
        lines += [f"移交：{item}" for item in h.items] or ["移交：无未结事件、无未修复故障"]
        if h.notes:
            lines.append(f"交接说明：{h.notes}")
        for text in lines:
            story.append(Paragraph(esc(text), cell))
        story.append(Spacer(1, 1.5 * mm))
    story.append(Paragraph(esc("五、值班人员签名"), st["section"]))
    if not log.shifts:
        story.append(Paragraph(esc("（本时段无值班记录）"), cell))
    for line in log.shifts:
        story.append(Paragraph(esc(f"{line.span}：{line.signed}（本人密码确认）"), cell))
    story += footer(head, st)
    title = f"{TITLE} {period}"
    return build_pdf(story, page, title=title, author=head.printed_by, running_head=title)


def sample_duty_log(now: datetime, operator: str) -> DutyLog:
    """A made-up log for a station's test print (every part of the form filled once)."""
    start = now.replace(minute=0, second=0, microsecond=0)
    systems = ("自动喷水灭火系统", "消火栓系统", "防排烟系统", "防火卷帘", "应急广播", "消防电梯")
    row = LogRow(start, "正常", "自动", "", "", "测试页：设备巡查记录", operator)
    alarm = LogRow(start + timedelta(minutes=20), "", "", "误报", "1栋 3层 走道 地址1-003-012",
                   "测试页：非期望报警-环境（油烟）；已复位", "")
    slot = slot_label(slot_of(start))
    return DutyLog(
        start.date(), None, start, start + timedelta(hours=2),
        (ShiftLine(f"{start:%m-%d %H:%M}–（在班）", f"{operator}（测试）签到 {start:%H:%M}"),),
        ((slot, (row, alarm), False),), systems,
        (SystemsRow(start, operator, tuple(("自动", "正常", False) for _ in systems)),), (),
        (CheckRow(start, tuple("正常" for _ in CheckItem), tuple(False for _ in CheckItem), operator, "测试页"),), ())
