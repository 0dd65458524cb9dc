"""Walk-in visits 来访 and guests into the estate 访客: purposes, outcomes, slip numbers, watchlist."""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from deskapp.domain.errors import QT_TRANSLATE_NOOP
from deskapp.domain.identity import tails_match
from deskapp.domain.search import MAX_RECORD_ID


class Purpose(enum.StrEnum):
    REPORT = "report"  # 报事
    REPAIR = "repair"  # 报修
    COMPLAINT = "complaint"  # 投诉
    SUGGESTION = "suggestion"  # 建议
    INQUIRY = "inquiry"  # 咨询
    CARD = "card"  # errand: access card
    PASS = "pass"  # errand: move-out pass
    RENOVATION = "renovation"
    PARKING = "parking"
    OTHER = "other"


PURPOSE_LABELS = {
    Purpose.REPORT: QT_TRANSLATE_NOOP("visits", "Report"),
    Purpose.REPAIR: QT_TRANSLATE_NOOP("visits", "Repair"),
    Purpose.COMPLAINT: QT_TRANSLATE_NOOP("visits", "Complaint"),
    Purpose.SUGGESTION: QT_TRANSLATE_NOOP("visits", "Suggestion"),
    Purpose.INQUIRY: QT_TRANSLATE_NOOP("visits", "Inquiry"),
    Purpose.CARD: QT_TRANSLATE_NOOP("visits", "Errand: access card"),
    Purpose.PASS: QT_TRANSLATE_NOOP("visits", "Errand: move-out pass"),
    Purpose.RENOVATION: QT_TRANSLATE_NOOP("visits", "Errand: renovation"),
    Purpose.PARKING: QT_TRANSLATE_NOOP("visits", "Errand: parking"),
    Purpose.OTHER: QT_TRANSLATE_NOOP("visits", "Errand: other"),
}


class Outcome(enum.StrEnum):
    RESOLVED = "resolved"  # 当场解决
    FOLLOW_UP = "follow_up"  # 需要跟进: becomes a request once requests exist


OUTCOME_LABELS = {
    Outcome.RESOLVED: QT_TRANSLATE_NOOP("visits", "Resolved on the spot"),
    Outcome.FOLLOW_UP: QT_TRANSLATE_NOOP("visits", "Follow-up needed"),
}

# The manual's reminders (2.7.1.5 (2)), shown beside the form, not filled in.
FIVE_ONES = ("一张笑脸", "一声问候", "一句请坐", "一杯热水", "一声慢走")
CLOSING_QUESTION = "×先生/女士，请问还有什么可以帮您的吗？"

# Expected stays offered at check-in, in minutes.
STAYS = (60, 120, 240, 480, 24 * 60)
MAX_PEOPLE = 50


def _check_digit(digits: str) -> int:
    """Luhn check digit: a mistyped digit or two swapped neighbours are caught."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def slip_number(guest_id: int) -> str:
    """``V`` + the record's id in 7 digits + a check digit: unique on every station by construction."""
    body = f"{guest_id:07d}"
    return f"V{body}{_check_digit(body)}"


_SLIP = re.compile(r"^V?([0-9]{7,19})([0-9])$")


def parse_slip_number(text: str) -> int | None:
    """The guest record id of a typed or scanned slip number; None if it is not one (or mistyped),
    or if it names an id no database can hold."""
    folded = unicodedata.normalize("NFKC", (text or "")[:64]).strip().upper().replace(" ", "").replace("-", "")
    m = _SLIP.match(folded)
    if not m or _check_digit(m[1]) != int(m[2]) or int(m[1]) > MAX_RECORD_ID:
        return None
    return int(m[1])


def slip_mistyped(text: str) -> bool:
    """Shaped like a slip number (V and 8 digits) but its check digit does not match: a digit was
    mistyped or two were swapped — not something else typed into the slip field."""
    folded = unicodedata.normalize("NFKC", (text or "")[:64]).strip().upper().replace(" ", "").replace("-", "")
    m = _SLIP.match(folded)
    return m is not None and _check_digit(m[1]) != int(m[2])


def fold_name(name: str) -> str:
    return "".join((name or "").split()).lower()


@dataclass(frozen=True)
class WatchEntry:
    """Someone not to be admitted: matched by name, phone or the last digits of an ID number."""

    id: int
    name: str
    phone: str | None
    id_last: str | None
    reason: str
    until: date | None

    def active_on(self, day: date) -> bool:
        return self.until is None or day <= self.until

    def matches(self, *, name: str, phone: str | None, id_last: str | None = None) -> bool:
        if self.name and fold_name(self.name) == fold_name(name):
            return True
        if self.phone and phone and self.phone == phone:
            return True
        return tails_match(self.id_last, id_last)  # the last four characters, on both sides
