"""Access-card printouts read back: the receipt (A5 and the 80 mm roll) with its number as a QR code, through
the service; the longest texts the services accept; the hand-over record with the signature; the door list."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from deskapp.domain.cards import DEFAULT_REQUIREMENTS, CardType, encode_signature
from deskapp.domain.consent import Consent, ConsentMethod
from deskapp.domain.errors import InvalidTransition, PermissionDenied
from deskapp.domain.identity import IdType
from deskapp.domain.roles import Role
from deskapp.printing.access_card import (
    DOOR_TITLE,
    HANDOVER_TITLE,
    RECEIPT_TITLE,
    CardReceipt,
    render_card_receipt,
)
from deskapp.printing.common import Letterhead, PageSize
from deskapp.printing.pages import ALLOWED_PAGES, DocumentKind
from deskapp.services.cards import Applicant
from deskapp.services.sample_printouts import sample_printout
from tests.printing.pdfcheck import (
    FILL_BMP,
    check_pages,
    check_roll,
    joined,
    longest,
    page_texts,
    qr_codes,
    reader,
    squash,
)

ID = "110101199003071233"
PICKUP = datetime(2026, 3, 3, 15, 0)
HEAD = Letterhead("保利物业", "和光晨樾服务中心", "020-38881234", "1001 李娜", "前台1", datetime(2026, 3, 2, 9, 30))
SIGNATURE = encode_signature([[(10, 200), (60, 120), (120, 260), (180, 140), (240, 250)],
                              [(300, 200), (360, 150), (420, 230), (480, 180)]])


@pytest.fixture
def unit(world, desk):
    u = world.directory.create_unit(desk, "3-2-1502")
    owner = world.directory.add_resident(desk, u.id, name="王建国", role="owner", phones=["13912345678"])
    return u, owner


def registered(world, desk, owner, *, name="", remarks="", tenant=False):
    app = world.cards.open_application(desk, unit="3-2-1502", card_type=CardType.RESIDENT,
                                       requirements=list(DEFAULT_REQUIREMENTS))
    applicant = Applicant(IdType.PASSPORT, "E12345678", name=name) if tenant else \
        Applicant(IdType.RESIDENT_ID, ID, resident_id=owner.id)
    world.cards.check_identity(desk, app.id, applicant=applicant)
    if tenant:
        world.cards.record_consent(desk, app.id, Consent(ConsentMethod.IN_PERSON, owner.id, world.clock.now()))
    return world.cards.register(desk, app.id, pickup_at=PICKUP, fee="20", remarks=remarks)


@pytest.mark.parametrize("page", ALLOWED_PAGES[DocumentKind.CARD_RECEIPT])
def test_the_receipt_reads_back_and_its_qr_is_the_number(world, desk, unit, page):
    app = registered(world, desk, unit[1])
    printout = world.services.card_printing.receipt(desk, app.id, page)
    text = squash("".join(page_texts(printout.pdf)))
    for expected in (RECEIPT_TITLE, app.number, "3-2-1502", "王建国", "1101**********1233", "业户卡", "¥20.00",
                     "2026-03-0315:00", "赵敏"):
        assert squash(expected) in text, expected
    assert ID not in text
    assert qr_codes(printout.pdf) == [app.number]
    assert world.cards.find_receipt(desk, qr_codes(printout.pdf)[0]).id == app.id  # scanned back
    if page is PageSize.RECEIPT_80:
        assert check_roll(printout.pdf) == 1
    again = world.services.card_printing.receipt(desk, app.id, page, reprint=True)
    assert "补打" in "".join(page_texts(again.pdf))
    assert world.cards.application(desk, app.id).receipt_prints == 2


def test_no_receipt_before_registration(world, desk, unit):
    app = world.cards.open_application(desk, unit="3-2-1502", card_type="resident",
                                       requirements=list(DEFAULT_REQUIREMENTS))
    with pytest.raises(InvalidTransition):
        world.services.card_printing.receipt(desk, app.id)


@pytest.mark.parametrize("page", ALLOWED_PAGES[DocumentKind.CARD_RECEIPT])
def test_the_longest_texts_the_service_accepts_print_whole(world, desk, unit, page):
    name = longest(40, "申", FILL_BMP).replace("W", "")[:40]
    remarks = longest(200, "注", FILL_BMP)
    app = registered(world, desk, unit[1], name=name, remarks=remarks, tenant=True)
    printout = world.services.card_printing.receipt(desk, app.id, page)
    body = check_pages(printout.pdf, f"{RECEIPT_TITLE} {app.number}") if page is not PageSize.RECEIPT_80 else \
        page_texts(printout.pdf)
    text = joined(body)
    assert squash(app.applicant_name) in text and squash(remarks) in text
    for line in DEFAULT_REQUIREMENTS:
        assert squash(line) in text


def test_the_handover_record_prints_every_step_and_the_signature(world, desk, unit):
    app = registered(world, desk, unit[1], tenant=True, name="李租客")
    cards = world.cards
    cards.record_receipt_print(desk, app.id)
    cards.pay(desk, app.id, amount="20", method="wechat", reference="WX4200001234")
    cards.authorise(desk, app.id, card_no="0012345678")
    cards.notify(desk, app.id, method="phone", note="下午三点后来取")
    with pytest.raises(InvalidTransition):
        world.services.card_printing.handover(desk, app.id)
    cards.collect(desk, app.id, receipt=app.number, signature=SIGNATURE)
    for page in ALLOWED_PAGES[DocumentKind.CARD_HANDOVER]:
        printout = world.services.card_printing.handover(desk, app.id, page)
        text = squash("".join(page_texts(printout.pdf)))
        for expected in (HANDOVER_TITLE, "0012345678", "李租客", "告知须知", "核验身份", "业主同意", "业主王建国",
                         "缴费", "微信", "WX4200001234", "授权", "通知取卡", "签收", "desk-1", "领卡人签名"):
            assert squash(expected) in text, (page, expected)
        ops = b"".join(p.get_contents().get_data() for p in reader(printout.pdf).pages)
        assert len(re.findall(rb"[\d.]+ [\d.]+ l\b", ops)) >= 7, page  # the signature's strokes: one line segment per point after the first
        assert qr_codes(printout.pdf) == [app.number]


def test_the_door_list_and_who_may_print_it(world, admin, desk, unit):
    app = registered(world, desk, unit[1])
    world.cards.record_receipt_print(desk, app.id)
    world.cards.pay(desk, app.id, amount="20", method="cash", reference="0042")
    world.cards.authorise(desk, app.id, card_no="0012345678")
    card = world.cards.lookup(desk, "0012345678")
    world.cards.report_lost(desk, card.id, reported_by="业主")
    printout = world.services.card_printing.door_list(desk)
    text = squash("".join(page_texts(printout.pdf)))
    for expected in (DOOR_TITLE, "需停用", "挂失", "需授权", "授权", "0012345678", "3-2-1502", "王建国"):
        assert expected in text, expected
    guard = world.member(admin, "3001", Role.GUARD, name="陈强")
    with pytest.raises(PermissionDenied):  # a guard looks cards up but prints nothing
        world.services.card_printing.door_list(guard)


def test_a_long_door_list_pages_with_its_heading():
    from deskapp.printing.access_card import DoorListLine, render_door_list

    lines = [DoorListLine(f"{n:010d}", "3-2-1502", longest(40, str(n), FILL_BMP), "挂失", "09:31 赵敏", "")
             for n in range(120)]
    pdf = render_door_list(HEAD.printed_at.date(), lines, lines[:3], HEAD)
    body = check_pages(pdf, f"{DOOR_TITLE}　{HEAD.printed_at:%Y-%m-%d}")
    assert len(body) > 2 and "0000000119" in joined(body)


@pytest.mark.parametrize("kind", [DocumentKind.CARD_RECEIPT, DocumentKind.CARD_HANDOVER, DocumentKind.CARD_DOOR_LIST])
def test_test_pages(world, admin, kind):
    for page in ALLOWED_PAGES[kind]:
        assert sample_printout(world.services.printing, admin, kind, page).pdf.startswith(b"%PDF")


def test_receipt_template_alone():
    r = CardReceipt("K00000018", "保利·和光晨樾", "3-2-1502", "王建国", "居民身份证 1101**********1233", "临时卡", "¥20.00",
                    PICKUP, "", "", "赵敏", PICKUP - timedelta(days=1), ())
    assert qr_codes(render_card_receipt(r, HEAD, PageSize.A5)) == ["K00000018"]


@pytest.mark.parametrize("page", ALLOWED_PAGES[DocumentKind.CARD_HANDOVER])
def test_the_handover_record_with_the_longest_texts(world, admin, desk, unit, page):
    """Every text the services accept at its longest: the applicant's name, the override's reason, the
    exemption's reason, the notification's note, a 20-character card number."""
    cards = world.cards
    world.site.update_settings(admin, idle_lock_minutes=10, card_limit=1)
    registered(world, desk, unit[1])  # the unit's one place is taken: the next needs an override
    name, why = longest(40, "申", FILL_BMP), longest(200, "超", FILL_BMP)
    reason, note = longest(200, "免", FILL_BMP), longest(200, "通", FILL_BMP)
    app = cards.open_application(desk, unit="3-2-1502", card_type="resident", requirements=list(DEFAULT_REQUIREMENTS),
                                 override_reason=why)
    cards.check_identity(desk, app.id, applicant=Applicant(IdType.PASSPORT, "E12345678", name=name))
    cards.record_consent(desk, app.id, Consent(ConsentMethod.IN_PERSON, unit[1].id, world.clock.now()))
    cards.register(desk, app.id, pickup_at=PICKUP, fee="20", remarks=longest(200, "注", FILL_BMP))
    cards.record_receipt_print(desk, app.id)
    cards.exempt(desk, app.id, reason=reason)
    cards.authorise(desk, app.id, card_no="1" * 20)
    cards.notify(desk, app.id, method="wechat", note=note)
    cards.collect(desk, app.id, receipt=app.number, signature=SIGNATURE)
    printout = world.services.card_printing.handover(desk, app.id, page)
    pages = check_pages(printout.pdf, f"{HANDOVER_TITLE} {app.number}") if page is not PageSize.RECEIPT_80 \
        else page_texts(printout.pdf)
    text = joined(pages, drop=("办理环节", "时间·经办·工作站", "内容"))
    for expected in (name, why, reason, note, "1" * 20):
        assert squash(expected) in text, expected[:20]
    ops = b"".join(p.get_contents().get_data() for p in reader(printout.pdf).pages)
    assert len(re.findall(rb"[\d.]+ [\d.]+ l\b", ops)) >= 7  # the signature made it onto the record
