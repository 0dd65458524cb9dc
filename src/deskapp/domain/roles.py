"""Staff roles and what each may do. Services enforce these; the UI only hides what it can't use."""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field
from typing import overload

from deskapp.domain.directory import NoteKind
from deskapp.domain.errors import QT_TRANSLATE_NOOP, PermissionDenied
from deskapp.domain.identity import mask_phone
from deskapp.domain.requests import RequestState


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
    REQUEST_CANCEL_DISPATCHED = "request.cancel_dispatched"  # cancel one already handed to someone
    HOLD_LIFT_SERIOUS = "hold.lift_serious"  # lift a safety/special-care or dispute hold
    PHONE_FULL = "phone.full"  # see residents' and guests' phone numbers whole (else 139****5678)
    PHONE_REVEAL = "phone.reveal"  # show one resident's numbers whole when the task needs it (audited)
    COMPLAINT_CLOSE = "complaint.close"  # 投诉有问责: a supervisor closes complaints
    CALL_RECORD = "call.record"
    PASS_VIEW = "pass.view"  # move-out passes: look up, search, the lists
    PASS_ISSUE = "pass.issue"  # issue, reprint, check in the returned red copy, void one's own before collection
    PASS_CHECK = "pass.check"  # at the gate: the verdict, collect or refuse the load
    PASS_VOID = "pass.void"  # void any pass with a reason (a supervisor)
    CARD_VIEW = "card.view"  # access cards: look a card up, a unit's cards, the door system's daily list
    CARD_ISSUE = "card.issue"  # the application's steps, lost / found / replaced / returned, cancel
    CARD_OVERRIDE = "card.override"  # past the unit's limit of live cards, with a reason (a supervisor)
    AUDIT_VIEW = "audit.view"
    AUDIT_VERIFY = "audit.verify"  # walk the audit chain and compare every record with its trail
    STAFF_MANAGE = "staff.manage"
    SITE_SETTINGS = "site.settings"
    CONTROL_VIEW = "control.view"  # the control room's alarm/event log and faults
    CONTROL_LOG = "control.log"  # log an event, dispatch, record the result and a real fire's steps, faults, notes
    CONTROL_CLOSE = "control.close"  # reset and close an event
    CONTROL_STATS = "control.stats"  # false-alarm figures, devices with repeated unwanted alarms
    DEVICE_MANAGE = "device.manage"  # the list of devices: panel address → building, floor, zone, type
    SHIFT_DUTY = "shift.duty"  # control room: sign on, the 2-hourly equipment record, the daily check, hand over
    FIRE_SYSTEMS_MANAGE = "fire_systems.manage"  # the list of fire systems whose state the control room records
    BACKUP_VIEW = "backup.view"  # whether the daily backup is good (the board, the backup list)
    BACKUP_RESTORE = "backup.restore"  # back up now, choose the folder, restore a backup into place (an admin)
    BOARD_VIEW = "board.view"  # the supervisor's board (看板): today's figures, what is open and overdue
    STATS_VIEW = "stats.view"  # statistics with charts, printable
    LIST_EXPORT = "list.export"  # any list, with its filter, to an Excel workbook (.xlsx)


P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTIONIST: frozenset({P.DIRECTORY_VIEW, P.DIRECTORY_EDIT, P.PRINT, P.VISIT_VIEW, P.VISIT_RECORD,
                                  P.GUEST_CHECK, P.REQUEST_VIEW, P.REQUEST_EDIT, P.CALL_RECORD, P.PHONE_FULL,
                                  P.PASS_VIEW, P.PASS_ISSUE, P.PASS_CHECK, P.CARD_VIEW, P.CARD_ISSUE}),
    # The control room sees numbers masked; calling a resident in an emergency, it reveals one
    # resident's numbers (audited, with the reason).
    Role.CONTROL_OPERATOR: frozenset({P.DIRECTORY_VIEW, P.PRINT, P.VISIT_VIEW, P.REQUEST_VIEW, P.PHONE_REVEAL,
                                      P.SHIFT_DUTY, P.CONTROL_VIEW, P.CONTROL_LOG, P.CONTROL_CLOSE, P.CARD_VIEW}),
    # Guards check guests in and out at the gate (printing the slip is part of checking in); they see
    # numbers masked: checking in and out, and the roll call, need no one's number.
    # At the gate they check move-out passes and collect the red copy.
    # A card found at the gate is looked up there (whose, which unit).
    Role.GUARD: frozenset({P.DIRECTORY_VIEW, P.VISIT_VIEW, P.GUEST_CHECK, P.PASS_VIEW, P.PASS_CHECK, P.CARD_VIEW}),
    Role.SUPERVISOR: frozenset(
        {P.DIRECTORY_VIEW, P.DIRECTORY_EDIT, P.DIRECTORY_VOID, P.DIRECTORY_IMPORT,
         P.DIRECTORY_EXPORT, P.PRINT, P.AUDIT_VIEW, P.AUDIT_VERIFY, P.VISIT_VIEW, P.VISIT_RECORD, P.VISIT_VOID,
         P.GUEST_CHECK, P.WATCHLIST_MANAGE, P.WATCHLIST_OVERRIDE, P.REQUEST_VIEW, P.REQUEST_EDIT,
         P.REQUEST_CANCEL_DISPATCHED, P.HOLD_LIFT_SERIOUS, P.COMPLAINT_CLOSE, P.CALL_RECORD, P.PHONE_FULL,
         P.PASS_VIEW, P.PASS_ISSUE, P.PASS_CHECK, P.PASS_VOID, P.SHIFT_DUTY,
         P.CONTROL_VIEW, P.CONTROL_LOG, P.CONTROL_CLOSE, P.CONTROL_STATS, P.CARD_VIEW, P.CARD_ISSUE, P.CARD_OVERRIDE,
         P.BACKUP_VIEW, P.BOARD_VIEW, P.STATS_VIEW, P.LIST_EXPORT}
    ),
    Role.ADMIN: frozenset(Permission),
}

MSG_DENIED = QT_TRANSLATE_NOOP("errors", "Your role does not allow this ({permission}).")
MSG_DENIED_HOLD = QT_TRANSLATE_NOOP(
    "errors", "Only a supervisor can lift a safety or dispute hold. Ask a supervisor; the hold stays.")
MSG_DENIED_CANCEL = QT_TRANSLATE_NOOP(
    "errors", "This request has been dispatched: only a supervisor can cancel it now. Nothing was changed.")

# Holds whose lifting is a supervisor's decision (安全/特别关照, 纠纷); an arrears hold stays with the desk.
SERIOUS_HOLDS = frozenset({NoteKind.SAFETY, NoteKind.DISPUTE})
# From these states a cancel calls off work already handed to someone: a supervisor's decision.
CANCEL_NEEDS_SUPERVISOR = frozenset({RequestState.DISPATCHED, RequestState.IN_PROGRESS, RequestState.COMPLETED,
                                     RequestState.CALLED_BACK})
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

    @overload
    def phone(self, digits: str) -> str: ...
    @overload
    def phone(self, digits: None) -> None: ...

    def phone(self, digits: str | None) -> str | None:
        """A phone number as this member may see it: whole, or masked (``139****5678``)."""
        if digits is None or self.can(Permission.PHONE_FULL):
            return digits
        return mask_phone(digits)

    def may_lift(self, kind: NoteKind | str) -> bool:
        """Whether this member may lift a hold (or withdraw a note) of ``kind``; the UI hides what not."""
        try:
            self.require_to_lift(kind)
        except PermissionDenied:
            return False
        return True

    def may_cancel(self, state: RequestState | str) -> bool:
        """Whether this member may cancel a request in ``state``."""
        try:
            self.require_to_cancel(state)
        except PermissionDenied:
            return False
        return True

    def require_to_lift(self, kind: NoteKind | str) -> None:
        """Lifting a hold (or withdrawing a note): the desk may, except a safety or dispute hold."""
        self.require(Permission.DIRECTORY_EDIT)
        if NoteKind(kind) in SERIOUS_HOLDS and not self.can(Permission.HOLD_LIFT_SERIOUS):
            raise PermissionDenied(MSG_DENIED_HOLD, permission=Permission.HOLD_LIFT_SERIOUS.value)

    def require_to_cancel(self, state: RequestState | str) -> None:
        """Cancelling a request: the desk may while it is only registered; once dispatched, a supervisor."""
        self.require(Permission.REQUEST_EDIT)
        if RequestState(state) in CANCEL_NEEDS_SUPERVISOR and not self.can(Permission.REQUEST_CANCEL_DISPATCHED):
            raise PermissionDenied(MSG_DENIED_CANCEL, permission=Permission.REQUEST_CANCEL_DISPATCHED.value)


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
