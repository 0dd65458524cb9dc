"""The fault and repair record 《建筑消防设施故障维修记录表》 (GB 25201-2010 附录) on A4 landscape, in
the form's columns: the fault (found when, by whom, where, what), its handling (what was done, whether
the system was taken out of service, reported for repair when and to whom), the repair (when, who,
how) and the confirmation that it works again. A fault still open after 24 hours is marked in red.

Data in, PDF out: :class:`FaultLine` holds local times and Chinese words already.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from deskapp.printing.common import (
    FONT,
    Letterhead,
    PageSize,
    Paragraph,
    build_pdf,
    esc,
    footer,
    header,
    styles,
    text_width,
)

TITLE = "建筑消防设施故障维修记录表"
RED = colors.HexColor("#b00020")
# Column shares of the table's width, in the form's order.
SHARES = (0.055, 0.07, 0.06, 0.1, 0.15, 0.115, 0.05, 0.085, 0.07, 0.075, 0.1, 0.07)


@dataclass(frozen=True)
class FaultLine:
    number: str  # F000012
    found_at: datetime  # local
    found_by: str
    place: str
    description: str  # with the event's number when it came from one
    handling: str
    out_of_service: bool
    reported: str  # "03-02 10:15 安消科技" or ""
    repaired_at: datetime | None
    repaired_by: str
    repair_method: str
    confirmed: str  # "李娜 03-02 14:00" or ""
    overdue: bool  # open for more than 24 hours when printed


def _cell(text: str, style: ParagraphStyle):
    return Paragraph(esc(text), style) if text else ""


def render_fault_record(lines: list[FaultLine] | tuple[FaultLine, ...], head: Letterhead, *,
                        first_day: date | None, last_day: date | None) -> bytes:
    """The record of ``lines`` (found on ``first_day``…``last_day``) as an A4 landscape PDF."""
    page = PageSize.A4
    st = styles(page)
    width = text_width(page, landscape=True)
    cell = ParagraphStyle("cell", parent=st["body"], fontSize=7.5, leading=9.5)
    widths = [width * s for s in SHARES]
    period = ""
    if first_day or last_day:
        period = f"{first_day:%Y-%m-%d}" if first_day else "…"
        if last_day != first_day:
            period += f" 至 {last_day:%Y-%m-%d}" if last_day else " 至今"
    story: list[Flowable] = header(head, TITLE, st)
    story.append(Paragraph(esc(f"单位：{head.centre}" + (f"　　记录期间：{period}" if period else "")), st["body"]))
    story.append(Spacer(1, 2 * mm))
    centred = ParagraphStyle("centred", parent=cell, alignment=1)
    red = ParagraphStyle("red", parent=cell, textColor=RED)
    data: list[list] = [
        ["序号", "故障情况", "", "", "", "故障处理情况", "", "", "故障维修情况", "", "", "故障排除确认"],
        ["", *[Paragraph(esc(t), centred) for t in ("发现时间", "发现人", "故障部位", "故障情况描述", "处理情况",
                                                     "是否停用系统", "报修时间及单位", "维修时间", "维修人员（单位）",
                                                     "维修方法", "确认人及时间")]],
    ]
    header_rows = len(data)
    extra: list = []
    for line in lines:
        row = len(data)
        state = "" if line.repaired_at else ("未修复，已超过24小时" if line.overdue else "未修复")
        look = red if line.overdue else cell
        data.append([
            line.number, Paragraph(esc(f"{line.found_at:%m-%d %H:%M}"), look), _cell(line.found_by, look),
            _cell(line.place, look), _cell(line.description, look),
            _cell(line.handling, look), "是" if line.out_of_service else "否",
            _cell(line.reported, look),
            _cell(f"{line.repaired_at:%m-%d %H:%M}" if line.repaired_at else state, look),
            _cell(line.repaired_by, look), _cell(line.repair_method, look),
            _cell(line.confirmed, look)])
        if line.overdue:
            extra.append(("TEXTCOLOR", (0, row), (-1, row), RED))
    if not lines:
        data.append(["", "（本期间无故障记录）", "", "", "", "", "", "", "", "", "", ""])
        extra.append(("SPAN", (1, len(data) - 1), (-1, len(data) - 1)))
    table = Table(data, colWidths=widths, repeatRows=header_rows, splitInRow=20)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eeeeee")),
        ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (4, 0)), ("SPAN", (5, 0), (7, 0)), ("SPAN", (8, 0), (10, 0)),
        *extra,
    ]))
    story.append(table)
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(esc("消防安全管理人（签名）：＿＿＿＿＿＿＿＿　　　　日期：＿＿＿＿＿＿＿＿"), st["body"]))
    story.append(Paragraph(esc("注：故障排除后由消防控制室值班人员确认系统恢复正常；未修复超过 24 小时的故障以红色标出。"),
                           ParagraphStyle("small", parent=cell, textColor=colors.grey)))
    story += footer(head, st)
    title = f"{TITLE} {period}".strip()
    return build_pdf(story, page, title=title, author=head.printed_by, running_head=title, landscape=True)
