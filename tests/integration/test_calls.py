"""The phone log: who is calling, answered calls, calls that become requests (atomically), outgoing calls."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from deskapp.db.models import Call, ServiceRequest
from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.requests import Department, RequestState
from deskapp.domain.roles import Role
from deskapp.domain.visits import Purpose
from tests.conftest import START


@pytest.fixture
def estate(world, desk):
    d = world.directory
    a = d.create_unit(desk, "3-2-1502")
    b = d.create_unit(desk, "5-1-101")
    owner = d.add_resident(desk, a.id, name="王建国", role="owner", phones=["13812345678"])
    d.add_resident(desk, b.id, name="陈静", role="tenant", phones=["13900005678"])
    return owner


def count(world, model):
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_the_callers_number_finds_residents_whole_or_by_last_four(world, desk, estate):
    assert [(m.name, m.room_no) for m in world.calls.callers(desk, "138 1234 5678")] == [("王建国", "3-2-1502")]
    assert [m.name for m in world.calls.callers(desk, "5678")] == ["王建国", "陈静"]  # several to pick from
    assert world.calls.callers(desk, "13700000000") == []  # unknown: still loggable
    assert world.calls.callers(desk, "56") == []


def test_an_answered_call_keeps_its_start_and_end(world, desk, estate, clock):
    started = world.calls.now()
    clock.advance(minutes=3)
    call = world.calls.record_incoming(desk, started_at=started, phone="13812345678", unit="3-2-1502",
                                       resident_id=estate.id, category=Purpose.INQUIRY, content="问停水时间",
                                       confirmed=True, outcome="answered")
    assert (call.started_at, call.ended_at, call.caller_name, call.request_id) == (
        START, START + timedelta(minutes=3), "王建国", None)


def test_a_call_that_becomes_a_request_saves_both(world, desk, estate):
    call = world.calls.record_incoming(desk, started_at=world.calls.now(), phone="13812345678", unit="3-2-1502",
                                       resident_id=estate.id, category=Purpose.REPAIR, content="卫生间漏水",
                                       confirmed=True, outcome="request", department=Department.ENGINEERING)
    request = world.requests.get(desk, call.request_id)
    assert (request.source, request.state, request.description, call.request_number) == (
        "call", RequestState.REGISTERED, "卫生间漏水", request.number)


def test_if_the_request_part_is_wrong_neither_is_saved(world, desk, estate):
    with pytest.raises(ValidationError) as err:
        world.calls.record_incoming(desk, started_at=world.calls.now(), phone="12345", category=Purpose.REPAIR,
                                    content=" ", confirmed=False, outcome="request", department="kitchen")
    assert {p.field for p in err.value.problems} == {"phone", "content", "department", "unit"}
    assert count(world, Call) == 0 and count(world, ServiceRequest) == 0


@pytest.mark.parametrize("overrides, fields", [
    ({"category": None}, {"category"}),
    ({"outcome": None}, {"outcome"}),
    ({"content": ""}, {"content"}),
    ({"unit": "9-9-999"}, {"unit"}),
    ({"caller_name": "王1"}, {"caller_name"}),
])
def test_bad_call_input_is_refused(world, desk, estate, overrides, fields):
    values = dict(started_at=world.calls.now(), phone="13812345678", unit="3-2-1502", category=Purpose.REPORT,
                  content="楼道灯坏了", confirmed=True, outcome="answered")
    values.update(overrides)
    with pytest.raises(ValidationError) as err:
        world.calls.record_incoming(desk, **values)
    assert {p.field for p in err.value.problems} == fields
    assert count(world, Call) == 0


def test_a_call_cannot_end_before_it_started(world, desk, estate, clock):
    with pytest.raises(ValidationError):
        world.calls.record_incoming(desk, started_at=START + timedelta(minutes=1), category=Purpose.REPORT,
                                    content="x", confirmed=True, outcome="answered")


def test_outgoing_calls_belong_to_their_request(world, desk, estate):
    request = world.requests.register(desk, unit="3-2-1502", resident_id=estate.id, category=Purpose.REPAIR,
                                      description="门锁坏了", department=Department.ENGINEERING)
    call = world.calls.record_outgoing(desk, request.id, started_at=world.calls.now(), purpose="appointment",
                                       outcome="no_answer", note="下午再打")
    assert (call.direction, call.purpose, call.phone, call.request_number, call.outcome) == (
        "outgoing", "appointment", "13812345678", request.number, "no_answer")
    assert [(c.direction, c.purpose) for c in world.calls.search(desk)] == [("outgoing", "appointment")]
    with pytest.raises(ValidationError):
        world.calls.record_outgoing(desk, request.id, started_at=world.calls.now(), purpose="gossip",
                                    outcome="reached")


def test_a_callback_is_in_the_phone_log_and_the_units_history(world, desk, estate):
    """RequestService.call_back logs the callback's call itself (one user action, one transaction)."""
    request = world.requests.register(desk, unit="3-2-1502", resident_id=estate.id, category=Purpose.REPAIR,
                                      description="门锁坏了", department=Department.ENGINEERING)
    world.requests.dispatch(desk, request.id, assignee="刘师傅")
    world.requests.start(desk, request.id)
    world.requests.complete(desk, request.id, note="已修好")
    world.requests.call_back(desk, request.id, outcome="wrong_number", comment="空号")
    [call] = world.calls.for_unit(desk, request.unit_id)
    assert (call.direction, call.purpose, call.phone, call.outcome, call.request_number, call.content) == (
        "outgoing", "callback", "13812345678", "wrong_number", request.number, "空号")
    assert sorted((h.kind, h.reference, h.purpose, h.outcome)
                  for h in world.history.unit_history(desk, request.unit_id)) == [
        ("outgoing_call", request.number, "callback", "wrong_number"), ("request", request.number, None, "")]


def test_guards_do_not_take_desk_calls(world, admin, estate):
    guard = world.member(admin, "3001", Role.GUARD)
    with pytest.raises(PermissionDenied):
        world.calls.record_incoming(guard, started_at=world.calls.now(), category=Purpose.REPORT, content="x",
                                    confirmed=True, outcome="answered")
