"""Room numbers 房号: building-entrance-room, e.g. ``3-2-1502``, or building-room, ``A3-1502``; and
the site's own numbering scheme that decides which of them exist."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cached_property

from deskapp.domain.errors import QT_TRANSLATE_NOOP, Problem, Problems, ValidationError
from deskapp.domain.text import excerpt

MSG_ROOM_REQUIRED = QT_TRANSLATE_NOOP("errors", "Enter a room number such as 3-2-1502.")
MSG_ROOM_FORMAT = QT_TRANSLATE_NOOP(
    "errors",
    "“{text}” is not a room number: write building-entrance-room such as 3-2-1502 "
    "(or building-room such as 3-1502).",
)
MSG_ROOM_FORMAT_ENTRANCE = QT_TRANSLATE_NOOP(
    "errors", "“{text}” is not a room number: write building-entrance-room such as {example}.")
MSG_ROOM_FORMAT_NO_ENTRANCE = QT_TRANSLATE_NOOP(
    "errors", "“{text}” is not a room number: this site's buildings have no entrances, write building-room "
    "such as {example}.")
MSG_ROOM_BUILDING = QT_TRANSLATE_NOOP(
    "errors", "“{text}” is not a room here: there is no building {building} (the buildings are {buildings}). "
    "A room is written such as {example}.")
MSG_ROOM_ENTRANCE = QT_TRANSLATE_NOOP(
    "errors", "“{text}” is not a room here: a building has entrances 1 to {max}, not {entrance}. "
    "A room is written such as {example}.")
MSG_ROOM_FLOOR = QT_TRANSLATE_NOOP(
    "errors", "“{text}” is not a room here: the floors are {lowest} to {highest}, not {floor}. "
    "A room is written such as {example}.")
MSG_ROOM_ON_FLOOR = QT_TRANSLATE_NOOP(
    "errors", "“{text}” is not a room here: a floor has rooms 01 to {max}, not {number}. "
    "A room is written such as {example}.")
MSG_ROOM_NO_FLOOR = QT_TRANSLATE_NOOP(
    "errors", "“{text}” is not a room here: a room number is its floor and its number on the floor. "
    "A room is written such as {example}.")
MSG_SCHEME_BUILDINGS = QT_TRANSLATE_NOOP(
    "errors", "List the buildings as numbers, letters or ranges, such as 1-20, A, B (empty: any building).")
MSG_SCHEME_RANGE = QT_TRANSLATE_NOOP("errors", "Enter a number from {min} to {max}.")

_SEPARATORS = re.compile(r"[\s\-_/\\—–‐－·.、#]+")
# What a receptionist writes between the parts: a dash (or slash, dot…) with spaces around it, or
# spaces alone; 栋/单元 are separators themselves and may be followed by one more.
_SPLIT = re.compile(r"\s*[\-_/\\—–‐－·.、#]\s*|\s+")
_MARKERS = re.compile(r"\s*(?:号楼|栋|幢|楼|单元|号)\s*[\-_/\\—–‐－·.、#]?\s*")
_BUILDING = re.compile(r"^(?:[0-9]{1,3}|[A-Z]{1,2}|[A-Z]{1,2}[0-9]{1,3}|[0-9]{1,3}[A-Z])$")
_ENTRANCE = re.compile(r"^(?:[0-9]{1,2}|[A-Z])$")
_ROOM = re.compile(r"^(?:[0-9]{1,5}|B[0-9]{3,4}|[A-Z]{1,2}[0-9]{1,4}|[0-9]{1,4}[A-Z])$")
_BASEMENT_ROOM = re.compile(r"^B([0-9]{1,2})([0-9]{2})$")

# The bounds of a scheme's settings (the site settings dialog offers these).
MAX_ENTRANCES, MAX_BASEMENT_FLOORS, MAX_TOP_FLOOR, MAX_ROOMS_PER_FLOOR = 20, 5, 99, 99
_BUILDINGS_TEXT_MAX, _BUILDINGS_MAX = 200, 2000


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
        """The room written in ``text``, any of the usual ways; ValidationError if it is not the shape
        of a room number (an empty part, a word, a part too long). Whether the site has that room is
        :meth:`RoomScheme.parse`'s question."""
        room = cls.read(text)
        if room is None:
            if not normalize_room_text((text or "")[:100]):
                raise ValidationError.single(field, MSG_ROOM_REQUIRED)
            raise ValidationError.single(field, MSG_ROOM_FORMAT, text=excerpt(text))
        return room

    @classmethod
    def read(cls, text: str) -> RoomNumber | None:
        """The room written in ``text``, or None if it is not the shape of a room number."""
        folded = unicodedata.normalize("NFKC", (text or "")[:100]).strip().upper()
        folded = re.sub(r"[室号]$", "", folded)
        parts = _SPLIT.split(_MARKERS.sub("-", folded).strip())
        if len(parts) not in (2, 3) or not _BUILDING.match(parts[0]) or not _ROOM.match(parts[-1]) \
                or (len(parts) == 3 and not _ENTRANCE.match(parts[1])):
            return None
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
        """The floor implied by the room (``1502`` → 15, basement ``B101`` → -1); None for a room
        without a floor in its number (``A1``, ``12``)."""
        if self.room.isdigit() and len(self.room) >= 3:
            return int(self.room[:-2])
        basement = _BASEMENT_ROOM.match(self.room)
        if basement:
            return -int(basement[1])
        return None

    @property
    def number_on_floor(self) -> str | None:
        """The room's number on its floor (``1502`` → ``02``), when the room has a floor."""
        return self.room[-2:] if self.floor is not None else None


def sort_key(room_no: str) -> str:
    """A string that sorts like :func:`natural_key`, for an index: ``3-2-902`` → ``00003-00002-00902``."""
    return "-".join(p.rjust(5, "0") if p.isdigit() else "~" + p for p in room_no.split("-"))


def natural_key(room: str) -> tuple:
    """Sort ``3-2-902`` before ``3-2-1502`` and ``10-1-101`` after ``9-1-101``."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in room.split("-"))


def _floor_label(floor: int) -> str:
    return f"B{-floor}" if floor < 0 else str(floor)


@dataclass(frozen=True)
class RoomScheme:
    """How this site numbers its rooms (项目设置): which buildings, how many entrances 单元, which
    floors, how many rooms a floor. The default accepts every room of the usual shape, so that a
    site that has not set its scheme keeps working."""

    buildings: str = ""  # "1-20,A,B": numbers, letters and ranges; empty: any building
    entrances: int | None = None  # None: with or without an entrance; 0: none (building-room); n: 1 to n
    basement_floors: int = 3  # B1 … B3: rooms written B101
    top_floor: int = MAX_TOP_FLOOR
    rooms_per_floor: int = MAX_ROOMS_PER_FLOOR  # the last two digits: 01 … this
    other_rooms: bool = True  # rooms without a floor in their number: A1, 12, shops

    def checked(self) -> RoomScheme:
        """This scheme with its building list in one spelling; ValidationError naming each setting
        that makes no sense."""
        problems = Problems()
        codes = _building_codes(self.buildings)
        if codes is None:
            problems.add("buildings", MSG_SCHEME_BUILDINGS)
        for name, value, low, high in (("entrances", self.entrances, 0, MAX_ENTRANCES),
                                       ("basement_floors", self.basement_floors, 0, MAX_BASEMENT_FLOORS),
                                       ("top_floor", self.top_floor, 1, MAX_TOP_FLOOR),
                                       ("rooms_per_floor", self.rooms_per_floor, 1, MAX_ROOMS_PER_FLOOR)):
            if value is None and name == "entrances":
                continue
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                problems.add(name, MSG_SCHEME_RANGE, min=low, max=high)
        problems.raise_if_any()
        assert codes is not None
        return replace(self, buildings=codes[0], other_rooms=bool(self.other_rooms))

    @cached_property
    def _codes(self) -> frozenset[str] | None:
        found = _building_codes(self.buildings)
        return found[1] if found else None

    def parse(self, text: str, field: str = "room") -> RoomNumber:
        """The room typed, if it is one of this site's; ValidationError saying what a room looks like."""
        room = RoomNumber.read(text)
        if room is None:
            if not normalize_room_text((text or "")[:100]):
                raise ValidationError.single(field, MSG_ROOM_REQUIRED)
            if self.entrances is None:
                raise ValidationError.single(field, MSG_ROOM_FORMAT, text=excerpt(text))
            message = MSG_ROOM_FORMAT_NO_ENTRANCE if self.entrances == 0 else MSG_ROOM_FORMAT_ENTRANCE
            raise ValidationError.single(field, message, text=excerpt(text), example=self.example())
        problem = self.problem(room, field, text)
        if problem is not None:
            raise ValidationError([problem])
        return room

    def problem(self, room: RoomNumber, field: str = "room", text: str | None = None) -> Problem | None:
        """What is wrong with ``room`` at this site, or None."""
        said = {"text": excerpt(text if text is not None else str(room))}

        def wrong(message: str, **params: object) -> Problem:
            return Problem(field, message, {**said, **params, "example": self.example(room)})

        codes = self._codes
        if codes is not None and room.building not in codes:
            return wrong(MSG_ROOM_BUILDING, building=room.building, buildings=self.buildings.replace(",", ", "))
        if self.entrances == 0 and room.entrance is not None:
            return Problem(field, MSG_ROOM_FORMAT_NO_ENTRANCE, {**said, "example": self.example(room)})
        if self.entrances and room.entrance is None:
            return Problem(field, MSG_ROOM_FORMAT_ENTRANCE, {**said, "example": self.example(room)})
        limit = self.entrances or MAX_ENTRANCES
        if room.entrance is not None and room.entrance.isdigit() and not 1 <= int(room.entrance) <= limit:
            return wrong(MSG_ROOM_ENTRANCE, entrance=room.entrance, max=limit)
        if room.entrance is not None and not room.entrance.isdigit() and self.entrances:
            return wrong(MSG_ROOM_ENTRANCE, entrance=room.entrance, max=limit)
        floor = room.floor
        if floor is None:
            return None if self.other_rooms else wrong(MSG_ROOM_NO_FLOOR)
        if not (-self.basement_floors <= floor <= self.top_floor) or floor == 0:
            return wrong(MSG_ROOM_FLOOR, floor=_floor_label(floor), highest=self.top_floor,
                         lowest=_floor_label(-self.basement_floors) if self.basement_floors else "1")
        number = room.number_on_floor or ""
        if not 1 <= int(number) <= self.rooms_per_floor:
            return wrong(MSG_ROOM_ON_FLOOR, number=number, max=f"{self.rooms_per_floor:02d}")
        return None

    def example(self, typed: RoomNumber | None = None) -> str:
        """A room of this site, as close to ``typed`` as the scheme allows: for the messages."""
        codes = self._codes
        building = "3"
        if typed is not None and (codes is None or typed.building in codes):
            building = typed.building
        elif codes is not None and "3" not in codes:
            building = sorted(codes, key=lambda c: (not c.isdigit(), c.rjust(4, "0")))[0]
        entrance = None
        if self.entrances != 0:
            limit = self.entrances or MAX_ENTRANCES
            entrance = "2" if limit >= 2 else "1"
            if typed is not None and typed.entrance and typed.entrance.isdigit() and 1 <= int(typed.entrance) <= limit:
                entrance = typed.entrance
        floor = min(15, self.top_floor)
        if typed is not None and typed.floor is not None and 1 <= typed.floor <= self.top_floor:
            floor = typed.floor
        number = 2 if self.rooms_per_floor >= 2 else 1
        if typed is not None and typed.number_on_floor and 1 <= int(typed.number_on_floor) <= self.rooms_per_floor:
            number = int(typed.number_on_floor)
        return str(RoomNumber(building, entrance, f"{floor}{number:02d}"))


def _building_codes(spec: str | None) -> tuple[str, frozenset[str] | None] | None:
    """The canonical spelling of a building list and its codes (None: any building); None if the
    list cannot be read."""
    text = unicodedata.normalize("NFKC", spec or "").strip().upper()
    if not text:
        return "", None
    if len(text) > _BUILDINGS_TEXT_MAX:
        return None
    text = re.sub(r"\s*[\-~～—–至到]\s*", "-", text)
    items = [item for item in re.split(r"[\s,，、;；]+", text) if item]
    spelled: list[str] = []
    codes: set[str] = set()
    for item in items:
        numbers = re.fullmatch(r"([0-9]{1,3})-([0-9]{1,3})", item)
        letters = re.fullmatch(r"([A-Z])-([A-Z])", item)
        if numbers:
            low, high = int(numbers[1]), int(numbers[2])
            if not 1 <= low <= high:
                return None
            codes.update(str(n) for n in range(low, high + 1))
            spelled.append(f"{low}-{high}")
        elif letters:
            if letters[1] > letters[2]:
                return None
            codes.update(chr(c) for c in range(ord(letters[1]), ord(letters[2]) + 1))
            spelled.append(f"{letters[1]}-{letters[2]}")
        elif _BUILDING.match(item):
            code = (item.lstrip("0") or "0") if item.isdigit() else item
            if code == "0":
                return None
            codes.add(code)
            spelled.append(code)
        else:
            return None
        if len(codes) > _BUILDINGS_MAX:
            return None
    return ",".join(dict.fromkeys(spelled)), frozenset(codes)
