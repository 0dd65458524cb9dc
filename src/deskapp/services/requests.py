"""Requests 报事报修 / work orders 工单: registered, dispatched, followed, completed, called back, closed.

The five haves 五个有: 受理有登记 (register), 过程有跟蹤 (every step and note is a progress note),
结果有反馈 (reports to the owner), 前臺有回訪 (the callback queue, 24 h after completion),
投訴有問責 (a complaint closes only with a supervisor's classification, cause and accountability).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import (
    CompoundSelect,
    Integer,
    Select,
    and_,
    column,
    false,
    func,
    or_,
    select,
    text,
    union,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from deskapp.db import request_words
from deskapp.db.models import Call, RequestNote, Resident, ServiceRequest, Staff, Unit, Visit
from deskapp.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, Problems, ValidationError
from deskapp.domain.requests import (
    TRANSITIONS,
    ComplaintCause,
    Department,
    Priority,
    RequestState,
    Satisfaction,
    Step,
    callback_due,
    callback_step,
    next_state,
    progress_report_due,
    request_number,
    response_due,
)
from deskapp.domain.roles import Actor, Permission, Role, parse_roles
from deskapp.domain.search import SearchTerms, read_search, record_number
from deskapp.domain.text import check_person_name, check_text, excerpt, fold_width, word_bigrams
from deskapp.domain.visits import Outcome, Purpose
from deskapp.services.base import Database, checked_reason, locked, violates_unique, who_and_when
from deskapp.services.directory import phone_lookups, room_condition
from deskapp.services.site import SiteService
from deskapp.services.visits import checked_days, phone_or_none, unit_for

MSG_GONE = QT_TRANSLATE_NOOP("errors", "Request {number} does not exist.")
MSG_DEPARTMENT = QT_TRANSLATE_NOOP("errors", "Choose the department responsible.")
MSG_CATEGORY = QT_TRANSLATE_NOOP("errors", "Choose what kind of request this is.")
MSG_WHERE = QT_TRANSLATE_NOOP("errors", "Give the unit, or where in the estate for a public area.")
MSG_PAST = QT_TRANSLATE_NOOP("errors", "The promised time is already past.")
MSG_FEE = QT_TRANSLATE_NOOP("errors", "“{text}” is not a fee: give a positive amount such as 80 or 35.50.")
MSG_FEE_COMMA = QT_TRANSLATE_NOOP(
    "errors", "“{text}” is not a fee: write yuan with a decimal point, such as 35.50 (not 35,50).")
MSG_FEE_CENTS = QT_TRANSLATE_NOOP("errors", "“{text}” is not a fee: at most 2 decimals (fen), such as 35.50.")
MSG_FEE_LIMIT = QT_TRANSLATE_NOOP("errors", "A fee of more than ¥{max} is not taken at the desk; check the amount.")
MSG_PAID_ITEM = QT_TRANSLATE_NOOP("errors", "A paid service needs the item and its fee.")
MSG_ASSIGNEE = QT_TRANSLATE_NOOP("errors", "Say who the request is dispatched to.")
RECENT_DISPATCHES = 300  # the latest dispatches whose names the dispatch dialog offers
# Among the staff offered for a dispatch, those whose role suits the department come first.
DISPATCH_ROLES = {Department.SECURITY: frozenset({Role.GUARD, Role.CONTROL_OPERATOR}),
                  Department.CUSTOMER_SERVICE: frozenset({Role.RECEPTIONIST, Role.SUPERVISOR})}
MSG_COMPLAINT_FIELDS = QT_TRANSLATE_NOOP(
    "errors", "A complaint closes only with its classification, the cause analysis and the accountability note."
)
MSG_CLASS = QT_TRANSLATE_NOOP("errors", "Choose one of the complaint classifications.")
MSG_CAUSE = QT_TRANSLATE_NOOP("errors", "Choose where the complaint's cause lies.")
MSG_SATISFACTION = QT_TRANSLATE_NOOP("errors", "Record how satisfied the owner was.")
MSG_NOT_FOLLOW_UP = QT_TRANSLATE_NOOP("errors", "This visit was resolved on the spot; it needs no request.")
MSG_HAS_REQUEST = QT_TRANSLATE_NOOP("errors", "This visit already has request {number}.")
MSG_STARTED_LATER = QT_TRANSLATE_NOOP("errors", "The call cannot end before it started.")
# A step refused because another station has just moved the request on: who did what, and when.
MSG_DONE_BY = {
    Step.DISPATCH: QT_TRANSLATE_NOOP("errors", "This request was dispatched to {assignee} by {name} at {time}."),
    Step.START: QT_TRANSLATE_NOOP("errors", "This request was started by {name} at {time}."),
    Step.COMPLETE: QT_TRANSLATE_NOOP("errors", "This request was completed by {name} at {time}."),
    Step.CALL_BACK: QT_TRANSLATE_NOOP("errors", "This request was called back by {name} at {time}."),
    Step.REOPEN: QT_TRANSLATE_NOOP("errors", "This request was reopened after a callback by {name} at {time}."),
    Step.CLOSE: QT_TRANSLATE_NOOP("errors", "This request was closed by {name} at {time}."),
    Step.CANCEL: QT_TRANSLATE_NOOP("errors", "This request was cancelled by {name} at {time}."),
}

STEP_VALUES = frozenset(st.value for st in Step)
CATEGORIES = (Purpose.REPORT, Purpose.REPAIR, Purpose.COMPLAINT, Purpose.SUGGESTION, Purpose.INQUIRY, Purpose.OTHER)
# 投诉的分类 (manual 4.3.3): a site setting later; these are the manual's.
COMPLAINT_CLASSES = ("服务态度", "服务质量", "工程质量", "设施设备", "安全管理", "环境卫生", "收费", "其他")


class CallOutcome(enum.StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"


@dataclass(frozen=True)
class NoteInfo:
    at: datetime
    staff: str
    kind: str
    step: str | None
    text: str


@dataclass(frozen=True)
class RequestInfo:
    id: int
    number: str
    registered_at: datetime
    source: str
    visit_id: int | None
    unit_id: int | None
    room_no: str
    location: str
    contact_name: str
    contact_phone: str | None
    category: Purpose
    description: str
    department: Department
    priority: Priority
    state: RequestState
    assignee: str
    response_due_at: datetime
    promised_at: datetime | None
    completed_at: datetime | None
    callback_due_at: datetime | None
    satisfaction: Satisfaction | None
    paid_item: str
    fee_cents: int | None
    service_promise: str
    booked_at: datetime | None
    cancel_reason: str | None
    last_report_at: datetime | None = None
    notes: tuple[NoteInfo, ...] = ()

    def report_due(self, now: datetime, every: timedelta) -> bool:
        """A long-running request prompts a progress report to the owner 定期向业户汇报进度."""
        if self.state not in (RequestState.DISPATCHED, RequestState.IN_PROGRESS):
            return False
        return progress_report_due(self.last_report_at or self.registered_at, now, every)

    def deadline(self) -> datetime | None:
        """When what the request waits for in its state is due: taken up (the response target), done (the
        promised time, if one was given), called back (24 h after completion); None when nothing is."""
        if self.state is RequestState.REGISTERED:
            return self.response_due_at
        if self.state in (RequestState.DISPATCHED, RequestState.IN_PROGRESS):
            return self.promised_at
        return self.callback_due_at if self.state is RequestState.COMPLETED else None

    def overdue(self, now: datetime) -> bool:
        """Not taken up within the response target, past its promised time, or its callback late."""
        due = self.deadline()
        return due is not None and now >= due


def overdue_condition(now: datetime):
    """SQL for :meth:`RequestInfo.overdue` (false, never NULL, where a deadline is missing)."""
    r = ServiceRequest
    return or_(
        past_response_condition(now),
        and_(r.state.in_([RequestState.DISPATCHED.value, RequestState.IN_PROGRESS.value]),
             r.promised_at.is_not(None), r.promised_at <= now),
        callback_late_condition(now))


def past_response_condition(now: datetime):
    """Registered and not taken up within the response target (5分钟响应)."""
    r = ServiceRequest
    return and_(r.state == RequestState.REGISTERED.value, r.response_due_at.is_not(None), r.response_due_at <= now)


def callback_late_condition(now: datetime):
    """Completed, its callback (within 24 h) not made in time."""
    r = ServiceRequest
    return and_(r.state == RequestState.COMPLETED.value, r.callback_due_at.is_not(None), r.callback_due_at <= now)


MAX_FEE_YUAN = 100_000  # a paid service at the desk: more is a typing slip, not a fee
# Yuan as people write them: digits (thousands may be grouped 1,000), a decimal point and up to 2 more.
_FEE = re.compile(r"^(?:[0-9]{1,9}|[0-9]{1,3}(?:,[0-9]{3}){1,3})(?:\.([0-9]+))?$")


def parse_fee(text: str, field: str = "fee") -> int:
    """Yuan as typed (80, 35.5, ¥35.50, ３５．５, 1,000) → cents; anything else is refused with a message:
    NaN, Infinity, 1e3, a decimal comma (35,50), a sign, more than 2 decimals, an absurd amount."""
    typed = excerpt(text)
    raw = fold_width((text or "")[:40]).strip()
    raw = raw.removeprefix("¥").removeprefix("￥").removesuffix("元").strip()
    m = _FEE.match(raw)
    if m is None:
        if re.fullmatch(r"[0-9]+,[0-9]{1,2}", raw):
            raise ValidationError.single(field, MSG_FEE_COMMA, text=typed)
        raise ValidationError.single(field, MSG_FEE, text=typed)
    if m[1] is not None and len(m[1]) > 2:
        raise ValidationError.single(field, MSG_FEE_CENTS, text=typed)
    value = Decimal(raw.replace(",", ""))
    if value <= 0:
        raise ValidationError.single(field, MSG_FEE, text=typed)
    if value > MAX_FEE_YUAN:
        raise ValidationError.single(field, MSG_FEE_LIMIT, max=f"{MAX_FEE_YUAN:,}")
    return int(value * 100)


class RequestService:
    def __init__(self, *, db: Database, site: SiteService) -> None:
        self._db = db
        self._site = site
        self._words: bool | None = None  # whether the database has request_words (looked up once)

    def now(self) -> datetime:
        return self._db.clock.now()

    def complaint_classes(self) -> tuple[str, ...]:
        """The classifications a complaint closes with (a site setting; the manual's by default)."""
        return self._site.settings().complaint_classes

    def report_every(self) -> timedelta:
        return timedelta(days=self._site.settings().report_every_days)

    # -- registering ------------------------------------------------------------------------

    def register(self, actor: Actor, **fields) -> RequestInfo:
        """Register a request in one transaction; every problem is named and nothing is saved.

        The fields are those of :meth:`register_in`.
        """
        actor.require(Permission.REQUEST_EDIT)
        try:
            with self._db.write(actor) as s:
                return self._info(s, self.register_in(s, actor, **fields))
        except IntegrityError as exc:  # another station made this visit's request a moment ago
            visit_id = fields.get("visit_id")
            if visit_id is None or not violates_unique(exc, "request", "visit_id"):
                raise
            with self._db.read() as s:
                existing = s.scalar(select(ServiceRequest.id).where(ServiceRequest.visit_id == visit_id))
            raise Conflict(MSG_HAS_REQUEST, field="visit", number=request_number(existing or 0)) from None

    def register_in(self, s: Session, actor: Actor, *, unit: str = "", location: str = "",
                    resident_id: int | None = None, contact_name: str = "", contact_phone: str = "",
                    category: Purpose | str | None, description: str, department: Department | str | None,
                    priority: Priority | str = Priority.NORMAL, promised_at: datetime | None = None,
                    paid_item: str = "", fee: str = "", service_promise: str = "",
                    booked_at: datetime | None = None, source: str = "desk", visit_id: int | None = None,
                    problems: Problems | None = None) -> ServiceRequest:
        """Add a request inside the caller's transaction (a call that becomes a request saves both or
        neither); problems join ``problems`` and are raised together."""
        actor.require(Permission.REQUEST_EDIT)
        problems = problems if problems is not None else Problems()
        now = self._db.clock.now()
        try:
            clean_category = Purpose(category or "")
            if clean_category not in CATEGORIES:
                raise ValueError
        except ValueError:
            problems.add("category", MSG_CATEGORY)
        try:
            clean_department = Department(department or "")
        except ValueError:
            problems.add("department", MSG_DEPARTMENT)
        body, p = check_text(description, "description", required=True, max_len=2000, multiline=True)
        if p:
            problems.items.append(p)
        where, p = check_text(location, "location", max_len=100)
        if p:
            problems.items.append(p)
        name = ""
        if (contact_name or "").strip():
            name, p = check_person_name(contact_name, "contact_name")
            if p:
                problems.items.append(p)
        phone = phone_or_none(contact_phone, "contact_phone", problems)
        for field, when in (("promised_at", promised_at), ("booked_at", booked_at)):
            if when is not None and when < now:
                problems.add(field, MSG_PAST)
        item, p = check_text(paid_item, "paid_item", max_len=100)
        if p:
            problems.items.append(p)
        cents = None
        fee_refused = False
        if (fee or "").strip():
            try:
                cents = parse_fee(fee)
            except ValidationError as exc:
                problems.extend(exc)
                fee_refused = True
        if (item or cents is not None) and not (item and cents is not None) and not fee_refused:
            problems.add("paid_item" if not item else "fee", MSG_PAID_ITEM)
        promise, p = check_text(service_promise, "service_promise", max_len=200)
        if p:
            problems.items.append(p)
        the_unit = None
        if (unit or "").strip():
            the_unit = unit_for(s, unit, "unit", problems)
        elif not where:
            problems.add("unit", MSG_WHERE)
        if resident_id is not None:
            resident = s.get(Resident, resident_id)
            if resident is not None and not name:
                name = resident.name
            if resident is not None and phone is None and resident.phones:
                phone = resident.phones[0].phone
        problems.raise_if_any()
        if visit_id is not None:  # at most one request per visit (and a unique index for a race)
            existing = s.scalar(select(ServiceRequest.id).where(ServiceRequest.visit_id == visit_id))
            if existing is not None:
                raise Conflict(MSG_HAS_REQUEST, field="visit", number=request_number(existing))
        request = ServiceRequest(
            registered_at=now, source=source, visit_id=visit_id, unit_id=the_unit.id if the_unit else None,
            location=where, resident_id=resident_id, contact_name=name, contact_phone=phone,
            category=clean_category.value, description=body, department=clean_department.value,
            priority=Priority(priority).value, state=RequestState.REGISTERED.value,
            response_due_at=response_due(now, timedelta(minutes=self._site.settings().response_minutes)),
            promised_at=promised_at, paid_item=item,
            fee_cents=cents, service_promise=promise, booked_at=booked_at, created_at=now,
            created_by_id=actor.staff_id, created_station=actor.station)
        s.add(request)
        s.flush()
        self._note(s, actor, request.id, "step", "register", body)
        return request

    def from_visit(self, actor: Actor, visit_id: int, *, department: Department | str | None,
                   promised_at: datetime | None = None) -> RequestInfo:
        """The request a "follow-up needed" visit becomes: its unit, visitor and words carried over."""
        actor.require(Permission.REQUEST_EDIT)
        with self._db.read() as s:
            visit = s.get(Visit, visit_id)
            if visit is None:
                raise NotFound(MSG_GONE, number=str(visit_id))
            if visit.outcome != Outcome.FOLLOW_UP.value:
                raise ValidationError.single("visit", MSG_NOT_FOLLOW_UP)
            existing = s.scalar(select(ServiceRequest.id).where(ServiceRequest.visit_id == visit_id))
            if existing is not None:
                raise Conflict(MSG_HAS_REQUEST, field="visit", number=request_number(existing))
            room = s.scalar(select(Unit.room_no).where(Unit.id == visit.unit_id)) or ""
            purpose = Purpose(visit.purpose)
        category = purpose if purpose in CATEGORIES else Purpose.OTHER
        return self.register(actor, unit=room, resident_id=visit.resident_id, contact_name=visit.visitor_name,
                             contact_phone=visit.visitor_phone or "", category=category,
                             description=visit.content, department=department, promised_at=promised_at,
                             source="visit", visit_id=visit_id)

    # -- the life cycle ---------------------------------------------------------------------------

    # Each step takes ``seen``: the state the user saw when choosing it. If another station has moved
    # the request on since (cancelled it while this one dispatches), the step is refused with who did
    # what and when, and nothing is written. Without it, only the transition table decides.

    def dispatch(self, actor: Actor, request_id: int, *, assignee: str, note: str = "",
                 promised_at: datetime | None = None, seen: RequestState | str | None = None) -> RequestInfo:
        """Send the request to a technician or team; ``promised_at`` (naive UTC) is when they are to have
        it done, printed on the work order with their name (a promise made at registration is kept when
        none is given)."""
        problems = Problems()
        who = ""
        if not (assignee or "").strip():
            problems.add("assignee", MSG_ASSIGNEE)
        else:
            who, p = check_text(assignee, "assignee", max_len=40)
            if p:
                problems.items.append(p)
        if promised_at is not None and promised_at < self._db.clock.now():
            problems.add("promised_at", MSG_PAST)
        problems.raise_if_any()
        changes: dict[str, object] = {"assignee": who}
        if promised_at is not None:
            changes["promised_at"] = promised_at
        return self._step(actor, request_id, Step.DISPATCH, note or who, changes=changes, seen=seen)

    def assignees(self, actor: Actor, *, department: Department | str | None = None) -> list[str]:
        """Whom a request can be dispatched to, for the dispatch dialog to offer: the names the latest
        requests went to (this department's first, the latest first), then the active staff (those whose
        role suits the department first). Only the latest dispatches are read, so a big site costs the same."""
        actor.require(Permission.REQUEST_EDIT)
        dept = Department(department) if department else None
        with self._db.read() as s:
            recent = s.execute(select(ServiceRequest.assignee, ServiceRequest.department)
                               .where(ServiceRequest.assignee != "")
                               .order_by(ServiceRequest.id.desc()).limit(RECENT_DISPATCHES)).all()
            staff = s.execute(select(Staff.name, Staff.roles).where(Staff.active.is_(True))
                              .order_by(Staff.staff_no)).all()
        suits = DISPATCH_ROLES.get(dept, frozenset()) if dept is not None else frozenset()
        same_first = sorted(enumerate(recent), key=lambda x: (dept is None or x[1].department != dept.value, x[0]))
        names = [row.assignee for _i, row in same_first]
        names += [st.name for st in sorted(staff, key=lambda st: not (parse_roles(st.roles) & suits))]
        return list(dict.fromkeys(n.strip() for n in names if n and n.strip()))

    def start(self, actor: Actor, request_id: int, *, note: str = "",
              seen: RequestState | str | None = None) -> RequestInfo:
        return self._step(actor, request_id, Step.START, note, seen=seen)

    def complete(self, actor: Actor, request_id: int, *, note: str,
                 seen: RequestState | str | None = None) -> RequestInfo:
        """Done: the callback queue now holds it, due 24 hours from now."""
        return self._step(actor, request_id, Step.COMPLETE, note, required_note=True, seen=seen)

    def cancel(self, actor: Actor, request_id: int, *, reason: str,
               seen: RequestState | str | None = None) -> RequestInfo:
        why = checked_reason(reason)
        return self._step(actor, request_id, Step.CANCEL, why, changes={"cancel_reason": why}, seen=seen)

    def close(self, actor: Actor, request_id: int, *, complaint_class: str = "", cause_analysis: str = "",
              accountability: str = "", complaint_cause: ComplaintCause | str = "",
              seen: RequestState | str | None = None) -> RequestInfo:
        """Close a called-back request; a complaint needs its classification, where its cause lies, the cause
        analysis and the accountability."""
        actor.require(Permission.REQUEST_EDIT)
        with self._db.read() as s:
            category = Purpose(self._get(s, request_id).category)
        extra: dict[str, object] = {}
        if category is Purpose.COMPLAINT:
            actor.require(Permission.COMPLAINT_CLOSE)
            problems = Problems()
            if complaint_class not in self.complaint_classes():
                problems.add("complaint_class", MSG_CLASS)
            if complaint_cause not in set(ComplaintCause):
                problems.add("complaint_cause", MSG_CAUSE)
            cause, p = check_text(cause_analysis, "cause_analysis", required=True, max_len=2000, multiline=True)
            if p:
                problems.items.append(p)
            duty, p = check_text(accountability, "accountability", required=True, max_len=2000, multiline=True)
            if p:
                problems.items.append(p)
            problems.raise_if_any()
            extra = {"complaint_class": complaint_class, "complaint_cause": ComplaintCause(complaint_cause).value,
                     "cause_analysis": cause, "accountability": duty}
        return self._step(actor, request_id, Step.CLOSE, str(extra.get("accountability", "")), changes=extra,
                          seen=seen)

    def add_note(self, actor: Actor, request_id: int, *, text: str, report: bool = False) -> RequestInfo:
        """A free progress note; ``report`` marks it as feedback given to the owner 结果有反馈."""
        actor.require(Permission.REQUEST_EDIT)
        body, p = check_text(text, "text", required=True, max_len=2000, multiline=True)
        if p:
            raise ValidationError([p])
        with self._db.write(actor) as s:
            request = self._get(s, request_id, lock=True)
            if report:
                request.last_report_at = self._db.clock.now()
            self._note(s, actor, request_id, "report" if report else "note", None, body)
            return self._info(s, request)

    def call_back(self, actor: Actor, request_id: int, *, outcome: CallOutcome | str,
                  satisfaction: Satisfaction | str | None = None, comment: str = "",
                  started_at: datetime | None = None) -> RequestInfo:
        """A callback 回访: an unanswered one is logged and stays queued; not satisfied reopens it.

        The callback's phone call (begun at ``started_at``, ending now) goes into the phone log in the
        same transaction: the step and its call are saved together or not at all.
        """
        actor.require(Permission.REQUEST_EDIT)
        result = CallOutcome(outcome)
        words, p = check_text(comment, "comment", max_len=2000, multiline=True)
        if p:
            raise ValidationError([p])
        began = started_at or self._db.clock.now()
        if began > self._db.clock.now():
            raise ValidationError.single("started_at", MSG_STARTED_LATER)
        if result is not CallOutcome.REACHED:
            with self._db.write(actor) as s:
                request = self._moving(s, request_id, Step.CALL_BACK)  # only a completed one is called back
                self._note(s, actor, request_id, "callback", result.value, words)
                self._log_callback(s, actor, request, result, words, began)
                return self._info(s, request)
        try:
            happy = Satisfaction(satisfaction or "")
        except ValueError:
            raise ValidationError.single("satisfaction", MSG_SATISFACTION) from None
        return self._step(actor, request_id, callback_step(happy), words, changes={"satisfaction": happy.value},
                          also=lambda s, request: self._log_callback(s, actor, request, result, words, began))

    def _log_callback(self, s: Session, actor: Actor, request: ServiceRequest, outcome: CallOutcome, words: str,
                      started_at: datetime) -> None:
        """The callback's outgoing call in the phone log 电话记录, inside the callback's transaction."""
        now, phone = self._db.clock.now(), request.contact_phone
        s.add(Call(direction="outgoing", started_at=started_at, ended_at=now, phone=phone,
                   phone_last4=phone[-4:] if phone else None, unit_id=request.unit_id,
                   resident_id=request.resident_id, caller_name=request.contact_name, purpose="callback",
                   content=words, outcome=outcome.value, request_id=request.id, created_at=now,
                   created_by_id=actor.staff_id, created_station=actor.station))

    def _step(self, actor: Actor, request_id: int, step: Step, note: str, *, required_note: bool = False,
              changes: dict[str, object] | None = None, seen: RequestState | str | None = None,
              also: Callable[[Session, ServiceRequest], None] | None = None) -> RequestInfo:
        actor.require(Permission.REQUEST_EDIT)
        text, p = check_text(note, "note", required=required_note, max_len=2000, multiline=True)
        if p:
            raise ValidationError([p])
        now = self._db.clock.now()
        with self._db.write(actor) as s:
            request = self._moving(s, request_id, step, seen)
            if step is Step.CANCEL:  # decided on the state under the lock: a supervisor's once dispatched
                actor.require_to_cancel(request.state)
            request.state = next_state(RequestState(request.state), step).value
            stamps = {Step.DISPATCH: "dispatched_at", Step.COMPLETE: "completed_at", Step.CLOSE: "closed_at",
                      Step.CANCEL: "cancelled_at", Step.CALL_BACK: "called_back_at"}
            if step in stamps and not (step is Step.DISPATCH and request.dispatched_at):
                setattr(request, stamps[step], now)
            if step is Step.COMPLETE:
                request.callback_due_at = callback_due(now)
            if step is Step.REOPEN:
                request.completed_at, request.callback_due_at = None, None
            for key, value in (changes or {}).items():
                setattr(request, key, value)
            request.updated_at = now
            self._note(s, actor, request_id, "step", step.value, text)
            if also is not None:  # what else the same user action writes (a callback's call)
                also(s, request)
            return self._info(s, request)

    # -- reading ----------------------------------------------------------------------------

    def get(self, actor: Actor, request_id: int) -> RequestInfo:
        actor.require(Permission.REQUEST_VIEW)
        with self._db.read() as s:
            return self._info(s, self._get(s, request_id), with_notes=True)

    def search(self, actor: Actor, *, open_only: bool = True, text_: str = "", offset: int = 0,
               limit: int = 100, registered_days: tuple[date, date] | None = None,
               completed_days: tuple[date, date] | None = None) -> list[RequestInfo]:
        """Requests, the overdue ones first, each part newest first; open ones only by default; by number,
        unit, phone or a word; registered, or completed, on those local days (the board's figures)."""
        actor.require(Permission.REQUEST_VIEW)
        stmt = select(ServiceRequest)
        if open_only:  # IN the open states (an index look-up), not NOT IN the final ones (a scan)
            stmt = stmt.where(ServiceRequest.state.in_([st.value for st in RequestState if st.open]))
        for when, days in ((ServiceRequest.registered_at, registered_days),
                           (ServiceRequest.completed_at, completed_days)):
            if days is not None:
                start, end = checked_days(*days)
                if start is not None:
                    stmt = stmt.where(when >= start)
                if end is not None:
                    stmt = stmt.where(when < end)
        terms = read_search(text_)
        if terms is not None:
            found = self._matching(terms)
            stmt = stmt.where(ServiceRequest.id.in_(found) if found is not None else false())
        return self._overdue_first(stmt, offset, limit)

    def _matching(self, terms: SearchTerms) -> Select | CompoundSelect | None:
        """The ids of the requests ``terms`` may mean (None: none can match), each reading looked up in its
        own index (the number, the phone, the room, the words' pieces), then joined: only the matches are
        sorted, not every request walked newest first until enough match."""
        r = ServiceRequest
        branches: list[Select] = []
        number = record_number(terms.text, "R")
        if number is not None:
            branches.append(select(r.id).where(r.id == number))
        if terms.phone:
            branches += phone_lookups(terms, r.id, r.contact_phone, r.phone_last4)
        if terms.room:
            branches.append(select(r.id).where(r.unit_id.in_(select(Unit.id).where(room_condition(terms)))))
        if terms.word:
            branches.append(self._word_lookup(terms.word))
        if not branches:
            return None
        return branches[0] if len(branches) == 1 else union(*branches)

    def _word_lookup(self, word: str) -> Select:
        """Requests whose description, contact or assignee contains ``word``: on SQLite, those that have every
        two-character piece of it (``request_words``), then checked in full; else (one character, or
        PostgreSQL: a trigram index for 3 characters or more, if pg_trgm is there) LIKE alone."""
        r = ServiceRequest
        contains = or_(r.description.contains(word, autoescape=True), r.contact_name.contains(word, autoescape=True),
                       r.assignee.contains(word, autoescape=True))
        pieces = word_bigrams(word)
        if not pieces or not self._has_words():
            return select(r.id).where(contains)
        having = (text("SELECT rowid FROM request_words WHERE request_words MATCH :pieces")
                  .bindparams(pieces=" AND ".join(f'"{p}"' for p in pieces)).columns(column("rowid", Integer)))
        return select(r.id).where(r.id.in_(having), contains)

    def _has_words(self) -> bool:
        if self._words is None:
            with self._db.read() as s:
                self._words = request_words.available(s.connection())
        return self._words

    def _overdue_first(self, stmt, offset: int, limit: int) -> list[RequestInfo]:
        """A page of ``stmt``'s requests, the overdue ones before the rest, each newest first. Two queries in
        index order (the overdue ones are few: open states only), not a sort of every request by a computed key."""
        late = overdue_condition(self._db.clock.now())
        newest = (ServiceRequest.registered_at.desc(), ServiceRequest.id.desc())
        with self._db.read() as s:
            late_count = s.scalar(select(func.count()).select_from(stmt.where(late).subquery())) or 0
        rows: list[RequestInfo] = []
        if offset < late_count:
            rows = self._listed(stmt.where(late).order_by(*newest).offset(offset).limit(limit))
        if len(rows) < limit:
            rows += self._listed(stmt.where(~late).order_by(*newest).offset(max(0, offset - late_count))
                                 .limit(limit - len(rows)))
        return rows

    def _listed(self, stmt) -> list[RequestInfo]:
        """The requests of ``stmt`` with their rooms in the same query (no query per row)."""
        joined = stmt.add_columns(Unit.room_no).outerjoin(Unit, Unit.id == ServiceRequest.unit_id)
        with self._db.read() as s:
            return [self._info(s, r, room=room or "") for r, room in s.execute(joined).all()]

    def callback_queue(self, actor: Actor) -> list[RequestInfo]:
        """Completed requests awaiting their callback, the earliest due first."""
        actor.require(Permission.REQUEST_VIEW)
        return self._listed(select(ServiceRequest).where(ServiceRequest.state == RequestState.COMPLETED.value)
                            .order_by(ServiceRequest.callback_due_at, ServiceRequest.id))

    def for_unit(self, actor: Actor, unit_id: int, *, limit: int = 20) -> list[RequestInfo]:
        actor.require(Permission.REQUEST_VIEW)
        return self._listed(select(ServiceRequest).where(ServiceRequest.unit_id == unit_id)
                            .order_by(ServiceRequest.registered_at.desc()).limit(limit))

    # -- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _get(s: Session, request_id: int, *, lock: bool = False) -> ServiceRequest:
        """The request; with ``lock``, read under a row lock until the transaction ends (see ``locked``)."""
        request = locked(s, ServiceRequest, request_id) if lock else s.get(ServiceRequest, request_id)
        if request is None:
            raise NotFound(MSG_GONE, number=request_number(request_id))
        return request

    def _moving(self, s: Session, request_id: int, step: Step,
                seen: RequestState | str | None = None) -> ServiceRequest:
        """The request, locked, that ``step`` is about to move on.

        Its state is checked under the lock: if it is no longer the one the user ``seen``, or ``step`` is
        not allowed from it, and a step by someone has put it there, the refusal names that step, who took
        it and when (Conflict); otherwise the transition table's refusal (InvalidTransition).
        """
        request = self._get(s, request_id, lock=True)
        state = RequestState(request.state)
        moved = seen is not None and state is not RequestState(seen)
        if moved or (state, step) not in TRANSITIONS:
            last = s.scalar(select(RequestNote).where(RequestNote.request_id == request.id,
                                                      RequestNote.kind == "step")
                            .order_by(RequestNote.id.desc()).limit(1))
            if last is not None and last.step in STEP_VALUES:
                raise Conflict(MSG_DONE_BY[Step(last.step)], assignee=request.assignee or "?",
                               **who_and_when(s, last.staff_id, last.at))
            next_state(state, step)  # InvalidTransition, saying from which state
        return request

    def _note(self, s: Session, actor: Actor, request_id: int, kind: str, step: str | None, text: str) -> None:
        s.add(RequestNote(request_id=request_id, at=self._db.clock.now(), staff_id=actor.staff_id,
                          station=actor.station, kind=kind, step=step, text=text))
        s.flush()

    @staticmethod
    def _info(s: Session, r: ServiceRequest, *, with_notes: bool = False, room: str | None = None) -> RequestInfo:
        if room is None:  # one request: look its unit up; lists pass it from their join
            room = s.scalar(select(Unit.room_no).where(Unit.id == r.unit_id)) if r.unit_id else ""
        notes: tuple[NoteInfo, ...] = ()
        if with_notes:
            notes = tuple(NoteInfo(n.at, who or "", n.kind, n.step, n.text) for n, who in s.execute(
                select(RequestNote, Staff.name).outerjoin(Staff, Staff.id == RequestNote.staff_id)
                .where(RequestNote.request_id == r.id).order_by(RequestNote.id)).all())
        return RequestInfo(
            r.id, request_number(r.id), r.registered_at, r.source, r.visit_id, r.unit_id, room or "", r.location,
            r.contact_name, r.contact_phone, Purpose(r.category), r.description, Department(r.department),
            Priority(r.priority), RequestState(r.state), r.assignee, r.response_due_at, r.promised_at,
            r.completed_at, r.callback_due_at, Satisfaction(r.satisfaction) if r.satisfaction else None,
            r.paid_item, r.fee_cents, r.service_promise, r.booked_at, r.cancel_reason, r.last_report_at, notes)
