"""Set-up, login with lock-out, passwords, staff management and role enforcement."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from deskapp.db.models import Site, Staff
from deskapp.domain.accounts import LOCKOUT
from deskapp.domain.errors import AuthenticationFailed, Conflict, PermissionDenied, ValidationError
from deskapp.domain.roles import Role
from deskapp.services.auth import MSG_INACTIVE, MSG_LOCKED, MSG_WRONG
from tests.conftest import PASSWORD


def count(world, model):
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_new_database_needs_set_up_and_gets_its_first_admin(world):
    assert world.site.needs_setup()
    actor = world.set_up_site()
    assert not world.site.needs_setup()
    assert actor.roles == {Role.ADMIN}
    info = world.site.site()
    assert (info.name, info.centre_name, info.centre_phone) == ("保利花园", "保利花园服务中心", "02038881234")


def test_set_up_refuses_bad_input_naming_every_field_and_saves_nothing(world):
    with pytest.raises(ValidationError) as err:
        world.site.set_up(site_name="", centre_name="中心😀", centre_phone="12", admin_staff_no="工号",
                          admin_name="x1", password="short", password_again="short")
    fields = {p.field for p in err.value.problems}
    assert fields == {"site_name", "centre_name", "centre_phone", "admin_staff_no", "admin_name", "password"}
    assert count(world, Site) == 0 and count(world, Staff) == 0


def test_set_up_refuses_different_passwords(world):
    with pytest.raises(ValidationError) as err:
        world.site.set_up(site_name="a", centre_name="b", centre_phone="020-38881234", admin_staff_no="1",
                          admin_name="周杰", password="long-enough", password_again="long-enougH")
    assert [p.field for p in err.value.problems] == ["password_again"]


def test_set_up_runs_only_once(world, admin):
    with pytest.raises(Conflict):
        world.set_up_site()


def test_login_is_case_insensitive_on_the_staff_number_and_records_the_station(world, admin):
    world.member(admin, "KF01", Role.RECEPTIONIST)
    actor = world.auth.login(" kf01 ", PASSWORD, station="前台2")
    assert (actor.staff_no, actor.station) == ("KF01", "前台2")


def test_unknown_staff_and_wrong_password_are_refused_in_the_same_words(world, admin):
    with pytest.raises(AuthenticationFailed) as unknown:
        world.auth.login("7777", PASSWORD, station="pc")
    with pytest.raises(AuthenticationFailed) as wrong:
        world.auth.login("9001", "wrong-password", station="pc")
    assert unknown.value.message == wrong.value.message == MSG_WRONG
    assert unknown.value.problems == wrong.value.problems and str(unknown.value) == str(wrong.value)


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(world, admin, clock):
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            world.auth.login("9001", "wrong-password", station="pc")
    with pytest.raises(AuthenticationFailed) as err:
        world.auth.login("9001", PASSWORD, station="pc")  # even the right password
    assert err.value.message == MSG_LOCKED
    clock.advance(seconds=LOCKOUT.total_seconds() - 1)
    with pytest.raises(AuthenticationFailed):
        world.auth.login("9001", PASSWORD, station="pc")
    clock.advance(seconds=1)
    assert world.auth.login("9001", PASSWORD, station="pc").staff_no == "9001"


def test_a_good_login_resets_the_count_of_wrong_ones(world, admin):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            world.auth.login("9001", "wrong-password", station="pc")
    world.auth.login("9001", PASSWORD, station="pc")
    with world.db.read() as s:
        assert s.get(Staff, admin.staff_id).failed_logins == 0
    with pytest.raises(AuthenticationFailed) as err:
        world.auth.login("9001", "wrong-password", station="pc")
    assert err.value.message == MSG_WRONG
    with world.db.read() as s:
        assert s.get(Staff, admin.staff_id).failed_logins == 1


def test_an_inactive_account_cannot_log_in(world, admin):
    member = world.member(admin, "1001", Role.RECEPTIONIST)
    world.staff.update_staff(admin, member.staff_id, name="李娜", roles={Role.RECEPTIONIST}, active=False)
    with pytest.raises(AuthenticationFailed) as err:
        world.auth.login("1001", PASSWORD, station="pc")
    assert err.value.message == MSG_INACTIVE


def test_passwords_are_stored_as_argon2_hashes(world, admin):
    with world.db.read() as s:
        stored = s.scalar(select(Staff.password_hash).where(Staff.staff_no == "9001"))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_new_staff_must_change_the_initial_password(world, admin):
    member = world.member(admin, "1001", Role.RECEPTIONIST)
    assert world.auth.must_change_password(member)
    with pytest.raises(ValidationError) as err:
        world.auth.change_password(member, current="not-it", new="new-password", again="new-password")
    assert [p.field for p in err.value.problems] == ["current_password"]
    world.auth.change_password(member, current=PASSWORD, new="new-password", again="new-password")
    assert not world.auth.must_change_password(member)
    assert world.auth.login("1001", "new-password", station="pc")


def test_reset_password_lifts_a_lock_out(world, admin):
    member = world.member(admin, "1001", Role.RECEPTIONIST)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            world.auth.login("1001", "wrong-password", station="pc")
    world.staff.reset_password(admin, member.staff_id, new_password="temporary-1")
    assert world.auth.login("1001", "temporary-1", station="pc")
    assert world.auth.must_change_password(member)


def test_staff_numbers_are_unique(world, admin):
    world.member(admin, "1001", Role.RECEPTIONIST)
    with pytest.raises(Conflict) as err:
        world.member(admin, "1001", Role.GUARD)
    assert err.value.field == "staff_no"


def test_a_staff_member_needs_a_role(world, admin):
    with pytest.raises(ValidationError) as err:
        world.staff.create_staff(admin, staff_no="1001", name="李娜", roles=set(), password=PASSWORD)
    assert [p.field for p in err.value.problems] == ["roles"]


def test_the_last_active_admin_cannot_be_removed(world, admin):
    with pytest.raises(Conflict):
        world.staff.update_staff(admin, admin.staff_id, name="周杰", roles={Role.SUPERVISOR}, active=True)
    with pytest.raises(Conflict):
        world.staff.update_staff(admin, admin.staff_id, name="周杰", roles={Role.ADMIN}, active=False)
    world.member(admin, "9002", Role.ADMIN)
    world.staff.update_staff(admin, admin.staff_id, name="周杰", roles={Role.SUPERVISOR}, active=True)


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.SUPERVISOR, Role.GUARD, Role.CONTROL_OPERATOR])
def test_only_an_admin_manages_staff_and_site(world, admin, role):
    member = world.member(admin, "1001", role)
    with pytest.raises(PermissionDenied):
        world.staff.list_staff(member)
    with pytest.raises(PermissionDenied):
        world.staff.create_staff(member, staff_no="1002", name="王芳", roles={Role.ADMIN}, password=PASSWORD)
    with pytest.raises(PermissionDenied):
        world.site.update_settings(member, idle_lock_minutes=30)


def test_idle_lock_minutes_are_a_site_setting(world, admin):
    assert world.site.settings().idle_lock_minutes == 10
    assert world.site.update_settings(admin, idle_lock_minutes=3).idle_lock_minutes == 3
    with pytest.raises(ValidationError):
        world.site.update_settings(admin, idle_lock_minutes=0)
    assert world.site.settings().idle_lock_minutes == 3


def test_stations_are_registered_once_and_seen_again(world, admin, clock):
    world.site.register_station("前台1", "front_desk")
    clock.advance(hours=1)
    world.site.register_station("前台1", "control_room")
    from deskapp.db.models import Station

    with world.db.read() as s:
        station = s.scalar(select(Station))
        assert (station.profile, station.last_seen - station.first_seen) == ("control_room", timedelta(hours=1))
