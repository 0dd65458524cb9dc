"""The one search box's service on SQLite and PostgreSQL: each kind of query finds its record through its
own service, a kind the role may not see is not searched, phones are masked as each service masks them,
and nasty input gives no traceback."""

from __future__ import annotations

from dataclasses import replace

import pytest

from deskapp.domain.cards import CardType, Step
from deskapp.domain.control import EventKind, Source
from deskapp.domain.passes import pass_number
from deskapp.domain.requests import Department
from deskapp.domain.roles import Role
from deskapp.domain.visits import Purpose
from deskapp.services.control import EventInput
from deskapp.services.search_all import MSG_CUT, MSG_NOTHING_FOUND, MSG_NOTHING_TYPED, HitKind
from tests.integration.test_cards import to_step
from tests.integration.test_passes import issue


@pytest.fixture
def estate(world, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    owner = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    tenant = world.directory.add_resident(desk, unit.id, name="李租客", role="tenant", phones=["13600001111"])
    other = world.directory.create_unit(desk, "5-1-101")
    neighbour = world.directory.add_resident(desk, other.id, name="陈邻居", role="owner", phones=["13700002222"])
    return {"unit": unit, "owner": owner, "tenant": tenant, "other": other, "neighbour": neighbour}


@pytest.fixture
def records(world, admin, desk, estate):
    """One of each kind, all at 3-2-1502."""
    operator = replace(world.member(admin, "5001", Role.CONTROL_OPERATOR, name="李娜"), station="control-1")
    return {
        "pass": issue(world, desk, estate),
        "request": world.requests.register(desk, unit="3-2-1502", category=Purpose.REPAIR, description="厨房水管漏水",
                                           department=Department.ENGINEERING, contact_name="王建国",
                                           contact_phone="13912345678"),
        "guest": world.guests.check_in(desk, name="刘洋", phone="13655557777", host_unit="3-2-1502", people=2,
                                       plate="粤B54321", purpose="探亲", stay_minutes=120),
        "visit": world.visits.record(desk, unit="3-2-1502", resident_id=estate["owner"].id, visitor_name="王建国",
                                     visitor_phone="13912345678", confirmed=True,
                                     purpose=Purpose.INQUIRY, content="问停车费", outcome="resolved",
                                     resolution="已答复"),
        "card": to_step(world, desk, estate, Step.AUTHORISE, card_no="0012345678", kind=CardType.RESIDENT),
        "event": world.control.log_event(operator, EventInput(Source.FIRE_PANEL, EventKind.FIRE, text="烟感报警",
                                                              building="3", device_address="1-023")),
    }


def kinds_and_ids(result):
    return {(h.kind, h.id) for h in result.hits}


def test_a_room_finds_the_unit_and_everything_recorded_for_it(world, desk, records, estate):
    found = world.services.search.find(desk, "3-2-1502")
    by_kind = {g.kind: g for g in found.groups}
    assert {HitKind.UNIT, HitKind.PASS, HitKind.REQUEST, HitKind.GUEST, HitKind.VISIT} <= set(by_kind)
    assert {h.unit_id for h in by_kind[HitKind.UNIT].hits} == {estate["unit"].id}
    assert by_kind[HitKind.UNIT].hits[0].title.startswith("3-2-1502")
    assert by_kind[HitKind.PASS].hits[0].id == records["pass"].id
    assert by_kind[HitKind.REQUEST].hits[0].id == records["request"].id
    assert [g.kind for g in found.groups] == [k for k in HitKind if k in by_kind]  # in the kinds' order
    assert found.message == ""


def test_names_phones_and_last_four(world, desk, records, estate):
    by_name = world.services.search.find(desk, "王建国")
    assert (HitKind.UNIT, estate["unit"].id) in kinds_and_ids(by_name)
    assert (HitKind.PASS, records["pass"].id) in kinds_and_ids(by_name)
    assert (HitKind.VISIT, records["visit"].id) in kinds_and_ids(by_name)
    by_phone = world.services.search.find(desk, "139 1234 5678")
    assert (HitKind.UNIT, estate["unit"].id) in kinds_and_ids(by_phone)
    assert (HitKind.REQUEST, records["request"].id) in kinds_and_ids(by_phone)
    last4 = world.services.search.find(desk, "7777")
    assert kinds_and_ids(last4) == {(HitKind.GUEST, records["guest"].id)}


def test_record_numbers_and_plates(world, desk, records):
    search = world.services.search
    assert (HitKind.PASS, records["pass"].id) in kinds_and_ids(search.find(desk, pass_number(records["pass"].id)))
    assert (HitKind.REQUEST, records["request"].id) in kinds_and_ids(search.find(desk, records["request"].number))
    assert kinds_and_ids(search.find(desk, records["guest"].slip_no)) == {(HitKind.GUEST, records["guest"].id)}
    assert (HitKind.RECEIPT, records["card"].id) in kinds_and_ids(search.find(desk, records["card"].number))
    card = search.find(desk, "0012345678")
    assert [(h.kind, h.id) for h in card.hits] == [(HitKind.CARD, records["card"].card_id)]
    event = search.find(desk, records["event"].label.lower())
    assert kinds_and_ids(event) == {(HitKind.EVENT, records["event"].id)}
    assert (HitKind.PASS, records["pass"].id) in kinds_and_ids(search.find(desk, "粤a12345"))
    assert kinds_and_ids(search.find(desk, "b54321")) == {(HitKind.GUEST, records["guest"].id)}


def test_a_kind_has_its_limit_and_says_there_is_more(world, desk, estate):
    for n in range(4):
        world.requests.register(desk, unit="3-2-1502", category=Purpose.REPAIR, description=f"灯不亮 {n}",
                                department=Department.ENGINEERING)
    found = world.services.search.find(desk, "3-2-1502", limit_per_kind=3)
    group = next(g for g in found.groups if g.kind is HitKind.REQUEST)
    assert len(group.hits) == 3 and group.more


def test_a_guard_searches_only_what_a_guard_sees_with_phones_masked(world, admin, records, estate):
    guard = replace(world.member(admin, "3001", Role.GUARD, name="陈强"), station="north-gate")
    search = world.services.search
    assert HitKind.REQUEST not in search.kinds(guard) and HitKind.EVENT not in search.kinds(guard)
    found = search.find(guard, "3-2-1502")
    kinds = {g.kind for g in found.groups}
    assert HitKind.REQUEST not in kinds and HitKind.UNIT in kinds and HitKind.PASS in kinds
    assert search.find(guard, records["request"].number).groups == () or \
        HitKind.REQUEST not in {g.kind for g in search.find(guard, records["request"].number).groups}
    assert search.find(guard, records["event"].label).hits == ()
    lines = " ".join(h.title + " " + h.detail for h in found.hits)
    assert "13912345678" not in lines and "13655557777" not in lines
    assert "139****5678" in lines


def test_a_control_operator_finds_events_and_no_guests(world, admin, records):
    operator = world.member(admin, "5002", Role.CONTROL_OPERATOR, name="王芳")
    search = world.services.search
    assert kinds_and_ids(search.find(operator, records["event"].label)) == {(HitKind.EVENT, records["event"].id)}
    assert HitKind.GUEST not in search.kinds(operator) and HitKind.PASS not in search.kinds(operator)
    lines = " ".join(h.title + " " + h.detail for h in search.find(operator, "3-2-1502").hits)
    assert "13912345678" not in lines  # the control room sees numbers masked, requests' too


NASTY = ["", "   ", "\x00", "\x00\x00abc\x00", "x" * 10_000, "3-2-1502" * 2000, "🔥", "王🔥建国", "%", "_", "%_%",
         "\\", "' OR 1=1 --", "'; DROP TABLE unit;--", "R" + "9" * 30, str(2**63), str(2**63 + 1), "-" + str(2**63),
         "P99999999999999999999", "V" + "1" * 40, "K00000000", "E" + str(2**64), "E-1", "E0", "R0", "\u202e1502",
         "１５０２", "①②③④", "0000", "*", "[a-z]", "\"", "a" * 101]


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_nasty_input_finds_nothing_or_says_why_without_a_traceback(world, desk, records, text):
    found = world.services.search.find(desk, text)
    for hit in found.hits:  # whatever is found is a real record of the kind named
        assert hit.id > 0 and hit.title
    if not text.strip():
        assert found.groups == () and found.message == MSG_NOTHING_TYPED
    elif not found.groups:
        assert found.message in (MSG_NOTHING_FOUND, MSG_NOTHING_TYPED)
    if text in ("%", "_", "%_%", "\\", "*", "' OR 1=1 --"):
        assert found.groups == ()  # metacharacters match only themselves


def test_a_long_paste_is_searched_by_its_start_and_says_so(world, desk, records):
    found = world.services.search.find(desk, "3-2-1502" + " " * 200 + "x")
    assert found.message in (MSG_CUT, MSG_NOTHING_FOUND)
    assert world.services.search.find(desk, "3-2-1502", limit_per_kind=10**30).groups  # a silly limit is bounded
