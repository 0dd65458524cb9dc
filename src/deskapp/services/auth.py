"""Logging in, unlocking and changing one's own password."""

from __future__ import annotations

import secrets

from sqlalchemy import select

from deskapp.db.models import Staff
from deskapp.domain.accounts import (
    MAX_FAILED_LOGINS,
    MSG_PASSWORDS_DIFFER,
    LoginState,
    check_password,
)
from deskapp.domain.errors import QT_TRANSLATE_NOOP, AuthenticationFailed, Problems
from deskapp.domain.roles import Actor, credential_stamp, parse_roles
from deskapp.services.base import Database, locked
from deskapp.services.passwords import Hasher
from deskapp.services.timeutil import local_hhmm

# The same words for an unknown staff number and a wrong password, after the same work (one Argon2
# verification): the answer does not tell which staff numbers exist.
MSG_WRONG = QT_TRANSLATE_NOOP(
    "errors", "Wrong staff number or password. {count} wrong tries in a row lock the account for 15 minutes.")
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "errors", "This account is locked after {count} wrong passwords. Try again after {until} or ask an administrator."
)
MSG_INACTIVE = QT_TRANSLATE_NOOP("errors", "This account is not active. Ask an administrator.")
MSG_OLD_PASSWORD = QT_TRANSLATE_NOOP("errors", "The current password is not right.")


def actor_of(staff: Staff, station: str) -> Actor:
    return Actor(staff.id, staff.staff_no, staff.name, parse_roles(staff.roles), station,
                 credential_stamp(staff.password_hash))


class AuthService:
    """Checks passwords and enforces the five-tries lock-out."""

    def __init__(self, *, db: Database, hasher: Hasher) -> None:
        self._db = db
        self._hasher = hasher
        self._dummy: str | None = None

    def _dummy_hash(self) -> str:
        """A hash of nothing anyone knows, made with this hasher's parameters: what an unknown staff
        number's password is checked against, so that it costs what a wrong password costs."""
        if self._dummy is None:
            self._dummy = self._hasher.hash(secrets.token_urlsafe(16))
        return self._dummy

    def _wrong(self) -> AuthenticationFailed:
        return AuthenticationFailed(MSG_WRONG, field="password", count=MAX_FAILED_LOGINS)

    def login(self, staff_no: str, password: str, *, station: str) -> Actor:
        """The actor for these credentials; a wrong password counts towards the lock-out.

        The password is checked (Argon2, slow by design) outside the write transaction, so no lock is
        held meanwhile. The write transaction then reads the staff row under a lock, checks again that
        another station has not locked the account in the meantime, and counts the failure (or clears
        the count): wrong passwords typed at the same moment on several stations each count, and the
        fifth locks the account.
        """
        staff_no = (staff_no or "").strip().upper()
        dummy = self._dummy_hash()  # made before the look-up: the first try of any staff number pays it
        now = self._db.clock.now()
        with self._db.read() as s:
            seen = s.execute(select(Staff.id, Staff.password_hash, Staff.failed_logins, Staff.locked_until)
                             .where(Staff.staff_no == staff_no)).first()
        if seen is None:
            self._hasher.verify(dummy, password)  # the work a wrong password costs, for the same answer
            raise self._wrong()
        if LoginState(seen.failed_logins, seen.locked_until).is_locked(now):
            raise _locked(seen.locked_until)
        right = self._hasher.verify(seen.password_hash, password)
        new_hash = self._hasher.hash(password) if right and self._hasher.needs_rehash(seen.password_hash) else None
        failure: AuthenticationFailed | None = None
        with self._db.write(None, station=station) as s:
            staff = locked(s, Staff, seen.id)
            if staff is None:
                raise self._wrong()
            state = LoginState(staff.failed_logins, staff.locked_until)
            if state.is_locked(now):  # another station's wrong tries locked it meanwhile
                raise _locked(staff.locked_until)
            if staff.password_hash != seen.password_hash:  # reset meanwhile: the new one counts (rare)
                right, new_hash = self._hasher.verify(staff.password_hash, password), None
            if not right:
                state = state.after_failure(now)
                staff.failed_logins, staff.locked_until = state.failed_logins, state.locked_until
                failure = _locked(state.locked_until) if state.locked_until else self._wrong()
            elif not staff.active:
                raise AuthenticationFailed(MSG_INACTIVE, field="staff_no")
            else:
                if staff.failed_logins or staff.locked_until:
                    staff.failed_logins, staff.locked_until = 0, None
                staff.last_login_at = now
                if new_hash is not None:
                    staff.password_hash = new_hash
                actor = actor_of(staff, station)
        if failure is not None:  # raised after the commit so the count is kept
            raise failure
        return actor

    def confirm(self, staff_no: str, password: str, *, station: str) -> Actor | None:
        """The active member with these credentials, or None; nothing is counted or changed.

        For a supervisor's password typed at another member's station (the watchlist override): the
        caller counts wrong tries per station, so that a guard guessing does not lock the supervisor's
        own account. An unknown staff number costs the same verification as a wrong password.
        """
        staff_no = (staff_no or "").strip().upper()
        dummy = self._dummy_hash()
        with self._db.read() as s:
            staff = s.scalar(select(Staff).where(Staff.staff_no == staff_no))
        if staff is None:
            self._hasher.verify(dummy, password)
            return None
        if not self._hasher.verify(staff.password_hash, password) or not staff.active:
            return None
        return actor_of(staff, station)

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
        # Both hashes are made outside the write transaction (Argon2 is slow); the row is then read
        # under a lock and changed only if its password is still the one just checked.
        with self._db.read() as s:
            stored = s.scalar(select(Staff.password_hash).where(Staff.id == actor.staff_id))
        if stored is None or not self._hasher.verify(stored, current):
            problems.add("current_password", MSG_OLD_PASSWORD)
        problems.raise_if_any()
        new_hash = self._hasher.hash(new)
        with self._db.write(actor) as s:
            staff = locked(s, Staff, actor.staff_id)
            if staff is None or (staff.password_hash != stored and not self._hasher.verify(staff.password_hash,
                                                                                             current)):
                problems.add("current_password", MSG_OLD_PASSWORD)
            problems.raise_if_any()
            assert staff is not None
            staff.password_hash = new_hash
            staff.must_change_password = False


def _locked(until) -> AuthenticationFailed:
    return AuthenticationFailed(MSG_LOCKED, field="password", count=MAX_FAILED_LOGINS, until=local_hhmm(until))

