"""Access cards 业户卡 (manual 2.7.1.5 (5)): the application's eight steps in their order, the card's own
life once authorised (lost 挂失, found 解挂, replaced 补卡, returned 退卡, expired), the card number, the
receipt 办卡回执 number, payment and the signature drawn at collection.

The application: requirements told and ticked → identity checked → owner's consent (a non-owner only)
→ registered (the receipt printed) → paid or exempt → authorised (the card number) → notified →
collected (the receipt taken back, the applicant's signature). A step asked for out of order is refused
naming the step that is missing. Cancelled with a reason at any step before collection.
"""

from __future__ import annotations

import enum
import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from deskapp.domain.errors import QT_TRANSLATE_NOOP, InvalidTransition, Problems
from deskapp.domain.numbers import ReadNumber, numbered, read_numbered

# -- the application ---------------------------------------------------------------------------------


class Step(enum.StrEnum):
    """The steps of an application, in the manual's order (a to g, the receipt printed at d)."""

    REQUIREMENTS = "requirements"  # a) requirements told, the checklist ticked
    IDENTITY = "identity"  # b) the applicant's ID checked, belonging to the unit confirmed
    CONSENT = "consent"  # c) a non-owner: the owner's consent
    REGISTER = "register"  # d) registered, the receipt 办卡回执 with the pick-up time
    PAY = "pay"  # e) paid at the cashier, or exempt
    AUTHORISE = "authorise"  # f) the card number authorised on the door system
    NOTIFY = "notify"  # f) the applicant told to collect it
    COLLECT = "collect"  # g) signed for, the receipt taken back


STEPS: tuple[Step, ...] = tuple(Step)

STEP_LABELS = {
    Step.REQUIREMENTS: QT_TRANSLATE_NOOP("cards", "Requirements told"),
    Step.IDENTITY: QT_TRANSLATE_NOOP("cards", "Identity checked"),
    Step.CONSENT: QT_TRANSLATE_NOOP("cards", "Owner's consent"),
    Step.REGISTER: QT_TRANSLATE_NOOP("cards", "Registered, receipt printed"),
    Step.PAY: QT_TRANSLATE_NOOP("cards", "Paid or exempt"),
    Step.AUTHORISE: QT_TRANSLATE_NOOP("cards", "Card authorised"),
    Step.NOTIFY: QT_TRANSLATE_NOOP("cards", "Applicant notified"),
    Step.COLLECT: QT_TRANSLATE_NOOP("cards", "Collected and signed for"),
}
# On printouts (Chinese).
STEP_WORDS = {Step.REQUIREMENTS: "告知须知", Step.IDENTITY: "核验身份", Step.CONSENT: "业主同意",
              Step.REGISTER: "登记开回执", Step.PAY: "缴费", Step.AUTHORISE: "授权", Step.NOTIFY: "通知取卡",
              Step.COLLECT: "签收"}


class AppState(enum.StrEnum):
    """Where an application is: the last step done, or cancelled."""

    REQUIREMENTS = "requirements"
    IDENTITY = "identity"
    CONSENT = "consent"
    REGISTER = "register"
    PAY = "pay"
    AUTHORISE = "authorise"
    NOTIFY = "notify"
    COLLECT = "collect"  # done: the card is in the applicant's hands
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self not in (AppState.COLLECT, AppState.CANCELLED)


APP_STATE_LABELS = {
    AppState.REQUIREMENTS: QT_TRANSLATE_NOOP("cards", "Requirements told"),
    AppState.IDENTITY: QT_TRANSLATE_NOOP("cards", "Identity checked"),
    AppState.CONSENT: QT_TRANSLATE_NOOP("cards", "Owner's consent recorded"),
    AppState.REGISTER: QT_TRANSLATE_NOOP("cards", "Registered, awaiting payment"),
    AppState.PAY: QT_TRANSLATE_NOOP("cards", "Paid, awaiting authorisation"),
    AppState.AUTHORISE: QT_TRANSLATE_NOOP("cards", "Authorised, applicant to be told"),
    AppState.NOTIFY: QT_TRANSLATE_NOOP("cards", "Ready to collect"),
    AppState.COLLECT: QT_TRANSLATE_NOOP("cards", "Collected"),
    AppState.CANCELLED: QT_TRANSLATE_NOOP("cards", "Cancelled"),
}

MSG_STEP_MISSING = QT_TRANSLATE_NOOP(
    "errors", "Application {number}: “{missing}” must be done first. Nothing was changed.")
MSG_STEP_DONE = QT_TRANSLATE_NOOP(
    "errors", "Application {number}: “{step}” was already done by {name} at {time}. Nothing was changed.")
MSG_STEP_ALREADY = QT_TRANSLATE_NOOP("errors", "Application {number}: “{step}” is done already. Nothing was changed.")
MSG_STEP_NOT_NEEDED = QT_TRANSLATE_NOOP(
    "errors", "Application {number}: the applicant is an owner of the unit; no consent is needed.")
MSG_RECEIPT_NOT_PRINTED = QT_TRANSLATE_NOOP(
    "errors", "Application {number}: print the receipt for the applicant first (it is taken back at collection). "
              "Nothing was changed.")
MSG_APP_CANCELLED = QT_TRANSLATE_NOOP(
    "errors", "Application {number} was cancelled by {name} at {time}: {reason}. Nothing was changed.")
MSG_APP_CLOSED = QT_TRANSLATE_NOOP("errors", "Application {number} was cancelled. Nothing was changed.")
MSG_APP_COLLECTED = QT_TRANSLATE_NOOP(
    "errors", "Application {number} is complete: the card was collected. Nothing was changed.")


def steps_for(needs_consent: bool) -> tuple[Step, ...]:
    """The steps an application goes through: the consent only for a non-owner."""
    return tuple(s for s in STEPS if needs_consent or s is not Step.CONSENT)


def next_step(state: AppState, needs_consent: bool) -> Step | None:
    """The step that comes next after ``state``; None when done or cancelled."""
    if not state.is_open:
        return None
    steps = steps_for(needs_consent)
    done = steps.index(Step(state.value))
    return steps[done + 1] if done + 1 < len(steps) else None


class Refusal(enum.StrEnum):
    MISSING = "missing"  # an earlier step is not done
    DONE = "done"  # this step is done already
    NOT_NEEDED = "not_needed"  # the consent of an owner's application
    CLOSED = "closed"  # cancelled or collected


@dataclass(frozen=True)
class StepCheck:
    """Whether ``step`` may be done now; if not, why, and which step is missing."""

    refusal: Refusal | None
    missing: Step | None = None


def check_step(state: AppState, step: Step, needs_consent: bool) -> StepCheck:
    """May ``step`` be done on an application in ``state``? The services raise from the answer."""
    if not state.is_open:
        return StepCheck(Refusal.CLOSED)
    if step is Step.CONSENT and not needs_consent:
        return StepCheck(Refusal.NOT_NEEDED)
    steps = steps_for(needs_consent)
    wanted = next_step(state, needs_consent)
    if wanted is step:
        return StepCheck(None)
    if steps.index(step) < steps.index(Step(state.value)) + 1:
        return StepCheck(Refusal.DONE)
    return StepCheck(Refusal.MISSING, wanted)


def require_step(state: AppState, step: Step, needs_consent: bool, *, number: str) -> None:
    """Raise InvalidTransition naming the missing step (or saying it is done, or not needed)."""
    found = check_step(state, step, needs_consent)
    if found.refusal is None:
        return
    if found.refusal is Refusal.MISSING:
        assert found.missing is not None
        raise InvalidTransition(MSG_STEP_MISSING, number=number, missing=STEP_LABELS[found.missing],
                                missing_step=found.missing.value)
    if found.refusal is Refusal.NOT_NEEDED:
        raise InvalidTransition(MSG_STEP_NOT_NEEDED, number=number)
    if found.refusal is Refusal.DONE:  # the service says by whom and when
        raise InvalidTransition(MSG_STEP_ALREADY, number=number, step=STEP_LABELS[step])
    raise InvalidTransition(MSG_APP_COLLECTED if state is AppState.COLLECT else MSG_APP_CLOSED, number=number)


# -- the checklist of requirements ----------------------------------------------------------------------

DEFAULT_REQUIREMENTS: tuple[str, ...] = (
    "申请人有效身份证件原件",
    "房产证明或租赁合同",
    "非业主申请：业主书面委托或业主到场/电话确认",
    "办卡费用（现金、微信、支付宝或银行卡）",
)
REQUIREMENT_MAX = 60
REQUIREMENTS_MAX = 12

MSG_REQUIREMENTS_COUNT = QT_TRANSLATE_NOOP("errors", "Give 1 to {max} requirements, one per line.")
MSG_REQUIREMENTS_ALL = QT_TRANSLATE_NOOP(
    "errors", "Tell the applicant every requirement and tick each one ({missing} not ticked).")


def check_requirements(problems: Problems, ticked: list[str] | tuple[str, ...],
                       checklist: tuple[str, ...]) -> tuple[str, ...]:
    """Every line of the site's checklist must be ticked (told to the applicant); extra ticks are ignored."""
    given = set(ticked or ())
    missing = [line for line in checklist if line not in given]
    if missing:
        problems.add("requirements", MSG_REQUIREMENTS_ALL, missing=len(missing))
    return tuple(line for line in checklist if line in given)


# -- card types, payment, notification ------------------------------------------------------------------

class CardType(enum.StrEnum):
    RESIDENT = "resident"  # 业户卡: no end date
    TEMPORARY = "temporary"  # 临时卡: valid until a date (a tenant's lease, a nanny's contract)


CARD_TYPE_LABELS = {
    CardType.RESIDENT: QT_TRANSLATE_NOOP("cards", "Resident card"),
    CardType.TEMPORARY: QT_TRANSLATE_NOOP("cards", "Temporary card"),
}
CARD_TYPE_WORDS = {CardType.RESIDENT: "业户卡", CardType.TEMPORARY: "临时卡"}
MAX_TEMPORARY_DAYS = 366 * 2


class PayMethod(enum.StrEnum):
    CASH = "cash"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    BANK_CARD = "bank_card"


PAY_METHOD_LABELS = {
    PayMethod.CASH: QT_TRANSLATE_NOOP("cards", "Cash"),
    PayMethod.WECHAT: QT_TRANSLATE_NOOP("cards", "WeChat Pay"),
    PayMethod.ALIPAY: QT_TRANSLATE_NOOP("cards", "Alipay"),
    PayMethod.BANK_CARD: QT_TRANSLATE_NOOP("cards", "Bank card"),
}
PAY_METHOD_WORDS = {PayMethod.CASH: "现金", PayMethod.WECHAT: "微信", PayMethod.ALIPAY: "支付宝",
                    PayMethod.BANK_CARD: "银行卡"}


class NotifyMethod(enum.StrEnum):
    PHONE = "phone"
    SMS = "sms"
    WECHAT = "wechat"
    IN_PERSON = "in_person"


NOTIFY_LABELS = {
    NotifyMethod.PHONE: QT_TRANSLATE_NOOP("cards", "Phone call"),
    NotifyMethod.SMS: QT_TRANSLATE_NOOP("cards", "Text message"),
    NotifyMethod.WECHAT: QT_TRANSLATE_NOOP("cards", "WeChat"),
    NotifyMethod.IN_PERSON: QT_TRANSLATE_NOOP("cards", "In person"),
}
NOTIFY_WORDS = {NotifyMethod.PHONE: "电话", NotifyMethod.SMS: "短信", NotifyMethod.WECHAT: "微信",
                NotifyMethod.IN_PERSON: "当面"}

MAX_FEE_CENTS = 100_000_00  # ¥100,000: anything above is a typing slip
MSG_MONEY = QT_TRANSLATE_NOOP("errors", "Enter an amount in yuan from 0 to 100000, at most two decimals (e.g. 20 or 20.50).")
MSG_MONEY_ZERO = QT_TRANSLATE_NOOP("errors", "A payment is more than ¥0; for no charge, record it as exempt with a reason.")


def read_money(problems: Problems, text: str | int | float | Decimal | None, field: str) -> int:
    """Yuan as typed (``20``, ``20.5``, ``２０．００``, ``¥20``) → cents; problems under ``field``."""
    if isinstance(text, bool):
        problems.add(field, MSG_MONEY)
        return 0
    if isinstance(text, float) and not math.isfinite(text):
        problems.add(field, MSG_MONEY)
        return 0
    raw = unicodedata.normalize("NFKC", str(text if text is not None else ""))[:40].strip()
    raw = raw.removeprefix("¥").removeprefix("￥").removesuffix("元").replace(",", "").strip()
    if not re.fullmatch(r"[0-9]{1,7}(\.[0-9]{1,2})?", raw):
        problems.add(field, MSG_MONEY)
        return 0
    try:
        cents = int((Decimal(raw) * 100).to_integral_value())
    except InvalidOperation:
        problems.add(field, MSG_MONEY)
        return 0
    if not 0 <= cents <= MAX_FEE_CENTS:
        problems.add(field, MSG_MONEY)
        return 0
    return cents


def yuan(cents: int | None) -> str:
    """``2000`` → ``¥20.00``."""
    return f"¥{(cents or 0) / 100:,.2f}"


# -- the card number ------------------------------------------------------------------------------------

CARD_NO_MIN, CARD_NO_MAX = 4, 20
MSG_CARD_NO = QT_TRANSLATE_NOOP(
    "errors", "A card number is 4 to 20 letters and digits, as printed on the card or read by the reader.")
_CARD_NO = re.compile(rf"^[A-Z0-9]{{{CARD_NO_MIN},{CARD_NO_MAX}}}$")
_CARD_SEPARATORS = re.compile(r"[\s\-_.:]+")


def fold_card_no(text: str | None) -> str:
    """As typed or scanned (full-width, spaces, dashes, lower case) → the stored form."""
    return _CARD_SEPARATORS.sub("", unicodedata.normalize("NFKC", (text or "")[:200])).upper()


def read_card_no(problems: Problems, text: str | None, field: str = "card_no") -> str:
    """The card number, folded and checked; problems under ``field``."""
    number = fold_card_no(text)
    if not _CARD_NO.match(number):
        problems.add(field, MSG_CARD_NO)
        return ""
    return number


# -- the card's life ------------------------------------------------------------------------------------

class CardState(enum.StrEnum):
    ACTIVE = "active"  # 正常: opens the doors
    LOST = "lost"  # 挂失: deactivated at once; may be found again
    REPLACED = "replaced"  # 已补卡: a new card took its place; stays deactivated
    RETURNED = "returned"  # 已退卡: handed back (move-out)
    EXPIRED = "expired"  # a temporary card past its date

    @property
    def live(self) -> bool:
        """A live card holds its number: no other card may be authorised with it."""
        return self in (CardState.ACTIVE, CardState.LOST)

    @property
    def opens_doors(self) -> bool:
        return self is CardState.ACTIVE


CARD_STATE_LABELS = {
    CardState.ACTIVE: QT_TRANSLATE_NOOP("cards", "Active"),
    CardState.LOST: QT_TRANSLATE_NOOP("cards", "Reported lost (deactivated)"),
    CardState.REPLACED: QT_TRANSLATE_NOOP("cards", "Replaced (deactivated)"),
    CardState.RETURNED: QT_TRANSLATE_NOOP("cards", "Returned"),
    CardState.EXPIRED: QT_TRANSLATE_NOOP("cards", "Expired"),
}
CARD_STATE_WORDS = {CardState.ACTIVE: "正常", CardState.LOST: "挂失", CardState.REPLACED: "已补卡",
                    CardState.RETURNED: "已退卡", CardState.EXPIRED: "已过期"}


class CardEvent(enum.StrEnum):
    AUTHORISED = "authorised"  # 授权
    LOST = "lost"  # 挂失
    FOUND = "found"  # 解挂
    REPLACED = "replaced"  # 补卡: on the old card (the new card's AUTHORISED names it)
    RETURNED = "returned"  # 退卡
    EXPIRED = "expired"  # 到期


EVENT_LABELS = {
    CardEvent.AUTHORISED: QT_TRANSLATE_NOOP("cards", "Authorised"),
    CardEvent.LOST: QT_TRANSLATE_NOOP("cards", "Reported lost"),
    CardEvent.FOUND: QT_TRANSLATE_NOOP("cards", "Found again"),
    CardEvent.REPLACED: QT_TRANSLATE_NOOP("cards", "Replaced"),
    CardEvent.RETURNED: QT_TRANSLATE_NOOP("cards", "Returned"),
    CardEvent.EXPIRED: QT_TRANSLATE_NOOP("cards", "Expired"),
}
EVENT_WORDS = {CardEvent.AUTHORISED: "授权", CardEvent.LOST: "挂失", CardEvent.FOUND: "解挂",
               CardEvent.REPLACED: "补卡", CardEvent.RETURNED: "退卡", CardEvent.EXPIRED: "过期"}
# What the door controllers must be told: these events take a card off the doors.
DEACTIVATING = frozenset({CardEvent.LOST, CardEvent.REPLACED, CardEvent.RETURNED, CardEvent.EXPIRED})

CARD_MOVES: dict[tuple[CardState, CardEvent], CardState] = {
    (CardState.ACTIVE, CardEvent.LOST): CardState.LOST,
    (CardState.LOST, CardEvent.FOUND): CardState.ACTIVE,
    (CardState.ACTIVE, CardEvent.REPLACED): CardState.REPLACED,  # damaged: replaced without being lost
    (CardState.LOST, CardEvent.REPLACED): CardState.REPLACED,
    (CardState.ACTIVE, CardEvent.RETURNED): CardState.RETURNED,
    (CardState.LOST, CardEvent.RETURNED): CardState.RETURNED,  # found at move-out and handed in
    (CardState.ACTIVE, CardEvent.EXPIRED): CardState.EXPIRED,
    (CardState.LOST, CardEvent.EXPIRED): CardState.EXPIRED,
}

MSG_CARD_MOVE = QT_TRANSLATE_NOOP("errors", "Card {card_no} is “{state}”: it cannot be {event}. Nothing was changed.")
CARD_EVENT_WORDS = {
    CardEvent.LOST: QT_TRANSLATE_NOOP("cards", "reported lost"),
    CardEvent.FOUND: QT_TRANSLATE_NOOP("cards", "marked found"),
    CardEvent.REPLACED: QT_TRANSLATE_NOOP("cards", "replaced"),
    CardEvent.RETURNED: QT_TRANSLATE_NOOP("cards", "returned"),
    CardEvent.EXPIRED: QT_TRANSLATE_NOOP("cards", "expired"),
    CardEvent.AUTHORISED: QT_TRANSLATE_NOOP("cards", "authorised"),
}


def card_after(state: CardState, event: CardEvent, *, card_no: str) -> CardState:
    """The card's state after ``event``; InvalidTransition saying what the card is now."""
    try:
        return CARD_MOVES[(state, event)]
    except KeyError:
        raise InvalidTransition(MSG_CARD_MOVE, card_no=card_no, state=CARD_STATE_LABELS[state],
                                event=CARD_EVENT_WORDS[event]) from None


# -- the receipt's number ----------------------------------------------------------------------------

RECEIPT_PREFIX = "K"  # 卡: the pass's scheme with its own letter


def receipt_number(application_id: int) -> str:
    """The receipt 办卡回执's number: ``K`` + the application's id + a check digit; also its QR code."""
    return numbered(RECEIPT_PREFIX, application_id)


def read_receipt_number(text: str) -> ReadNumber:
    return read_numbered(RECEIPT_PREFIX, text)


# -- the signature ----------------------------------------------------------------------------------------

SIGNATURE_SIZE = 1000  # points are stored in a 1000 × 400 box whatever the pad's size on screen
SIGNATURE_HEIGHT = 400
SIGNATURE_MAX_CHARS = 30_000
MIN_SIGNATURE_POINTS = 8
MSG_SIGNATURE_EMPTY = QT_TRANSLATE_NOOP("errors", "The applicant has not signed: ask them to sign in the box.")
MSG_SIGNATURE_BAD = QT_TRANSLATE_NOOP("errors", "The signature could not be read; clear it and sign again.")

Stroke = tuple[tuple[int, int], ...]


def encode_signature(strokes: list[list[tuple[float, float]]] | tuple[Stroke, ...], width: float = SIGNATURE_SIZE,
                     height: float = SIGNATURE_HEIGHT) -> str:
    """Pen strokes (points in a ``width`` × ``height`` pad) as stored: ``x,y x,y;x,y …`` in the 1000 × 400 box."""
    sx, sy = SIGNATURE_SIZE / max(width, 1), SIGNATURE_HEIGHT / max(height, 1)
    parts = []
    for stroke in strokes:
        pts = [(min(SIGNATURE_SIZE, max(0, round(x * sx))), min(SIGNATURE_HEIGHT, max(0, round(y * sy))))
               for x, y in stroke]
        if pts:
            parts.append(" ".join(f"{x},{y}" for x, y in pts))
    return ";".join(parts)


def decode_signature(text: str | None) -> tuple[Stroke, ...]:
    """The stored strokes; ValueError for text that is not a signature."""
    strokes: list[Stroke] = []
    for part in (text or "").split(";"):
        if not part.strip():
            continue
        pts = []
        for pair in part.split():
            x, _, y = pair.partition(",")
            if not (x.isascii() and x.isdigit() and y.isascii() and y.isdigit()):
                raise ValueError("not a signature")
            xi, yi = int(x), int(y)
            if xi > SIGNATURE_SIZE or yi > SIGNATURE_HEIGHT:
                raise ValueError("outside the box")
            pts.append((xi, yi))
        strokes.append(tuple(pts))
    return tuple(strokes)


def check_signature(problems: Problems, text: str | None, field: str = "signature") -> str:
    """A signature as stored, checked: readable, not too long, and more than a dot."""
    if not text or len(text) > SIGNATURE_MAX_CHARS:
        problems.add(field, MSG_SIGNATURE_EMPTY if not text else MSG_SIGNATURE_BAD)
        return ""
    try:
        strokes = decode_signature(text)
    except ValueError:
        problems.add(field, MSG_SIGNATURE_BAD)
        return ""
    points = sum(len(s) for s in strokes)
    xs = [x for s in strokes for x, _ in s]
    if points < MIN_SIGNATURE_POINTS or max(xs) - min(xs) < 20:
        problems.add(field, MSG_SIGNATURE_EMPTY)
        return ""
    return ";".join(" ".join(f"{x},{y}" for x, y in s) for s in strokes)


# -- the per-unit limit ---------------------------------------------------------------------------------

DEFAULT_LIMIT = 4
MAX_LIMIT = 50
MSG_LIMIT = QT_TRANSLATE_NOOP(
    "errors", "Unit {room} already has {count} live cards and applications (the limit is {limit}): "
              "a supervisor may override it with a reason.")
