"""What a search box's text means at the desk: a room, a phone number, or a word (name, content)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from deskapp.domain.phones import phone_digits_query
from deskapp.domain.text import fold_width, is_letter, strip_invisible
from deskapp.domain.units import normalize_room_text

# The largest id a record can have: ids are INTEGER columns, 32 bits on PostgreSQL. A typed number past
# it names no record, and the databases refuse to compare with it (PostgreSQL past 2^31, SQLite 2^63).
MAX_RECORD_ID = 2**31 - 1
SEARCH_MAX = 100  # a search box's text is looked for up to this many characters (a paste is cut)


@dataclass(frozen=True)
class SearchTerms:
    text: str  # the text, spaces folded
    phone: str | None  # digits of a phone number or of its last four
    room: str | None  # canonical room text ("3-2-15" or a bare number "1502")
    word: str | None  # letters (Chinese or Latin): a name or a word of the content

    @property
    def phone_is_last4(self) -> bool:
        return self.phone is not None and len(self.phone) == 4

    @property
    def phone_is_whole(self) -> bool:
        return self.phone is not None and (len(self.phone) == 11 or self.phone.startswith("0"))

    @property
    def room_is_partial(self) -> bool:
        """With a dash it is a prefix; a bare number is a building or a room in every building."""
        return self.room is not None and "-" in self.room


def record_number(text: str, prefix: str) -> int | None:
    """The id in a typed record number (``R0000012``, ``r12``, ``12``, full-width too), or None.

    Only the digits 0-9 count (not ``①`` or ``²``), and only up to :data:`MAX_RECORD_ID`.
    """
    folded = fold_width(text).strip().upper()
    m = re.fullmatch(rf"{re.escape(prefix.upper())}?([0-9]{{1,10}})", folded)
    if m is None or int(m[1]) > MAX_RECORD_ID:
        return None
    return int(m[1])


def read_search(text: str) -> SearchTerms | None:
    """None when nothing is typed; otherwise every reading the text allows (several may apply).

    Control and other invisible characters (a NUL, a bidi override) are not searched for: a text of
    nothing else gives terms that match nothing.
    """
    if not (text or "").strip():
        return None
    q = strip_invisible(text)[:SEARCH_MAX]
    if not q:
        return SearchTerms("", None, None, None)
    canon = normalize_room_text(q)
    room = canon if canon and any(ch.isdigit() for ch in canon) and all(
        ch.isalnum() or ch == "-" for ch in canon) else None
    has_letters = any(is_letter(ch) for ch in q)
    word = q if has_letters and not any(ch.isdigit() for ch in q) else None
    return SearchTerms(q, phone_digits_query(q), room, word)
