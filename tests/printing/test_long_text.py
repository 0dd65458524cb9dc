"""Every printout, on every page size, with the longest text each service accepts in every field.

Long text wraps and continues onto further pages; each page of several says 第 k 页 共 n 页 and every
page after the first repeats the title and the document's number; an 80 mm roll is cut into parts
no longer than ROLL_PART_MAX. Read back with pypdf (text, pages, page numbers) and, where there is
one, the QR code decoded from the rendered first page.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest

from deskapp.domain.roles import Role
from deskapp.printing.common import Letterhead, PageSize
from deskapp.printing.unit_card import CardNote, CardResident, UnitCard, render_unit_card
from deskapp.printing.visitor_slip import RollCallLine, Slip, render_roll_call, render_slip
from deskapp.printing.work_order import WorkOrder, render_work_order
from tests.printing.pdfcheck import (
    CONTINUED_LABEL,
    FILL_BMP,
    check_pages,
    check_roll,
    joined,
    longest,
    page_sizes,
    page_texts,
    qr_codes,
    squash,
)

# The longest text the services accept, field by field (max_len in services/ and domain/).
NAME = 40  # domain/text.py check_person_name: residents, guests, contacts, staff
SITE_TEXT = 80  # services/site.py: site, service centre and company names
CENTRE_PHONE = 20  # services/site.py
STAFF_NO = 16  # domain/accounts.py
STATION = 64  # config.py: station name
AREA = 12  # services/directory.py create_unit
RESIDENT_NOTES = 500  # services/directory.py validate_resident
UNIT_NOTE = 500  # services/directory.py add_note
VOID_REASON = 200  # services/base.py: the reason of a void
PURPOSE = 200  # services/guests.py check_in
PLATE = 12  # services/guests.py check_in
DESCRIPTION = 2000  # services/requests.py register
LOCATION = 100  # services/requests.py register
PAID_ITEM = 100  # services/requests.py register
PROMISE = 200  # services/requests.py register
ASSIGNEE = 40  # services/requests.py dispatch

AT = datetime(2026, 3, 2, 9, 30)
HEAD = Letterhead(longest(SITE_TEXT, "司"), longest(SITE_TEXT, "心"), "0" * CENTRE_PHONE,
                  "A" * STAFF_NO + " " + longest(NAME, "员"), longest(STATION, "站"), AT)
ALL_PAGES = list(PageSize)


def head_texts(head: Letterhead) -> tuple[str, ...]:
    return (head.company, head.centre, *head.printed_by.split(" "), head.station)


# -- work order -------------------------------------------------------------------------------

ORDER = WorkOrder("R0012345", "报修", "工程部", longest(ASSIGNEE, "派"), longest(LOCATION, "地"),
                  longest(NAME, "联") + " 138 1234 5678", longest(DESCRIPTION, "述"), AT, AT + timedelta(days=1),
                  longest(PAID_ITEM, "项") + " ¥99999.99，" + longest(PROMISE, "诺"), AT + timedelta(days=1))


@pytest.mark.parametrize("page", ALL_PAGES)
def test_a_work_order_with_the_longest_text_in_every_field(page):
    pdf = render_work_order(ORDER, HEAD, page)
    pages = check_pages(pdf, f"派工单 {ORDER.number}", first_page=("派工单", ORDER.number, "类别", "报修"))
    assert len(pages) >= 2  # 2,000 characters never fit on one page, not even A4
    text = joined(pages)
    for expected in (ORDER.assignee, ORDER.place, ORDER.contact, ORDER.description, ORDER.paid,
                     "完成情况", *head_texts(HEAD)):
        assert squash(expected) in text, expected[:20]
    assert qr_codes(pdf) == [ORDER.number]
    if page is PageSize.RECEIPT_80:
        assert check_roll(pdf) >= 2
    else:
        assert len(set(page_sizes(pdf))) == 1


@pytest.mark.parametrize("page", ALL_PAGES)
def test_a_description_of_hundreds_of_short_lines_keeps_its_lines(page):
    lines = [f"{i:03d}号" for i in range(400)]
    order = WorkOrder("R0012346", "报修", "工程部", "", "3-2-1502", "", "\n".join(lines), AT, None, "", None)
    assert len(order.description) <= DESCRIPTION
    pdf = render_work_order(order, HEAD, page)
    pages = check_pages(pdf, "派工单 R0012346")
    assert re.findall(r"\d{3}号", CONTINUED_LABEL.sub("", "\n".join(pages))) == lines
    # one line each: 400 lines need many pages (packed together they would fill one or two)
    assert len(pages) >= (6 if page is PageSize.RECEIPT_80 else 8 if page is PageSize.A4 else 10)
    if page is PageSize.RECEIPT_80:
        check_roll(pdf)


def test_a_work_order_that_fits_stays_one_page_without_page_numbers():
    order = WorkOrder("R0012347", "报修", "工程部", "刘师傅", "3-2-1502", "王先生 138 1234 5678", "厨房水管漏水",
                      AT, None, "", None)
    for page in ALL_PAGES:
        pdf = render_work_order(order, HEAD, page)
        assert len(check_pages(pdf, "派工单 R0012347")) == 1


# -- visitor slip -----------------------------------------------------------------------------

SLIP = Slip("V00123453", longest(SITE_TEXT, "项"), longest(NAME, "客"), "136****1111", "12-3-2501", 50,
            longest(PLATE, "粤"), longest(PURPOSE, "由"), AT, AT + timedelta(days=7))


@pytest.mark.parametrize("copy", [False, True], ids=["slip", "reprint"])
@pytest.mark.parametrize("page", ALL_PAGES)
def test_a_visitor_slip_with_the_longest_text_in_every_field(page, copy):
    pdf = render_slip(SLIP, HEAD, page, copy=copy)
    title = "访客单（补打）" if copy else "访客单"
    pages = check_pages(pdf, f"{title} {SLIP.slip_no}", first_page=(title, SLIP.slip_no))
    text = joined(pages)
    for expected in (SLIP.site, SLIP.guest, SLIP.phone, SLIP.host_unit, SLIP.plate, SLIP.purpose,
                     "2026-03-09 09:30", "离开时请将本单交回门岗", *head_texts(HEAD)):
        assert squash(expected) in text, expected[:20]
    assert ("补打" in text) is copy
    assert qr_codes(pdf) == [SLIP.slip_no]
    if page is PageSize.RECEIPT_80:
        check_roll(pdf)


# -- unit card --------------------------------------------------------------------------------

CARD = UnitCard(
    "12-3-2501", "12栋", 25, "9" * AREA,
    residents=tuple(CardResident(longest(NAME, f"住{i}"), "业主", ("138 1234 5678", "139 1234 5678", "020 3888 1234"),
                                 date(2020, 1, 1), "作废：" + longest(VOID_REASON, f"废{i}"),
                                 longest(RESIDENT_NOTES, f"注{i}")) for i in range(4)),
    notes=tuple(CardNote("欠费" if i % 2 else "备注", longest(UNIT_NOTE, f"记{i}"), bool(i % 2),
                         "2026-03-01 " + longest(NAME, f"赵{i}")) for i in range(4)),
)


@pytest.mark.parametrize("page", ALL_PAGES)
def test_a_unit_card_with_the_longest_text_in_every_field(page):
    pdf = render_unit_card(CARD, HEAD, page)
    pages = check_pages(pdf, f"住户信息卡 {CARD.room_no}", first_page=("住户信息卡", CARD.room_no))
    assert len(pages) >= 2
    text = joined(pages, drop=("姓名身份电话入住日期状态",))
    for r in CARD.residents:
        for expected in (r.name, r.status, r.notes):
            assert squash(expected) in text, expected[:20]
    for n in CARD.notes:
        assert squash(n.text) in text and squash(n.created) in text, n.text[:20]
    for expected in (CARD.area_m2, *head_texts(HEAD)):
        assert squash(expected) in text, expected[:20]
    if page is PageSize.RECEIPT_80:
        assert check_roll(pdf) >= 2


def test_a_resident_note_of_the_longest_length_on_a5():
    """The reported case: a note of 211+ characters on an A5 card raised LayoutError."""
    card = UnitCard("3-2-1502", "3栋", 15, None,
                    (CardResident("王建国", "业主", ("138 1234 5678",), None, "", longest(RESIDENT_NOTES)),), ())
    pdf = render_unit_card(card, HEAD, PageSize.A5)
    assert card.residents[0].notes in joined(check_pages(pdf, "住户信息卡 3-2-1502"), drop=("姓名身份电话入住日期状态",))


# -- roll call --------------------------------------------------------------------------------

def test_a_roll_call_of_many_guests_has_its_title_and_page_numbers_on_every_page():
    lines = [RollCallLine(f"V{i:07d}0", longest(NAME, f"客{i:03d}"), "136 0000 1111", "12-3-2501", 50,
                          longest(PLATE, "粤"), AT - timedelta(days=7), 7 * 24 * 60) for i in range(150)]
    pdf = render_roll_call(lines, HEAD)
    head = "在场访客名单　截至 2026-03-02 09:30"
    pages = check_pages(pdf, head, first_page=("在场访客名单", "150 批，共 7500 人"))
    assert len(pages) >= 5
    for text in pages:
        assert "单号" in text and "核对" in text  # the column headings repeat
    text = joined(pages)
    for x in lines:
        assert x.guest in text and x.slip_no in text, x.slip_no
    assert len(set(page_sizes(pdf))) == 1


# -- through the services ---------------------------------------------------------------------

@pytest.fixture
def printing_world(sqlite_world):
    admin = sqlite_world.set_up_site()
    desk = sqlite_world.member(admin, "8001", Role.SUPERVISOR, Role.RECEPTIONIST, name="赵敏")
    return sqlite_world, desk


def test_the_services_longest_accepted_text_prints_on_every_page_size(printing_world):
    """What the services accept, printed: the issue's 854+ character work order and 211+ character note."""
    from deskapp.domain.requests import Department
    from deskapp.domain.visits import Purpose

    world, desk = printing_world
    unit = world.directory.create_unit(desk, "3-2-1502", area_m2="9" * AREA)
    name = longest(NAME, "王", FILL_BMP)
    world.directory.add_resident(desk, unit.id, name=name, role="owner", phones=["13812345678"],
                                 notes=longest(RESIDENT_NOTES, "注", FILL_BMP))
    world.directory.add_note(desk, unit.id, kind="arrears", text=longest(UNIT_NOTE, "欠", FILL_BMP))
    description = longest(DESCRIPTION, "述", FILL_BMP)
    request = world.requests.register(desk, unit="3-2-1502", contact_name=name, contact_phone="13812345678",
                                      category=Purpose.REPAIR, description=description,
                                      department=Department.ENGINEERING, paid_item=longest(PAID_ITEM, "项", FILL_BMP),
                                      fee="35.5", service_promise=longest(PROMISE, "诺", FILL_BMP))
    world.requests.dispatch(desk, request.id, assignee=longest(ASSIGNEE, "派", FILL_BMP))
    guest = world.guests.check_in(desk, name=longest(NAME, "客", FILL_BMP), phone="13600001111",
                                  host_unit="3-2-1502", people=50, plate="粤A12345",
                                  purpose=longest(PURPOSE, "由", FILL_BMP), stay_minutes=60)
    for page in ALL_PAGES:
        card = world.printing.unit_card(desk, unit.id, page).pdf
        assert longest(RESIDENT_NOTES, "注", FILL_BMP) in joined(
            check_pages(card, "住户信息卡 3-2-1502"), drop=("姓名身份电话入住日期状态",))
        order = world.printing.work_order(desk, request.id, page).pdf
        assert description in joined(check_pages(order, f"派工单 {request.number}"))
        assert qr_codes(order) == [request.number]
        slip = world.printing.visitor_slip(desk, guest.id, page).pdf
        assert longest(PURPOSE, "由", FILL_BMP) in joined(check_pages(slip, f"访客单 {guest.slip_no}"))
    roll = world.printing.roll_call(desk).pdf
    assert guest.name in "".join(page_texts(roll)).replace("\n", "")
