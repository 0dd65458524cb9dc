"""Access-card printouts: the receipt 办卡回执 handed to the applicant at registration (the receipt number
in large digits and as a QR code, scanned back when the card is collected), the hand-over record 业户卡
签收单 with the signature drawn on screen, and the door system's daily list 门禁授权变更单."""

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
    block_width,
    build_pdf,
    esc,
    fact_table,
    fitted,
    footer,
    header,
    numbered_heading,
    styles,
    text_width,
)

RECEIPT_TITLE = "业户卡办卡回执"
HANDOVER_TITLE = "业户卡签收单"
DOOR_TITLE = "门禁授权变更单"


@dataclass(frozen=True)
class CardReceipt:
    number: str  # K…
    site: str
    room_no: str
    applicant: str
    id_text: str  # the document's kind and its masked number
    card_type: str  # 业户卡 / 临时卡
    fee: str  # ¥20.00
    pickup: datetime  # local
    consent: str  # "" for an owner
    remarks: str
    registered_by: str
    registered_at: datetime  # local
    requirements: tuple[str, ...]
    reprint: int = 0


def render_card_receipt(r: CardReceipt, head: Letterhead, page: PageSize = PageSize.A5) -> bytes:
    """The receipt: number and QR, who, which unit, which card, the fee and when to collect it."""
    st = styles(page)
    copy = f"（补打 第{r.reprint}次）" if r.reprint else ""
    story: list[Flowable] = header(head, RECEIPT_TITLE + copy, st)
    if r.reprint:
        story.append(Paragraph(esc(f"补打件，非原件（第{r.reprint}次补打）"), st["warn"]))
    story += numbered_heading(r.number, page, st, qr_mm=34)
    rows = [("房号", f"{r.site} {r.room_no}".strip()), ("申请人", r.applicant), ("证件", r.id_text),
            ("卡类型", r.card_type), ("费用", r.fee), ("约定取卡", f"{r.pickup:%Y-%m-%d %H:%M}")]
    if r.consent:
        rows.append(("业主同意", r.consent))
    if r.remarks:
        rows.append(("备注", r.remarks))
    rows.append(("经办", f"{r.registered_by} {r.registered_at:%Y-%m-%d %H:%M}"))
    story += fact_table(rows, page, st, label_share=0.24)
    story.append(Spacer(1, 2 * mm))
    if r.requirements:
        story.append(Paragraph(esc("已告知办卡须知：" + "；".join(r.requirements)), st["foot"]))
    story.append(Paragraph(esc("请凭本回执到服务中心前台取卡，取卡时交回本回执并签收。"), st["body"]))
    story += footer(head, st)
    return build_pdf(story, page, title=f"{RECEIPT_TITLE} {r.number}", author=head.printed_by)


class SignatureBox(Flowable):
    """The applicant's signature as drawn on screen (strokes in a 1000 × 400 box), in a framed box."""

    def __init__(self, strokes: tuple[tuple[tuple[int, int], ...], ...], width: float) -> None:
        super().__init__()
        self.strokes = strokes
        self.width, self.height = width, width * 0.4

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(colors.lightgrey)
        c.setLineWidth(0.5)
        c.rect(0, 0, self.width, self.height)
        c.setStrokeColor(colors.black)
        c.setLineWidth(1.1)
        c.setLineCap(1)
        c.setLineJoin(1)
        sx, sy = self.width / 1000, self.height / 400
        for stroke in self.strokes:
            if len(stroke) == 1:
                x, y = stroke[0]
                c.circle(x * sx, self.height - y * sy, 0.6, stroke=1, fill=1)
                continue
            path = c.beginPath()
            x, y = stroke[0]
            path.moveTo(x * sx, self.height - y * sy)
            for x, y in stroke[1:]:
                path.lineTo(x * sx, self.height - y * sy)
            c.drawPath(path, stroke=1, fill=0)
        c.restoreState()


@dataclass(frozen=True)
class StepLine:
    step: str  # 告知须知, 核验身份, …
    done: str  # "2026-03-02 09:31 赵敏 desk-1"
    detail: str


@dataclass(frozen=True)
class Handover:
    number: str
    site: str
    room_no: str
    applicant: str
    id_text: str
    card_no: str
    card_type: str
    valid_until: date | None
    paid: str  # "¥20.00 微信 WX420…" or "免费：…"
    steps: tuple[StepLine, ...]
    strokes: tuple[tuple[tuple[int, int], ...], ...]
    collected_at: datetime  # local
    collected_by: str


def render_handover(h: Handover, head: Letterhead, page: PageSize = PageSize.A5) -> bytes:
    """The hand-over record: the card handed over, each step with who and when, and the signature."""
    st = styles(page)
    story: list[Flowable] = header(head, HANDOVER_TITLE, st)
    story += numbered_heading(h.number, page, st, qr_mm=24)
    rows = [("房号", f"{h.site} {h.room_no}".strip()), ("领卡人", h.applicant), ("证件", h.id_text),
            ("卡号", h.card_no), ("卡类型", h.card_type + (f"（有效至 {h.valid_until:%Y-%m-%d}）" if h.valid_until else "")),
            ("费用", h.paid), ("签收", f"{h.collected_at:%Y-%m-%d %H:%M}　经办 {h.collected_by}")]
    story += fact_table(rows, page, st, label_share=0.24)
    story.append(Spacer(1, 2 * mm))
    width = block_width(page)
    size = 8 if page is PageSize.RECEIPT_80 else 9
    cell = ParagraphStyle("cell", parent=st["body"], fontSize=size, leading=size * 1.3)
    widths = [width * 0.2, width * 0.38, width * 0.42]
    data: list[list] = [["办理环节", "时间 · 经办 · 工作站", "内容"]]
    data += [[fitted(x.step, widths[0] - 6, cell), Paragraph(esc(x.done), cell), Paragraph(esc(x.detail), cell)]
             for x in h.steps]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=20)
    table.setStyle(_grid(size))
    story.append(table)
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(esc("领卡人签名（屏幕签名）："), st["body"]))
    story.append(SignatureBox(h.strokes, min(width, text_width(page)) * 0.8))
    story.append(Paragraph(esc("本人已领取上述门禁卡并交回办卡回执。"), st["foot"]))
    story += footer(head, st)
    return build_pdf(story, page, title=f"{HANDOVER_TITLE} {h.number}", author=head.printed_by)


def _grid(size: float) -> TableStyle:
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, size),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ])


@dataclass(frozen=True)
class DoorListLine:
    card_no: str
    room_no: str
    holder: str
    what: str  # 挂失, 退卡, 授权, 解挂, …
    when: str  # "09:31 赵敏"
    validity: str  # "" or "至 2026-04-01"


def render_door_list(day: date, deactivate: list[DoorListLine], authorised: list[DoorListLine],
                     head: Letterhead) -> bytes:
    """The day's list for whoever programs the door controllers: cards to take off, cards to put on;
    a tick box on each line."""
    st = styles(PageSize.A4)
    story: list[Flowable] = header(head, DOOR_TITLE, st)
    story.append(Paragraph(esc(f"日期：{day:%Y-%m-%d}"), st["body"]))
    cell = ParagraphStyle("cell", parent=st["body"], fontSize=9, leading=11.5)
    widths = [w * mm for w in (34, 24, 34, 18, 38, 22, 10)]
    for heading, lines, empty in (("需停用（挂失、补卡、退卡、过期）", deactivate, "（今天没有需停用的卡）"),
                                  ("需授权（新卡、补卡、解挂）", authorised, "（今天没有新授权的卡）")):
        story.append(Paragraph(esc(f"{heading}：{len(lines)} 张"), st["section"]))
        if not lines:
            story.append(Paragraph(esc(empty), st["body"]))
            continue
        data: list[list] = [["卡号", "房号", "持卡人", "事项", "时间 · 经办", "有效期", "已办"]]
        data += [[fitted(x.card_no, widths[0] - 6, cell), fitted(x.room_no, widths[1] - 6, cell),
                  Paragraph(esc(x.holder), cell), x.what, Paragraph(esc(x.when), cell),
                  Paragraph(esc(x.validity or "长期"), cell), "□"] for x in lines]
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=30)
        table.setStyle(_grid(9))
        story.append(table)
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(esc("门禁系统操作人：__________　完成时间：__________"), st["body"]))
    story += footer(head, st)
    return build_pdf(story, PageSize.A4, title=DOOR_TITLE, author=head.printed_by,
                     running_head=f"{DOOR_TITLE}　{day:%Y-%m-%d}")
