"""The move-out pass 大件物品放行条 as a two-part slip: the stub 存根联 kept at the desk (signed by the
applicant) and the red copy 放行联 the guard collects at the gate, each with the number in large digits
and as a QR code. On A4 the two parts share the sheet with a cut line between them; on A5 each part is a
page; on the 80 mm roll they are two tickets (two parts of the roll, cut between them) with a cut mark. A reprint says 补打 on both parts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table, TableStyle

from deskapp.printing.common import (
    FONT,
    FactRow,
    Letterhead,
    PageSize,
    Paragraph,
    block_width,
    build_pdf,
    esc,
    fact_table,
    fitted,
    footer,
    header,
    numbered_heading,
    qr_code,
    styles,
    text_width,
)
from deskapp.printing.fonts import draw_string

STUB = "存根联"
RED_COPY = "放行联"
CUT_TEXT = "沿此线剪开"
RED = colors.HexColor("#b00020")


@dataclass(frozen=True)
class PassItemLine:
    name: str
    quantity: int
    unit: str


@dataclass(frozen=True)
class PassSlip:
    number: str
    site: str
    room_no: str
    applicant: str
    id_text: str  # the document's kind and its masked number
    consent: str  # "业主王建国 电话确认 2026-03-02 09:25" or "" (the applicant is an owner)
    items: tuple[PassItemLine, ...]
    valid_from: datetime  # local
    valid_until: datetime  # local
    plate: str
    movers: str
    remarks: str
    issued_by: str
    issued_at: datetime  # local
    reprint: int = 0  # 0 for the original; the reprint's count otherwise


class CutMark(Flowable):
    """A dashed line across the width with the words to cut along it."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width, self.height = width, 5 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(colors.grey)
        c.setDash(3, 2)
        c.setLineWidth(0.5)
        c.line(0, self.height / 2, self.width, self.height / 2)
        c.setFillColor(colors.white)
        c.rect(self.width / 2 - 14 * mm, self.height / 2 - 2 * mm, 28 * mm, 4 * mm, stroke=0, fill=1)
        c.setFillColor(colors.grey)
        draw_string(c, self.width / 2, self.height / 2 - 1.2 * mm, CUT_TEXT, 7.5, align="center")
        c.restoreState()


def _when(slip: PassSlip) -> str:
    return window_text(slip.valid_from, slip.valid_until)


def window_text(start: datetime, end: datetime) -> str:
    """``2026-03-02 08:00–18:00``, or both ends in full when the window spans days (local times)."""
    if start.date() == end.date():
        return f"{start:%Y-%m-%d} {start:%H:%M}–{end:%H:%M}"
    return f"{start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}"


def _items_table(slip: PassSlip, page: PageSize, st: dict[str, ParagraphStyle]) -> Table:
    width = block_width(page)
    size = 8.5 if page is PageSize.RECEIPT_80 else 10
    cell = ParagraphStyle("cell", parent=st["body"], fontSize=size, leading=size * 1.3)
    shares = (0.12, 0.58, 0.15, 0.15)
    widths = [width * s for s in shares]
    data: list[list] = [["序号", "物品名称", "数量", "单位"]]
    for n, item in enumerate(slip.items, 1):
        data.append([str(n), Paragraph(esc(item.name), cell), str(item.quantity), fitted(item.unit, widths[3], cell)])
    data.append(["", "合计", str(sum(i.quantity for i in slip.items)), ""])
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=20)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, size),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _part(slip: PassSlip, part: str, head: Letterhead, page: PageSize, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    copy = f"（补打 第{slip.reprint}次）" if slip.reprint else ""
    title_style = st["title"] if part == STUB else ParagraphStyle("red", parent=st["title"], textColor=RED)
    story: list[Flowable] = header(head, f"大件物品放行条 · {part}{copy}", {**st, "title": title_style})
    if slip.reprint:
        story.append(Paragraph(esc(f"补打件，非原件（第{slip.reprint}次补打）"), st["warn"]))
    rows = [("房号", f"{slip.site} {slip.room_no}".strip()), ("申请人", slip.applicant), ("证件", slip.id_text)]
    if slip.consent:
        rows.append(("业主同意", slip.consent))
    rows += [("有效时间", _when(slip)), ("车牌", slip.plate or "—")]
    if slip.movers:
        rows.append(("搬运人员", slip.movers))
    if slip.remarks:
        rows.append(("备注", slip.remarks))
    rows.append(("开单", f"{slip.issued_by} {slip.issued_at:%Y-%m-%d %H:%M}"))
    if page is PageSize.RECEIPT_80:
        story += numbered_heading(slip.number, page, st, qr_mm=30)
        story += fact_table(rows, page, st, label_share=0.24)
    else:  # the number and its QR code beside the facts, so that both parts share an A4 sheet
        side = 40 * mm
        width = text_width(page) - side
        small = {**st, "body": ParagraphStyle("fact", parent=st["body"], fontSize=9, leading=12),
                 "label": ParagraphStyle("factlabel", parent=st["label"], fontSize=9, leading=12)}
        facts = [FactRow(k, Paragraph(esc(v), small["body"]), width * 0.22, width * 0.78, small,
                         rule=i < len(rows) - 1)
                 for i, (k, v) in enumerate(rows)]
        number = [Paragraph(esc(slip.number), st["big"]), Spacer(1, 2 * mm), qr_code(slip.number, 34)]
        block = Table([[facts, number]], colWidths=[width, side])
        block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(block)
    story.append(Spacer(1, 2 * mm))
    story.append(_items_table(slip, page, st))
    story.append(Spacer(1, 3 * mm))
    if part == STUB:
        story.append(Paragraph("申请人签字：______________　日期：__________", st["body"]))
        story.append(Paragraph("本联由服务中心留存。", st["foot"]))
        story.append(Spacer(1, 2 * mm))
    else:
        story.append(Paragraph("门岗核验：物品相符 □　不符 □　岗员：__________", st["body"]))
        story.append(Paragraph("出门时交门岗收回，门岗交回服务中心归档。", st["foot"]))
    if part == RED_COPY:
        story += footer(head, st)
    return story


def render_move_pass(slip: PassSlip, head: Letterhead, page: PageSize = PageSize.A4) -> bytes:
    """PDF of the pass: the stub, a cut line, the red copy (on A5 each on its own page)."""
    st = styles(page)
    story = _part(slip, STUB, head, page, st)
    story.append(Spacer(1, 2 * mm))
    if page is PageSize.A5:
        story.append(PageBreak())
    elif page is PageSize.A4:
        story.append(CondPageBreak(90 * mm))  # the red copy starts a page rather than a few lines from the end
        story += [CutMark(text_width(page)), Spacer(1, 2 * mm)]
    else:  # the roll: the cut mark ends the stub's ticket, and the red copy is the next part (cut there)
        story += [CutMark(text_width(page)), PageBreak()]
    story += _part(slip, RED_COPY, head, page, st)
    title = f"大件物品放行条 {slip.number}" + ("（补打）" if slip.reprint else "")
    return build_pdf(story, page, title=title, author=head.printed_by)


@dataclass(frozen=True)
class ReconciliationLine:
    number: str
    room_no: str
    applicant: str
    window: str  # the moving day and time window, local
    collected: str  # "2026-03-02 10:15 北门 陈强", or "" for a pass never collected


def render_reconciliation(first_day: date, last_day: date, missing: list[ReconciliationLine],
                          never: list[ReconciliationLine], head: Letterhead) -> bytes:
    """The weekly (or daily) reconciliation on A4: collected passes whose red copy has not come back,
    and passes issued but never collected; a tick box on each line."""
    st = styles(PageSize.A4)
    period = f"{first_day:%Y-%m-%d}" + (f" 至 {last_day:%Y-%m-%d}" if last_day != first_day else "")
    title = "放行条核对表"
    story: list[Flowable] = header(head, title, st)
    story.append(Paragraph(esc(f"期间：{period}"), st["body"]))
    cell = ParagraphStyle("cell", parent=st["body"], fontSize=9, leading=11.5)
    widths = [w * mm for w in (24, 24, 30, 40, 52, 10)]
    for heading, lines, empty in (
            ("已放行、放行联未交回", missing, "（没有未交回的放行联）"),
            ("已开具、未放行（已过期）", never, "（没有未放行的放行条）")):
        story.append(Paragraph(esc(f"{heading}：{len(lines)} 张"), st["section"]))
        if not lines:
            story.append(Paragraph(esc(empty), st["body"]))
            continue
        data: list[list] = [["单号", "房号", "申请人", "有效时间", "放行", "核对"]]
        data += [[x.number, fitted(x.room_no, widths[1] - 6, cell), Paragraph(esc(x.applicant), cell),
                  Paragraph(esc(x.window), cell), Paragraph(esc(x.collected or "—"), cell), "□"] for x in lines]
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=30)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(table)
    story += footer(head, st)
    return build_pdf(story, PageSize.A4, title=title, author=head.printed_by, running_head=f"{title}　{period}")
