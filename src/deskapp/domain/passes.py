"""Move-out passes 大件物品放行条 (manual 2.7.1.5 (7)): the pass's life, its number, its validity
window, its item lines, the owner's consent and the verdict at the gate.

issued → collected at the gate (the red copy 放行联 taken by the guard) → red copy returned to the desk
and filed; an issued pass can be refused at the gate (the load does not match: a new pass is needed)
or voided with a reason.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from deskapp.domain.errors import QT_TRANSLATE_NOOP, InvalidTransition, Problems
from deskapp.domain.numbers import NumberReading, ReadNumber, numbered, read_numbered
from deskapp.domain.text import check_text, fold_width


class PassState(enum.StrEnum):
    ISSUED = "issued"  # 已开具: the applicant holds the red copy
    COLLECTED = "collected"  # 已放行: the guard took the red copy at the gate
    RETURNED = "returned"  # 已归档: the red copy came back to the desk
    REFUSED = "refused"  # 拒绝放行: the load did not match; a new pass is needed
    VOID = "void"  # 作废


STATE_LABELS = {
    PassState.ISSUED: QT_TRANSLATE_NOOP("passes", "Issued"),
    PassState.COLLECTED: QT_TRANSLATE_NOOP("passes", "Collected at the gate"),
    PassState.RETURNED: QT_TRANSLATE_NOOP("passes", "Red copy filed"),
    PassState.REFUSED: QT_TRANSLATE_NOOP("passes", "Refused at the gate"),
    PassState.VOID: QT_TRANSLATE_NOOP("passes", "Void"),
}


class PassStep(enum.StrEnum):
    COLLECT = "collect"
    REFUSE = "refuse"
    RETURN_RED_COPY = "return_red_copy"
    VOID = "void"


S, T = PassState, PassStep
TRANSITIONS: dict[tuple[PassState, PassStep], PassState] = {
    (S.ISSUED, T.COLLECT): S.COLLECTED,
    (S.ISSUED, T.REFUSE): S.REFUSED,
    (S.COLLECTED, T.RETURN_RED_COPY): S.RETURNED,
    (S.ISSUED, T.VOID): S.VOID,
    (S.COLLECTED, T.VOID): S.VOID,  # a supervisor's decision only (see may_void)
}

MSG_TRANSITION = QT_TRANSLATE_NOOP("errors", "A pass that is “{state}” cannot be {step}.")
STEP_WORDS = {
    PassStep.COLLECT: QT_TRANSLATE_NOOP("passes", "collected"),
    PassStep.REFUSE: QT_TRANSLATE_NOOP("passes", "refused"),
    PassStep.RETURN_RED_COPY: QT_TRANSLATE_NOOP("passes", "checked in as returned"),
    PassStep.VOID: QT_TRANSLATE_NOOP("passes", "voided"),
}


def next_state(state: PassState, step: PassStep) -> PassState:
    """The state after ``step``; InvalidTransition (with a message for the user) if not allowed."""
    try:
        return TRANSITIONS[(state, step)]
    except KeyError:
        raise InvalidTransition(MSG_TRANSITION, state=state.value, step=step.value) from None


def allowed_steps(state: PassState) -> frozenset[PassStep]:
    return frozenset(step for (from_state, step) in TRANSITIONS if from_state is state)


def may_void(state: PassState, *, is_issuer: bool, is_supervisor: bool) -> bool:
    """A supervisor voids an issued or collected pass; the issuer only their own, before collection."""
    if (state, PassStep.VOID) not in TRANSITIONS:
        return False
    return is_supervisor or (is_issuer and state is PassState.ISSUED)


# -- the number -------------------------------------------------------------------------------------

PREFIX = "P"  # the guest slips' scheme (V…) with its own letter and the same check digit


def pass_number(pass_id: int) -> str:
    """``P`` + the record's id in 7 digits + a check digit (Luhn, as the guest slips): unique on every
    station because the database gives the id, and a mistyped or swapped digit is caught."""
    return numbered(PREFIX, pass_id)


def read_pass_number(text: str) -> ReadNumber:
    """What a typed or scanned pass number names: a record id, a mistyped number, or none at all."""
    return read_numbered(PREFIX, text)


# -- the validity window ----------------------------------------------------------------------------

DEFAULT_START = time(7, 0)
DEFAULT_END = time(20, 0)
DEFAULT_VALID_DAYS = 1  # valid the moving day only (a site setting)
MAX_VALID_DAYS = 7
MAX_DAYS_AHEAD = 60  # a pass is issued at most this long before the move

MSG_WINDOW_ORDER = QT_TRANSLATE_NOOP("errors", "The end of the time window must be after its start.")
MSG_WINDOW_PAST = QT_TRANSLATE_NOOP("errors", "The moving day is already past.")
MSG_WINDOW_AHEAD = QT_TRANSLATE_NOOP("errors", "The moving day is more than {days} days ahead.")
MSG_WINDOW_DAYS = QT_TRANSLATE_NOOP("errors", "A pass is valid for 1 to {days} days.")


@dataclass(frozen=True)
class Window:
    """When the goods may leave, in local time: from ``start`` on the moving day to ``end`` on its last."""

    valid_from: datetime
    valid_until: datetime


def make_window(problems: Problems, day: date, *, start: time = DEFAULT_START, end: time = DEFAULT_END,
                days: int = DEFAULT_VALID_DAYS, today: date) -> Window:
    """The window of a pass for a move on ``day`` (valid ``days`` days); problems noted under ``window``."""
    if not 1 <= days <= MAX_VALID_DAYS:
        problems.add("window", MSG_WINDOW_DAYS, days=MAX_VALID_DAYS)
        days = 1
    window = Window(datetime.combine(day, start), datetime.combine(day + timedelta(days=days - 1), end))
    if window.valid_until <= window.valid_from:
        problems.add("window", MSG_WINDOW_ORDER)
    if day < today:
        problems.add("moving_day", MSG_WINDOW_PAST)
    elif (day - today).days > MAX_DAYS_AHEAD:
        problems.add("moving_day", MSG_WINDOW_AHEAD, days=MAX_DAYS_AHEAD)
    return window


# -- the items --------------------------------------------------------------------------------------

# Measure words 量词 offered for an item line (printouts are in Chinese; stored as written here).
ITEM_UNITS = ("件", "箱", "台", "套", "个", "包", "张", "把", "袋", "组", "辆")
MAX_QUANTITY = 999
MAX_ITEMS = 40
ITEM_NAME_MAX = 40

MSG_ITEMS_NONE = QT_TRANSLATE_NOOP("errors", "List at least one item that leaves the estate.")
MSG_ITEMS_MANY = QT_TRANSLATE_NOOP("errors", "A pass lists at most {max} item lines; issue a second pass.")
MSG_ITEM_NAME = QT_TRANSLATE_NOOP("errors", "Item line {line}: name the item.")
MSG_ITEM_QUANTITY = QT_TRANSLATE_NOOP("errors", "Item line {line}: the quantity is a whole number from 1 to {max}.")
MSG_ITEM_UNIT = QT_TRANSLATE_NOOP("errors", "Item line {line}: choose a unit (件, 箱, 台, …).")


@dataclass(frozen=True)
class ItemLine:
    name: str
    quantity: int
    unit: str


def check_items(problems: Problems, lines: list[ItemLine] | tuple[ItemLine, ...]) -> tuple[ItemLine, ...]:
    """The item lines cleaned (blank lines dropped); problems noted under ``items``."""
    given = [line for line in lines if (line.name or "").strip() or line.quantity]
    if not given:
        problems.add("items", MSG_ITEMS_NONE)
        return ()
    if len(given) > MAX_ITEMS:
        problems.add("items", MSG_ITEMS_MANY, max=MAX_ITEMS)
        return ()
    clean: list[ItemLine] = []
    for n, line in enumerate(given, start=1):
        name, problem = check_text(line.name, "items", required=True, max_len=ITEM_NAME_MAX)
        if problem or not name:
            problems.add("items", MSG_ITEM_NAME, line=n)
        quantity = line.quantity
        if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= MAX_QUANTITY:
            problems.add("items", MSG_ITEM_QUANTITY, line=n, max=MAX_QUANTITY)
        if line.unit not in ITEM_UNITS:
            problems.add("items", MSG_ITEM_UNIT, line=n)
        clean.append(ItemLine(name, quantity, line.unit))
    return tuple(clean)


DEFAULT_ITEM_UNIT = "件"
_ITEM_LINE = re.compile(r"^(?P<name>.*?)[\s×xX*]*(?P<quantity>[0-9]+)\s*(?P<unit>[^\s0-9]{0,4})\s*$")


def read_item_lines(text: str) -> list[ItemLine]:
    """The items as the desk types them, one per line — "双人床 1 张", "纸箱×12箱", "电视机 2 台", "书桌 1"
    (no measure word: 件). A line without a quantity keeps quantity 0 and a measure word not in
    ``ITEM_UNITS`` is kept as typed, so :func:`check_items` names the line that is wrong."""
    lines: list[ItemLine] = []
    for raw in (text or "").splitlines():
        line = fold_width(raw).strip()
        if not line:
            continue
        found = _ITEM_LINE.match(line)
        if found is None or not found["name"].strip():
            lines.append(ItemLine(line, 0, DEFAULT_ITEM_UNIT))
            continue
        quantity = found["quantity"]
        lines.append(ItemLine(found["name"].strip(), int(quantity) if len(quantity) <= 6 else MAX_QUANTITY + 1,
                              found["unit"] or DEFAULT_ITEM_UNIT))
    return lines


def item_lines_text(items) -> str:
    """Item lines written back the way :func:`read_item_lines` reads them."""
    return "\n".join(f"{i.name} {i.quantity} {i.unit}" for i in items)


# -- an arrears hold ------------------------------------------------------------------------------

MSG_ARREARS_TOLD = QT_TRANSLATE_NOOP(
    "errors", "This unit has an arrears hold: confirm the owner was told before issuing the pass.")


def check_arrears(problems: Problems, *, has_arrears_hold: bool, owner_told: bool) -> None:
    """An arrears hold 欠费 does not stop a pass, but the receptionist confirms the owner was told."""
    if has_arrears_hold and not owner_told:
        problems.add("arrears_told", MSG_ARREARS_TOLD)


# -- the gate's verdict -----------------------------------------------------------------------------

class Verdict(enum.StrEnum):
    VALID = "valid"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    VOID = "void"
    COLLECTED = "collected"  # already collected (when, where, by whom: the service says)
    REFUSED = "refused"  # refused at the gate before: a new pass is needed
    UNKNOWN = "unknown"
    MISTYPED = "mistyped"

    @property
    def release(self) -> bool:
        return self is Verdict.VALID


VERDICT_LABELS = {
    Verdict.VALID: QT_TRANSLATE_NOOP("passes", "VALID"),
    Verdict.EXPIRED: QT_TRANSLATE_NOOP("passes", "REFUSED: expired (outside its time window)"),
    Verdict.NOT_YET_VALID: QT_TRANSLATE_NOOP("passes", "REFUSED: not yet valid"),
    Verdict.VOID: QT_TRANSLATE_NOOP("passes", "REFUSED: void"),
    Verdict.COLLECTED: QT_TRANSLATE_NOOP("passes", "REFUSED: already collected"),
    Verdict.REFUSED: QT_TRANSLATE_NOOP("passes", "REFUSED: refused at the gate before; a new pass is needed"),
    Verdict.UNKNOWN: QT_TRANSLATE_NOOP("passes", "REFUSED: unknown number"),
    Verdict.MISTYPED: QT_TRANSLATE_NOOP("passes", "REFUSED: mistyped number, type it again"),
}


def verdict(state: PassState, window: Window, now: datetime) -> Verdict:
    """What the gate is told for a pass found in ``state`` at ``now`` (window and now in one zone)."""
    if state is PassState.VOID:
        return Verdict.VOID
    if state in (PassState.COLLECTED, PassState.RETURNED):
        return Verdict.COLLECTED
    if state is PassState.REFUSED:
        return Verdict.REFUSED
    if now < window.valid_from:
        return Verdict.NOT_YET_VALID
    if now > window.valid_until:
        return Verdict.EXPIRED
    return Verdict.VALID


def verdict_of_reading(reading: NumberReading) -> Verdict | None:
    """The verdict of a number that names no record: mistyped or unknown; None for a readable one."""
    if reading is NumberReading.MISTYPED:
        return Verdict.MISTYPED
    if reading is NumberReading.NOT_A_NUMBER:
        return Verdict.UNKNOWN
    return None
