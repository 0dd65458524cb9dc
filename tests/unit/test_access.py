"""Whether a logged-in member may still act, from the staff row as it is now (domain/roles.py)."""

from deskapp.domain.roles import (
    MSG_REVOKED_INACTIVE,
    MSG_REVOKED_PASSWORD,
    MSG_REVOKED_ROLES,
    Actor,
    Role,
    credential_stamp,
    revoked,
)

HASH = "$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA"
ACTOR = Actor(7, "1001", "李娜", frozenset({Role.RECEPTIONIST, Role.GUARD}), "desk-1", credential_stamp(HASH))


def check(**changes):
    now = dict(active=True, roles=frozenset({Role.RECEPTIONIST, Role.GUARD}), must_change_password=False,
               credential=credential_stamp(HASH)) | changes
    error = revoked(ACTOR, **now)
    return error and (error.message, error.staff_id)


def test_nothing_changed_or_a_role_added():
    assert check() is None
    assert check(roles=frozenset({Role.RECEPTIONIST, Role.GUARD, Role.SUPERVISOR})) is None
    assert check(roles=frozenset({Role.RECEPTIONIST})) is None  # a guard's rights are a receptionist's too


def test_deactivated_or_a_right_taken_away():
    assert check(active=False) == (MSG_REVOKED_INACTIVE, 7)
    assert check(roles=frozenset({Role.GUARD})) == (MSG_REVOKED_ROLES, 7)
    assert check(roles=frozenset()) == (MSG_REVOKED_ROLES, 7)


def test_a_temporary_password_set_since_login():
    assert check(must_change_password=True, credential=credential_stamp(HASH + "x")) == (MSG_REVOKED_PASSWORD, 7)
    assert check(must_change_password=True) is None  # logged in with the temporary password itself
    assert check(credential=credential_stamp(HASH + "x")) is None  # changed by the member themselves
    unstamped = Actor(7, "1001", "李娜", ACTOR.roles, "desk-1")
    assert revoked(unstamped, active=True, roles=ACTOR.roles, must_change_password=True, credential="x") is None


def test_the_stamp_is_short_and_the_hash_is_not_in_the_actor():
    assert len(credential_stamp(HASH)) == 16 and HASH not in repr(ACTOR) and ACTOR.credential not in repr(ACTOR)


def test_override_tries_wait_from_the_third_wrong_one_doubling_up_to_fifteen_minutes():
    from datetime import datetime, timedelta

    from deskapp.domain.overrides import FORGET_AFTER, OverrideTries

    now = datetime(2026, 3, 2, 9, 30)
    tries, waits = OverrideTries(), []
    for _ in range(10):
        assert not tries.waiting(now)
        tries = tries.after_failure(now)
        waits.append(int((tries.wait_until - now).total_seconds()) if tries.wait_until else 0)
        now = tries.wait_until or now
    assert waits == [0, 0, 30, 60, 120, 240, 480, 900, 900, 900]
    assert tries.waiting(now - timedelta(seconds=1)) and not tries.waiting(now)
    later = now + FORGET_AFTER + timedelta(seconds=1)  # an hour without a wrong try: forgotten
    assert tries.after_failure(later) == OverrideTries(1, later, None)


def test_who_sees_phone_numbers_whole():
    from deskapp.domain.roles import ROLE_PERMISSIONS, Permission

    for role, perms in ROLE_PERMISSIONS.items():  # whoever edits a resident sees the numbers being edited
        assert Permission.DIRECTORY_EDIT not in perms or Permission.PHONE_FULL in perms, role
    guard = Actor(1, "3001", "陈强", frozenset({Role.GUARD}), "gate")
    operator = Actor(2, "2001", "张伟", frozenset({Role.CONTROL_OPERATOR}), "control")
    desk = Actor(3, "1001", "李娜", frozenset({Role.RECEPTIONIST}), "desk")
    assert guard.phone("13912345678") == operator.phone("13912345678") == "139****5678"
    assert desk.phone("13912345678") == "13912345678" and guard.phone(None) is None
    assert operator.can(Permission.PHONE_REVEAL) and not guard.can(Permission.PHONE_REVEAL)


def test_what_needs_a_supervisor():
    import pytest

    from deskapp.domain.errors import PermissionDenied
    from deskapp.domain.roles import MSG_DENIED_CANCEL, MSG_DENIED_HOLD

    desk = Actor(3, "1001", "李娜", frozenset({Role.RECEPTIONIST}), "desk")
    boss = Actor(4, "8001", "赵敏", frozenset({Role.SUPERVISOR}), "desk")
    for kind in ("arrears", "other_hold", "note"):
        desk.require_to_lift(kind)
    for kind in ("safety", "dispute"):
        with pytest.raises(PermissionDenied) as err:
            desk.require_to_lift(kind)
        assert err.value.message == MSG_DENIED_HOLD
        boss.require_to_lift(kind)
    desk.require_to_cancel("registered")
    for state in ("dispatched", "in_progress"):
        with pytest.raises(PermissionDenied) as err:
            desk.require_to_cancel(state)
        assert err.value.message == MSG_DENIED_CANCEL
        boss.require_to_cancel(state)
