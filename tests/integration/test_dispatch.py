"""Dispatch names who is coming and when: the assignee picked from the names offered (or typed), the
promised time kept with the request and printed on the work order."""

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.requests import Department, RequestState
from deskapp.domain.roles import Role
from deskapp.domain.visits import Purpose
from deskapp.printing.pages import PageSize
from deskapp.services.printouts import local
from tests.conftest import START


@pytest.fixture
def estate(world, desk):
    world.directory.create_unit(desk, "3-2-1502")


def register(world, actor, department=Department.ENGINEERING, **overrides):
    values = dict(unit="3-2-1502", category=Purpose.REPAIR, description="厨房水管漏水", department=department)
    return world.requests.register(actor, **(values | overrides))


def pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).replace(" ", "").replace("\n", "")


def test_dispatch_keeps_who_and_when_and_the_work_order_prints_both(world, desk, estate):
    r = register(world, desk)
    promised = START + timedelta(hours=3)
    after = world.requests.dispatch(desk, r.id, assignee=" 刘师傅 ", promised_at=promised, seen=RequestState.REGISTERED)
    assert (after.state, after.assignee, after.promised_at) == (RequestState.DISPATCHED, "刘师傅", promised)
    text = pdf_text(world.printing.work_order(desk, r.id, PageSize.A5).pdf)
    assert "刘师傅" in text and f"{local(promised):%Y-%m-%d%H:%M}" in text


def test_a_promise_made_at_registration_stays_when_the_dispatch_gives_none(world, desk, estate):
    promised = START + timedelta(days=1)
    r = register(world, desk, promised_at=promised)
    assert world.requests.dispatch(desk, r.id, assignee="工程部").promised_at == promised


def test_no_assignee_and_a_past_promise_are_both_refused_and_nothing_changes(world, desk, estate):
    r = register(world, desk)
    with pytest.raises(ValidationError) as err:
        world.requests.dispatch(desk, r.id, assignee="  ", promised_at=START - timedelta(minutes=1))
    assert {p.field for p in err.value.problems} == {"assignee", "promised_at"}
    after = world.requests.get(desk, r.id)
    assert (after.state, after.assignee, after.promised_at) == (RequestState.REGISTERED, "", None)


def test_the_names_offered_are_the_latest_dispatches_of_the_department_first_then_the_staff(world, admin, desk,
                                                                                          estate):
    guard = world.member(admin, "7001", Role.GUARD, name="孙伟")
    gone = world.member(admin, "7002", Role.GUARD, name="钱丽")
    world.staff.update_staff(admin, gone.staff_id, name="钱丽", roles={Role.GUARD}, active=False)
    for who, department in (("刘师傅", Department.ENGINEERING), ("保安队", Department.SECURITY),
                            ("王师傅", Department.ENGINEERING), ("刘师傅", Department.ENGINEERING)):
        world.requests.dispatch(desk, register(world, desk, department).id, assignee=who)
    assert world.requests.assignees(desk, department=Department.ENGINEERING) == [
        "刘师傅", "王师傅", "保安队", "孙伟", "赵敏", "周杰"]  # then the active staff by staff number
    security = world.requests.assignees(desk, department="security")
    assert security[:2] == ["保安队", "刘师傅"] and security.index("孙伟") < security.index("赵敏")
    assert "钱丽" not in security  # no longer active
    with pytest.raises(PermissionDenied):
        world.requests.assignees(guard)
