"""Telephone numbers as they are given at a Chinese front desk."""

from __future__ import annotations

import re

from deskapp.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from deskapp.domain.text import excerpt, fold_width

MSG_PHONE_FORMAT = QT_TRANSLATE_NOOP(
    "errors",
    "“{text}” is not a phone number: a mobile has 11 digits starting with 1, "
    "a landline starts with its area code such as 020-12345678.",
)

_STRIP = re.compile(r"[\s\-()（）.]+")
_MOBILE = re.compile(r"^1[3-9][0-9]{9}$")
# Area code and number: 010 and 02x with 8 digits, the 4-digit codes 03xx-09xx with 7 or 8. No area
# code begins 01 other than Beijing's 010, nor 00 (the international prefix).
_LANDLINE = re.compile(r"^(?:010|02[0-9])[0-9]{8}$|^0[3-9][0-9]{2}[0-9]{7,8}$")
_LOCAL = re.compile(r"^[2-9][0-9]{6,7}$")
_SERVICE = re.compile(r"^(?:400|800)[0-9]{7}$|^95[0-9]{3,6}$|^1[01][0-9]{3}$")


def normalize_phone(text: str, field: str = "phone") -> str:
    """Digits only, country prefix removed; raises ValidationError if it is not a phone number.

    A mobile dialled with the trunk 0 before it (``013800138000``, as from a landline in another
    city) is that mobile: 013… is no area code, so it is never taken for a landline.
    """
    raw = fold_width((text or "")[:100]).strip()
    digits = _STRIP.sub("", raw)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    if digits.startswith("0") and _MOBILE.match(digits[1:]):
        digits = digits[1:]
    if not (digits.isascii() and digits.isdigit()) or not (
        _MOBILE.match(digits) or _LANDLINE.match(digits) or _LOCAL.match(digits) or _SERVICE.match(digits)
    ):
        raise ValidationError.single(field, MSG_PHONE_FORMAT, text=excerpt(text))
    return digits


def format_phone(digits: str) -> str:
    """``13812345678`` → ``138 1234 5678``; ``02012345678`` → ``020-12345678``."""
    if _MOBILE.match(digits):
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    if _LANDLINE.match(digits):
        area = 3 if digits[1] in "12" else 4
        return f"{digits[:area]}-{digits[area:]}"
    return digits


def phone_digits_query(text: str) -> str | None:
    """The digits of a search text if it looks like (part of) a phone number, else None."""
    typed = fold_width(text).strip()
    raw = _STRIP.sub("", typed)
    if not (raw.isascii() and raw.isdigit()) or len(raw) < 4:
        return None
    if raw == typed:  # bare digits: the whole number, its start, or its last four digits
        return raw
    # With separators it is a room ("20-3-1901", also a 7-digit local number) unless it is a whole
    # mobile or a number with its area code ("138-1234-5678", "020-3888-1234").
    try:
        digits = normalize_phone(typed)
    except ValidationError:
        return None
    return digits if len(digits) == 11 or digits.startswith("0") else None
