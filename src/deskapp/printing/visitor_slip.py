"""The visitor slip 访客单 a guest carries, and the on-site roll call 在场访客名单."""

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
    numbered_heading,
    styles,
)


@dataclass(frozen=True)
class Slip:
    slip_no: str
    site: str
    guest: str
    phone: str  # masked for the slip: 136****1111
    host_unit: str
    people: int
    plate: str
    purpose: str
    checked_in_at: datetime  # local
    valid_until: datetime  # local


def render_slip(slip: Slip, head: Letterhead, page: PageSize = PageSize.A5, *, copy: bool = False) -> bytes:
    """PDF of the slip; ``copy`` marks a reprint 补打."""
    st = styles(page)
    title = "访客单" + ("（补打）" if copy else "")
    story: list[Flowable] = header(head, title, st)
    story += numbered_heading(slip.slip_no, page, st, qr_mm=36)
    rows = [
        ("项目", slip.site),
        ("访客", slip.guest),
        ("电话", slip.phone),
        ("到访房号", slip.host_unit),
        ("人数", str(slip.people)),
        ("车牌", slip.plate or "—"),
        ("事由", slip.purpose or "—"),
        ("进入时间", f"{slip.checked_in_at:%Y-%m-%d %H:%M}"),
        ("有效至", f"{slip.valid_until:%Y-%m-%d %H:%M}"),
    ]
    story += fact_table(rows, page, st, label_share=0.28)
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph("离开时请将本单交回门岗。", st["body"]))
    story += footer(head, st)
    return build_pdf(story, page, title=f"{title} {slip.slip_no}", author=head.printed_by)


@dataclass(frozen=True)
class RollCallLine:
    slip_no: str
    guest: str
    phone: str
    host_unit: str
    people: int
    plate: str
    checked_in_at: datetime  # local
    minutes_on_site: int


def render_roll_call(lines: list[RollCallLine], head: Letterhead) -> bytes:
    """A4 list of everyone checked in and not out, longest first, for an emergency roll call.

    Over several pages the column headings repeat, and every page after the first is headed with the
    title and the time of the list.
    """
    st = styles(PageSize.A4)
    as_of = f"截至 {head.printed_at:%Y-%m-%d %H:%M}"
    story: list[Flowable] = header(head, "在场访客名单", st)
    total = sum(x.people for x in lines)
    story.append(Paragraph(esc(f"{as_of}：{len(lines)} 批，共 {total} 人"), st["body"]))
    story.append(Spacer(1, 2 * mm))
    cell = ParagraphStyle("cell", parent=st["body"], fontSize=9, leading=11.5)
    widths = [w * mm for w in (24, 22, 25, 22, 10, 20, 22, 20, 10)]
    data: list[list] = [["单号", "访客", "电话", "到访房号", "人数", "车牌", "进入", "已停留", "核对"]]
    for x in lines:
        hours, minutes = divmod(x.minutes_on_site, 60)
        data.append([fitted(x.slip_no, widths[0] - 6, cell), Paragraph(esc(x.guest), cell),
                     fitted(x.phone, widths[2] - 6, cell), fitted(x.host_unit, widths[3] - 6, cell), str(x.people),
                     fitted(x.plate, widths[5] - 6, cell), f"{x.checked_in_at:%m-%d %H:%M}",
                     f"{hours}小时{minutes}分", "□"])
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=30)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(table if lines else Paragraph("（当前没有在场访客）", st["body"]))
    story += footer(head, st)
    return build_pdf(story, PageSize.A4, title="在场访客名单", author=head.printed_by,
                     running_head=f"在场访客名单　{as_of}")
