"""Writes an audit row for every insert and every changed column of an ``Audited`` model.

The unit of work puts who (``audit_actor``: staff id, station), when (``audit_now``) and why
(``audit_reason``) into ``session.info``; this hook reads them after each flush, while the
ids are known and the attribute history is still there.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from deskapp.db.models import Audited, AuditLog

SECRET = "***"


def _value(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return str(value)


def _record_id(state) -> str:
    return ",".join(str(k) for k in state.mapper.primary_key_from_instance(state.obj()))


def _snapshot_json(model: type[Audited], value) -> str:
    """The JSON of a row's audited columns, ``value(key)`` giving each; secrets masked."""
    out = {}
    for attr in inspect(model).column_attrs:
        key = attr.key
        if key in model.__audit_exclude__:
            continue
        out[key] = SECRET if key in model.__audit_secret__ else _value(value(key))
    return json.dumps(out, ensure_ascii=False, sort_keys=True)


def _snapshot(obj) -> str:
    return _snapshot_json(type(obj), lambda key: getattr(obj, key))


def _who_when_why(session: Session) -> dict:
    """The part of every audit row the unit of work puts in ``session.info``."""
    info = session.info
    staff_id, station = info.get("audit_actor", (None, "system"))
    return {"at": info["audit_now"](), "staff_id": staff_id, "station": station, "reason": info.get("audit_reason")}


def _rows(session: Session) -> list[dict]:
    rows: list[dict] = []
    base = _who_when_why(session)
    for obj in session.new:
        if not isinstance(obj, Audited):
            continue
        rows.append(base | {
            "table_name": obj.__tablename__, "record_id": _record_id(inspect(obj)), "action": "insert",
            "field": None, "old_value": None, "new_value": _snapshot(obj),
        })
    for obj in session.dirty:
        if not isinstance(obj, Audited) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            key = attr.key
            if key in obj.__audit_exclude__:
                continue
            hist = state.attrs[key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if _value(old) == _value(new):
                continue
            secret = key in obj.__audit_secret__
            rows.append(base | {
                "table_name": obj.__tablename__, "record_id": _record_id(state), "action": "update",
                "field": key, "old_value": SECRET if secret else _value(old),
                "new_value": SECRET if secret else _value(new),
            })
    for obj in session.deleted:
        if isinstance(obj, Audited):
            # Records are voided, never deleted; only child rows such as a replaced phone go.
            rows.append(base | {
                "table_name": obj.__tablename__, "record_id": _record_id(inspect(obj)), "action": "delete",
                "field": None, "old_value": _snapshot(obj), "new_value": None,
            })
    return rows


def install(session_class: type[Session] | Session | sessionmaker[Session]) -> None:
    """Attach the audit hook to a session class (the app's sessionmaker)."""

    @event.listens_for(session_class, "after_flush")
    def _after_flush(session: Session, _ctx) -> None:
        if "audit_now" not in session.info:
            return
        rows = _rows(session)
        if rows:
            session.connection().execute(insert(AuditLog), rows)


def snapshot_of(model: type[Audited], values: dict) -> str:
    """The JSON snapshot the flush hook writes for an inserted ``model`` row with these column values
    (columns not given are None), for rows inserted in bulk without the ORM's unit of work."""
    return _snapshot_json(model, values.get)


def audit_bulk_inserts(session: Session, model: type[Audited], records: list[dict]) -> None:
    """Write, in one statement, the audit rows the flush hook would have written for ``records``
    (each with its ``id``) inserted in bulk into ``model``'s table."""
    if not records or "audit_now" not in session.info:
        return
    base = _who_when_why(session) | {"table_name": model.__tablename__, "action": "insert", "field": None,
                                     "old_value": None}
    session.execute(insert(AuditLog), [base | {"record_id": str(r["id"]), "new_value": snapshot_of(model, r)}
                                       for r in records])
