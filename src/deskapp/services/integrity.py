"""The record is the evidence: the audit chain holds, and every record is what its trail says.

``verify_log`` walks the audit chain (``db/chain.py``) and names the first entry changed, removed or
inserted behind the app's back; in the same read it compares every row of every audited table with the
state its trail ends in (the ``state_hash`` of its last entry), and for a row that differs replays the
row's history to name the field, with what the trail expects and what is there (secrets stay masked).
Columns the audit leaves out (``__audit_exclude__``: ``updated_at``, a login time) are not checked.

It reads one snapshot of the database (PostgreSQL: a REPEATABLE READ transaction; SQLite: one read
transaction), so stations saving meanwhile do not show up as differences.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Engine,
    Integer,
    String,
    Text,
    case,
    cast,
    func,
    inspect,
    literal,
    literal_column,
    null,
    select,
    type_coerce,
)
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from deskapp.db import chain
from deskapp.db.audit import SECRET, audited_models
from deskapp.db.errors import known_error
from deskapp.db.models import AuditLog
from deskapp.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from deskapp.domain.roles import Actor, Permission
from deskapp.services.base import Database

log = logging.getLogger(__name__)

F_CHANGED = QT_TRANSLATE_NOOP(
    "integrity", "Audit entry #{seq} was changed behind the app's back: its content no longer matches its hash.")
F_REMOVED = QT_TRANSLATE_NOOP(
    "integrity", "Audit entry #{seq} was removed behind the app's back: the chain goes on from #{after} "
                 "without it.")
F_INSERTED = QT_TRANSLATE_NOOP(
    "integrity", "Audit entry #{seq} was inserted behind the app's back: the entry after it links to #{after}.")
F_EXPECT_CHANGED = QT_TRANSLATE_NOOP(
    "integrity", "Audit entry #{seq} now has the hash {found}, not {expected} as written down: the trail was "
                 "rewritten up to there.")
F_EXPECT_MISSING = QT_TRANSLATE_NOOP(
    "integrity", "Audit entry #{seq}, written down with the hash {expected}, is not in the trail any more.")
F_ROW_CHANGED = QT_TRANSLATE_NOOP(
    "integrity", "{table} #{record}: {field} is \u201c{found}\u201d, its audit trail says \u201c{expected}\u201d "
                 "(changed behind the app's back).")
F_ROW_SECRET = QT_TRANSLATE_NOOP(
    "integrity", "{table} #{record}: {field} was changed behind the app's back (a secret: not shown).")
F_ROW_DELETED = QT_TRANSLATE_NOOP(
    "integrity", "{table} #{record} was deleted behind the app's back: its audit trail says it exists.")
F_ROW_INSERTED = QT_TRANSLATE_NOOP(
    "integrity", "{table} #{record} was inserted behind the app's back: it has no audit entry.")
F_ROW_UNDELETED = QT_TRANSLATE_NOOP(
    "integrity", "{table} #{record} is there though its audit trail says it was deleted.")
MSG_INTACT = QT_TRANSLATE_NOOP(
    "integrity", "The record is intact: {entries} audit entries in an unbroken chain; {records} records in {tables} "
                 "tables agree with their audit trail.")
MSG_NOT_INTACT = QT_TRANSLATE_NOOP(
    "integrity", "The record is NOT intact: {count} findings. {entries} audit entries, {records} records in "
                 "{tables} tables read.")
MSG_MORE = QT_TRANSLATE_NOOP("integrity", "… and {count} more findings.")
MSG_HEAD = QT_TRANSLATE_NOOP(
    "integrity", "Last verified entry: #{seq} {hash}. Write it in the duty log: a later check given it "
                 "(deskapp verify-log --expect {seq}:{hash}) tells whether the trail was rewritten up to there.")
MSG_HEAD_BROKEN = QT_TRANSLATE_NOOP(
    "integrity", "Last entry verified: #{seq} {hash}. The record is not intact: find out what happened before "
                 "writing anything in the duty log.")
MSG_BAD_EXPECT = QT_TRANSLATE_NOOP(
    "errors", "Write the entry as number:hash, e.g. 1234:9f86d081… (the hash in full, 64 characters).")

LIMIT = 100  # findings listed; more are counted
_NULL = "\u2205"  # how a None value is shown in a finding
_UNKNOWN = object()  # a record whose last entry predates the chain (no state recorded)
_MISSING = object()  # a live row with no entry at all


@dataclass(frozen=True)
class Finding:
    """One thing that is not as the app wrote it; ``message`` (English source, context "integrity")
    with ``params`` is what the user reads."""

    kind: str  # changed / removed / inserted (an audit entry); row_changed / row_deleted / row_inserted
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    table: str | None = None
    record_id: str | None = None
    field: str | None = None
    expected: str | None = None
    found: str | None = None
    seq: int | None = None

    def text(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True)
class VerifyReport:
    """What ``verify_log`` found: the chain's length and head (to be written down), the records compared,
    and the findings (the chain's first break first; at most ``LIMIT``, ``more`` not listed)."""

    entries: int
    head_seq: int
    head_hash: str
    records: int
    tables: int
    findings: tuple[Finding, ...]
    more: int
    seconds: float

    @property
    def intact(self) -> bool:
        return not self.findings

    @property
    def head(self) -> str:
        return f"{self.head_seq}:{self.head_hash}"

    def lines(self, tr: Callable[[str], str] = lambda message: message) -> list[str]:
        """The report as the user reads it: the summary, each finding, the head to write down (``tr``
        translates a message of context "integrity")."""
        counts = {"entries": self.entries, "records": self.records, "tables": self.tables}
        if self.intact:
            out = [tr(MSG_INTACT).format(**counts)]
        else:
            out = [tr(MSG_NOT_INTACT).format(count=len(self.findings) + self.more, **counts)]
            out += [tr(f.message).format(**f.params) for f in self.findings]
            if self.more:
                out.append(tr(MSG_MORE).format(count=self.more))
        out.append(tr(MSG_HEAD if self.intact else MSG_HEAD_BROKEN).format(seq=self.head_seq, hash=self.head_hash))
        return out


def parse_expect(text: str) -> tuple[int, str]:
    """``"1234:<64 hex>"`` as written down from a report → (seq, hash)."""
    seq, _, h = (text or "").strip().partition(":")
    h = h.strip().lower()
    if not seq.strip().isdigit() or len(h) != 64 or any(c not in "0123456789abcdef" for c in h):
        raise ValidationError.single("expect", MSG_BAD_EXPECT)
    return int(seq), h


class IntegrityService:
    """The supervisor's check of the record (menu: Verify the record)."""

    def __init__(self, *, db: Database) -> None:
        self._db = db

    def verify(self, actor: Actor, *, expect: str = "") -> VerifyReport:
        """Verify the audit chain and every audited record; needs AUDIT_VERIFY. ``expect``: an entry
        written down earlier, ``number:hash`` (empty: none)."""
        actor.require(Permission.AUDIT_VERIFY)
        written = parse_expect(expect) if expect.strip() else None
        report = verify_log(self._db.engine, expect=written)
        log.info("verify-log by %s at %s: %d entries, head %s, %d findings", actor.staff_no, actor.station,
                 report.entries, report.head, len(report.findings) + report.more)
        return report


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                conn = conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            with conn.begin():
                yield conn
    except SQLAlchemyError as exc:
        known = known_error(exc)
        if known is not None:
            raise known from exc
        raise


def verify_log(engine: Engine, *, expect: tuple[int, str] | None = None, limit: int = LIMIT) -> VerifyReport:
    """Walk the audit chain and compare every audited record with its trail (no permission check: the
    command line, whose user holds the database's password anyway)."""
    began = time.perf_counter()
    findings: list[Finding] = []
    with _snapshot(engine) as conn:
        plans = _plans(conn.dialect.name)
        read: Callable[[_TablePlan], Iterable[Sequence]] = lambda plan: _scan(conn, plan.query)  # noqa: E731
        alongside = None
        if conn.dialect.name == "postgresql":
            alongside = _ReadAlongside(engine, conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one(),
                                       plans)
            alongside.start()
            read = alongside.read
        try:
            walk, states, at_expect = _walk_chain(conn, expect)
        except BaseException:
            if alongside is not None:
                alongside.join()  # not left reading on its own
            raise
        if walk.broken is not None:
            findings.append(_break_finding(walk.broken))
        if expect is not None:
            seq, h = expect
            if at_expect is None:
                findings.append(Finding("removed", F_EXPECT_MISSING, {"seq": seq, "expected": h}, seq=seq))
            elif at_expect != h:
                findings.append(Finding("changed", F_EXPECT_CHANGED, {"seq": seq, "expected": h, "found": at_expect},
                                        seq=seq, expected=h, found=at_expect))
        records, tables, row_findings = _check_rows(conn, states, plans, read)
        total = len(findings)
        for finding in row_findings:
            total += 1
            if len(findings) < limit:
                findings.append(finding)
    return VerifyReport(entries=walk.count, head_seq=walk.head[0], head_hash=walk.head[1], records=records,
                        tables=tables, findings=tuple(findings), more=total - len(findings),
                        seconds=time.perf_counter() - began)


def _break_finding(b: chain.Break) -> Finding:
    message = {chain.CHANGED: F_CHANGED, chain.REMOVED: F_REMOVED, chain.INSERTED: F_INSERTED}[b.kind]
    return Finding(b.kind, message, {"seq": b.seq, "after": b.after}, seq=b.seq)


def _walk_chain(conn: Connection, expect: tuple[int, str] | None):
    """One pass over the trail in ``seq`` order: the chain checked, and each record's last state.

    SQLite builds each entry's canonical JSON itself (``json_array``, compact as the chain's is): a
    million entries are hashed without a JSON encoder's work here. Should its text differ from Python's
    for some entry (an unusual character), the entry's fields are read and serialised here before it is
    called changed."""
    log_table = AuditLog.__table__  # type: ignore[attr-defined]
    content = [_at_as_text(conn) if name == "at" else log_table.c[name] for name in chain.CONTENT]
    tail = [log_table.c[name] for name in ("table_name", "record_id", "action", "state_hash")]
    numbering = [log_table.c.seq, log_table.c.prev_hash, log_table.c.hash]
    recheck = lambda row: _content_here(conn, row[0])  # noqa: E731
    if conn.dialect.name == "sqlite":
        query = select(*numbering, func.json_array(*content), *tail)
        walk = chain.ChainWalk(content=lambda row: row[3], recheck=recheck)
        i_table = 4
    elif conn.dialect.name == "postgresql":
        # PostgreSQL builds the JSON and hashes it (sha256, PostgreSQL 11+) on the server's own core.
        own = _pg_sha256(func.concat(log_table.c.prev_hash, _pg_json_array(content))) == log_table.c.hash
        query = select(*numbering, own, *tail)
        walk = chain.ChainWalk(hashed=lambda row: bool(row[3]), recheck=recheck)
        i_table = 4
    else:
        query = select(*numbering, *content, *tail)
        walk = chain.ChainWalk(content=lambda row: chain.content_of(row[3:3 + len(chain.CONTENT)]))
        i_table = 3 + len(chain.CONTENT)
    i_record, i_action, i_state = i_table + 1, i_table + 2, i_table + 3
    states: dict[str, dict[str, object]] = {}
    at_expect = None
    want = expect[0] if expect else None
    for row in walk.rows(_scan(conn, query.order_by(log_table.c.seq))):
        if row[0] == want:
            at_expect = row[2]
        action = row[i_action]
        if action == "delete":
            state: object = None
        elif row[i_state] is not None:
            state = row[i_state]
        elif action in ("insert", "update", "baseline"):
            state = _UNKNOWN
        else:  # an entry about a record that changes nothing in it (a phone number revealed)
            continue
        table = states.get(row[i_table])
        if table is None:
            table = states[row[i_table]] = {}
        table[row[i_record]] = state
    return walk, states, at_expect


def _pg_sha256(text_expr):
    return func.encode(func.sha256(func.convert_to(text_expr, literal_column("'UTF8'"))), literal_column("'hex'"))


def _pg_json(expr):
    """A value as the chain's JSON writes it: a string quoted and escaped (PostgreSQL's escaping is
    Python's with non-ASCII kept), an integer bare, NULL as null."""
    kind = getattr(expr, "type", None)
    if isinstance(kind, Integer):
        return func.coalesce(cast(expr, Text), literal_column("'null'"))
    return func.coalesce(cast(func.to_json(expr), Text), literal_column("'null'"))


def _pg_json_array(exprs):
    items: list = [literal_column("'['")]
    for i, expr in enumerate(exprs):
        if i:
            items.append(literal_column("','"))
        items.append(_pg_json(expr))
    items.append(literal_column("']'"))
    return func.concat(*items)


def _content_here(conn: Connection, seq: int) -> str | None:
    """Entry ``seq``'s content, serialised here from its fields."""
    log_table = AuditLog.__table__  # type: ignore[attr-defined]
    row = conn.execute(select(*(_at_as_text(conn) if name == "at" else log_table.c[name] for name in chain.CONTENT))
                       .where(log_table.c.seq == seq)).first()
    return None if row is None else chain.content_of(tuple(row))


def _scan(conn: Connection, query) -> Iterator[tuple]:
    """The rows of ``query`` as plain tuples, straight from the driver, a batch at a time (a million
    rows: SQLAlchemy's per-row work would be a third of the check). PostgreSQL: a server-side cursor."""
    sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    error = conn.dialect.loaded_dbapi.Error
    try:
        cursor = dbapi.cursor(name="deskapp_verify") if conn.dialect.name == "postgresql" else dbapi.cursor()
        try:
            cursor.execute(sql)
            while batch := cursor.fetchmany(20_000):
                yield from batch
        finally:
            cursor.close()
    except error as exc:  # as SQLAlchemy would raise it, so that a known condition gets its message
        raise DBAPIError.instance(sql, None, exc, error) from exc


def _at_as_text(conn: Connection):
    """The entry's time as the text the chain hashes (``YYYY-MM-DD HH:MM:SS.ffffff``), formatted by the
    database: SQLite keeps it so already (SQLAlchemy's storage format), PostgreSQL formats it."""
    if conn.dialect.name == "postgresql":
        return func.to_char(AuditLog.at, "YYYY-MM-DD HH24:MI:SS.US")
    return type_coerce(AuditLog.at, String)


def _datetime_text(v) -> str | None:
    if v is None:
        return None
    if v.__class__ is str:  # SQLite's stored text: 2026-03-02 01:30:00.000000
        return v[:-7] if v.endswith(".000000") else v
    return v.isoformat(sep=" ")


def _date_text(v) -> str | None:
    return v if v is None or v.__class__ is str else v.isoformat()


def _bool_text(v) -> str | None:
    return None if v is None else ("True" if v else "False")  # SQLite gives 1 / 0


def _int_text(v) -> str | None:
    return None if v is None else str(v)


def _text_of(column) -> Any:
    """A function giving a column's value, as the driver gives it, as ``chain.value_text`` gives the
    value SQLAlchemy would have made of it (None: it is text already)."""
    kind = column.type
    if isinstance(kind, DateTime):
        return _datetime_text
    if isinstance(kind, Date):
        return _date_text
    if isinstance(kind, Boolean):
        return _bool_text
    if isinstance(kind, Integer):
        return _int_text
    return None


SQLITE_MAX_ARGS = 127  # a function's arguments in SQLite's default build (json_object takes two a column)


@dataclass
class _TablePlan:
    """How one audited table's rows are read for the comparison, and how a row gives its state."""

    model: Any
    keys: list[str]
    columns: list
    pk: list
    texts: list
    mode: str  # sqlite / postgresql: the database gives the state's JSON / its digest; python: the values
    query: Any


def _plans(dialect: str) -> list[_TablePlan]:
    plans = []
    for model in audited_models():
        table = model.__table__  # type: ignore[attr-defined]
        attrs = sorted((a for a in inspect(model).column_attrs if a.key not in model.__audit_exclude__),
                       key=lambda a: a.key)
        keys = [a.key for a in attrs]
        columns = [a.columns[0] for a in attrs]
        texts = [(j, t) for j, c in enumerate(columns) if (t := _text_of(c)) is not None]
        pk = list(table.primary_key.columns)
        # SQLite writes each row's state as the chain's JSON itself, PostgreSQL its digest too; else (a
        # table too wide for a function's arguments) the values are converted here.
        if dialect == "sqlite" and 2 * len(keys) <= SQLITE_MAX_ARGS:
            mode, query = "sqlite", select(*pk, func.json_patch(literal("{}"), func.json_object(
                *(x for k, c in zip(keys, columns, strict=True) for x in (literal(k), _sqlite_text(c))))))
        elif dialect == "postgresql" and len(keys) < PG_MAX_ARGS:
            mode, query = "postgresql", select(*pk, _pg_state_digest(keys, columns))
        else:
            mode, query = "python", select(*pk, *columns)
        plans.append(_TablePlan(model, keys, columns, pk, texts, mode, query))
    return plans


def _check_rows(conn: Connection, states: dict[str, dict[str, object]], plans: list[_TablePlan],
                read: Callable[[_TablePlan], Iterable[Sequence]]) -> tuple[int, int, list[Finding]]:
    """Every row of every audited table (as ``read`` gives them) against the state its trail ends in
    (``states``, consumed)."""
    records = 0
    findings: list[Finding] = []
    sha256 = hashlib.sha256
    for plan in plans:
        model, keys, columns, pk, mode = plan.model, plan.keys, plan.columns, plan.pk, plan.mode
        table = model.__table__
        known = states.pop(table.name, {})
        n = len(pk)
        for row in read(plan):
            records += 1
            record_id = str(row[0]) if n == 1 else ",".join(str(v) for v in row[:n])
            expected = known.pop(record_id, _MISSING)
            if expected is _MISSING:
                findings.append(_row_finding(F_ROW_INSERTED, "row_inserted", table.name, record_id))
                continue
            if expected is None:
                findings.append(_row_finding(F_ROW_UNDELETED, "row_inserted", table.name, record_id))
                continue
            if expected is _UNKNOWN:
                continue
            if mode != "python":
                digest = row[n] if mode == "postgresql" else sha256(row[n].encode()).hexdigest()
                if digest == expected:
                    continue
                live = _live_values(conn, model, keys, columns, pk, row[:n])
                if chain.state_hash(live) == expected:  # the database's text of it differed from the chain's
                    continue
            else:
                values = list(row[n:])
                for i, convert in plan.texts:
                    values[i] = convert(values[i])
                if chain.state_hash_ordered(zip(keys, values, strict=True)) == expected:
                    continue
                live = dict(zip(keys, values, strict=True))
            findings.extend(_field_findings(conn, model, record_id, live))
        for record_id, state in known.items():
            if state is not None and state is not _UNKNOWN:
                findings.append(_row_finding(F_ROW_DELETED, "row_deleted", table.name, record_id))
    return records, len(plans), findings


_SNAPSHOT_ID = re.compile(r"^[0-9A-F]+-[0-9A-F]+(-[0-9]+)?$")


class _ReadAlongside(threading.Thread):
    """PostgreSQL: the records' digests read on a second connection that shares the first one's snapshot
    (``pg_export_snapshot``), so that the server works on them on another core while the chain is
    walked; the same data as read in the first transaction."""

    def __init__(self, engine: Engine, snapshot: str, plans: list[_TablePlan]) -> None:
        super().__init__(name="verify-records", daemon=True)
        if not _SNAPSHOT_ID.match(snapshot):
            raise ValueError(f"unexpected snapshot id {snapshot!r}")
        self._engine, self._snapshot, self._plans = engine, snapshot, plans
        self.rows: dict[str, list] = {}
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with self._engine.connect() as conn:
                conn = conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
                with conn.begin():
                    conn.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{self._snapshot}'")
                    for plan in self._plans:
                        self.rows[plan.model.__tablename__] = list(_scan(conn, plan.query))
        except BaseException as exc:  # handed to the caller, which raises it
            self.error = exc

    def read(self, plan: _TablePlan) -> list:
        self.join()
        if self.error is not None:
            raise self.error
        return self.rows.pop(plan.model.__tablename__)


PG_MAX_ARGS = 100  # a function's arguments in PostgreSQL's default build (concat_ws takes one a column)


def _pg_state_digest(keys: list[str], columns: list):
    """SQL giving ``chain.state_hash`` of a row: the JSON object of its non-NULL values (as text, in key
    order) built and hashed by PostgreSQL."""
    parts = [case((c.is_(None), null()),
                  else_=func.concat(literal_column(f"'\"{k}\":'"), cast(func.to_json(_pg_text(c)), Text)))
             for k, c in zip(keys, columns, strict=True)]
    return _pg_sha256(func.concat(literal_column("'{'"), func.concat_ws(literal_column("','"), *parts),
                                  literal_column("'}'")))


def _pg_text(column):
    """SQL giving ``column`` as ``chain.value_text`` gives the value psycopg makes of it."""
    kind = column.type
    if isinstance(kind, DateTime):  # isoformat leaves zero microseconds out
        return case((column == func.date_trunc(literal_column("'second'"), column),
                     func.to_char(column, literal_column("'YYYY-MM-DD HH24:MI:SS'"))),
                    else_=func.to_char(column, literal_column("'YYYY-MM-DD HH24:MI:SS.US'")))
    if isinstance(kind, Date):
        return func.to_char(column, literal_column("'YYYY-MM-DD'"))
    if isinstance(kind, Boolean):
        return case((column, literal_column("'True'")), else_=literal_column("'False'"))
    if isinstance(kind, Integer):
        return cast(column, Text)
    return column


def _sqlite_text(column):
    """SQL giving ``column`` as ``chain.value_text`` gives the value SQLAlchemy makes of it (NULL stays
    NULL and drops out of the object)."""
    kind = column.type
    as_text = type_coerce(column, String)
    if isinstance(kind, DateTime):  # stored 2026-03-02 01:30:00.000000; isoformat leaves zero microseconds out
        return case((as_text.like("%.000000"), func.substr(as_text, 1, func.length(as_text) - 7)), else_=as_text)
    if isinstance(kind, Boolean):
        as_int = type_coerce(column, Integer)
        return case((as_int.is_(None), null()), (as_int != 0, literal("True")), else_=literal("False"))
    if isinstance(kind, Integer):
        return cast(type_coerce(column, Integer), String)
    return as_text


def _live_values(conn: Connection, model, keys: list[str], columns: list, pk: list, pk_values) -> dict[str, str | None]:
    """One row's audited values, read again through SQLAlchemy's types (a row SQLite's digest did not match)."""
    row = conn.execute(select(*columns).where(*(c == v for c, v in zip(pk, pk_values, strict=True)))).one()
    return {k: chain.value_text(v) for k, v in zip(keys, row, strict=True)}


def _row_finding(message: str, kind: str, table: str, record_id: str, **extra: Any) -> Finding:
    return Finding(kind, message, {"table": table, "record": record_id} | extra, table=table, record_id=record_id,
                   field=extra.get("field"), expected=extra.get("expected"), found=extra.get("found"))


def _field_findings(conn: Connection, model, record_id: str, live: dict[str, str | None]) -> list[Finding]:
    """Which fields of a record differ from what its audit history says, with both values (masked)."""
    table = model.__tablename__
    expected: dict[str, str | None] | None = None
    history = conn.execute(select(AuditLog.action, AuditLog.field, AuditLog.new_value)
                           .where(AuditLog.table_name == table, AuditLog.record_id == record_id)
                           .order_by(AuditLog.seq))
    for action, name, new_value in history:
        if action in ("insert", "baseline"):
            expected = json.loads(new_value or "{}")
        elif action == "update" and expected is not None and name is not None:
            expected[name] = new_value
        elif action == "delete":
            expected = None
    if expected is None:
        return [_row_finding(F_ROW_UNDELETED, "row_inserted", table, record_id)]
    found: list[Finding] = []
    secrets: list[str] = []
    for key, value in live.items():
        if key in model.__audit_secret__:
            secrets.append(key)
            continue
        if key in expected and expected[key] != value:
            found.append(_row_finding(F_ROW_CHANGED, "row_changed", table, record_id, field=key,
                                      expected=_shown(expected[key]), found=_shown(value)))
    if not found:  # the digest differs and every visible field agrees: a secret was changed
        found = [_row_finding(F_ROW_SECRET, "row_changed", table, record_id, field=key, expected=SECRET,
                              found=SECRET) for key in secrets] or [
            _row_finding(F_ROW_CHANGED, "row_changed", table, record_id, field="?", expected="?", found="?")]
    return found


def _shown(value: str | None) -> str:
    if value is None:
        return _NULL
    return value if len(value) <= 80 else value[:77] + "…"

