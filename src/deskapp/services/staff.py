"""Staff accounts, managed by an administrator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError

from deskapp.db.models import Staff
from deskapp.domain.accounts import check_password, check_staff_no
from deskapp.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, Problems
from deskapp.domain.roles import Actor, Permission, Role, format_roles, parse_roles
from deskapp.domain.text import check_person_name
from deskapp.services.base import Database, locked, violates_unique
from deskapp.services.passwords import Hasher

MSG_NO_ROLE = QT_TRANSLATE_NOOP("errors", "Choose at least one role.")
MSG_DUPLICATE_STAFF_NO = QT_TRANSLATE_NOOP("errors", "Staff number {staff_no} is already in use.")
MSG_STAFF_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This staff member no longer exists.")
MSG_LAST_ADMIN = QT_TRANSLATE_NOOP(
    "errors", "At least one active administrator must remain; this change would leave none."
)


@dataclass(frozen=True)
class StaffInfo:
    id: int
    staff_no: str
    name: str
    roles: frozenset[Role]
    active: bool
    locked_until: datetime | None
    must_change_password: bool
    last_login_at: datetime | None


def _info(st: Staff) -> StaffInfo:
    return StaffInfo(st.id, st.staff_no, st.name, parse_roles(st.roles), st.active,
                     st.locked_until, st.must_change_password, st.last_login_at)


class StaffService:
    def __init__(self, *, db: Database, hasher: Hasher) -> None:
        self._db = db
        self._hasher = hasher

    def list_staff(self, actor: Actor) -> list[StaffInfo]:
        actor.require(Permission.STAFF_MANAGE)
        with self._db.read() as s:
            return [_info(st) for st in s.scalars(select(Staff).order_by(Staff.staff_no))]

    def create_staff(self, actor: Actor, *, staff_no: str, name: str, roles: set[Role],
                     password: str) -> StaffInfo:
        """A new account; the new member must change the password at first login."""
        actor.require(Permission.STAFF_MANAGE)
        problems = Problems()
        staff_no, p = check_staff_no(staff_no)
        if p:
            problems.items.append(p)
        name, p = check_person_name(name, "name")
        if p:
            problems.items.append(p)
        if not roles:
            problems.add("roles", MSG_NO_ROLE)
        p = check_password(password, staff_no)
        if p:
            problems.items.append(p)
        problems.raise_if_any()
        pw_hash = self._hasher.hash(password)
        try:
            with self._db.write(actor) as s:
                if s.scalar(select(Staff.id).where(Staff.staff_no == staff_no)) is not None:
                    raise Conflict(MSG_DUPLICATE_STAFF_NO, field="staff_no", staff_no=staff_no)
                st = Staff(staff_no=staff_no, name=name, password_hash=pw_hash, roles=format_roles(roles),
                           active=True, must_change_password=True, failed_logins=0,
                           created_at=self._db.clock.now())
                s.add(st)
                s.flush()
                return _info(st)
        except IntegrityError as exc:  # another administrator created this number a moment ago
            if not violates_unique(exc, "staff", "staff_no"):
                raise
            raise Conflict(MSG_DUPLICATE_STAFF_NO, field="staff_no", staff_no=staff_no) from None

    def update_staff(self, actor: Actor, staff_id: int, *, name: str, roles: set[Role],
                     active: bool) -> StaffInfo:
        actor.require(Permission.STAFF_MANAGE)
        problems = Problems()
        name, p = check_person_name(name, "name")
        if p:
            problems.items.append(p)
        if not roles:
            problems.add("roles", MSG_NO_ROLE)
        problems.raise_if_any()
        with self._db.write(actor) as s:
            # The member and every active member (a few dozen rows), locked in id order: two
            # administrators taking each other's rights at once cannot both pass "one admin remains".
            rows = s.scalars(select(Staff).where(or_(Staff.id == staff_id, Staff.active.is_(True)))
                             .order_by(Staff.id).with_for_update(key_share=True)
                             .execution_options(populate_existing=True)).all()
            st = next((row for row in rows if row.id == staff_id), None)
            if st is None:
                raise NotFound(MSG_STAFF_NOT_FOUND)
            st.name, st.roles, st.active = name, format_roles(roles), active
            st.updated_at = self._db.clock.now()
            s.flush()
            self._check_an_admin_remains(s)
            return _info(st)

    def reset_password(self, actor: Actor, staff_id: int, *, new_password: str) -> None:
        """Set a temporary password and clear a lock-out; it must be changed at next login."""
        actor.require(Permission.STAFF_MANAGE)
        with self._db.read() as s:
            staff_no = s.scalar(select(Staff.staff_no).where(Staff.id == staff_id))
        if staff_no is None:
            raise NotFound(MSG_STAFF_NOT_FOUND)
        problems = Problems()
        p = check_password(new_password, staff_no, "new_password")
        if p:
            problems.items.append(p)
        problems.raise_if_any()
        pw_hash = self._hasher.hash(new_password)  # outside the transaction: Argon2 is slow
        with self._db.write(actor) as s:
            st = locked(s, Staff, staff_id)
            if st is None:
                raise NotFound(MSG_STAFF_NOT_FOUND)
            st.password_hash = pw_hash
            st.must_change_password = True
            st.failed_logins, st.locked_until = 0, None
            st.updated_at = self._db.clock.now()

    @staticmethod
    def _check_an_admin_remains(s) -> None:
        admins = [st for st in s.scalars(select(Staff).where(Staff.active.is_(True)))
                  if Role.ADMIN in parse_roles(st.roles)]
        if not admins:
            raise Conflict(MSG_LAST_ADMIN, field="roles")
