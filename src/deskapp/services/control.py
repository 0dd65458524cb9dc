"""The control room 监控(消防)中心: the alarm/event log, the confirmation of a fire alarm on site, a real
fire's steps, the faults 故障维修记录, the devices the admin lists, and the supervisors' figures.

Every public method is one user action in one transaction. Events and faults are numbered without
gaps: the number comes from a counter row read under a lock in the transaction that inserts the
entry, so a rolled-back insert gives its number back and two stations never share one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from deskapp.db.models import (
    ControlCounter,
    ControlDevice,
    ControlEvent,
    ControlEventNote,
    ControlFault,
    Setting,
    Staff,
)
from deskapp.domain.control import (
    CAUSE_CHINESE,
    CONFIRM_MINUTES_MAX,
    DEFAULT_CONFIRM_MINUTES,
    KIND_CHINESE,
    MSG_KIND,
    MSG_MISSING_CALL,
    MSG_MISSING_LINKAGE,
    MSG_MISSING_MANAGER,
    MSG_MISSING_PLAN,
    MSG_MISSING_RESULT,
    MSG_SOURCE,
    MSG_WHERE_OR_WHAT,
    RESULT_CHINESE,
    SOURCE_CHINESE,
    UNWANTED_FLAG_COUNT,
    UNWANTED_WINDOW,
    Cause,
    Countdown,
    EventFacts,
    EventKind,
    EventStage,
    FireCall,
    Result,
    Source,
    check_address,
    check_fire_call,
    check_line,
    check_long,
    check_name,
    check_result,
    countdown,
    false_alarm_rate,
    fault_overdue,
    missing_to_close,
    needs_confirming,
    pick,
    received_time,
    stage,
    step_time,
    writes_fault,
)
from deskapp.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, Problems
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.search import MAX_RECORD_ID, record_number
from deskapp.domain.text import excerpt
from deskapp.services.base import Database, locked, one_at_a_time, violates_unique, who_and_when
from deskapp.services.site import SiteService
from deskapp.services.timeutil import local_date, local_text
from deskapp.services.visits import checked_days

MSG_EVENT_UNKNOWN = QT_TRANSLATE_NOOP("errors", "There is no control-room event {number}.")
MSG_EVENT_CLOSED = QT_TRANSLATE_NOOP(
    "errors", "Event {number} was closed by {name} at {time}: it is not edited any more. Add a note to amend it.")
MSG_RESULT_DONE = QT_TRANSLATE_NOOP(
    "errors", "The result of event {number} was recorded by {name} at {time}. Add a note to correct it.")
MSG_NOTE_REQUIRED = QT_TRANSLATE_NOOP("errors", "Write the note: what, and why.")
MSG_CORRECTION_REASON = QT_TRANSLATE_NOOP("errors", "Give the reason for the correction.")
MSG_GUARD_REQUIRED = QT_TRANSLATE_NOOP("errors", "Name the guard sent to confirm on site.")
MSG_MANAGER_REQUIRED = QT_TRANSLATE_NOOP("errors", "Name the person responsible who was notified.")
MSG_DEVICE_TYPE = QT_TRANSLATE_NOOP("errors", "Give the device's type (smoke detector, call point, …).")
MSG_DEVICE_ADDRESS = QT_TRANSLATE_NOOP("errors", "Give the device's address as the panel shows it.")
MSG_DEVICE_TAKEN = QT_TRANSLATE_NOOP("errors", "Address {address} is already listed.")
MSG_DEVICE_UNKNOWN = QT_TRANSLATE_NOOP("errors", "This device is no longer listed.")
MSG_FAULT_UNKNOWN = QT_TRANSLATE_NOOP("errors", "There is no fault record {number}.")
MSG_FAULT_WHAT = QT_TRANSLATE_NOOP("errors", "Describe the fault.")
MSG_FAULT_FOUND_BY = QT_TRANSLATE_NOOP("errors", "Say who found the fault.")
MSG_FAULT_REPAIRED = QT_TRANSLATE_NOOP(
    "errors", "Fault {number} was already recorded as repaired at {time}. Nothing was changed.")
MSG_FAULT_NOT_REPAIRED = QT_TRANSLATE_NOOP("errors", "Fault {number} is not repaired yet: nothing to confirm.")
MSG_FAULT_CONFIRMED = QT_TRANSLATE_NOOP(
    "errors", "The repair of fault {number} was already confirmed by {name} at {time}.")
MSG_REPAIRER = QT_TRANSLATE_NOOP("errors", "Say who repaired it.")
MSG_REPAIR_HOW = QT_TRANSLATE_NOOP("errors", "Say how it was repaired.")

PAGE = 100
# What an open event lacks, as its printed report says it.
MISSING_CHINESE = {MSG_MISSING_RESULT: "现场确认结果", MSG_MISSING_CALL: "拨打 119（时间及五项内容）",
                   MSG_MISSING_LINKAGE: "确认联动控制处于自动状态", MSG_MISSING_PLAN: "启动灭火和应急疏散预案",
                   MSG_MISSING_MANAGER: "报告消防安全责任人"}
MAX_PAGE = 10_000


def _row_id(record_id: object) -> int | None:
    """A record id as the database can look it up; None for anything no row can have (too big, not a number)."""
    if isinstance(record_id, bool) or not isinstance(record_id, int) or not 0 < record_id <= MAX_RECORD_ID:
        return None
    return record_id


def _locked(session: Session, model, record_id: object):
    """The row under a lock (see ``locked``), or None for an id no row can have."""
    row_id = _row_id(record_id)
    return None if row_id is None else locked(session, model, row_id)


def event_number(number: int) -> str:
    """An event's number as shown and printed: ``E`` and six digits (``E000123``)."""
    return f"E{number:06d}"


def fault_number(number: int) -> str:
    return f"F{number:06d}"


def next_number(session: Session, name: str, numbered=None) -> int:
    """The next number of the ``name`` entries, taken in the caller's transaction (no gaps, no twins).

    The counter row is locked until the transaction ends: a second station waits, then reads the
    number the first one took. A counter not yet there is created under ``one_at_a_time``, starting
    after the highest number already in ``numbered`` (the numbered column: entries written before the
    counter, by an import or a restore, keep their numbers and the next one follows them).
    """
    row = session.get(ControlCounter, name, with_for_update=True, populate_existing=True)
    if row is None:
        one_at_a_time(session, f"control_counter:{name}")
        row = session.get(ControlCounter, name, with_for_update=True, populate_existing=True)
        if row is None:
            column = numbered if numbered is not None else NUMBERED.get(name)
            start = session.scalar(select(func.max(column))) if column is not None else None
            row = ControlCounter(name=name, value=start or 0)
            session.add(row)
    row.value += 1
    session.flush()
    return row.value


# The column each of this module's counters numbers.
NUMBERED = {"event": ControlEvent.number, "fault": ControlFault.number}


# -- what the services return -----------------------------------------------------------------------

@dataclass(frozen=True)
class EventInput:
    """The form: ``first_key_at`` is when the operator began typing (the received time unless changed,
    then ``received_reason`` says why); the location is building / floor / zone / device address."""

    source: Source | str
    kind: EventKind | str
    text: str = ""
    building: str = ""
    floor: str = ""
    zone: str = ""
    device_address: str = ""
    first_key_at: datetime | None = None
    received_at: datetime | None = None
    received_reason: str = ""


@dataclass(frozen=True)
class NoteInfo:
    at: datetime
    staff: str
    station: str
    kind: str  # note / amendment / correction
    text: str


@dataclass(frozen=True)
class EventInfo:
    id: int
    number: int
    received_at: datetime
    received_at_reason: str
    source: Source
    kind: EventKind
    building: str
    floor: str
    zone: str
    device_address: str
    device_type: str
    text: str
    confirm_due_at: datetime | None
    dispatched_guard: str
    dispatched_at: datetime | None
    dispatched_by: str
    result: Result | None
    result_at: datetime | None
    result_by: str
    cause: Cause | None
    cause_note: str
    fire_call: FireCall | None
    linkage_auto_at: datetime | None
    linkage_auto_by: str
    plan_started_at: datetime | None
    plan_started_by: str
    manager_name: str
    manager_notified_at: datetime | None
    handling: str
    reset_at: datetime | None
    reset_by: str
    closed_at: datetime | None
    closed_by: str
    created_by: str
    created_station: str
    fault_id: int | None = None
    fault_number: int | None = None
    device_false_alarms: int = 0  # false alarms of this device address in the last 12 months
    notes: tuple[NoteInfo, ...] = ()

    @property
    def label(self) -> str:
        return event_number(self.number)

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def facts(self) -> EventFacts:
        return EventFacts(self.kind, self.result, self.fire_call.at if self.fire_call else None,
                          self.linkage_auto_at, self.plan_started_at, self.manager_notified_at, self.closed_at)

    @property
    def stage(self) -> EventStage:
        return stage(self.facts, dispatched=self.dispatched_at is not None)

    @property
    def missing(self) -> tuple[str, ...]:
        """What it still lacks to close: messages with {number}."""
        return missing_to_close(self.facts)

    @property
    def device_flagged(self) -> bool:
        return self.device_false_alarms >= UNWANTED_FLAG_COUNT

    def countdown(self, now: datetime) -> Countdown:
        return countdown(now, self.confirm_due_at, self.result_at, self.closed_at)

    @property
    def location(self) -> str:
        """Building / floor / zone / device, as one line."""
        return " / ".join(p for p in (self.building, self.floor, self.zone, self.device_address) if p)


@dataclass(frozen=True)
class DeviceInfo:
    id: int
    address: str
    building: str
    floor: str
    zone: str
    device_type: str
    note: str
    false_alarms: int = 0  # in the last 12 months
    retired: bool = False

    @property
    def flagged(self) -> bool:
        return self.false_alarms >= UNWANTED_FLAG_COUNT

    @property
    def location(self) -> str:
        return " / ".join(p for p in (self.building, self.floor, self.zone) if p)


@dataclass(frozen=True)
class FaultInput:
    description: str
    found_by: str = ""  # the operator's name when empty
    found_at: datetime | None = None
    building: str = ""
    floor: str = ""
    zone: str = ""
    device_address: str = ""
    place: str = ""
    handling: str = ""
    out_of_service: bool = False


@dataclass(frozen=True)
class FaultInfo:
    id: int
    number: int
    found_at: datetime
    found_by: str
    building: str
    floor: str
    zone: str
    device_address: str
    place: str
    description: str
    handling: str
    out_of_service: bool
    reported_at: datetime | None
    reported_to: str
    repaired_at: datetime | None
    repaired_by: str
    repair_method: str
    confirmed_at: datetime | None
    confirmed_by: str
    event_id: int | None
    event_number: int | None
    created_by: str

    @property
    def label(self) -> str:
        return fault_number(self.number)

    @property
    def where(self) -> str:
        return " / ".join(p for p in (self.building, self.floor, self.zone, self.device_address, self.place) if p)

    def overdue(self, now: datetime) -> bool:
        """Open for more than 24 hours."""
        return fault_overdue(now, self.found_at, self.repaired_at)


@dataclass(frozen=True)
class OpenSummary:
    """What the front desk's status bar and the control room's banner show."""

    open_events: int
    fire_alarms_open: int  # fire alarms not yet confirmed on site
    confirm_overdue: int  # of which past the house rule's minutes
    real_fires_open: int
    open_faults: int
    faults_overdue: int


@dataclass(frozen=True)
class FalseAlarmStats:
    first_day: date
    last_day: date
    detectors: int
    fire_alarms: int
    false_alarms: int
    rate: float | None  # false alarms per 100 detectors per year; None without a detector count
    by_zone: tuple[tuple[str, int], ...]
    by_cause: tuple[tuple[Cause, int], ...]
    flagged: tuple[DeviceInfo, ...] = field(default=())


# -- the service ------------------------------------------------------------------------------------

class ControlService:
    """The control room's log (manual 2.6.5); every public method is one user action."""

    def __init__(self, *, db: Database, site: SiteService) -> None:
        self._db = db
        self._site = site

    def now(self) -> datetime:
        """The time the records are stamped with (the server's, on PostgreSQL): for the countdowns."""
        return self._db.clock.now()

    # -- logging ----------------------------------------------------------------------------------

    def log_event(self, actor: Actor, entry: EventInput) -> EventInfo:
        """Log an event: numbered without gaps; a fire alarm's confirmation countdown starts."""
        actor.require(Permission.CONTROL_LOG)
        now = self._db.clock.now()
        problems = Problems()
        source = pick(problems, Source, entry.source, "source", MSG_SOURCE)
        kind = pick(problems, EventKind, entry.kind, "kind", MSG_KIND)
        received, why = received_time(problems, now=now, first_key_at=entry.first_key_at,
                                      received_at=entry.received_at, reason=entry.received_reason, show=local_text)
        where = self._where(problems, entry.building, entry.floor, entry.zone, entry.device_address)
        text = check_long(problems, entry.text, "text")
        if not problems and not text and not any(where.values()):
            problems.add("text", MSG_WHERE_OR_WHAT)
        problems.raise_if_any()
        assert source is not None and kind is not None
        with self._db.write(actor) as s:
            minutes = _confirm_minutes(s) if needs_confirming(kind) else None
            device = self._device_at(s, where)
            row = ControlEvent(
                number=next_number(s, "event"), received_at=received, received_at_reason=why,
                source=source.value, kind=kind.value, text=text, device_id=device.id if device else None,
                confirm_due_at=received + timedelta(minutes=minutes) if minutes else None,
                dispatched_guard="", cause_note="", handling="", fire_call_address="", fire_call_origin="",
                fire_call_burning="", fire_call_size="", fire_call_caller="", fire_call_phone="", manager_name="",
                created_at=now, created_by_id=actor.staff_id, created_station=actor.station, **where)
            s.add(row)
            s.flush()
            fault: tuple[int | None, int | None] = (None, None)
            if writes_fault(kind, None):
                written = self._write_fault(s, actor, row, now, description=text)
                fault = (written.id, written.number)
            info = self._infos(s, [row])[0]  # read back in the same transaction: no second round trip
        return _with(info, fault_id=fault[0], fault_number=fault[1])

    def _where(self, problems: Problems, building: str, floor: str, zone: str, address: str) -> dict[str, str]:
        return {"building": check_line(problems, building, "building", 40),
                "floor": check_line(problems, floor, "floor", 16),
                "zone": check_line(problems, zone, "zone", 40),
                "device_address": check_address(problems, address)}

    def _device_at(self, s: Session, where: dict[str, str]) -> ControlDevice | None:
        """The listed device at the address typed; its building, floor and zone fill those left empty."""
        if not where["device_address"]:
            return None
        device = s.scalar(select(ControlDevice).where(ControlDevice.address == where["device_address"],
                                                      ControlDevice.voided_at.is_(None)))
        if device is not None:
            for key in ("building", "floor", "zone"):
                if not where[key]:
                    where[key] = getattr(device, key)
        return device

    def correct(self, actor: Actor, event_id: int, *, reason: str, text: str | None = None,
                building: str | None = None, floor: str | None = None, zone: str | None = None,
                device_address: str | None = None) -> EventInfo:
        """Correct an open event's location or text (the reason kept in the audit trail and as a note);
        a closed event is refused: it is amended by a note."""
        actor.require(Permission.CONTROL_LOG)
        problems = Problems()
        why = check_line(problems, reason, "reason", 200)
        if not why and not problems:
            problems.add("reason", MSG_CORRECTION_REASON)
        problems.raise_if_any()
        with self._db.write(actor, reason=why) as s:
            row = self._open_event(s, event_id)
            where = self._where(problems, row.building if building is None else building,
                                row.floor if floor is None else floor, row.zone if zone is None else zone,
                                row.device_address if device_address is None else device_address)
            new_text = row.text if text is None else check_long(problems, text, "text")
            problems.raise_if_any()
            if device_address is not None:
                device = self._device_at(s, where)
                row.device_id = device.id if device else None
            for key, value in where.items():
                setattr(row, key, value)
            row.text = new_text
            self._note(s, actor, row.id, "correction", why)
        return self.get(actor, event_id)

    # -- a fire alarm: confirm on site ------------------------------------------------------------

    def dispatch(self, actor: Actor, event_id: int, *, guard: str, at: datetime | None = None) -> EventInfo:
        """A guard is sent to confirm on site (who, when). Sending another one later replaces the name
        shown; the audit trail keeps the first."""
        actor.require(Permission.CONTROL_LOG)
        problems = Problems()
        name = check_name(problems, guard, "guard", required=False)
        if not name and not problems:
            problems.add("guard", MSG_GUARD_REQUIRED)
        problems.raise_if_any()
        with self._db.write(actor) as s:
            row = self._open_event(s, event_id)
            when = self._step_time(row, at, "dispatched_at")
            row.dispatched_guard, row.dispatched_at, row.dispatched_by_id = name, when, actor.staff_id
        return self.get(actor, event_id)

    def record_result(self, actor: Actor, event_id: int, *, result: Result | str, cause: Cause | str | None = None,
                      note: str = "", at: datetime | None = None) -> EventInfo:
        """What was found on site: 真实火警 / 误报 / 故障 / 测试; a false alarm with its cause class. A false
        alarm or a fault writes the fault/repair record 故障维修记录 (its cause found and repaired)."""
        actor.require(Permission.CONTROL_LOG)
        problems = Problems()
        r, c = check_result(problems, result, cause)
        why = check_line(problems, note, "cause_note", 200)
        problems.raise_if_any()
        assert r is not None
        now = self._db.clock.now()
        with self._db.write(actor) as s:
            row = self._open_event(s, event_id)
            if row.result is not None:
                raise Conflict(MSG_RESULT_DONE, field="result", number=event_number(row.number),
                               **who_and_when(s, row.result_by_id, row.result_at))
            when = self._step_time(row, at, "result_at")
            row.result, row.result_at, row.result_by_id = r.value, when, actor.staff_id
            row.cause, row.cause_note = (c.value if c else None), why
            if writes_fault(EventKind(row.kind), r) and self._fault_of(s, row.id) is None:
                found_by = row.dispatched_guard or actor.name
                description = "；".join(p for p in (RESULT_CHINESE[r], why, row.text) if p)
                self._write_fault(s, actor, row, now, description=description, found_by=found_by, found_at=when)
        return self.get(actor, event_id)

    # -- a real fire ------------------------------------------------------------------------------

    def record_fire_call(self, actor: Actor, event_id: int, call: FireCall) -> EventInfo:
        """119 was called: when, and the five items said (address, where it started, what is burning, how
        large, the caller's name and phone)."""
        actor.require(Permission.CONTROL_LOG)
        problems = Problems()
        clean = check_fire_call(problems, call)
        problems.raise_if_any()
        with self._db.write(actor) as s:
            row = self._open_event(s, event_id)
            row.fire_call_at = self._step_time(row, call.at, "call_at")
            row.fire_call_address, row.fire_call_origin = clean.address, clean.origin
            row.fire_call_burning, row.fire_call_size = clean.burning, clean.size
            row.fire_call_caller, row.fire_call_phone = clean.caller, clean.phone
        return self.get(actor, event_id)

    def confirm_linkage_auto(self, actor: Actor, event_id: int, *, at: datetime | None = None) -> EventInfo:
        """The linkage controller was checked and is in automatic 联动控制自动状态."""
        return self._stamp(actor, event_id, "linkage_auto_at", "linkage_auto_by_id", at)

    def start_plan(self, actor: Actor, event_id: int, *, at: datetime | None = None) -> EventInfo:
        """The fire plan 灭火和应急疏散预案 was started."""
        return self._stamp(actor, event_id, "plan_started_at", "plan_started_by_id", at)

    def notify_manager(self, actor: Actor, event_id: int, *, name: str, at: datetime | None = None) -> EventInfo:
        """The person responsible for fire safety 消防安全责任人 was told (who, when)."""
        actor.require(Permission.CONTROL_LOG)
        problems = Problems()
        who = check_name(problems, name, "manager", required=False)
        if not who and not problems:
            problems.add("manager", MSG_MANAGER_REQUIRED)
        problems.raise_if_any()
        with self._db.write(actor) as s:
            row = self._open_event(s, event_id)
            row.manager_notified_at = self._step_time(row, at, "manager_notified_at")
            row.manager_name = who
        return self.get(actor, event_id)

    def _stamp(self, actor: Actor, event_id: int, at_column: str, by_column: str, at: datetime | None,
               permission: Permission = Permission.CONTROL_LOG) -> EventInfo:
        actor.require(permission)
        with self._db.write(actor) as s:
            row = self._open_event(s, event_id)
            setattr(row, at_column, self._step_time(row, at, at_column))
            setattr(row, by_column, actor.staff_id)
        return self.get(actor, event_id)

    # -- reset, close, notes ----------------------------------------------------------------------

    def reset(self, actor: Actor, event_id: int, *, at: datetime | None = None) -> EventInfo:
        """The panel (or the alarm) was reset 复位."""
        return self._stamp(actor, event_id, "reset_at", "reset_by_id", at, Permission.CONTROL_CLOSE)

    def close(self, actor: Actor, event_id: int, *, handling: str = "") -> EventInfo:
        """Close the event with how it was handled; refused while a fire alarm has no result or a real
        fire lacks 119, linkage in automatic, the plan or the person responsible."""
        actor.require(Permission.CONTROL_CLOSE)
        problems = Problems()
        how = check_long(problems, handling, "handling")
        problems.raise_if_any()
        now = self._db.clock.now()
        with self._db.write(actor) as s:
            row = self._open_event(s, event_id)
            facts = EventFacts(EventKind(row.kind), Result(row.result) if row.result else None, row.fire_call_at,
                               row.linkage_auto_at, row.plan_started_at, row.manager_notified_at, None)
            for message in missing_to_close(facts):
                problems.add("close", message, number=event_number(row.number))
            problems.raise_if_any()
            if how:
                row.handling = how
            row.closed_at, row.closed_by_id = now, actor.staff_id
        return self.get(actor, event_id)

    def add_note(self, actor: Actor, event_id: int, text: str) -> EventInfo:
        """Append a note; on a closed event it is an amendment 补充说明 (who, when, why) — the only way to
        change what a closed event says."""
        actor.require(Permission.CONTROL_LOG)
        problems = Problems()
        clean = check_long(problems, text, "note")
        if not clean and not problems:
            problems.add("note", MSG_NOTE_REQUIRED)
        problems.raise_if_any()
        with self._db.write(actor) as s:
            row = _locked(s, ControlEvent, event_id)
            if row is None:
                raise NotFound(MSG_EVENT_UNKNOWN, number=excerpt(str(event_id)))
            self._note(s, actor, row.id, "amendment" if row.closed_at is not None else "note", clean)
        return self.get(actor, event_id)

    def _note(self, s: Session, actor: Actor, event_id: int, kind: str, text: str) -> None:
        s.add(ControlEventNote(event_id=event_id, at=self._db.clock.now(), staff_id=actor.staff_id,
                               station=actor.station, kind=kind, text=text))

    def _open_event(self, s: Session, event_id: int) -> ControlEvent:
        row = _locked(s, ControlEvent, event_id)
        if row is None:
            raise NotFound(MSG_EVENT_UNKNOWN, number=excerpt(str(event_id)))
        if row.closed_at is not None:
            raise Conflict(MSG_EVENT_CLOSED, number=event_number(row.number),
                           **who_and_when(s, row.closed_by_id, row.closed_at))
        return row

    def _step_time(self, row: ControlEvent, at: datetime | None, field_: str) -> datetime:
        problems = Problems()
        when = step_time(problems, at, now=self._db.clock.now(), received_at=row.received_at, field=field_,
                         show=local_text)
        problems.raise_if_any()
        return when

    # -- faults 故障维修记录 ------------------------------------------------------------------------

    def record_fault(self, actor: Actor, entry: FaultInput) -> FaultInfo:
        """A fault found by the panel, a patrol or a test, written straight into the fault record."""
        actor.require(Permission.CONTROL_LOG)
        now = self._db.clock.now()
        problems = Problems()
        where = self._where(problems, entry.building, entry.floor, entry.zone, entry.device_address)
        place = check_line(problems, entry.place, "place", 200)
        description = check_long(problems, entry.description, "description")
        if not description and not problems:
            problems.add("description", MSG_FAULT_WHAT)
        handling = check_long(problems, entry.handling, "handling")
        found_by = check_line(problems, entry.found_by, "found_by", 40) or actor.name
        found_at = step_time(problems, entry.found_at, now=now, received_at=now - timedelta(days=7),
                             field="found_at", show=local_text)
        problems.raise_if_any()
        with self._db.write(actor) as s:
            device = self._device_at(s, where)
            row = ControlFault(number=next_number(s, "fault"), found_at=found_at, found_by=found_by, place=place,
                               device_id=device.id if device else None, description=description, handling=handling,
                               out_of_service=bool(entry.out_of_service), reported_to="", repaired_by="",
                               repair_method="", created_at=now, created_by_id=actor.staff_id,
                               created_station=actor.station, **where)
            s.add(row)
            s.flush()
            fault_id = row.id
        return self.get_fault(actor, fault_id)

    def _write_fault(self, s: Session, actor: Actor, event: ControlEvent, now: datetime, *, description: str,
                     found_by: str = "", found_at: datetime | None = None) -> ControlFault:
        fault = ControlFault(
            number=next_number(s, "fault"), found_at=found_at or event.received_at,
            found_by=(found_by or actor.name)[:40], building=event.building, floor=event.floor, zone=event.zone,
            device_address=event.device_address, device_id=event.device_id, place="",
            description=description or event.text or "", handling="", out_of_service=False, reported_to="",
            repaired_by="", repair_method="", event_id=event.id, created_at=now, created_by_id=actor.staff_id,
            created_station=actor.station)
        s.add(fault)
        s.flush()
        return fault

    def _fault_of(self, s: Session, event_id: int) -> int | None:
        return s.scalar(select(ControlFault.id).where(ControlFault.event_id == event_id).limit(1))

    def fault_reported(self, actor: Actor, fault_id: int, *, to: str, handling: str = "",
                       out_of_service: bool | None = None, at: datetime | None = None) -> FaultInfo:
        """Reported for repair (when, to whom: the maintenance company), with what was done meanwhile."""
        actor.require(Permission.CONTROL_LOG)
        problems = Problems()
        who = check_line(problems, to, "reported_to", 80)
        how = check_long(problems, handling, "handling")
        problems.raise_if_any()
        with self._db.write(actor) as s:
            row = self._open_fault(s, fault_id)
            row.reported_at = self._fault_time(row, at, "reported_at")
            row.reported_to = who
            if how:
                row.handling = how
            if out_of_service is not None:
                row.out_of_service = bool(out_of_service)
        return self.get_fault(actor, fault_id)

    def fault_repaired(self, actor: Actor, fault_id: int, *, by: str, method: str,
                       at: datetime | None = None) -> FaultInfo:
        """Repaired: when, by whom, how."""
        actor.require(Permission.CONTROL_LOG)
        problems = Problems()
        who = check_line(problems, by, "repaired_by", 80)
        if not who and not problems:
            problems.add("repaired_by", MSG_REPAIRER)
        how = check_long(problems, method, "repair_method")
        if not how and not problems:
            problems.add("repair_method", MSG_REPAIR_HOW)
        problems.raise_if_any()
        with self._db.write(actor) as s:
            row = self._open_fault(s, fault_id)
            row.repaired_at = self._fault_time(row, at, "repaired_at")
            row.repaired_by, row.repair_method = who, how
        return self.get_fault(actor, fault_id)

    def confirm_repair(self, actor: Actor, fault_id: int) -> FaultInfo:
        """The control room confirms the system works again 恢复正常 (the form's confirmation)."""
        actor.require(Permission.CONTROL_LOG)
        with self._db.write(actor) as s:
            row = _locked(s, ControlFault, fault_id)
            if row is None:
                raise NotFound(MSG_FAULT_UNKNOWN, number=excerpt(str(fault_id)))
            if row.repaired_at is None:
                raise Conflict(MSG_FAULT_NOT_REPAIRED, number=fault_number(row.number))
            if row.confirmed_at is not None:
                raise Conflict(MSG_FAULT_CONFIRMED, number=fault_number(row.number),
                               **who_and_when(s, row.confirmed_by_id, row.confirmed_at))
            row.confirmed_at, row.confirmed_by_id = self._db.clock.now(), actor.staff_id
        return self.get_fault(actor, fault_id)

    def _open_fault(self, s: Session, fault_id: int) -> ControlFault:
        row = _locked(s, ControlFault, fault_id)
        if row is None:
            raise NotFound(MSG_FAULT_UNKNOWN, number=excerpt(str(fault_id)))
        if row.repaired_at is not None:
            raise Conflict(MSG_FAULT_REPAIRED, number=fault_number(row.number), time=local_text(row.repaired_at))
        return row

    def _fault_time(self, row: ControlFault, at: datetime | None, field_: str) -> datetime:
        problems = Problems()
        when = step_time(problems, at, now=self._db.clock.now(), received_at=row.found_at, field=field_,
                         show=local_text)
        problems.raise_if_any()
        return when

    # -- devices ----------------------------------------------------------------------------------

    def save_device(self, actor: Actor, *, address: str, device_type: str, building: str = "", floor: str = "",
                    zone: str = "", note: str = "", device_id: int | None = None) -> DeviceInfo:
        """Add a device to the list (or change one): its panel address and where it is."""
        actor.require(Permission.DEVICE_MANAGE)
        problems = Problems()
        where = self._where(problems, building, floor, zone, address)
        if not where["device_address"] and not problems:
            problems.add("device_address", MSG_DEVICE_ADDRESS)
        kind = check_line(problems, device_type, "device_type", 24)
        if not kind and not problems:
            problems.add("device_type", MSG_DEVICE_TYPE)
        remark = check_line(problems, note, "note", 200)
        problems.raise_if_any()
        now = self._db.clock.now()
        values = {"address": where.pop("device_address"), **where, "device_type": kind, "note": remark}
        try:
            with self._db.write(actor) as s:
                taken = s.scalar(select(ControlDevice.id).where(ControlDevice.address == values["address"]))
                if taken is not None and taken != device_id:
                    raise Conflict(MSG_DEVICE_TAKEN, field="device_address", address=values["address"])
                if device_id is None:
                    row = ControlDevice(created_at=now, created_by_id=actor.staff_id, created_station=actor.station,
                                        **values)
                    s.add(row)
                else:
                    found = _locked(s, ControlDevice, device_id)
                    if found is None or found.voided_at is not None:
                        raise NotFound(MSG_DEVICE_UNKNOWN)
                    row = found
                    for key, value in values.items():
                        setattr(row, key, value)
                s.flush()
                saved = row.id
        except IntegrityError as exc:  # another station listed the same address at the same moment
            if not violates_unique(exc, "control_device", "address"):
                raise
            raise Conflict(MSG_DEVICE_TAKEN, field="device_address", address=values["address"]) from None
        return self._device(saved)

    def retire_device(self, actor: Actor, device_id: int, *, reason: str) -> None:
        """Take a device off the list (removed, replaced): kept for the events that name it."""
        self._db.void(actor, ControlDevice, device_id, reason=reason, permission=Permission.DEVICE_MANAGE,
                      gone=NotFound(MSG_DEVICE_UNKNOWN))

    def devices(self, actor: Actor, prefix: str = "", *, limit: int = PAGE) -> list[DeviceInfo]:
        """Listed devices whose address starts with ``prefix`` (the form's completion), by address."""
        actor.require(Permission.CONTROL_VIEW)
        problems = Problems()
        start = check_address(problems, prefix) if prefix else ""
        if problems:
            return []
        stmt = select(ControlDevice).where(ControlDevice.voided_at.is_(None))
        if start:
            stmt = stmt.where(ControlDevice.address.startswith(start, autoescape=True))
        stmt = stmt.order_by(ControlDevice.address).limit(max(1, min(limit, MAX_PAGE)))
        with self._db.read() as s:
            rows = list(s.scalars(stmt))
            counts = self._false_alarms(s, [r.address for r in rows])
            return [_device_info(r, counts.get(r.address, 0)) for r in rows]

    def device_at(self, actor: Actor, address: str) -> DeviceInfo | None:
        """The device at ``address`` with its false alarms in 12 months (flagged at 3), or None if the
        address is not listed — then with its count under a stand-in, so an unlisted address that keeps
        going off is flagged too."""
        actor.require(Permission.CONTROL_VIEW)
        problems = Problems()
        clean = check_address(problems, address)
        if problems or not clean:
            return None
        with self._db.read() as s:
            row = s.scalar(select(ControlDevice).where(ControlDevice.address == clean,
                                                       ControlDevice.voided_at.is_(None)))
            count = self._false_alarms(s, [clean]).get(clean, 0)
            if row is None:
                return DeviceInfo(0, clean, "", "", "", "", "", count) if count else None
            return _device_info(row, count)

    def _device(self, device_id: int) -> DeviceInfo:
        with self._db.read() as s:
            row = s.get(ControlDevice, device_id)
            assert row is not None
            return _device_info(row, self._false_alarms(s, [row.address]).get(row.address, 0))

    def _false_alarms(self, s: Session, addresses: list[str]) -> dict[str, int]:
        """False alarms of each address in the 12 months to now (one indexed query)."""
        addresses = [a for a in addresses if a]
        if not addresses:
            return {}
        since = self._db.clock.now() - UNWANTED_WINDOW
        return dict(s.execute(
            select(ControlEvent.device_address, func.count()).where(
                ControlEvent.device_address.in_(addresses), ControlEvent.received_at >= since,
                ControlEvent.result == Result.FALSE_ALARM.value).group_by(ControlEvent.device_address)).all())

    # -- look-ups ---------------------------------------------------------------------------------

    def get(self, actor: Actor, event_id: int) -> EventInfo:
        """One event with its notes and its fault record, if any."""
        actor.require(Permission.CONTROL_VIEW)
        with self._db.read() as s:
            row = s.get(ControlEvent, event_id) if _row_id(event_id) else None
            if row is None:
                raise NotFound(MSG_EVENT_UNKNOWN, number=excerpt(str(event_id)))
            infos = self._infos(s, [row])
            notes = s.execute(select(ControlEventNote, Staff.name).outerjoin(Staff, Staff.id == ControlEventNote.staff_id)
                              .where(ControlEventNote.event_id == row.id).order_by(ControlEventNote.id)).all()
            fault = s.execute(select(ControlFault.id, ControlFault.number).where(ControlFault.event_id == row.id)
                              .order_by(ControlFault.id).limit(1)).first()
        info = infos[0]
        return _with(info, notes=tuple(NoteInfo(n.at, name or "", n.station, n.kind, n.text) for n, name in notes),
                     fault_id=fault[0] if fault else None, fault_number=fault[1] if fault else None)

    def find_event(self, actor: Actor, number_text: str) -> EventInfo:
        """The event of a typed number (``E000123``, ``e123``, ``123``); NotFound if there is none."""
        actor.require(Permission.CONTROL_VIEW)
        number = record_number(number_text or "", "E")
        with self._db.read() as s:
            event_id = s.scalar(select(ControlEvent.id).where(ControlEvent.number == number)) \
                if number is not None else None
        if event_id is None:
            raise NotFound(MSG_EVENT_UNKNOWN, number=excerpt(number_text or ""))
        return self.get(actor, event_id)

    def events(self, actor: Actor, *, offset: int = 0, limit: int = PAGE) -> list[EventInfo]:
        """Open events first (newest first), then the closed ones, newest first: a page of them."""
        actor.require(Permission.CONTROL_VIEW)
        offset, limit = max(0, offset), max(1, min(limit, MAX_PAGE))
        open_ = ControlEvent.closed_at.is_(None)
        with self._db.read() as s:
            open_count = s.scalar(select(func.count()).select_from(ControlEvent).where(open_)) or 0
            rows: list[ControlEvent] = []
            if offset < open_count:
                rows = list(s.scalars(select(ControlEvent).where(open_).order_by(
                    ControlEvent.received_at.desc(), ControlEvent.id.desc()).offset(offset).limit(limit)))
            if len(rows) < limit:
                rows += list(s.scalars(select(ControlEvent).where(ControlEvent.closed_at.is_not(None)).order_by(
                    ControlEvent.received_at.desc(), ControlEvent.id.desc())
                    .offset(max(0, offset - open_count)).limit(limit - len(rows))))
            return self._infos(s, rows)

    def _infos(self, s: Session, rows: list[ControlEvent]) -> list[EventInfo]:
        staff_ids = {i for r in rows for i in (r.created_by_id, r.dispatched_by_id, r.result_by_id,
                                               r.linkage_auto_by_id, r.plan_started_by_id, r.reset_by_id,
                                               r.closed_by_id) if i}
        names = dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(staff_ids))).all()) \
            if staff_ids else {}
        device_ids = {r.device_id for r in rows if r.device_id}
        types = dict(s.execute(select(ControlDevice.id, ControlDevice.device_type)
                               .where(ControlDevice.id.in_(device_ids))).all()) if device_ids else {}
        counts = self._false_alarms(s, list({r.device_address for r in rows if r.device_address and
                                             r.closed_at is None}))
        return [_event_info(r, names, types, counts) for r in rows]

    def open_summary(self, actor: Actor) -> OpenSummary:
        """The counts every station shows (the front desk's status bar included): any logged-in member."""
        del actor  # a count of open alarms is no one's secret in the service centre
        now = self._db.clock.now()
        open_ = ControlEvent.closed_at.is_(None)
        with self._db.read() as s:
            n_open = s.scalar(select(func.count()).select_from(ControlEvent).where(open_)) or 0
            waiting = and_(open_, ControlEvent.kind == EventKind.FIRE.value, ControlEvent.result.is_(None))
            n_fire = s.scalar(select(func.count()).select_from(ControlEvent).where(waiting)) or 0 if n_open else 0
            n_late = s.scalar(select(func.count()).select_from(ControlEvent).where(
                waiting, ControlEvent.confirm_due_at < now)) or 0 if n_fire else 0
            n_real = s.scalar(select(func.count()).select_from(ControlEvent).where(
                open_, ControlEvent.result == Result.REAL_FIRE.value)) or 0 if n_open else 0
            unrepaired = ControlFault.repaired_at.is_(None)
            n_faults = s.scalar(select(func.count()).select_from(ControlFault).where(unrepaired)) or 0
            n_old = s.scalar(select(func.count()).select_from(ControlFault).where(
                unrepaired, ControlFault.found_at < now - timedelta(hours=24))) or 0 if n_faults else 0
        return OpenSummary(n_open, n_fire, n_late, n_real, n_faults, n_old)

    def get_fault(self, actor: Actor, fault_id: int) -> FaultInfo:
        actor.require(Permission.CONTROL_VIEW)
        found = self._faults(ControlFault.id == fault_id, 0, 1) if _row_id(fault_id) else []
        if not found:
            raise NotFound(MSG_FAULT_UNKNOWN, number=excerpt(str(fault_id)))
        return found[0]

    def faults(self, actor: Actor, *, open_only: bool = False, first_day: date | None = None,
               last_day: date | None = None, offset: int = 0, limit: int = PAGE) -> list[FaultInfo]:
        """Faults, unrepaired ones first (oldest first), then the repaired ones, newest first."""
        actor.require(Permission.CONTROL_VIEW)
        start, end = checked_days(first_day, last_day)
        conditions: list[ColumnElement[bool]] = []
        if open_only:
            conditions.append(ControlFault.repaired_at.is_(None))
        if start is not None:
            conditions.append(ControlFault.found_at >= start)
        if end is not None:
            conditions.append(ControlFault.found_at < end)
        return self._faults(and_(*conditions) if conditions else None, max(0, offset),
                            max(1, min(limit, MAX_PAGE)), open_first=True)

    def _faults(self, condition, offset: int, limit: int, *, open_first: bool = False) -> list[FaultInfo]:
        stmt = select(ControlFault, ControlEvent.number).outerjoin(ControlEvent,
                                                                    ControlEvent.id == ControlFault.event_id)
        if condition is not None:
            stmt = stmt.where(condition)
        order = [ControlFault.repaired_at.is_(None).desc()] if open_first else []
        stmt = stmt.order_by(*order, ControlFault.found_at.desc(), ControlFault.id.desc()).offset(offset).limit(limit)
        with self._db.read() as s:
            rows = s.execute(stmt).all()
            ids = {i for f, _ in rows for i in (f.created_by_id, f.confirmed_by_id) if i}
            names = dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all()) if ids else {}
        return [_fault_info(f, number, names) for f, number in rows]

    # -- the supervisors' figures -----------------------------------------------------------------

    def false_alarm_stats(self, actor: Actor, first_day: date | None = None, last_day: date | None = None, *,
                          buildings: tuple[str, ...] | None = None) -> FalseAlarmStats:
        """False alarms per 100 detectors per year over the days (the last 12 months by default), by zone
        and by cause, and the devices with 3 or more false alarms in the 12 months to now.

        ``buildings``: only the events logged in a building of one of these names (as the device list or
        the operator wrote it: "3栋" or "3"); the rate stays per 100 of the site's detectors."""
        actor.require(Permission.CONTROL_STATS)
        today = local_date(self._db.clock.now())
        last = last_day or today
        first = first_day or (last - timedelta(days=364))
        start, end = checked_days(first, last)
        assert start is not None and end is not None
        detectors = self._site.settings().detector_count
        in_range = and_(ControlEvent.received_at >= start, ControlEvent.received_at < end)
        if buildings is not None:
            in_range = and_(in_range, ControlEvent.building.in_(buildings))
        false = and_(in_range, ControlEvent.result == Result.FALSE_ALARM.value)
        with self._db.read() as s:
            fires = s.scalar(select(func.count()).select_from(ControlEvent).where(
                in_range, ControlEvent.kind == EventKind.FIRE.value)) or 0
            n_false = s.scalar(select(func.count()).select_from(ControlEvent).where(false)) or 0
            by_zone = s.execute(select(ControlEvent.zone, func.count()).where(false).group_by(ControlEvent.zone)
                                .order_by(func.count().desc(), ControlEvent.zone)).all()
            by_cause = s.execute(select(ControlEvent.cause, func.count()).where(false)
                                 .group_by(ControlEvent.cause).order_by(func.count().desc())).all()
        days = (last - first).days + 1
        return FalseAlarmStats(
            first, last, detectors, fires, n_false, false_alarm_rate(n_false, detectors, days),
            tuple((zone or "", n) for zone, n in by_zone),
            tuple((Cause(c) if c in set(Cause) else Cause.UNKNOWN, n) for c, n in by_cause),
            tuple(self.flagged_devices(actor)))

    def flagged_devices(self, actor: Actor) -> list[DeviceInfo]:
        """Addresses with 3 or more false alarms in the 12 months to now, the most first."""
        actor.require(Permission.CONTROL_STATS)
        since = self._db.clock.now() - UNWANTED_WINDOW
        with self._db.read() as s:
            counted = s.execute(
                select(ControlEvent.device_address, func.count()).where(
                    ControlEvent.result == Result.FALSE_ALARM.value, ControlEvent.received_at >= since,
                    ControlEvent.device_address != "")
                .group_by(ControlEvent.device_address).having(func.count() >= UNWANTED_FLAG_COUNT)
                .order_by(func.count().desc(), ControlEvent.device_address)).all()
            listed = {d.address: d for d in s.scalars(select(ControlDevice).where(
                ControlDevice.address.in_([a for a, _ in counted])))} if counted else {}
            out = []
            for address, n in counted:
                device = listed.get(address)
                out.append(_device_info(device, n) if device is not None
                           else DeviceInfo(0, address, "", "", "", "", "", n))
            return out


    # -- printouts --------------------------------------------------------------------------------

    def event_report_pdf(self, actor: Actor, head, event_id: int) -> bytes:
        """An event's own report 监控中心事件报告 (A4); ``head`` is the printout's letterhead."""
        actor.require(Permission.PRINT)
        from deskapp.printing.control_event import render_event_report

        return render_event_report(event_report(self.get(actor, event_id)), head)

    def fault_record_pdf(self, actor: Actor, head, *, first_day: date | None = None, last_day: date | None = None,
                         open_only: bool = False) -> bytes:
        """The fault and repair record 故障维修记录表 (A4 landscape) of faults found on those days, oldest
        first (all unrepaired faults with ``open_only``)."""
        actor.require(Permission.PRINT)
        from deskapp.printing.fault_record import render_fault_record

        faults = sorted(self.faults(actor, open_only=open_only, first_day=first_day, last_day=last_day,
                                    limit=MAX_PAGE), key=lambda f: (f.found_at, f.number))
        now = self._db.clock.now()
        return render_fault_record([fault_line(f, now) for f in faults], head, first_day=first_day,
                                   last_day=last_day)


# -- printouts: the services' records in the printed forms' words ------------------------------------

def _local(utc: datetime) -> datetime:
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _at(utc: datetime | None, who: str = "") -> str:
    if utc is None:
        return ""
    return f"{_local(utc):%Y-%m-%d %H:%M}" + (f"　{who}" if who else "")


def event_report(e: EventInfo):
    """The report of ``e`` as printed (Chinese words, local times)."""
    from deskapp.printing.control_event import EventReport, ReportNote

    received = _at(e.received_at) + (f"（时间已更正：{e.received_at_reason}）" if e.received_at_reason else "")
    device = ""
    if e.device_type or e.device_flagged:
        device = (e.device_type or "未登记设备") + (
            f"（12个月内误报 {e.device_false_alarms} 次）" if e.device_false_alarms else "")
    dispatched = f"{e.dispatched_guard}　派出 {_at(e.dispatched_at)}（{e.dispatched_by}）" if e.dispatched_at else ""
    result = f"{RESULT_CHINESE[e.result]}　{_at(e.result_at, e.result_by)}" if e.result else ""
    cause = (CAUSE_CHINESE[e.cause] + (f"：{e.cause_note}" if e.cause_note else "")) if e.cause else \
        (e.cause_note or "")
    call: tuple[tuple[str, str], ...] = ()
    if e.fire_call is not None:
        c = e.fire_call
        call = (("拨打 119", _at(c.at)), ("报警地址", c.address), ("起火部位", c.origin), ("燃烧物", c.burning),
                ("火势大小", c.size), ("报警人及电话", f"{c.caller}　{c.phone}"))
    missing = tuple(MISSING_CHINESE.get(m, m) for m in e.missing) if e.is_open else ()
    return EventReport(
        number=e.label, status="已关闭" if e.closed_at else "处理中", received=received,
        source=SOURCE_CHINESE[e.source], kind=KIND_CHINESE[e.kind], location=e.location, device=device,
        device_flagged=e.device_flagged, text=e.text,
        confirm_due=_at(e.confirm_due_at), dispatched=dispatched, result=result, cause=cause, fire_call=call,
        linkage=_at(e.linkage_auto_at, e.linkage_auto_by), plan=_at(e.plan_started_at, e.plan_started_by),
        manager=f"{e.manager_name}　{_at(e.manager_notified_at)}" if e.manager_notified_at else "",
        reset=_at(e.reset_at, e.reset_by), handling=e.handling, closed=_at(e.closed_at, e.closed_by),
        fault=fault_number(e.fault_number) if e.fault_number else "",
        logged=f"{e.created_by}　工作站 {e.created_station}", missing=missing,
        notes=tuple(ReportNote(_local(n.at), n.staff, n.kind, n.text) for n in e.notes))


def fault_line(f: FaultInfo, now: datetime):
    from deskapp.printing.fault_record import FaultLine

    description = f.description + (f"（事件 {event_number(f.event_number)}）" if f.event_number else "")
    reported = (f"{_local(f.reported_at):%m-%d %H:%M} {f.reported_to}".strip()) if f.reported_at else ""
    confirmed = f"{f.confirmed_by} {_local(f.confirmed_at):%m-%d %H:%M}" if f.confirmed_at else ""
    return FaultLine(f.label, _local(f.found_at), f.found_by, f.where, description, f.handling, f.out_of_service,
                     reported, _local(f.repaired_at) if f.repaired_at else None, f.repaired_by, f.repair_method,
                     confirmed, f.overdue(now))


# -- rows → infos ------------------------------------------------------------------------------------

def _confirm_minutes(s: Session) -> int:
    """The house rule's minutes to confirm a fire alarm, read in the logging transaction (one row)."""
    value = s.scalar(select(Setting.value).where(Setting.key == "alarm_confirm_minutes"))
    try:
        minutes = int(value) if value is not None else DEFAULT_CONFIRM_MINUTES
    except ValueError:
        return DEFAULT_CONFIRM_MINUTES
    return minutes if 1 <= minutes <= CONFIRM_MINUTES_MAX else DEFAULT_CONFIRM_MINUTES


def _with(info: EventInfo, **changes) -> EventInfo:
    from dataclasses import replace

    return replace(info, **changes)


def _device_info(d: ControlDevice, false_alarms: int) -> DeviceInfo:
    return DeviceInfo(d.id, d.address, d.building, d.floor, d.zone, d.device_type, d.note, false_alarms,
                      d.voided_at is not None)


def _event_info(r: ControlEvent, names: dict[int, str], types: dict[int, str], counts: dict[str, int]) -> EventInfo:
    def name(staff_id: int | None) -> str:
        return names.get(staff_id, "") if staff_id else ""

    call = FireCall(r.fire_call_address, r.fire_call_origin, r.fire_call_burning, r.fire_call_size,
                    r.fire_call_caller, r.fire_call_phone, r.fire_call_at) if r.fire_call_at else None
    return EventInfo(
        r.id, r.number, r.received_at, r.received_at_reason, Source(r.source), EventKind(r.kind), r.building, r.floor,
        r.zone, r.device_address, types.get(r.device_id, "") if r.device_id else "", r.text, r.confirm_due_at,
        r.dispatched_guard, r.dispatched_at, name(r.dispatched_by_id),
        Result(r.result) if r.result else None, r.result_at, name(r.result_by_id),
        Cause(r.cause) if r.cause else None, r.cause_note, call,
        r.linkage_auto_at, name(r.linkage_auto_by_id), r.plan_started_at, name(r.plan_started_by_id),
        r.manager_name, r.manager_notified_at, r.handling, r.reset_at, name(r.reset_by_id),
        r.closed_at, name(r.closed_by_id), name(r.created_by_id), r.created_station,
        device_false_alarms=counts.get(r.device_address, 0))


def _fault_info(f: ControlFault, event_no: int | None, names: dict[int, str]) -> FaultInfo:
    return FaultInfo(
        f.id, f.number, f.found_at, f.found_by, f.building, f.floor, f.zone, f.device_address, f.place,
        f.description, f.handling, f.out_of_service, f.reported_at, f.reported_to, f.repaired_at, f.repaired_by,
        f.repair_method, f.confirmed_at, names.get(f.confirmed_by_id, "") if f.confirmed_by_id else "",
        f.event_id, event_no, names.get(f.created_by_id, "") if f.created_by_id else "")


__all__ = ["ControlService", "DeviceInfo", "EventInfo", "EventInput", "FalseAlarmStats", "FaultInfo", "FaultInput",
           "FireCall", "OpenSummary", "event_number", "fault_number", "next_number"]
