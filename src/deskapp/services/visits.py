"""Walk-in visits at the desk 来访登记: record, list, search, void."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Integer, Select, and_, column, false, or_, select, text, union
from sqlalchemy.orm import Session

from deskapp.db.models import Resident, Staff, Unit, Visit
from deskapp.domain.errors import QT_TRANSLATE_NOOP, NotFound, Problems, ValidationError
from deskapp.domain.phones import normalize_phone
from deskapp.domain.requests import Department, request_number
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.search import read_search
from deskapp.domain.text import check_person_name, check_text
from deskapp.domain.visits import Outcome, Purpose
from deskapp.services.base import Database
from deskapp.services.directory import (
    MSG_UNIT_UNKNOWN,
    phone_lookups,
    room_condition,
)
from deskapp.services.site import existing_room
from deskapp.services.timeutil import day_range_utc, local_date

if TYPE_CHECKING:  # requests.py imports this module
    from deskapp.services.requests import RequestService

MSG_UNIT_REQUIRED = QT_TRANSLATE_NOOP("errors", "Enter the unit the visit is about, such as 3-2-1502.")
MSG_PURPOSE_REQUIRED = QT_TRANSLATE_NOOP("errors", "Choose what the visitor came for.")
MSG_OUTCOME_REQUIRED = QT_TRANSLATE_NOOP("errors", "Choose whether it was resolved or needs follow-up.")
MSG_RESOLUTION_REQUIRED = QT_TRANSLATE_NOOP("errors", "Say what was done, since it was resolved on the spot.")
MSG_NOT_OF_UNIT = QT_TRANSLATE_NOOP("errors", "That resident does not live in {room}.")
MSG_VISIT_GONE = QT_TRANSLATE_NOOP("errors", "This visit record no longer exists.")
MSG_DATES = QT_TRANSLATE_NOOP("errors", "The first day is after the last day.")

CONTENT_MAX = 2000


@dataclass(frozen=True)
class VisitInfo:
    id: int
    visited_at: datetime
    unit_id: int
    room_no: str
    resident_id: int | None
    visitor_name: str
    visitor_phone: str | None
    purpose: Purpose
    content: str
    confirmed: bool
    outcome: Outcome
    resolution: str
    recorded_by: str
    voided_at: datetime | None
    void_reason: str | None
    # The request registered with the visit by record(); the lists do not look it up (None there).
    request_number: str | None = None


@dataclass(frozen=True)
class VisitQuery:
    """What the visit list shows: a text (unit, name, phone or a word of the content) and filters."""

    text: str = ""
    first_day: date | None = None
    last_day: date | None = None
    purpose: Purpose | None = None
    outcome: Outcome | None = None


def checked_days(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """A list's day range as naive-UTC bounds; a first day after the last is refused at "first_day"."""
    if first and last and first > last:
        raise ValidationError.single("first_day", MSG_DATES)
    return day_range_utc(first, last)


def unit_for(s: Session, room_text: str, field: str, problems: Problems) -> Unit | None:
    """The unit typed in ``field``; a problem (required, malformed, unknown) is added otherwise."""
    if not (room_text or "").strip():
        problems.add(field, MSG_UNIT_REQUIRED)
        return None
    try:
        room = existing_room(s, room_text, field)
    except ValidationError as exc:
        problems.extend(exc)
        return None
    unit = s.scalar(select(Unit).where(Unit.room_no == str(room), Unit.voided_at.is_(None)))
    if unit is None:
        problems.add(field, MSG_UNIT_UNKNOWN, room=str(room))
    return unit


def phone_or_none(text: str, field: str, problems: Problems) -> str | None:
    if not (text or "").strip():
        return None
    try:
        return normalize_phone(text, field)
    except ValidationError as exc:
        problems.extend(exc)
        return None


class VisitService:
    """The desk's register of walk-ins (manual 2.7.1.5 (2): 受理有登记)."""

    def __init__(self, *, db: Database, requests: RequestService) -> None:
        self._db = db
        self._requests = requests
        self._fts: frozenset[str] | None = None

    def today(self) -> date:
        """Today at the site, by the records' clock (the server's on PostgreSQL)."""
        return local_date(self._db.clock.now())

    def record(self, actor: Actor, *, unit: str, resident_id: int | None, visitor_name: str = "",
               visitor_phone: str = "", purpose: Purpose | str | None, content: str, confirmed: bool,
               outcome: Outcome | str | None, resolution: str = "",
               department: Department | str | None = None) -> VisitInfo:
        """Register a visit; every problem with the input is reported at once and nothing is saved.

        A follow-up visit given a ``department`` becomes a request to that department in the same
        transaction: both are saved or neither (a refused request leaves no visit behind). A visit
        resolved on the spot needs no request and ignores ``department``.
        """
        actor.require(Permission.VISIT_RECORD)
        problems = Problems()
        try:
            clean_purpose = Purpose(purpose or "")
        except ValueError:
            problems.add("purpose", MSG_PURPOSE_REQUIRED)
        try:
            clean_outcome = Outcome(outcome or "")
        except ValueError:
            problems.add("outcome", MSG_OUTCOME_REQUIRED)
            clean_outcome = None
        body, p = check_text(content, "content", required=True, max_len=CONTENT_MAX, multiline=True)
        if p:
            problems.items.append(p)
        done, p = check_text(resolution, "resolution", max_len=CONTENT_MAX, multiline=True)
        if p:
            problems.items.append(p)
        elif clean_outcome is Outcome.RESOLVED and not done:
            problems.add("resolution", MSG_RESOLUTION_REQUIRED)
        phone = phone_or_none(visitor_phone, "visitor_phone", problems)
        now = self._db.clock.now()
        with self._db.write(actor) as s:
            the_unit = unit_for(s, unit, "unit", problems)
            name = ""
            if resident_id is not None:
                resident = s.get(Resident, resident_id)
                if the_unit is not None and (resident is None or resident.unit_id != the_unit.id):
                    problems.add("visitor", MSG_NOT_OF_UNIT, room=the_unit.room_no)
                elif resident is not None:
                    name = resident.name
                    if phone is None and resident.phones:
                        phone = resident.phones[0].phone
            else:
                name, p = check_person_name(visitor_name, "visitor_name")
                if p:
                    problems.items.append(p)
            problems.raise_if_any()
            assert the_unit is not None and clean_outcome is not None
            visit = Visit(visited_at=now, unit_id=the_unit.id, resident_id=resident_id, visitor_name=name,
                          visitor_phone=phone, phone_last4=phone[-4:] if phone else None,
                          purpose=clean_purpose.value, content=body, confirmed=bool(confirmed),
                          outcome=clean_outcome.value, resolution=done, created_at=now,
                          created_by_id=actor.staff_id, created_station=actor.station)
            s.add(visit)
            s.flush()
            number = None
            if clean_outcome is Outcome.FOLLOW_UP and department is not None:
                # Imported here, not at the top: the requests module imports this one.
                from deskapp.services.requests import CATEGORIES

                category = clean_purpose if clean_purpose in CATEGORIES else Purpose.OTHER  # an errand: other
                request = self._requests.register_in(
                    s, actor, unit=the_unit.room_no, resident_id=resident_id, contact_name=name,
                    contact_phone=phone or "", category=category, description=body, department=department,
                    source="visit", visit_id=visit.id)
                number = request_number(request.id)
            return VisitInfo(visit.id, now, the_unit.id, the_unit.room_no, resident_id, name, phone, clean_purpose,
                             body, bool(confirmed), clean_outcome, done, actor.name, None, None, number)

    def void(self, actor: Actor, visit_id: int, *, reason: str) -> None:
        """Void a visit entered by mistake; it stays in every list, marked void with the reason."""
        self._db.void(actor, Visit, visit_id, reason=reason, permission=Permission.VISIT_VOID,
                      gone=NotFound(MSG_VISIT_GONE))

    def search(self, actor: Actor, query: VisitQuery, *, offset: int = 0, limit: int = 100) -> list[VisitInfo]:
        """Visits matching ``query``, newest first, a page at a time."""
        actor.require(Permission.VISIT_VIEW)
        start, end = checked_days(query.first_day, query.last_day)
        conditions: list[ColumnElement[bool]] = []
        if start is not None:
            conditions.append(Visit.visited_at >= start)
        if end is not None:
            conditions.append(Visit.visited_at < end)
        if query.purpose is not None:
            conditions.append(Visit.purpose == Purpose(query.purpose).value)
        if query.outcome is not None:
            conditions.append(Visit.outcome == Outcome(query.outcome).value)
        matched = self._text_condition(query.text)
        if matched is not None:
            conditions.append(matched)
        return self._fetch(and_(*conditions) if conditions else None, offset, limit)

    def unit_history(self, actor: Actor, unit_id: int, *, limit: int = 8) -> list[VisitInfo]:
        """The unit's latest visits, shown beside the form the moment the unit is known."""
        actor.require(Permission.VISIT_VIEW)
        return self._fetch(Visit.unit_id == unit_id, 0, limit)

    def _fetch(self, condition: ColumnElement[bool] | None, offset: int, limit: int) -> list[VisitInfo]:
        stmt = (select(Visit, Unit.room_no, Staff.name).join(Unit, Unit.id == Visit.unit_id)
                .outerjoin(Staff, Staff.id == Visit.created_by_id))
        if condition is not None:
            stmt = stmt.where(condition)
        stmt = stmt.order_by(Visit.visited_at.desc(), Visit.id.desc()).offset(offset).limit(limit)
        with self._db.read() as s:
            return [VisitInfo(v.id, v.visited_at, v.unit_id, room, v.resident_id, v.visitor_name, v.visitor_phone,
                              Purpose(v.purpose), v.content, v.confirmed, Outcome(v.outcome), v.resolution,
                              who or "", v.voided_at, v.void_reason)
                    for v, room, who in s.execute(stmt).all()]

    def _text_condition(self, text_: str) -> ColumnElement[bool] | None:
        """The visits a search text may mean, each reading looked up in its own index (the phone, the room,
        the words), then joined: only the matches are sorted, never every visit walked newest first."""
        terms = read_search(text_)
        if terms is None:
            return None
        branches: list[Select] = []
        if terms.phone:
            branches += phone_lookups(terms, Visit.id, Visit.visitor_phone, Visit.phone_last4)
        if terms.room:
            branches.append(select(Visit.id).where(Visit.unit_id.in_(select(Unit.id).where(room_condition(terms)))))
        if terms.word:
            branches.append(select(Visit.id).where(self._word_condition(terms.word)))
        if not branches:
            return false()
        return Visit.id.in_(branches[0] if len(branches) == 1 else union(*branches))

    def _word_condition(self, word: str) -> ColumnElement[bool]:
        """A name or a word of the content: an index for 2 characters (pieces) and for 3+ (trigrams)
        where the database has them, else a scan with LIKE."""
        if len(word) == 2 and word.isalnum() and "visit_words" in self._indexes():
            pieces = (text("SELECT rowid FROM visit_words WHERE visit_words MATCH :piece")
                      .bindparams(piece='"' + word.lower() + '"').columns(column("rowid", Integer)))
            return Visit.id.in_(pieces)
        if len(word) >= 3 and "visit_fts" in self._indexes():
            phrase = '"' + word.replace('"', '""') + '"'
            matches = (text("SELECT rowid FROM visit_fts WHERE visit_fts MATCH :phrase")
                       .bindparams(phrase=phrase).columns(column("rowid", Integer)))
            return Visit.id.in_(matches)
        return or_(self._db.ignoring_case(Visit.visitor_name, word), self._db.ignoring_case(Visit.content, word))

    def _indexes(self) -> frozenset[str]:
        """The full-text indexes this database has (SQLite with FTS5), looked up once."""
        if self._fts is None:
            names: set[str] = set()
            if self._db.engine.dialect.name == "sqlite":
                with self._db.read() as s:
                    names = {n for (n,) in s.execute(text(
                        "SELECT name FROM sqlite_master WHERE name IN ('visit_fts', 'visit_words')"))}
            self._fts = frozenset(names)
        return self._fts
