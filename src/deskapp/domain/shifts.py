"""The control room's shift 值班 (GB 25201-2010 §5.2–5.3, GB 25506-2010 §4.2): at least two operators on
duty, a shift of at most 8 hours, the fire equipment's running state recorded every 2 hours, the fire
alarm controller's daily check (自检, 消音, 复位, 主电源, 备用电源), and the handover 交接班 at which the
open events and faults are carried over to the incoming shift, who acknowledge each of them.

Plain Python: the rules, the schedule of the 2-hourly record and the words printed on the statutory
《消防控制室值班记录表》.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from deskapp.domain.control import EventKind, Result, Source
from deskapp.domain.errors import QT_TRANSLATE_NOOP, Problems
from deskapp.domain.text import check_text

# -- the rules' numbers -----------------------------------------------------------------------------

MIN_OPERATORS = 2  # GB 25506 §4.2.1: 每班不应少于2人
MAX_OPERATORS = 6
MAX_SHIFT = timedelta(hours=8)  # a shift is at most 8 hours
MIN_SHIFT = timedelta(hours=1)
RECORD_EVERY = timedelta(hours=2)  # the equipment's running state, every 2 hours
RECORD_ASK_BEFORE = timedelta(minutes=10)  # the station asks this long before the record is due
DAILY_CHECK_VALID = timedelta(hours=24)  # a daily check older than this does not count for a handover
SLOT = timedelta(hours=2)  # the statutory form's time slots: 0–2, 2–4, … 22–24 (local)

NOTE_MAX = 200
HANDOVER_NOTES_MAX = 2000
SYSTEM_NAME_MAX = 40
MAX_SYSTEMS = 40

# The other fire systems whose control and running state the control room records, as a new site
# starts (the admin edits the list): name, and whether its control should be automatic.
DEFAULT_SYSTEMS: tuple[tuple[str, bool], ...] = (
    ("自动喷水灭火系统", True),
    ("消火栓系统", True),
    ("防排烟系统", True),
    ("防火卷帘", True),
    ("应急广播", True),
    ("消防电梯", False),
    ("气体灭火系统", True),
)


class ControllerState(enum.StrEnum):
    """The fire alarm controller's running state 火灾报警控制器运行情况."""

    NORMAL = "normal"  # 正常
    FAULT = "fault"  # 故障


class ControlMode(enum.StrEnum):
    """A controller's or a system's control state 控制状态."""

    AUTO = "auto"  # 自动
    MANUAL = "manual"  # 手动


class RunState(enum.StrEnum):
    """A system's running state 运行状态."""

    NORMAL = "normal"  # 正常
    FAULT = "fault"  # 故障


class CheckItem(enum.StrEnum):
    """The fire alarm controller's daily check 日检查 (GB 25506 §4.2.3)."""

    SELF_TEST = "self_test"  # 自检
    SILENCE = "silence"  # 消音
    RESET = "reset"  # 复位
    MAIN_POWER = "main_power"  # 主电源
    BACKUP_POWER = "backup_power"  # 备用电源


class CheckResult(enum.StrEnum):
    NORMAL = "normal"  # 正常
    FAULT = "fault"  # 故障


class AlarmNature(enum.StrEnum):
    """报警性质 as the statutory form names it."""

    FIRE = "fire"  # 火警
    FALSE = "false"  # 误报
    FAULT = "fault"  # 故障报警
    SUPERVISORY = "supervisory"  # 监管报警
    MISSED = "missed"  # 漏报: a fire the controller did not report


class ShiftState(enum.StrEnum):
    ON_DUTY = "on_duty"  # 在班
    HANDED_OVER = "handed_over"  # 已交班


class CarriedKind(enum.StrEnum):
    EVENT = "event"  # an open control-room event
    FAULT = "fault"  # an open fault of the fire installation


# Chinese words of the printed form (the printout is in Chinese whatever the UI language).
CONTROLLER_WORDS = {ControllerState.NORMAL: "正常", ControllerState.FAULT: "故障"}
MODE_WORDS = {ControlMode.AUTO: "自动", ControlMode.MANUAL: "手动"}
RUN_WORDS = {RunState.NORMAL: "正常", RunState.FAULT: "故障"}
CHECK_WORDS = {CheckItem.SELF_TEST: "自检", CheckItem.SILENCE: "消音", CheckItem.RESET: "复位",
               CheckItem.MAIN_POWER: "主电源", CheckItem.BACKUP_POWER: "备用电源"}
RESULT_WORDS = {CheckResult.NORMAL: "正常", CheckResult.FAULT: "故障"}
NATURE_WORDS = {AlarmNature.FIRE: "火警", AlarmNature.FALSE: "误报", AlarmNature.FAULT: "故障报警",
                AlarmNature.SUPERVISORY: "监管报警", AlarmNature.MISSED: "漏报"}
CARRIED_WORDS = {CarriedKind.EVENT: "未结事件", CarriedKind.FAULT: "未修复故障"}

# Labels for the screen (translated in the "shifts" context).
MODE_LABELS = {ControlMode.AUTO: QT_TRANSLATE_NOOP("shifts", "Automatic"),
               ControlMode.MANUAL: QT_TRANSLATE_NOOP("shifts", "Manual")}
RUN_LABELS = {RunState.NORMAL: QT_TRANSLATE_NOOP("shifts", "Normal"),
              RunState.FAULT: QT_TRANSLATE_NOOP("shifts", "Fault")}
CONTROLLER_LABELS = {ControllerState.NORMAL: QT_TRANSLATE_NOOP("shifts", "Normal"),
                     ControllerState.FAULT: QT_TRANSLATE_NOOP("shifts", "Fault")}
CHECK_LABELS = {CheckItem.SELF_TEST: QT_TRANSLATE_NOOP("shifts", "Self-test"),
                CheckItem.SILENCE: QT_TRANSLATE_NOOP("shifts", "Silence"),
                CheckItem.RESET: QT_TRANSLATE_NOOP("shifts", "Reset"),
                CheckItem.MAIN_POWER: QT_TRANSLATE_NOOP("shifts", "Main power"),
                CheckItem.BACKUP_POWER: QT_TRANSLATE_NOOP("shifts", "Backup power")}
RESULT_LABELS = {CheckResult.NORMAL: QT_TRANSLATE_NOOP("shifts", "Normal"),
                 CheckResult.FAULT: QT_TRANSLATE_NOOP("shifts", "Fault")}


# -- messages -----------------------------------------------------------------------------------------

MSG_TOO_FEW = QT_TRANSLATE_NOOP(
    "errors", "A shift needs at least {min} operators, each signing with their own password ({count} signed).")
MSG_TOO_MANY = QT_TRANSLATE_NOOP("errors", "At most {max} operators sign on to one shift.")
MSG_SAME_OPERATOR = QT_TRANSLATE_NOOP("errors", "{name} signed twice: each operator signs once, with their own password.")
MSG_SHIFT_LENGTH = QT_TRANSLATE_NOOP("errors", "A shift lasts from {min} to {max} hours.")
MSG_NOTE_NEEDED = QT_TRANSLATE_NOOP("errors", "{what}: say why (found {state}).")
MSG_LINKAGE_MANUAL = QT_TRANSLATE_NOOP(
    "errors", "The linkage controller is in manual: explain why (it should be in automatic).")
MSG_CONTROLLER_FAULT = QT_TRANSLATE_NOOP("errors", "The fire alarm controller is in fault: describe the fault.")
MSG_SYSTEM_MISSING = QT_TRANSLATE_NOOP("errors", "Record the control and running state of {name}.")
MSG_SYSTEM_UNKNOWN = QT_TRANSLATE_NOOP("errors", "A system that is not in the list was recorded; reload the page.")
MSG_CHOOSE = QT_TRANSLATE_NOOP("errors", "Choose {what}.")
MSG_CHECK_MISSING = QT_TRANSLATE_NOOP("errors", "Record the result of the {item} check.")
MSG_CHECK_FAULT = QT_TRANSLATE_NOOP("errors", "A check found a fault: describe it and what was done.")
MSG_SYSTEM_NAME = QT_TRANSLATE_NOOP("errors", "Name the system.")


# -- the 2-hourly record's schedule ---------------------------------------------------------------------

class RecordDue(enum.StrEnum):
    NOT_DUE = "not_due"
    DUE = "due"  # due within RECORD_ASK_BEFORE: the station asks
    OVERDUE = "overdue"  # past its time: red on every control-room station


@dataclass(frozen=True)
class RecordSchedule:
    """When the next equipment record is due, and how it stands at ``now`` (naive UTC)."""

    last_at: datetime | None
    due_at: datetime
    status: RecordDue

    @property
    def blocks_handover(self) -> bool:
        return self.status is RecordDue.OVERDUE


def record_schedule(last_at: datetime | None, now: datetime, *, since: datetime | None = None) -> RecordSchedule:
    """The next record is due 2 hours after the last one; with none at all yet (a new site's first shift),
    within RECORD_ASK_BEFORE of ``since`` (the shift's start: it owes a record at once), else of now."""
    due = last_at + RECORD_EVERY if last_at is not None else (since or now) + RECORD_ASK_BEFORE
    if now > due:
        status = RecordDue.OVERDUE
    elif now >= due - RECORD_ASK_BEFORE:
        status = RecordDue.DUE
    else:
        status = RecordDue.NOT_DUE
    return RecordSchedule(last_at, due, status)


# -- the daily check --------------------------------------------------------------------------------

class DailyDue(enum.StrEnum):
    DONE = "done"  # done today
    DUE = "due"  # not yet today, the last one within 24 hours
    OVERDUE = "overdue"  # none within 24 hours: no handover until it is done


def daily_status(last_at: datetime | None, now: datetime, *, today_starts: datetime) -> DailyDue:
    """How the daily check stands at ``now``: done since ``today_starts`` (local midnight, naive UTC),
    merely due (yesterday's is less than 24 hours old), or overdue."""
    if last_at is not None and last_at >= today_starts:
        return DailyDue.DONE
    if last_at is not None and now - last_at <= DAILY_CHECK_VALID:
        return DailyDue.DUE
    return DailyDue.OVERDUE


@dataclass(frozen=True)
class CheckLine:
    item: CheckItem
    result: CheckResult


def check_daily(problems: Problems, results: dict[CheckItem, CheckResult | None] | dict,
                note: str) -> tuple[dict[CheckItem, CheckResult], str]:
    """Every item checked, and a fault described; problems under ``check_<item>`` and ``check_note``."""
    clean: dict[CheckItem, CheckResult] = {}
    for item in CheckItem:
        value = results.get(item) if results else None
        try:
            clean[item] = CheckResult(str(value))
        except ValueError:
            problems.add(f"check_{item.value}", MSG_CHECK_MISSING, item=CHECK_WORDS[item])
    text, p = check_text(note, "check_note", max_len=NOTE_MAX, multiline=True)
    if p:
        problems.items.append(p)
    elif any(r is CheckResult.FAULT for r in clean.values()) and not text:
        problems.add("check_note", MSG_CHECK_FAULT)
    return clean, text


# -- the equipment record ---------------------------------------------------------------------------

@dataclass(frozen=True)
class SystemSpec:
    """A system of the admin's list as the record form shows it."""

    id: int
    name: str
    should_be_auto: bool


@dataclass(frozen=True)
class SystemReading:
    """What the operator found for one system: control mode, running state, and why if abnormal."""

    system_id: int
    mode: ControlMode | str | None
    state: RunState | str | None
    explanation: str = ""


@dataclass(frozen=True)
class CleanReading:
    system: SystemSpec
    mode: ControlMode
    state: RunState
    explanation: str

    @property
    def flagged(self) -> bool:
        """Found manual while it should be automatic, or in fault: explained, and marked on the form."""
        return (self.system.should_be_auto and self.mode is ControlMode.MANUAL) or self.state is RunState.FAULT


def is_flagged(should_be_auto: bool, mode: ControlMode | str, state: RunState | str) -> bool:
    return (should_be_auto and ControlMode(mode) is ControlMode.MANUAL) or RunState(state) is RunState.FAULT


def _enum(problems: Problems, kind, value, field: str, what: str):
    try:
        return kind(value)
    except ValueError:
        problems.add(field, MSG_CHOOSE, what=what)
        return None


def check_equipment(problems: Problems, *, controller: ControllerState | str | None, controller_note: str,
                    linkage: ControlMode | str | None, linkage_note: str, systems: list[SystemSpec],
                    readings: list[SystemReading] | tuple[SystemReading, ...]
                    ) -> tuple[ControllerState | None, str, ControlMode | None, str, list[CleanReading]]:
    """The record as entered, checked: every listed system read; the controller in fault described; the
    linkage controller, or a system that should be automatic, found manual explained; a system in fault
    explained. Problems under ``controller``, ``linkage``, ``system_<id>``."""
    c = _enum(problems, ControllerState, controller, "controller", "the fire alarm controller's state")
    c_note, p = check_text(controller_note, "controller", max_len=NOTE_MAX)
    if p:
        problems.items.append(p)
    elif c is ControllerState.FAULT and not c_note:
        problems.add("controller", MSG_CONTROLLER_FAULT)
    link = _enum(problems, ControlMode, linkage, "linkage", "the linkage controller's mode")
    l_note, p = check_text(linkage_note, "linkage", max_len=NOTE_MAX)
    if p:
        problems.items.append(p)
    elif link is ControlMode.MANUAL and not l_note:
        problems.add("linkage", MSG_LINKAGE_MANUAL)
    by_id = {s.id: s for s in systems}
    given: dict[int, SystemReading] = {}
    for r in readings:
        if r.system_id not in by_id:
            problems.add("systems", MSG_SYSTEM_UNKNOWN)
            continue
        given[r.system_id] = r
    clean: list[CleanReading] = []
    for system in systems:
        field = f"system_{system.id}"
        found = given.get(system.id)
        if found is None or found.mode in (None, "") or found.state in (None, ""):
            problems.add(field, MSG_SYSTEM_MISSING, name=system.name)
            continue
        mode = _enum(problems, ControlMode, found.mode, field, system.name)
        state = _enum(problems, RunState, found.state, field, system.name)
        why, p = check_text(found.explanation, field, max_len=NOTE_MAX)
        if p:
            problems.items.append(p)
            continue
        if mode is None or state is None:
            continue
        reading = CleanReading(system, mode, state, why)
        if reading.flagged and not why:
            seen = "、".join(w for w in (MODE_WORDS[mode] if system.should_be_auto and mode is ControlMode.MANUAL
                                          else "", RUN_WORDS[state] if state is RunState.FAULT else "") if w)
            problems.add(field, MSG_NOTE_NEEDED, what=system.name, state=seen)
        clean.append(reading)
    return c, c_note, link, l_note, clean


def check_system_name(problems: Problems, name: str, field: str = "name") -> str:
    text, p = check_text(name, field, max_len=SYSTEM_NAME_MAX)
    if p:
        problems.items.append(p)
    elif not text:
        problems.add(field, MSG_SYSTEM_NAME)
    return text


# -- the shift --------------------------------------------------------------------------------------

def check_shift_length(problems: Problems, hours: float | int) -> timedelta:
    """A shift's planned length: from 1 to 8 hours (whole or half hours as the form offers)."""
    try:
        ok = isinstance(hours, int | float) and not isinstance(hours, bool) and MIN_SHIFT.total_seconds() <= float(hours) * 3600 <= \
            MAX_SHIFT.total_seconds()
    except (TypeError, ValueError, OverflowError):
        ok = False
    if not ok:  # NaN compares False both ways and lands here too
        problems.add("hours", MSG_SHIFT_LENGTH, min=int(MIN_SHIFT.total_seconds() // 3600),
                     max=int(MAX_SHIFT.total_seconds() // 3600))
        return MAX_SHIFT
    return timedelta(minutes=round(float(hours) * 60))


def check_operator_count(problems: Problems, count: int, field: str = "operators") -> None:
    if count < MIN_OPERATORS:
        problems.add(field, MSG_TOO_FEW, min=MIN_OPERATORS, count=count)
    elif count > MAX_OPERATORS:
        problems.add(field, MSG_TOO_MANY, max=MAX_OPERATORS)


def shift_overrun(started_at: datetime, now: datetime) -> bool:
    """The shift has lasted longer than the rules allow: hand over."""
    return now - started_at > MAX_SHIFT


# -- the statutory form's time slots ----------------------------------------------------------------

def slot_of(local: datetime) -> int:
    """The 2-hour slot (0 for 0:00–2:00 … 11 for 22:00–24:00) of a local time."""
    return local.hour // 2


def slot_label(index: int) -> str:
    return f"{index * 2}:00–{index * 2 + 2}:00"


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The local day as naive local datetimes [start, end)."""
    start = datetime.combine(day, time.min)
    return start, start + timedelta(days=1)


# -- the alarm's nature on the form -----------------------------------------------------------------

def alarm_nature(*, kind: str, result: str | None, source: str) -> AlarmNature | None:
    """报警性质 of a logged event, in the form's words: a fire alarm confirmed real is 火警 (漏报 when the
    fire alarm controller did not report it: found on patrol, phoned in, seen on CCTV), a fire alarm found
    false is 误报, a fault 故障报警, a supervisory signal 监管报警; a fire alarm still being confirmed is
    printed as 火警; other events (CCTV, linkage feedback, a test …) have none."""
    if result == Result.REAL_FIRE:
        return AlarmNature.FIRE if source == Source.FIRE_PANEL else AlarmNature.MISSED
    if kind == EventKind.FIRE:
        if result == Result.FALSE_ALARM:
            return AlarmNature.FALSE
        if result == Result.FAULT:
            return AlarmNature.FAULT
        return AlarmNature.FIRE if result is None else None
    if kind == EventKind.FAULT or result == Result.FAULT:
        return AlarmNature.FAULT
    if kind == EventKind.SUPERVISORY:
        return AlarmNature.SUPERVISORY
    return None
