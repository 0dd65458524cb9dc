"""Guests into the estate 访客: watchlist check, check-in with a slip, check-out, who is on site."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from deskapp.db.models import GuestVisit, OverrideThrottle, Staff, Unit
from deskapp.db.models import WatchEntry as WatchRow
from deskapp.domain.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationFailed,
    Conflict,
    DeskError,
    NotFound,
    PermissionDenied,
    Problems,
    ValidationError,
)
from deskapp.domain.identity import read_id_tail
from deskapp.domain.overrides import OverrideTries
from deskapp.domain.plates import normalize_plate, plate_query
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.search import read_search
from deskapp.domain.text import check_person_name, check_text, excerpt
from deskapp.domain.visits import (
    MAX_PEOPLE,
    WatchEntry,
    parse_slip_number,
    slip_mistyped,
    slip_number,
)
from deskapp.services.auth import AuthService
from deskapp.services.base import (
    FOR_UPDATE,
    Database,
    locked,
    one_at_a_time,
    void_stamp,
    who_and_when,
)
from deskapp.services.directory import room_condition
from deskapp.services.timeutil import local_date, local_text
from deskapp.services.visits import checked_days, phone_or_none, unit_for

MSG_PEOPLE = QT_TRANSLATE_NOOP("errors", "Enter how many people, from 1 to {max}.")
MSG_STAY = QT_TRANSLATE_NOOP("errors", "Choose how long the guest expects to stay.")
MSG_SLIP_FORMAT = QT_TRANSLATE_NOOP("errors", "“{text}” is not a slip number (V and 8 digits, as printed).")
MSG_SLIP_MISTYPED = QT_TRANSLATE_NOOP(
    "errors", "“{text}” is mistyped: its last digit does not match the others. Type the number again as printed.")
MSG_SLIP_UNKNOWN = QT_TRANSLATE_NOOP("errors", "There is no guest slip {slip}.")
MSG_SLIP_VOID = QT_TRANSLATE_NOOP("errors", "Slip {slip} was voided by {name} at {time}: {reason}")
MSG_ALREADY_OUT = QT_TRANSLATE_NOOP("errors", "Slip {slip} was already checked out at {time} at {station} by {name}.")
MSG_SLIP_ALREADY_VOID = QT_TRANSLATE_NOOP(
    "errors", "This guest's slip was already voided by {name} at {time}: {reason}. Nothing was changed.")
MSG_OUT_BEFORE_IN = QT_TRANSLATE_NOOP(
    "errors", "Slip {slip} was checked in at {time}; a check-out cannot be earlier. Check this PC's clock."
)
MSG_WATCH_WHO = QT_TRANSLATE_NOOP("errors", "Give a name, a phone number or the last digits of an ID number.")
MSG_WATCH_UNTIL = QT_TRANSLATE_NOOP("errors", "The end date is already past.")
MSG_WATCH_GONE = QT_TRANSLATE_NOOP("errors", "This watchlist entry no longer exists.")
MSG_WATCH_ALREADY_REMOVED = QT_TRANSLATE_NOOP(
    "errors", "This entry was already taken off the list by {name} at {time}: {reason}. Nothing was changed.")
MSG_WATCH_HIT = QT_TRANSLATE_NOOP(
    "errors", "On the do-not-admit list: {who} — {reason}. Only a supervisor can let this guest in."
)
MSG_OVERRIDE_ROLE = QT_TRANSLATE_NOOP("errors", "{name} is not a supervisor and cannot let a listed guest in.")
MSG_OVERRIDE_REASON = QT_TRANSLATE_NOOP("errors", "Give the reason for letting this guest in.")
MSG_OVERRIDE_WRONG = QT_TRANSLATE_NOOP("errors", "Wrong staff number or password of the supervisor.")
MSG_OVERRIDE_WRONG_WAIT = QT_TRANSLATE_NOOP(
    "errors", "Wrong staff number or password of the supervisor. Too many wrong tries at this station: the next "
    "one is taken in {seconds} seconds.")
MSG_OVERRIDE_WAIT = QT_TRANSLATE_NOOP(
    "errors", "Too many wrong supervisor passwords at this station: the next try is taken in {seconds} seconds.")


class WatchlistHit(DeskError):
    """The guest matches the do-not-admit list; ``entries`` says which lines."""

    def __init__(self, entries: list[WatchEntry]) -> None:
        first = entries[0]
        who = " / ".join(x for x in (first.name, first.phone or "", first.id_last or "") if x)
        super().__init__(MSG_WATCH_HIT, field="name", who=who, reason=first.reason)
        self.entries = entries


class OverrideRefused(AuthenticationFailed):
    """A wrong supervisor password at this station, or a try while the station waits after too many;
    ``wait_seconds`` is how long until the next try is taken (0: at once)."""

    def __init__(self, message: str, *, wait_seconds: int) -> None:
        super().__init__(message, field="password", seconds=wait_seconds)
        self.wait_seconds = wait_seconds


@dataclass(frozen=True)
class Override:
    """A supervisor lets a listed guest in: their own credentials and the reason."""

    staff_no: str
    password: str = field(repr=False)
    reason: str


@dataclass(frozen=True)
class GuestInfo:
    id: int
    slip_no: str
    name: str
    phone: str | None
    host_unit_id: int
    room_no: str
    people: int
    plate: str
    purpose: str
    checked_in_at: datetime
    valid_until: datetime
    checked_out_at: datetime | None
    checked_in_by: str
    overridden_by: str | None
    voided_at: datetime | None
    void_reason: str | None

    @property
    def on_site(self) -> bool:
        return self.checked_out_at is None and self.voided_at is None


@dataclass(frozen=True)
class GuestQuery:
    text: str = ""
    first_day: date | None = None
    last_day: date | None = None
    on_site_only: bool = False


def _watch(row: WatchRow) -> WatchEntry:
    return WatchEntry(row.id, row.name, row.phone, row.id_last, row.reason, row.until)



def on_site_condition() -> ColumnElement[bool]:
    """Checked in, not out, not void: on the premises now (the roll call, the board)."""
    return and_(GuestVisit.checked_out_at.is_(None), GuestVisit.voided_at.is_(None))


class GuestService:
    """Guests in and out, with the watchlist checked before anyone is let in."""

    def __init__(self, *, db: Database, auth: AuthService) -> None:
        self._db = db
        self._auth = auth

    def now(self) -> datetime:
        """The time the records are stamped with (the server's on PostgreSQL)."""
        return self._db.clock.now()

    # -- watchlist ----------------------------------------------------------------------------

    def watchlist(self, actor: Actor, *, include_void: bool = False) -> list[WatchEntry]:
        actor.require(Permission.WATCHLIST_MANAGE)
        stmt = select(WatchRow).order_by(WatchRow.id.desc())
        if not include_void:
            stmt = stmt.where(WatchRow.voided_at.is_(None))
        with self._db.read() as s:
            return [_watch(r) for r in s.scalars(stmt)]

    def add_to_watchlist(self, actor: Actor, *, name: str = "", phone: str = "", id_last: str = "",
                         reason: str, until: date | None = None) -> WatchEntry:
        actor.require(Permission.WATCHLIST_MANAGE)
        problems = Problems()
        clean_name = ""
        if (name or "").strip():
            clean_name, p = check_person_name(name, "name")
            if p:
                problems.items.append(p)
        clean_phone = phone_or_none(phone, "phone", problems)
        last = self._id_tail(id_last, problems)
        if not (clean_name or clean_phone or last) and not problems:
            problems.add("name", MSG_WATCH_WHO)
        why, p = check_text(reason, "reason", required=True, max_len=200)
        if p:
            problems.items.append(p)
        if until is not None and until < local_date(self._db.clock.now()):
            problems.add("until", MSG_WATCH_UNTIL)
        problems.raise_if_any()
        now = self._db.clock.now()
        with self._db.write(actor) as s:
            row = WatchRow(name=clean_name, phone=clean_phone, id_last=last or None, reason=why, until=until,
                           created_at=now, created_by_id=actor.staff_id, created_station=actor.station)
            s.add(row)
            s.flush()
            return _watch(row)

    def remove_from_watchlist(self, actor: Actor, entry_id: int, *, reason: str) -> None:
        self._db.void(actor, WatchRow, entry_id, reason=reason, permission=Permission.WATCHLIST_MANAGE,
                      gone=NotFound(MSG_WATCH_GONE), already=MSG_WATCH_ALREADY_REMOVED)

    def watch_matches(self, actor: Actor, *, name: str, phone: str = "", id_last: str = "") -> list[WatchEntry]:
        """The active watchlist lines this guest matches (checked again at check-in)."""
        actor.require(Permission.GUEST_CHECK)
        problems = Problems()
        tail = self._id_tail(id_last, problems)
        problems.raise_if_any()
        with self._db.read() as s:
            return self._matches(s, name, phone, tail)

    def _id_tail(self, text: str, problems: Problems) -> str:
        """The ID's last 4 to 6 characters (a full resident ID is checked, then cut to its last six)."""
        try:
            return read_id_tail(text, "id_last", today=local_date(self._db.clock.now()))
        except ValidationError as exc:
            problems.extend(exc)
            return ""

    def _matches(self, s: Session, name: str, phone: str, id_last: str) -> list[WatchEntry]:
        """``id_last`` is a tail as read by ``_id_tail``: lines match on its last four characters."""
        today = local_date(self._db.clock.now())
        digits = None
        if (phone or "").strip():
            problems = Problems()
            digits = phone_or_none(phone, "phone", problems)
        rows = s.scalars(select(WatchRow).where(WatchRow.voided_at.is_(None))).all()
        entries = [_watch(r) for r in rows]
        return [e for e in entries if e.active_on(today) and e.matches(name=name, phone=digits, id_last=id_last)]

    # -- guests -------------------------------------------------------------------------------

    def check_in(self, actor: Actor, *, name: str, phone: str = "", host_unit: str, people: int = 1,
                 plate: str = "", purpose: str = "", stay_minutes: int, id_last: str = "",
                 override: Override | None = None) -> GuestInfo:
        """Let a guest in: refused with WatchlistHit if listed, unless a supervisor overrides."""
        actor.require(Permission.GUEST_CHECK)
        problems = Problems()
        clean_name, p = check_person_name(name, "name")
        if p:
            problems.items.append(p)
        clean_phone = phone_or_none(phone, "phone", problems)
        if not 1 <= int(people or 0) <= MAX_PEOPLE:
            problems.add("people", MSG_PEOPLE, max=MAX_PEOPLE)
        try:
            clean_plate = normalize_plate(plate, "plate")
        except ValidationError as exc:
            problems.extend(exc)
            clean_plate = ""
        clean_purpose, p = check_text(purpose, "purpose", max_len=200)
        if p:
            problems.items.append(p)
        id_tail = self._id_tail(id_last, problems)  # never the full number: it is not kept anywhere
        if not stay_minutes or not 1 <= stay_minutes <= 7 * 24 * 60:
            problems.add("stay", MSG_STAY)
        supervisor: Actor | None = None
        why = None
        if override is not None:
            why, p = check_text(override.reason, "override_reason", max_len=200)
            if p:
                problems.items.append(p)
            elif not why:
                problems.add("override_reason", MSG_OVERRIDE_REASON)
        now = self._db.clock.now()
        with self._db.read() as s:
            unit = unit_for(s, host_unit, "host_unit", problems)
            problems.raise_if_any()
            hits = self._matches(s, clean_name, phone, id_tail)
        if hits:
            if override is None:
                raise WatchlistHit(hits)
            supervisor = self._supervisor(actor, override, now)
            if not supervisor.can(Permission.WATCHLIST_OVERRIDE):
                raise PermissionDenied(MSG_OVERRIDE_ROLE, field="override_staff_no", name=supervisor.name)
        assert unit is not None
        with self._db.write(actor, reason=f"watchlist override: {why}" if hits and why else None) as s:
            if supervisor is not None:  # a right password clears the station's count of wrong ones
                throttle = self._throttle(s, actor.station)
                if throttle.failures or throttle.wait_until:
                    throttle.failures, throttle.last_failure_at, throttle.wait_until = 0, None, None
            guest = GuestVisit(
                name=clean_name, phone=clean_phone, phone_last4=clean_phone[-4:] if clean_phone else None,
                host_unit_id=unit.id, people=int(people), plate=clean_plate, purpose=clean_purpose,
                id_last=id_tail or None,
                checked_in_at=now, valid_until=now + timedelta(minutes=stay_minutes),
                watch_entry_id=hits[0].id if hits else None,
                override_by_id=supervisor.staff_id if supervisor else None,
                override_reason=why if hits else None,
                created_at=now, created_by_id=actor.staff_id, created_station=actor.station)
            s.add(guest)
            s.flush()
            guest_id = guest.id
        return self.get(actor, guest_id)

    # -- the supervisor's override ---------------------------------------------------------------

    def _supervisor(self, actor: Actor, override: Override, now: datetime) -> Actor:
        """The member whose credentials were typed into the override at ``actor``'s station.

        A wrong password is counted against the station, not the supervisor's login: after a few, the
        station waits longer and longer before it takes the next try (``domain/overrides.py``). The
        password is checked (Argon2) outside any transaction; the count is then read under a lock and
        written in its own, so tries at the same moment each count.
        """
        with self._db.read() as s:
            row = s.get(OverrideThrottle, actor.station)
            tries = _tries(row)
        if tries.waiting(now):
            raise _wait(MSG_OVERRIDE_WAIT, tries, now)
        supervisor = self._auth.confirm(override.staff_no, override.password, station=actor.station)
        if supervisor is not None:
            return supervisor
        with self._db.write(actor) as s:
            throttle = self._throttle(s, actor.station)
            tries = _tries(throttle)
            if tries.waiting(now):  # another try at this station made it wait meanwhile
                failure = _wait(MSG_OVERRIDE_WAIT, tries, now)
            else:
                tries = tries.after_failure(now)
                throttle.failures, throttle.last_failure_at = tries.failures, tries.last_failure_at
                throttle.wait_until = tries.wait_until
                failure = _wait(MSG_OVERRIDE_WRONG_WAIT, tries, now) if tries.waiting(now) \
                    else OverrideRefused(MSG_OVERRIDE_WRONG, wait_seconds=0)
        raise failure  # after the commit, so that the count is kept

    @staticmethod
    def _throttle(s: Session, station: str) -> OverrideThrottle:
        """The station's row of wrong override tries, read under a lock (made if it has none yet)."""
        row = s.get(OverrideThrottle, station, with_for_update=FOR_UPDATE, populate_existing=True)
        if row is None:
            one_at_a_time(s, f"override throttle {station}")
            row = s.get(OverrideThrottle, station, with_for_update=FOR_UPDATE, populate_existing=True)
        if row is None:
            row = OverrideThrottle(station=station, failures=0)
            s.add(row)
            s.flush()
        return row

    # -- look-ups -------------------------------------------------------------------------------

    def get(self, actor: Actor, guest_id: int) -> GuestInfo:
        actor.require(Permission.GUEST_CHECK)
        found = self._fetch(actor, GuestVisit.id == guest_id, 0, 1)
        if not found:
            raise NotFound(MSG_SLIP_UNKNOWN, field="slip", slip=slip_number(guest_id))
        return found[0]

    def find_slip(self, actor: Actor, slip_text: str) -> GuestInfo:
        """The guest of a scanned or typed slip number."""
        guest_id = parse_slip_number(slip_text)
        if guest_id is None:
            raise _not_a_slip(slip_text)
        return self.get(actor, guest_id)

    def check_out(self, actor: Actor, slip_text: str) -> GuestInfo:
        """Record that the guest left; a void, unknown or already-used slip is refused.

        The slip's row is read under a lock: when two gates scan it at once, one checks the guest out
        and the other is told when, where and by whom.
        """
        actor.require(Permission.GUEST_CHECK)
        guest_id = parse_slip_number(slip_text)
        if guest_id is None:
            raise _not_a_slip(slip_text)
        slip = slip_number(guest_id)
        now = self._db.clock.now()
        with self._db.write(actor) as s:
            guest = locked(s, GuestVisit, guest_id)
            if guest is None:
                raise NotFound(MSG_SLIP_UNKNOWN, field="slip", slip=slip)
            if guest.voided_at is not None:
                raise Conflict(MSG_SLIP_VOID, field="slip", slip=slip, **void_stamp(s, guest))
            if guest.checked_out_at is not None:
                who = who_and_when(s, guest.checked_out_by_id, guest.checked_out_at)
                raise Conflict(MSG_ALREADY_OUT, field="slip", slip=slip, station=guest.checked_out_station or "?",
                               **who)
            if now < guest.checked_in_at:
                raise Conflict(MSG_OUT_BEFORE_IN, field="slip", slip=slip, time=local_text(guest.checked_in_at))
            guest.checked_out_at, guest.checked_out_by_id = now, actor.staff_id
            guest.checked_out_station = actor.station
        return self.get(actor, guest_id)

    def void(self, actor: Actor, guest_id: int, *, reason: str) -> None:
        self._db.void(actor, GuestVisit, guest_id, reason=reason, permission=Permission.VISIT_VOID,
                      gone=NotFound(MSG_SLIP_UNKNOWN, slip=slip_number(guest_id)),
                      already=MSG_SLIP_ALREADY_VOID)

    def on_site(self, actor: Actor) -> list[GuestInfo]:
        """Checked in and not out, longest first: the roll call in an emergency."""
        actor.require(Permission.GUEST_CHECK)
        return self._fetch(actor, on_site_condition(), 0, 10_000, oldest_first=True)

    def search(self, actor: Actor, query: GuestQuery, *, offset: int = 0, limit: int = 100) -> list[GuestInfo]:
        actor.require(Permission.GUEST_CHECK)
        start, end = checked_days(query.first_day, query.last_day)
        conditions: list[ColumnElement[bool]] = []
        if start is not None:
            conditions.append(GuestVisit.checked_in_at >= start)
        if end is not None:
            conditions.append(GuestVisit.checked_in_at < end)
        if query.on_site_only:
            conditions.append(on_site_condition())
        terms = read_search(query.text)
        if terms is not None:
            options: list[ColumnElement[bool]] = []
            slip_id = parse_slip_number(terms.text)
            if slip_id is not None:
                options.append(GuestVisit.id == slip_id)
            if terms.phone:
                options.append(GuestVisit.phone_last4 == terms.phone if terms.phone_is_last4
                               else GuestVisit.phone.contains(terms.phone, autoescape=True))
            if terms.room:
                options.append(GuestVisit.host_unit_id.in_(select(Unit.id).where(room_condition(terms))))
            if terms.word:
                options.append(self._db.ignoring_case(GuestVisit.name, terms.word))
            plate = plate_query(terms.text)
            if plate:
                options.append(GuestVisit.plate.contains(plate, autoescape=True))
            conditions.append(or_(*options) if options else false())
        return self._fetch(actor, and_(*conditions) if conditions else None, offset, limit)

    def _fetch(self, actor: Actor, condition, offset: int, limit: int, *,
               oldest_first: bool = False) -> list[GuestInfo]:
        """The guests of ``condition``; their phones as ``actor`` may see them (a guard: masked)."""
        Checker = Staff.__table__.alias("checker")
        Overrider = Staff.__table__.alias("overrider")
        stmt = (select(GuestVisit, Unit.room_no, Checker.c.name, Overrider.c.name)
                .join(Unit, Unit.id == GuestVisit.host_unit_id)
                .outerjoin(Checker, Checker.c.id == GuestVisit.created_by_id)
                .outerjoin(Overrider, Overrider.c.id == GuestVisit.override_by_id))
        if condition is not None:
            stmt = stmt.where(condition)
        order = GuestVisit.checked_in_at.asc() if oldest_first else GuestVisit.checked_in_at.desc()
        stmt = stmt.order_by(order, GuestVisit.id).offset(offset).limit(limit)
        with self._db.read() as s:
            return [GuestInfo(g.id, slip_number(g.id), g.name, actor.phone(g.phone), g.host_unit_id, room, g.people,
                              g.plate, g.purpose, g.checked_in_at, g.valid_until, g.checked_out_at, by or "", over,
                              g.voided_at, g.void_reason)
                    for g, room, by, over in s.execute(stmt).all()]


def _tries(row: OverrideThrottle | None) -> OverrideTries:
    if row is None:
        return OverrideTries()
    return OverrideTries(row.failures, row.last_failure_at, row.wait_until)


def _wait(message: str, tries: OverrideTries, now: datetime) -> OverrideRefused:
    assert tries.wait_until is not None
    return OverrideRefused(message, wait_seconds=max(1, math.ceil((tries.wait_until - now).total_seconds())))



def _not_a_slip(slip_text: str) -> ValidationError:
    """What is wrong with a slip number that reads as none: mistyped (its check digit), or not one at all."""
    message = MSG_SLIP_MISTYPED if slip_mistyped(slip_text) else MSG_SLIP_FORMAT
    return ValidationError.single("slip", message, text=excerpt(slip_text))
