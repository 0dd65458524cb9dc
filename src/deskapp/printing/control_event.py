"""One control-room event's own report 监控中心事件报告 on A4: what was received, from where, where it is,
the confirmation on site, the result (and a false alarm's cause), a real fire's steps (119 with the five
items, linkage in automatic, the plan, the person responsible), reset and closing, and every note and
amendment appended, with who and when.

Data in, PDF out: :class:`EventReport` holds local times and Chinese words already; no database here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

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
    fact_table,
    fitted,
    footer,
    header,
    styles,
    text_width,
)

TITLE = "监控中心事件报告"
RED = colors.HexColor("#b00020")
NOTE_WORDS = {"note": "备注", "amendment": "补充说明（关闭后）", "correction": "更正"}


@dataclass(frozen=True)
class ReportNote:
    at: datetime  # local
    who: str
    kind: str  # note / amendment / correction
    text: str


@dataclass(frozen=True)
class EventReport:
    """An event as printed: every value already in words; empty where nothing was recorded."""

    number: str  # E000123
    status: str  # 处理中 / 已关闭
    received: str  # "2026-03-02 09:30" and the reason, if it was changed
    source: str
    kind: str
    location: str
    device: str  # the device's type and, when flagged, its false alarms in 12 months
    device_flagged: bool
    text: str
    confirm_due: str
    dispatched: str
    result: str
    cause: str
    fire_call: tuple[tuple[str, str], ...]  # (label, value) lines of the 119 call, () if none
    linkage: str
    plan: str
    manager: str
    reset: str
    handling: str
    closed: str
    fault: str
    logged: str  # who logged it, on which station, when
    missing: tuple[str, ...]  # what an open event still lacks to close (Chinese)
    notes: tuple[ReportNote, ...]


def render_event_report(report: EventReport, head: Letterhead) -> bytes:
    """The report as an A4 PDF over as many pages as its notes need."""
    page = PageSize.A4
    st = styles(page)
    width = text_width(page)
    cell = ParagraphStyle("cell", parent=st["body"], fontSize=8.5, leading=11)
    story: list[Flowable] = header(head, TITLE, st)
    story.append(Paragraph(esc(f"事件编号：{report.number}　　状态：{report.status}"), st["section"]))
    rows = [("接报时间", report.received), ("来源", report.source), ("类型", report.kind),
            ("位置", report.location or "—")]
    if report.device:
        rows.append(("设备", report.device))
    rows.append(("情况描述", report.text or "—"))
    story += fact_table(rows, page, st, label_share=0.2)
    if report.device_flagged:
        story.append(Paragraph(esc("注意：该设备 12 个月内误报 3 次及以上，请安排检修。"),
                               ParagraphStyle("flag", parent=cell, textColor=RED)))
    story.append(Paragraph(esc("一、现场确认"), st["section"]))
    story += fact_table([("确认时限", report.confirm_due or "—"), ("派员确认", report.dispatched or "—"),
                         ("确认结果", report.result or "—"), ("误报原因", report.cause or "—")],
                        page, st, label_share=0.2)
    if report.fire_call or report.linkage or report.plan or report.manager:
        story.append(Paragraph(esc("二、火警处置"), st["section"]))
        fire_rows = list(report.fire_call) or [("拨打 119", "未记录")]
        fire_rows += [("联动控制（自动）", report.linkage or "未确认"), ("启动预案", report.plan or "未记录"),
                      ("报告消防安全责任人", report.manager or "未记录")]
        story += fact_table(fire_rows, page, st, label_share=0.2)
    story.append(Paragraph(esc("三、复位与关闭"), st["section"]))
    story += fact_table([("复位", report.reset or "—"), ("处理情况", report.handling or "—"),
                         ("关闭", report.closed or "未关闭"), ("故障维修记录", report.fault or "—"),
                         ("登记", report.logged)], page, st, label_share=0.2)
    for line in report.missing:
        story.append(Paragraph(esc("未完成：" + line), ParagraphStyle("missing", parent=cell, textColor=RED)))
    story.append(Paragraph(esc("四、备注与补充说明"), st["section"]))
    if not report.notes:
        story.append(Paragraph(esc("（无）"), cell))
    else:
        widths = [width * 0.17, width * 0.12, width * 0.17, width * 0.54]
        data: list[list] = [["时间", "记录人", "类别", "内容"]]
        for n in report.notes:
            data.append([f"{n.at:%Y-%m-%d %H:%M}", fitted(n.who, widths[1] - 4, cell),
                         fitted(NOTE_WORDS.get(n.kind, n.kind), widths[2] - 4, cell), fitted(n.text, widths[3] - 4, cell)])
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=20)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 8.5),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(table)
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph(esc("值班人员（签名）：＿＿＿＿＿＿＿＿　　审核人（签名）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿"),
                           st["body"]))
    story += footer(head, st)
    return build_pdf(story, page, title=f"{TITLE} {report.number}", author=head.printed_by,
                     running_head=f"{TITLE}　{report.number}")
