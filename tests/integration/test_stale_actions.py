"""A station acting on a record another station has just changed: the refusal names who did what and
when, and nothing is written. Also the unique keys two stations can race for (PostgreSQL), where the
database refuses the second insert: each becomes the message the service gives when it finds the key.

The stations here take turns in one process; ``test_races.py`` runs them at the same moment.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import event, func, select

from deskapp.db.models import AuditLog, RequestNote, ServiceRequest, Setting, Site, Staff, Station
from deskapp.domain.directory import NoteKind
from deskapp.domain.errors import Conflict
from deskapp.domain.requests import Department, RequestState
from deskapp.domain.roles import Role
from deskapp.domain.visits import Outcome, Purpose
from deskapp.services.requests import CallOutcome
from deskapp.services.timeutil import local_date, local_hhmm
from tests.conftest import PASSWORD, START

# How the messages give START: its local time, with the date unless it is today.
AT = local_hhmm(START) if local_date(START) == date.today() else f"{local_date(START).isoformat()} {local_hhmm(START)}"


def audit_rows(world) -> int:
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditLog))


@pytest.fixture
def estate(world, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    owner = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13812345678"])
    return unit, owner


@pytest.fixture
def two(world, admin):
    """Two receptionists (and supervisors) at two stations."""
    roles = (Role.RECEPTIONIST, Role.SUPERVISOR, Role.GUARD)
    return (replace(world.member(admin, "1001", *roles, name="李娜"), station="front-desk"),
            replace(world.member(admin, "1002", *roles, name="王芳"), station="north-gate"))


# -- guests -----------------------------------------------------------------------------------

def test_a_slip_checked_out_at_another_gate_names_when_where_and_who(world, desk, estate, two):
    a, b = two
    g = world.guests.check_in(desk, name="刘洋", host_unit="3-2-1502", stay_minutes=60)
    world.guests.check_out(b, g.slip_no)
    before = audit_rows(world)
    with pytest.raises(Conflict) as err:
        world.guests.check_out(a, g.slip_no)
    assert str(err.value) == f"Slip {g.slip_no} was already checked out at {AT} at north-gate by 王芳."
    assert err.value.field == "slip" and audit_rows(world) == before


def test_a_slip_voided_meanwhile_names_who_voided_it(world, desk, estate, two):
    a, b = two
    g = world.guests.check_in(desk, name="刘洋", host_unit="3-2-1502", stay_minutes=60)
    world.guests.void(b, g.id, reason="登记错误")
    with pytest.raises(Conflict) as err:
        world.guests.check_out(a, g.slip_no)
    assert str(err.value) == f"Slip {g.slip_no} was voided by 王芳 at {AT}: 登记错误"
    with pytest.raises(Conflict) as err:
        world.guests.void(a, g.id, reason="重复")
    assert str(err.value) == f"This guest's slip was already voided by 王芳 at {AT}: 登记错误. Nothing was changed."


def test_a_watchlist_entry_taken_off_twice(world, two):
    a, b = two
    entry = world.guests.add_to_watchlist(a, name="张三", reason="多次滋扰业主")
    world.guests.remove_from_watchlist(b, entry.id, reason="已和解")
    with pytest.raises(Conflict) as err:
        world.guests.remove_from_watchlist(a, entry.id, reason="误录")
    assert str(err.value) == f"This entry was already taken off the list by 王芳 at {AT}: 已和解. Nothing was changed."


# -- requests ---------------------------------------------------------------------------------

def register(world, actor):
    return world.requests.register(actor, unit="3-2-1502", category=Purpose.REPAIR, description="厨房水管漏水",
                                   department=Department.ENGINEERING)


def notes(world, request_id: int) -> int:
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(RequestNote).where(RequestNote.request_id == request_id))


def test_dispatching_a_request_cancelled_meanwhile(world, estate, two):
    a, b = two
    r = register(world, a)
    world.requests.cancel(a, r.id, reason="业主撤销", seen=RequestState.REGISTERED)
    before = (notes(world, r.id), audit_rows(world))
    with pytest.raises(Conflict) as err:
        world.requests.dispatch(b, r.id, assignee="刘师傅", seen=RequestState.REGISTERED)
    assert str(err.value) == f"This request was cancelled by 李娜 at {AT}."
    with pytest.raises(Conflict):  # without the state seen too: the table refuses it, naming the cancel
        world.requests.dispatch(b, r.id, assignee="刘师傅")
    assert (notes(world, r.id), audit_rows(world)) == before
    assert world.requests.get(a, r.id).state is RequestState.CANCELLED


def test_cancelling_a_request_dispatched_meanwhile(world, estate, two):
    a, b = two
    r = register(world, a)
    world.requests.dispatch(b, r.id, assignee="刘师傅", seen="registered")
    with pytest.raises(Conflict) as err:
        world.requests.cancel(a, r.id, reason="业主撤销", seen="registered")
    assert str(err.value) == f"This request was dispatched to 刘师傅 by 王芳 at {AT}."
    assert world.requests.get(a, r.id).state is RequestState.DISPATCHED
    # Seeing it dispatched, the cancel goes ahead.
    assert world.requests.cancel(a, r.id, reason="业主撤销", seen="dispatched").state is RequestState.CANCELLED


@pytest.mark.parametrize("walk, words", [
    (["start"], "started"),
    (["start", "complete"], "completed"),
    (["start", "complete", "call_back"], "called back"),
    (["start", "complete", "reopen"], "reopened after a callback"),
    (["start", "complete", "call_back", "close"], "closed"),
])
def test_every_step_taken_meanwhile_is_named(world, estate, two, walk, words):
    a, b = two
    rq = world.requests
    r = register(world, a)
    rq.dispatch(a, r.id, assignee="刘师傅")
    steps = {"start": lambda: rq.start(b, r.id),
             "complete": lambda: rq.complete(b, r.id, note="已修好"),
             "call_back": lambda: rq.call_back(b, r.id, outcome=CallOutcome.REACHED, satisfaction="satisfied"),
             "reopen": lambda: rq.call_back(b, r.id, outcome=CallOutcome.REACHED, satisfaction="not_satisfied"),
             "close": lambda: rq.close(b, r.id)}
    for step in walk:
        steps[step]()
    now = rq.get(a, r.id)
    with pytest.raises(Conflict) as err:  # a's screen still showed it dispatched
        rq.cancel(a, r.id, reason="业主撤销", seen=RequestState.DISPATCHED)
    assert str(err.value) == f"This request was {words} by 王芳 at {AT}."
    after = rq.get(a, r.id)
    assert (after.state, len(after.notes)) == (now.state, len(now.notes))


def test_a_callback_logged_twice(world, estate, two):
    a, b = two
    rq = world.requests
    r = register(world, a)
    rq.dispatch(a, r.id, assignee="刘师傅")
    rq.start(a, r.id)
    rq.complete(a, r.id, note="已修好")
    rq.call_back(b, r.id, outcome=CallOutcome.REACHED, satisfaction="satisfied")
    before = notes(world, r.id)
    for outcome in (CallOutcome.REACHED, CallOutcome.NO_ANSWER):
        with pytest.raises(Conflict) as err:
            rq.call_back(a, r.id, outcome=outcome, satisfaction="mostly")
        assert str(err.value) == f"This request was called back by 王芳 at {AT}."
    assert notes(world, r.id) == before


# -- the directory ------------------------------------------------------------------------------

def test_a_hold_lifted_twice_and_a_note_withdrawn_twice(world, estate, two):
    a, b = two
    unit, _ = estate
    hold = world.directory.add_note(a, unit.id, kind=NoteKind.ARREARS, text="欠费三个月")
    note = world.directory.add_note(a, unit.id, kind=NoteKind.NOTE, text="钥匙寄存前台")
    world.directory.void_note(b, hold.id, reason="已缴清")
    world.directory.void_note(b, note.id, reason="已取走")
    with pytest.raises(Conflict) as err:
        world.directory.void_note(a, hold.id, reason="已缴")
    assert str(err.value) == f"This hold was already lifted by 王芳 at {AT}: 已缴清. Nothing was changed."
    with pytest.raises(Conflict) as err:
        world.directory.void_note(a, note.id, reason="x")
    assert str(err.value) == f"This note was already withdrawn by 王芳 at {AT}: 已取走. Nothing was changed."


def test_a_resident_voided_meanwhile_is_not_changed(world, estate, two):
    a, b = two
    _, owner = estate
    world.directory.void_resident(b, owner.id, reason="重复录入")
    before = audit_rows(world)
    with pytest.raises(Conflict) as err:
        world.directory.update_resident(a, owner.id, name="王建军", role="owner", phones=["13812345678"])
    assert str(err.value) == (f"This resident record was voided by 王芳 at {AT}: 重复录入. "
                              "A void record cannot be changed.")
    with pytest.raises(Conflict) as err:
        world.directory.void_resident(a, owner.id, reason="x")
    assert str(err.value) == f"This resident record was already voided by 王芳 at {AT}: 重复录入. Nothing was changed."
    assert audit_rows(world) == before


# -- unique keys two stations race for (PostgreSQL: SQLite's write transactions run one at a time) --

@contextmanager
def another_station_first(world, competitor):
    """Just before this station's first insert reaches the database, ``competitor()`` runs and commits
    on its own connection: the moment between a service's check and its insert, made to happen."""
    if world.engine.dialect.name == "sqlite":
        pytest.skip("SQLite: the write transaction holds the file; no other write can come in between")
    fired: list[bool] = []

    def before_flush(session, _ctx, _instances) -> None:
        if not fired:
            fired.append(True)
            competitor()

    event.listen(world.db.session_factory, "before_flush", before_flush)
    try:
        yield fired
    finally:
        event.remove(world.db.session_factory, "before_flush", before_flush)


def test_a_staff_number_taken_between_check_and_insert_is_already_in_use(world, admin):
    def first():
        world.staff.create_staff(admin, staff_no="5001", name="赵六", roles={Role.GUARD}, password=PASSWORD)

    with another_station_first(world, first) as fired, pytest.raises(Conflict) as err:
        world.staff.create_staff(admin, staff_no="5001", name="钱七", roles={Role.GUARD}, password=PASSWORD)
    assert fired and str(err.value) == "Staff number 5001 is already in use." and err.value.field == "staff_no"
    with world.db.read() as s:
        assert s.scalar(select(Staff.name).where(Staff.staff_no == "5001")) == "赵六"


def test_a_visits_request_made_between_check_and_insert(world, desk, estate):
    visit = world.visits.record(desk, unit="3-2-1502", resident_id=None, visitor_name="张三", purpose=Purpose.REPAIR,
                                content="卫生间漏水", confirmed=True, outcome=Outcome.FOLLOW_UP)
    made: list[str] = []

    def first():
        made.append(world.requests.register(desk, unit="3-2-1502", category=Purpose.REPAIR, description="卫生间漏水",
                                            department=Department.ENGINEERING, source="visit",
                                            visit_id=visit.id).number)

    with another_station_first(world, first), pytest.raises(Conflict) as err:
        world.requests.from_visit(desk, visit.id, department=Department.ENGINEERING)
    assert str(err.value) == f"This visit already has request {made[0]}."
    with world.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ServiceRequest)) == 1


def test_setting_up_the_same_database_twice_at_once(world):
    with another_station_first(world, world.set_up_site), pytest.raises(Conflict) as err:
        world.site.set_up(site_name="另一个", centre_name="中心", centre_phone="020-38880000",
                          admin_staff_no="9009", admin_name="孙八", password=PASSWORD, password_again=PASSWORD)
    assert str(err.value) == "This database is already set up."
    with world.db.read() as s:
        assert s.get(Site, 1).name == "保利花园" and s.scalar(select(func.count()).select_from(Staff)) == 1


def test_a_station_registered_twice_at_once_and_settings_saved_twice_at_once(world, admin):
    with another_station_first(world, lambda: world.site.register_station("前台1", "desk")):
        world.site.register_station("前台1", "gate")
    with another_station_first(world, lambda: world.site.update_settings(admin, idle_lock_minutes=20)):
        world.site.update_settings(admin, idle_lock_minutes=30)
    with world.db.read() as s:
        assert s.scalars(select(Station.profile).where(Station.name == "前台1")).all() == ["gate"]
        assert s.scalar(select(Setting.value).where(Setting.key == "idle_lock_minutes")) == "30"
