"""The resident directory: buildings, units, residents, phones, and unit notes/holds."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, and_, case, exists, false, func, or_, select, union
from sqlalchemy.orm import Session

from deskapp.db import audit
from deskapp.db.models import (
    Building,
    Resident,
    ResidentNameGram,
    ResidentPhone,
    Staff,
    Unit,
    UnitNote,
)
from deskapp.domain.directory import NoteKind, ResidentRole
from deskapp.domain.errors import (
    QT_TRANSLATE_NOOP,
    Conflict,
    NotFound,
    Problems,
    ValidationError,
)
from deskapp.domain.phones import normalize_phone
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.search import SearchTerms, read_search
from deskapp.domain.text import check_person_name, check_text, has_cjk, name_grams, prefix_end
from deskapp.domain.units import RoomNumber, sort_key
from deskapp.services.base import Database, locked, one_at_a_time, void_stamp
from deskapp.services.site import existing_room, room_scheme

MSG_UNIT_UNKNOWN = QT_TRANSLATE_NOOP("errors", "There is no unit {room} in the directory.")
MSG_UNIT_EXISTS = QT_TRANSLATE_NOOP("errors", "Unit {room} is already in the directory.")
MSG_RESIDENT_GONE = QT_TRANSLATE_NOOP("errors", "This resident record no longer exists.")
MSG_NOTE_GONE = QT_TRANSLATE_NOOP("errors", "This note no longer exists.")
MSG_RESIDENT_VOIDED_BY = QT_TRANSLATE_NOOP(
    "errors", "This resident record was voided by {name} at {time}: {reason}. A void record cannot be changed.")
MSG_RESIDENT_ALREADY_VOID = QT_TRANSLATE_NOOP(
    "errors", "This resident record was already voided by {name} at {time}: {reason}. Nothing was changed.")
MSG_HOLD_ALREADY_LIFTED = QT_TRANSLATE_NOOP(
    "errors", "This hold was already lifted by {name} at {time}: {reason}. Nothing was changed.")
MSG_NOTE_ALREADY_WITHDRAWN = QT_TRANSLATE_NOOP(
    "errors", "This note was already withdrawn by {name} at {time}: {reason}. Nothing was changed.")
MSG_ROLE = QT_TRANSLATE_NOOP("errors", "Choose owner, tenant or family.")
MSG_NOTE_KIND = QT_TRANSLATE_NOOP("errors", "Choose what kind of note this is.")
MSG_MOVED_ORDER = QT_TRANSLATE_NOOP("errors", "The move-out date is before the move-in date.")
MSG_TOO_MANY_PHONES = QT_TRANSLATE_NOOP("errors", "At most {max} phone numbers per resident.")

MAX_PHONES = 3
ROLE_ORDER = case(
    (Resident.role == ResidentRole.OWNER.value, 0),
    (Resident.role == ResidentRole.TENANT.value, 1),
    else_=2,
)


@dataclass(frozen=True)
class UnitRef:
    id: int
    room_no: str


@dataclass(frozen=True)
class DirectoryRow:
    """One line of the directory list: a resident with their unit, or a unit with nobody."""

    unit_id: int
    room_no: str
    resident_id: int | None
    name: str
    role: ResidentRole | None
    phones: tuple[str, ...]
    moved_out: date | None
    voided: bool
    has_hold: bool


@dataclass(frozen=True)
class ResidentInfo:
    id: int
    unit_id: int
    name: str
    role: ResidentRole
    phones: tuple[str, ...]
    notes: str
    moved_in: date | None
    moved_out: date | None
    voided_at: datetime | None
    void_reason: str | None

    @property
    def current(self) -> bool:
        return self.voided_at is None and self.moved_out is None


@dataclass(frozen=True)
class NoteInfo:
    id: int
    unit_id: int
    kind: NoteKind
    text: str
    created_at: datetime
    created_by: str
    voided_at: datetime | None
    void_reason: str | None

    @property
    def active_hold(self) -> bool:
        return self.kind.is_hold and self.voided_at is None


@dataclass(frozen=True)
class UnitDetail:
    id: int
    room_no: str
    building_code: str
    building_name: str
    floor: int | None
    area_m2: str | None
    residents: tuple[ResidentInfo, ...]
    notes: tuple[NoteInfo, ...]

    @property
    def holds(self) -> tuple[NoteInfo, ...]:
        return tuple(n for n in self.notes if n.active_hold)


@dataclass(frozen=True)
class ResidentInput:
    """A resident's fields as validated by :func:`validate_resident`."""

    name: str
    role: ResidentRole
    phones: tuple[str, ...]
    notes: str
    moved_in: date | None
    moved_out: date | None


def validate_resident(
    *, name: str, role: str | ResidentRole | None, phones: list[str] | tuple[str, ...],
    notes: str = "", moved_in: date | None = None, moved_out: date | None = None,
) -> ResidentInput:
    """Check a resident's fields; raises ValidationError naming every bad field."""
    problems = Problems()
    clean_name, p = check_person_name(name, "name")
    if p:
        problems.items.append(p)
    try:
        clean_role = ResidentRole(role or "")
    except ValueError:
        problems.add("role", MSG_ROLE)
        clean_role = ResidentRole.OWNER
    clean_phones: list[str] = []
    given = [ph for ph in phones if ph and ph.strip()]
    if len(given) > MAX_PHONES:
        problems.add("phone", MSG_TOO_MANY_PHONES, max=MAX_PHONES)
    for i, ph in enumerate(given[:MAX_PHONES]):
        field = "phone" if i == 0 else f"phone{i + 1}"
        try:
            digits = normalize_phone(ph, field)
        except ValidationError as exc:
            problems.extend(exc)
            continue
        if digits not in clean_phones:
            clean_phones.append(digits)
    clean_notes, p = check_text(notes, "notes", max_len=500, multiline=True)
    if p:
        problems.items.append(p)
    if moved_in and moved_out and moved_out < moved_in:
        problems.add("moved_out", MSG_MOVED_ORDER)
    problems.raise_if_any()
    return ResidentInput(clean_name, clean_role, tuple(clean_phones), clean_notes, moved_in, moved_out)


def _resident_info(r: Resident, actor: Actor | None = None) -> ResidentInfo:
    """The resident; with ``actor``, the phones as that member may see them (masked for a guard or the
    control room)."""
    phones = tuple(actor.phone(p.phone) if actor else p.phone for p in r.phones)
    return ResidentInfo(r.id, r.unit_id, r.name, ResidentRole(r.role), phones,
                        r.notes, r.moved_in, r.moved_out, r.voided_at, r.void_reason)


def _notes(s: Session, *where: ColumnElement[bool]) -> tuple[NoteInfo, ...]:
    """A unit's notes and holds with who wrote them: standing ones first, newest first."""
    rows = s.execute(
        select(UnitNote, Staff.name).outerjoin(Staff, Staff.id == UnitNote.created_by_id).where(*where)
        .order_by(UnitNote.voided_at.is_not(None), UnitNote.created_at.desc(), UnitNote.id.desc())).all()
    return tuple(NoteInfo(n.id, n.unit_id, NoteKind(n.kind), n.text, n.created_at, who or "", n.voided_at,
                          n.void_reason) for n, who in rows)


def set_phones(session: Session, resident: Resident, phones: tuple[str, ...]) -> None:
    """Keep the rows of phones that stay, delete (audited) the ones dropped, add the new."""
    existing = {p.phone: p for p in resident.phones}
    for old in list(resident.phones):
        if old.phone not in phones:
            resident.phones.remove(old)
            session.delete(old)
    for i, digits in enumerate(phones):
        kept = existing.get(digits)
        if kept is None:
            resident.phones.append(ResidentPhone(position=i, phone=digits, last4=digits[-4:]))
        elif kept.position != i:
            kept.position = i


def phone_condition(terms: SearchTerms, phone=ResidentPhone.phone, last4=ResidentPhone.last4) -> ColumnElement[bool]:
    """The whole number, its start, its last four digits, or any run of its digits."""
    assert terms.phone is not None
    if terms.phone_is_last4:
        return last4 == terms.phone
    if terms.phone_is_whole:  # the number or a longer one it starts: a range of digits on the index
        end = prefix_end(terms.phone)
        return and_(phone >= terms.phone, *([phone < end] if end is not None else []))
    return phone.contains(terms.phone, autoescape=True)


def phone_lookups(terms: SearchTerms, id_column, phone, last4) -> list[Select]:
    """Selects of ``id_column`` for the phone in ``terms``, each served by an index: its last four digits
    (an equality on ``last4``), the whole number or its start (a range of ``phone``'s index), a longer ending
    (its last four, then checked in full). A run of digits in the middle of a number is not looked for."""
    q = terms.phone
    assert q is not None
    if terms.phone_is_last4:
        return [select(id_column).where(last4 == q)]
    end = prefix_end(q)  # digits: a range in any collation
    found = [select(id_column).where(phone >= q, *([phone < end] if end is not None else []))]
    if not terms.phone_is_whole:
        found.append(select(id_column).where(last4 == q[-4:], phone.endswith(q, autoescape=True)))
    return found


def room_condition(terms: SearchTerms) -> ColumnElement[bool]:
    """Units whose room number starts so; a bare number is a building or that room anywhere."""
    assert terms.room is not None
    if terms.room_is_partial:
        return Unit.room_no.startswith(terms.room, autoescape=True)
    return or_(Unit.room_no.startswith(terms.room + "-", autoescape=True), Unit.room == terms.room,
               Unit.room_no == terms.room)


def get_or_create_unit(session: Session, actor: Actor | None, room: RoomNumber, now: datetime,
                       station: str) -> tuple[Unit, bool]:
    """The unit for ``room``, creating it (and its building) if needed; True if created.

    Two stations creating the same unit (or two units of a new building) at once: creating goes
    one transaction at a time, and looks again once it is its turn, so the second uses the row the
    first one made instead of hitting the unique room number (or building code).
    """
    room_no = str(room)
    unit = session.scalar(select(Unit).where(Unit.room_no == room_no))
    if unit is not None:
        return unit, False
    one_at_a_time(session, "create unit")
    unit = session.scalar(select(Unit).where(Unit.room_no == room_no))
    if unit is not None:
        return unit, False
    stamp = {"created_at": now, "created_by_id": actor.staff_id if actor else None,
             "created_station": station}
    building = session.scalar(select(Building).where(Building.code == room.building))
    if building is None:
        building = Building(code=room.building, name=f"{room.building}栋", **stamp)
        session.add(building)
        session.flush()
    unit = Unit(building_id=building.id, room_no=room_no, sort_key=sort_key(room_no),
                entrance=room.entrance, room=room.room, floor=room.floor, **stamp)
    session.add(unit)
    session.flush()
    return unit, True


class DirectoryService:
    """Look-ups and changes of the resident directory."""

    def __init__(self, *, db: Database) -> None:
        self._db = db

    # -- look-ups ---------------------------------------------------------------------------

    def search(self, actor: Actor, text: str, *, offset: int = 0, limit: int = 100) -> list[DirectoryRow]:
        """Rows matching a room (prefix), a phone (whole or last 4 digits) or a name (substring)."""
        actor.require(Permission.DIRECTORY_VIEW)
        hold = exists().where(
            UnitNote.unit_id == Unit.id, UnitNote.kind != NoteKind.NOTE.value, UnitNote.voided_at.is_(None)
        )
        shown = (Unit.id.label("unit_id"), Unit.room_no, Resident.id.label("resident_id"), Resident.name,
                 Resident.role, Resident.moved_out, Resident.voided_at, hold.label("has_hold"))
        units_with_residents = (select(*shown, Unit.sort_key, ROLE_ORDER.label("role_order")).select_from(Unit)
                                .outerjoin(Resident, Resident.unit_id == Unit.id).where(Unit.voided_at.is_(None)))
        match = self._match(text)
        if match is None:  # nothing typed: everything in room order, walking the sort_key index
            stmt = units_with_residents.order_by(Unit.sort_key, ROLE_ORDER, Resident.id)
        else:
            # Each branch starts from its own index or scan (rooms; phones, names) and only the
            # matches are sorted: one join that walks every unit in room order is several times slower.
            unit_match, resident_match = match
            branches = []
            if resident_match is not None:
                branches.append(select(*shown, Unit.sort_key, ROLE_ORDER.label("role_order"))
                                .select_from(Resident).join(Unit, Unit.id == Resident.unit_id)
                                .where(resident_match, Unit.voided_at.is_(None)))
            if unit_match is not None:
                branches.append(units_with_residents.where(unit_match))
            found = union(*branches).subquery()
            stmt = select(found).order_by(found.c.sort_key, found.c.role_order, found.c.resident_id)
        with self._db.read() as s:
            rows = s.execute(stmt.offset(offset).limit(limit)).all()
            ids = [r.resident_id for r in rows if r.resident_id is not None]
            phones: dict[int, list[str]] = defaultdict(list)
            if ids:
                for rid, phone in s.execute(
                    select(ResidentPhone.resident_id, ResidentPhone.phone)
                    .where(ResidentPhone.resident_id.in_(ids))
                    .order_by(ResidentPhone.resident_id, ResidentPhone.position)
                ):
                    phones[rid].append(phone)
        return [
            DirectoryRow(r.unit_id, r.room_no, r.resident_id, r.name or "", ResidentRole(r.role) if r.role else None,
                         tuple(actor.phone(p) for p in phones.get(r.resident_id, ())), r.moved_out,
                         r.voided_at is not None,
                         bool(r.has_hold))
            for r in rows
        ]

    def _match(self, text: str) -> tuple[ColumnElement[bool] | None, ColumnElement[bool] | None] | None:
        """(condition on the unit, condition on the resident) for a search text; None: match all."""
        terms = read_search(text)
        if terms is None:
            return None
        on_resident: list[ColumnElement[bool]] = []
        on_unit: list[ColumnElement[bool]] = []
        if terms.phone:
            on_resident.append(Resident.id.in_(select(ResidentPhone.resident_id).where(phone_condition(terms))))
        if terms.room:
            on_unit.append(room_condition(terms))
        if terms.word:
            if len(terms.word) >= 2 or not has_cjk(terms.word):
                on_resident.append(self._name_match(terms.word))
            else:  # one Chinese character: a surname
                on_resident.append(Resident.name.startswith(terms.word, autoescape=True))
        if not on_unit and not on_resident:
            return (false(), None)
        return (or_(*on_unit) if on_unit else None, or_(*on_resident) if on_resident else None)

    def _name_match(self, q: str) -> ColumnElement[bool]:
        """A name containing ``q``: found through the two-character index, then checked in full."""
        grams = name_grams(q)
        if not grams:  # a single Latin letter: no piece to look up
            return self._db.ignoring_case(Resident.name, q, prefix=True)
        G = ResidentNameGram
        if len(q) == 2:  # the piece is the whole fragment: the index answers alone
            return Resident.id.in_(select(G.resident_id).where(G.gram == q.lower()))
        having_all = (select(G.resident_id).where(G.gram.in_(grams)).group_by(G.resident_id)
                      .having(func.count() == len(grams)))
        return and_(Resident.id.in_(having_all), self._db.ignoring_case(Resident.name, q))

    def find_unit(self, actor: Actor, room_text: str, *, field: str = "room") -> UnitRef:
        """The unit typed, in any of the usual spellings; NotFound with a message if unknown."""
        actor.require(Permission.DIRECTORY_VIEW)
        with self._db.read() as s:
            room = existing_room(s, room_text, field)
            row = s.execute(select(Unit.id, Unit.room_no).where(
                Unit.room_no == str(room), Unit.voided_at.is_(None))).first()
        if row is None:
            raise NotFound(MSG_UNIT_UNKNOWN, field=field, room=str(room))
        return UnitRef(row[0], row[1])

    def room_numbers(self, actor: Actor) -> list[str]:
        """Every unit's room number in natural order, for completion as the user types."""
        actor.require(Permission.DIRECTORY_VIEW)
        with self._db.read() as s:
            return list(s.scalars(select(Unit.room_no).where(Unit.voided_at.is_(None)).order_by(Unit.sort_key)))

    def unit_detail(self, actor: Actor, unit_id: int) -> UnitDetail:
        actor.require(Permission.DIRECTORY_VIEW)
        with self._db.read() as s:
            unit = s.get(Unit, unit_id)
            if unit is None:
                raise NotFound(MSG_UNIT_UNKNOWN, room=str(unit_id))
            residents = s.scalars(
                select(Resident).where(Resident.unit_id == unit_id)
                .order_by(Resident.voided_at.is_not(None), Resident.moved_out.is_not(None), ROLE_ORDER, Resident.id)
            ).all()
            return UnitDetail(
                unit.id, unit.room_no, unit.building.code, unit.building.name, unit.floor, unit.area_m2,
                tuple(_resident_info(r, actor) for r in residents), _notes(s, UnitNote.unit_id == unit_id),
            )

    def reveal_phones(self, actor: Actor, resident_id: int, *, reason: str) -> tuple[str, ...]:
        """A resident's phone numbers whole, for a member who sees them masked but must call now (the
        control room in an emergency); who, where, when and why goes into the audit trail."""
        if not actor.can(Permission.PHONE_FULL):
            actor.require(Permission.PHONE_REVEAL)
        why, p = check_text(reason, "reason", required=True, max_len=200)
        if p:
            raise ValidationError([p])
        with self._db.write(actor, reason=why) as s:
            resident = s.get(Resident, resident_id)
            if resident is None:
                raise NotFound(MSG_RESIDENT_GONE)
            phones = tuple(p.phone for p in resident.phones)
            audit.later(s, [{
                "at": self._db.clock.now(), "staff_id": actor.staff_id, "station": actor.station,
                "table_name": "resident", "record_id": str(resident.id), "action": "reveal", "field": "phones",
                "old_value": None, "new_value": None, "reason": why}])
        return phones

    def unit_holds(self, actor: Actor, unit_id: int) -> tuple[NoteInfo, ...]:
        """The active holds of a unit: the warnings every tab shows when the unit is picked (read alone,
        not through the whole unit: the banners ask on every reload of the call, request and guest pages)."""
        actor.require(Permission.DIRECTORY_VIEW)
        with self._db.read() as s:
            if s.get(Unit, unit_id) is None:
                raise NotFound(MSG_UNIT_UNKNOWN, room=str(unit_id))
            return _notes(s, UnitNote.unit_id == unit_id, UnitNote.voided_at.is_(None),
                          UnitNote.kind.in_([k.value for k in NoteKind if k.is_hold]))

    # -- changes ----------------------------------------------------------------------------

    def create_unit(self, actor: Actor, room_text: str, *, area_m2: str = "") -> UnitRef:
        actor.require(Permission.DIRECTORY_EDIT)
        area, p = check_text(area_m2, "area", max_len=12)
        if p:
            raise ValidationError([p])
        with self._db.write(actor) as s:
            room = room_scheme(s).parse(room_text)
            unit, created = get_or_create_unit(s, actor, room, self._db.clock.now(), actor.station)
            if not created:
                raise Conflict(MSG_UNIT_EXISTS, field="room", room=str(room))
            unit.area_m2 = area or None
            return UnitRef(unit.id, unit.room_no)

    def add_resident(self, actor: Actor, unit_id: int, *, name: str, role: str | ResidentRole,
                     phones: list[str] | tuple[str, ...], notes: str = "", moved_in: date | None = None,
                     moved_out: date | None = None) -> ResidentInfo:
        actor.require(Permission.DIRECTORY_EDIT)
        data = validate_resident(name=name, role=role, phones=phones, notes=notes,
                                 moved_in=moved_in, moved_out=moved_out)
        with self._db.write(actor) as s:
            if s.get(Unit, unit_id) is None:
                raise NotFound(MSG_UNIT_UNKNOWN, field="room", room=str(unit_id))
            resident = Resident(unit_id=unit_id, name=data.name, role=data.role.value, notes=data.notes,
                                moved_in=data.moved_in, moved_out=data.moved_out,
                                created_at=self._db.clock.now(), created_by_id=actor.staff_id,
                                created_station=actor.station)
            s.add(resident)
            s.flush()
            set_phones(s, resident, data.phones)
            s.flush()
            return _resident_info(resident)

    def update_resident(self, actor: Actor, resident_id: int, *, name: str, role: str | ResidentRole,
                        phones: list[str] | tuple[str, ...], notes: str = "",
                        moved_in: date | None = None, moved_out: date | None = None) -> ResidentInfo:
        actor.require(Permission.DIRECTORY_EDIT)
        data = validate_resident(name=name, role=role, phones=phones, notes=notes,
                                 moved_in=moved_in, moved_out=moved_out)
        with self._db.write(actor) as s:
            resident = locked(s, Resident, resident_id)
            if resident is None:
                raise NotFound(MSG_RESIDENT_GONE)
            if resident.voided_at is not None:
                raise Conflict(MSG_RESIDENT_VOIDED_BY, **void_stamp(s, resident))
            resident.name, resident.role, resident.notes = data.name, data.role.value, data.notes
            resident.moved_in, resident.moved_out = data.moved_in, data.moved_out
            resident.updated_at = self._db.clock.now()
            set_phones(s, resident, data.phones)
            s.flush()
            return _resident_info(resident)

    def void_resident(self, actor: Actor, resident_id: int, *, reason: str) -> None:
        """Mark a resident record void (entered by mistake); it stays visible as void."""
        self._db.void(actor, Resident, resident_id, reason=reason, permission=Permission.DIRECTORY_VOID,
                      gone=NotFound(MSG_RESIDENT_GONE), already=MSG_RESIDENT_ALREADY_VOID)

    def add_note(self, actor: Actor, unit_id: int, *, kind: str | NoteKind, text: str) -> NoteInfo:
        actor.require(Permission.DIRECTORY_EDIT)
        problems = Problems()
        try:
            note_kind = NoteKind(kind)
        except ValueError:
            problems.add("kind", MSG_NOTE_KIND)
            note_kind = NoteKind.NOTE
        body, p = check_text(text, "text", required=True, max_len=500, multiline=True)
        if p:
            problems.items.append(p)
        problems.raise_if_any()
        with self._db.write(actor) as s:
            if s.get(Unit, unit_id) is None:
                raise NotFound(MSG_UNIT_UNKNOWN, room=str(unit_id))
            note = UnitNote(unit_id=unit_id, kind=note_kind.value, text=body, created_at=self._db.clock.now(),
                            created_by_id=actor.staff_id, created_station=actor.station)
            s.add(note)
            s.flush()
            return NoteInfo(note.id, unit_id, note_kind, body, note.created_at, actor.name, None, None)

    def void_note(self, actor: Actor, note_id: int, *, reason: str) -> None:
        """Lift a hold or withdraw a note, with the reason; it stays in the unit's history.

        A safety or dispute hold is lifted only by a supervisor; an arrears hold (or any other) by the
        desk. A note's kind never changes, so it is read before the transaction that voids it.
        """
        actor.require(Permission.DIRECTORY_EDIT)
        with self._db.read() as s:
            kind = s.scalar(select(UnitNote.kind).where(UnitNote.id == note_id)) \
                if isinstance(note_id, int) and 0 < note_id < 2**63 else None
        actor.require_to_lift(kind or NoteKind.NOTE)  # a note that is not there: the void says so
        self._db.void(actor, UnitNote, note_id, reason=reason, permission=Permission.DIRECTORY_EDIT,
                      gone=NotFound(MSG_NOTE_GONE),
                      already=lambda note: MSG_HOLD_ALREADY_LIFTED if NoteKind(note.kind).is_hold
                      else MSG_NOTE_ALREADY_WITHDRAWN)
