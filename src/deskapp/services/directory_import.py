"""Import of the resident directory from a site's sheet: map columns, preview, then commit.

Nothing is written until ``commit`` and ``commit`` refuses a sheet with any error, so an
import is all or nothing. Units are matched by room number and residents by unit and name,
so importing the same file again changes nothing.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from deskapp.db.audit import audit_bulk_inserts
from deskapp.db.models import Building, Resident, ResidentNameGram, ResidentPhone, Unit
from deskapp.db.name_index import gram_rows
from deskapp.domain.dates import parse_date
from deskapp.domain.directory import RESIDENT_ROLE_WORDS, ResidentRole
from deskapp.domain.errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from deskapp.domain.identity import parse_resident_id
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.text import check_text, excerpt
from deskapp.domain.units import RoomNumber, RoomScheme, sort_key
from deskapp.services.base import Database, one_at_a_time
from deskapp.services.directory import (
    MAX_PHONES,
    ResidentInput,
    set_phones,
    validate_resident,
)
from deskapp.services.sheets import PROGRESS_EVERY, Progress, Sheet, read_sheet
from deskapp.services.site import room_scheme
from deskapp.services.timeutil import local_date

MSG_NO_ROOM_COLUMN = QT_TRANSLATE_NOOP(
    "errors", "Choose the column with the room number, or the building, entrance and room columns."
)
MSG_NO_NAME_COLUMN = QT_TRANSLATE_NOOP("errors", "Choose the column with the resident's name.")
MSG_ROLE_WORD = QT_TRANSLATE_NOOP(
    "errors", "“{text}” is not a resident type: write 业主, 租户 or 家属."
)
MSG_DUPLICATE_ROW = QT_TRANSLATE_NOOP("errors", "The same resident as row {row}.")
MSG_HAS_ERRORS = QT_TRANSLATE_NOOP(
    "errors", "{count} rows have errors. Correct them in the file and import again; nothing was saved."
)
MSG_COLUMN_TWICE = QT_TRANSLATE_NOOP("errors", "Column “{column}” is chosen for more than one field.")
MSG_FORMULA_NO_VALUE = QT_TRANSLATE_NOOP(
    "errors", "The cell holds a formula saved without its result: open the file in Excel, save it and choose it again."
)


class Field(enum.StrEnum):
    ROOM_NO = "room_no"
    BUILDING = "building"
    ENTRANCE = "entrance"
    FLOOR = "floor"
    ROOM = "room"
    NAME = "name"
    ID_NUMBER = "id_number"
    ROLE = "role"
    PHONE = "phone"
    PHONE2 = "phone2"
    PHONE3 = "phone3"
    NOTES = "notes"
    MOVED_IN = "moved_in"
    MOVED_OUT = "moved_out"
    AREA = "area"
    STATUS = "status"


VOID_WORDS = ("作废", "void")

FIELD_LABELS = {
    Field.ROOM_NO: QT_TRANSLATE_NOOP("import", "Room number (3-2-1502)"),
    Field.BUILDING: QT_TRANSLATE_NOOP("import", "Building"),
    Field.ENTRANCE: QT_TRANSLATE_NOOP("import", "Entrance"),
    Field.FLOOR: QT_TRANSLATE_NOOP("import", "Floor"),
    Field.ROOM: QT_TRANSLATE_NOOP("import", "Room"),
    Field.NAME: QT_TRANSLATE_NOOP("import", "Name"),
    Field.ID_NUMBER: QT_TRANSLATE_NOOP("import", "ID number (kept masked in the notes)"),
    Field.ROLE: QT_TRANSLATE_NOOP("import", "Owner / tenant / family"),
    Field.PHONE: QT_TRANSLATE_NOOP("import", "Phone"),
    Field.PHONE2: QT_TRANSLATE_NOOP("import", "Phone 2"),
    Field.PHONE3: QT_TRANSLATE_NOOP("import", "Phone 3"),
    Field.NOTES: QT_TRANSLATE_NOOP("import", "Notes"),
    Field.MOVED_IN: QT_TRANSLATE_NOOP("import", "Moved in"),
    Field.MOVED_OUT: QT_TRANSLATE_NOOP("import", "Moved out"),
    Field.AREA: QT_TRANSLATE_NOOP("import", "Area (m²)"),
    Field.STATUS: QT_TRANSLATE_NOOP("import", "Status (void rows are skipped)"),
}

# Header words seen in sites' sheets, most specific first.
HEADER_WORDS: dict[Field, tuple[str, ...]] = {
    Field.ROOM_NO: ("房号", "房间号", "房屋编号", "房屋", "门牌号", "room no", "room_no", "unit"),
    Field.BUILDING: ("楼栋", "栋", "幢", "楼号", "楼栋号", "栋号", "building"),
    Field.ENTRANCE: ("单元", "单元号", "entrance"),
    Field.FLOOR: ("楼层", "层", "所在楼层", "floor"),
    Field.ROOM: ("室", "户号", "room"),
    Field.NAME: ("姓名", "业主姓名", "业主名称", "客户名称", "客户姓名", "住户姓名", "住户名称", "名字",
                 "name"),
    Field.ID_NUMBER: ("身份证", "身份证号", "身份证号码", "证件号", "证件号码", "id number"),
    Field.ROLE: ("身份", "类型", "住户类型", "业主类型", "客户类型", "关系", "与业主关系", "role"),
    Field.PHONE: ("手机", "电话", "联系电话", "手机号", "手机号码", "电话1", "phone"),
    Field.PHONE2: ("电话2", "备用电话", "固话", "联系电话2", "phone 2", "phone2"),
    Field.PHONE3: ("电话3", "phone 3", "phone3"),
    Field.NOTES: ("备注", "说明", "notes", "note"),
    Field.MOVED_IN: ("入住日期", "入住时间", "入伙日期", "moved in"),
    Field.MOVED_OUT: ("迁出日期", "搬离日期", "退租日期", "moved out"),
    Field.AREA: ("面积", "建筑面积", "area"),
    Field.STATUS: ("状态", "status"),
}

Mapping_ = Mapping[Field, int]


def guess_mapping(headers: tuple[str, ...]) -> dict[Field, int]:
    """The columns whose header names a field; exact words win over partial ones."""
    norm = [h.strip().lower().replace(" ", "") for h in headers]
    mapping: dict[Field, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for fld, words in HEADER_WORDS.items():
            if fld in mapping:
                continue
            for word in words:
                w = word.replace(" ", "")
                hit = next((i for i, h in enumerate(norm) if i not in used and h and
                            (h == w if exact else (w in h))), None)
                if hit is not None:
                    mapping[fld] = hit
                    used.add(hit)
                    break
    if Field.ROOM_NO in mapping and Field.ROOM in mapping:
        del mapping[Field.ROOM]
    if Field.BUILDING in mapping and Field.ROOM_NO in mapping:
        # Beside a building column, 房号/房屋 holds the room alone (101), to be composed with it.
        mapping[Field.ROOM] = mapping.pop(Field.ROOM_NO)
    return mapping


def looks_like_header(row: tuple[str, ...]) -> bool:
    """A row that names the name column and the room (or the building) column, as a header does."""
    mapping = guess_mapping(row)
    return Field.NAME in mapping and bool({Field.ROOM_NO, Field.BUILDING, Field.ROOM} & set(mapping))


def read_directory_sheet(path, progress: Progress | None = None) -> Sheet:
    """The sheet with its header found under any title rows (the user can pick another row)."""
    return read_sheet(path, looks_like_header, progress)


class ImportCancelled(Exception):
    """Raised by a progress callback to stop a read, plan or commit; a commit stopped so writes nothing."""


def compose_room(building: str, entrance: str, floor: str, room: str) -> str:
    """The room number from separate columns: ``3`` ``2`` ``1502`` → ``3-2-1502``; a room given whole
    (``3-2-1502``) stays; a room of one or two digits takes its floor (``15``, ``2`` → ``1502``)."""
    if not building:
        return room
    whole = RoomNumber.read(room) if room else None
    own = RoomNumber.read(f"{building}-1")
    if whole is not None and (own is None or whole.building == own.building):
        return room
    if floor.isdigit() and room.isdigit() and len(room) <= 2:
        room = f"{int(floor)}{int(room):02d}"
    parts = [building, entrance, room]
    return "-".join(p.strip("-") for p in parts if p.strip("-"))


class RowAction(enum.StrEnum):
    NEW = "new"
    UPDATE = "update"
    SAME = "same"
    SKIP = "skip"  # marked void in the sheet (as the export writes it)
    EMPTY = "empty"  # no person on the row (an unsold or empty room): the unit alone
    ERROR = "error"


@dataclass(frozen=True)
class RowProblem:
    column: str
    problem: Problem


@dataclass(frozen=True)
class PlanRow:
    row_number: int
    room_no: str
    name: str
    action: RowAction
    problems: tuple[RowProblem, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    rows: tuple[PlanRow, ...]
    new_units: int
    mapping_problems: tuple[Problem, ...] = field(default=())

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def errors(self) -> tuple[PlanRow, ...]:
        return tuple(r for r in self.rows if r.action is RowAction.ERROR)

    @property
    def ok(self) -> bool:
        return not self.mapping_problems and not self.errors

    @property
    def has_work(self) -> bool:
        """Something to write: a resident new or changed, or a unit to create."""
        return self.new_units > 0 or any(r.action in (RowAction.NEW, RowAction.UPDATE) for r in self.rows)


@dataclass(frozen=True)
class _Parsed:
    row_number: int
    room: RoomNumber | None
    area: str
    resident: ResidentInput | None
    problems: tuple[RowProblem, ...]
    void: bool = False
    unit_only: bool = False


def _check_mapping(sheet: Sheet, mapping: Mapping_) -> list[Problem]:
    problems = []
    if Field.ROOM_NO not in mapping and not (Field.BUILDING in mapping and Field.ROOM in mapping):
        problems.append(Problem("mapping", MSG_NO_ROOM_COLUMN))
    if Field.NAME not in mapping:
        problems.append(Problem("mapping", MSG_NO_NAME_COLUMN))
    seen: dict[int, Field] = {}
    for fld, col in mapping.items():
        if col in seen:
            problems.append(Problem("mapping", MSG_COLUMN_TWICE, {"column": excerpt(sheet.headers[col]) or col + 1}))
        seen[col] = fld
    return problems


ID_NOTE = "身份证 {masked}"  # how a masked ID number is kept in the resident's notes (the data's language)


def _parse_row(sheet: Sheet, mapping: Mapping_, index: int, scheme: RoomScheme, today: date) -> _Parsed:
    row = sheet.rows[index]
    number = sheet.first_row + index

    def cell(fld: Field) -> str:
        col = mapping.get(fld)
        return row[col].strip() if col is not None and col < len(row) else ""

    def column(fld: Field) -> str:
        col = mapping.get(fld)
        if col is None:
            return ""
        return sheet.headers[col] or f"#{col + 1}"

    status = cell(Field.STATUS).lower()
    if any(word in status for word in VOID_WORDS):
        return _Parsed(number, None, "", None, (), void=True)
    problems: list[RowProblem] = []
    if sheet.no_value:
        problems += [RowProblem(column(fld), Problem(fld.value, MSG_FORMULA_NO_VALUE))
                     for fld, col in mapping.items() if sheet.lacks_value(index, col)]
    room = None
    room_field = Field.ROOM_NO if Field.ROOM_NO in mapping else Field.ROOM
    text = cell(Field.ROOM_NO) if Field.ROOM_NO in mapping else compose_room(
        cell(Field.BUILDING), cell(Field.ENTRANCE), cell(Field.FLOOR), cell(Field.ROOM))
    try:
        room = scheme.parse(text, "room")
    except ValidationError as exc:
        problems += [RowProblem(column(room_field), p) for p in exc.problems]
    area, p = check_text(cell(Field.AREA), "area", max_len=12)
    if p:
        problems.append(RowProblem(column(Field.AREA), p))
    phones = [cell(f) for f in (Field.PHONE, Field.PHONE2, Field.PHONE3)][:MAX_PHONES]
    id_text = cell(Field.ID_NUMBER)
    if not cell(Field.NAME) and not any(phones) and not id_text and not problems:
        # No person on the row (an unsold or empty room): the unit alone.
        return _Parsed(number, room, area, None, (), unit_only=True)
    role_text = cell(Field.ROLE)
    role: ResidentRole | None = ResidentRole.OWNER
    if role_text:
        role = RESIDENT_ROLE_WORDS.get(role_text.lower()) or RESIDENT_ROLE_WORDS.get(role_text)
        if role is None:
            problems.append(RowProblem(column(Field.ROLE), Problem("role", MSG_ROLE_WORD, {"text": excerpt(role_text)})))
    dates = {}
    for fld in (Field.MOVED_IN, Field.MOVED_OUT):
        try:
            dates[fld] = parse_date(cell(fld), fld.value)
        except ValidationError as exc:
            dates[fld] = None
            problems += [RowProblem(column(fld), p) for p in exc.problems]
    notes = cell(Field.NOTES)
    if id_text:
        try:
            masked = ID_NOTE.format(masked=parse_resident_id(id_text, "id_number", today=today).masked)
        except ValidationError as exc:
            problems += [RowProblem(column(Field.ID_NUMBER), p) for p in exc.problems]
        else:
            if masked not in notes:
                notes = f"{notes} {masked}".strip()
    resident = None
    try:
        resident = validate_resident(name=cell(Field.NAME), role=role or ResidentRole.OWNER, phones=phones,
                                     notes=notes, moved_in=dates[Field.MOVED_IN],
                                     moved_out=dates[Field.MOVED_OUT])
    except ValidationError as exc:
        by_field = {"name": Field.NAME, "phone": Field.PHONE, "phone2": Field.PHONE2,
                    "phone3": Field.PHONE3, "notes": Field.NOTES, "moved_out": Field.MOVED_OUT}
        problems += [RowProblem(column(by_field.get(p.field or "", Field.NAME)), p) for p in exc.problems]
    return _Parsed(number, room, area, resident, tuple(problems))


def _merge_phones(existing: tuple[str, ...], incoming: tuple[str, ...]) -> tuple[str, ...]:
    merged = list(incoming)
    for p in existing:
        if p not in merged:
            merged.append(p)
    return tuple(merged[:MAX_PHONES])


@dataclass(frozen=True)
class _Current:
    """A resident as a plan compares it: plain values, not an ORM object (a big site's re-import
    would otherwise hold every resident and phone as objects)."""

    id: int
    role: str
    notes: str
    moved_in: date | None
    moved_out: date | None
    phones: tuple[str, ...]


def _changes(current: _Current, data: ResidentInput) -> tuple[dict[str, object], tuple[str, ...] | None]:
    """What the sheet would change on an existing resident (fields, and the phones if they change);
    empty cells keep what is there."""
    wanted: dict[str, object] = {"role": data.role.value}
    if data.notes:
        wanted["notes"] = data.notes
    if data.moved_in:
        wanted["moved_in"] = data.moved_in
    if data.moved_out:
        wanted["moved_out"] = data.moved_out
    changes = {k: v for k, v in wanted.items() if getattr(current, k) != v}
    current_phones = current.phones
    phones = _merge_phones(current_phones, data.phones)
    return changes, (phones if phones != current_phones else None)


@dataclass
class _Lookup:
    """What a plan found in the database: unit ids by room number, residents by unit and name."""

    units: dict[str, int]
    residents: dict[tuple[int, str], _Current]


_CHUNK = 500
_INSERT_CHUNK = 2000


def _chunked_pairs(s: Session, key, value, keys: list[str]) -> list[tuple[str, int]]:
    pairs: list[tuple[str, int]] = []
    for start in range(0, len(keys), _CHUNK):
        pairs += [(k, v) for k, v in s.execute(select(key, value).where(key.in_(keys[start:start + _CHUNK])))]
    return pairs


def _insert(s: Session, model, rows: list[dict]) -> None:
    """Insert ``rows`` in bulk statements, put each new row's ``id`` into its dict, and write their
    audit rows in bulk as the flush hook would."""
    for start in range(0, len(rows), _INSERT_CHUNK):
        chunk = rows[start:start + _INSERT_CHUNK]
        # The table, not the ORM entity: the ORM's bulk insert splits the rows into one statement a row
        # wherever NULLs differ (a moved-in date given or not); the Core insert sends them in batches.
        table = model.__table__
        ids = s.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), chunk).scalars().all()
        for row, new_id in zip(chunk, ids, strict=True):
            row["id"] = new_id
        audit_bulk_inserts(s, model, chunk)


class DirectoryImportService:
    """Preview and commit of a directory sheet."""

    def __init__(self, *, db: Database) -> None:
        self._db = db

    def plan(self, actor: Actor, sheet: Sheet, mapping: Mapping_, progress: Progress | None = None) -> ImportPlan:
        """What importing ``sheet`` would do, row by row, without writing anything."""
        actor.require(Permission.DIRECTORY_IMPORT)
        with self._db.read() as s:
            return self._plan(s, sheet, mapping, progress)[0]

    def commit(self, actor: Actor, sheet: Sheet, mapping: Mapping_, progress: Progress | None = None) -> ImportPlan:
        """Apply the sheet in one transaction; refused (nothing written) if any row has an error.

        ``progress`` is told how far it is (planning, then writing) and may raise (ImportCancelled) to
        stop: the transaction is rolled back and nothing is written."""
        actor.require(Permission.DIRECTORY_IMPORT)
        now = self._db.clock.now()
        with self._db.write(actor, reason=f"import {sheet.name}"[:200]) as s:
            # One import at a time: two supervisors importing the same sheet at once would each find
            # a resident missing and both add them. The second waits, then plans against the first.
            one_at_a_time(s, "import directory")
            half = None if progress is None else (lambda done, total: progress(done // 2, total))
            plan, parsed, lookup = self._plan(s, sheet, mapping, half)
            if not plan.ok:
                raise ValidationError(list(plan.mapping_problems) or [
                    Problem("file", MSG_HAS_ERRORS, {"count": len(plan.errors)})])
            self._apply(s, actor, now, parsed, plan, lookup, progress)
            if progress is not None:
                progress(len(parsed), len(parsed))  # the last chance to stop before the commit
            return plan

    @staticmethod
    def _apply(s: Session, actor: Actor, now: datetime, parsed: list[_Parsed], plan: ImportPlan,
               lookup: _Lookup, progress: Progress | None = None) -> None:
        """Write the plan: new buildings, units, residents and phones in bulk statements (with their
        audit rows and name-index rows written in bulk too), changes to existing rows through the ORM
        so that the flush hooks audit them field by field."""
        stamp = {"created_at": now, "created_by_id": actor.staff_id, "created_station": actor.station}
        todo = [(item, row) for item, row in zip(parsed, plan.rows, strict=True)
                if row.action in (RowAction.NEW, RowAction.UPDATE, RowAction.EMPTY)]
        units = lookup.units
        missing: dict[str, RoomNumber] = {}
        for item, _row in todo:
            assert item.room is not None
            if str(item.room) not in units:
                missing.setdefault(str(item.room), item.room)
        if missing:
            # As get_or_create_unit: creating units goes one transaction at a time; look again then.
            one_at_a_time(s, "create unit")
            units.update(_chunked_pairs(s, Unit.room_no, Unit.id, list(missing)))
            missing = {k: v for k, v in missing.items() if k not in units}
        if missing:
            codes = sorted({r.building for r in missing.values()})
            buildings = dict(_chunked_pairs(s, Building.code, Building.id, codes))
            new_buildings: list[dict] = [{"code": c, "name": f"{c}栋", **stamp} for c in codes if c not in buildings]
            if new_buildings:
                _insert(s, Building, new_buildings)
                buildings.update((str(b["code"]), int(b["id"])) for b in new_buildings)
            areas = {str(item.room): item.area for item, _row in todo if item.area}
            new_units: list[dict] = [{"building_id": buildings[r.building], "room_no": no, "sort_key": sort_key(no),
                          "entrance": r.entrance, "room": r.room, "floor": r.floor,
                          "area_m2": areas.get(no), **stamp} for no, r in missing.items()]
            _insert(s, Unit, new_units)
            units.update((str(u["room_no"]), int(u["id"])) for u in new_units)
            created = set(missing)
        else:
            created = set()
        # Area changes of units that were there already: through the ORM, audited field by field.
        area_changes = {units[str(item.room)]: item.area for item, _row in todo
                        if item.area and str(item.room) not in created}
        for unit_id, area in area_changes.items():
            unit = s.get(Unit, unit_id)
            if unit is not None and unit.area_m2 != area:
                unit.area_m2 = area
        new_residents: list[dict] = []
        new_phones: list[tuple[int, tuple[str, ...]]] = []
        for item, _row in todo:
            data = item.resident
            if item.unit_only:
                continue
            assert data is not None and item.room is not None
            unit_id = units[str(item.room)]
            current = lookup.residents.get((unit_id, data.name))
            if current is None:
                new_residents.append({"unit_id": unit_id, "name": data.name, "role": data.role.value,
                                      "notes": data.notes, "moved_in": data.moved_in,
                                      "moved_out": data.moved_out, **stamp})
                new_phones.append((len(new_residents) - 1, data.phones))
            else:
                changes, phones = _changes(current, data)
                resident = s.get(Resident, current.id, options=[selectinload(Resident.phones)])
                assert resident is not None
                for key, value in changes.items():
                    setattr(resident, key, value)
                if phones is not None:
                    set_phones(s, resident, phones)
                resident.updated_at = now
        s.flush()
        if progress is not None:
            progress(len(parsed) * 3 // 4, len(parsed))
        if new_residents:
            _insert(s, Resident, new_residents)
            phone_rows = [{"resident_id": new_residents[i]["id"], "position": pos, "phone": digits,
                           "last4": digits[-4:]} for i, phones in new_phones for pos, digits in enumerate(phones)]
            if phone_rows:
                _insert(s, ResidentPhone, phone_rows)
            grams = [g for r in new_residents for g in gram_rows(r["id"], r["name"])]
            for start in range(0, len(grams), 5000):
                s.execute(insert(ResidentNameGram), grams[start:start + 5000])

    def _plan(self, s: Session, sheet: Sheet, mapping: Mapping_,
              progress: Progress | None = None) -> tuple[ImportPlan, list[_Parsed], _Lookup]:
        mapping_problems = _check_mapping(sheet, mapping)
        if mapping_problems:
            return ImportPlan((), 0, tuple(mapping_problems)), [], _Lookup({}, {})
        scheme = room_scheme(s)
        today = local_date(self._db.clock.now())
        parsed = []
        for i in range(len(sheet.rows)):
            if progress is not None and i % PROGRESS_EVERY == 0:
                progress(i, len(sheet.rows))
            parsed.append(_parse_row(sheet, mapping, i, scheme, today))
        rooms = {str(p.room) for p in parsed if p.room}
        units: dict[str, int] = {}
        residents: dict[tuple[int, str], _Current] = {}
        room_list = sorted(rooms)
        for start in range(0, len(room_list), 500):
            chunk = room_list[start:start + 500]
            units.update(s.execute(select(Unit.room_no, Unit.id).where(Unit.room_no.in_(chunk))).all())
        unit_ids = list(units.values())
        for start in range(0, len(unit_ids), 500):
            chunk_ids = unit_ids[start:start + 500]
            found = s.execute(select(Resident.id, Resident.unit_id, Resident.name, Resident.role, Resident.notes,
                                     Resident.moved_in, Resident.moved_out).where(
                Resident.unit_id.in_(chunk_ids), Resident.voided_at.is_(None)).order_by(Resident.id)).all()
            phones_of: dict[int, list[str]] = {}
            for resident_id, phone in s.execute(
                    select(ResidentPhone.resident_id, ResidentPhone.phone).join(Resident).where(
                        Resident.unit_id.in_(chunk_ids), Resident.voided_at.is_(None)).order_by(
                        ResidentPhone.resident_id, ResidentPhone.position)):
                phones_of.setdefault(resident_id, []).append(phone)
            for rid, unit_id, name, role, notes, moved_in, moved_out in found:
                residents.setdefault((unit_id, name), _Current(rid, role, notes, moved_in, moved_out,
                                                               tuple(phones_of.get(rid, ()))))
        seen: dict[tuple[str, str], int] = {}
        rows = []
        for p in parsed:
            if p.void:
                rows.append(PlanRow(p.row_number, "", "", RowAction.SKIP))
                continue
            room_no = str(p.room) if p.room else ""
            if p.unit_only:
                rows.append(PlanRow(p.row_number, room_no, "", RowAction.EMPTY))
                continue
            name = p.resident.name if p.resident else ""
            problems = list(p.problems)
            if not problems:
                key = (room_no, name)
                if key in seen:
                    problems.append(RowProblem("", Problem("row", MSG_DUPLICATE_ROW, {"row": seen[key]})))
                else:
                    seen[key] = p.row_number
            if problems:
                rows.append(PlanRow(p.row_number, room_no, name, RowAction.ERROR, tuple(problems)))
                continue
            assert p.resident is not None
            unit_found = units.get(room_no)
            current = residents.get((unit_found, name)) if unit_found is not None else None
            if current is None:
                action = RowAction.NEW
            else:
                fields, phones = _changes(current, p.resident)
                action = RowAction.UPDATE if fields or phones is not None else RowAction.SAME
            rows.append(PlanRow(p.row_number, room_no, name, action))
        new_units = len({r.room_no for r in rows if r.room_no and r.room_no not in units
                         and r.action in (RowAction.NEW, RowAction.UPDATE, RowAction.EMPTY)})
        return ImportPlan(tuple(rows), new_units), parsed, _Lookup(units, residents)
