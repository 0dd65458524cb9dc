"""The phone log 电话记录: incoming calls (answered, or turned into a request in the same step) and
outgoing calls about a request (appointment, follow-up, callback)."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import false, func, or_, select

from deskapp.db.models import Call, Resident, ResidentPhone, ServiceRequest, Unit
from deskapp.domain.directory import ResidentRole
from deskapp.domain.errors import QT_TRANSLATE_NOOP, Problem, Problems, ValidationError
from deskapp.domain.phones import phone_digits_query
from deskapp.domain.requests import Department, Priority, request_number
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.search import read_search
from deskapp.domain.text import check_person_name, check_text
from deskapp.domain.visits import Purpose
from deskapp.services.base import Database
from deskapp.services.directory import room_condition
from deskapp.services.requests import CATEGORIES, MSG_STARTED_LATER, CallOutcome, RequestService
from deskapp.services.timeutil import day_range_utc
from deskapp.services.visits import phone_or_none, unit_for

MSG_CATEGORY = QT_TRANSLATE_NOOP("errors", "Choose what the call is about.")
MSG_CALL_OUTCOME = QT_TRANSLATE_NOOP("errors", "Choose whether the call was answered or needs a request.")
MSG_CALL_PURPOSE = QT_TRANSLATE_NOOP("errors", "Choose why you are calling: appointment, follow-up or callback.")


# The request's fields as the phone form names them.
REQUEST_TO_CALL_FIELDS = {"description": "content", "contact_phone": "phone", "contact_name": "caller_name"}


class IncomingOutcome(enum.StrEnum):
    ANSWERED = "answered"  # 当场答复
    REQUEST = "request"  # 生成工单


class OutgoingPurpose(enum.StrEnum):
    APPOINTMENT = "appointment"  # 预约
    FOLLOW_UP = "follow_up"  # 跟踪反馈
    CALLBACK = "callback"  # 回访


@dataclass(frozen=True)
class CallerMatch:
    """A resident whose phone matches the number being typed."""

    resident_id: int
    name: str
    role: ResidentRole
    unit_id: int
    room_no: str
    phone: str


@dataclass(frozen=True)
class CallInfo:
    id: int
    direction: str
    started_at: datetime
    ended_at: datetime
    phone: str | None
    room_no: str
    caller_name: str
    category: Purpose | None
    content: str
    outcome: str
    request_id: int | None
    request_number: str | None
    purpose: str | None = None  # an outgoing call's OutgoingPurpose value (an incoming one has a category)

    @property
    def outgoing(self) -> bool:
        return self.direction == "outgoing"


class CallService:
    def __init__(self, *, db: Database, requests: RequestService) -> None:
        self._db = db
        self._requests = requests

    def now(self) -> datetime:
        """The start of a call being taken: the records' clock (the server's on PostgreSQL)."""
        return self._db.clock.now()

    def callers(self, actor: Actor, number: str, *, limit: int = 10) -> list[CallerMatch]:
        """Residents whose phone is this number (or ends with these 4 digits), as it is typed."""
        actor.require(Permission.DIRECTORY_VIEW)
        digits = phone_digits_query(number)
        if digits is None:
            return []
        match = ResidentPhone.last4 == digits if len(digits) == 4 else ResidentPhone.phone == digits
        stmt = (select(Resident.id, Resident.name, Resident.role, Unit.id, Unit.room_no, ResidentPhone.phone)
                .join(Resident, Resident.id == ResidentPhone.resident_id).join(Unit, Unit.id == Resident.unit_id)
                .where(match, Resident.voided_at.is_(None), Resident.moved_out.is_(None), Unit.voided_at.is_(None))
                .order_by(Unit.sort_key, Resident.id).limit(limit))
        with self._db.read() as s:
            return [CallerMatch(rid, name, ResidentRole(role), uid, room, phone)
                    for rid, name, role, uid, room, phone in s.execute(stmt).all()]

    def record_incoming(self, actor: Actor, *, started_at: datetime, phone: str = "", unit: str = "",
                        resident_id: int | None = None, caller_name: str = "", category: Purpose | str | None,
                        content: str, confirmed: bool, outcome: IncomingOutcome | str | None,
                        department: Department | str | None = None, priority: Priority | str = Priority.NORMAL,
                        promised_at: datetime | None = None) -> CallInfo:
        """Save the call, its end time now; with outcome "request" the request is created in the same
        transaction, so either both are saved or neither."""
        actor.require(Permission.CALL_RECORD)
        problems = Problems()
        ended = self._db.clock.now()
        if ended < started_at:
            problems.add("started_at", MSG_STARTED_LATER)
        try:
            clean_category = Purpose(category or "")
            if clean_category not in CATEGORIES:
                raise ValueError
        except ValueError:
            problems.add("category", MSG_CATEGORY)
            clean_category = Purpose.OTHER
        try:
            clean_outcome = IncomingOutcome(outcome or "")
        except ValueError:
            problems.add("outcome", MSG_CALL_OUTCOME)
            clean_outcome = IncomingOutcome.ANSWERED
        body, p = check_text(content, "content", required=True, max_len=2000, multiline=True)
        if p:
            problems.items.append(p)
        name = ""
        if (caller_name or "").strip():
            name, p = check_person_name(caller_name, "caller_name")
            if p:
                problems.items.append(p)
        digits = phone_or_none(phone, "phone", problems)
        with self._db.write(actor) as s:
            the_unit = unit_for(s, unit, "unit", problems) if (unit or "").strip() else None
            if resident_id is not None and not name:
                resident = s.get(Resident, resident_id)
                name = resident.name if resident else ""
            request = None
            if clean_outcome is IncomingOutcome.REQUEST:
                try:
                    request = self._requests.register_in(
                        s, actor, unit=the_unit.room_no if the_unit else unit, resident_id=resident_id,
                        contact_name=name, contact_phone=digits or "", category=clean_category, description=body,
                        department=department, priority=priority, promised_at=promised_at, source="call")
                except ValidationError as exc:  # shown at the call form's own fields, once each
                    for p in exc.problems:
                        field = REQUEST_TO_CALL_FIELDS.get(p.field or "", p.field)
                        if not any(q.field == field for q in problems.items):
                            problems.items.append(Problem(field, p.message, p.params))
            problems.raise_if_any()
            call = Call(direction="incoming", started_at=started_at, ended_at=ended, phone=digits,
                        phone_last4=digits[-4:] if digits else None, unit_id=the_unit.id if the_unit else None,
                        resident_id=resident_id, caller_name=name, category=clean_category.value, content=body,
                        confirmed=bool(confirmed), outcome=clean_outcome.value,
                        request_id=request.id if request else None, created_at=ended,
                        created_by_id=actor.staff_id, created_station=actor.station)
            s.add(call)
            s.flush()
            return CallInfo(call.id, "incoming", started_at, ended, digits, the_unit.room_no if the_unit else "",
                            name, clean_category, body, clean_outcome.value, call.request_id,
                            request_number(request.id) if request else None)

    def search(self, actor: Actor, *, first_day: date | None = None, last_day: date | None = None, text: str = "",
               offset: int = 0, limit: int = 100) -> list[CallInfo]:
        """Calls newest first: by day, and by phone (or its last 4 digits), unit or caller's name."""
        stmt = self._search_stmt(actor, first_day, last_day, text).offset(offset).limit(limit)
        with self._db.read() as s:
            return [_call_info(*row) for row in s.execute(stmt).all()]

    def search_all(self, actor: Actor, *, first_day: date | None = None, last_day: date | None = None,
                   text: str = "", batch: int = 2000) -> Iterator[CallInfo]:
        """Every call :meth:`search` finds, in its order, streamed ``batch`` at a time from one query in
        one read transaction (an export of the whole list: OFFSET paging would re-read for each page)."""
        stmt = self._search_stmt(actor, first_day, last_day, text).execution_options(yield_per=batch)
        with self._db.read() as s:
            for rows in s.execute(stmt).partitions():
                yield from [_call_info(*row) for row in rows]

    def search_count(self, actor: Actor, *, first_day: date | None = None, last_day: date | None = None,
                     text: str = "") -> int:
        """How many calls :meth:`search` finds (an export's progress bar)."""
        found = self._search_stmt(actor, first_day, last_day, text).order_by(None).subquery()
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(found)) or 0

    def _search_stmt(self, actor: Actor, first_day: date | None, last_day: date | None, text: str):
        actor.require(Permission.REQUEST_VIEW)
        start, end = day_range_utc(first_day, last_day)
        stmt = (select(Call, Unit.room_no, ServiceRequest.id).outerjoin(Unit, Unit.id == Call.unit_id)
                .outerjoin(ServiceRequest, ServiceRequest.id == Call.request_id))
        if start is not None:
            stmt = stmt.where(Call.started_at >= start)
        if end is not None:
            stmt = stmt.where(Call.started_at < end)
        terms = read_search(text)
        if terms is not None:
            options = []
            if terms.phone:
                options.append(Call.phone_last4 == terms.phone if terms.phone_is_last4
                               else Call.phone.contains(terms.phone, autoescape=True))
            if terms.room:
                options.append(Call.unit_id.in_(select(Unit.id).where(room_condition(terms))))
            if terms.word:
                options.append(Call.caller_name.contains(terms.word, autoescape=True))
                options.append(Call.content.contains(terms.word, autoescape=True))
            stmt = stmt.where(or_(*options) if options else false())
        return stmt.order_by(Call.started_at.desc(), Call.id.desc())

    def for_unit(self, actor: Actor, unit_id: int, *, limit: int = 10) -> list[CallInfo]:
        """The unit's latest calls, for its history beside any form where the unit is picked."""
        actor.require(Permission.REQUEST_VIEW)
        stmt = (select(Call, Unit.room_no, ServiceRequest.id).outerjoin(Unit, Unit.id == Call.unit_id)
                .outerjoin(ServiceRequest, ServiceRequest.id == Call.request_id).where(Call.unit_id == unit_id)
                .order_by(Call.started_at.desc(), Call.id.desc()).limit(limit))
        with self._db.read() as s:
            return [CallInfo(c.id, c.direction, c.started_at, c.ended_at, c.phone, room or "", c.caller_name,
                             Purpose(c.category) if c.category else None, c.content, c.outcome, c.request_id,
                             request_number(rid) if rid else None, c.purpose)
                    for c, room, rid in s.execute(stmt).all()]

    def record_outgoing(self, actor: Actor, request_id: int, *, started_at: datetime,
                        purpose: OutgoingPurpose | str, outcome: CallOutcome | str, note: str = "") -> CallInfo:
        """An outgoing call about a request (appointment, follow-up); a callback is logged by
        RequestService.call_back with its result, in one transaction."""
        actor.require(Permission.CALL_RECORD)
        try:
            clean_purpose = OutgoingPurpose(purpose)
        except ValueError:
            raise ValidationError.single("purpose", MSG_CALL_PURPOSE) from None
        result = CallOutcome(outcome)
        text_, p = check_text(note, "note", max_len=2000, multiline=True)
        if p:
            raise ValidationError([p])
        info = self._requests.get(actor, request_id)
        ended = self._db.clock.now()
        if ended < started_at:
            raise ValidationError.single("started_at", MSG_STARTED_LATER)
        with self._db.write(actor) as s:
            call = Call(direction="outgoing", started_at=started_at, ended_at=ended, phone=info.contact_phone,
                        phone_last4=info.contact_phone[-4:] if info.contact_phone else None, unit_id=info.unit_id,
                        caller_name=info.contact_name, purpose=clean_purpose.value, content=text_,
                        outcome=result.value, request_id=request_id, created_at=ended, created_by_id=actor.staff_id,
                        created_station=actor.station)
            s.add(call)
            s.flush()
            return CallInfo(call.id, "outgoing", started_at, ended, info.contact_phone, info.room_no,
                            info.contact_name, None, text_, result.value, request_id, info.number,
                            clean_purpose.value)


def _call_info(c: Call, room: str | None, rid: int | None) -> CallInfo:
    return CallInfo(c.id, c.direction, c.started_at, c.ended_at, c.phone, room or "", c.caller_name,
                    Purpose(c.category) if c.category else None, c.content, c.outcome, c.request_id,
                    request_number(rid) if rid else None, c.purpose)
