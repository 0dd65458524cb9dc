"""The unit card PDF, read back: Chinese text, embedded font, page sizes."""

import io
from datetime import datetime

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from deskapp.domain.errors import PermissionDenied
from deskapp.domain.roles import Role
from deskapp.printing.common import Letterhead, PageSize
from deskapp.printing.unit_card import CardNote, CardResident, UnitCard, render_unit_card

HEAD = Letterhead("保利物业", "保利花园服务中心", "020-38881234", "8001 赵敏", "前台1", datetime(2026, 3, 2, 9, 30))
CARD = UnitCard(
    room_no="3-2-1502", building="3栋", floor=15, area_m2="128",
    residents=(CardResident("王建国", "业主", ("138 1234 5678",), None, ""),
               CardResident("李秀英", "家属", ("139 0000 5678",), None, "作废：录入错误", "老人独居")),
    notes=(CardNote("欠费", "欠物业费三个月", True, "2026-03-01 赵敏"),
           CardNote("备注", "钥匙寄存前台", False, "2026-03-01 赵敏")),
)


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    # Narrow pages wrap lines wherever they must: compare the text without the breaks.
    return "".join(page.extract_text() for page in reader.pages).replace("\n", "")


def fonts_of(pdf: bytes) -> list:
    reader = PdfReader(io.BytesIO(pdf))
    found = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            found.append((font["/BaseFont"], descriptor.get_object() if descriptor else None))
    return found


@pytest.mark.parametrize("page", list(PageSize))
def test_the_card_carries_its_chinese_text_on_every_page_size(page):
    text = text_of(render_unit_card(CARD, HEAD, page))
    for expected in ("住户信息卡", "3-2-1502", "王建国", "业主", "138 1234 5678", "欠物业费三个月",
                     "钥匙寄存前台", "作废：录入错误", "老人独居", "保利花园服务中心", "8001 赵敏", "前台1"):
        assert expected in text, expected


def test_the_chinese_font_is_embedded_as_a_subset():
    fonts = fonts_of(render_unit_card(CARD, HEAD, PageSize.A5))
    assert fonts
    for base, descriptor in fonts:
        assert "+" in str(base)  # subset tag, e.g. AAAAAA+DeskCJK
        assert descriptor is not None and "/FontFile2" in descriptor


def test_page_sizes():
    sizes = {}
    for page in PageSize:
        box = PdfReader(io.BytesIO(render_unit_card(CARD, HEAD, page))).pages[0].mediabox
        sizes[page] = (round(float(box.width)), round(float(box.height)))
    assert sizes[PageSize.A4] == (595, 842)
    assert sizes[PageSize.A5] == (420, 595)
    width, height = sizes[PageSize.RECEIPT_80]
    assert width == round(80 * mm) and 100 < height < 842  # as long as the content, one page


def test_a_long_card_on_a_receipt_roll_stays_one_page():
    many = UnitCard("3-2-1502", "3栋", 15, None,
                    tuple(CardResident(f"住户{i}", "家属", ("138 1234 5678",), None, "") for i in range(30)), ())
    reader = PdfReader(io.BytesIO(render_unit_card(many, HEAD, PageSize.RECEIPT_80)))
    assert len(reader.pages) == 1
    assert "住户29" in reader.pages[0].extract_text().replace("\n", "")


def test_markup_in_data_is_printed_as_text():
    card = UnitCard("3-2-1502", "3栋", 15, None, (CardResident("<b>王</b>&amp;", "业主", (), None, ""),), ())
    assert "<b>王</b>&amp;" in text_of(render_unit_card(card, HEAD, PageSize.A4))


def test_the_print_service_fills_the_card_from_the_directory(world, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13812345678"])
    world.directory.add_note(desk, unit.id, kind="arrears", text="欠费三个月")
    printout = world.printing.unit_card(desk, unit.id)
    text = text_of(printout.pdf)
    assert "王建国" in text and "138 1234 5678" in text and "欠费三个月" in text and "保利花园服务中心" in text
    assert printout.title == "住户信息卡 3-2-1502"


def test_guards_cannot_print(world, admin):
    guard = world.member(admin, "3001", Role.GUARD)
    unit = world.directory.create_unit(admin, "3-2-1502")
    with pytest.raises(PermissionDenied):
        world.printing.unit_card(guard, unit.id)


def test_a_note_by_nobody_prints_its_date_without_a_stray_space(world, desk):
    """Demo and imported notes have no creator: 「（2026-11-27）」, not 「（2026-11-27 ）」."""
    from sqlalchemy import update

    from deskapp.db.models import UnitNote

    unit = world.directory.create_unit(desk, "3-2-1502")
    world.directory.add_note(desk, unit.id, kind="arrears", text="欠费三个月")
    with world.db.write(None) as s:
        s.execute(update(UnitNote).values(created_by_id=None))
    text = text_of(world.printing.unit_card(desk, unit.id).pdf)
    assert " ）" not in text and " )" not in text
