"""Rare characters (生僻字) print: per character the fallback font, embedded as a subset, read back."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from deskapp.printing.common import Letterhead, PageSize
from deskapp.printing.fonts import EXT_FONT, FONT, can_print, markup, runs
from deskapp.printing.unit_card import CardResident, UnitCard, render_unit_card
from deskapp.printing.visitor_slip import RollCallLine, Slip, render_roll_call, render_slip
from deskapp.printing.work_order import WorkOrder, render_work_order
from tests.printing.pdfcheck import check_pages, joined, page_texts, qr_codes, reader

HEAD = Letterhead("保利物业", "和光晨樾服务中心", "020-38881234", "1001 李娜", "前台1", datetime(2026, 3, 2, 9, 30))
# 𠮷 and 𪚥: CJK Extension B; 㐀: Extension A; 𫖮 (as in 王𫖮): Extension C, one of 通用规范汉字表.
NAME = "𠮷野𪚥㐀王𫖮"
# The 196 characters of the Table of General Standard Chinese Characters (通用规范汉字表) outside the
# BMP (Unihan kTGH): with Extension A, what GB 18030-2022 implementation level 2 adds to level 1.
GENERAL_STANDARD_OUTSIDE_BMP = (
    "𠅤𠙶𠳐𡎚𡐓𣗋𣲗𣲘𣸣𤧛𤩽𤫉𥔲𥕢𥖨𥻗𦈡𦒍𦙶𦝼𦭜𦰡𧿹𨐈𨙸𨚕𨟠𨭉𨱇𨱏𨱑𨱔𨺙𩽾𩾃𩾌𪟝𪣻𪤗𪨰𪨶𪩘𪾢𫄧𫄨𫄷𫄸𫇭𫌀𫍣𫍯"
    "𫍲𫍽𫐄𫐐𫐓𫑡𫓧𫓯𫓶𫓹𫔍𫔎𫔶𫖮𫖯𫖳𫗧𫗴𫘜𫘝𫘦𫘧𫘨𫘪𫘬𫚕𫚖𫚭𫛭𫞩𫟅𫟦𫟹𫟼𫠆𫠊𫠜𫢸𫫇𫭟𫭢𫭼𫮃𫰛𫵷𫶇𫷷𫸩𬀩𬀪𬂩𬃊𬇕𬇙"
    "𬇹𬉼𬊈𬊤𬌗𬍛𬍡𬍤𬒈𬒔𬒗𬕂𬘓𬘘𬘡𬘩𬘫𬘬𬘭𬘯𬙂𬙊𬙋𬜬𬜯𬞟𬟁𬟽𬣙𬣞𬣡𬣳𬤇𬤊𬤝𬨂𬨎𬩽𬪩𬬩𬬭𬬮𬬱𬬸𬬹𬬻𬬿𬭁𬭊𬭎𬭚"
    "𬭛𬭤𬭩𬭬𬭯𬭳𬭶𬭸𬭼𬮱𬮿𬯀𬯎𬱖𬱟𬳵𬳶𬳽𬳿𬴂𬴃𬴊𬶋𬶍𬶏𬶐𬶟𬶠𬶨𬶭𬶮𬷕𬸘𬸚𬸣𬸦𬸪𬹼𬺈𬺓"
)


def embedded_fonts(pdf: bytes) -> dict[str, object]:
    """Base font name → its font descriptor, for every font on every page."""
    found = {}
    for page in reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font["/FontDescriptor"].get_object()
    return found


def test_the_fonts_cover_the_cjk_planes_a_name_may_use():
    assert len(GENERAL_STANDARD_OUTSIDE_BMP) == 196
    missing = [ch for ch in GENERAL_STANDARD_OUTSIDE_BMP if not can_print(ch)]
    assert missing == []
    ranges = {"URO": (0x4E00, 0x9FEA), "Extension A": (0x3400, 0x4DB5), "Extension B": (0x20000, 0x2A6D6)}
    for block, (first, last) in ranges.items():
        missing = [hex(cp) for cp in range(first, last + 1) if not can_print(chr(cp))]
        assert missing == [], (block, missing[:5])
    assert not can_print("😀")  # emoji stay refused: neither font has them


def test_text_is_cut_into_runs_by_the_font_that_has_the_glyph():
    assert list(runs("王建国")) == [(FONT, "王建国")]
    assert list(runs("𠮷野家")) == [(EXT_FONT, "𠮷"), (FONT, "野家")]
    assert list(runs("王𫖮 𪚥㐀")) == [(FONT, "王"), (EXT_FONT, "𫖮"), (FONT, " "), (EXT_FONT, "𪚥㐀")]
    assert list(runs("")) == []
    assert markup("<b>𠮷</b>&\n王") == f'&lt;b&gt;<font face="{EXT_FONT}">𠮷</font>&lt;/b&gt;&amp;<br/>王'


@pytest.mark.parametrize("page", list(PageSize))
def test_a_guest_with_a_rare_name_prints_and_reads_back(page):
    slip = Slip("V00001236", "保利·和光晨樾", NAME, "136****1111", "3-2-1502", 1, "粤A12345", f"探访{NAME}",
                datetime(2026, 3, 2, 9, 30), datetime(2026, 3, 2, 11, 30))
    pdf = render_slip(slip, HEAD, page)
    text = joined(check_pages(pdf, "访客单 V00001236"))
    assert NAME in text and f"探访{NAME}" in text
    assert qr_codes(pdf) == ["V00001236"]
    fonts = embedded_fonts(pdf)
    assert {name.split("+")[1] for name in fonts} == {"WenQuanYiMicroHei-0", "DeskCJK-Ext"}
    for name, descriptor in fonts.items():
        assert "+" in name and "/FontFile2" in descriptor  # embedded, as a subset


def test_rare_characters_in_every_printout():
    card = UnitCard("3-2-1502", "3栋", 15, None, (CardResident(NAME, "业主", (), date(2020, 1, 1), "", NAME),), ())
    for page in PageSize:
        assert NAME in joined(page_texts(render_unit_card(card, HEAD, page)))
        order = WorkOrder("R0000123", "报修", "工程部", NAME, "3-2-1502", NAME, f"{NAME}家漏水",
                          datetime(2026, 3, 2, 9, 30), None, "", None)
        assert f"{NAME}家漏水" in joined(page_texts(render_work_order(order, HEAD, page)))
    line = RollCallLine("V00001236", NAME, "", "3-2-1502", 1, "", datetime(2026, 3, 2, 9, 0), 30)
    assert NAME in joined(page_texts(render_roll_call([line], HEAD)))
    assert NAME in joined(page_texts(render_slip(
        Slip("V00001236", NAME, NAME, "", "3-2-1502", 1, "", "", datetime(2026, 3, 2), datetime(2026, 3, 2)),
        Letterhead(NAME, NAME, "", f"1001 {NAME}", NAME, datetime(2026, 3, 2)))))


def test_a_printout_without_rare_characters_embeds_only_the_main_font():
    slip = Slip("V00001236", "保利·和光晨樾", "刘洋", "136****1111", "3-2-1502", 2, "粤A12345", "探亲",
                datetime(2026, 3, 2, 9, 30), datetime(2026, 3, 2, 11, 30))
    assert [name.split("+")[1] for name in embedded_fonts(render_slip(slip, HEAD))] == ["WenQuanYiMicroHei-0"]


def test_the_screen_finds_the_fallback_font_for_a_rare_character(qapp):
    from PySide6.QtGui import QFont, QTextLayout

    from deskapp.ui.fonts import add_application_fonts

    assert add_application_fonts() == ["DeskCJK Ext"]
    for ch in ("𠮷", "㐀", "𫖮"):
        layout = QTextLayout(ch, QFont())
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        (run,) = layout.glyphRuns()
        assert run.rawFont().supportsCharacter(ord(ch)), ch  # a real glyph, not a box
