"""The visitor slip and the roll call, read back: Chinese text, and the QR code decodes to the slip number."""

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from deskapp.domain.errors import PermissionDenied
from deskapp.domain.identity import mask_phone
from deskapp.domain.roles import Role
from deskapp.printing.common import Letterhead, PageSize
from deskapp.printing.visitor_slip import (
    RollCallLine,
    Slip,
    render_roll_call,
    render_slip,
)
from tests.printing.pdfcheck import qr_codes

HEAD = Letterhead("保利物业", "和光晨樾服务中心", "020-38881234", "1001 李娜", "前台1", datetime(2026, 3, 2, 9, 30))
SLIP = Slip("V00001236", "保利·和光晨樾", "刘洋", "136****1111", "3-2-1502", 2, "粤A12345", "探亲",
            datetime(2026, 3, 2, 9, 30), datetime(2026, 3, 2, 11, 30))


def text_of(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")


@pytest.mark.parametrize("page", [PageSize.A5, PageSize.RECEIPT_80])
def test_the_slip_reads_back_and_its_qr_code_is_the_slip_number(page):
    pdf = render_slip(SLIP, HEAD, page)
    text = text_of(pdf)
    for expected in ("访客单", "V00001236", "刘洋", "136****1111", "3-2-1502", "粤A12345", "探亲",
                     "2026-03-02 09:30", "2026-03-02 11:30", "离开时请将本单交回门岗"):
        assert expected in text, expected
    assert qr_codes(pdf) == ["V00001236"]
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_a_reprint_says_so():
    assert "访客单（补打）" in text_of(render_slip(SLIP, HEAD, copy=True))
    assert "补打" not in text_of(render_slip(SLIP, HEAD))


def test_phones_are_masked_on_a_slip_a_stranger_may_read():
    assert mask_phone("13600001111") == "136****1111"
    assert mask_phone("02038881234") == "020****1234"
    assert mask_phone(None) == ""


def test_the_roll_call_lists_everyone_with_totals():
    lines = [RollCallLine("V00001236", "刘洋", "136 0000 1111", "3-2-1502", 2, "粤A12345", datetime(2026, 3, 2, 8, 0), 90),
             RollCallLine("V00001244", "陈静", "", "5-1-101", 1, "", datetime(2026, 3, 2, 9, 0), 30)]
    text = text_of(render_roll_call(lines, HEAD))
    assert "在场访客名单" in text and "2 批，共 3 人" in text and "1小时30分" in text and "陈静" in text
    assert "当前没有在场访客" in text_of(render_roll_call([], HEAD))


def test_the_print_service_prints_a_checked_in_guest(world, admin, desk):
    world.directory.create_unit(desk, "3-2-1502")
    g = world.guests.check_in(desk, name="刘洋", phone="13600001111", host_unit="3-2-1502", stay_minutes=60)
    printout = world.printing.visitor_slip(desk, g.id, PageSize.RECEIPT_80)
    assert qr_codes(printout.pdf) == [g.slip_no] and "136****1111" in text_of(printout.pdf)
    assert "刘洋" in text_of(world.printing.roll_call(desk).pdf)
    guard = world.member(admin, "3001", Role.GUARD)
    assert world.printing.visitor_slip(guard, g.id).pdf  # a guard at the gate prints slips
    operator = world.member(admin, "2001", Role.CONTROL_OPERATOR)
    with pytest.raises(PermissionDenied):
        world.printing.visitor_slip(operator, g.id)


def test_the_work_order_slip_reads_back_with_its_qr_code(world, desk):
    from deskapp.domain.requests import Department
    from deskapp.domain.visits import Purpose

    unit = world.directory.create_unit(desk, "3-2-1502")
    world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13812345678"])
    request = world.requests.register(desk, unit="3-2-1502", contact_name="王先生", contact_phone="13812345678",
                                      category=Purpose.REPAIR, description="厨房水管漏水",
                                      department=Department.ENGINEERING, paid_item="更换水龙头", fee="35.5",
                                      service_promise="保修3个月")
    world.requests.dispatch(desk, request.id, assignee="维修工刘师傅")
    for page in (PageSize.A5, PageSize.RECEIPT_80):
        printout = world.printing.work_order(desk, request.id, page)
        text = text_of(printout.pdf)
        for expected in ("派工单", request.number, "报修", "工程部", "维修工刘师傅", "3-2-1502", "王先生 138 1234 5678",
                         "厨房水管漏水", "更换水龙头 ¥35.50，保修3个月"):
            assert expected in text, expected
        assert qr_codes(printout.pdf) == [request.number]
