"""Several stations at the same moment: real processes (each its own interpreter, engine and
connections, see ``stations.py``) acting on the same records at once, on SQLite and PostgreSQL.

Exactly one of two stations checks a slip out, moves a request on, creates a staff number, a unit or a
visit's request; the other is told who did it and when, and nothing of its own is written. Twenty
wrong passwords at once lock the account. Four stations saving 300 times each on one file lose nothing,
and leave one audit chain, numbered without gaps, that verifies.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from deskapp.db.models import (
    AuditLog,
    Building,
    Call,
    GuestVisit,
    RequestNote,
    ServiceRequest,
    Staff,
    Unit,
    Visit,
)
from deskapp.domain.accounts import LOCKOUT
from deskapp.domain.errors import AuthenticationFailed
from deskapp.domain.requests import Department, RequestState
from deskapp.domain.roles import MSG_REVOKED_INACTIVE, Role
from deskapp.domain.visits import Outcome, Purpose
from deskapp.services.auth import MSG_LOCKED
from deskapp.services.integrity import verify_log
from tests.conftest import PASSWORD, START
from tests.integration.stations import ROOMS, race

ROUNDS = 10


def url_of(world) -> str:
    return world.engine.url.render_as_string(hide_password=False)


def one_winner(outcomes) -> tuple[int, object]:
    """(index of the station that succeeded, the other's outcome); fails unless exactly one did."""
    kinds = [o.kind for o in outcomes]
    assert sorted(kinds) == ["ok", "refused"], outcomes
    winner = kinds.index("ok")
    return winner, outcomes[1 - winner]


@pytest.fixture
def estate(world, desk):
    for room in ROOMS:
        world.directory.create_unit(desk, room)


def test_a_slip_scanned_at_two_gates_at_once_is_checked_out_once(world, admin, desk, estate):
    gates = [replace(world.member(admin, "3001", Role.GUARD, name="陈强"), station="north-gate"),
             replace(world.member(admin, "3002", Role.GUARD, name="王刚"), station="south-gate")]
    slips = [world.guests.check_in(desk, name="刘洋", host_unit="3-2-1502", stay_minutes=60).slip_no
             for _ in range(ROUNDS)]
    script = [("check_out", {"slip": slip}) for slip in slips]
    reports = race(url_of(world), [(gate, script) for gate in gates])
    wins = [0, 0]
    for n, slip in enumerate(slips):
        w, lost = one_winner([r.outcomes[n] for r in reports])
        wins[w] += 1
        winner = gates[w]
        assert lost.error == "Conflict", lost
        assert f"Slip {slip} was already checked out at " in lost.message, lost
        assert lost.message.endswith(f" at {winner.station} by {winner.name}."), lost
        with world.db.read() as s:
            guest = s.get(GuestVisit, int(slip[1:-1]))
            assert (guest.checked_out_station, guest.checked_out_by_id) == (winner.station, winner.staff_id)
            outs = s.scalar(select(func.count()).select_from(AuditLog).where(
                AuditLog.table_name == "guest_visit", AuditLog.record_id == str(guest.id),
                AuditLog.field == "checked_out_at"))
        assert outs == 1  # written once, by the winner
    print(f"\n{world.engine.dialect.name}: slip checked out by one of two gates in {ROUNDS}/{ROUNDS} rounds; "
          f"wins {wins}")


def register(world, actor):
    return world.requests.register(actor, unit="3-2-1502", category=Purpose.REPAIR, description="厨房水管漏水",
                                   department=Department.ENGINEERING)


def steps_of(world, request_id: int) -> list[str]:
    with world.db.read() as s:
        return list(s.scalars(select(RequestNote.step).where(RequestNote.request_id == request_id,
                                                             RequestNote.kind == "step").order_by(RequestNote.id)))


def test_cancel_and_dispatch_of_one_request_at_once(world, admin, desk, estate):
    # The one who cancels is a supervisor: a dispatched request is cancelled only by a supervisor.
    desks = [replace(world.member(admin, "1001", Role.RECEPTIONIST, Role.SUPERVISOR, name="李娜"),
                     station="front-desk"),
             replace(world.member(admin, "1002", Role.RECEPTIONIST, name="王芳"), station="control-room")]
    # Both saw the request registered (as the screens pass it): exactly one of the two steps happens.
    seen = [register(world, desk).id for _ in range(ROUNDS)]
    # Without the state seen, the transition table alone: dispatched-then-cancelled is allowed, but a
    # cancelled request is never dispatched.
    unseen = [register(world, desk).id for _ in range(ROUNDS // 2)]
    cancel = [("cancel", {"request_id": rid, "reason": "业主撤销", "seen": "registered"}) for rid in seen]
    dispatch = [("dispatch", {"request_id": rid, "assignee": "刘师傅", "seen": "registered"}) for rid in seen]
    cancel += [("cancel", {"request_id": rid, "reason": "业主撤销"}) for rid in unseen]
    dispatch += [("dispatch", {"request_id": rid, "assignee": "刘师傅"}) for rid in unseen]
    reports = race(url_of(world), [(desks[0], cancel), (desks[1], dispatch)])
    wins = {"cancel": 0, "dispatch": 0}
    for n, rid in enumerate(seen):
        w, lost = one_winner([r.outcomes[n] for r in reports])
        assert lost.error == "Conflict", lost
        info = world.requests.get(desk, rid)
        if w == 0:
            wins["cancel"] += 1
            assert lost.message.startswith("This request was cancelled by 李娜 at "), lost
            assert info.state is RequestState.CANCELLED and steps_of(world, rid) == ["register", "cancel"]
        else:
            wins["dispatch"] += 1
            assert lost.message.startswith("This request was dispatched to 刘师傅 by 王芳 at "), lost
            assert info.state is RequestState.DISPATCHED and steps_of(world, rid) == ["register", "dispatch"]
    for n, rid in enumerate(unseen, start=len(seen)):
        outcomes = [r.outcomes[n] for r in reports]
        assert "crashed" not in [o.kind for o in outcomes], outcomes
        steps = steps_of(world, rid)
        assert steps in (["register", "cancel"], ["register", "dispatch", "cancel"]), steps
        assert world.requests.get(desk, rid).state is RequestState.CANCELLED
        if steps == ["register", "cancel"]:
            assert outcomes[1].message.startswith("This request was cancelled by 李娜 at "), outcomes
    print(f"\n{world.engine.dialect.name}: cancel vs dispatch, one winner in {len(seen)}/{len(seen)} rounds; {wins}")


def test_twenty_wrong_passwords_at_once_lock_the_account(world, admin):
    member = world.member(admin, "1001", Role.RECEPTIONIST, settled=True)
    tries = [("login", {"staff_no": "1001", "password": "not-the-password"})] * 4
    reports = race(url_of(world), [(replace(member, station=f"pc-{i}"), tries) for i in range(5)])
    outcomes = [o for r in reports for o in r.outcomes]
    assert len(outcomes) == 20 and {o.error for o in outcomes} == {"AuthenticationFailed"}, outcomes
    wrong = [o.message for o in outcomes if o.message.startswith("Wrong staff number or password.")]
    assert len(wrong) == 4, outcomes  # each of the first four counted once, the fifth locked it (and the rest)
    assert len([o for o in outcomes if o.message.startswith("This account is locked")]) == 16, outcomes
    with pytest.raises(AuthenticationFailed) as err:
        world.auth.login("1001", PASSWORD, station="pc-0")
    assert err.value.message == MSG_LOCKED
    with world.db.read() as s:
        staff = s.get(Staff, member.staff_id)
        assert (staff.failed_logins, staff.locked_until) == (0, START + LOCKOUT)


def test_two_stations_creating_the_same_thing_at_once(world, admin, desk, estate):
    second_admin = world.member(admin, "9002", Role.ADMIN, name="吴磊")
    stations = [replace(admin, station="office-1"), replace(second_admin, station="office-2")]
    visits = [world.visits.record(desk, unit="3-2-1502", resident_id=None, visitor_name="张三",
                                  purpose=Purpose.REPAIR, content="卫生间漏水", confirmed=True,
                                  outcome=Outcome.FOLLOW_UP).id for _ in range(3)]
    script = ([("create_staff", {"staff_no": f"500{n}", "name": "赵六", "password": PASSWORD}) for n in range(3)]
              + [("create_unit", {"room": room}) for room in ("7-1-101", "7-1-102", "3-2-1601")]
              + [("from_visit", {"visit_id": vid}) for vid in visits])
    reports = race(url_of(world), [(st, script) for st in stations])
    for n in range(3):
        _, lost = one_winner([r.outcomes[n] for r in reports])
        assert (lost.error, lost.message) == ("Conflict", f"Staff number 500{n} is already in use."), lost
    for n, room in enumerate(("7-1-101", "7-1-102", "3-2-1601"), start=3):
        _, lost = one_winner([r.outcomes[n] for r in reports])
        assert (lost.error, lost.message) == ("Conflict", f"Unit {room} is already in the directory."), lost
    for n in range(6, 9):
        w, lost = one_winner([r.outcomes[n] for r in reports])
        number = reports[w].outcomes[n].value
        assert (lost.error, lost.message) == ("Conflict", f"This visit already has request {number}."), lost
    with world.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Staff).where(Staff.staff_no.like("500%"))) == 3
        assert s.scalar(select(func.count()).select_from(Building).where(Building.code == "7")) == 1
        assert s.scalar(select(func.count()).select_from(Unit).where(Unit.room_no.like("7-1-%"))) == 2
        assert s.scalar(select(func.count()).select_from(ServiceRequest)
                        .where(ServiceRequest.visit_id.in_(visits))) == 3


def test_two_administrators_taking_each_others_rights_at_once_leave_one(world, admin):
    other = world.member(admin, "9002", Role.ADMIN, name="吴磊")
    reports = race(url_of(world), [
        (admin, [("update_staff", {"staff_id": other.staff_id, "name": "吴磊", "roles": {Role.ADMIN},
                                   "active": False})]),
        (other, [("update_staff", {"staff_id": admin.staff_id, "name": "周杰", "roles": {Role.ADMIN},
                                   "active": False})]),
    ])
    _, lost = one_winner([r.outcomes[0] for r in reports])
    # The loser is either refused as the last admin, or (its transaction starting after the winner's
    # commit) told that it has itself just been deactivated: either way nothing of it is written.
    assert lost.message in ("At least one active administrator must remain; this change would leave none.",
                            MSG_REVOKED_INACTIVE), lost
    with world.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Staff).where(Staff.active.is_(True))) == 1


def test_four_stations_saving_at_once_lose_nothing(world, admin, desk, estate):
    saves = 300
    clerks = [replace(world.member(admin, f"100{i}", Role.RECEPTIONIST, Role.GUARD, name="李娜"),
                      station=f"desk-{i}") for i in range(4)]
    began = time.perf_counter()
    reports = race(url_of(world), [(clerk, [("mix", {"saves": saves})]) for clerk in clerks], timeout=300)
    wall = time.perf_counter() - began
    assert all(not r.outcomes for r in reports), [r.outcomes for r in reports]  # nothing crashed outside a save
    runs = [r.summary for r in reports]
    assert [run["crashed"] for run in runs] == [[]] * 4
    assert [run["refused"] for run in runs] == [[]] * 4  # no "database is busy"
    made = {key: [i for run in runs for i in run["made"][key]] for key in runs[0]["made"]}
    with world.db.read() as s:
        for model, key in ((GuestVisit, "guest_visit"), (ServiceRequest, "request")):
            ids = made[key]
            assert len(set(ids)) == len(ids)  # no number given twice
            assert sorted(s.scalars(select(model.id))) == sorted(ids)  # none lost, none extra
        for model, key in ((Visit, "visit"), (Call, "call")):
            ids = made[key]
            assert len(set(ids)) == len(ids) and s.scalar(select(func.count()).select_from(model)) == len(ids)
        for table in ("visit", "guest_visit", "call", "request"):  # every record audited
            audited = set(s.scalars(select(AuditLog.record_id).where(AuditLog.table_name == table,
                                                                     AuditLog.action == "insert")))
            assert audited == {str(i) for i in made[table]}, table
        for field, key in (("checked_out_at", "checked_out"), ("state", "dispatched")):
            audited = list(s.scalars(select(AuditLog.record_id).where(AuditLog.field == field)))
            assert sorted(audited) == sorted(str(i) for i in made[key]), field
        notes = s.scalar(select(func.count()).select_from(RequestNote).where(RequestNote.kind == "note"))
        assert notes == len(made["notes"])
        # Four processes appended to one audit chain at once: numbered without a gap or a repeat, and whole.
        seqs = list(s.scalars(select(AuditLog.seq).order_by(AuditLog.seq)))
        assert seqs == list(range(1, len(seqs) + 1))
    report = verify_log(world.engine)
    assert report.intact and report.entries == len(seqs), [f.text() for f in report.findings]
    seconds = sorted(t for run in runs for t in run["seconds"])
    window = max(run["ended"] for run in runs) - min(run["began"] for run in runs)
    print(f"\n{world.engine.dialect.name}: 4 x {saves} mixed saves: {window:.1f} s ({len(seconds) / window:.0f} "
          f"saves/s; {wall:.1f} s with starting the processes), per save median "
          f"{statistics.median(seconds) * 1000:.1f} ms, p95 {seconds[int(len(seconds) * 0.95)] * 1000:.1f} ms, "
          f"max {seconds[-1] * 1000:.0f} ms; 0 refused, 0 lost, 0 duplicate numbers, every record audited")


def test_the_record_verifies_while_stations_are_saving(world, admin, desk, estate):
    """verify-log reads one snapshot: saves committed while it reads are neither findings nor gaps."""
    import threading

    clerks = [replace(world.member(admin, f"110{i}", Role.RECEPTIONIST, Role.GUARD, name="李娜"),
                      station=f"desk-{i}") for i in range(2)]
    reports: list = []
    thread = threading.Thread(target=lambda: reports.append(
        race(url_of(world), [(clerk, [("mix", {"saves": 120})]) for clerk in clerks], timeout=300)))
    thread.start()
    checks = []
    while thread.is_alive():
        checks.append(verify_log(world.engine))
    thread.join()
    runs = [r.summary for r in reports[0]]
    assert [run["crashed"] for run in runs] == [[], []] and [run["refused"] for run in runs] == [[], []]
    checks.append(verify_log(world.engine))
    assert len(checks) >= 2
    assert all(c.intact for c in checks), [f.text() for c in checks for f in c.findings]
    assert [c.entries for c in checks] == sorted(c.entries for c in checks)  # the trail only grows
