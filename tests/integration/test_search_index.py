"""The passes' and requests' searches through their indexes (issue 14), on SQLite and PostgreSQL: each way
a desk types a phone, a plate, a name or a number finds what it found by scanning, and no more."""

from __future__ import annotations

from datetime import time

import pytest
from sqlalchemy import select

from deskapp.db.models import MovePass, MovePassNameGram, MovePassPlateTail, ServiceRequest
from deskapp.domain.consent import Consent, ConsentMethod
from deskapp.domain.identity import IdType
from deskapp.domain.passes import ItemLine
from deskapp.domain.requests import Department
from deskapp.domain.visits import Purpose
from deskapp.services.passes import Applicant, PassQuery
from deskapp.services.timeutil import local_date
from tests.conftest import START

ID = "110101199003071233"
TODAY = local_date(START)


@pytest.fixture
def estate(world, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    owner = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    world.directory.create_unit(desk, "5-1-101")
    return {"unit": unit, "owner": owner}


def issue(world, desk, estate, *, name: str, phone: str, plate: str = ""):
    return world.passes.issue(
        desk, unit="3-2-1502", applicant=Applicant(IdType.RESIDENT_ID, ID, name=name, phone=phone),
        items=[ItemLine("冰箱", 1, "台")], moving_day=TODAY, start=time(0, 0), end=time(23, 59), plate=plate,
        consent=Consent(ConsentMethod.IN_PERSON, estate["owner"].id, START))


@pytest.fixture
def passes(world, desk, estate):
    return {
        "zhang": issue(world, desk, estate, name="搬家张师傅", phone="13800002222", plate="粤B 12345"),
        "smith": issue(world, desk, estate, name="John Smith", phone="02038881234", plate="京AD12345"),
        "li": issue(world, desk, estate, name="李小四", phone="15955556666"),
    }


def found(world, desk, text: str) -> set[int]:
    return {p.id for p in world.passes.search(desk, PassQuery(text))}


def test_a_pass_is_found_by_its_phone_whole_its_start_its_last_four_or_its_end(world, desk, passes):
    z, s = passes["zhang"].id, passes["smith"].id
    assert found(world, desk, "13800002222") == {z}  # whole
    assert found(world, desk, "138 0000 2222") == {z}  # as written on a form
    assert found(world, desk, "１３８００００２２２２") == {z}  # typed with a Chinese input method
    assert found(world, desk, "2222") == {z}  # last four
    assert found(world, desk, "800002222") == {z}  # a longer ending
    assert found(world, desk, "1380000") == {z}  # its start
    assert found(world, desk, "020-3888-1234") == {s}  # a landline with its area code
    assert found(world, desk, "1234") == {s}
    assert found(world, desk, "3800") == set()  # four digits are the last four, not any four
    assert found(world, desk, "13800002223") == set()


def test_a_pass_is_found_by_any_part_of_its_plate_however_typed(world, desk, passes):
    z, s = passes["zhang"].id, passes["smith"].id
    for typed in ("粤B12345", "粤b 12345", "粤B·12345", "b12345", "B123", "粤B", "ＡＤ１２"):
        assert found(world, desk, typed) == ({s} if "Ａ" in typed else {z}), typed
    assert found(world, desk, "AD12345") == {s}
    assert found(world, desk, "粤C12345") == set()


def test_a_pass_is_found_by_a_piece_of_the_name_two_characters_or_more(world, desk, passes):
    z, s = passes["zhang"].id, passes["smith"].id
    assert found(world, desk, "张师") == {z}
    assert found(world, desk, "搬家张师傅") == {z}
    assert found(world, desk, "张傅") == set()  # both pieces are in the name, not together
    assert found(world, desk, "john smith") == {s}  # Latin letters in any case
    assert found(world, desk, "SM") == {s}
    assert found(world, desk, "hn Sm") == {s}
    assert found(world, desk, "师") == {z}  # one character: looked for without the index


def test_wildcards_in_a_name_are_matched_literally(world, desk, passes):
    assert found(world, desk, "李小") == {passes["li"].id}
    assert found(world, desk, "李_") == set() and found(world, desk, "李%") == set()  # not "any character"
    assert found(world, desk, "李%四") == set() and found(world, desk, "李_四") == set()
    assert found(world, desk, "%") == set() and found(world, desk, "__") == set()
    assert found(world, desk, "'\\") == set()


def test_a_pass_number_is_checked_first_and_a_huge_number_finds_nothing(world, desk, passes):
    z = passes["zhang"]
    assert found(world, desk, z.number) == {z.id}
    assert found(world, desk, z.number.lower().replace("p", "ｐ")) == {z.id}
    assert found(world, desk, "P" + "9" * 25) == set()
    assert found(world, desk, str(2**63 + 1)) == set()


def test_a_new_pass_is_indexed_in_the_same_transaction(world, desk, passes):
    z = passes["zhang"].id
    with world.db.read() as s:
        assert s.scalar(select(MovePass.phone_last4).where(MovePass.id == z)) == "2222"
        assert set(s.scalars(select(MovePassNameGram.gram).where(MovePassNameGram.pass_id == z))) == {
            "搬家", "家张", "张师", "师傅"}
        assert set(s.scalars(select(MovePassPlateTail.tail).where(MovePassPlateTail.pass_id == z))) == {
            "粤B12345", "B12345", "12345", "2345", "345", "45"}


# -- requests ---------------------------------------------------------------------------------------

def register(world, desk, **values):
    fields = dict(unit="3-2-1502", category=Purpose.REPAIR, description="厨房水管漏水",
                  department=Department.ENGINEERING)
    return world.requests.register(desk, **(fields | values))


def requests_found(world, desk, text: str) -> set[int]:
    return {r.id for r in world.requests.search(desk, open_only=False, text_=text)}


@pytest.fixture
def requests(world, desk, estate):
    return {
        "leak": register(world, desk, contact_name="王建国", contact_phone="13912345678"),
        "lift": register(world, desk, unit="", location="2号楼电梯", contact_name="Mary Lee",
                         contact_phone="13600001111", description="电梯按钮 100% 失灵_急"),
    }


def test_a_request_is_found_by_phone_whole_start_last_four_or_end(world, desk, requests):
    leak, lift = requests["leak"].id, requests["lift"].id
    assert requests_found(world, desk, "13912345678") == {leak}
    assert requests_found(world, desk, "139 1234 5678") == {leak}
    assert requests_found(world, desk, "5678") == {leak}
    assert requests_found(world, desk, "45678") == {leak}
    assert requests_found(world, desk, "1360000") == {lift}
    assert requests_found(world, desk, "１１１１") == {lift}
    assert requests_found(world, desk, "13600001112") == set()


def test_a_request_is_found_by_its_words_of_two_characters_or_more(world, desk, requests):
    leak, lift = requests["leak"].id, requests["lift"].id
    assert requests_found(world, desk, "建国") == {leak}  # the contact
    assert requests_found(world, desk, "王建国") == {leak}
    assert requests_found(world, desk, "漏水") == {leak}  # the description
    assert requests_found(world, desk, "水管漏水") == {leak}
    assert requests_found(world, desk, "管水") == set()
    assert requests_found(world, desk, "Mary") == {lift} and requests_found(world, desk, "ry L") == {lift}
    assert requests_found(world, desk, "梯") == {lift}  # one character: without the index
    assert requests_found(world, desk, "失灵_急") == {lift}  # "_" and "%" are themselves
    assert requests_found(world, desk, "失灵%急") == set() and requests_found(world, desk, "按钮_") == set()
    assert requests_found(world, desk, "%") == set()


def test_a_request_is_found_by_its_assignee_once_dispatched(world, desk, requests):
    leak = requests["leak"].id
    assert requests_found(world, desk, "刘师傅") == set()
    world.requests.dispatch(desk, leak, assignee="维修工刘师傅")
    assert requests_found(world, desk, "刘师傅") == {leak}
    assert requests_found(world, desk, "刘师") == {leak}


def test_a_new_request_has_its_last_four_in_the_same_transaction(world, desk, requests):
    with world.db.read() as s:
        assert s.scalar(select(ServiceRequest.phone_last4).where(ServiceRequest.id == requests["lift"].id)) == "1111"


def test_the_requests_number_is_found_and_a_huge_number_is_not(world, desk, requests):
    leak = requests["leak"]
    assert requests_found(world, desk, leak.number) == {leak.id}
    assert requests_found(world, desk, "R" + "9" * 30) == set()
    assert requests_found(world, desk, str(2**63 + 1)) == set()
