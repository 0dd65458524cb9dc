"""Identity documents 证件 and the personal numbers the desk sees: one set of rules for guests now, and
for move-out passes and access cards later.

A full ID number is checked here and then dropped: what is kept, shown, logged or printed is its
masked form (``4403**********1234``) or its last few characters. A phone number shown to someone whose
task does not need it is masked too (``139****5678``).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from deskapp.domain.errors import QT_TRANSLATE_NOOP, ValidationError


class IdType(enum.StrEnum):
    RESIDENT_ID = "resident_id"  # 居民身份证
    HK_MACAO_PERMIT = "hk_macao_permit"  # 港澳居民来往内地通行证 (回乡证)
    TAIWAN_PERMIT = "taiwan_permit"  # 台湾居民来往大陆通行证 (台胞证)
    PASSPORT = "passport"  # 护照
    OTHER = "other"  # 其他


ID_TYPE_LABELS = {
    IdType.RESIDENT_ID: QT_TRANSLATE_NOOP("identity", "Resident ID card"),
    IdType.HK_MACAO_PERMIT: QT_TRANSLATE_NOOP("identity", "Mainland travel permit (Hong Kong / Macao)"),
    IdType.TAIWAN_PERMIT: QT_TRANSLATE_NOOP("identity", "Mainland travel permit (Taiwan)"),
    IdType.PASSPORT: QT_TRANSLATE_NOOP("identity", "Passport"),
    IdType.OTHER: QT_TRANSLATE_NOOP("identity", "Other"),
}

# The document's name as printed on a receipt or a pass (printouts are in Chinese).
ID_TYPE_WORDS = {
    IdType.RESIDENT_ID: "居民身份证",
    IdType.HK_MACAO_PERMIT: "港澳居民来往内地通行证",
    IdType.TAIWAN_PERMIT: "台湾居民来往大陆通行证",
    IdType.PASSPORT: "护照",
    IdType.OTHER: "其他",
}

MSG_ID_FORMAT = QT_TRANSLATE_NOOP(
    "errors", "A resident ID number has 18 characters: 17 digits, then a digit or X.")
MSG_ID_REGION = QT_TRANSLATE_NOOP(
    "errors", "This ID number does not start with a region of China (its first six digits).")
MSG_ID_BIRTH = QT_TRANSLATE_NOOP("errors", "The birth date in this ID number (digits 7 to 14) is not a real date.")
MSG_ID_BIRTH_FUTURE = QT_TRANSLATE_NOOP("errors", "The birth date in this ID number is in the future.")
MSG_ID_BIRTH_OLD = QT_TRANSLATE_NOOP(
    "errors", "The birth date in this ID number is more than {years} years ago.")
MSG_ID_CHECK = QT_TRANSLATE_NOOP(
    "errors", "This ID number's last character does not fit the others (check digit): a character was mistyped.")
MSG_ID_TAIL = QT_TRANSLATE_NOOP(
    "errors", "Give the full 18-character resident ID number, or only the last 4 to 6 characters of an ID.")
MSG_ID_DOCUMENT = QT_TRANSLATE_NOOP(
    "errors", "This is not a number of that kind of document (letters and digits, as printed on it).")

MAX_AGE_YEARS = 130
TAIL_KEPT = 6  # a full ID number given where only its end is wanted: the last six characters are kept
MATCH_LENGTH = 4  # the do-not-admit list compares the last four characters, on both sides

# The provinces (省级行政区) an 18-character number can start with: 11–15 North, 21–23 North-east,
# 31–37 East, 41–46 Centre-south, 50–54 South-west, 61–65 North-west, 71 Taiwan, 81/82 Hong Kong and
# Macao (residence permits), 83 Taiwan (residence permits).
PROVINCES = frozenset({11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
                       50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83})
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)  # GB 11643-1999, ISO 7064 MOD 11-2
_CHECK = "10X98765432"
_SHAPE = re.compile(r"^\d{17}[\dX]$")
_SEPARATORS = re.compile(r"[\s\-_./]+")
_DOCUMENT = re.compile(r"^[A-Z0-9]{5,20}$")
_TAIL = re.compile(r"^[A-Z0-9]{4,6}$")
# An 18-character resident ID number inside longer text (a log line): not part of a longer number.
_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{16}[\dXx](?![0-9A-Za-z])")


def fold_id_text(text: str) -> str:
    """What was typed or pasted, as the number: full-width folded, spaces and dashes gone, upper case."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text or "")).upper()


def check_digit(first17: str) -> str:
    """The 18th character of a resident ID number for its first 17 digits (GB 11643)."""
    return _CHECK[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def mask_id(number: str) -> str:
    """``440304199001011234`` → ``4403**********1234``: the region and the last four characters."""
    n = len(number)
    if n > 8:
        return number[:4] + "*" * (n - 8) + number[-4:]
    return "*" * max(0, n - 4) + number[-4:]


def mask_phone(digits: str | None) -> str:
    """``13912345678`` → ``139****5678``: enough to recognise the number, not to call it."""
    if not digits:
        return ""
    if len(digits) <= 7:
        return digits[:2] + "*" * max(0, len(digits) - 4) + digits[-2:]
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def mask_ids_in(text: str) -> str:
    """Every resident-ID-shaped number in ``text`` masked (for what is logged)."""
    return _ID_IN_TEXT.sub(lambda m: mask_id(m[0]), text)


@dataclass(frozen=True)
class ResidentId:
    """A checked mainland resident ID number. Shown only masked: ``str()`` and ``repr()`` mask it."""

    number: str

    @property
    def region(self) -> str:
        return self.number[:6]

    @property
    def birth_date(self) -> date:
        n = self.number
        return date(int(n[6:10]), int(n[10:12]), int(n[12:14]))

    @property
    def masked(self) -> str:
        return mask_id(self.number)

    def tail(self, length: int = TAIL_KEPT) -> str:
        return self.number[-length:]

    def __str__(self) -> str:
        return self.masked

    def __repr__(self) -> str:
        return f"ResidentId({self.masked})"


def parse_resident_id(text: str, field: str = "id_number", *, today: date | None = None) -> ResidentId:
    """The resident ID number typed or pasted, checked; ValidationError saying what is wrong.

    Checked: 18 characters (17 digits and a digit or ``X``; a lower-case ``x`` and full-width
    characters are accepted), a province at the start, a real birth date neither in the future nor more
    than 130 years ago, and the check digit. The message never repeats the number.
    """
    number = fold_id_text(text)
    if not _SHAPE.match(number):
        raise ValidationError.single(field, MSG_ID_FORMAT)
    if int(number[:2]) not in PROVINCES:
        raise ValidationError.single(field, MSG_ID_REGION)
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValidationError.single(field, MSG_ID_BIRTH) from None
    today = today or date.today()
    if born > today:
        raise ValidationError.single(field, MSG_ID_BIRTH_FUTURE)
    if today.year - born.year > MAX_AGE_YEARS:
        raise ValidationError.single(field, MSG_ID_BIRTH_OLD, years=MAX_AGE_YEARS)
    if check_digit(number[:17]) != number[17]:
        raise ValidationError.single(field, MSG_ID_CHECK)
    return ResidentId(number)


def read_id_tail(text: str, field: str = "id_last", *, today: date | None = None) -> str:
    """The last characters of an ID kept where a whole number is not wanted (a guest, a watchlist line).

    A full resident ID number is checked and reduced to its last six characters; otherwise the last
    4 to 6 characters of any ID (letters and digits). Empty input gives ``""``. Anything else (the first
    digits, a number of another length) is refused: a region code kept as "the ID" matches a district.
    """
    folded = fold_id_text(text)
    if not folded:
        return ""
    if len(folded) == 18:
        return parse_resident_id(folded, field, today=today).tail()
    if not _TAIL.match(folded):
        raise ValidationError.single(field, MSG_ID_TAIL)
    return folded


def tails_match(a: str | None, b: str | None) -> bool:
    """Whether two ID tails (each 4 to 6 characters) name the same person for the do-not-admit list:
    their last four characters are equal. Both sides are cut the same way, whatever length was kept."""
    if not a or not b:
        return False
    a, b = fold_id_text(a), fold_id_text(b)
    return len(a) >= MATCH_LENGTH and len(b) >= MATCH_LENGTH and a[-MATCH_LENGTH:] == b[-MATCH_LENGTH:]


@dataclass(frozen=True)
class IdDocument:
    """An ID document as recorded: its kind and its number masked. The full number is not kept."""

    kind: IdType
    masked: str
    tail: str


def read_id_document(kind: IdType | str, text: str, field: str = "id_number", *,
                     today: date | None = None) -> IdDocument:
    """An applicant's document (access card, move-out pass): a resident ID is fully checked; other
    documents must look like a document number (5 to 20 letters and digits)."""
    kind = IdType(kind)
    if kind is IdType.RESIDENT_ID:
        rid = parse_resident_id(text, field, today=today)
        return IdDocument(kind, rid.masked, rid.tail(MATCH_LENGTH))
    number = fold_id_text(text)
    if not _DOCUMENT.match(number):
        raise ValidationError.single(field, MSG_ID_DOCUMENT)
    return IdDocument(kind, mask_id(number), number[-MATCH_LENGTH:])
