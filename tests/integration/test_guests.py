"""Guests: check-in and out with every refusal, the on-site list, the watchlist and its override."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from deskapp.db.models import AuditLog, GuestVisit
from deskapp.domain.errors import (
    AuthenticationFailed,
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from deskapp.domain.roles import Role
from deskapp.domain.visits import slip_number
from deskapp.services.guests import GuestQuery, Override, WatchlistHit
from tests.conftest import PASSWORD, START


@pytest.fixture
def estate(world, desk):
    for room in ("3-2-1502", "5-1-101"):
        world.directory.create_unit(desk, room)


def guests(world):
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(GuestVisit))


def check_in(world, actor, **overrides):
    values = dict(name="刘洋", phone="13600001111", host_unit="3-2-1502", people=2, plate="粤a12345",
                  purpose="探亲", stay_minutes=120)
    values.update(overrides)
    return world.guests.check_in(actor, **values)


def test_check_in_gives_a_slip_valid_for_the_stay(world, desk, estate):
    g = check_in(world, desk)
    assert g.slip_no == slip_number(g.id) and g.on_site
    assert (g.room_no, g.people, g.plate, g.checked_in_at, g.valid_until) == (
        "3-2-1502", 2, "粤A12345", START, START + timedelta(minutes=120))
    assert world.guests.find_slip(desk, g.slip_no.lower()).id == g.id


@pytest.mark.parametrize("overrides, fields", [
    ({"name": ""}, {"name"}),
    ({"phone": "123"}, {"phone"}),
    ({"host_unit": ""}, {"host_unit"}),
    ({"host_unit": "9-9-999"}, {"host_unit"}),
    ({"people": 0}, {"people"}),
    ({"people": 51}, {"people"}),
    ({"stay_minutes": 0}, {"stay"}),
    ({"plate": "粤A12345678901"}, {"plate"}),
    ({"purpose": "😀"}, {"purpose"}),
])
def test_bad_check_in_input_is_refused_and_nothing_saved(world, desk, estate, overrides, fields):
    with pytest.raises(ValidationError) as err:
        check_in(world, desk, **overrides)
    assert {p.field for p in err.value.problems} == fields
    assert guests(world) == 0


def test_check_out_once_and_only_once(world, desk, estate, clock):
    g = check_in(world, desk)
    clock.advance(minutes=95)
    out = world.guests.check_out(desk, g.slip_no)
    assert out.checked_out_at == START + timedelta(minutes=95) and not out.on_site
    with pytest.raises(Conflict) as err:
        world.guests.check_out(desk, g.slip_no)
    assert err.value.field == "slip" and "already checked out" in str(err.value)


def test_check_out_before_check_in_is_refused(world, desk, estate, clock):
    g = check_in(world, desk)
    clock.advance(minutes=-5)  # another station's clock behind
    with pytest.raises(Conflict):
        world.guests.check_out(desk, g.slip_no)
    assert world.guests.get(desk, g.id).on_site


def test_unknown_mistyped_and_void_slips_are_refused(world, desk, estate):
    g = check_in(world, desk)
    with pytest.raises(ValidationError):
        world.guests.check_out(desk, "V1234")
    with pytest.raises(ValidationError):
        world.guests.check_out(desk, g.slip_no[:-1] + str((int(g.slip_no[-1]) + 1) % 10))
    with pytest.raises(NotFound):
        world.guests.check_out(desk, slip_number(g.id + 1))
    world.guests.void(desk, g.id, reason="登记错误")
    with pytest.raises(Conflict) as err:
        world.guests.check_out(desk, g.slip_no)
    assert "登记错误" in str(err.value)


def test_on_site_lists_who_is_in_longest_first(world, desk, estate, clock):
    first = check_in(world, desk, name="刘洋")
    clock.advance(minutes=10)
    second = check_in(world, desk, name="陈静", phone="")
    clock.advance(minutes=10)
    third = check_in(world, desk, name="周涛", phone="")
    world.guests.check_out(desk, second.slip_no)
    assert [g.name for g in world.guests.on_site(desk)] == ["刘洋", "周涛"]
    assert first.id < third.id


def test_guest_search_by_slip_phone_unit_name_plate_and_day(world, desk, estate, clock):
    g = check_in(world, desk)
    clock.advance(days=1)
    check_in(world, desk, name="陈静", phone="13900002222", host_unit="5-1-101", plate="")
    q = world.guests.search
    assert [x.id for x in q(desk, GuestQuery(text=g.slip_no))] == [g.id]
    assert [x.name for x in q(desk, GuestQuery(text="2222"))] == ["陈静"]
    assert [x.name for x in q(desk, GuestQuery(text="5-1-101"))] == ["陈静"]
    assert [x.name for x in q(desk, GuestQuery(text="刘"))] == ["刘洋"]
    assert [x.name for x in q(desk, GuestQuery(text="粤A"))] == ["刘洋"]
    from deskapp.services.timeutil import local_date

    assert [x.name for x in q(desk, GuestQuery(first_day=local_date(START), last_day=local_date(START)))] == ["刘洋"]
    assert len(q(desk, GuestQuery(on_site_only=True))) == 2


def test_a_listed_guest_is_stopped(world, desk, estate):
    entry = world.guests.add_to_watchlist(desk, name="张三", reason="多次滋扰业主")
    with pytest.raises(WatchlistHit) as err:
        check_in(world, desk, name="张 三", phone="")
    assert err.value.entries[0].id == entry.id and "多次滋扰业主" in str(err.value)
    assert guests(world) == 0
    assert world.guests.watch_matches(desk, name="张三")


def test_listing_by_phone_and_id_digits(world, desk, estate):
    world.guests.add_to_watchlist(desk, phone="136 0000 1111", reason="推销")
    world.guests.add_to_watchlist(desk, id_last="1234", reason="冒充业主")
    with pytest.raises(WatchlistHit):
        check_in(world, desk, name="王五")  # the default phone 13600001111
    with pytest.raises(WatchlistHit):
        check_in(world, desk, name="赵六", phone="", id_last="440301199001011234")


def test_an_expired_or_lifted_entry_no_longer_stops_anyone(world, desk, estate, clock):
    from deskapp.services.timeutil import local_date

    world.guests.add_to_watchlist(desk, name="张三", reason="x", until=local_date(START))
    lifted = world.guests.add_to_watchlist(desk, name="李四", reason="y")
    world.guests.remove_from_watchlist(desk, lifted.id, reason="已和解")
    check_in(world, desk, name="李四", phone="")
    clock.advance(days=1)
    check_in(world, desk, name="张三", phone="")
    assert guests(world) == 2


def test_a_supervisor_can_let_a_listed_guest_in_with_their_password_and_it_is_audited(world, admin, desk, estate):
    clerk = world.member(admin, "1001", Role.RECEPTIONIST, settled=True)
    world.guests.add_to_watchlist(desk, name="张三", reason="多次滋扰业主")
    with pytest.raises(AuthenticationFailed):
        check_in(world, clerk, name="张三", phone="", override=Override("8001", "wrong-password", "业主亲自来接"))
    with pytest.raises(PermissionDenied):
        check_in(world, clerk, name="张三", phone="", override=Override("1001", PASSWORD, "我自己放行"))
    with pytest.raises(ValidationError):
        check_in(world, clerk, name="张三", phone="", override=Override("8001", PASSWORD, " "))
    assert guests(world) == 0
    g = check_in(world, clerk, name="张三", phone="", override=Override("8001", PASSWORD, "业主亲自来接"))
    assert g.overridden_by == "赵敏" and g.checked_in_by == "李娜"
    with world.db.read() as s:
        row = s.scalar(select(AuditLog).where(AuditLog.table_name == "guest_visit", AuditLog.action == "insert"))
    assert row.staff_id == clerk.staff_id and row.reason == "watchlist override: 业主亲自来接"
    assert '"override_reason": "业主亲自来接"' in row.new_value


def test_watchlist_entries_need_who_and_why(world, desk):
    with pytest.raises(ValidationError) as err:
        world.guests.add_to_watchlist(desk, reason="")
    assert {p.field for p in err.value.problems} == {"name", "reason"}
    with pytest.raises(ValidationError) as err:
        world.guests.add_to_watchlist(desk, id_last="12", reason="x", until=date(2020, 1, 1))
    assert {p.field for p in err.value.problems} == {"id_last", "until"}


def test_only_supervisors_keep_the_watchlist_and_guards_check_guests(world, admin, estate):
    guard = world.member(admin, "3001", Role.GUARD)
    clerk = world.member(admin, "1001", Role.RECEPTIONIST)
    with pytest.raises(PermissionDenied):
        world.guests.add_to_watchlist(clerk, name="张三", reason="x")
    g = check_in(world, guard)
    assert world.guests.check_out(guard, g.slip_no).checked_out_at is not None
    with pytest.raises(PermissionDenied):
        world.guests.void(guard, g.id, reason="x")
