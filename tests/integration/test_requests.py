"""Requests: registering with every refusal, the life cycle, progress notes, callbacks, complaints."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from deskapp.db.models import Call, RequestNote, ServiceRequest
from deskapp.domain.errors import (
    Conflict,
    DeskError,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from deskapp.domain.requests import Department, RequestState, Satisfaction
from deskapp.domain.roles import Role
from deskapp.domain.visits import Outcome, Purpose
from deskapp.services.requests import CallOutcome, parse_fee
from tests.conftest import START


@pytest.fixture
def estate(world, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    owner = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13812345678"])
    return unit, owner


def count(world, model):
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def register(world, actor, **overrides):
    values = dict(unit="3-2-1502", category=Purpose.REPAIR, description="厨房水管漏水",
                  department=Department.ENGINEERING)
    values.update(overrides)
    return world.requests.register(actor, **values)


def test_a_request_is_registered_with_its_response_target(world, desk, estate):
    unit, owner = estate
    r = register(world, desk, resident_id=owner.id)
    assert (r.number, r.state, r.room_no, r.contact_name, r.contact_phone) == (
        "R0000001", RequestState.REGISTERED, "3-2-1502", "王建国", "13812345678")
    assert r.response_due_at == START + timedelta(minutes=5)
    assert r.overdue(START + timedelta(minutes=5)) and not r.overdue(START + timedelta(minutes=4))


def test_a_public_area_request_needs_a_place(world, desk, estate):
    with pytest.raises(ValidationError) as err:
        register(world, desk, unit="")
    assert [p.field for p in err.value.problems] == ["unit"]
    assert register(world, desk, unit="", location="地下车库B区").location == "地下车库B区"


@pytest.mark.parametrize("overrides, fields", [
    ({"description": " "}, {"description"}),
    ({"category": None}, {"category"}),
    ({"category": "pass"}, {"category"}),
    ({"department": "kitchen"}, {"department"}),
    ({"unit": "9-9-999"}, {"unit"}),
    ({"contact_phone": "123"}, {"contact_phone"}),
    ({"promised_at": START - timedelta(minutes=1)}, {"promised_at"}),
    ({"paid_item": "更换水龙头", "fee": "-20"}, {"fee"}),
    ({"paid_item": "更换水龙头", "fee": "abc"}, {"fee"}),
    ({"paid_item": "更换水龙头", "fee": "12.345"}, {"fee"}),
    ({"paid_item": "更换水龙头"}, {"fee"}),
    ({"fee": "80"}, {"paid_item"}),
])
def test_bad_input_is_refused_and_nothing_saved(world, desk, estate, overrides, fields):
    with pytest.raises(ValidationError) as err:
        register(world, desk, **overrides)
    assert {p.field for p in err.value.problems} == fields
    assert count(world, ServiceRequest) == 0 and count(world, RequestNote) == 0


def test_a_paid_service_keeps_item_fee_promise_and_booking(world, desk, estate):
    r = register(world, desk, paid_item="更换水龙头", fee="¥35.50", service_promise="当天上门，保修3个月",
                 booked_at=START + timedelta(hours=3))
    assert (r.paid_item, r.fee_cents, r.service_promise, r.booked_at) == (
        "更换水龙头", 3550, "当天上门，保修3个月", START + timedelta(hours=3))
    assert parse_fee("80") == 8000


def test_the_life_cycle_leaves_a_progress_note_at_every_step(world, desk, estate, clock):
    r = register(world, desk)
    rq = world.requests
    clock.advance(minutes=3)
    rq.dispatch(desk, r.id, assignee="维修工 刘师傅")
    clock.advance(minutes=20)
    rq.start(desk, r.id)
    rq.add_note(desk, r.id, text="已告知业主预计两小时修好", report=True)
    clock.advance(hours=2)
    done = rq.complete(desk, r.id, note="更换了三通阀")
    assert done.state is RequestState.COMPLETED and done.callback_due_at == clock.now() + timedelta(hours=24)
    assert [x.id for x in rq.callback_queue(desk)] == [r.id]
    clock.advance(hours=5)
    called = rq.call_back(desk, r.id, outcome=CallOutcome.REACHED, satisfaction=Satisfaction.SATISFIED,
                          comment="业主很满意")
    assert called.state is RequestState.CALLED_BACK and rq.callback_queue(desk) == []
    closed = rq.close(desk, r.id)
    assert closed.state is RequestState.CLOSED
    steps = [(n.kind, n.step) for n in rq.get(desk, r.id).notes]
    assert steps == [("step", "register"), ("step", "dispatch"), ("step", "start"), ("report", None),
                     ("step", "complete"), ("step", "call_back"), ("step", "close")]


def test_an_unanswered_callback_keeps_it_queued_and_an_unsatisfied_one_reopens_it(world, desk, estate):
    r = register(world, desk)
    rq = world.requests
    rq.dispatch(desk, r.id, assignee="刘师傅")
    rq.start(desk, r.id)
    rq.complete(desk, r.id, note="已修好")
    rq.call_back(desk, r.id, outcome=CallOutcome.NO_ANSWER)
    assert [x.id for x in rq.callback_queue(desk)] == [r.id]
    with pytest.raises(ValidationError):
        rq.call_back(desk, r.id, outcome=CallOutcome.REACHED)  # reached, but how satisfied?
    again = rq.call_back(desk, r.id, outcome=CallOutcome.REACHED, satisfaction=Satisfaction.NOT_SATISFIED,
                         comment="还在滴水")
    assert again.state is RequestState.IN_PROGRESS and again.callback_due_at is None
    notes = rq.get(desk, r.id).notes
    assert (notes[-1].step, notes[-1].text) == ("reopen", "还在滴水")
    assert notes[-2].kind == "callback" and notes[-2].step == "no_answer"


def test_a_callback_logs_its_call_in_the_same_transaction(world, desk, estate, clock):
    unit, owner = estate
    r = register(world, desk, resident_id=owner.id)
    rq = world.requests
    rq.dispatch(desk, r.id, assignee="刘师傅")
    rq.start(desk, r.id)
    rq.complete(desk, r.id, note="已修好")
    dialled = clock.now()
    clock.advance(minutes=2)
    rq.call_back(desk, r.id, outcome=CallOutcome.NO_ANSWER, started_at=dialled)
    clock.advance(hours=1)
    rq.call_back(desk, r.id, outcome=CallOutcome.REACHED, satisfaction=Satisfaction.SATISFIED, comment="业主很满意")
    later, first = world.calls.search(desk)  # newest first
    assert (first.direction, first.outcome, first.request_id, first.phone, first.room_no, first.caller_name) == (
        "outgoing", "no_answer", r.id, "13812345678", "3-2-1502", "王建国")
    assert (first.started_at, first.ended_at) == (dialled, dialled + timedelta(minutes=2))
    assert (later.outcome, later.content, later.started_at, later.ended_at) == (
        "reached", "业主很满意", clock.now(), clock.now())
    with world.db.read() as s:
        assert s.scalars(select(Call.purpose)).all() == ["callback", "callback"]
    calls = count(world, Call)
    with pytest.raises(DeskError):  # called back already: refused, neither the step nor a call is written
        rq.call_back(desk, r.id, outcome=CallOutcome.NO_ANSWER)
    assert count(world, Call) == calls


def test_a_callback_whose_call_cannot_be_saved_is_not_saved_either(world, desk, estate, clock, monkeypatch):
    r = register(world, desk)
    rq = world.requests
    rq.dispatch(desk, r.id, assignee="刘师傅")
    rq.start(desk, r.id)
    rq.complete(desk, r.id, note="已修好")
    with pytest.raises(ValidationError):  # a call that ends before it began
        rq.call_back(desk, r.id, outcome="reached", satisfaction="satisfied", started_at=clock.now() + timedelta(1))

    def broken(*_args, **_kwargs):
        raise RuntimeError("the phone log is broken")

    monkeypatch.setattr(rq, "_log_callback", broken)
    notes = count(world, RequestNote)
    for outcome in ("reached", "no_answer"):
        with pytest.raises(RuntimeError):
            rq.call_back(desk, r.id, outcome=outcome, satisfaction="satisfied")
    after = rq.get(desk, r.id)
    assert after.state is RequestState.COMPLETED and count(world, RequestNote) == notes and count(world, Call) == 0


@pytest.mark.parametrize("walk, step, refusal", [
    (["cancel"], "complete", "This request was cancelled by 赵敏 at"),  # completing a cancelled request
    (["dispatch"], "call_back", "This request was dispatched to 刘师傅 by 赵敏 at"),  # calling back an open one
    ([], "complete", "cannot be complete"),  # no step yet: the transition table's refusal
])
def test_impossible_transitions_are_refused_and_change_nothing(world, desk, estate, walk, step, refusal):
    r = register(world, desk)
    rq = world.requests
    for done in walk:
        {"cancel": lambda: rq.cancel(desk, r.id, reason="业主撤销"),
         "dispatch": lambda: rq.dispatch(desk, r.id, assignee="刘师傅")}[done]()
    before = rq.get(desk, r.id)
    with pytest.raises(Conflict if walk else InvalidTransition, match=refusal):
        {"complete": lambda: rq.complete(desk, r.id, note="x"),
         "call_back": lambda: rq.call_back(desk, r.id, outcome="reached", satisfaction="satisfied")}[step]()
    after = rq.get(desk, r.id)
    assert after.state is before.state and len(after.notes) == len(before.notes)


def test_a_complaint_closes_only_with_a_supervisors_accountability(world, admin, desk, estate):
    rq = world.requests
    clerk = world.member(admin, "1001", Role.RECEPTIONIST)
    r = register(world, clerk, category=Purpose.COMPLAINT, description="保安态度恶劣",
                 department=Department.SECURITY)
    rq.dispatch(clerk, r.id, assignee="安防主管")
    rq.start(clerk, r.id)
    rq.complete(clerk, r.id, note="已约谈当班保安")
    rq.call_back(clerk, r.id, outcome="reached", satisfaction="mostly")
    with pytest.raises(PermissionDenied):
        rq.close(clerk, r.id, complaint_class="服务态度", cause_analysis="x", accountability="y")
    with pytest.raises(ValidationError) as err:
        rq.close(desk, r.id, complaint_class="随便", cause_analysis=" ", accountability="")
    assert {p.field for p in err.value.problems} == {"complaint_class", "complaint_cause", "cause_analysis",
                                                      "accountability"}
    for nasty in ("", "STAFF", "staff\x00", "'; DROP TABLE request; --", "人员服务", "x" * 10_000):
        with pytest.raises(ValidationError) as err:
            rq.close(desk, r.id, complaint_class="服务态度", complaint_cause=nasty, cause_analysis="x",
                     accountability="y")
        assert [p.field for p in err.value.problems] == ["complaint_cause"]
    closed = rq.close(desk, r.id, complaint_class="服务态度", complaint_cause="staff",
                      cause_analysis="当班保安未按规范用语", accountability="当班保安书面检讨，扣当月考核分")
    assert closed.state is RequestState.CLOSED
    with world.db.read() as s:
        assert s.get(ServiceRequest, r.id).complaint_cause == "staff"


def test_a_follow_up_visit_becomes_a_request_once(world, desk, estate):
    unit, owner = estate
    visit = world.visits.record(desk, unit="3-2-1502", resident_id=owner.id, purpose=Purpose.REPAIR,
                                content="卫生间漏水", confirmed=True, outcome=Outcome.FOLLOW_UP)
    r = world.requests.from_visit(desk, visit.id, department=Department.ENGINEERING)
    assert (r.source, r.visit_id, r.description, r.contact_name) == ("visit", visit.id, "卫生间漏水", "王建国")
    with pytest.raises(Conflict, match=f"already has request {r.number}"):
        world.requests.from_visit(desk, visit.id, department=Department.ENGINEERING)
    resolved = world.visits.record(desk, unit="3-2-1502", resident_id=owner.id, purpose=Purpose.INQUIRY,
                                   content="问缴费", confirmed=True, outcome=Outcome.RESOLVED, resolution="已答")
    with pytest.raises(ValidationError):
        world.requests.from_visit(desk, resolved.id, department=Department.CUSTOMER_SERVICE)


def test_callbacks_become_overdue_after_24_hours(world, desk, estate, clock):
    r = register(world, desk)
    rq = world.requests
    rq.dispatch(desk, r.id, assignee="刘师傅")
    rq.start(desk, r.id)
    done = rq.complete(desk, r.id, note="已修好")
    assert not done.overdue(clock.now() + timedelta(hours=23, minutes=59))
    assert done.overdue(clock.now() + timedelta(hours=24))


def test_who_may_do_what(world, admin, estate):
    guard = world.member(admin, "3001", Role.GUARD)
    operator = world.member(admin, "2001", Role.CONTROL_OPERATOR)
    with pytest.raises(PermissionDenied):
        register(world, guard)
    with pytest.raises(PermissionDenied):
        register(world, operator)
    r = register(world, admin)
    assert world.requests.get(operator, r.id).number == r.number
    with pytest.raises(NotFound):
        world.requests.get(operator, 999)


def test_the_response_target_and_complaint_classes_are_site_settings(world, admin, desk, estate):
    world.site.update_settings(admin, idle_lock_minutes=10, response_minutes=15, report_every_days=2,
                               complaint_classes=["态度", "质量", "态度", " "])
    assert world.site.settings().complaint_classes == ("态度", "质量")
    r = register(world, desk)
    assert r.response_due_at == START + timedelta(minutes=15)
    assert world.requests.complaint_classes() == ("态度", "质量")
    with pytest.raises(ValidationError) as err:
        world.site.update_settings(admin, idle_lock_minutes=10, response_minutes=0, report_every_days=99,
                                   complaint_classes=[])
    assert {p.field for p in err.value.problems} == {"response_minutes", "report_every_days", "complaint_classes"}
    assert world.site.settings().response_minutes == 15


def test_a_long_running_request_prompts_a_progress_report(world, admin, desk, estate, clock):
    r = register(world, desk)
    world.requests.dispatch(desk, r.id, assignee="刘师傅")
    every = world.requests.report_every()
    assert every == timedelta(days=3)
    clock.advance(days=3)
    assert world.requests.get(desk, r.id).report_due(clock.now(), every)
    world.requests.add_note(desk, r.id, text="已告知业主配件在路上", report=True)
    assert not world.requests.get(desk, r.id).report_due(clock.now(), every)


def test_a_units_history_has_its_visits_calls_and_requests(world, desk, estate, clock):
    unit, owner = estate
    world.visits.record(desk, unit="3-2-1502", resident_id=owner.id, purpose=Purpose.INQUIRY, content="问缴费",
                        confirmed=True, outcome="resolved", resolution="已答")
    clock.advance(minutes=5)
    world.calls.record_incoming(desk, started_at=world.calls.now(), phone="13812345678", unit="3-2-1502",
                                resident_id=owner.id, category=Purpose.REPAIR, content="漏水", confirmed=True,
                                outcome="request", department="engineering")
    kinds = [h.kind for h in world.history.unit_history(desk, unit.id)]
    assert sorted(kinds) == ["call", "request", "visit"] and kinds[-1] == "visit"  # newest first
