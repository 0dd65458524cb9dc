"""Staff roles and what each may do. Services enforce these; the UI only hides what it can't use."""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field

from deskapp.domain.errors import QT_TRANSLATE_NOOP, PermissionDenied


class Role(enum.StrEnum):
    RECEPTIONIST = "receptionist"
    CONTROL_OPERATOR = "control_operator"
    GUARD = "guard"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


ROLE_LABELS = {
    Role.RECEPTIONIST: QT_TRANSLATE_NOOP("roles", "Receptionist"),
    Role.CONTROL_OPERATOR: QT_TRANSLATE_NOOP("roles", "Control operator"),
    Role.GUARD: QT_TRANSLATE_NOOP("roles", "Guard"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("roles", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "Administrator"),
}


class Permission(enum.StrEnum):
    DIRECTORY_VIEW = "directory.view"
    DIRECTORY_EDIT = "directory.edit"
    DIRECTORY_VOID = "directory.void"
    DIRECTORY_IMPORT = "directory.import"
    DIRECTORY_EXPORT = "directory.export"
    PRINT = "print"
    VISIT_VIEW = "visit.view"
    VISIT_RECORD = "visit.record"
    VISIT_VOID = "visit.void"
    GUEST_CHECK = "guest.check"  # check guests in and out
    WATCHLIST_MANAGE = "watchlist.manage"
    WATCHLIST_OVERRIDE = "watchlist.override"
    REQUEST_VIEW = "request.view"
    REQUEST_EDIT = "request.edit"  # register, dispatch, note, complete, call back, close, cancel
    COMPLAINT_CLOSE = "complaint.close"  # 投诉有问责: a supervisor closes complaints
    CALL_RECORD = "call.record"
    AUDIT_VIEW = "audit.view"
    STAFF_MANAGE = "staff.manage"
    SITE_SETTINGS = "site.settings"


P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTIONIST: frozenset({P.DIRECTORY_VIEW, P.DIRECTORY_EDIT, P.PRINT, P.VISIT_VIEW, P.VISIT_RECORD,
                                  P.GUEST_CHECK, P.REQUEST_VIEW, P.REQUEST_EDIT, P.CALL_RECORD}),
    Role.CONTROL_OPERATOR: frozenset({P.DIRECTORY_VIEW, P.PRINT, P.VISIT_VIEW, P.REQUEST_VIEW}),
    # Guards check guests in and out at the gate (printing the slip is part of checking in).
    Role.GUARD: frozenset({P.DIRECTORY_VIEW, P.VISIT_VIEW, P.GUEST_CHECK}),
    Role.SUPERVISOR: frozenset(
        {P.DIRECTORY_VIEW, P.DIRECTORY_EDIT, P.DIRECTORY_VOID, P.DIRECTORY_IMPORT,
         P.DIRECTORY_EXPORT, P.PRINT, P.AUDIT_VIEW, P.VISIT_VIEW, P.VISIT_RECORD, P.VISIT_VOID,
         P.GUEST_CHECK, P.WATCHLIST_MANAGE, P.WATCHLIST_OVERRIDE, P.REQUEST_VIEW, P.REQUEST_EDIT,
         P.COMPLAINT_CLOSE, P.CALL_RECORD}
    ),
    Role.ADMIN: frozenset(Permission),
}

MSG_DENIED = QT_TRANSLATE_NOOP("errors", "Your role does not allow this ({permission}).")
MSG_REVOKED_INACTIVE = QT_TRANSLATE_NOOP(
    "errors", "An administrator has deactivated your account. Nothing was saved; another member can log in.")
MSG_REVOKED_ROLES = QT_TRANSLATE_NOOP(
    "errors", "An administrator has changed your roles. Nothing was saved; log in again to go on.")
MSG_REVOKED_PASSWORD = QT_TRANSLATE_NOOP(
    "errors", "An administrator has reset your password. Nothing was saved; log in again with the new one.")


def parse_roles(text: str) -> frozenset[Role]:
    """``"receptionist,supervisor"`` as stored in the staff table → a set of roles."""
    return frozenset(Role(r) for r in text.split(",") if r)


def format_roles(roles) -> str:
    return ",".join(sorted(Role(r).value for r in roles))


def permissions_of(roles) -> frozenset[Permission]:
    perms: set[Permission] = set()
    for role in roles:
        perms |= ROLE_PERMISSIONS[Role(role)]
    return frozenset(perms)


def credential_stamp(password_hash: str) -> str:
    """A short fingerprint of a stored password hash: tells, at each write, whether the password the
    member logged in with has been replaced since (the hash itself is never carried around)."""
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Actor:
    """The logged-in staff member on a station: who does what, and where.

    ``credential`` is the stamp of the password hash at login (None for an actor not made by logging
    in): a password an administrator has reset since then no longer lets this actor write.
    """

    staff_id: int
    staff_no: str
    name: str
    roles: frozenset[Role]
    station: str
    credential: str | None = field(default=None, repr=False)

    @property
    def permissions(self) -> frozenset[Permission]:
        return permissions_of(self.roles)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(MSG_DENIED, permission=permission.value)


class AccessRevoked(PermissionDenied):
    """The member's account changed after they logged in (deactivated, a role taken away, the password
    reset by an administrator): nothing is written, and the window goes back to the login."""

    def __init__(self, message: str, *, staff_id: int) -> None:
        super().__init__(message)
        self.staff_id = staff_id


def revoked(actor: Actor, *, active: bool, roles: frozenset[Role], must_change_password: bool,
            credential: str) -> AccessRevoked | None:
    """Why ``actor`` may no longer act, given the staff row as it is now; None if they still may.

    Any permission taken away revokes (the window was built for the old roles: logging in again gives
    the right tabs); a role added does not. A temporary password set by an administrator since login
    revokes; the member's own change of password does not (it clears must-change-password).
    """
    if not active:
        return AccessRevoked(MSG_REVOKED_INACTIVE, staff_id=actor.staff_id)
    if not actor.permissions <= permissions_of(roles):
        return AccessRevoked(MSG_REVOKED_ROLES, staff_id=actor.staff_id)
    if must_change_password and actor.credential is not None and actor.credential != credential:
        return AccessRevoked(MSG_REVOKED_PASSWORD, staff_id=actor.staff_id)
    return None
