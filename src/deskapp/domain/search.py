"""What a search box's text means at the desk: a room, a phone number, or a word (name, content)."""

from __future__ import annotations

from dataclasses import dataclass

from deskapp.domain.phones import phone_digits_query
from deskapp.domain.units import normalize_room_text


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


def read_search(text: str) -> SearchTerms | None:
    """None when nothing is typed; otherwise every reading the text allows (several may apply)."""
    q = " ".join((text or "").split())
    if not q:
        return None
    canon = normalize_room_text(q)
    room = canon if canon and any(ch.isdigit() for ch in canon) and all(
        ch.isalnum() or ch == "-" for ch in canon) else None
    has_letters = any(ch.isalpha() for ch in q)
    word = q if has_letters and not any(ch.isdigit() for ch in q) else None
    return SearchTerms(q, phone_digits_query(q), room, word)
