"""The supervisor's board on SQLite and PostgreSQL: today's figures, what is open and late, each equal to
the list it opens, the response target's share, the site's last backup; refused to a receptionist."""

from __future__ import annotations

from dataclasses import replace

import pytest

from deskapp.domain.control import EventKind, Source
from deskapp.domain.errors import PermissionDenied
from deskapp.domain.requests import Department
from deskapp.domain.roles import Role
from deskapp.domain.visits import Purpose
from deskapp.services.control import EventInput
from tests.integration.test_passes import issue


@pytest.fixture
def estate(world, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    owner = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    return {"unit": unit, "owner": owner}


@pytest.fixture
def boss(world, admin):
    return replace(world.member(admin, "8201", Role.SUPERVISOR, name="周主管"), station="office")


def request(world, desk, text="厨房水管漏水"):
    return world.requests.register(desk, unit="3-2-1502", category=Purpose.REPAIR, description=text,
                                   department=Department.ENGINEERING, contact_name="王建国")


def test_an_empty_day(world, boss):
    b = world.services.board.board(boss)
    assert b.today.visits == b.today.calls == b.today.requests_registered == b.today.passes_issued == 0
    assert b.control.open_events == 0 and b.guests_on_site == 0 and b.passes_expected == 0
    assert b.response.decided == 0 and b.response.share_met is None
    assert b.backup is not None and b.backup.due and b.backup.last_good is None


def test_a_receptionist_has_no_board(world, admin):
    receptionist = world.member(admin, "1101", Role.RECEPTIONIST, name="钱七")
    with pytest.raises(PermissionDenied):
        world.services.board.board(receptionist)


def test_today_s_figures_and_what_is_open_each_equal_to_its_list(world, admin, desk, boss, estate):
    operator = replace(world.member(admin, "5001", Role.CONTROL_OPERATOR, name="李娜"), station="control-1")
    world.visits.record(desk, unit="3-2-1502", resident_id=estate["owner"].id, visitor_name="王建国",
                        visitor_phone="13912345678", confirmed=True, purpose=Purpose.INQUIRY, content="问停车费",
                        outcome="resolved", resolution="已答复")
    world.calls.record_incoming(desk, started_at=world.clock.now(), phone="13912345678", unit="3-2-1502",
                                category=Purpose.INQUIRY, content="问物业费", confirmed=True, outcome="answered")
    p = issue(world, desk, estate)
    world.guests.check_in(desk, name="刘洋", phone="13655557777", host_unit="3-2-1502", people=2, plate="",
                          purpose="探亲", stay_minutes=120)
    guest = world.guests.check_in(desk, name="张三", phone="", host_unit="3-2-1502", people=1, plate="",
                                  purpose="送货", stay_minutes=30)
    world.guests.check_out(desk, guest.slip_no)
    world.control.log_event(operator, EventInput(Source.FIRE_PANEL, EventKind.FIRE, text="烟感报警", building="3",
                                                 device_address="1-023"))
    world.control.log_event(operator, EventInput(Source.CCTV, EventKind.CCTV, text="可疑人员", building="3"))
    quick = request(world, desk)
    world.requests.dispatch(desk, quick.id, assignee="王师傅")  # at once: within the 5 minutes
    late = request(world, desk, "电梯异响")

    b = world.services.board.board(boss)
    assert (b.today.visits, b.today.calls, b.today.requests_registered, b.today.passes_issued) == (1, 1, 2, 1)
    assert (b.today.control_events, b.today.fire_alarms, b.control.open_events) == (2, 1, 2)
    assert b.guests_on_site == 1 == len(world.guests.on_site(desk))
    assert b.passes_expected == 1 == len(world.passes.expected_today(desk))
    assert b.past_response == 0 and (b.response.met, b.response.missed) == (1, 0)  # the other's 5 minutes run

    world.clock.advance(minutes=6)
    b = world.services.board.board(boss)
    assert b.past_response == 1 and (b.response.met, b.response.missed) == (1, 1) and b.response.share_met == 0.5
    world.requests.dispatch(desk, late.id, assignee="李师傅")  # taken up, but late: still missed
    world.requests.start(desk, quick.id)
    world.requests.complete(desk, quick.id, note="已修好")
    world.passes.collect(desk, p.number, gate="north-gate")
    b = world.services.board.board(boss)
    assert b.past_response == 0 and (b.response.met, b.response.missed) == (1, 1)
    assert b.today.requests_completed == 1 and b.today.passes_collected == 1
    day = (world.clock.now().date(), world.clock.now().date())
    search = world.requests.search
    assert len(search(desk, open_only=False, registered_days=day)) == b.today.requests_registered == 2
    assert [r.id for r in search(desk, open_only=False, completed_days=day)] == [quick.id]
    assert b.callbacks_waiting == 1 == len(world.requests.callback_queue(desk)) and b.callbacks_late == 0
    assert b.passes_expected == 0 and b.red_copies_missing == 1 == len(world.passes.red_copies_missing(desk))

    world.clock.advance(hours=25)  # the next day: today's figures start again; the callback is late now
    b = world.services.board.board(boss)
    assert b.today.visits == b.today.requests_registered == b.today.passes_issued == 0
    assert b.callbacks_late == 1 and b.red_copies_missing == 1 and b.guests_on_site == 1
    assert b.control.open_events == 2  # nobody closed them


def test_voided_records_are_not_counted(world, admin, desk, boss, estate):
    p = issue(world, desk, estate)
    visit = world.visits.record(desk, unit="3-2-1502", resident_id=estate["owner"].id, visitor_name="王建国",
                                visitor_phone="13912345678", confirmed=True, purpose=Purpose.INQUIRY,
                                content="问停车费", outcome="resolved", resolution="已答复")
    world.passes.void(admin, p.id, reason="applicant changed the date")
    world.visits.void(admin, visit.id, reason="entered twice")
    b = world.services.board.board(boss)
    assert b.today.passes_issued == 0 and b.passes_expected == 0 and b.today.visits == 0


def test_the_board_shows_the_site_s_last_backup(world, boss, tmp_path):
    backups = world.services.backups
    backups.folder, backups.station = tmp_path / "backups", "总服务台"
    backups.back_up()
    b = world.services.board.board(boss)
    assert b.backup is not None and not b.backup.due and b.backup.station == "总服务台"


def test_a_backlog_is_counted_up_to_the_cap(world, desk, boss, estate, monkeypatch):
    """A year of red copies never handed back is "10,000+", not a walk over every one on each change."""
    import deskapp.services.board as board

    monkeypatch.setattr(board, "CAP", 2)
    for _ in range(3):
        p = issue(world, desk, estate)
        world.passes.collect(desk, p.number, gate="north-gate")
    b = world.services.board.board(boss)
    assert b.red_copies_missing == 2 and b.today.passes_collected == 3  # today's counts are exact
