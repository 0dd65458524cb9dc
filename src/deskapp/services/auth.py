"""Logging in, unlocking and changing one's own password."""

from __future__ import annotations

from sqlalchemy import select

from deskapp.db.models import Staff
from deskapp.domain.accounts import (
    MAX_FAILED_LOGINS,
    MSG_PASSWORDS_DIFFER,
    LoginState,
    check_password,
)
from deskapp.domain.errors import QT_TRANSLATE_NOOP, AuthenticationFailed, Problems
from deskapp.domain.roles import Actor, parse_roles
from deskapp.services.base import Database
from deskapp.services.passwords import Hasher

MSG_WRONG = QT_TRANSLATE_NOOP("errors", "Wrong staff number or password.")
MSG_WRONG_LEFT = QT_TRANSLATE_NOOP(
    "errors", "Wrong staff number or password. {left} more wrong tries lock the account for 15 minutes."
)
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "errors", "This account is locked after {count} wrong passwords. Try again after {until} or ask an administrator."
)
MSG_INACTIVE = QT_TRANSLATE_NOOP("errors", "This account is not active. Ask an administrator.")
MSG_OLD_PASSWORD = QT_TRANSLATE_NOOP("errors", "The current password is not right.")


def actor_of(staff: Staff, station: str) -> Actor:
    return Actor(staff.id, staff.staff_no, staff.name, parse_roles(staff.roles), station)


class AuthService:
    """Checks passwords and enforces the five-tries lock-out."""

    def __init__(self, *, db: Database, hasher: Hasher) -> None:
        self._db = db
        self._hasher = hasher

    def login(self, staff_no: str, password: str, *, station: str) -> Actor:
        """The actor for these credentials; a wrong password counts towards the lock-out."""
        staff_no = (staff_no or "").strip().upper()
        now = self._db.clock.now()
        failure: AuthenticationFailed | None = None
        with self._db.write(None, station=station) as s:
            staff = s.scalar(select(Staff).where(Staff.staff_no == staff_no))
            if staff is None:
                raise AuthenticationFailed(MSG_WRONG, field="password")
            state = LoginState(staff.failed_logins, staff.locked_until)
            if state.is_locked(now):
                raise AuthenticationFailed(MSG_LOCKED, field="password", count=MAX_FAILED_LOGINS,
                                           until=_local_hhmm(staff.locked_until))
            if not self._hasher.verify(staff.password_hash, password):
                state = state.after_failure(now)
                staff.failed_logins, staff.locked_until = state.failed_logins, state.locked_until
                if state.locked_until:
                    failure = AuthenticationFailed(MSG_LOCKED, field="password", count=MAX_FAILED_LOGINS,
                                                   until=_local_hhmm(state.locked_until))
                else:
                    failure = AuthenticationFailed(MSG_WRONG_LEFT, field="password",
                                                   left=MAX_FAILED_LOGINS - state.failed_logins)
            elif not staff.active:
                raise AuthenticationFailed(MSG_INACTIVE, field="staff_no")
            else:
                if staff.failed_logins or staff.locked_until:
                    staff.failed_logins, staff.locked_until = 0, None
                staff.last_login_at = now
                if self._hasher.needs_rehash(staff.password_hash):
                    staff.password_hash = self._hasher.hash(password)
                actor = actor_of(staff, station)
        if failure is not None:  # raised after the commit so the count is kept
            raise failure
        return actor

    def must_change_password(self, actor: Actor) -> bool:
        with self._db.read() as s:
            staff = s.get(Staff, actor.staff_id)
            return bool(staff and staff.must_change_password)

    def change_password(self, actor: Actor, *, current: str, new: str, again: str) -> None:
        """Change one's own password; the current one must be given."""
        problems = Problems()
        p = check_password(new, actor.staff_no, "new_password")
        if p:
            problems.items.append(p)
        elif new != again:
            problems.add("new_password_again", MSG_PASSWORDS_DIFFER)
        with self._db.write(actor) as s:
            staff = s.get(Staff, actor.staff_id)
            if staff is None or not self._hasher.verify(staff.password_hash, current):
                problems.add("current_password", MSG_OLD_PASSWORD)
            problems.raise_if_any()
            assert staff is not None
            staff.password_hash = self._hasher.hash(new)
            staff.must_change_password = False


def _local_hhmm(when) -> str:
    from datetime import UTC

    return when.replace(tzinfo=UTC).astimezone().strftime("%H:%M")
