"""Security in the services: logging in tells nobody which staff numbers exist; a member whose account
changed since logging in writes nothing; wrong supervisor passwords at a gate slow the gate down, not the
supervisor's login; serious holds and dispatched requests need a supervisor; guards and the control room
see phone numbers masked."""

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from deskapp.db.models import AuditLog, GuestVisit, OverrideThrottle, Staff, Unit
from deskapp.domain.errors import AuthenticationFailed, NotFound, PermissionDenied, ValidationError
from deskapp.domain.requests import Department, RequestState
from deskapp.domain.roles import (
    MSG_DENIED_CANCEL,
    MSG_DENIED_HOLD,
    MSG_REVOKED_INACTIVE,
    MSG_REVOKED_PASSWORD,
    MSG_REVOKED_ROLES,
    AccessRevoked,
    Role,
)
from deskapp.domain.visits import Purpose
from deskapp.services.auth import AuthService
from deskapp.services.guests import (
    MSG_OVERRIDE_WAIT,
    MSG_OVERRIDE_WRONG_WAIT,
    GuestQuery,
    Override,
    OverrideRefused,
)
from tests.conftest import HASHER, PASSWORD


class SpyHasher:
    """The test hasher, counting what each login costs."""

    def __init__(self) -> None:
        self.verified: list[str] = []
        self.hashed = 0

    def hash(self, password: str) -> str:
        self.hashed += 1
        return HASHER.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        self.verified.append(stored)
        return HASHER.verify(stored, password)

    def needs_rehash(self, stored: str) -> bool:
        return HASHER.needs_rehash(stored)


def test_an_unknown_staff_number_costs_the_same_verification_and_gets_the_same_answer(world, admin):
    spy = SpyHasher()
    auth = AuthService(db=world.db, hasher=spy)  # type: ignore[arg-type]
    answers = []
    for staff_no, password in (("7777", PASSWORD), ("9001", "wrong-password"), ("7777", "wrong-password")):
        spy.verified.clear()
        with pytest.raises(AuthenticationFailed) as err:
            auth.login(staff_no, password, station="pc")
        answers.append((err.value.problems, str(err.value)))
        assert len(spy.verified) == 1  # one Argon2 verification each, known number or not
        assert spy.verified[0].startswith("$argon2id$")  # against a real hash (a dummy for the unknown)
    assert answers[0] == answers[1] == answers[2]
    assert spy.hashed == 1  # the dummy hash, made once


# -- a member whose account changed while the window is open ------------------------------------

def units(world) -> int:
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(Unit))


@pytest.fixture
def clerk(world, admin):
    """A receptionist logged in at a desk (so the actor carries the stamp of the password it used)."""
    world.member(admin, "1001", Role.RECEPTIONIST, Role.GUARD, settled=True)
    return world.auth.login("1001", PASSWORD, station="desk-2")


def test_a_deactivated_member_can_no_longer_write(world, admin, clerk):
    world.directory.create_unit(clerk, "3-2-1502")
    world.staff.update_staff(admin, clerk.staff_id, name=clerk.name, roles=set(clerk.roles), active=False)
    with pytest.raises(AccessRevoked) as err:
        world.directory.create_unit(clerk, "3-2-1503")
    assert err.value.message == MSG_REVOKED_INACTIVE and err.value.staff_id == clerk.staff_id
    assert isinstance(err.value, PermissionDenied) and units(world) == 1


def test_a_member_who_lost_a_role_can_no_longer_write_one_who_gained_one_can(world, admin, clerk):
    world.staff.update_staff(admin, clerk.staff_id, name=clerk.name,
                             roles={Role.RECEPTIONIST, Role.GUARD, Role.SUPERVISOR}, active=True)
    world.directory.create_unit(clerk, "3-2-1502")  # a role added: the old rights still hold
    world.staff.update_staff(admin, clerk.staff_id, name=clerk.name, roles={Role.GUARD}, active=True)
    with pytest.raises(AccessRevoked) as err:  # the window still holds the receptionist's rights
        world.directory.create_unit(clerk, "3-2-1503")
    assert err.value.message == MSG_REVOKED_ROLES and units(world) == 1
    with pytest.raises(AccessRevoked):  # whatever the write: the window was built for the old roles
        world.guests.check_in(clerk, name="刘洋", host_unit="3-2-1502", stay_minutes=60)
    again = world.auth.login("1001", PASSWORD, station="desk-2")  # logging in again: the new roles
    assert again.roles == {Role.GUARD}
    assert world.guests.check_in(again, name="刘洋", host_unit="3-2-1502", stay_minutes=60).on_site
    with pytest.raises(PermissionDenied):
        world.directory.create_unit(again, "3-2-1503")


def test_a_password_reset_by_an_administrator_stops_the_open_window(world, admin, clerk):
    world.staff.reset_password(admin, clerk.staff_id, new_password="temporary-1")
    with pytest.raises(AccessRevoked) as err:
        world.directory.create_unit(clerk, "3-2-1502")
    assert err.value.message == MSG_REVOKED_PASSWORD and units(world) == 0
    with pytest.raises(AccessRevoked):  # not even the member's own password change, with the old actor
        world.auth.change_password(clerk, current="temporary-1", new="my-own-pass", again="my-own-pass")
    fresh = world.auth.login("1001", "temporary-1", station="desk-2")  # with the temporary password
    world.directory.create_unit(fresh, "3-2-1502")  # may work until it is changed
    world.auth.change_password(fresh, current="temporary-1", new="my-own-pass", again="my-own-pass")
    world.directory.create_unit(fresh, "3-2-1503")  # the member's own change revokes nothing
    assert units(world) == 2


def test_a_refused_write_is_told_to_the_listeners_and_a_read_still_works(world, admin, clerk):
    heard = []
    stop = world.db.on_access_revoked(heard.append)
    world.staff.update_staff(admin, clerk.staff_id, name=clerk.name, roles=set(clerk.roles), active=False)
    with pytest.raises(AccessRevoked):
        world.directory.create_unit(clerk, "3-2-1502")
    assert [e.staff_id for e in heard] == [clerk.staff_id]
    stop()
    with pytest.raises(AccessRevoked):
        world.directory.create_unit(clerk, "3-2-1502")
    assert len(heard) == 1
    assert world.directory.search(clerk, "") == []  # reads are not checked (nothing is written)


# -- the watchlist override: wrong supervisor passwords count against the station ---------------

@pytest.fixture
def listed(world, desk):
    world.directory.create_unit(desk, "3-2-1502")
    world.guests.add_to_watchlist(desk, name="张三", reason="多次滋扰业主")


def let_in(world, actor, staff_no="8001", password=PASSWORD):
    return world.guests.check_in(actor, name="张三", host_unit="3-2-1502", stay_minutes=60,
                                 override=Override(staff_no, password, "业主到门岗亲自接"))


def station_row(world, station):
    with world.db.read() as s:
        row = s.get(OverrideThrottle, station)
        return row and (row.failures, row.wait_until)


def test_wrong_override_passwords_do_not_lock_the_supervisors_login(world, admin, desk, listed, clock):
    guard = world.member(admin, "3001", Role.GUARD, settled=True)
    for _ in range(6):
        with pytest.raises(OverrideRefused):
            let_in(world, guard, password="guessing-1")
        clock.advance(minutes=16)  # whatever the station's wait, it has passed
    with world.db.read() as s:
        assert s.get(Staff, desk.staff_id).failed_logins == 0 and s.get(Staff, desk.staff_id).locked_until is None
    assert world.auth.login("8001", PASSWORD, station="desk-1").staff_no == "8001"
    assert station_row(world, "desk-1")[0] == 6


def test_after_a_few_wrong_tries_the_station_waits_longer_and_longer(world, admin, desk, listed, clock):
    guard = replace(world.member(admin, "3001", Role.GUARD, settled=True), station="gate-1")
    waits = []
    for _ in range(5):
        with pytest.raises(OverrideRefused) as err:
            let_in(world, guard, password="guessing-1")
        waits.append(err.value.wait_seconds)
        clock.advance(seconds=err.value.wait_seconds)
    assert waits == [0, 0, 30, 60, 120]
    assert err.value.message == MSG_OVERRIDE_WRONG_WAIT and "120 seconds" in str(err.value)
    clock.advance(seconds=-60)  # half-way through the wait: even the right password is not looked at
    with pytest.raises(OverrideRefused) as err:
        let_in(world, guard)
    assert err.value.message == MSG_OVERRIDE_WAIT and err.value.wait_seconds == 60
    assert err.value.field == "password" and world.guests.on_site(desk) == []
    other = replace(guard, station="gate-2")  # another station is not slowed down
    assert let_in(world, other).overridden_by == "赵敏"
    clock.advance(seconds=60)
    assert let_in(world, guard).overridden_by == "赵敏"
    assert station_row(world, "gate-1") == (0, None)  # the right password cleared the count
    with pytest.raises(OverrideRefused) as err:
        let_in(world, guard, password="guessing-1")
    assert err.value.wait_seconds == 0


def test_an_unknown_staff_number_in_the_override_counts_as_a_wrong_try(world, admin, desk, listed):
    guard = world.member(admin, "3001", Role.GUARD, settled=True)
    for staff_no in ("7777", "8001", "nobody"):
        with pytest.raises(OverrideRefused):
            let_in(world, guard, staff_no=staff_no, password="guessing-1")
    assert station_row(world, "desk-1")[0] == 3 and world.guests.on_site(desk) == []


# -- what needs a supervisor: serious holds lifted, dispatched requests cancelled ----------------

@pytest.fixture
def receptionist(world, admin):
    return world.member(admin, "1001", Role.RECEPTIONIST, settled=True)


def active_holds(world, actor, unit_id):
    return {n.kind.value for n in world.directory.unit_detail(actor, unit_id).holds}


def test_the_desk_lifts_an_arrears_hold_a_supervisor_a_safety_or_dispute_hold(world, desk, receptionist):
    unit = world.directory.create_unit(desk, "3-2-1502")
    notes = {kind: world.directory.add_note(receptionist, unit.id, kind=kind, text="说明")
             for kind in ("arrears", "dispute", "safety", "other_hold", "note")}
    for kind in ("dispute", "safety"):
        with pytest.raises(PermissionDenied) as err:
            world.directory.void_note(receptionist, notes[kind].id, reason="已解决")
        assert err.value.message == MSG_DENIED_HOLD
    assert active_holds(world, desk, unit.id) == {"arrears", "dispute", "safety", "other_hold"}
    with pytest.raises(ValidationError):  # the desk still gives a reason for lifting arrears
        world.directory.void_note(receptionist, notes["arrears"].id, reason=" ")
    for kind in ("arrears", "other_hold", "note"):
        world.directory.void_note(receptionist, notes[kind].id, reason="已缴清")
    for kind in ("dispute", "safety"):
        world.directory.void_note(desk, notes[kind].id, reason="主管核实已解决")
    assert active_holds(world, desk, unit.id) == set()
    with pytest.raises(NotFound):
        world.directory.void_note(receptionist, 999_999, reason="x")


def register(world, actor):
    return world.requests.register(actor, unit="3-2-1502", category=Purpose.REPAIR, description="厨房水管漏水",
                                   department=Department.ENGINEERING)


def test_the_desk_cancels_a_registered_request_a_supervisor_one_already_dispatched(world, desk, receptionist):
    world.directory.create_unit(desk, "3-2-1502")
    rq = world.requests
    first = register(world, receptionist)
    assert rq.cancel(receptionist, first.id, reason="业主撤销").state is RequestState.CANCELLED
    for walk in (["dispatch"], ["dispatch", "start"]):
        r = register(world, receptionist)
        rq.dispatch(receptionist, r.id, assignee="刘师傅")
        if "start" in walk:
            rq.start(receptionist, r.id)
        state = rq.get(receptionist, r.id).state
        with pytest.raises(PermissionDenied) as err:
            rq.cancel(receptionist, r.id, reason="业主撤销", seen=state)
        assert err.value.message == MSG_DENIED_CANCEL
        after = rq.get(desk, r.id)
        assert after.state is state and after.notes[-1].step != "cancel"
        assert rq.cancel(desk, r.id, reason="主管同意撤单", seen=state).state is RequestState.CANCELLED


def test_a_cancel_decided_on_registered_meets_a_dispatch_first(world, desk, receptionist):
    """Dispatched by another station meanwhile, without the state seen: the state under the lock decides."""
    world.directory.create_unit(desk, "3-2-1502")
    r = register(world, receptionist)
    world.requests.dispatch(desk, r.id, assignee="刘师傅")
    with pytest.raises(PermissionDenied):
        world.requests.cancel(receptionist, r.id, reason="业主撤销")
    assert world.requests.get(desk, r.id).state is RequestState.DISPATCHED


# -- phone numbers: whole for the desk, masked for a guard and the control room ---------------

def pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", "").replace(" ", "")


@pytest.fixture
def staffed(world, admin, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    owner = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13812345678"])
    guard = world.member(admin, "3001", Role.GUARD, settled=True)
    operator = world.member(admin, "2001", Role.CONTROL_OPERATOR, settled=True)
    return unit, owner, guard, operator


def test_the_directory_shows_a_guard_and_the_control_room_masked_numbers(world, desk, staffed):
    unit, owner, guard, operator = staffed
    for actor, shown in ((desk, "13812345678"), (guard, "138****5678"), (operator, "138****5678")):
        assert world.directory.search(actor, "王建国")[0].phones == (shown,)
        assert world.directory.search(actor, "5678")[0].phones == (shown,)  # found by its digits all the same
        assert world.directory.unit_detail(actor, unit.id).residents[0].phones == (shown,)
    card = pdf_text(world.printing.unit_card(operator, unit.id).pdf)
    assert "138****5678" in card and "13812345678" not in card


def test_the_control_room_reveals_a_residents_number_with_a_reason_and_it_is_audited(world, desk, staffed):
    unit, owner, guard, operator = staffed
    with pytest.raises(ValidationError):
        world.directory.reveal_phones(operator, owner.id, reason=" ")
    assert world.directory.reveal_phones(operator, owner.id, reason="3栋烟感报警，通知业主") == ("13812345678",)
    with world.db.read() as s:
        row = s.scalar(select(AuditLog).where(AuditLog.action == "reveal"))
    assert (row.staff_id, row.table_name, row.record_id, row.field, row.reason) == (
        operator.staff_id, "resident", str(owner.id), "phones", "3栋烟感报警，通知业主")
    assert "13812345678" not in f"{row.old_value} {row.new_value}"
    with pytest.raises(PermissionDenied):  # the gate's work needs no resident's number
        world.directory.reveal_phones(guard, owner.id, reason="访客说是亲戚")


def test_a_guard_sees_guests_numbers_masked_on_the_lists_and_the_roll_call(world, desk, staffed):
    unit, owner, guard, operator = staffed
    g = world.guests.check_in(guard, name="刘洋", phone="13600001111", host_unit="3-2-1502", stay_minutes=60)
    assert g.phone == "136****1111"  # even the number the guard has just typed
    assert [x.phone for x in world.guests.on_site(guard)] == ["136****1111"]
    assert [x.phone for x in world.guests.search(guard, GuestQuery(text="1111"))] == ["136****1111"]
    assert [x.phone for x in world.guests.on_site(desk)] == ["13600001111"]
    gate = pdf_text(world.printing.roll_call(guard).pdf)
    assert "136****1111" in gate and "13600001111" not in gate
    assert "13600001111" in pdf_text(world.printing.roll_call(desk).pdf)
    with world.db.read() as s:  # stored whole: masking is in what is shown
        assert s.scalar(select(GuestVisit.phone)) == "13600001111"
