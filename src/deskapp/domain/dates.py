"""Dates as they appear in sites' spreadsheets."""

from __future__ import annotations

import re
from datetime import date, datetime

from deskapp.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from deskapp.domain.text import excerpt

MSG_DATE = QT_TRANSLATE_NOOP("errors", "“{text}” is not a date; write it as 2024-03-15.")
_DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+[\d:]+)?$")


def parse_date(value: object, field: str) -> date | None:
    """None for an empty cell; a date for 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日, 20240315."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    m = _DATE_RE.match(text)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        if len(text) == 8 and text.isdigit():
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        pass
    raise ValidationError.single(field, MSG_DATE, text=excerpt(text))
