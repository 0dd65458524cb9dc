from datetime import datetime, timedelta

import pytest

from deskapp.domain.accounts import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    LoginState,
    check_password,
    check_staff_no,
)
from deskapp.domain.errors import PermissionDenied
from deskapp.domain.roles import Actor, Permission, Role, format_roles, parse_roles

NOW = datetime(2026, 3, 2, 8, 0)


def test_the_fifth_wrong_password_in_a_row_locks_for_fifteen_minutes():
    state = LoginState(0, None)
    for _ in range(MAX_FAILED_LOGINS - 1):
        state = state.after_failure(NOW)
        assert not state.is_locked(NOW)
    state = state.after_failure(NOW)
    assert state.is_locked(NOW)
    assert state.is_locked(NOW + LOCKOUT - timedelta(seconds=1))
    assert not state.is_locked(NOW + LOCKOUT)


def test_a_good_login_clears_the_count():
    assert LoginState.after_success() == LoginState(0, None)


def test_password_rules():
    assert check_password("short", "1001").params == {"min": 8}
    assert check_password("abcd1001", "ABCD1001") is not None  # the staff number itself
    assert check_password("a-long-password", "1001") is None


@pytest.mark.parametrize("value, ok", [("1024", True), ("kf01", True), ("", False), ("10 24", False),
                                       ("工号1", False), ("X" * 17, False)])
def test_staff_numbers(value, ok):
    assert (check_staff_no(value)[1] is None) is ok


def test_roles_round_trip_through_storage():
    roles = {Role.SUPERVISOR, Role.RECEPTIONIST}
    assert parse_roles(format_roles(roles)) == roles


@pytest.mark.parametrize("role, allowed, refused", [
    (Role.RECEPTIONIST, {Permission.DIRECTORY_EDIT, Permission.PRINT},
     {Permission.DIRECTORY_VOID, Permission.DIRECTORY_IMPORT, Permission.STAFF_MANAGE}),
    (Role.GUARD, {Permission.DIRECTORY_VIEW, Permission.GUEST_CHECK},
     {Permission.DIRECTORY_EDIT, Permission.PRINT, Permission.VISIT_RECORD, Permission.WATCHLIST_MANAGE}),
    (Role.RECEPTIONIST, {Permission.VISIT_RECORD, Permission.GUEST_CHECK},
     {Permission.VISIT_VOID, Permission.WATCHLIST_MANAGE, Permission.WATCHLIST_OVERRIDE}),
    (Role.CONTROL_OPERATOR, {Permission.DIRECTORY_VIEW, Permission.PRINT}, {Permission.DIRECTORY_EDIT}),
    (Role.SUPERVISOR, {Permission.DIRECTORY_VOID, Permission.DIRECTORY_EXPORT, Permission.VISIT_VOID,
                       Permission.WATCHLIST_MANAGE, Permission.WATCHLIST_OVERRIDE}, {Permission.STAFF_MANAGE}),
    (Role.ADMIN, set(Permission), set()),
])
def test_what_each_role_may_do(role, allowed, refused):
    actor = Actor(1, "1", "x", frozenset({role}), "pc")
    for p in allowed:
        actor.require(p)
    for p in refused:
        with pytest.raises(PermissionDenied):
            actor.require(p)
