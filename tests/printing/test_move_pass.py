"""The move-out pass read back: both parts' text, the QR code is the number, 补打 on a reprint, the
longest item list paging onto further pages, the 80 mm roll as two tickets."""

from datetime import datetime, time

import pytest

from deskapp.domain.errors import PermissionDenied
from deskapp.domain.identity import IdType
from deskapp.domain.passes import MAX_ITEMS, ItemLine
from deskapp.domain.roles import Role
from deskapp.printing.common import Letterhead, PageSize
from deskapp.printing.move_pass import (
    CUT_TEXT,
    RED_COPY,
    STUB,
    PassItemLine,
    PassSlip,
    render_move_pass,
)
from deskapp.printing.pages import ALLOWED_PAGES, DEFAULT_PAGES, DocumentKind
from deskapp.services.passes import Applicant
from deskapp.services.timeutil import local_date
from tests.conftest import START
from tests.printing.pdfcheck import check_pages, check_roll, longest, page_texts, qr_codes, squash

HEAD = Letterhead("保利物业", "和光晨樾服务中心", "020-38881234", "1001 李娜", "前台1", datetime(2026, 3, 2, 9, 30))
SLIP = PassSlip("P00007591", "保利·和光晨樾", "3-2-1502", "搬家张师傅", "居民身份证 1101**********1233",
                "业主王建国 电话确认 2026-03-02 09:25", (PassItemLine("冰箱", 1, "台"), PassItemLine("纸箱", 12, "箱")),
                datetime(2026, 3, 2, 8, 0), datetime(2026, 3, 2, 18, 0), "粤A12345", "张师傅等3人", "走货梯",
                "李娜", datetime(2026, 3, 2, 9, 30))


def text_of(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


@pytest.mark.parametrize("page", [PageSize.A4, PageSize.A5, PageSize.RECEIPT_80])
def test_both_parts_read_back_with_the_number_as_qr(page):
    pdf = render_move_pass(SLIP, HEAD, page)
    text = text_of(pdf)
    for part in (STUB, RED_COPY):
        assert text.count(squash(f"大件物品放行条·{part}")) == 1, part
    assert text.count("P00007591") >= 2  # each part (and the running head of a further page)
    for expected in ("保利·和光晨樾 3-2-1502", "搬家张师傅", "1101**********1233", "业主王建国 电话确认",
                     "冰箱", "纸箱", "2026-03-02 08:00–18:00", "粤A12345", "张师傅等3人", "走货梯", "李娜 2026-03-02 09:30"):
        assert text.count(squash(expected)) == 2, expected  # on the stub and on the red copy
    assert squash("申请人签字") in text and squash("门岗核验") in text
    assert "补打" not in text
    pages = page_texts(pdf)
    if page is PageSize.A4:
        assert squash(CUT_TEXT) in text
        assert len(pages) == 1  # both parts on one sheet, cut apart
        assert qr_codes(pdf) == ["P00007591", "P00007591"]
    else:  # A5: a page each; the roll: a ticket each, the stub's ending with the cut mark
        assert len(pages) == 2 and STUB in pages[0] and RED_COPY in squash(pages[1])
        assert qr_codes(pdf) == ["P00007591"]  # the first page: the stub
    if page is PageSize.RECEIPT_80:
        assert squash(CUT_TEXT) in squash(pages[0])
        assert check_roll(pdf) == 2


def test_a_reprint_says_so_on_both_parts():
    text = text_of(render_move_pass(SLIP.__class__(**{**SLIP.__dict__, "reprint": 2}), HEAD))
    assert text.count(squash("（补打第2次）")) == 2 and "补打件" in text


@pytest.mark.parametrize("page", [PageSize.A4, PageSize.A5, PageSize.RECEIPT_80])
def test_the_longest_item_list_pages(page):
    items = tuple(PassItemLine(longest(40, f"物{n}"), 999, "箱") for n in range(MAX_ITEMS))
    pdf = render_move_pass(SLIP.__class__(**{**SLIP.__dict__, "items": items}), HEAD, page)
    texts = check_pages(pdf, "大件物品放行条 P00007591")  # 第 k 页 共 n 页, the running head after the first
    assert len(texts) > 2
    text = squash("".join(texts))
    for n in range(MAX_ITEMS):
        assert text.count(squash(f"物{n}")) >= 2, n  # every line on both parts
    assert text.count(str(999 * MAX_ITEMS)) == 2  # the total on each part
    if page is PageSize.RECEIPT_80:
        check_roll(pdf)


def test_the_kind_is_known_to_the_page_settings():
    assert DEFAULT_PAGES[DocumentKind.MOVE_PASS] is PageSize.A4
    assert PageSize.RECEIPT_80 in ALLOWED_PAGES[DocumentKind.MOVE_PASS]


def test_the_print_service_prints_and_records_a_reprint(world, admin, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    owner = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    p = world.passes.issue(desk, unit="3-2-1502",
                           applicant=Applicant(IdType.RESIDENT_ID, "110101199003071233", resident_id=owner.id),
                           items=[ItemLine("冰箱", 1, "台")], moving_day=local_date(START), start=time(0, 0),
                           end=time(23, 59))
    printout = world.printing.move_pass(desk, p.id)
    assert printout.kind == DocumentKind.MOVE_PASS and "补打" not in text_of(printout.pdf)
    assert qr_codes(printout.pdf) == [p.number, p.number]
    assert "110101199003071233" not in text_of(printout.pdf) and "1101**********1233" in text_of(printout.pdf)
    again = world.printing.move_pass(desk, p.id, PageSize.A5, reprint=True)
    assert "补打第1次" in text_of(again.pdf) and world.passes.get(desk, p.id).reprints == 1
    guard = world.member(admin, "3001", Role.GUARD)
    with pytest.raises(PermissionDenied):
        world.printing.move_pass(guard, p.id)


@pytest.mark.parametrize("page", ALLOWED_PAGES[DocumentKind.MOVE_PASS])
def test_the_test_page(world, desk, page):
    from deskapp.services.sample_printouts import sample_printout

    printout = sample_printout(world.printing, desk, DocumentKind.MOVE_PASS, page)
    assert "测试页" in text_of(printout.pdf) and qr_codes(printout.pdf)[0] == "P00000000"


def test_the_reconciliation_lists_red_copies_missing_and_passes_never_collected(world, admin, desk, clock):
    from datetime import timedelta

    unit = world.directory.create_unit(desk, "3-2-1502")
    owner = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    guard = world.member(admin, "3001", Role.GUARD, name="陈强")
    issued = [world.passes.issue(desk, unit="3-2-1502",
                                 applicant=Applicant(IdType.RESIDENT_ID, "110101199003071233", resident_id=owner.id),
                                 items=[ItemLine("冰箱", 1, "台")], moving_day=local_date(START), start=time(0, 0),
                                 end=time(23, 59)) for _ in range(3)]
    world.passes.collect(guard, issued[0].number, gate="北门")
    world.passes.collect(guard, issued[1].number, gate="北门")
    world.passes.return_red_copy(desk, issued[1].number)
    clock.advance(days=1)
    day = local_date(START)
    printout = world.printing.pass_reconciliation(desk, day, day + timedelta(days=6))
    text = text_of(printout.pdf)
    assert "放行条核对表" in text and "已放行、放行联未交回：1张" in text and "已开具、未放行（已过期）：1张" in text
    assert issued[0].number in text and issued[2].number in text and issued[1].number not in text
    assert "北门陈强" in text
    with pytest.raises(PermissionDenied):
        world.printing.pass_reconciliation(guard, day, day)
