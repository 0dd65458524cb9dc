"""The work-order slip 派工单 handed to the person dispatched, with the request number as a QR code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from deskapp.printing.common import (
    Letterhead,
    PageSize,
    Paragraph,
    build_pdf,
    fact_table,
    footer,
    header,
    numbered_heading,
    styles,
)


@dataclass(frozen=True)
class WorkOrder:
    number: str
    category: str  # in words: 报修 …
    department: str
    assignee: str
    place: str  # room number or the public area
    contact: str  # name and phone
    description: str
    registered_at: datetime  # local
    promised_at: datetime | None
    paid: str  # "更换水龙头 ¥35.50，当天上门" or ""
    booked_at: datetime | None


def render_work_order(order: WorkOrder, head: Letterhead, page: PageSize = PageSize.A5) -> bytes:
    st = styles(page)
    story: list[Flowable] = header(head, "派工单", st)
    story += numbered_heading(order.number, page, st, qr_mm=32)
    rows = [("类别", order.category), ("负责部门", order.department), ("派给", order.assignee or "—"),
            ("地点", order.place), ("联系人", order.contact or "—"), ("内容", order.description),
            ("受理时间", f"{order.registered_at:%Y-%m-%d %H:%M}"),
            ("承诺完成", f"{order.promised_at:%Y-%m-%d %H:%M}" if order.promised_at else "—")]
    if order.paid:
        rows.append(("有偿服务", order.paid))
    if order.booked_at:
        rows.append(("预约上门", f"{order.booked_at:%Y-%m-%d %H:%M}"))
    story += fact_table(rows, page, st, label_share=0.26)
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph("完成情况：________________________　业主签字：__________", st["body"]))
    story += footer(head, st)
    return build_pdf(story, page, title=f"派工单 {order.number}", author=head.printed_by)
