"""Licence plates 车牌 of mainland China, as a guard reads them off a car at the gate."""

from __future__ import annotations

import re

from deskapp.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from deskapp.domain.text import excerpt, fold_width

MSG_PLATE_FORMAT = QT_TRANSLATE_NOOP(
    "errors",
    "“{text}” is not a licence plate: write the province, the city letter and 5 characters, such as "
    "粤B12345 (a new-energy plate has 6: 粤BD12345).",
)

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
# Plate letters: the Latin capitals without I and O (they would read as 1 and 0).
_L = "A-HJ-NP-Z"
_P = f"[{PROVINCES}]"
_PLATE = re.compile(
    rf"^{_P}[{_L}][{_L}0-9]{{5}}$"  # ordinary: 粤B12345, 京A8K9Z2
    rf"|^{_P}[{_L}][DF][{_L}0-9][0-9]{{4}}$"  # new-energy car: 粤BD12345, 沪AF1A234
    rf"|^{_P}[{_L}][0-9]{{5}}[DF]$"  # new-energy lorry or bus: 粤B12345D
    rf"|^{_P}[{_L}][{_L}0-9]{{4}}[警学挂领港澳试超]$"  # police, driving school, trailer, consulate, HK/Macao
    r"|^使[0-9]{6}$|^[0-9]{6}使$"  # embassy
    rf"|^WJ{_P}?[0-9]{{4}}[0-9A-Z]$"  # armed police 武警
)
# What a guard may type between the characters: spaces, the middle dot of the plate, dots, dashes.
_SEPARATORS = re.compile(r"[\s·•.\-_]+")
_QUERY = re.compile(rf"^[{PROVINCES}使]?[A-Z0-9]*[警学挂领港澳试超使]?$")


def _fold(text: str | None) -> str:
    return _SEPARATORS.sub("", fold_width((text or "")[:64])).upper()


def normalize_plate(text: str | None, field: str = "plate") -> str:
    """The plate upper-cased without spaces or dots ('' when none is given); ValidationError if it is
    not one of the mainland forms."""
    plate = _fold(text)
    if not plate:
        return ""
    if not _PLATE.match(plate):
        raise ValidationError.single(field, MSG_PLATE_FORMAT, text=excerpt(text))
    return plate


def plate_query(text: str | None) -> str | None:
    """A search text folded as a plate is stored (``粤b·123`` → ``粤B123``), if it may be part of one:
    at least two characters, a letter or a province among them, nothing a plate cannot hold."""
    plate = _fold(text)
    if len(plate) < 2 or not _QUERY.match(plate) or plate.isdigit():
        return None
    return plate
