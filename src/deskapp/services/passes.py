"""Move-out passes 大件物品放行条: issued at the desk, checked and collected at the gate, the red copy
放行联 returned to the desk and filed; void, reprints, search and the reconciliation lists."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time

from sqlalchemy import ColumnElement, CompoundSelect, Select, and_, false, func, select, union
from sqlalchemy.orm import Session, selectinload

from deskapp.db.models import (
    MovePass,
    MovePassItem,
    MovePassNameGram,
    MovePassPlateTail,
    Resident,
    Staff,
    Unit,
    UnitNote,
)
from deskapp.domain.consent import Consent, ConsentMethod, check_consent
from deskapp.domain.directory import NoteKind, ResidentRole
from deskapp.domain.errors import (
    QT_TRANSLATE_NOOP,
    Conflict,
    NotFound,
    PermissionDenied,
    Problems,
    ValidationError,
)
from deskapp.domain.identity import IdType, read_id_document
from deskapp.domain.passes import (
    DEFAULT_END,
    DEFAULT_START,
    ItemLine,
    NumberReading,
    PassState,
    PassStep,
    Verdict,
    Window,
    check_arrears,
    check_items,
    make_window,
    may_void,
    next_state,
    pass_number,
    read_pass_number,
    verdict,
)
from deskapp.domain.plates import normalize_plate, plate_query
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.search import SearchTerms, read_search
from deskapp.domain.text import ascii_grams, check_person_name, check_text, excerpt, prefix_end
from deskapp.services.base import Database, checked_reason, locked, void_stamp, who_and_when
from deskapp.services.directory import phone_lookups, room_condition
from deskapp.services.site import SiteService
from deskapp.services.timeutil import day_range_utc, local_date, local_text
from deskapp.services.visits import checked_days, phone_or_none, unit_for

MSG_NOT_A_PASS = QT_TRANSLATE_NOOP("errors", "“{text}” is not a pass number (P and 8 digits, as printed).")
MSG_PASS_MISTYPED = QT_TRANSLATE_NOOP(
    "errors", "“{text}” is mistyped: its last digit does not match the others. Type the number again as printed.")
MSG_PASS_UNKNOWN = QT_TRANSLATE_NOOP("errors", "There is no pass {number}.")
MSG_PASS_VOID = QT_TRANSLATE_NOOP("errors", "Pass {number} was voided by {name} at {time}: {reason}")
MSG_PASS_COLLECTED = QT_TRANSLATE_NOOP(
    "errors", "Pass {number} was already collected at {time} at {gate} by {name}.")
MSG_PASS_REFUSED = QT_TRANSLATE_NOOP(
    "errors", "Pass {number} was refused at {time} at {gate} by {name}: {note}. A new pass is needed.")
MSG_PASS_EXPIRED = QT_TRANSLATE_NOOP("errors", "Pass {number} was valid until {until}: it has expired.")
MSG_PASS_NOT_YET = QT_TRANSLATE_NOOP("errors", "Pass {number} is valid from {since}: not yet.")
MSG_PASS_ALREADY_VOID = QT_TRANSLATE_NOOP(
    "errors", "Pass {number} was already voided by {name} at {time}: {reason}. Nothing was changed.")
MSG_PASS_VOID_WHO = QT_TRANSLATE_NOOP(
    "errors", "Only a supervisor, or the member who issued it before it is collected, can void pass {number}.")
MSG_PASS_VOID_STATE = QT_TRANSLATE_NOOP("errors", "Pass {number}'s red copy is filed: it can no longer be voided.")
MSG_RED_COPY_NOT_OUT = QT_TRANSLATE_NOOP(
    "errors", "Pass {number} has not been collected at a gate: there is no red copy to check in.")
MSG_RED_COPY_BACK = QT_TRANSLATE_NOOP(
    "errors", "The red copy of pass {number} was already checked in by {name} at {time}.")
MSG_GATE_REQUIRED = QT_TRANSLATE_NOOP("errors", "Name the gate (this station's gate in its settings).")
MSG_MISMATCH_NOTE = QT_TRANSLATE_NOOP("errors", "Say how the load differs from the pass.")
MSG_APPLICANT_UNIT = QT_TRANSLATE_NOOP("errors", "This resident is not a current resident of unit {room}.")

GATE_VERDICT_MESSAGES = {
    Verdict.VOID: MSG_PASS_VOID,
    Verdict.COLLECTED: MSG_PASS_COLLECTED,
    Verdict.REFUSED: MSG_PASS_REFUSED,
    Verdict.EXPIRED: MSG_PASS_EXPIRED,
    Verdict.NOT_YET_VALID: MSG_PASS_NOT_YET,
    Verdict.UNKNOWN: MSG_PASS_UNKNOWN,
    Verdict.MISTYPED: MSG_PASS_MISTYPED,
}
MAX_LIST = 10_000


@dataclass(frozen=True)
class Applicant:
    """Who applies: a resident of the unit picked from the directory (``resident_id``), or another
    person (mover, tenant's agent) with name and phone. The ID document is seen either way; its number
    is checked and then only its masked form is kept."""

    id_type: IdType | str
    id_number: str
    resident_id: int | None = None
    name: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ItemInfo:
    name: str
    quantity: int
    unit: str


@dataclass(frozen=True)
class PassInfo:
    id: int
    number: str
    state: PassState
    unit_id: int
    room_no: str
    applicant_name: str
    applicant_phone: str | None
    applicant_is_owner: bool
    id_type: IdType
    id_masked: str
    consent_method: ConsentMethod | None
    consent_owner: str
    consent_at: datetime | None
    consent_taken_by: str
    arrears_told: bool
    valid_from: datetime
    valid_until: datetime
    plate: str
    movers: str
    remarks: str
    items: tuple[ItemInfo, ...]
    issued_at: datetime
    issued_by_id: int | None
    issued_by: str
    issued_station: str
    reprints: int
    collected_at: datetime | None
    collected_by: str
    collected_gate: str
    mover_id_masked: str
    gate_note: str
    red_copy_returned_at: datetime | None
    red_copy_returned_by: str
    voided_at: datetime | None
    void_reason: str | None

    @property
    def window(self) -> Window:
        return Window(self.valid_from, self.valid_until)


@dataclass(frozen=True)
class GateCheck:
    """What the gate shows for a scanned number: the verdict, the pass if there is one, and the
    refusal's message with its values (who, when, which gate) — empty for a valid pass."""

    verdict: Verdict
    pass_: PassInfo | None
    message: str = ""
    params: dict[str, str] | None = None


@dataclass(frozen=True)
class PassQuery:
    text: str = ""  # a number, a room, an applicant's name or phone, a plate
    first_day: date | None = None  # the moving day, local
    last_day: date | None = None
    unit_id: int | None = None


def _local_to_utc(when: datetime) -> datetime:
    return when.astimezone(UTC).replace(tzinfo=None)



def expected_condition(now: datetime) -> ColumnElement[bool]:
    """Issued passes valid at some time on ``now``'s local day, not yet collected: what the gates expect
    (the gate's list, the desk's "Expected today", the board's passes out)."""
    today = local_date(now)
    start, end = day_range_utc(today, today)
    assert start is not None and end is not None
    return and_(MovePass.state == PassState.ISSUED.value, MovePass.voided_at.is_(None),
                MovePass.valid_from < end, MovePass.valid_until >= start)


def issued_condition(start: datetime | None, end: datetime | None) -> ColumnElement[bool]:
    """Issued (not void) within [start, end) (naive UTC; None: open)."""
    conditions: list[ColumnElement[bool]] = [MovePass.voided_at.is_(None)]
    if start is not None:
        conditions.append(MovePass.created_at >= start)
    if end is not None:
        conditions.append(MovePass.created_at < end)
    return and_(*conditions)


def collected_condition(start: datetime | None, end: datetime | None) -> ColumnElement[bool]:
    """Collected at a gate within [start, end) (naive UTC; None: open)."""
    conditions: list[ColumnElement[bool]] = [MovePass.collected_at.is_not(None)]
    if start is not None:
        conditions.append(MovePass.collected_at >= start)
    if end is not None:
        conditions.append(MovePass.collected_at < end)
    return and_(*conditions)


def red_copy_missing_condition() -> ColumnElement[bool]:
    """Collected at a gate, the red copy not yet back at the desk."""
    return and_(MovePass.state == PassState.COLLECTED.value, MovePass.voided_at.is_(None))


class PassService:
    """Move-out passes (manual 2.7.1.5 (7)); every public method is one user action."""

    def __init__(self, *, db: Database, site: SiteService) -> None:
        self._db = db
        self._site = site

    def now(self) -> datetime:
        """The time the records are stamped with (the server's on PostgreSQL)."""
        return self._db.clock.now()

    def valid_days(self) -> int:
        """How many days a pass is valid from its moving day unless the desk says otherwise (a site setting)."""
        return self._site.settings().pass_valid_days

    # -- issuing ----------------------------------------------------------------------------------

    def issue(self, actor: Actor, *, unit: str, applicant: Applicant, items: list[ItemLine] | tuple[ItemLine, ...],
              moving_day: date, start: time = DEFAULT_START, end: time = DEFAULT_END, days: int | None = None,
              plate: str = "", movers: str = "", remarks: str = "", consent: Consent | None = None,
              arrears_told: bool = False) -> PassInfo:
        """Issue a pass: everything checked here, and refused without an owner's consent for anyone who
        is not an owner of the unit, or without confirming the owner was told of an arrears hold.

        ``consent.given_at`` is naive UTC, as every stored time; the window's day and times are local;
        ``days`` (how many days it is valid from the moving day) defaults to the site's setting.
        """
        actor.require(Permission.PASS_ISSUE)
        now = self._db.clock.now()
        today = local_date(now)
        problems = Problems()
        clean_items = check_items(problems, items)
        window = make_window(problems, moving_day, start=start, end=end,
                             days=self._site.settings().pass_valid_days if days is None else days, today=today)
        try:
            document = read_id_document(applicant.id_type, applicant.id_number, "id_number", today=today)
        except ValidationError as exc:
            problems.extend(exc)
            document = None
        try:
            clean_plate = normalize_plate(plate, "plate")
        except ValidationError as exc:
            problems.extend(exc)
            clean_plate = ""
        clean_movers, p = check_text(movers, "movers", max_len=100)
        if p:
            problems.items.append(p)
        clean_remarks, p = check_text(remarks, "remarks", max_len=200)
        if p:
            problems.items.append(p)
        with self._db.write(actor) as s:
            unit_row = unit_for(s, unit, "unit", problems)
            resident = None
            name, phone = "", None
            if unit_row is not None and applicant.resident_id is not None:
                resident = s.get(Resident, applicant.resident_id)
                if resident is None or resident.unit_id != unit_row.id or resident.voided_at is not None \
                        or resident.moved_out is not None:
                    problems.add("applicant", MSG_APPLICANT_UNIT, room=unit_row.room_no)
                    resident = None
                else:
                    name = resident.name
                    phone = phone_or_none(applicant.phone, "applicant_phone", problems) or (
                        resident.phones[0].phone if resident.phones else None)
            if applicant.resident_id is None:
                name, p = check_person_name(applicant.name, "applicant_name")
                if p:
                    problems.items.append(p)
                phone = phone_or_none(applicant.phone, "applicant_phone", problems)
            is_owner = resident is not None and resident.role == ResidentRole.OWNER.value
            clean_consent = None
            if unit_row is not None:
                owners = {r.id: frozenset(ph.phone for ph in r.phones) for r in s.scalars(
                    select(Resident).options(selectinload(Resident.phones)).where(
                        Resident.unit_id == unit_row.id, Resident.role == ResidentRole.OWNER.value,
                        Resident.voided_at.is_(None), Resident.moved_out.is_(None)))}
                if consent is not None and consent.phone:  # as typed ("139 1234 5678"): compared as digits
                    consent = replace(consent, phone=phone_or_none(consent.phone, "consent_phone", problems) or "")
                clean_consent = check_consent(problems, consent, applicant_is_owner=is_owner, owner_phones=owners,
                                              now=now)
                arrears = s.scalar(select(UnitNote.id).where(
                    UnitNote.unit_id == unit_row.id, UnitNote.kind == NoteKind.ARREARS.value,
                    UnitNote.voided_at.is_(None)).limit(1)) is not None
                check_arrears(problems, has_arrears_hold=arrears, owner_told=arrears_told)
            problems.raise_if_any()
            assert unit_row is not None and document is not None
            row = MovePass(
                unit_id=unit_row.id, state=PassState.ISSUED.value,
                applicant_resident_id=resident.id if resident else None, applicant_name=name,
                applicant_phone=phone, applicant_is_owner=is_owner,
                id_type=document.kind.value, id_masked=document.masked,
                consent_method=clean_consent.method.value if clean_consent else None,
                consent_owner_id=clean_consent.owner_resident_id if clean_consent else None,
                consent_phone=(clean_consent.phone or None) if clean_consent else None,
                consent_at=clean_consent.given_at if clean_consent else None,
                consent_taken_by_id=actor.staff_id if clean_consent else None,
                arrears_told=bool(arrears_told),
                valid_from=_local_to_utc(window.valid_from), valid_until=_local_to_utc(window.valid_until),
                plate=clean_plate, movers=clean_movers, remarks=clean_remarks, reprints=0,
                gate_note="", created_at=now, created_by_id=actor.staff_id, created_station=actor.station)
            row.items = [MovePassItem(position=n, name=i.name, quantity=i.quantity, unit=i.unit)
                         for n, i in enumerate(clean_items)]
            s.add(row)
            s.flush()
            pass_id = row.id
        return self.get(actor, pass_id)

    def record_reprint(self, actor: Actor, pass_id: int) -> PassInfo:
        """Count a reprint (the copy is marked 补打); the returned pass carries the new count."""
        actor.require(Permission.PASS_ISSUE)
        with self._db.write(actor) as s:
            row = locked(s, MovePass, pass_id)
            if row is None:
                raise NotFound(MSG_PASS_UNKNOWN, number=pass_number(pass_id))
            row.reprints += 1
            row.last_printed_at = self._db.clock.now()
        return self.get(actor, pass_id)

    # -- the gate ---------------------------------------------------------------------------------

    def check(self, actor: Actor, number_text: str) -> GateCheck:
        """The verdict for a scanned or typed number; a read: nothing is written."""
        actor.require(Permission.PASS_CHECK)
        read = read_pass_number(number_text)
        if read.reading is not NumberReading.OK:
            v = Verdict.MISTYPED if read.reading is NumberReading.MISTYPED else Verdict.UNKNOWN
            message = MSG_PASS_MISTYPED if v is Verdict.MISTYPED else MSG_NOT_A_PASS
            return GateCheck(v, None, message, {"text": excerpt(number_text)})
        assert read.pass_id is not None
        now = self._db.clock.now()
        with self._db.read() as s:
            row = s.get(MovePass, read.pass_id)
            if row is None:
                return GateCheck(Verdict.UNKNOWN, None, MSG_PASS_UNKNOWN, {"number": pass_number(read.pass_id)})
            v, params = self._verdict(s, row, now)
        info = self.get(actor, read.pass_id)
        return GateCheck(v, info, GATE_VERDICT_MESSAGES.get(v, ""), params)

    def collect(self, actor: Actor, number_text: str, *, gate: str, mover_id_type: IdType | str = IdType.RESIDENT_ID,
                mover_id: str = "", note: str = "") -> PassInfo:
        """The guard checked the load and takes the red copy: the pass is collected. Read under a lock:
        of two gates collecting it at once, one does and the other is told when, where and by whom."""
        actor.require(Permission.PASS_CHECK)
        clean_gate, clean_note, mover = self._gate_input(gate, note, mover_id_type, mover_id)
        return self._at_gate(actor, number_text, PassStep.COLLECT, clean_gate, clean_note, mover)

    def refuse(self, actor: Actor, number_text: str, *, gate: str, note: str) -> PassInfo:
        """The load does not match the pass: release refused, recorded; a new pass is needed."""
        actor.require(Permission.PASS_CHECK)
        clean_gate, clean_note, _ = self._gate_input(gate, note, IdType.RESIDENT_ID, "")
        if not clean_note:
            raise ValidationError.single("note", MSG_MISMATCH_NOTE)
        return self._at_gate(actor, number_text, PassStep.REFUSE, clean_gate, clean_note, None)

    def _gate_input(self, gate: str, note: str, mover_id_type: IdType | str,
                    mover_id: str) -> tuple[str, str, str | None]:
        problems = Problems()
        clean_gate, p = check_text(gate, "gate", max_len=40)
        if p:
            problems.items.append(p)
        elif not clean_gate:
            problems.add("gate", MSG_GATE_REQUIRED)
        clean_note, p = check_text(note, "note", max_len=200)
        if p:
            problems.items.append(p)
        mover = None
        if (mover_id or "").strip():
            try:
                mover = read_id_document(mover_id_type, mover_id, "mover_id",
                                         today=local_date(self._db.clock.now())).masked
            except ValidationError as exc:
                problems.extend(exc)
        problems.raise_if_any()
        return clean_gate, clean_note, mover

    def _at_gate(self, actor: Actor, number_text: str, step: PassStep, gate: str, note: str,
                 mover: str | None) -> PassInfo:
        pass_id = self._pass_id(number_text)
        now = self._db.clock.now()
        with self._db.write(actor) as s:
            row = locked(s, MovePass, pass_id)
            if row is None:
                raise NotFound(MSG_PASS_UNKNOWN, field="number", number=pass_number(pass_id))
            v, params = self._verdict(s, row, now)
            if v is not Verdict.VALID:
                raise Conflict(GATE_VERDICT_MESSAGES[v], field="number", **params)
            row.state = next_state(PassState(row.state), step).value
            row.collected_at, row.collected_by_id = now, actor.staff_id
            row.collected_gate, row.collected_station = gate, actor.station
            row.mover_id_masked, row.gate_note = mover, note
        return self.get(actor, pass_id)

    def _verdict(self, s: Session, row: MovePass, now: datetime) -> tuple[Verdict, dict[str, str]]:
        """The verdict on ``row`` at ``now`` (UTC), with the values its message names."""
        number = pass_number(row.id)
        state = PassState.VOID if row.voided_at is not None else PassState(row.state)
        v = verdict(state, Window(row.valid_from, row.valid_until), now)
        params = {"number": number}
        if v is Verdict.VOID:
            params |= void_stamp(s, row)
        elif v in (Verdict.COLLECTED, Verdict.REFUSED):
            params |= who_and_when(s, row.collected_by_id, row.collected_at) | {
                "gate": row.collected_gate or "?", "note": row.gate_note}
        elif v is Verdict.EXPIRED:
            params["until"] = local_text(row.valid_until)
        elif v is Verdict.NOT_YET_VALID:
            params["since"] = local_text(row.valid_from)
        return v, params

    # -- back at the desk -------------------------------------------------------------------------

    def return_red_copy(self, actor: Actor, number_text: str) -> PassInfo:
        """Check in a red copy a guard brought back (scanned): the pass is filed."""
        actor.require(Permission.PASS_ISSUE)
        pass_id = self._pass_id(number_text)
        number = pass_number(pass_id)
        with self._db.write(actor) as s:
            row = locked(s, MovePass, pass_id)
            if row is None:
                raise NotFound(MSG_PASS_UNKNOWN, field="number", number=number)
            if row.red_copy_returned_at is not None:
                raise Conflict(MSG_RED_COPY_BACK, field="number", number=number,
                               **who_and_when(s, row.red_copy_returned_by_id, row.red_copy_returned_at))
            if row.voided_at is not None:
                raise Conflict(MSG_PASS_VOID, field="number", number=number, **void_stamp(s, row))
            if row.state != PassState.COLLECTED.value:
                raise Conflict(MSG_RED_COPY_NOT_OUT, field="number", number=number)
            row.state = next_state(PassState.COLLECTED, PassStep.RETURN_RED_COPY).value
            row.red_copy_returned_at, row.red_copy_returned_by_id = self._db.clock.now(), actor.staff_id
        return self.get(actor, pass_id)

    def void(self, actor: Actor, pass_id: int, *, reason: str) -> PassInfo:
        """Void with a reason: a supervisor, or the issuer before the pass is collected."""
        actor.require(Permission.PASS_VIEW)
        why = checked_reason(reason)
        number = pass_number(pass_id)
        with self._db.write(actor, reason=why) as s:
            row = locked(s, MovePass, pass_id)
            if row is None:
                raise NotFound(MSG_PASS_UNKNOWN, number=number)
            if row.voided_at is not None:
                raise Conflict(MSG_PASS_ALREADY_VOID, number=number, **void_stamp(s, row))
            state = PassState(row.state)
            if state is PassState.RETURNED or state is PassState.REFUSED:
                raise Conflict(MSG_PASS_VOID_STATE, number=number)
            if not may_void(state, is_issuer=actor.can(Permission.PASS_ISSUE) and row.created_by_id == actor.staff_id,
                            is_supervisor=actor.can(Permission.PASS_VOID)):
                raise PermissionDenied(MSG_PASS_VOID_WHO, number=number)
            row.state = next_state(state, PassStep.VOID).value
            row.voided_at, row.voided_by_id, row.void_reason = self._db.clock.now(), actor.staff_id, why
        return self.get(actor, pass_id)

    # -- look-ups ---------------------------------------------------------------------------------

    def get(self, actor: Actor, pass_id: int) -> PassInfo:
        actor.require(Permission.PASS_VIEW)
        found = self._fetch(actor, MovePass.id == pass_id, 0, 1)
        if not found:
            raise NotFound(MSG_PASS_UNKNOWN, field="number", number=pass_number(pass_id))
        return found[0]

    def find(self, actor: Actor, number_text: str) -> PassInfo:
        """The pass of a scanned or typed number (refused: not a number, mistyped, unknown)."""
        return self.get(actor, self._pass_id(number_text))

    def search(self, actor: Actor, query: PassQuery, *, offset: int = 0, limit: int = 100) -> list[PassInfo]:
        """By number, room, applicant's name or phone, plate; within moving days; newest first."""
        return self._fetch(actor, self._search_condition(actor, query), offset, limit)

    def search_all(self, actor: Actor, query: PassQuery, *, batch: int = 2000) -> Iterator[PassInfo]:
        """Every pass :meth:`search` finds, in its order, streamed ``batch`` at a time from one query in
        one read transaction (an export of the whole list: OFFSET paging would re-sort for each page)."""
        return self._each(actor, self._search_condition(actor, query), batch)

    def search_count(self, actor: Actor, query: PassQuery) -> int:
        """How many passes :meth:`search` finds (an export's progress bar)."""
        condition = self._search_condition(actor, query)
        stmt = select(func.count()).select_from(MovePass)
        with self._db.read() as s:
            return s.scalar(stmt.where(condition) if condition is not None else stmt) or 0

    def _search_condition(self, actor: Actor, query: PassQuery) -> ColumnElement[bool] | None:
        actor.require(Permission.PASS_VIEW)
        start, end = checked_days(query.first_day, query.last_day)
        conditions: list[ColumnElement[bool]] = []
        if start is not None:
            conditions.append(MovePass.valid_until >= start)
        if end is not None:
            conditions.append(MovePass.valid_from < end)
        if query.unit_id is not None:
            conditions.append(MovePass.unit_id == query.unit_id)
        terms = read_search(query.text)
        if terms is not None:
            found = self._matching(terms)
            conditions.append(MovePass.id.in_(found) if found is not None else false())
        return and_(*conditions) if conditions else None

    def _matching(self, terms: SearchTerms) -> Select | CompoundSelect | None:
        """The ids of the passes ``terms`` may mean (None: none can match): each reading looked up in its
        own index (the number, the phone, the room, the name's pieces, the plate's endings), then joined,
        so that only the matches are sorted, never every pass walked in moving-day order."""
        branches: list[Select] = []
        read = read_pass_number(terms.text)
        if read.pass_id is not None:
            branches.append(select(MovePass.id).where(MovePass.id == read.pass_id))
        if terms.phone:
            branches += phone_lookups(terms, MovePass.id, MovePass.applicant_phone, MovePass.phone_last4)
        if terms.room:
            units = select(Unit.id).where(room_condition(terms))
            branches.append(select(MovePass.id).where(MovePass.unit_id.in_(units)))
        if terms.word:
            branches.append(self._name_lookup(terms.word))
        plate = plate_query(terms.text)
        if plate:
            T = MovePassPlateTail
            end = prefix_end(plate)
            branches.append(select(T.pass_id).where(T.tail >= plate, *([T.tail < end] if end is not None else [])))
        if not branches:
            return None
        return branches[0] if len(branches) == 1 else union(*branches)

    def _name_lookup(self, word: str) -> Select:
        """Passes whose applicant's name contains ``word``: through its two-character pieces (a piece alone
        answers for two characters; more are checked in full among the passes that have every piece)."""
        grams = ascii_grams(word)
        if not grams:  # one character: no piece to look up
            return select(MovePass.id).where(self._db.ignoring_case(MovePass.applicant_name, word))
        G = MovePassNameGram
        if len(word) == 2:
            return select(G.pass_id).where(G.gram == next(iter(grams)))
        having_all = (select(G.pass_id).where(G.gram.in_(sorted(grams))).group_by(G.pass_id)
                      .having(func.count() == len(grams)))
        return select(MovePass.id).where(MovePass.id.in_(having_all),
                                         self._db.ignoring_case(MovePass.applicant_name, word))

    def expected_today(self, actor: Actor) -> list[PassInfo]:
        """Issued passes valid at some time today, not yet collected: what the gates expect, earliest first."""
        actor.require(Permission.PASS_VIEW)
        return self._fetch(actor, expected_condition(self._db.clock.now()), 0, MAX_LIST, oldest_first=True)

    def red_copies_missing(self, actor: Actor, first_day: date | None = None,
                           last_day: date | None = None) -> list[PassInfo]:
        """Collected at a gate (on those days) whose red copy has not come back to the desk."""
        actor.require(Permission.PASS_VIEW)
        start, end = day_range_utc(first_day, last_day)
        conditions = [red_copy_missing_condition()]
        if start is not None:
            conditions.append(MovePass.collected_at >= start)
        if end is not None:
            conditions.append(MovePass.collected_at < end)
        return self._fetch(actor, and_(*conditions), 0, MAX_LIST, oldest_first=True)

    def issued_on(self, actor: Actor, first_day: date | None, last_day: date | None, *, offset: int = 0,
                  limit: int = 100) -> list[PassInfo]:
        """Issued at the desk on those days (void ones left out), newest first."""
        actor.require(Permission.PASS_VIEW)
        return self._fetch(actor, issued_condition(*day_range_utc(first_day, last_day)), offset, limit)

    def collected_on(self, actor: Actor, first_day: date | None, last_day: date | None, *, offset: int = 0,
                     limit: int = 100) -> list[PassInfo]:
        """Collected at a gate on those days, newest first."""
        actor.require(Permission.PASS_VIEW)
        return self._fetch(actor, collected_condition(*day_range_utc(first_day, last_day)), offset, limit)

    def never_collected(self, actor: Actor, first_day: date | None = None,
                        last_day: date | None = None) -> list[PassInfo]:
        """Issued, not void, their window over, never collected (moving days ``first_day``…``last_day``)."""
        actor.require(Permission.PASS_VIEW)
        start, end = day_range_utc(first_day, last_day)
        conditions = [MovePass.state == PassState.ISSUED.value, MovePass.voided_at.is_(None),
                      MovePass.valid_until < self._db.clock.now()]
        if start is not None:
            conditions.append(MovePass.valid_from >= start)
        if end is not None:
            conditions.append(MovePass.valid_from < end)
        return self._fetch(actor, and_(*conditions), 0, MAX_LIST, oldest_first=True)

    def _pass_id(self, number_text: str) -> int:
        read = read_pass_number(number_text)
        if read.pass_id is None:
            message = MSG_PASS_MISTYPED if read.reading is NumberReading.MISTYPED else MSG_NOT_A_PASS
            raise ValidationError.single("number", message, text=excerpt(number_text))
        return read.pass_id

    def _fetch(self, actor: Actor, condition, offset: int, limit: int, *,
               oldest_first: bool = False) -> list[PassInfo]:
        stmt = _select(condition, oldest_first).offset(offset).limit(limit)
        with self._db.read() as s:
            rows = s.execute(stmt).all()
            staff_ids = {i for p, _ in rows for i in (p.created_by_id, p.collected_by_id, p.red_copy_returned_by_id,
                                                      p.consent_taken_by_id) if i}
            names = dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(staff_ids))).all()) \
                if staff_ids else {}
            owners = _owners(s, rows)
            return [_info(p, room, names, owners, actor) for p, room in rows]

    def _each(self, actor: Actor, condition, batch: int) -> Iterator[PassInfo]:
        with self._db.read() as s:
            names = dict(s.execute(select(Staff.id, Staff.name)).all())  # the staff: a few hundred at most
            result = s.execute(_select(condition, False).execution_options(yield_per=batch))
            for rows in result.partitions():
                owners = _owners(s, rows)
                infos = [_info(p, room, names, owners, actor) for p, room in rows]
                del rows
                yield from infos


def _select(condition, oldest_first: bool):
    order = MovePass.valid_from.asc() if oldest_first else MovePass.valid_from.desc()
    stmt = (select(MovePass, Unit.room_no).join(Unit, Unit.id == MovePass.unit_id)
            .options(selectinload(MovePass.items)))
    if condition is not None:
        stmt = stmt.where(condition)
    return stmt.order_by(order, MovePass.id)


def _owners(s: Session, rows) -> dict[int, str]:
    owner_ids = {p.consent_owner_id for p, _ in rows if p.consent_owner_id}
    return dict(s.execute(select(Resident.id, Resident.name).where(Resident.id.in_(owner_ids)))
                .all()) if owner_ids else {}


def _info(p: MovePass, room: str, names: dict[int, str], owners: dict[int, str], actor: Actor) -> PassInfo:
    def name(staff_id: int | None) -> str:
        return names.get(staff_id, "") if staff_id else ""

    state = PassState(p.state)
    return PassInfo(
        p.id, pass_number(p.id), state, p.unit_id, room, p.applicant_name, actor.phone(p.applicant_phone),
        p.applicant_is_owner, IdType(p.id_type), p.id_masked,
        ConsentMethod(p.consent_method) if p.consent_method else None,
        owners.get(p.consent_owner_id, "") if p.consent_owner_id else "", p.consent_at, name(p.consent_taken_by_id),
        p.arrears_told, p.valid_from, p.valid_until, p.plate, p.movers, p.remarks,
        tuple(ItemInfo(i.name, i.quantity, i.unit) for i in p.items),
        p.created_at, p.created_by_id, name(p.created_by_id), p.created_station, p.reprints,
        p.collected_at, name(p.collected_by_id), p.collected_gate or "", p.mover_id_masked or "", p.gate_note,
        p.red_copy_returned_at, name(p.red_copy_returned_by_id), p.voided_at, p.void_reason)


__all__ = ["Applicant", "GateCheck", "ItemLine", "PassInfo", "PassQuery", "PassService"]
