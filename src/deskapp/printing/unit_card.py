"""The unit card 住户信息卡: a unit's residents, phones, notes and holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

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


@dataclass(frozen=True)
class CardResident:
    name: str
    role: str  # 业主 / 租户 / 家属, already in words
    phones: tuple[str, ...]  # formatted
    moved_in: date | None
    status: str  # "" when current, else 已迁出 / 作废：reason
    notes: str = ""


@dataclass(frozen=True)
class CardNote:
    kind: str  # in words: 备注 / 欠费 / …
    text: str
    is_hold: bool
    created: str  # "2024-03-15 张三"


@dataclass(frozen=True)
class UnitCard:
    room_no: str
    building: str
    floor: int | None
    area_m2: str | None
    residents: tuple[CardResident, ...]
    notes: tuple[CardNote, ...]


def render_unit_card(card: UnitCard, head: Letterhead, page: PageSize = PageSize.A4) -> bytes:
    """PDF bytes of the unit card on ``page``; a long card continues on further pages."""
    st = styles(page)
    story: list[Flowable] = header(head, "住户信息卡", st)
    story.append(Paragraph(esc(card.room_no), st["big"]))
    facts = [card.building]
    if card.floor is not None:
        facts.append(f"{card.floor}层")
    if card.area_m2:
        facts.append(f"{card.area_m2} m²")
    story.append(Paragraph(esc("　".join(facts)), st["body"]))

    holds = [n for n in card.notes if n.is_hold]
    if holds:
        story.append(Paragraph("警示", st["section"]))
        for n in holds:
            story.append(Paragraph(esc(f"【{n.kind}】{n.text}（{n.created}）"), st["warn"]))

    story.append(Paragraph("住户", st["section"]))
    if card.residents:
        if page is PageSize.RECEIPT_80:
            for r in card.residents:
                line = f"{r.name}（{r.role}）{' '.join(r.phones)}"
                for extra in (r.status, r.notes):
                    if extra:
                        line += f"　{extra}"
                story.append(Paragraph(esc(line), st["body"]))
        else:
            story.append(_residents_table(card.residents, page, st))
    else:
        story.append(Paragraph("（无住户登记）", st["body"]))

    others = [n for n in card.notes if not n.is_hold]
    if others:
        story.append(Paragraph("备注", st["section"]))
        for n in others:
            story.append(Paragraph(esc(f"{n.text}（{n.created}）"), st["body"]))
    story += footer(head, st)
    return build_pdf(story, page, title=f"住户信息卡 {card.room_no}", author=head.printed_by)


def _residents_table(residents: tuple[CardResident, ...], page: PageSize, st) -> Table:
    """One row per resident; a resident's notes (up to 500 characters) on a full-width row below it.

    The headings repeat on every page; a row that does not fit in what is left of a page splits
    inside the row (its cells top-aligned), so a long status or note continues on the next page.
    """
    rows: list[list] = [["姓名", "身份", "电话", "入住日期", "状态"]]
    commands: list[tuple] = []
    for r in residents:
        rows.append([
            Paragraph(esc(r.name), st["body"]), r.role,
            Paragraph("<br/>".join(esc(p) for p in r.phones), st["body"]),
            r.moved_in.isoformat() if r.moved_in else "",
            Paragraph(esc(r.status), st["body"]),
        ])
        if r.notes:
            rows.append([Paragraph(esc(f"备注：{r.notes}"), st["body"]), "", "", "", ""])
            n = len(rows) - 1
            commands.append(("SPAN", (0, n), (-1, n)))
    total = text_width(page)
    table = Table(rows, colWidths=[w * total for w in (0.21, 0.10, 0.23, 0.18, 0.28)], repeatRows=1,
                  splitInRow=30)
    fs = st["body"].fontSize
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, fs),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *commands,
    ]))
    return table
