"""The demo site's month of move-out passes: every state, and the service reads them."""

from datetime import time

from sqlalchemy import func, select

from deskapp.db.models import MovePass, Resident
from deskapp.domain.identity import IdType
from deskapp.domain.passes import ItemLine, PassState, Verdict
from deskapp.domain.roles import Role
from deskapp.services.demo import DemoSize, seed_directory, seed_passes
from deskapp.services.passes import Applicant, PassQuery
from deskapp.services.timeutil import local_date
from tests.conftest import START


def test_a_month_of_passes_in_every_state(world, admin):
    desk = world.member(admin, "8001", Role.SUPERVISOR, Role.RECEPTIONIST, name="赵敏")
    guard = world.member(admin, "3001", Role.GUARD, name="陈强")
    seed_directory(world.db, DemoSize(buildings=2, floors=3))
    assert seed_passes(world.db, per_day=8) > 200
    with world.db.read() as s:
        states = dict(s.execute(select(MovePass.state, func.count()).group_by(MovePass.state)).all())
    assert set(states) == {state.value for state in PassState}, states
    assert world.passes.expected_today(guard) and world.passes.red_copies_missing(desk)
    assert world.passes.never_collected(desk)
    found = world.passes.search(desk, PassQuery(), limit=500)
    returned = next(p for p in found if p.state is PassState.RETURNED)
    assert world.passes.check(guard, returned.number).verdict is Verdict.COLLECTED and returned.items
    # the demo's ids came from the database (a sequence on PostgreSQL): a pass issued now takes the next one
    with world.db.read() as s:
        owner = s.scalars(select(Resident).where(Resident.unit_id == returned.unit_id, Resident.role == "owner")).first()
    p = world.passes.issue(desk, unit=returned.room_no, applicant=Applicant(IdType.RESIDENT_ID, "110101199003071233",
                                                                            resident_id=owner.id),
                           items=[ItemLine("冰箱", 1, "台")], moving_day=local_date(START), start=time(0), end=time(23, 59),
                           arrears_told=True)
    assert p.id == max(x.id for x in found) + 1
