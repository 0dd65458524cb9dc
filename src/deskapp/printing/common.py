"""Fonts, page sizes and the shared header/footer of every printout."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from deskapp.paths import resource_path
from deskapp.printing.pages import PAGE_LABELS, PageSize  # noqa: F401 - re-exported

FONT = "DeskCJK"
_registered = False


def register_fonts() -> None:
    """Register the shipped WenQuanYi Micro Hei once; reportlab embeds the glyphs used as a subset."""
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "wqy-microhei.ttc")), subfontIndex=0))
    _registered = True


ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm


@dataclass(frozen=True)
class Letterhead:
    """Who prints: the company and service centre on top, staff, station and time below."""

    company: str
    centre: str
    centre_phone: str
    printed_by: str
    station: str
    printed_at: datetime  # local time


def styles(page: PageSize) -> dict[str, ParagraphStyle]:
    register_fonts()
    small = page is PageSize.RECEIPT_80
    base = 8.5 if small else 10
    common = {"fontName": FONT, "wordWrap": "CJK"}
    return {
        "head": ParagraphStyle("head", fontSize=base, leading=base * 1.3, alignment=1, textColor=colors.grey, **common),
        "title": ParagraphStyle("title", fontSize=base + 6, leading=(base + 6) * 1.3, alignment=1,
                                spaceAfter=2 * mm, **common),
        "big": ParagraphStyle("big", fontSize=base + 10, leading=(base + 10) * 1.25, alignment=1, **common),
        "body": ParagraphStyle("body", fontSize=base, leading=base * 1.4, **common),
        "warn": ParagraphStyle("warn", fontSize=base, leading=base * 1.4, textColor=colors.HexColor("#b00020"),
                               **common),
        "section": ParagraphStyle("section", fontSize=base + 1.5, leading=(base + 1.5) * 1.4,
                                  spaceBefore=2 * mm, spaceAfter=1 * mm, **common),
        "foot": ParagraphStyle("foot", fontSize=base - 1.5, leading=(base - 1.5) * 1.3, textColor=colors.grey,
                               **common),
    }


def esc(text: str) -> str:
    """Text for a reportlab Paragraph, which reads a little XML."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def header(head: Letterhead, title: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    line = " · ".join(p for p in (head.company, head.centre, head.centre_phone) if p)
    return [Paragraph(esc(line), st["head"]), Spacer(1, 1.5 * mm), Paragraph(esc(title), st["title"])]


def footer(head: Letterhead, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    text = f"打印：{head.printed_by}　工作站：{head.station}　时间：{head.printed_at:%Y-%m-%d %H:%M}"
    return [Spacer(1, 3 * mm), Paragraph(esc(text), st["foot"])]


def build_pdf(story: Sequence[Flowable], page: PageSize, *, title: str, author: str) -> bytes:
    """Lay ``story`` out on ``page``; an 80 mm roll is exactly as long as its content."""
    buf = io.BytesIO()
    if page is PageSize.RECEIPT_80:
        # The frame keeps 6 pt of padding on each side inside the margins.
        width = ROLL_WIDTH - 2 * ROLL_MARGIN - 12
        height = sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
        size = (ROLL_WIDTH, height + 2 * ROLL_MARGIN + 12 + 4 * mm)
        margins = {"leftMargin": ROLL_MARGIN, "rightMargin": ROLL_MARGIN, "topMargin": ROLL_MARGIN,
                   "bottomMargin": ROLL_MARGIN}
    else:
        size = A4 if page is PageSize.A4 else A5
        m = 15 * mm if page is PageSize.A4 else 10 * mm
        margins = {"leftMargin": m, "rightMargin": m, "topMargin": m, "bottomMargin": m}
    # The canvas starts in our font, so no unembedded base-14 font (Helvetica) is in the file.
    doc = SimpleDocTemplate(buf, pagesize=size, title=title, author=author, creator="deskapp",
                            initialFontName=FONT, initialFontSize=10, **margins)
    doc.build(list(story))
    return buf.getvalue()


def qr_code(value: str, size_mm: float) -> Flowable:
    """A QR code of ``value`` (error correction M), ``size_mm`` square, centred."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    side = size_mm * mm
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(widget)
    drawing.hAlign = "CENTER"
    return drawing


def numbered_heading(number: str, page: PageSize, st: dict[str, ParagraphStyle], *, qr_mm: float) -> list[Flowable]:
    """The document's number in large type with its QR code below, for scanning at the gate or on site."""
    side = qr_mm - 6 if page is PageSize.RECEIPT_80 else qr_mm
    return [Paragraph(esc(number), st["big"]), Spacer(1, 2 * mm), qr_code(number, side), Spacer(1, 2 * mm)]


def fact_table(rows: list[tuple[str, str]], page: PageSize, st: dict[str, ParagraphStyle], *,
               label_share: float = 0.27) -> Flowable:
    """Label and value lines, the labels grey, the values wrapping; sized to the page."""
    from reportlab.platypus import Table, TableStyle

    width = ROLL_WIDTH - 2 * ROLL_MARGIN - 12 if page is PageSize.RECEIPT_80 else (
        118 * mm if page is PageSize.A5 else 150 * mm)
    table = Table([[k, Paragraph(esc(v), st["body"])] for k, v in rows],
                  colWidths=[width * label_share, width * (1 - label_share)])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, st["body"].fontSize),
        ("TEXTCOLOR", (0, 0), (0, -1), colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.lightgrey),
    ]))
    return table
