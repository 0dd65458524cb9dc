"""Writes an audit row for every insert and every changed column of an ``Audited`` model.

The unit of work puts who (``audit_actor``: staff id, station), when (``audit_now``) and why
(``audit_reason``) into ``session.info``; this hook reads them after each flush, while the
ids are known and the attribute history is still there.

Every row is appended to the hash chain (``db/chain.py``) by ``append``, the one way audit rows are
written: the flush hook, the bulk import and the explicit entries (a phone number revealed) all go
through it, at commit (``later``). Appends are one at a time across stations: SQLite write
transactions begin IMMEDIATE and hold the file's write lock; on PostgreSQL ``append`` takes a
transaction-level advisory lock on the chain head before reading it, held until the transaction ends.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable

from sqlalchemy import Connection, event, insert, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from deskapp.db import chain
from deskapp.db.models import Audited, AuditLog

SECRET = "***"
CHAIN_LOCK = zlib.crc32(b"deskapp.audit_chain")  # PostgreSQL advisory lock key of the chain head

_value = chain.value_text


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


def audited_keys(model: type[Audited]) -> list[str]:
    """The attributes of ``model`` the audit trail follows (secrets included), in mapper order."""
    return [a.key for a in inspect(model).column_attrs if a.key not in model.__audit_exclude__]


def state_of(model: type[Audited], value: Callable[[str], object]) -> str:
    """The ``state_hash`` of a ``model`` row whose attribute ``key`` is ``value(key)``."""
    return chain.state_hash({key: _value(value(key)) for key in audited_keys(model)})


def _state(obj) -> str:
    return state_of(type(obj), lambda key: getattr(obj, key))


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
            "field": None, "old_value": None, "new_value": _snapshot(obj), "state_hash": _state(obj),
        })
    for obj in session.dirty:
        if not isinstance(obj, Audited) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        after = _state(obj)  # the record as this flush leaves it, on each of its rows
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
                "new_value": SECRET if secret else _value(new), "state_hash": after,
            })
    for obj in session.deleted:
        if isinstance(obj, Audited):
            # Records are voided, never deleted; only child rows such as a replaced phone go.
            rows.append(base | {
                "table_name": obj.__tablename__, "record_id": _record_id(inspect(obj)), "action": "delete",
                "field": None, "old_value": _snapshot(obj), "new_value": None, "state_hash": None,
            })
    return rows


_PENDING = "audit_pending"  # session.info: rows to append at commit
_MARKS = "audit_savepoints"  # session.info: a savepoint → how many rows were pending when it began


def later(session: Session, rows: list[dict]) -> None:
    """Append ``rows`` to the chain when this transaction commits (with the flush hook's own rows)."""
    session.info.setdefault(_PENDING, []).extend(rows)


def install(session_class: type[Session] | Session | sessionmaker[Session]) -> None:
    """Attach the audit hook to a session class (the app's sessionmaker).

    Each flush's rows wait in the session and are appended to the chain at commit, after the last flush:
    the chain's lock (PostgreSQL) is then the last lock a transaction takes and is held only for the
    append and the commit — a transaction holding it never waits for a row another one has locked, so
    no two stations deadlock over it. Rows of a savepoint rolled back are dropped with it.
    """

    @event.listens_for(session_class, "after_flush")
    def _after_flush(session: Session, _ctx) -> None:
        if "audit_now" not in session.info:
            return
        rows = _rows(session)
        if rows:
            later(session, rows)

    @event.listens_for(session_class, "before_commit")
    def _before_commit(session: Session) -> None:
        if session.in_nested_transaction():  # a savepoint released: its rows wait for the real commit
            return
        if "audit_now" in session.info:
            session.flush()  # the last changes' rows, and every row lock this transaction takes, first
        rows = session.info.pop(_PENDING, None)
        if rows:
            append(session.connection(), rows)

    @event.listens_for(session_class, "after_transaction_create")
    def _savepoint_begins(session: Session, transaction) -> None:
        if transaction.nested:
            session.info.setdefault(_MARKS, {})[transaction] = len(session.info.get(_PENDING, ()))

    @event.listens_for(session_class, "after_soft_rollback")
    def _rolled_back(session: Session, previous_transaction) -> None:
        marks = session.info.get(_MARKS, {})
        if previous_transaction.nested and previous_transaction in marks:
            del session.info.get(_PENDING, [])[marks[previous_transaction]:]
        elif not previous_transaction.nested:
            session.info.pop(_PENDING, None)

    @event.listens_for(session_class, "after_transaction_end")
    def _transaction_ends(session: Session, transaction) -> None:
        if transaction.parent is None:  # (a savepoint's mark is read after it ends, when it rolled back)
            session.info.pop(_MARKS, None)


def head(conn: Connection) -> tuple[int, str]:
    """The last entry of the chain: (seq, hash); (0, GENESIS) for an empty trail."""
    row = conn.execute(select(AuditLog.seq, AuditLog.hash).order_by(AuditLog.seq.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, chain.GENESIS)


def append(conn: Connection, rows: list[dict]) -> None:
    """Append ``rows`` (audit rows without numbering) to the chain, in one statement.

    The head is read under the chain lock, so two stations never number two entries alike: SQLite's
    write transaction already holds the file (BEGIN IMMEDIATE); PostgreSQL waits here for the
    transaction-level advisory lock, released when the other station's transaction ends.
    """
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
    seq, prev = head(conn)
    conn.execute(insert(AuditLog), chain.chained(seq, prev, ({"state_hash": None} | r for r in rows)))


def with_defaults(model: type[Audited], values: dict) -> dict:
    """``values`` with the Python-side defaults an ``insert(model)`` fills in for columns not given."""
    out = dict(values)
    for attr in inspect(model).column_attrs:
        column = attr.columns[0]
        default = column.default
        if attr.key not in out and default is not None and default.is_scalar:
            out[attr.key] = default.arg  # type: ignore[attr-defined]
    return out


def snapshot_of(model: type[Audited], values: dict) -> str:
    """The JSON snapshot the flush hook writes for an inserted ``model`` row with these column values
    (defaults filled in as the insert does, other columns not given are None), for rows inserted in
    bulk without the ORM's unit of work."""
    return _snapshot_json(model, with_defaults(model, values).get)


def audit_bulk_inserts(session: Session, model: type[Audited], records: list[dict]) -> None:
    """Write, in one statement, the audit rows the flush hook would have written for ``records``
    (each with its ``id``) inserted in bulk into ``model``'s table."""
    if not records or "audit_now" not in session.info:
        return
    base = _who_when_why(session) | {"table_name": model.__tablename__, "action": "insert", "field": None,
                                     "old_value": None}
    full = [with_defaults(model, r) for r in records]
    later(session, [base | {"record_id": str(r["id"]), "new_value": _snapshot_json(model, r.get),
                            "state_hash": state_of(model, r.get)} for r in full])


def audited_models() -> list[type[Audited]]:
    """Every ``Audited`` model, in table-dependency order."""
    from deskapp.db.models import Base

    by_table = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers if issubclass(m.class_, Audited)}
    return [by_table[t.name] for t in Base.metadata.sorted_tables if t.name in by_table]


def baseline(conn: Connection, *, at, station: str, reason: str, only_missing: bool = False) -> int:
    """Append a ``baseline`` entry (the record's snapshot and state, as an insert writes them) for every
    row of every audited table (``only_missing``: for the rows with no audit entry at all), so that the
    trail accounts for rows written before it was chained, or written in bulk without it (the demo).
    Only the columns the table has now are read. Returns the number of entries appended."""
    from sqlalchemy import inspect as inspect_db

    written = 0
    names = inspect_db(conn)
    for model in audited_models():
        table = model.__table__  # type: ignore[attr-defined]
        if not names.has_table(table.name):  # made by a later migration, empty when it is made
            continue
        present = {c["name"] for c in names.get_columns(table.name)}
        attrs = [a for a in inspect(model).column_attrs if a.columns[0].name in present]
        keys = [a.key for a in attrs]
        pk = [c.name for c in table.primary_key.columns]
        seen: set[str] = set()
        if only_missing:
            seen = set(conn.scalars(select(AuditLog.record_id).where(AuditLog.table_name == table.name).distinct()))
        base = {"at": at, "staff_id": None, "station": station, "reason": reason, "table_name": table.name,
                "action": "baseline", "field": None, "old_value": None}
        rows = conn.execute(select(*(a.columns[0] for a in attrs)).order_by(*table.primary_key.columns))
        batch: list[dict] = []
        for row in rows:
            values = dict(zip(keys, row, strict=True))
            by_name = dict(zip((a.columns[0].name for a in attrs), row, strict=True))
            record_id = ",".join(str(by_name[c]) for c in pk)
            if record_id in seen:
                continue
            batch.append(base | {"record_id": record_id, "new_value": _snapshot_json(model, values.get),
                                 "state_hash": state_of(model, values.get)})
            if len(batch) >= 5000:
                append(conn, batch)
                written += len(batch)
                batch = []
        if batch:
            append(conn, batch)
            written += len(batch)
    return written
