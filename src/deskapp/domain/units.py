"""Room numbers 房号: building-entrance-room, e.g. ``3-2-1502``, or building-room, ``A3-1502``."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from deskapp.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MSG_ROOM_REQUIRED = QT_TRANSLATE_NOOP("errors", "Enter a room number such as 3-2-1502.")
MSG_ROOM_FORMAT = QT_TRANSLATE_NOOP(
    "errors",
    "“{text}” is not a room number: write building-entrance-room such as 3-2-1502 "
    "(or building-room such as 3-1502).",
)

_SEPARATORS = re.compile(r"[\s\-_/\\—–‐－·.、#]+")
_SEGMENT = re.compile(r"^[0-9A-Z]{1,6}$")


def normalize_room_text(text: str) -> str:
    """Fold full-width characters, separators and case: what a receptionist types → canonical."""
    folded = unicodedata.normalize("NFKC", text or "").strip().upper()
    folded = folded.replace("栋", "-").replace("幢", "-").replace("单元", "-").replace("室", "")
    folded = folded.replace("号楼", "-").replace("楼", "-").replace("号", "-")
    return _SEPARATORS.sub("-", folded).strip("-")


@dataclass(frozen=True, order=True)
class RoomNumber:
    """A parsed room number; ``str()`` gives the canonical form stored in the database."""

    building: str
    entrance: str | None
    room: str

    @classmethod
    def parse(cls, text: str, field: str = "room") -> RoomNumber:
        canon = normalize_room_text(text)
        if not canon:
            raise ValidationError.single(field, MSG_ROOM_REQUIRED)
        parts = canon.split("-")
        if len(parts) not in (2, 3) or not all(_SEGMENT.match(p) for p in parts):
            raise ValidationError.single(field, MSG_ROOM_FORMAT, text=text.strip())
        # "03-02-1502" and "3-2-1502" are the same unit; the room keeps its zeros ("0502").
        parts = [(p.lstrip("0") or "0") if p.isdigit() else p for p in parts[:-1]] + parts[-1:]
        if len(parts) == 2:
            return cls(parts[0], None, parts[1])
        return cls(parts[0], parts[1], parts[2])

    def __str__(self) -> str:
        if self.entrance is None:
            return f"{self.building}-{self.room}"
        return f"{self.building}-{self.entrance}-{self.room}"

    @property
    def floor(self) -> int | None:
        """The floor implied by the room (``1502`` → 15), when the room is numeric."""
        if self.room.isdigit() and len(self.room) >= 3:
            return int(self.room[:-2])
        return None


def sort_key(room_no: str) -> str:
    """A string that sorts like :func:`natural_key`, for an index: ``3-2-902`` → ``00003-00002-00902``."""
    return "-".join(p.rjust(5, "0") if p.isdigit() else "~" + p for p in room_no.split("-"))


def natural_key(room: str) -> tuple:
    """Sort ``3-2-902`` before ``3-2-1502`` and ``10-1-101`` after ``9-1-101``."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in room.split("-"))
