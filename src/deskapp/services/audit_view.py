"""The supervisor's audit viewer 审计记录: one record's full history from the audit trail — who, at which
station, when, what (created, a field changed from old to new, voided, a number revealed) and why.

Read only: the trail is a hash chain (``db/chain.py``) written by ``db/audit.py``; nothing here writes
to it. Values are shown as the trail stores them (a secret stays ``***``: it was masked when written).
Table and field names come with an English label for the UI to translate; names without one are shown
as they are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy import select

from deskapp.db.audit import audited_keys, audited_models
from deskapp.db.models import AuditLog, Staff
from deskapp.domain.errors import QT_TRANSLATE_NOOP, NotFound
from deskapp.domain.roles import Actor, Permission
from deskapp.services.base import Database

MSG_NO_SUCH_TABLE = QT_TRANSLATE_NOOP("errors", "No history is kept for records of the kind '{table}'.")
MSG_NO_HISTORY = QT_TRANSLATE_NOOP("errors", "There is no history for {kind} {record}: no such record.")

# What happened, for the UI (context "audit"). A void is the three void fields of one change shown as one.
ACTION_LABELS = {
    "insert": QT_TRANSLATE_NOOP("audit", "Created"),
    "baseline": QT_TRANSLATE_NOOP("audit", "Recorded as found"),  # a row written before the trail was chained
    "update": QT_TRANSLATE_NOOP("audit", "Changed"),
    "void": QT_TRANSLATE_NOOP("audit", "Voided"),  # 作废
    "delete": QT_TRANSLATE_NOOP("audit", "Removed"),  # a child row (a replaced phone)
    "reveal": QT_TRANSLATE_NOOP("audit", "Number revealed"),  # the control room called a resident
}

TABLE_LABELS = {
    "site": QT_TRANSLATE_NOOP("audit", "Site"),
    "setting": QT_TRANSLATE_NOOP("audit", "Setting"),
    "staff": QT_TRANSLATE_NOOP("audit", "Staff member"),
    "building": QT_TRANSLATE_NOOP("audit", "Building"),
    "unit": QT_TRANSLATE_NOOP("audit", "Unit"),  # 房屋
    "resident": QT_TRANSLATE_NOOP("audit", "Resident"),  # 住户
    "resident_phone": QT_TRANSLATE_NOOP("audit", "Resident's phone"),
    "unit_note": QT_TRANSLATE_NOOP("audit", "Unit note"),
    "visit": QT_TRANSLATE_NOOP("audit", "Visit"),  # 来访
    "guest_visit": QT_TRANSLATE_NOOP("audit", "Guest"),  # 访客
    "watch_entry": QT_TRANSLATE_NOOP("audit", "Watch list entry"),
    "request": QT_TRANSLATE_NOOP("audit", "Request"),  # 报事报修
    "call": QT_TRANSLATE_NOOP("audit", "Call"),  # 来电/去电
    "move_pass": QT_TRANSLATE_NOOP("audit", "Move-out pass"),  # 放行条
    "move_pass_item": QT_TRANSLATE_NOOP("audit", "Pass item"),
    "control_device": QT_TRANSLATE_NOOP("audit", "Device"),
    "control_fault": QT_TRANSLATE_NOOP("audit", "Fault"),
    "control_event": QT_TRANSLATE_NOOP("audit", "Alarm or event"),  # 报警/事件
    "control_event_note": QT_TRANSLATE_NOOP("audit", "Event note"),
    "fire_system": QT_TRANSLATE_NOOP("audit", "Fire system"),
    "control_shift": QT_TRANSLATE_NOOP("audit", "Shift"),
    "equipment_record": QT_TRANSLATE_NOOP("audit", "Equipment record"),
    "daily_check": QT_TRANSLATE_NOOP("audit", "Daily check"),
    "handover": QT_TRANSLATE_NOOP("audit", "Handover"),
    "card_application": QT_TRANSLATE_NOOP("audit", "Card application"),
    "access_card": QT_TRANSLATE_NOOP("audit", "Access card"),  # 业户卡
}

# The fields most records share, and the main ones of each; others are shown by their column name.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("audit", "Name"),
    "staff_no": QT_TRANSLATE_NOOP("audit", "Staff number"),
    "roles": QT_TRANSLATE_NOOP("audit", "Roles"),
    "active": QT_TRANSLATE_NOOP("audit", "Active"),
    "password_hash": QT_TRANSLATE_NOOP("audit", "Password"),
    "must_change_password": QT_TRANSLATE_NOOP("audit", "Must change password"),
    "room_no": QT_TRANSLATE_NOOP("audit", "Room"),
    "unit_id": QT_TRANSLATE_NOOP("audit", "Unit"),
    "resident_id": QT_TRANSLATE_NOOP("audit", "Resident"),
    "role": QT_TRANSLATE_NOOP("audit", "Role"),
    "phone": QT_TRANSLATE_NOOP("audit", "Phone"),
    "phones": QT_TRANSLATE_NOOP("audit", "Phones"),
    "notes": QT_TRANSLATE_NOOP("audit", "Notes"),
    "kind": QT_TRANSLATE_NOOP("audit", "Kind"),
    "text": QT_TRANSLATE_NOOP("audit", "Text"),
    "number": QT_TRANSLATE_NOOP("audit", "Number"),
    "state": QT_TRANSLATE_NOOP("audit", "State"),
    "category": QT_TRANSLATE_NOOP("audit", "Category"),
    "department": QT_TRANSLATE_NOOP("audit", "Department"),
    "assignee": QT_TRANSLATE_NOOP("audit", "Assigned to"),
    "description": QT_TRANSLATE_NOOP("audit", "Description"),
    "contact_name": QT_TRANSLATE_NOOP("audit", "Contact"),
    "contact_phone": QT_TRANSLATE_NOOP("audit", "Contact phone"),
    "visitor_name": QT_TRANSLATE_NOOP("audit", "Visitor"),
    "visitor_phone": QT_TRANSLATE_NOOP("audit", "Visitor's phone"),
    "visited_at": QT_TRANSLATE_NOOP("audit", "Visited at"),
    "purpose": QT_TRANSLATE_NOOP("audit", "Purpose"),
    "content": QT_TRANSLATE_NOOP("audit", "Content"),
    "outcome": QT_TRANSLATE_NOOP("audit", "Outcome"),
    "resolution": QT_TRANSLATE_NOOP("audit", "Resolution"),
    "caller_name": QT_TRANSLATE_NOOP("audit", "Caller"),
    "caller_phone": QT_TRANSLATE_NOOP("audit", "Caller's phone"),
    "applicant_name": QT_TRANSLATE_NOOP("audit", "Applicant"),
    "plate": QT_TRANSLATE_NOOP("audit", "Plate"),
    "host_unit": QT_TRANSLATE_NOOP("audit", "Visiting unit"),
    "slip_no": QT_TRANSLATE_NOOP("audit", "Slip number"),
    "id_number": QT_TRANSLATE_NOOP("audit", "ID number"),
    "location": QT_TRANSLATE_NOOP("audit", "Location"),
    "cause": QT_TRANSLATE_NOOP("audit", "Cause"),
    "result": QT_TRANSLATE_NOOP("audit", "Result"),
    "created_at": QT_TRANSLATE_NOOP("audit", "Created at"),
    "created_by_id": QT_TRANSLATE_NOOP("audit", "Created by (staff id)"),
    "created_station": QT_TRANSLATE_NOOP("audit", "Created at station"),
    "voided_at": QT_TRANSLATE_NOOP("audit", "Voided at"),
    "voided_by_id": QT_TRANSLATE_NOOP("audit", "Voided by (staff id)"),
    "void_reason": QT_TRANSLATE_NOOP("audit", "Reason for voiding"),
}

_VOID_FIELDS = frozenset({"voided_at", "voided_by_id", "void_reason"})
_SNAPSHOTS = {"insert": "new", "baseline": "new", "delete": "old"}  # actions whose value is a whole record


@dataclass(frozen=True)
class AuditEntry:
    """One step of a record's history.

    ``field``/``old``/``new`` for a change of one field; ``snapshot`` (field, value) pairs for a record
    created (or found, or removed) with those values; a void has ``new`` = its reason.
    """

    seq: int  # the entry's place in the chain (the last one for a void's three fields)
    at: datetime  # naive UTC, as stored
    when: str  # this PC's local date and time
    staff_name: str  # "" for the system (a migration, the demo)
    staff_no: str
    station: str
    action: str  # insert, baseline, update, void, delete, reveal, …
    field: str | None = None
    old: str | None = None
    new: str | None = None
    reason: str | None = None
    snapshot: tuple[tuple[str, str | None], ...] = ()


def table_label(table: str) -> str:
    """The English label of an audited table (for ``QCoreApplication.translate("audit", …)``), or its name."""
    return TABLE_LABELS.get(table, table)


def field_label(field: str) -> str:
    """The English label of a field, or its column name."""
    return FIELD_LABELS.get(field, field)


class AuditViewService:
    def __init__(self, *, db: Database) -> None:
        self._db = db

    def tables(self) -> frozenset[str]:
        """The tables whose records have a history."""
        return frozenset(m.__tablename__ for m in audited_models())

    @staticmethod
    def _field_order(table: str) -> dict[str, int]:
        """The table's audited fields in the model's order (the form's), for a snapshot read as stored."""
        model = next(m for m in audited_models() if m.__tablename__ == table)
        return {key: i for i, key in enumerate(audited_keys(model))}

    def history(self, actor: Actor, table: str, record_id: int | str) -> list[AuditEntry]:
        """Every audit entry of record ``record_id`` of ``table``, oldest first (a supervisor's look)."""
        actor.require(Permission.AUDIT_VIEW)
        if table not in self.tables():
            raise NotFound(MSG_NO_SUCH_TABLE, table=table)
        with self._db.read() as s:
            rows = s.execute(
                select(AuditLog, Staff.name, Staff.staff_no)
                .outerjoin(Staff, Staff.id == AuditLog.staff_id)
                .where(AuditLog.table_name == table, AuditLog.record_id == str(record_id))
                .order_by(AuditLog.seq)).all()
        if not rows:
            raise NotFound(MSG_NO_HISTORY, kind=table_label(table), record=f"#{record_id}")
        return _entries([(log, name or "", no or "") for log, name, no in rows], self._field_order(table))


def _entries(rows: list[tuple[AuditLog, str, str]], order: dict[str, int]) -> list[AuditEntry]:
    """The audit rows as entries: a record's snapshot as one, the void fields of one change as one."""
    out: list[AuditEntry] = []
    i = 0
    while i < len(rows):
        log, name, no = rows[i]
        base = AuditEntry(seq=log.seq, at=log.at, when=local_text_seconds(log.at), staff_name=name, staff_no=no,
                          station=log.station, action=log.action, reason=log.reason)
        if log.action in _SNAPSHOTS:
            value = log.new_value if _SNAPSHOTS[log.action] == "new" else log.old_value
            out.append(replace(base, snapshot=_snapshot(value, order)))
        elif log.action == "update" and log.field == "voided_at" and log.old_value is None and log.new_value:
            # voided_at, voided_by_id and void_reason are written by one change: shown as one "Voided"
            same = _same_change(rows, i)
            reason = next((r.new_value for r in same if r.field == "void_reason"), None) or log.reason
            out.append(replace(base, seq=same[-1].seq, action="void", new=reason,
                               reason=log.reason or reason))
            i += len(same)
            continue
        else:
            out.append(replace(base, field=log.field, old=log.old_value, new=log.new_value))
        i += 1
    return out


def _same_change(rows: list[tuple[AuditLog, str, str]], start: int) -> list[AuditLog]:
    """From ``rows[start]`` (a voided_at set), the rows of the void fields written with it."""
    first = rows[start][0]
    same = [first]
    for log, _name, _no in rows[start + 1:]:
        if (log.action, log.at, log.staff_id, log.station) != ("update", first.at, first.staff_id, first.station) \
                or log.field not in _VOID_FIELDS or log.field in {r.field for r in same}:
            break
        same.append(log)
    return same


def _snapshot(value: str | None, order: dict[str, int]) -> tuple[tuple[str, str | None], ...]:
    """A stored JSON snapshot as (field, value) pairs in the model's order (fields it no longer has
    last), empty fields left out; text that is not a snapshot (written by hand) as one pair, no field."""
    if not value:
        return ()
    try:
        data = json.loads(value)
    except ValueError:
        return (("", value),)
    if not isinstance(data, dict):
        return (("", value),)
    pairs = [(k, None if v is None else str(v)) for k, v in data.items() if v not in (None, "")]
    return tuple(sorted(pairs, key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


def local_text_seconds(utc: datetime) -> str:
    """A stored (naive UTC) time as this PC's local date and time to the second (changes come close)."""
    return utc.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")
