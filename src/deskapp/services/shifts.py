"""The control room's shift 值班: the fire systems the admin lists, signing on (at least two operators,
each with their own password), the 2-hourly equipment record, the daily check, the handover 交接班 with
the open events and faults carried over, and the duty log 《消防控制室值班记录表》 that prints them.

Every public method is one user action in one transaction. Passwords are checked through the login
(``AuthService.login``) before the transaction, so a wrong one counts towards that member's lock-out
exactly as at the login window.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from deskapp.db.models import (
    ControlEvent,
    ControlFault,
    ControlShift,
    ControlShiftOperator,
    DailyCheck,
    EquipmentRecord,
    EquipmentRecordLine,
    FireSystem,
    Handover,
    HandoverItem,
    HandoverSignature,
    Staff,
)
from deskapp.domain.accounts import check_staff_no
from deskapp.domain.control import (
    CAUSE_CHINESE,
    KIND_CHINESE,
    RESULT_CHINESE,
    Cause,
    EventKind,
    Result,
)
from deskapp.domain.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationFailed,
    Conflict,
    NotFound,
    PermissionDenied,
    Problems,
    ValidationError,
)
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.search import MAX_RECORD_ID
from deskapp.domain.shifts import (
    DEFAULT_SYSTEMS,
    HANDOVER_NOTES_MAX,
    MAX_OPERATORS,
    MAX_SYSTEMS,
    MIN_OPERATORS,
    NATURE_WORDS,
    CarriedKind,
    CheckItem,
    CheckResult,
    ControllerState,
    ControlMode,
    DailyDue,
    RecordSchedule,
    RunState,
    ShiftState,
    SystemReading,
    SystemSpec,
    alarm_nature,
    check_daily,
    check_equipment,
    check_operator_count,
    check_shift_length,
    check_system_name,
    daily_status,
    is_flagged,
    record_schedule,
    shift_overrun,
)
from deskapp.domain.shifts import MSG_SYSTEM_UNKNOWN as MSG_RECORDED_UNLISTED
from deskapp.domain.text import check_text, excerpt, fold_width
from deskapp.services.auth import MSG_INACTIVE, MSG_LOCKED, MSG_WRONG, AuthService
from deskapp.services.base import Database, locked, one_at_a_time, who_and_when
from deskapp.services.timeutil import day_start_utc, local_date, local_hhmm, local_text

MSG_SHIFT_ON = QT_TRANSLATE_NOOP(
    "errors", "A shift is already on duty (since {time}, {names}): the next one takes over by the handover.")
MSG_NO_SHIFT = QT_TRANSLATE_NOOP("errors", "No shift is on duty: sign the operators on first.")
MSG_NOT_ON_SHIFT = QT_TRANSLATE_NOOP(
    "errors", "You are not an operator of the shift on duty: only its operators record for it.")
MSG_NOT_DUTY = QT_TRANSLATE_NOOP("errors", "{name} is not a control-room operator and cannot sign on to a shift.")
MSG_SIGN_WRONG = QT_TRANSLATE_NOOP(
    "errors", "Staff number {who}: wrong staff number or password. {count} wrong tries in a row lock the account "
              "for 15 minutes.")
MSG_SIGN_LOCKED = QT_TRANSLATE_NOOP(
    "errors", "Staff number {who}: the account is locked after {count} wrong passwords. Try again after {until} or "
              "ask an administrator.")
MSG_SIGN_INACTIVE = QT_TRANSLATE_NOOP("errors", "Staff number {who}: this account is not active.")
MSG_SIGN_PASSWORD = QT_TRANSLATE_NOOP("errors", "Staff number {who}: type the password.")
SIGN_MESSAGES = {MSG_WRONG: MSG_SIGN_WRONG, MSG_LOCKED: MSG_SIGN_LOCKED, MSG_INACTIVE: MSG_SIGN_INACTIVE}
MSG_OUT_NONE = QT_TRANSLATE_NOOP("errors", "An operator of the outgoing shift signs the handover with their password.")
MSG_OUT_NOT_ON = QT_TRANSLATE_NOOP("errors", "{name} is not an operator of the outgoing shift.")
MSG_IN_WAS_ON = QT_TRANSLATE_NOOP(
    "errors", "{name} was on the outgoing shift: an operator takes at most one shift of 8 hours in a row.")
MSG_NO_DAILY = QT_TRANSLATE_NOOP(
    "errors", "The daily check (self-test, silence, reset, main and backup power) has not been recorded in the "
              "last 24 hours: record it before the handover.")
MSG_NO_RECORD = QT_TRANSLATE_NOOP(
    "errors", "The equipment record is overdue (due at {time}): record the equipment's state before the handover.")
MSG_NOT_ACKNOWLEDGED = QT_TRANSLATE_NOOP(
    "errors", "The incoming shift has not acknowledged {count} carried item(s): {items}.")
MSG_HANDED_OVER = QT_TRANSLATE_NOOP("errors", "This shift was already handed over at {time} by {name}.")
MSG_SHIFT_UNKNOWN = QT_TRANSLATE_NOOP("errors", "There is no shift {number}.")
MSG_SYSTEM_UNKNOWN = QT_TRANSLATE_NOOP("errors", "There is no such fire system; reload the list.")
MSG_SYSTEM_DUPLICATE = QT_TRANSLATE_NOOP("errors", "“{name}” is already in the list.")
MSG_SYSTEMS_MANY = QT_TRANSLATE_NOOP("errors", "The list holds at most {max} systems.")
MSG_SYSTEMS_CHANGED = QT_TRANSLATE_NOOP(
    "errors", "The list of fire systems has changed since the form was opened: reload it and record again.")
MSG_DAY_RANGE = QT_TRANSLATE_NOOP("errors", "Choose a day from the past, at most {days} days back.")

MSG_SAME_SIGNER = QT_TRANSLATE_NOOP("errors", "Staff number {name} signed twice: each operator signs once.")

MAX_DAYS_LISTED = 3660  # ten years back: the records are kept, and inspectors ask for old logs


@dataclass(frozen=True)
class Credential:
    """A staff number and password typed at the station by the operator signing."""

    staff_no: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class FireSystemInfo:
    id: int
    name: str
    should_be_auto: bool
    position: int
    active: bool


@dataclass(frozen=True)
class OperatorInfo:
    staff_id: int
    staff_no: str
    name: str
    signed_at: datetime


@dataclass(frozen=True)
class ShiftInfo:
    id: int
    started_at: datetime
    planned_end_at: datetime
    ended_at: datetime | None
    state: ShiftState
    operators: tuple[OperatorInfo, ...]

    @property
    def names(self) -> str:
        return "、".join(o.name for o in self.operators)

    def overrun(self, now: datetime) -> bool:
        return self.ended_at is None and shift_overrun(self.started_at, now)


@dataclass(frozen=True)
class EquipmentLineInfo:
    system_id: int
    name: str
    should_be_auto: bool
    mode: ControlMode
    state: RunState
    explanation: str

    @property
    def flagged(self) -> bool:
        return is_flagged(self.should_be_auto, self.mode, self.state)


@dataclass(frozen=True)
class EquipmentRecordInfo:
    id: int
    shift_id: int
    recorded_at: datetime
    recorded_by: str
    controller: ControllerState
    controller_note: str
    linkage: ControlMode
    linkage_note: str
    flagged: bool
    lines: tuple[EquipmentLineInfo, ...]


@dataclass(frozen=True)
class DailyCheckInfo:
    id: int
    shift_id: int
    checked_at: datetime
    checked_by: str
    results: dict[CheckItem, CheckResult]
    note: str


@dataclass(frozen=True)
class CarriedItem:
    """An open event or fault as the handover carries it over; ``key`` is what the incoming side ticks."""

    kind: CarriedKind
    ref_id: int
    number: int
    summary: str
    overdue: bool = False  # a fault open for more than 24 hours, or an event past its confirmation time

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind.value, self.ref_id)


@dataclass(frozen=True)
class SignatureInfo:
    side: str  # out / in
    staff_no: str
    name: str
    signed_at: datetime


@dataclass(frozen=True)
class HandedItem:
    item: CarriedItem
    acknowledged_by: str
    acknowledged_at: datetime


@dataclass(frozen=True)
class HandoverInfo:
    id: int
    from_shift_id: int
    to_shift_id: int
    handed_at: datetime
    notes: str
    signatures: tuple[SignatureInfo, ...]
    items: tuple[HandedItem, ...]
    equipment_record_id: int
    daily_check_id: int


@dataclass(frozen=True)
class DutyStatus:
    """How the control room stands now: the shift on duty, the 2-hourly record and the daily check due
    or overdue, what a handover would carry over. What every control-room station shows in its banner."""

    now: datetime
    shift: ShiftInfo | None
    record: RecordSchedule
    last_record: EquipmentRecordInfo | None
    daily: DailyDue
    last_check: DailyCheckInfo | None

    @property
    def overrun(self) -> bool:
        return self.shift is not None and self.shift.overrun(self.now)


# -- what the duty log prints -----------------------------------------------------------------------

@dataclass(frozen=True)
class DutyAlarm:
    """An alarm or event of the log as the duty log prints it (local time)."""

    at: datetime
    number: int
    nature: str  # 火警 / 误报 / 故障报警 / 监管报警 / 漏报, or the kind's word for other events
    place: str
    handling: str


def _local(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _names(s: Session, ids: Iterable[int | None]) -> dict[int, tuple[str, str]]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return {r.id: (r.staff_no, r.name) for r in s.execute(
        select(Staff.id, Staff.staff_no, Staff.name).where(Staff.id.in_(wanted)))}


class ShiftService:
    """The shift, the equipment record, the daily check and the handover (GB 25201 §5.2–5.3)."""

    def __init__(self, *, db: Database, auth: AuthService) -> None:
        self._db = db
        self._auth = auth

    # -- the fire systems the admin lists ---------------------------------------------------------

    def systems(self, actor: Actor, *, include_retired: bool = False) -> list[FireSystemInfo]:
        """The fire systems whose state is recorded, in the list's order (retired ones too if asked)."""
        if not (actor.can(Permission.SHIFT_DUTY) or actor.can(Permission.FIRE_SYSTEMS_MANAGE)):
            actor.require(Permission.SHIFT_DUTY)
        stmt = select(FireSystem).order_by(FireSystem.position, FireSystem.id)
        if not include_retired:
            stmt = stmt.where(FireSystem.active.is_(True))
        with self._db.read() as s:
            return [_system(r) for r in s.scalars(stmt)]

    def add_system(self, actor: Actor, *, name: str, should_be_auto: bool) -> FireSystemInfo:
        """Add a system to the end of the list."""
        actor.require(Permission.FIRE_SYSTEMS_MANAGE)
        problems = Problems()
        clean = check_system_name(problems, name)
        problems.raise_if_any()
        with self._db.write(actor) as s:
            one_at_a_time(s, "fire_system")
            rows = list(s.scalars(select(FireSystem)))
            if any(r.name == clean and r.active for r in rows):
                raise ValidationError.single("name", MSG_SYSTEM_DUPLICATE, name=clean)
            if sum(1 for r in rows if r.active) >= MAX_SYSTEMS:
                raise ValidationError.single("name", MSG_SYSTEMS_MANY, max=MAX_SYSTEMS)
            row = FireSystem(name=clean, should_be_auto=bool(should_be_auto),
                             position=max((r.position for r in rows), default=0) + 1, active=True,
                             created_at=self._db.clock.now(), created_by_id=actor.staff_id,
                             created_station=actor.station)
            s.add(row)
            s.flush()
            return _system(row)

    def update_system(self, actor: Actor, system_id: int, *, name: str, should_be_auto: bool,
                      active: bool = True) -> FireSystemInfo:
        """Rename a system, change whether it should be automatic, retire it or bring it back."""
        actor.require(Permission.FIRE_SYSTEMS_MANAGE)
        problems = Problems()
        clean = check_system_name(problems, name)
        problems.raise_if_any()
        with self._db.write(actor) as s:
            one_at_a_time(s, "fire_system")
            row = locked(s, FireSystem, system_id) if _id_ok(system_id) else None
            if row is None:
                raise NotFound(MSG_SYSTEM_UNKNOWN)
            if active and s.scalar(select(FireSystem.id).where(
                    FireSystem.name == clean, FireSystem.active.is_(True), FireSystem.id != row.id)) is not None:
                raise ValidationError.single("name", MSG_SYSTEM_DUPLICATE, name=clean)
            row.name, row.should_be_auto, row.active = clean, bool(should_be_auto), bool(active)
            row.updated_at = self._db.clock.now()
            s.flush()
            return _system(row)

    def add_default_systems(self, actor: Actor) -> list[FireSystemInfo]:
        """Add the usual systems (sprinklers, hydrants, smoke control, …) not yet in the list."""
        actor.require(Permission.FIRE_SYSTEMS_MANAGE)
        with self._db.write(actor) as s:
            one_at_a_time(s, "fire_system")
            add_default_systems(s, actor.staff_id, actor.station, self._db.clock.now())
        return self.systems(actor)

    # -- signing on ---------------------------------------------------------------------------------

    def start_shift(self, actor: Actor, operators: list[Credential] | tuple[Credential, ...], *,
                    hours: float = 8) -> ShiftInfo:
        """Open a shift when none is on duty (the first one, or after a gap): at least two operators, each
        with their own password (a wrong one counts towards their lock-out), at most 8 hours."""
        actor.require(Permission.SHIFT_DUTY)
        problems = Problems()
        length = check_shift_length(problems, hours)
        self._check_signers(problems, operators, "operators", minimum=MIN_OPERATORS)
        problems.raise_if_any()
        signed = self._sign(operators, "operators", actor.station)
        now = self._db.clock.now()
        with self._db.write(actor) as s:
            one_at_a_time(s, "control_shift")
            current = self._on_duty(s)
            if current is not None:
                raise Conflict(MSG_SHIFT_ON, field="operators", time=local_text(current.started_at),
                               names=self._shift_names(s, current))
            shift = self._open_shift(s, actor, signed, now, length)
            shift_id = shift.id
        return self.shift(actor, shift_id)

    def _check_signers(self, problems: Problems, creds, field: str, *, minimum: int) -> None:
        given = [c for c in creds if (c.staff_no or "").strip() or c.password]
        if minimum >= MIN_OPERATORS:
            check_operator_count(problems, len(given), field)
        elif not given:
            problems.add(field, MSG_OUT_NONE)
        elif len(given) > MAX_OPERATORS:
            check_operator_count(problems, len(given), field)
        seen: set[str] = set()
        for c in given:
            no, p = check_staff_no(fold_width(c.staff_no), field)
            if p:  # not even a staff number's shape: said before anyone's password is checked
                problems.items.append(p)
                continue
            if no in seen:
                problems.add(field, MSG_SAME_SIGNER, name=excerpt(no))
            elif not c.password:  # a password forgotten is not a wrong one: nothing is counted
                problems.add(field, MSG_SIGN_PASSWORD, who=no)
            seen.add(no)

    def _sign(self, creds, field: str, station: str) -> list[Actor]:
        """Each credential through the login (the lock-out counts); refused at the first wrong one,
        naming whose it was."""
        signed: list[Actor] = []
        for c in creds:
            if not ((c.staff_no or "").strip() or c.password):
                continue
            try:
                who = self._auth.login(fold_width(c.staff_no), c.password, station=station)
            except AuthenticationFailed as exc:  # the login's own words, saying whose signature it was
                raise AuthenticationFailed(SIGN_MESSAGES.get(exc.message, exc.message), field=field,
                                           **(exc.params | {"who": excerpt(fold_width(c.staff_no), 16)})) from None
            if not who.can(Permission.SHIFT_DUTY):
                raise PermissionDenied(MSG_NOT_DUTY, field=field, name=who.name)
            signed.append(who)
        return signed

    def _open_shift(self, s: Session, actor: Actor, signed: list[Actor], now: datetime,
                    length: timedelta) -> ControlShift:
        shift = ControlShift(started_at=now, planned_end_at=now + length, state=ShiftState.ON_DUTY.value,
                             created_at=now, created_by_id=actor.staff_id, created_station=actor.station)
        shift.operators = [ControlShiftOperator(staff_id=a.staff_id, signed_at=now) for a in signed]
        s.add(shift)
        s.flush()
        return shift

    # -- the shift's records ---------------------------------------------------------------------

    def record_equipment(self, actor: Actor, *, controller: ControllerState | str | None, linkage: ControlMode | str | None,
                         readings: list[SystemReading] | tuple[SystemReading, ...], controller_note: str = "",
                         linkage_note: str = "") -> EquipmentRecordInfo:
        """The 2-hourly record of the equipment's state by an operator of the shift on duty. A system that
        should be automatic found manual, the linkage controller in manual, or anything in fault, is
        refused without its explanation."""
        actor.require(Permission.SHIFT_DUTY)
        now = self._db.clock.now()
        with self._db.write(actor) as s:
            shift = self._duty_shift_of(s, actor)
            systems = [SystemSpec(r.id, r.name, r.should_be_auto) for r in s.scalars(
                select(FireSystem).where(FireSystem.active.is_(True)).order_by(FireSystem.position, FireSystem.id))]
            problems = Problems()
            c, c_note, link, l_note, clean = check_equipment(
                problems, controller=controller, controller_note=controller_note, linkage=linkage,
                linkage_note=linkage_note, systems=systems, readings=readings)
            if any(p.message == MSG_RECORDED_UNLISTED for p in problems.items):
                raise Conflict(MSG_SYSTEMS_CHANGED, field="systems")
            problems.raise_if_any()
            assert c is not None and link is not None
            row = EquipmentRecord(
                shift_id=shift.id, recorded_at=now, controller_state=c.value, controller_note=c_note,
                linkage_mode=link.value, linkage_note=l_note,
                flagged=c is ControllerState.FAULT or link is ControlMode.MANUAL or any(r.flagged for r in clean),
                created_at=now, created_by_id=actor.staff_id, created_station=actor.station)
            row.lines = [EquipmentRecordLine(position=n, system_id=r.system.id, system_name=r.system.name,
                                             should_be_auto=r.system.should_be_auto, mode=r.mode.value,
                                             state=r.state.value, explanation=r.explanation)
                         for n, r in enumerate(clean)]
            s.add(row)
            s.flush()
            return self._record_info(s, row)

    def record_daily_check(self, actor: Actor, *, results: dict, note: str = "") -> DailyCheckInfo:
        """The fire alarm controller's daily check, by an operator of the shift on duty: each of self-test,
        silence, reset, main power and backup power normal or in fault (a fault described)."""
        actor.require(Permission.SHIFT_DUTY)
        problems = Problems()
        clean, text = check_daily(problems, results, note)
        problems.raise_if_any()
        now = self._db.clock.now()
        with self._db.write(actor) as s:
            shift = self._duty_shift_of(s, actor)
            row = DailyCheck(shift_id=shift.id, checked_at=now, note=text, created_at=now,
                             created_by_id=actor.staff_id, created_station=actor.station,
                             **{item.value: clean[item].value for item in CheckItem})
            s.add(row)
            s.flush()
            return self._check_info(s, row)

    # -- the handover -----------------------------------------------------------------------------

    def carried_items(self, actor: Actor) -> list[CarriedItem]:
        """What a handover now would carry over: the open events (not closed) and the open faults (not
        repaired), oldest first."""
        actor.require(Permission.SHIFT_DUTY)
        with self._db.read() as s:
            return _open_items(s, self._db.clock.now())

    def hand_over(self, actor: Actor, *, outgoing: list[Credential] | tuple[Credential, ...],
                  incoming: list[Credential] | tuple[Credential, ...], acknowledged: Iterable[tuple[str, int]],
                  notes: str = "", hours: float = 8) -> HandoverInfo:
        """Hand the shift on duty over to the next: an operator of the outgoing shift and at least two
        incoming operators sign with their own passwords; the incoming side acknowledges every open event
        and fault carried over. Refused without a daily check in the last 24 hours, with the equipment
        record overdue, with fewer than two incoming operators, or with a carried item not acknowledged."""
        actor.require(Permission.SHIFT_DUTY)
        problems = Problems()
        length = check_shift_length(problems, hours)
        clean_notes, p = check_text(notes, "notes", max_len=HANDOVER_NOTES_MAX, multiline=True)
        if p:
            problems.items.append(p)
        self._check_signers(problems, outgoing, "outgoing", minimum=1)
        self._check_signers(problems, incoming, "incoming", minimum=MIN_OPERATORS)
        acked = {(str(k), int(i)) for k, i in acknowledged}
        now = self._db.clock.now()
        # What can be refused without a password is refused before anyone's password is checked.
        with self._db.read() as s:
            current = self._on_duty(s)
            if current is None:
                raise Conflict(MSG_NO_SHIFT)
            expected = current.id  # the shift these people came to hand over
            self._handover_rules(s, problems, current, now, acked)
        problems.raise_if_any()
        out = self._sign(outgoing, "outgoing", actor.station)
        into = self._sign(incoming, "incoming", actor.station)
        with self._db.write(actor) as s:
            one_at_a_time(s, "control_shift")
            shift = locked(s, ControlShift, expected)
            assert shift is not None
            if shift.state != ShiftState.ON_DUTY.value:  # another station handed it over meanwhile
                handed = s.scalar(select(Handover).where(Handover.from_shift_id == shift.id))
                raise Conflict(MSG_HANDED_OVER, **who_and_when(s, handed.created_by_id if handed else None,
                                                               handed.handed_at if handed else None))
            problems = Problems()
            record, check, items = self._handover_rules(s, problems, shift, now, acked)
            on_shift = {o.staff_id for o in shift.operators}
            for a in out:
                if a.staff_id not in on_shift:
                    problems.add("outgoing", MSG_OUT_NOT_ON, name=a.name)
            for a in into:
                if a.staff_id in on_shift:
                    problems.add("incoming", MSG_IN_WAS_ON, name=a.name)
            problems.raise_if_any()
            assert record is not None and check is not None
            shift.state, shift.ended_at, shift.updated_at = ShiftState.HANDED_OVER.value, now, now
            new = self._open_shift(s, actor, into, now, length)
            handover = Handover(from_shift_id=shift.id, to_shift_id=new.id, handed_at=now, notes=clean_notes,
                                equipment_record_id=record.id, daily_check_id=check.id, created_at=now,
                                created_by_id=actor.staff_id, created_station=actor.station)
            handover.signatures = [HandoverSignature(side="out", staff_id=a.staff_id, signed_at=now) for a in out] + \
                [HandoverSignature(side="in", staff_id=a.staff_id, signed_at=now) for a in into]
            handover.items = [HandoverItem(position=n, kind=i.kind.value, ref_id=i.ref_id, number=i.number,
                                           summary=i.summary[:300], acknowledged_at=now,
                                           acknowledged_by_id=into[0].staff_id)
                              for n, i in enumerate(items)]
            s.add(handover)
            s.flush()
            handover_id = handover.id
        return self.handover(actor, handover_id)

    def _handover_rules(self, s: Session, problems: Problems, shift: ControlShift, now: datetime,
                        acked: set[tuple[str, int]]) -> tuple[EquipmentRecord | None, DailyCheck | None,
                                                              list[CarriedItem]]:
        check = s.scalars(select(DailyCheck).order_by(DailyCheck.checked_at.desc(), DailyCheck.id.desc())
                          .limit(1)).first()
        if daily_status(check.checked_at if check else None, now,
                        today_starts=day_start_utc(local_date(now))) is DailyDue.OVERDUE:
            problems.add("daily_check", MSG_NO_DAILY)
        record = s.scalars(select(EquipmentRecord).order_by(EquipmentRecord.recorded_at.desc(),
                                                             EquipmentRecord.id.desc()).limit(1)).first()
        schedule = record_schedule(record.recorded_at if record else None, now, since=shift.started_at)
        if record is None or schedule.blocks_handover:
            problems.add("equipment", MSG_NO_RECORD, time=local_hhmm(schedule.due_at))
        items = _open_items(s, now)
        missing = [i for i in items if i.key not in acked]
        if missing:
            problems.add("acknowledged", MSG_NOT_ACKNOWLEDGED, count=len(missing),
                         items="; ".join(excerpt(i.summary, 60) for i in missing[:5]))
        return record, check, items

    # -- look-ups ---------------------------------------------------------------------------------

    def status(self, actor: Actor) -> DutyStatus:
        """The shift on duty, the record and the daily check as they stand now (one read)."""
        actor.require(Permission.SHIFT_DUTY)
        now = self._db.clock.now()
        with self._db.read() as s:
            shift = self._on_duty(s)
            record = s.scalars(select(EquipmentRecord).options(selectinload(EquipmentRecord.lines))
                               .order_by(EquipmentRecord.recorded_at.desc(), EquipmentRecord.id.desc())
                               .limit(1)).first()
            check = s.scalars(select(DailyCheck).order_by(DailyCheck.checked_at.desc(), DailyCheck.id.desc())
                              .limit(1)).first()
            since = shift.started_at if shift is not None else now
            return DutyStatus(
                now=now, shift=self._shift_info(s, shift) if shift is not None else None,
                record=record_schedule(record.recorded_at if record else None, now, since=since),
                last_record=self._record_info(s, record) if record is not None else None,
                daily=daily_status(check.checked_at if check else None, now,
                                   today_starts=day_start_utc(local_date(now))),
                last_check=self._check_info(s, check) if check is not None else None)

    def shift(self, actor: Actor, shift_id: int) -> ShiftInfo:
        actor.require(Permission.SHIFT_DUTY)
        with self._db.read() as s:
            row = s.get(ControlShift, shift_id) if _id_ok(shift_id) else None
            if row is None:
                raise NotFound(MSG_SHIFT_UNKNOWN, number=shift_id)
            return self._shift_info(s, row)

    def shifts_between(self, actor: Actor, first_day: date, last_day: date) -> list[ShiftInfo]:
        """The shifts that overlap these local days, oldest first."""
        actor.require(Permission.SHIFT_DUTY)
        start, end = self._days(first_day, last_day)
        with self._db.read() as s:
            return [self._shift_info(s, r) for r in s.scalars(self._overlapping(start, end))]

    def now(self) -> datetime:
        """The time the records are stamped with (naive UTC)."""
        return self._db.clock.now()

    def today(self) -> date:
        """The local day it is now."""
        return local_date(self._db.clock.now())

    def records_of_day(self, actor: Actor, day: date) -> list[EquipmentRecordInfo]:
        """The equipment records of a local day, oldest first."""
        return self.records_between(actor, day_start_utc(day), day_start_utc(day + timedelta(days=1)))

    def records_between(self, actor: Actor, start: datetime, end: datetime) -> list[EquipmentRecordInfo]:
        """Equipment records in [start, end) (naive UTC), oldest first."""
        actor.require(Permission.SHIFT_DUTY)
        with self._db.read() as s:
            rows = s.scalars(select(EquipmentRecord).options(selectinload(EquipmentRecord.lines))
                             .where(EquipmentRecord.recorded_at >= start, EquipmentRecord.recorded_at < end)
                             .order_by(EquipmentRecord.recorded_at, EquipmentRecord.id)).all()
            names = _names(s, (r.created_by_id for r in rows))
            return [self._record_info(s, r, names) for r in rows]

    def handover(self, actor: Actor, handover_id: int) -> HandoverInfo:
        actor.require(Permission.SHIFT_DUTY)
        with self._db.read() as s:
            row = s.get(Handover, handover_id) if _id_ok(handover_id) else None
            if row is None:
                raise NotFound(MSG_SHIFT_UNKNOWN, number=handover_id)
            return self._handover_info(s, row)

    def handovers_between(self, actor: Actor, start: datetime, end: datetime) -> list[HandoverInfo]:
        actor.require(Permission.SHIFT_DUTY)
        with self._db.read() as s:
            return [self._handover_info(s, r) for r in s.scalars(
                select(Handover).where(Handover.handed_at >= start, Handover.handed_at < end)
                .order_by(Handover.handed_at, Handover.id))]

    def checks_between(self, actor: Actor, start: datetime, end: datetime) -> list[DailyCheckInfo]:
        actor.require(Permission.SHIFT_DUTY)
        with self._db.read() as s:
            rows = s.scalars(select(DailyCheck).where(DailyCheck.checked_at >= start, DailyCheck.checked_at < end)
                             .order_by(DailyCheck.checked_at, DailyCheck.id)).all()
            names = _names(s, (r.created_by_id for r in rows))
            return [self._check_info(s, r, names) for r in rows]

    def alarms_between(self, actor: Actor, start: datetime, end: datetime) -> list[DutyAlarm]:
        """The control-room events received in [start, end) as the duty log prints them."""
        actor.require(Permission.SHIFT_DUTY)
        with self._db.read() as s:
            return _alarms(s, start, end)

    def _days(self, first_day: date, last_day: date) -> tuple[datetime, datetime]:
        today = local_date(self._db.clock.now())
        if first_day > last_day or (today - first_day).days > MAX_DAYS_LISTED or first_day > today:
            raise ValidationError.single("day", MSG_DAY_RANGE, days=MAX_DAYS_LISTED)
        return day_start_utc(first_day), day_start_utc(last_day + timedelta(days=1))

    @staticmethod
    def _overlapping(start: datetime, end: datetime):
        return (select(ControlShift).options(selectinload(ControlShift.operators))
                .where(ControlShift.started_at < end,
                       (ControlShift.ended_at.is_(None)) | (ControlShift.ended_at > start))
                .order_by(ControlShift.started_at, ControlShift.id))

    # -- the duty log ------------------------------------------------------------------------------

    def duty_log(self, actor: Actor, *, day: date | None = None, shift_id: int | None = None):
        """The data of the 《消防控制室值班记录表》 of a local day or of one shift (printing.duty_log.DutyLog)."""
        from deskapp.printing.duty_log import DutyLog

        actor.require(Permission.SHIFT_DUTY)
        now = self._db.clock.now()
        with self._db.read() as s:
            if shift_id is not None:
                row = s.get(ControlShift, shift_id) if _id_ok(shift_id) else None
                if row is None:
                    raise NotFound(MSG_SHIFT_UNKNOWN, number=shift_id)
                start, end = row.started_at, row.ended_at or now
                shifts = [row]
                title_day = local_date(start)
            else:
                the_day = day or local_date(now)
                start, end = self._days(the_day, the_day)
                shifts = list(s.scalars(self._overlapping(start, end)))
                title_day = the_day
            # A shift's own records (made up to its handover, at the same second included); a day's by time.
            if shift_id is not None:
                in_record = EquipmentRecord.shift_id == shift_id
                in_check = DailyCheck.shift_id == shift_id
            else:
                in_record = (EquipmentRecord.recorded_at >= start) & (EquipmentRecord.recorded_at < end)
                in_check = (DailyCheck.checked_at >= start) & (DailyCheck.checked_at < end)
            records = s.scalars(select(EquipmentRecord).options(selectinload(EquipmentRecord.lines))
                                .where(in_record).order_by(EquipmentRecord.recorded_at, EquipmentRecord.id)).all()
            checks = s.scalars(select(DailyCheck).where(in_check)
                               .order_by(DailyCheck.checked_at, DailyCheck.id)).all()
            handovers = s.scalars(select(Handover).options(selectinload(Handover.items),
                                                           selectinload(Handover.signatures))
                                  .where(Handover.handed_at >= start, Handover.handed_at <= end)
                                  .order_by(Handover.handed_at, Handover.id)).all()
            ids = [r.created_by_id for r in records] + [c.created_by_id for c in checks] + \
                [o.staff_id for sh in shifts for o in sh.operators] + \
                [g.staff_id for h in handovers for g in h.signatures] + \
                [i.acknowledged_by_id for h in handovers for i in h.items]
            have = {r.id for r in records}
            wanted = {h.equipment_record_id for h in handovers} - have
            extra = s.scalars(select(EquipmentRecord).options(selectinload(EquipmentRecord.lines))
                              .where(EquipmentRecord.id.in_(wanted))).all() if wanted else []
            ids += [r.created_by_id for r in extra]
            names = _names(s, ids)
            return DutyLog.build(
                day=title_day, shift_id=shift_id, start=_local(start), end=_local(end),
                shifts=[self._shift_info(s, sh, names) for sh in shifts],
                records=[self._record_info(s, r, names) for r in records],
                checks=[self._check_info(s, c, names) for c in checks],
                alarms=_alarms(s, start, end),
                handovers=[self._handover_info(s, h, names) for h in handovers],
                systems=[r.name for r in s.scalars(select(FireSystem).where(FireSystem.active.is_(True))
                                                   .order_by(FireSystem.position, FireSystem.id))],
                local=_local, extra_records=[self._record_info(s, r, names) for r in extra], now=_local(now))

    def duty_log_pdf(self, actor: Actor, head, *, day: date | None = None, shift_id: int | None = None) -> bytes:
        """The duty log as an A4 PDF (``head``: the printout's Letterhead)."""
        from deskapp.printing.duty_log import render_duty_log

        actor.require(Permission.PRINT)
        return render_duty_log(self.duty_log(actor, day=day, shift_id=shift_id), head)

    # -- helpers --------------------------------------------------------------------------------------

    def _on_duty(self, s: Session) -> ControlShift | None:
        return s.scalars(select(ControlShift).options(selectinload(ControlShift.operators))
                         .where(ControlShift.state == ShiftState.ON_DUTY.value)
                         .order_by(ControlShift.started_at.desc(), ControlShift.id.desc()).limit(1)).first()

    def _duty_shift_of(self, s: Session, actor: Actor) -> ControlShift:
        shift = self._on_duty(s)
        if shift is None:
            raise Conflict(MSG_NO_SHIFT)
        if actor.staff_id not in {o.staff_id for o in shift.operators}:
            raise PermissionDenied(MSG_NOT_ON_SHIFT)
        return shift

    def _shift_names(self, s: Session, shift: ControlShift) -> str:
        names = _names(s, (o.staff_id for o in shift.operators))
        return "、".join(names.get(o.staff_id, ("", "?"))[1] for o in shift.operators)

    def _shift_info(self, s: Session, row: ControlShift, names: dict | None = None) -> ShiftInfo:
        names = names if names is not None else _names(s, (o.staff_id for o in row.operators))
        return ShiftInfo(row.id, row.started_at, row.planned_end_at, row.ended_at, ShiftState(row.state),
                         tuple(OperatorInfo(o.staff_id, names.get(o.staff_id, ("", "?"))[0], names.get(o.staff_id, ("", "?"))[1],
                                            o.signed_at)
                               for o in row.operators))

    def _record_info(self, s: Session, row: EquipmentRecord, names: dict | None = None) -> EquipmentRecordInfo:
        names = names if names is not None else _names(s, [row.created_by_id])
        return EquipmentRecordInfo(
            row.id, row.shift_id, row.recorded_at, names.get(row.created_by_id or 0, ("", ""))[1],
            ControllerState(row.controller_state), row.controller_note, ControlMode(row.linkage_mode),
            row.linkage_note, row.flagged,
            tuple(EquipmentLineInfo(line.system_id, line.system_name, line.should_be_auto, ControlMode(line.mode),
                                    RunState(line.state), line.explanation) for line in row.lines))

    def _check_info(self, s: Session, row: DailyCheck, names: dict | None = None) -> DailyCheckInfo:
        names = names if names is not None else _names(s, [row.created_by_id])
        return DailyCheckInfo(row.id, row.shift_id, row.checked_at, names.get(row.created_by_id or 0, ("", ""))[1],
                              {item: CheckResult(getattr(row, item.value)) for item in CheckItem}, row.note)

    def _handover_info(self, s: Session, row: Handover, names: dict | None = None) -> HandoverInfo:
        names = names if names is not None else _names(
            s, [g.staff_id for g in row.signatures] + [i.acknowledged_by_id for i in row.items])
        return HandoverInfo(
            row.id, row.from_shift_id, row.to_shift_id, row.handed_at, row.notes,
            tuple(SignatureInfo(g.side, names.get(g.staff_id, ("", "?"))[0], names.get(g.staff_id, ("", "?"))[1],
                                g.signed_at) for g in row.signatures),
            tuple(HandedItem(CarriedItem(CarriedKind(i.kind), i.ref_id, i.number, i.summary),
                             names.get(i.acknowledged_by_id, ("", "?"))[1], i.acknowledged_at) for i in row.items),
            row.equipment_record_id, row.daily_check_id)


def _id_ok(record_id: object) -> bool:
    """A record id the databases can compare (INTEGER: 32 bits on PostgreSQL); others name no record."""
    return isinstance(record_id, int) and not isinstance(record_id, bool) and 0 < record_id <= MAX_RECORD_ID


def _system(row: FireSystem) -> FireSystemInfo:
    return FireSystemInfo(row.id, row.name, row.should_be_auto, row.position, row.active)


def add_default_systems(s: Session, staff_id: int | None, station: str, now: datetime) -> None:
    """The usual fire systems (domain.shifts.DEFAULT_SYSTEMS) not yet listed, appended to the list."""
    rows = list(s.scalars(select(FireSystem)))
    have = {r.name for r in rows if r.active}
    position = max((r.position for r in rows), default=0)
    for name, auto in DEFAULT_SYSTEMS:
        if name in have:
            continue
        position += 1
        s.add(FireSystem(name=name, should_be_auto=auto, position=position, active=True, created_at=now,
                         created_by_id=staff_id, created_station=station))


def _place(building: str, floor: str, zone: str, address: str) -> str:
    parts = [building, f"{floor}层" if floor and not floor.endswith(("层", "F", "f")) else floor, zone,
             f"地址{address}" if address else ""]
    return " ".join(p for p in parts if p)


def _open_items(s: Session, now: datetime) -> list[CarriedItem]:
    items: list[CarriedItem] = []
    for e in s.execute(select(ControlEvent.id, ControlEvent.number, ControlEvent.received_at, ControlEvent.kind,
                              ControlEvent.building, ControlEvent.floor, ControlEvent.zone,
                              ControlEvent.device_address, ControlEvent.text, ControlEvent.confirm_due_at,
                              ControlEvent.result_at)
                       .where(ControlEvent.closed_at.is_(None)).order_by(ControlEvent.received_at, ControlEvent.id)):
        try:
            kind = KIND_CHINESE[EventKind(e.kind)]
        except ValueError:
            kind = e.kind
        place = _place(e.building, e.floor, e.zone, e.device_address)
        summary = f"事件 {e.number} {local_text(e.received_at)} {kind} {place} {excerpt(e.text, 80)}".strip()
        overdue = e.confirm_due_at is not None and e.result_at is None and now > e.confirm_due_at
        items.append(CarriedItem(CarriedKind.EVENT, e.id, e.number, " ".join(summary.split()), overdue))
    for f in s.execute(select(ControlFault.id, ControlFault.number, ControlFault.found_at, ControlFault.building,
                              ControlFault.floor, ControlFault.zone, ControlFault.device_address, ControlFault.place,
                              ControlFault.description)
                       .where(ControlFault.repaired_at.is_(None)).order_by(ControlFault.found_at, ControlFault.id)):
        place = f.place or _place(f.building, f.floor, f.zone, f.device_address)
        summary = f"故障 {f.number} {local_text(f.found_at)} {place} {excerpt(f.description, 80)}"
        items.append(CarriedItem(CarriedKind.FAULT, f.id, f.number, " ".join(summary.split()),
                                 now - f.found_at > timedelta(hours=24)))
    return items


def _alarms(s: Session, start: datetime, end: datetime) -> list[DutyAlarm]:
    from deskapp.domain.control import (
        KIND_CHINESE,
        EventKind,
    )

    out: list[DutyAlarm] = []
    for e in s.execute(select(ControlEvent.number, ControlEvent.received_at, ControlEvent.kind, ControlEvent.result,
                              ControlEvent.source, ControlEvent.building, ControlEvent.floor, ControlEvent.zone,
                              ControlEvent.device_address, ControlEvent.text, ControlEvent.cause,
                              ControlEvent.cause_note, ControlEvent.handling, ControlEvent.closed_at)
                       .where(ControlEvent.received_at >= start, ControlEvent.received_at < end)
                       .order_by(ControlEvent.received_at, ControlEvent.id)):
        nature = alarm_nature(kind=e.kind, result=e.result, source=e.source)
        if nature is not None:
            word = NATURE_WORDS[nature]
        elif e.result == Result.TEST:  # a test of the installation is no alarm of any nature
            word = RESULT_CHINESE[Result.TEST]
        else:
            try:
                word = KIND_CHINESE[EventKind(e.kind)]
            except ValueError:
                word = e.kind
        parts = []
        if e.result:
            try:
                found = RESULT_CHINESE[Result(e.result)]
            except ValueError:
                found = e.result
            if found != word:  # 误报 is said once, in its column
                parts.append(found)
        if e.cause:
            try:
                parts.append("原因：" + CAUSE_CHINESE[Cause(e.cause)])
            except ValueError:
                parts.append("原因：" + e.cause)
        for text in (e.cause_note, e.text, e.handling):
            if text:
                parts.append(text)
        parts.append(f"已结案 {_local(e.closed_at):%H:%M}" if e.closed_at else "未结案")
        out.append(DutyAlarm(_local(e.received_at), e.number, word,
                             _place(e.building, e.floor, e.zone, e.device_address), "；".join(parts)))
    return out


__all__ = ["CarriedItem", "Credential", "DutyStatus", "FireSystemInfo", "HandoverInfo", "ShiftInfo", "ShiftService"]
