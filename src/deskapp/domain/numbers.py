"""Printed record numbers 单号 with a check digit: a letter, the record's id in at least 7 digits and a
Luhn digit (the guest slips' scheme). The database gives the id, so a number is unique on every station;
a mistyped digit or two swapped neighbours are caught when it is typed or scanned back.

One scheme for every numbered printout: the move-out pass (``P``), the access-card receipt (``K``).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

from deskapp.domain.search import MAX_RECORD_ID
from deskapp.domain.visits import _check_digit as luhn_digit


class NumberReading(enum.StrEnum):
    OK = "ok"
    MISTYPED = "mistyped"  # shaped like such a number, its check digit does not match
    NOT_A_NUMBER = "not_a_number"  # something else typed or scanned


@dataclass(frozen=True)
class ReadNumber:
    reading: NumberReading
    record_id: int | None = None

    @property
    def pass_id(self) -> int | None:  # the move-out pass's name for it
        return self.record_id


def numbered(prefix: str, record_id: int) -> str:
    """``prefix`` + the id in 7 digits (more when it needs them) + the Luhn digit."""
    body = f"{record_id:07d}"
    return f"{prefix}{body}{luhn_digit(body)}"


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", (text or "")[:64]).strip().upper().replace(" ", "").replace("-", "")


def read_numbered(prefix: str, text: str) -> ReadNumber:
    """What a typed or scanned number of the ``prefix`` scheme names: a record id, a mistyped number, or
    none at all (the prefix may be left out; full-width digits, spaces and dashes are accepted)."""
    m = re.match(rf"^(?:{re.escape(prefix)})?([0-9]{{7,19}})([0-9])$", _fold(text))
    if not m:
        return ReadNumber(NumberReading.NOT_A_NUMBER)
    if luhn_digit(m[1]) != int(m[2]):
        return ReadNumber(NumberReading.MISTYPED)
    if int(m[1]) > MAX_RECORD_ID:
        return ReadNumber(NumberReading.NOT_A_NUMBER)
    return ReadNumber(NumberReading.OK, int(m[1]))
