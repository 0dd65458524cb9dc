"""Fonts, page sizes, the shared header/footer of every printout, and pagination.

Every printout flows onto as many pages as its text needs, on every page size:
- the first page carries the full heading (letterhead, title, number, QR code); every further page
  starts with a running head (the title and the document's number) above a rule;
- when there is more than one page, each page says "第 k 页 共 n 页" at the bottom;
- a long value (a work order's description, a note) wraps and continues on the next page: a
  label/value line (:class:`FactRow`) splits inside its value, a table row taller than a page
  splits inside the row, and the label of the continued part says "（续）";
- an 80 mm roll is as long as its content up to :data:`ROLL_PART_MAX`; longer content is cut into
  parts of exactly that length (each a page, so the printer cuts between them), each numbered.
"""

from __future__ import annotations

import functools
import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer
from reportlab.platypus import Paragraph as _Paragraph

from deskapp.printing.fonts import FONT, draw_string, markup, register_fonts, runs, string_width
from deskapp.printing.pages import PAGE_LABELS, PageSize  # noqa: F401 - re-exported

__all__ = ["FONT", "FactRow", "Letterhead", "PageSize", "Paragraph", "build_pdf", "esc", "fact_table", "fitted", "footer", "header",
           "numbered_heading", "qr_code", "register_fonts", "styles", "text_width"]

ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm
# The longest part of an 80 mm roll. 80 x 297 mm is the standard "roll paper" page of 80 mm receipt
# printer drivers (the CUPS PPD of the common ESC/POS printers, e.g. Zijiang/Xprinter ZJ-80, offers
# 80 x 105, 80 x 210, 80 x 297 and 80 x 3276 mm, the last being the longest page those drivers
# take). 297 mm is the conservative choice: every driver takes it, and a part that long is still
# handled as one slip.
ROLL_PART_MAX = 297 * mm
FRAME_PADDING = 6  # reportlab's default padding inside a frame, on each side (pt)
FOOT_SPACE = 5 * mm  # room kept at the bottom of a page that may be one of several, for its number
HEAD_SPACE = 7 * mm  # the running head at the top of every page after the first
LABEL_SIZE = 7.5
CONTINUED = "（续）"


@dataclass(frozen=True)
class Letterhead:
    """Who prints: the company and service centre on top, staff, station and time below."""

    company: str
    centre: str
    centre_phone: str
    printed_by: str
    station: str
    printed_at: datetime  # local time


class Paragraph(_Paragraph):
    """reportlab's Paragraph, split across pages without inventing spaces in Chinese text.

    When reportlab splits a paragraph of several runs (any text with a rare character in the
    fallback font) it appends a space to each line's last run, as if lines had broken between
    words: in Chinese that puts gaps into the text continued on the next page (and a box where the
    fallback font has no space). A CJK-wrapped paragraph is split into its lines' runs as they are.
    """

    def _get_split_blParaFunc(self):  # noqa: N802 - reportlab's name
        if self.blPara.kind == 1 and getattr(self.style, "wordWrap", None) == "CJK":
            try:
                processed = isinstance(self.frags[0][0], (float, int))
            except (IndexError, TypeError, KeyError):
                processed = False
            if not processed:
                return _split_cjk_lines
        return super()._get_split_blParaFunc()


def _split_cjk_lines(blPara, start: int, stop: int) -> list:
    return [word for line in blPara.lines[start:stop] for word in line.words]


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
        "label": ParagraphStyle("label", fontSize=base, leading=base * 1.4, textColor=colors.grey, **common),
        "warn": ParagraphStyle("warn", fontSize=base, leading=base * 1.4, textColor=colors.HexColor("#b00020"),
                               **common),
        "section": ParagraphStyle("section", fontSize=base + 1.5, leading=(base + 1.5) * 1.4,
                                  spaceBefore=2 * mm, spaceAfter=1 * mm, **common),
        "foot": ParagraphStyle("foot", fontSize=base - 1.5, leading=(base - 1.5) * 1.3, textColor=colors.grey,
                               **common),
    }


def esc(text: str) -> str:
    """Text for a reportlab Paragraph: XML escaped, line breaks kept, rare characters in the fallback font."""
    return markup(text)


def text_width(page: PageSize, *, landscape: bool = False) -> float:
    """The width flowables have on ``page`` (inside margins and the frame's padding)."""
    if page is PageSize.RECEIPT_80:
        return ROLL_WIDTH - 2 * ROLL_MARGIN - 2 * FRAME_PADDING
    size, margin = _sheet(page)
    return size[1 if landscape else 0] - 2 * margin - 2 * FRAME_PADDING


def header(head: Letterhead, title: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    line = " · ".join(p for p in (head.company, head.centre, head.centre_phone) if p)
    return [Paragraph(esc(line), st["head"]), Spacer(1, 1.5 * mm), Paragraph(esc(title), st["title"])]


def footer(head: Letterhead, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    text = f"打印：{head.printed_by}　工作站：{head.station}　时间：{head.printed_at:%Y-%m-%d %H:%M}"
    return [Spacer(1, 3 * mm), Paragraph(esc(text), st["foot"])]


# -- pages ----------------------------------------------------------------------------------------

def _sheet(page: PageSize) -> tuple[tuple[float, float], float]:
    return (A4, 15 * mm) if page is PageSize.A4 else (A5, 10 * mm)


def _numbered_canvas(label_y: float):
    """A canvas that, once the page count is known, writes "第 k 页 共 n 页" on every page of several."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._finished: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._finished.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._finished)
            for number, state in enumerate(self._finished, 1):
                self.__dict__.update(state)
                if total > 1:
                    self.saveState()
                    self.setFillColor(colors.grey)
                    draw_string(self, self._pagesize[0] / 2, label_y, f"第 {number} 页 共 {total} 页", LABEL_SIZE,
                                align="center")
                    self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def _running_head(text: str, margin: float):
    """Draws ``text`` (title and number) at the top of a continuation page, with a rule below it."""

    def draw(canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        usable = width - 2 * margin - 2 * FRAME_PADDING
        size = 9.0
        while size > 5 and string_width(text, size) > usable:
            size -= 0.5
        canv.saveState()
        canv.setFillColor(colors.grey)
        draw_string(canv, margin + FRAME_PADDING, height - margin - size, text, size)
        canv.setStrokeColor(colors.lightgrey)
        canv.setLineWidth(0.5)
        rule_y = height - margin - HEAD_SPACE + 1.5 * mm
        canv.line(margin + FRAME_PADDING, rule_y, width - margin - FRAME_PADDING, rule_y)
        canv.restoreState()

    return draw


def _build(story: Sequence[Flowable], size: tuple[float, float], margin: float, *, numbered: bool,
           title: str, author: str, running_head: str) -> tuple[bytes, int]:
    """Lay ``story`` out on pages of ``size``; returns the PDF and its page count."""
    buf = io.BytesIO()
    width, height = size
    foot = FOOT_SPACE if numbered else 0
    x, y, w = margin, margin + foot, width - 2 * margin
    first = Frame(x, y, w, height - 2 * margin - foot, id="first")
    later = Frame(x, y, w, height - 2 * margin - foot - HEAD_SPACE, id="later")
    # The canvas starts in our font, so no unembedded base-14 font (Helvetica) is in the file.
    doc = BaseDocTemplate(buf, pagesize=size, title=title, author=author, creator="deskapp",
                          initialFontName=FONT, initialFontSize=10, leftMargin=margin, rightMargin=margin,
                          topMargin=margin, bottomMargin=margin)
    doc.addPageTemplates([
        PageTemplate("first", [first], autoNextPageTemplate="later", pagesize=size),
        PageTemplate("later", [later], onPage=_running_head(running_head, margin), pagesize=size),
    ])
    doc.build(list(story), canvasmaker=_numbered_canvas(margin + 1 * mm))
    return buf.getvalue(), doc.page


def build_pdf(story: Sequence[Flowable], page: PageSize, *, title: str, author: str,
              running_head: str | None = None, landscape: bool = False) -> bytes:
    """Lay ``story`` out on ``page``, over as many pages as it needs.

    ``running_head`` (the title and number, default ``title``) heads every page after the first. An
    80 mm roll is exactly as long as its content while that fits in one part of at most
    :data:`ROLL_PART_MAX`; longer content goes on parts of that length, numbered. ``landscape`` turns
    an A4 or A5 sheet (a statutory form with many columns).
    """
    register_fonts()
    head = running_head or title
    if page is not PageSize.RECEIPT_80:
        size, margin = _sheet(page)
        if landscape:
            size = (size[1], size[0])
        return _build(story, size, margin, numbered=True, title=title, author=author, running_head=head)[0]
    width = text_width(page)
    content = sum(f.wrap(width, 100_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
    one_part = content + 2 * ROLL_MARGIN + 2 * FRAME_PADDING + 4 * mm
    if one_part <= ROLL_PART_MAX:
        pdf, pages = _build(story, (ROLL_WIDTH, one_part), ROLL_MARGIN, numbered=False, title=title,
                            author=author, running_head=head)
        if pages == 1:
            return pdf
    return _build(story, (ROLL_WIDTH, ROLL_PART_MAX), ROLL_MARGIN, numbered=True, title=title, author=author,
                  running_head=head)[0]


# -- building blocks ------------------------------------------------------------------------------

QR_QUIET = 4  # modules of white around the code (the standard's quiet zone)


@functools.lru_cache(maxsize=256)
def _qr_runs(value: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The code's size in modules and its dark runs (row, first column, length), encoded once per value:
    a slip's two parts, and its reprints, share one encoding (the encoding is most of a slip's time)."""
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    runs = []
    for r, row in enumerate(code.modules):
        c = 0
        for dark, group in itertools.groupby(bool(m) for m in row):
            count = sum(1 for _ in group)
            if dark:
                runs.append((r, c, count))
            c += count
    return code.getModuleCount(), tuple(runs)


class QrCode(Flowable):
    """A QR code (error correction M), ``side`` points square with its quiet zone, drawn as one path."""

    def __init__(self, value: str, side: float) -> None:
        super().__init__()
        self.value, self.side = value, side
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.side, self.side

    def draw(self) -> None:
        count, runs = _qr_runs(self.value)
        box = self.side / (count + 2 * QR_QUIET)
        path = self.canv.beginPath()
        for r, c, length in runs:
            path.rect((c + QR_QUIET) * box, self.side - (r + QR_QUIET + 1) * box, length * box, box * 1.02)
        self.canv.setFillColorRGB(0, 0, 0)
        self.canv.drawPath(path, stroke=0, fill=1)


def qr_code(value: str, size_mm: float) -> Flowable:
    """A QR code of ``value`` (error correction M), ``size_mm`` square, centred."""
    return QrCode(value, size_mm * mm)


def numbered_heading(number: str, page: PageSize, st: dict[str, ParagraphStyle], *, qr_mm: float) -> list[Flowable]:
    """The document's number in large type with its QR code below, for scanning at the gate or on site."""
    side = qr_mm - 6 if page is PageSize.RECEIPT_80 else qr_mm
    return [Paragraph(esc(number), st["big"]), Spacer(1, 2 * mm), qr_code(number, side), Spacer(1, 2 * mm)]


class FactRow(Flowable):
    """A grey label and its value side by side, a hairline below; a long value continues on the next page."""

    PAD_X = 6
    PAD_Y = 3

    def __init__(self, label: str, value: Paragraph, label_width: float, value_width: float,
                 st: dict[str, ParagraphStyle], *, continued: bool = False, rule: bool = True) -> None:
        super().__init__()
        self.label_text, self.value = label, value
        self.label_width, self.value_width = label_width, value_width
        self.st, self.continued, self.rule = st, continued, rule
        self.label = Paragraph(esc(label + (CONTINUED if continued else "")), st["label"])
        self.hAlign = "CENTER"
        self._label_h = self._value_h = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._label_h = self.label.wrap(self.label_width - 2 * self.PAD_X, availHeight)[1]
        self._value_h = self.value.wrap(self.value_width - 2 * self.PAD_X, availHeight)[1]
        self.width = self.label_width + self.value_width
        self.height = max(self._label_h, self._value_h) + 2 * self.PAD_Y
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        room = availHeight - 2 * self.PAD_Y
        if self.label.wrap(self.label_width - 2 * self.PAD_X, room)[1] > room:
            return []
        parts = self.value.split(self.value_width - 2 * self.PAD_X, room)
        if len(parts) < 2:
            return []  # not even a line fits: the whole row moves to the next page
        head, *rest = parts
        out: list[Flowable] = [FactRow(self.label_text, head, self.label_width, self.value_width, self.st,
                                       continued=self.continued, rule=False)]
        out += [FactRow(self.label_text, part, self.label_width, self.value_width, self.st, continued=True,
                        rule=self.rule) for part in rest]
        return out

    def draw(self) -> None:
        top = self.height - self.PAD_Y
        self.label.drawOn(self.canv, self.PAD_X, top - self._label_h)
        self.value.drawOn(self.canv, self.label_width + self.PAD_X, top - self._value_h)
        if self.rule:
            self.canv.saveState()
            self.canv.setStrokeColor(colors.lightgrey)
            self.canv.setLineWidth(0.25)
            self.canv.line(0, 0, self.width, 0)
            self.canv.restoreState()


def block_width(page: PageSize) -> float:
    """The width of a block of label/value lines or item rows: the roll's whole width, else a column
    narrower than the sheet so that lines stay short enough to read."""
    return text_width(page) if page is PageSize.RECEIPT_80 else (118 * mm if page is PageSize.A5 else 150 * mm)


def fitted(text: str, width: float, style: ParagraphStyle) -> str | Paragraph:
    """A table cell: the plain string when it fits on one line in the main font, else a wrapping Paragraph."""
    # One scan of the text's fonts: only a line all in the main font is measured (as one run).
    if all(font == FONT for font, _ in runs(text)) and pdfmetrics.stringWidth(text, FONT, style.fontSize) <= width:
        return text
    return Paragraph(esc(text), style)


def fact_table(rows: list[tuple[str, str]], page: PageSize, st: dict[str, ParagraphStyle], *,
               label_share: float = 0.27) -> list[Flowable]:
    """Label and value lines, the labels grey, the values wrapping onto further pages when long."""
    width = block_width(page)
    return [FactRow(k, Paragraph(esc(v), st["body"]), width * label_share, width * (1 - label_share), st,
                    rule=i < len(rows) - 1)
            for i, (k, v) in enumerate(rows)]
