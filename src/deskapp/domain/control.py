"""The control room 监控(消防)中心 (manual 2.6.5; GB 25201-2010 §5.3, GB 25506-2010 §4.2): what an event
in the alarm log is, how a fire alarm is confirmed and closed, false-alarm causes (BS 5839-1) and the
figures a supervisor reads.

An event is logged (numbered without gaps), a fire alarm gets a guard dispatched to confirm it on site
within the house rule's minutes, the result is recorded (真实火警 / 误报 / 故障 / 测试), the panel is
reset, and the event is closed. A real fire closes only after 119 was called with the five items said,
linkage was confirmed in automatic, the plan was started and the person responsible was notified.
A closed event is never edited: it is amended by an appended note.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from deskapp.domain.errors import QT_TRANSLATE_NOOP, Problems
from deskapp.domain.text import check_person_name, check_text, fold_width


class Source(enum.StrEnum):
    """Where the event came from."""

    FIRE_PANEL = "fire_panel"  # 火灾报警控制器
    CCTV = "cctv"
    INTRUSION = "intrusion"  # 入侵报警
    ELEVATOR = "elevator"  # 电梯
    WATER = "water"  # 水浸
    PHONE = "phone"  # 电话报告
    PATROL = "patrol"  # 巡逻发现
    OTHER = "other"


SOURCE_LABELS = {
    Source.FIRE_PANEL: QT_TRANSLATE_NOOP("control", "Fire alarm panel"),
    Source.CCTV: QT_TRANSLATE_NOOP("control", "CCTV"),
    Source.INTRUSION: QT_TRANSLATE_NOOP("control", "Intrusion alarm"),
    Source.ELEVATOR: QT_TRANSLATE_NOOP("control", "Elevator"),
    Source.WATER: QT_TRANSLATE_NOOP("control", "Water leak sensor"),
    Source.PHONE: QT_TRANSLATE_NOOP("control", "Phone report"),
    Source.PATROL: QT_TRANSLATE_NOOP("control", "Found on patrol"),
    Source.OTHER: QT_TRANSLATE_NOOP("control", "Other source"),
}
# The printed forms are in Chinese whatever the screen's language.
SOURCE_CHINESE = {
    Source.FIRE_PANEL: "火灾报警控制器", Source.CCTV: "CCTV", Source.INTRUSION: "入侵报警",
    Source.ELEVATOR: "电梯", Source.WATER: "水浸", Source.PHONE: "电话报告", Source.PATROL: "巡逻发现",
    Source.OTHER: "其他",
}


class EventKind(enum.StrEnum):
    FIRE = "fire"  # 火警
    FAULT = "fault"  # 故障
    SUPERVISORY = "supervisory"  # 监管
    LINKAGE = "linkage"  # 联动反馈
    ISOLATION = "isolation"  # 屏蔽
    CCTV = "cctv"  # CCTV 事件
    OTHER = "other"  # 其他


KIND_LABELS = {
    EventKind.FIRE: QT_TRANSLATE_NOOP("control", "Fire alarm"),
    EventKind.FAULT: QT_TRANSLATE_NOOP("control", "Fault"),
    EventKind.SUPERVISORY: QT_TRANSLATE_NOOP("control", "Supervisory"),
    EventKind.LINKAGE: QT_TRANSLATE_NOOP("control", "Linkage feedback"),
    EventKind.ISOLATION: QT_TRANSLATE_NOOP("control", "Isolation"),
    EventKind.CCTV: QT_TRANSLATE_NOOP("control", "CCTV event"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("control", "Other"),
}
KIND_CHINESE = {
    EventKind.FIRE: "火警", EventKind.FAULT: "故障", EventKind.SUPERVISORY: "监管", EventKind.LINKAGE: "联动反馈",
    EventKind.ISOLATION: "屏蔽", EventKind.CCTV: "CCTV 事件", EventKind.OTHER: "其他",
}


class Result(enum.StrEnum):
    """What the guard found on site."""

    REAL_FIRE = "real_fire"  # 真实火警
    FALSE_ALARM = "false_alarm"  # 误报
    FAULT = "fault"  # 故障
    TEST = "test"  # 测试


RESULT_LABELS = {
    Result.REAL_FIRE: QT_TRANSLATE_NOOP("control", "Real fire"),
    Result.FALSE_ALARM: QT_TRANSLATE_NOOP("control", "False alarm"),
    Result.FAULT: QT_TRANSLATE_NOOP("control", "Fault"),
    Result.TEST: QT_TRANSLATE_NOOP("control", "Test"),
}
RESULT_CHINESE = {Result.REAL_FIRE: "真实火警", Result.FALSE_ALARM: "误报", Result.FAULT: "故障",
                  Result.TEST: "测试"}


class Cause(enum.StrEnum):
    """The class of a false alarm, after BS 5839-1 (unwanted alarms in four kinds, then the others)."""

    ENVIRONMENT = "environment"  # unwanted: cooking smoke, steam, dust, insects
    FIRE_LIKE = "fire_like"  # unwanted: a phenomenon that looks like fire (candles, hot work, sunlight)
    INAPPROPRIATE_ACTION = "inappropriate_action"  # unwanted: testing or work without isolating
    ACCIDENTAL_DAMAGE = "accidental_damage"  # unwanted: a call point or detector knocked
    EQUIPMENT = "equipment"  # the installation itself failed
    MALICIOUS = "malicious"
    GOOD_INTENT = "good_intent"  # someone believed there was a fire
    UNKNOWN = "unknown"


CAUSE_LABELS = {
    Cause.ENVIRONMENT: QT_TRANSLATE_NOOP("control", "Unwanted: environment (cooking smoke, steam, dust)"),
    Cause.FIRE_LIKE: QT_TRANSLATE_NOOP("control", "Unwanted: fire-like phenomenon"),
    Cause.INAPPROPRIATE_ACTION: QT_TRANSLATE_NOOP("control", "Unwanted: inappropriate action"),
    Cause.ACCIDENTAL_DAMAGE: QT_TRANSLATE_NOOP("control", "Unwanted: accidental damage"),
    Cause.EQUIPMENT: QT_TRANSLATE_NOOP("control", "Equipment false alarm"),
    Cause.MALICIOUS: QT_TRANSLATE_NOOP("control", "Malicious"),
    Cause.GOOD_INTENT: QT_TRANSLATE_NOOP("control", "Good intent"),
    Cause.UNKNOWN: QT_TRANSLATE_NOOP("control", "Cause unknown"),
}
CAUSE_CHINESE = {
    Cause.ENVIRONMENT: "非期望报警-环境（油烟、蒸汽、粉尘）", Cause.FIRE_LIKE: "非期望报警-类火现象",
    Cause.INAPPROPRIATE_ACTION: "非期望报警-不当操作", Cause.ACCIDENTAL_DAMAGE: "非期望报警-意外损坏",
    Cause.EQUIPMENT: "设备误报", Cause.MALICIOUS: "恶意报警", Cause.GOOD_INTENT: "善意报警", Cause.UNKNOWN: "原因不明",
}


class EventStage(enum.StrEnum):
    """Where an event stands, for the list and the next key to press (derived, never stored)."""

    TO_DISPATCH = "to_dispatch"  # a fire alarm no one has been sent to yet
    CONFIRMING = "confirming"  # a guard is on the way
    FIRE_STEPS = "fire_steps"  # a real fire: 119, linkage, plan, manager still to do
    TO_CLOSE = "to_close"
    CLOSED = "closed"


STAGE_LABELS = {
    EventStage.TO_DISPATCH: QT_TRANSLATE_NOOP("control", "Dispatch a guard"),
    EventStage.CONFIRMING: QT_TRANSLATE_NOOP("control", "Confirming on site"),
    EventStage.FIRE_STEPS: QT_TRANSLATE_NOOP("control", "REAL FIRE: steps to do"),
    EventStage.TO_CLOSE: QT_TRANSLATE_NOOP("control", "Open"),
    EventStage.CLOSED: QT_TRANSLATE_NOOP("control", "Closed"),
}

DEFAULT_CONFIRM_MINUTES = 3  # the house rule: a fire alarm confirmed on site within this (a site setting)
CONFIRM_MINUTES_MAX = 30
UNWANTED_FLAG_COUNT = 3  # a device with this many false alarms in 12 months is flagged
UNWANTED_WINDOW = timedelta(days=365)
FAULT_OVERDUE = timedelta(hours=24)  # an open fault older than this is marked
RECEIVED_SLACK = timedelta(seconds=59)  # the form shows minutes: within this the time is as taken
RECEIVED_MAX_AGE = timedelta(days=7)  # logged late at most this long after it happened
FUTURE_SLACK = timedelta(minutes=1)  # station clocks a little ahead of the server's

TEXT_MAX = 2000
ADDRESS_MAX = 32
DETECTORS_MAX = 1_000_000


# -- the messages -----------------------------------------------------------------------------------

MSG_SOURCE = QT_TRANSLATE_NOOP("errors", "Choose where the event came from.")
MSG_KIND = QT_TRANSLATE_NOOP("errors", "Choose the type of event.")
MSG_WHERE_OR_WHAT = QT_TRANSLATE_NOOP("errors", "Say where (building, floor, zone or device) or what happened.")
MSG_ADDRESS_CHARS = QT_TRANSLATE_NOOP(
    "errors", "A device address has letters, digits and the marks - . / : only (as the panel shows it).")
MSG_RECEIVED_REASON = QT_TRANSLATE_NOOP(
    "errors", "The received time was changed from {taken}: give the reason.")
MSG_RECEIVED_FUTURE = QT_TRANSLATE_NOOP("errors", "The received time is in the future.")
MSG_RECEIVED_OLD = QT_TRANSLATE_NOOP("errors", "The received time is more than {days} days ago.")
MSG_TIME_FUTURE = QT_TRANSLATE_NOOP("errors", "This time is in the future.")
MSG_TIME_BEFORE = QT_TRANSLATE_NOOP("errors", "This time is before the event was received ({received}).")
MSG_CAUSE_REQUIRED = QT_TRANSLATE_NOOP("errors", "A false alarm needs its cause.")
MSG_CAUSE_ONLY_FALSE = QT_TRANSLATE_NOOP("errors", "Only a false alarm has a cause class.")
MSG_RESULT = QT_TRANSLATE_NOOP("errors", "Choose what was found on site.")
MSG_CALL_ITEM = QT_TRANSLATE_NOOP("errors", "Say what was told to 119: {item}.")
MSG_MINUTES = QT_TRANSLATE_NOOP("errors", "Enter a number of minutes from 1 to {max}.")
MSG_DETECTORS = QT_TRANSLATE_NOOP("errors", "Enter the number of detectors, from 0 to {max}.")

CALL_ITEMS = {
    "address": QT_TRANSLATE_NOOP("control", "the address"),
    "origin": QT_TRANSLATE_NOOP("control", "where it started"),
    "burning": QT_TRANSLATE_NOOP("control", "what is burning"),
    "size": QT_TRANSLATE_NOOP("control", "how large it is"),
    "caller": QT_TRANSLATE_NOOP("control", "the caller's name"),
    "phone": QT_TRANSLATE_NOOP("control", "the caller's phone"),
}

# What an event still lacks before it may close, in the order they are done: each its own message.
MSG_MISSING_RESULT = QT_TRANSLATE_NOOP(
    "errors", "Event {number} cannot close: record what was found on site first.")
MSG_MISSING_CALL = QT_TRANSLATE_NOOP(
    "errors", "Event {number} is a real fire: it cannot close until the call to 119 is recorded (time and the five items).")
MSG_MISSING_LINKAGE = QT_TRANSLATE_NOOP(
    "errors", "Event {number} is a real fire: it cannot close until linkage is confirmed in automatic.")
MSG_MISSING_PLAN = QT_TRANSLATE_NOOP(
    "errors", "Event {number} is a real fire: it cannot close until the fire plan is recorded as started.")
MSG_MISSING_MANAGER = QT_TRANSLATE_NOOP(
    "errors", "Event {number} is a real fire: it cannot close until the person responsible is notified (who, when).")


# -- checking what is typed -------------------------------------------------------------------------

_ADDRESS = re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-./:]*$")


def check_address(problems: Problems, value: str | None, field: str = "device_address") -> str:
    """A device address as the panel shows it (``1-023``, ``L2/015``), full-width digits folded,
    letters upper-cased; '' when none was typed."""
    text, p = check_text(fold_width(unicodedata.normalize("NFC", value or "")), field, max_len=ADDRESS_MAX)
    if p:
        problems.items.append(p)
        return ""
    text = text.replace(" ", "").upper()
    if text and not _ADDRESS.match(text):
        problems.add(field, MSG_ADDRESS_CHARS)
        return ""
    return text


def check_line(problems: Problems, value: str | None, field: str, max_len: int, *, required: bool = False) -> str:
    """One line of text (a place, a name of a system); problems noted under ``field``."""
    text, p = check_text(value, field, max_len=max_len, required=required)
    if p:
        problems.items.append(p)
    return text


def check_long(problems: Problems, value: str | None, field: str, *, required: bool = False) -> str:
    """A description or a note: several lines allowed."""
    text, p = check_text(value, field, max_len=TEXT_MAX, multiline=True, required=required)
    if p:
        problems.items.append(p)
    return text


def check_name(problems: Problems, value: str | None, field: str, *, required: bool = True) -> str:
    text, p = check_person_name(value, field, required=required)
    if p:
        problems.items.append(p)
    return text


def pick(problems: Problems, enum_type, value, field: str, message: str):
    """``value`` as a member of ``enum_type``; None (and a problem) if it is not one."""
    try:
        return enum_type(value)
    except ValueError:
        problems.add(field, message)
        return None


def received_time(problems: Problems, *, now: datetime, first_key_at: datetime | None,
                  received_at: datetime | None, reason: str,
                  show: Callable[[datetime], str] = str) -> tuple[datetime, str]:
    """When the event was received, and why it differs from the moment of the first key, if it does.

    The form takes the time on the first key; the operator may change it (an alarm noticed late, a
    call logged after it ended), but then says why.
    """
    taken = first_key_at if first_key_at is not None and now - RECEIVED_MAX_AGE <= first_key_at <= now + \
        FUTURE_SLACK else now
    when = received_at if received_at is not None else taken
    why = check_line(problems, reason, "received_reason", 200)
    if when > now + FUTURE_SLACK:
        problems.add("received_at", MSG_RECEIVED_FUTURE)
    elif when < now - RECEIVED_MAX_AGE:
        problems.add("received_at", MSG_RECEIVED_OLD, days=RECEIVED_MAX_AGE.days)
    elif abs(when - taken) > RECEIVED_SLACK and not why:
        problems.add("received_reason", MSG_RECEIVED_REASON, taken=show(taken))
    return when, (why if abs(when - taken) > RECEIVED_SLACK else "")


def step_time(problems: Problems, when: datetime | None, *, now: datetime, received_at: datetime,
              field: str, show: Callable[[datetime], str] = str) -> datetime:
    """The time of a step (dispatched, 119 called, …): now unless given; not future, not before the event."""
    at = now if when is None else when
    if at > now + FUTURE_SLACK:
        problems.add(field, MSG_TIME_FUTURE)
    elif at < received_at - RECEIVED_SLACK:
        problems.add(field, MSG_TIME_BEFORE, received=show(received_at))
    return at


@dataclass(frozen=True)
class FireCall:
    """The call to 119: when, and the five items said (the address, where it started, what is burning,
    how large, the caller's name and phone)."""

    address: str
    origin: str
    burning: str
    size: str
    caller: str
    phone: str
    at: datetime | None = None


def check_fire_call(problems: Problems, call: FireCall) -> FireCall:
    """Every one of the five items is required: 119 asks for each of them."""
    values = {}
    for item, max_len in (("address", 200), ("origin", 200), ("burning", 200), ("size", 200)):
        text, p = check_text(getattr(call, item), f"call_{item}", max_len=max_len)
        if p:
            problems.items.append(p)
        elif not text:
            problems.add(f"call_{item}", MSG_CALL_ITEM, item=CALL_ITEMS[item])
        values[item] = text
    caller, p = check_person_name(call.caller, "call_caller", required=False)
    if p:
        problems.items.append(p)
    elif not caller:
        problems.add("call_caller", MSG_CALL_ITEM, item=CALL_ITEMS["caller"])
    phone, p = check_text(fold_width(call.phone), "call_phone", max_len=20)
    phone = re.sub(r"[\s\-]", "", phone)
    if p:
        problems.items.append(p)
    elif not phone or not re.fullmatch(r"\+?[0-9]{3,20}", phone):
        problems.add("call_phone", MSG_CALL_ITEM, item=CALL_ITEMS["phone"])
    return FireCall(values["address"], values["origin"], values["burning"], values["size"], caller, phone, call.at)


def check_result(problems: Problems, result, cause) -> tuple[Result | None, Cause | None]:
    """A result, and a cause exactly when it is a false alarm."""
    r = pick(problems, Result, result, "result", MSG_RESULT)
    c = None
    if cause not in (None, ""):
        c = pick(problems, Cause, cause, "cause", MSG_CAUSE_REQUIRED)
    if r is Result.FALSE_ALARM and c is None and not problems:
        problems.add("cause", MSG_CAUSE_REQUIRED)
    if r is not None and r is not Result.FALSE_ALARM and c is not None:
        problems.add("cause", MSG_CAUSE_ONLY_FALSE)
    return r, c


def check_confirm_minutes(problems: Problems, minutes: int) -> None:
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= CONFIRM_MINUTES_MAX:
        problems.add("alarm_confirm_minutes", MSG_MINUTES, max=CONFIRM_MINUTES_MAX)


def check_detectors(problems: Problems, count: int) -> None:
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= DETECTORS_MAX:
        problems.add("detector_count", MSG_DETECTORS, max=DETECTORS_MAX)


# -- the rules of an event's life -------------------------------------------------------------------

@dataclass(frozen=True)
class EventFacts:
    """What the closing rule looks at."""

    kind: EventKind
    result: Result | None
    fire_call_at: datetime | None
    linkage_auto_at: datetime | None
    plan_started_at: datetime | None
    manager_notified_at: datetime | None
    closed_at: datetime | None


def missing_to_close(facts: EventFacts) -> tuple[str, ...]:
    """What must still be done before the event may close: a message for each (with {number}), in order.

    A fire alarm closes only with its result; a real fire only when 119 was called, linkage was
    confirmed in automatic, the plan was started and the person responsible notified.
    """
    missing: list[str] = []
    if facts.kind is EventKind.FIRE and facts.result is None:
        missing.append(MSG_MISSING_RESULT)
    if facts.result is Result.REAL_FIRE:
        if facts.fire_call_at is None:
            missing.append(MSG_MISSING_CALL)
        if facts.linkage_auto_at is None:
            missing.append(MSG_MISSING_LINKAGE)
        if facts.plan_started_at is None:
            missing.append(MSG_MISSING_PLAN)
        if facts.manager_notified_at is None:
            missing.append(MSG_MISSING_MANAGER)
    return tuple(missing)


def stage(facts: EventFacts, *, dispatched: bool) -> EventStage:
    if facts.closed_at is not None:
        return EventStage.CLOSED
    if facts.kind is EventKind.FIRE and facts.result is None:
        return EventStage.CONFIRMING if dispatched else EventStage.TO_DISPATCH
    if facts.result is Result.REAL_FIRE and missing_to_close(facts):
        return EventStage.FIRE_STEPS
    return EventStage.TO_CLOSE


def needs_confirming(kind: EventKind) -> bool:
    """A fire alarm is confirmed on site against the clock; other events as the operator sees fit."""
    return kind is EventKind.FIRE


def writes_fault(kind: EventKind, result: Result | None) -> bool:
    """Which events write a fault/repair record 故障维修记录: a fault reported by the panel, and a fire
    alarm found to be a false alarm or a fault (its cause is found and recorded, and repaired)."""
    return kind is EventKind.FAULT or result in (Result.FALSE_ALARM, Result.FAULT)


@dataclass(frozen=True)
class Countdown:
    """The confirmation countdown of a fire alarm at one moment."""

    seconds_left: int  # negative once overdue
    running: bool  # False once the result is in (or for an event with no countdown)

    @property
    def overdue(self) -> bool:
        return self.running and self.seconds_left < 0

    def text(self) -> str:
        """``2:41`` counting down, ``+0:12`` past due."""
        s = abs(self.seconds_left)
        return f"{'+' if self.seconds_left < 0 else ''}{s // 60}:{s % 60:02d}"


def countdown(now: datetime, due: datetime | None, result_at: datetime | None,
              closed_at: datetime | None = None) -> Countdown:
    if due is None or result_at is not None or closed_at is not None:
        return Countdown(0, False)
    return Countdown(int((due - now).total_seconds() // 1) if due >= now else -int((now - due).total_seconds()), True)


def fault_overdue(now: datetime, found_at: datetime, repaired_at: datetime | None) -> bool:
    """An open fault older than 24 hours is marked."""
    return repaired_at is None and now - found_at > FAULT_OVERDUE


def false_alarm_rate(false_alarms: int, detectors: int, days: int) -> float | None:
    """False alarms per 100 detectors per year (BS 5839-1's measure); None without a detector count."""
    if detectors <= 0 or days <= 0:
        return None
    return false_alarms * 100.0 / detectors * 365.0 / days
