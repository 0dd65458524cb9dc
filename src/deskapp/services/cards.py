"""Access cards 业户卡 (manual 2.7.1.5 (5)): the application's eight steps in order, each with who, when
and which station; the unit's limit of live cards; a card lost, found, replaced, returned or expired;
look-up by card number; a unit's cards; the door system's daily list."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from deskapp.db.models import AccessCard, AccessCardEvent, CardApplication, Resident, Staff, Unit
from deskapp.domain.cards import (
    DEACTIVATING,
    MAX_TEMPORARY_DAYS,
    MSG_APP_CANCELLED,
    MSG_APP_COLLECTED,
    MSG_LIMIT,
    MSG_MONEY_ZERO,
    MSG_RECEIPT_NOT_PRINTED,
    MSG_STEP_DONE,
    MSG_STEP_MISSING,
    STEP_LABELS,
    AppState,
    CardEvent,
    CardState,
    CardType,
    NotifyMethod,
    PayMethod,
    Refusal,
    Step,
    card_after,
    check_requirements,
    check_signature,
    check_step,
    next_step,
    read_card_no,
    read_money,
    read_receipt_number,
    receipt_number,
    require_step,
)
from deskapp.domain.consent import Consent, ConsentMethod, check_consent
from deskapp.domain.directory import ResidentRole
from deskapp.domain.errors import (
    QT_TRANSLATE_NOOP,
    Conflict,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    Problems,
    ValidationError,
)
from deskapp.domain.identity import IdType, read_id_document
from deskapp.domain.numbers import NumberReading
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.text import check_person_name, check_text, excerpt
from deskapp.services.base import (
    Database,
    checked_reason,
    locked,
    one_at_a_time,
    violates_unique,
    void_stamp,
    who_and_when,
)
from deskapp.services.passes import Applicant
from deskapp.services.site import SiteService
from deskapp.services.timeutil import day_range_utc, local_date
from deskapp.services.visits import phone_or_none, unit_for

__all__ = ["Applicant", "ApplicationInfo", "CardInfo", "CardService", "DoorList", "EventInfo", "UnitCards"]

MSG_APP_UNKNOWN = QT_TRANSLATE_NOOP("errors", "There is no card application {number}.")
MSG_NOT_A_RECEIPT = QT_TRANSLATE_NOOP(
    "errors", "“{text}” is not a receipt number (K and 8 digits, as printed on the receipt).")
MSG_RECEIPT_MISTYPED = QT_TRANSLATE_NOOP(
    "errors", "“{text}” is mistyped: its last digit does not match the others. Scan or type the receipt again.")
MSG_RECEIPT_OTHER = QT_TRANSLATE_NOOP(
    "errors", "Receipt {scanned} belongs to another application, not {number}: take back this applicant's receipt.")
MSG_CARD_UNKNOWN = QT_TRANSLATE_NOOP("errors", "No card {card_no} has been authorised here.")
MSG_CARD_GONE = QT_TRANSLATE_NOOP("errors", "There is no such card (it may have been removed).")
MSG_CARD_DUPLICATE = QT_TRANSLATE_NOOP(
    "errors", "Card {card_no} is already live for unit {room} ({holder}): use another card, or deal with that "
              "card first (returned or replaced).")
MSG_APPLICANT_UNIT = QT_TRANSLATE_NOOP("errors", "This resident is not a current resident of unit {room}.")
MSG_VALID_UNTIL = QT_TRANSLATE_NOOP(
    "errors", "A temporary card needs its last day: from today to {days} days ahead.")
MSG_VALID_RESIDENT = QT_TRANSLATE_NOOP("errors", "A resident card has no end date; choose a temporary card for one.")
MSG_PICKUP = QT_TRANSLATE_NOOP("errors", "Agree a pick-up time from now to 60 days ahead.")
MSG_REFERENCE = QT_TRANSLATE_NOOP(
    "errors", "Give the cashier's receipt number or the payment's transaction number.")
MSG_OVERRIDE_DENIED = QT_TRANSLATE_NOOP(
    "errors", "Only a supervisor can go past the unit's limit of cards ({permission}).")
MSG_REPORTER = QT_TRANSLATE_NOOP("errors", "Say who reported the card lost.")

MAX_LIST = 10_000
PICKUP_MAX_DAYS = 60


# -- what the services return ----------------------------------------------------------------------------

@dataclass(frozen=True)
class StepDone:
    step: Step
    at: datetime
    by: str
    station: str


@dataclass(frozen=True)
class ApplicationInfo:
    id: int
    number: str  # the receipt's number, K…
    state: AppState
    unit_id: int
    room_no: str
    card_type: CardType
    requirements: tuple[str, ...]
    limit_override: str
    applicant_resident_id: int | None
    applicant_name: str
    applicant_phone: str | None
    applicant_is_owner: bool
    needs_consent: bool
    id_type: IdType | None
    id_masked: str
    consent_method: ConsentMethod | None
    consent_owner: str
    consent_at: datetime | None
    fee_cents: int | None
    pickup_at: datetime | None
    remarks: str
    receipt_prints: int
    paid_cents: int | None
    pay_method: PayMethod | None
    pay_reference: str
    exempt_reason: str
    card_id: int | None
    card_no: str
    valid_until: date | None
    notify_method: NotifyMethod | None
    notify_note: str
    signature: str
    steps: tuple[StepDone, ...]  # what was done, in order, with who, when, where
    next_step: Step | None
    cancelled_at: datetime | None
    cancel_reason: str

    def done(self, step: Step) -> StepDone | None:
        return next((d for d in self.steps if d.step is step), None)


@dataclass(frozen=True)
class EventInfo:
    kind: CardEvent
    at: datetime
    by: str
    station: str
    note: str
    reported_by: str
    fee_cents: int | None
    other_card_no: str


@dataclass(frozen=True)
class CardInfo:
    id: int
    card_no: str
    state: CardState
    card_type: CardType
    unit_id: int
    room_no: str
    holder_name: str
    holder_resident_id: int | None
    valid_until: date | None
    application_id: int | None
    application_number: str
    authorised_at: datetime
    history: tuple[EventInfo, ...]


@dataclass(frozen=True)
class UnitCards:
    """A unit's cards (live first) and its open applications, for the directory and beside a form."""

    room_no: str
    cards: tuple[CardInfo, ...]
    applications: tuple[ApplicationInfo, ...]
    limit: int

    @property
    def live(self) -> tuple[CardInfo, ...]:
        return tuple(c for c in self.cards if c.state.live)


@dataclass(frozen=True)
class DoorLine:
    card_no: str
    room_no: str
    holder_name: str
    event: CardEvent
    at: datetime
    by: str
    card_type: CardType
    valid_until: date | None


@dataclass(frozen=True)
class DoorList:
    """What whoever programs the door controllers does today: take these cards off, put these on."""

    day: date
    deactivate: tuple[DoorLine, ...]
    authorised: tuple[DoorLine, ...]


def _utc(local_naive: datetime) -> datetime:
    return local_naive.astimezone(UTC).replace(tzinfo=None)


class CardService:
    """Access cards (manual 2.7.1.5 (5)); every public method is one user action, one transaction."""

    def __init__(self, *, db: Database, site: SiteService) -> None:
        self._db = db
        self._site = site

    def now(self) -> datetime:
        return self._db.clock.now()

    # -- a) the requirements ----------------------------------------------------------------------------

    def open_application(self, actor: Actor, *, unit: str, card_type: CardType | str,
                         requirements: list[str] | tuple[str, ...], override_reason: str = "") -> ApplicationInfo:
        """Step a: the applicant was told the requirements (every line of the site's checklist ticked).

        Refused when the unit already holds its limit of live cards and open applications, unless a
        supervisor gives a reason to go past it."""
        actor.require(Permission.CARD_ISSUE)
        settings = self._site.settings()
        problems = Problems()
        kind = _card_type(problems, card_type)
        ticked = check_requirements(problems, requirements, settings.card_requirements)
        why = ""
        if (override_reason or "").strip():
            if not actor.can(Permission.CARD_OVERRIDE):
                raise PermissionDenied(MSG_OVERRIDE_DENIED, permission=Permission.CARD_OVERRIDE.value)
            why = checked_reason(override_reason, "override_reason")
        now = self.now()
        with self._db.write(actor, reason=why or None) as s:
            unit_row = unit_for(s, unit, "unit", problems)
            problems.raise_if_any()
            assert unit_row is not None and kind is not None
            one_at_a_time(s, f"card-limit:{unit_row.id}")  # two desks taking the unit's last place at once
            count = self._held(s, unit_row.id)
            if count >= settings.card_limit and not why:
                raise Conflict(MSG_LIMIT, field="override_reason", room=unit_row.room_no, count=count,
                               limit=settings.card_limit)
            row = CardApplication(
                unit_id=unit_row.id, state=AppState.REQUIREMENTS.value, card_type=kind.value,
                requirements="\n".join(ticked), limit_override=why or None,
                limit_override_by_id=actor.staff_id if why else None, applicant_name="", applicant_is_owner=False,
                notify_note="", remarks="", receipt_prints=0,
                created_at=now, created_by_id=actor.staff_id, created_station=actor.station)
            s.add(row)
            s.flush()
            app_id = row.id
        return self.application(actor, app_id)

    def _held(self, s: Session, unit_id: int) -> int:
        """The unit's live cards and its applications not yet authorised (not cancelled)."""
        cards = s.scalar(select(func.count()).select_from(AccessCard).where(
            AccessCard.unit_id == unit_id, AccessCard.live_no.is_not(None))) or 0
        pending = (AppState.REQUIREMENTS, AppState.IDENTITY, AppState.CONSENT, AppState.REGISTER, AppState.PAY)
        apps = select(func.count()).select_from(CardApplication).where(
            CardApplication.unit_id == unit_id, CardApplication.voided_at.is_(None),
            CardApplication.state.in_([p.value for p in pending]))
        return cards + (s.scalar(apps) or 0)

    # -- b) identity -------------------------------------------------------------------------------------

    def check_identity(self, actor: Actor, application_id: int, *, applicant: Applicant) -> ApplicationInfo:
        """Step b: the applicant's ID seen and checked (kept masked) and who they are in the unit."""
        actor.require(Permission.CARD_ISSUE)
        now = self.now()
        problems = Problems()
        try:
            document = read_id_document(applicant.id_type, applicant.id_number, "id_number", today=local_date(now))
        except ValidationError as exc:
            problems.extend(exc)
            document = None
        with self._db.write(actor) as s:
            row = self._at_step(s, application_id, Step.IDENTITY)
            room = s.scalar(select(Unit.room_no).where(Unit.id == row.unit_id)) or ""
            resident, name, phone = None, "", None
            if applicant.resident_id is not None:
                resident = s.get(Resident, applicant.resident_id) if _fits(applicant.resident_id) else None
                if resident is None or resident.unit_id != row.unit_id or resident.voided_at is not None \
                        or resident.moved_out is not None:
                    problems.add("applicant", MSG_APPLICANT_UNIT, room=room)
                    resident = None
                else:
                    name = resident.name
                    phone = phone_or_none(applicant.phone, "applicant_phone", problems) or (
                        resident.phones[0].phone if resident.phones else None)
            else:
                name, p = check_person_name(applicant.name, "applicant_name")
                if p:
                    problems.items.append(p)
                phone = phone_or_none(applicant.phone, "applicant_phone", problems)
            problems.raise_if_any()
            assert document is not None
            row.applicant_resident_id = resident.id if resident else None
            row.applicant_name, row.applicant_phone = name, phone
            row.applicant_is_owner = resident is not None and resident.role == ResidentRole.OWNER.value
            row.id_type, row.id_masked = document.kind.value, document.masked
            row.identity_at, row.identity_by_id, row.identity_station = now, actor.staff_id, actor.station
            row.state = AppState.IDENTITY.value
        return self.application(actor, application_id)

    # -- c) the owner's consent -----------------------------------------------------------------------------

    def record_consent(self, actor: Actor, application_id: int, consent: Consent | None) -> ApplicationInfo:
        """Step c (a non-owner only): how an owner of the unit agreed, and when; taken by this member."""
        actor.require(Permission.CARD_ISSUE)
        now = self.now()
        problems = Problems()
        with self._db.write(actor) as s:
            row = self._at_step(s, application_id, Step.CONSENT)
            owners = {r.id: frozenset(ph.phone for ph in r.phones) for r in s.scalars(
                select(Resident).options(selectinload(Resident.phones)).where(
                    Resident.unit_id == row.unit_id, Resident.role == ResidentRole.OWNER.value,
                    Resident.voided_at.is_(None), Resident.moved_out.is_(None)))}
            if consent is not None and consent.phone:
                consent = replace(consent, phone=phone_or_none(consent.phone, "consent_phone", problems) or "")
            clean = check_consent(problems, consent, applicant_is_owner=False, owner_phones=owners, now=now)
            problems.raise_if_any()
            assert clean is not None
            row.consent_method, row.consent_owner_id = clean.method.value, clean.owner_resident_id
            row.consent_phone, row.consent_at = clean.phone or None, clean.given_at
            row.consent_by_id, row.consent_recorded_at, row.consent_station = actor.staff_id, now, actor.station
            row.state = AppState.CONSENT.value
        return self.application(actor, application_id)

    # -- d) registered, the receipt --------------------------------------------------------------------------

    def register(self, actor: Actor, application_id: int, *, pickup_at: datetime, fee: str | None = None,
                 remarks: str = "") -> ApplicationInfo:
        """Step d: registered with the fee and the agreed pick-up time (``pickup_at`` local); the receipt
        办卡回执 is printed next. ``fee`` in yuan as typed; the site's fee when not given."""
        actor.require(Permission.CARD_ISSUE)
        now = self.now()
        problems = Problems()
        fee_cents = self._site.settings().card_fee_cents if fee is None else read_money(problems, fee, "fee")
        when = None
        if not isinstance(pickup_at, datetime):
            problems.add("pickup_at", MSG_PICKUP)
        else:
            when = _utc(pickup_at)
            if when < now - timedelta(minutes=5) or when > now + timedelta(days=PICKUP_MAX_DAYS):
                problems.add("pickup_at", MSG_PICKUP)
        clean_remarks, p = check_text(remarks, "remarks", max_len=200)
        if p:
            problems.items.append(p)
        with self._db.write(actor) as s:
            row = self._at_step(s, application_id, Step.REGISTER)
            problems.raise_if_any()
            row.fee_cents, row.pickup_at, row.remarks = fee_cents, when, clean_remarks
            row.registered_at, row.registered_by_id, row.registered_station = now, actor.staff_id, actor.station
            row.state = AppState.REGISTER.value
        return self.application(actor, application_id)

    def record_receipt_print(self, actor: Actor, application_id: int) -> ApplicationInfo:
        """Count a print of the receipt (a reprint is marked 补打); only once registered."""
        actor.require(Permission.CARD_ISSUE)
        with self._db.write(actor) as s:
            row = self._row(s, application_id)
            if row.registered_at is None:
                raise InvalidTransition(MSG_STEP_MISSING, number=receipt_number(row.id),
                                        missing=STEP_LABELS[Step.REGISTER])
            row.receipt_prints += 1
        return self.application(actor, application_id)

    # -- e) paid or exempt ----------------------------------------------------------------------------------

    def pay(self, actor: Actor, application_id: int, *, amount: str, method: PayMethod | str,
            reference: str) -> ApplicationInfo:
        """Step e: paid (amount in yuan as typed, how, the receipt or transaction number)."""
        actor.require(Permission.CARD_ISSUE)
        problems = Problems()
        cents = read_money(problems, amount, "amount")
        if not problems and cents == 0:
            problems.add("amount", MSG_MONEY_ZERO)
        try:
            how = PayMethod(method)
        except ValueError:
            problems.add("pay_method", QT_TRANSLATE_NOOP("errors", "Choose how it was paid."))
            how = None
        ref, p = check_text(reference, "pay_reference", max_len=40)
        if p:
            problems.items.append(p)
        elif not ref:
            problems.add("pay_reference", MSG_REFERENCE)
        return self._paid(actor, application_id, problems, cents=cents, method=how, reference=ref, exempt=None)

    def exempt(self, actor: Actor, application_id: int, *, reason: str) -> ApplicationInfo:
        """Step e without payment: exempt, with the reason (a first card included in the fee, …)."""
        actor.require(Permission.CARD_ISSUE)
        why = checked_reason(reason, "exempt_reason")
        return self._paid(actor, application_id, Problems(), cents=0, method=None, reference="", exempt=why)

    def _paid(self, actor: Actor, application_id: int, problems: Problems, *, cents: int, method: PayMethod | None,
              reference: str, exempt: str | None) -> ApplicationInfo:
        now = self.now()
        with self._db.write(actor, reason=exempt) as s:
            row = self._at_step(s, application_id, Step.PAY)
            problems.raise_if_any()
            row.paid_cents, row.pay_method = cents, method.value if method else None
            row.pay_reference, row.exempt_reason = reference or None, exempt
            row.paid_at, row.paid_by_id, row.paid_station = now, actor.staff_id, actor.station
            row.state = AppState.PAY.value
        return self.application(actor, application_id)

    # -- f) authorised ----------------------------------------------------------------------------------------

    def authorise(self, actor: Actor, application_id: int, *, card_no: str,
                  valid_until: date | None = None) -> ApplicationInfo:
        """Step f: the card (number typed or scanned) authorised for the unit. Its number must not be live on
        any other card of the site: a duplicate is refused naming the unit that holds it. Of two stations
        authorising one number at once, the database lets one in and the other is told the same."""
        actor.require(Permission.CARD_ISSUE)
        now = self.now()
        problems = Problems()
        number = read_card_no(problems, card_no)
        try:
            with self._db.write(actor) as s:
                row = self._at_step(s, application_id, Step.AUTHORISE)
                kind = CardType(row.card_type)
                _check_validity(problems, kind, valid_until, local_date(now))
                problems.raise_if_any()
                self._refuse_duplicate(s, number)
                one_at_a_time(s, f"card-limit:{row.unit_id}")
                limit = self._site.settings().card_limit
                live = s.scalar(select(func.count()).select_from(AccessCard).where(
                    AccessCard.unit_id == row.unit_id, AccessCard.live_no.is_not(None))) or 0
                if live >= limit and not row.limit_override:
                    room = s.scalar(select(Unit.room_no).where(Unit.id == row.unit_id))
                    raise Conflict(MSG_LIMIT, room=room, count=live, limit=limit)
                card = AccessCard(card_no=number, live_no=number, unit_id=row.unit_id, holder_name=row.applicant_name,
                                  holder_resident_id=row.applicant_resident_id, card_type=kind.value,
                                  state=CardState.ACTIVE.value, valid_until=valid_until, application_id=row.id,
                                  created_at=now, created_by_id=actor.staff_id, created_station=actor.station)
                s.add(card)
                s.flush()
                s.add(AccessCardEvent(card_id=card.id, kind=CardEvent.AUTHORISED.value, at=now, by_id=actor.staff_id,
                                      station=actor.station, note="", reported_by=""))
                row.authorised_at, row.authorised_by_id, row.authorised_station = now, actor.staff_id, actor.station
                row.state = AppState.AUTHORISE.value
        except IntegrityError as exc:
            if not violates_unique(exc, "access_card", "live_no"):
                raise
            with self._db.read() as s:  # another station authorised this number a moment ago
                self._refuse_duplicate(s, number)
            raise
        return self.application(actor, application_id)

    def _refuse_duplicate(self, s: Session, number: str) -> None:
        held = s.execute(select(Unit.room_no, AccessCard.holder_name).join(Unit, Unit.id == AccessCard.unit_id)
                         .where(AccessCard.live_no == number)).first()
        if held is not None:
            raise Conflict(MSG_CARD_DUPLICATE, field="card_no", card_no=number, room=held.room_no,
                           holder=held.holder_name)

    # -- f) notified ------------------------------------------------------------------------------------------

    def notify(self, actor: Actor, application_id: int, *, method: NotifyMethod | str,
               note: str = "") -> ApplicationInfo:
        """Step f: the applicant told the card is ready (how; when and by whom recorded)."""
        actor.require(Permission.CARD_ISSUE)
        problems = Problems()
        try:
            how = NotifyMethod(method)
        except ValueError:
            problems.add("notify_method", QT_TRANSLATE_NOOP("errors", "Choose how the applicant was told."))
            how = None
        clean, p = check_text(note, "notify_note", max_len=200)
        if p:
            problems.items.append(p)
        now = self.now()
        with self._db.write(actor) as s:
            row = self._at_step(s, application_id, Step.NOTIFY)
            problems.raise_if_any()
            assert how is not None
            row.notify_method, row.notify_note = how.value, clean
            row.notified_at, row.notified_by_id, row.notified_station = now, actor.staff_id, actor.station
            row.state = AppState.NOTIFY.value
        return self.application(actor, application_id)

    # -- g) collected ------------------------------------------------------------------------------------------

    def collect(self, actor: Actor, application_id: int, *, receipt: str, signature: str) -> ApplicationInfo:
        """Step g: the receipt scanned back (it must be this application's) and the applicant's signature,
        drawn on screen, stored; the hand-over record prints it."""
        actor.require(Permission.CARD_ISSUE)
        if not _fits(application_id):
            raise NotFound(MSG_APP_UNKNOWN, number="?")
        problems = Problems()
        read = read_receipt_number(receipt)
        if read.reading is not NumberReading.OK:
            problems.add("receipt", MSG_RECEIPT_MISTYPED if read.reading is NumberReading.MISTYPED
                         else MSG_NOT_A_RECEIPT, text=excerpt(receipt))
        elif read.record_id != application_id:
            problems.add("receipt", MSG_RECEIPT_OTHER, scanned=receipt_number(read.record_id or 0),
                         number=receipt_number(application_id))
        strokes = check_signature(problems, signature)
        now = self.now()
        with self._db.write(actor) as s:
            row = self._at_step(s, application_id, Step.COLLECT)
            problems.raise_if_any()
            row.signature = strokes
            row.collected_at, row.collected_by_id, row.collected_station = now, actor.staff_id, actor.station
            row.state = AppState.COLLECT.value
        return self.application(actor, application_id)

    def cancel(self, actor: Actor, application_id: int, *, reason: str) -> ApplicationInfo:
        """Cancel an application not yet collected, with the reason; an authorised card is returned with it."""
        actor.require(Permission.CARD_ISSUE)
        why = checked_reason(reason)
        now = self.now()
        with self._db.write(actor, reason=why) as s:
            row = self._row(s, application_id)
            self._closed(s, row)
            card = s.scalar(select(AccessCard).where(AccessCard.application_id == row.id))
            if card is not None and CardState(card.state).live:
                self._move(s, actor, card, CardEvent.RETURNED, note=why)
            row.state = AppState.CANCELLED.value
            row.voided_at, row.voided_by_id, row.void_reason = now, actor.staff_id, why
        return self.application(actor, application_id)

    # -- the steps' common checks ----------------------------------------------------------------------------

    def _row(self, s: Session, application_id: int) -> CardApplication:
        row = locked(s, CardApplication, application_id) if _fits(application_id) else None
        if row is None:
            raise NotFound(MSG_APP_UNKNOWN, number=receipt_number(application_id) if _fits(application_id) else "?")
        return row

    def _closed(self, s: Session, row: CardApplication) -> None:
        number = receipt_number(row.id)
        if row.voided_at is not None:
            raise InvalidTransition(MSG_APP_CANCELLED, number=number, **void_stamp(s, row))
        if row.state == AppState.COLLECT.value:
            raise InvalidTransition(MSG_APP_COLLECTED, number=number)

    def _at_step(self, s: Session, application_id: int, step: Step) -> CardApplication:
        """The application, locked, where ``step`` is the next one; refused naming what is missing."""
        row = self._row(s, application_id)
        self._closed(s, row)
        state = AppState(row.state)
        needs = row.identity_at is not None and not row.applicant_is_owner
        if step is Step.CONSENT and row.identity_at is None:
            needs = True  # the consent before identity: identity is what is missing
        found = check_step(state, step, needs)
        if found.refusal is Refusal.DONE:
            at, by = _stamp_of(row, step)
            raise InvalidTransition(MSG_STEP_DONE, number=receipt_number(row.id), step=STEP_LABELS[step],
                                    **who_and_when(s, by, at))
        require_step(state, step, needs, number=receipt_number(row.id))
        if step is Step.PAY and not row.receipt_prints:  # d) is "registered, the receipt printed"
            raise InvalidTransition(MSG_RECEIPT_NOT_PRINTED, number=receipt_number(row.id))
        return row

    # -- the card's life ----------------------------------------------------------------------------------------

    def report_lost(self, actor: Actor, card_id: int, *, reported_by: str, note: str = "") -> CardInfo:
        """挂失: the card is deactivated at once (it goes on today's list for the door system)."""
        actor.require(Permission.CARD_ISSUE)
        who, p = check_text(reported_by, "reported_by", max_len=40)
        problems = Problems()
        if p:
            problems.items.append(p)
        elif not who:
            problems.add("reported_by", MSG_REPORTER)
        clean = self._note(problems, note)
        problems.raise_if_any()
        with self._db.write(actor) as s:
            card = self._card(s, card_id)
            self._move(s, actor, card, CardEvent.LOST, note=clean, reported_by=who)
        return self.card(actor, card_id)

    def found(self, actor: Actor, card_id: int, *, note: str = "") -> CardInfo:
        """解挂: a lost card found again opens the doors again (it goes on today's authorised list)."""
        actor.require(Permission.CARD_ISSUE)
        problems = Problems()
        clean = self._note(problems, note)
        problems.raise_if_any()
        with self._db.write(actor) as s:
            card = self._card(s, card_id)
            self._move(s, actor, card, CardEvent.FOUND, note=clean)
        return self.card(actor, card_id)

    def replace_card(self, actor: Actor, card_id: int, *, new_card_no: str, fee: str, method: PayMethod | str | None,
                     reference: str = "", note: str = "") -> CardInfo:
        """补卡: a new card number for the same holder and unit, with its fee; the old card stays deactivated.
        A fee of 0 needs no method; otherwise the method and the receipt or transaction number."""
        actor.require(Permission.CARD_ISSUE)
        problems = Problems()
        number = read_card_no(problems, new_card_no, "new_card_no")
        cents = read_money(problems, fee, "fee")
        how = None
        if cents:
            try:
                how = PayMethod(method) if method else None
            except ValueError:
                how = None
            if how is None:
                problems.add("pay_method", QT_TRANSLATE_NOOP("errors", "Choose how it was paid."))
        ref, p = check_text(reference, "pay_reference", max_len=40)
        if p:
            problems.items.append(p)
        elif cents and not ref:
            problems.add("pay_reference", MSG_REFERENCE)
        clean = self._note(problems, note)
        problems.raise_if_any()
        now = self.now()
        try:
            with self._db.write(actor) as s:
                old = self._card(s, card_id)
                card_after(CardState(old.state), CardEvent.REPLACED, card_no=old.card_no)
                self._refuse_duplicate_but(s, number, old.id)
                new = AccessCard(card_no=number, live_no=None, unit_id=old.unit_id, holder_name=old.holder_name,
                                 holder_resident_id=old.holder_resident_id, card_type=old.card_type,
                                 state=CardState.ACTIVE.value, valid_until=old.valid_until,
                                 application_id=old.application_id, replaces_id=old.id, created_at=now,
                                 created_by_id=actor.staff_id, created_station=actor.station)
                s.add(new)
                s.flush()
                self._move(s, actor, old, CardEvent.REPLACED, note=clean, fee_cents=cents,
                           method=how, reference=ref, other=new.id)
                s.flush()  # the old number is free before the new card takes one (the same number re-coded)
                new.live_no = number
                s.add(AccessCardEvent(card_id=new.id, kind=CardEvent.AUTHORISED.value, at=now, by_id=actor.staff_id,
                                      station=actor.station, note=clean, reported_by="", fee_cents=cents,
                                      pay_method=how.value if how else None, pay_reference=ref or None,
                                      other_card_id=old.id))
                new_id = new.id
        except IntegrityError as exc:
            if not violates_unique(exc, "access_card", "live_no"):
                raise
            with self._db.read() as s:
                self._refuse_duplicate(s, number)
            raise
        return self.card(actor, new_id)

    def _refuse_duplicate_but(self, s: Session, number: str, card_id: int) -> None:
        held = s.execute(select(Unit.room_no, AccessCard.holder_name).join(Unit, Unit.id == AccessCard.unit_id)
                         .where(AccessCard.live_no == number, AccessCard.id != card_id)).first()
        if held is not None:
            raise Conflict(MSG_CARD_DUPLICATE, field="new_card_no", card_no=number, room=held.room_no,
                           holder=held.holder_name)

    def return_card(self, actor: Actor, card_id: int, *, note: str = "") -> CardInfo:
        """退卡: handed back (at move-out, say); it goes on today's list to be taken off the doors."""
        actor.require(Permission.CARD_ISSUE)
        problems = Problems()
        clean = self._note(problems, note)
        problems.raise_if_any()
        with self._db.write(actor) as s:
            card = self._card(s, card_id)
            self._move(s, actor, card, CardEvent.RETURNED, note=clean)
        return self.card(actor, card_id)

    def expire_due(self, actor: Actor) -> int:
        """Temporary cards past their last day become expired (and go on today's list); how many."""
        actor.require(Permission.CARD_ISSUE)
        today = local_date(self.now())
        with self._db.read() as s:
            due = list(s.scalars(select(AccessCard.id).where(
                AccessCard.live_no.is_not(None), AccessCard.valid_until.is_not(None),
                AccessCard.valid_until < today)))
        if not due:
            return 0
        with self._db.write(actor) as s:
            done = 0
            for card_id in due:
                card = locked(s, AccessCard, card_id)
                if card is not None and CardState(card.state).live and card.valid_until and card.valid_until < today:
                    self._move(s, actor, card, CardEvent.EXPIRED, note="")
                    done += 1
        return done

    def _note(self, problems: Problems, note: str) -> str:
        clean, p = check_text(note, "note", max_len=200)
        if p:
            problems.items.append(p)
        return clean

    def _card(self, s: Session, card_id: int) -> AccessCard:
        card = locked(s, AccessCard, card_id) if _fits(card_id) else None
        if card is None:
            raise NotFound(MSG_CARD_GONE)
        return card

    def _move(self, s: Session, actor: Actor, card: AccessCard, event: CardEvent, *, note: str, reported_by: str = "",
              fee_cents: int | None = None, method: PayMethod | None = None, reference: str = "",
              other: int | None = None) -> None:
        state = card_after(CardState(card.state), event, card_no=card.card_no)
        card.state = state.value
        card.live_no = card.card_no if state.live else None
        card.updated_at = self.now()
        s.add(AccessCardEvent(card_id=card.id, kind=event.value, at=self.now(), by_id=actor.staff_id,
                              station=actor.station, note=note, reported_by=reported_by, fee_cents=fee_cents,
                              pay_method=method.value if method else None, pay_reference=reference or None,
                              other_card_id=other))

    # -- look-ups ------------------------------------------------------------------------------------------------

    def application(self, actor: Actor, application_id: int) -> ApplicationInfo:
        actor.require(Permission.CARD_VIEW)
        found = self._applications(actor, CardApplication.id == application_id, 0, 1) if _fits(application_id) else []
        if not found:
            raise NotFound(MSG_APP_UNKNOWN, number=receipt_number(application_id) if _fits(application_id) else "?")
        return found[0]

    def find_receipt(self, actor: Actor, text: str) -> ApplicationInfo:
        """The application of a scanned or typed receipt number."""
        actor.require(Permission.CARD_VIEW)
        read = read_receipt_number(text)
        if read.record_id is None:
            message = MSG_RECEIPT_MISTYPED if read.reading is NumberReading.MISTYPED else MSG_NOT_A_RECEIPT
            raise ValidationError.single("receipt", message, text=excerpt(text))
        return self.application(actor, read.record_id)

    def open_applications(self, actor: Actor, *, limit: int = 500) -> list[ApplicationInfo]:
        """Applications neither collected nor cancelled, oldest first: the desk's work in hand."""
        actor.require(Permission.CARD_VIEW)
        return self._applications(actor, and_(CardApplication.voided_at.is_(None),
                                       CardApplication.state != AppState.COLLECT.value), 0, limit, oldest_first=True)

    def lookup(self, actor: Actor, card_no: str) -> CardInfo:
        """A card number typed or scanned → whose, which unit, its state and history (the live card with
        that number, else the newest that had it)."""
        actor.require(Permission.CARD_VIEW)
        problems = Problems()
        number = read_card_no(problems, card_no)
        problems.raise_if_any()
        with self._db.read() as s:
            card_id = s.scalar(select(AccessCard.id).where(AccessCard.live_no == number))
            if card_id is None:
                card_id = s.scalar(select(AccessCard.id).where(AccessCard.card_no == number)
                                   .order_by(AccessCard.id.desc()).limit(1))
            if card_id is None:
                raise NotFound(MSG_CARD_UNKNOWN, field="card_no", card_no=number)
            return self._cards(s, AccessCard.id == card_id)[0]

    def card(self, actor: Actor, card_id: int) -> CardInfo:
        actor.require(Permission.CARD_VIEW)
        with self._db.read() as s:
            found = self._cards(s, AccessCard.id == card_id) if _fits(card_id) else []
        if not found:
            raise NotFound(MSG_CARD_GONE)
        return found[0]

    def cards_of_unit(self, actor: Actor, unit_id: int) -> UnitCards:
        """A unit's cards (live first, then the newest) and its open applications."""
        actor.require(Permission.CARD_VIEW)
        limit = self._site.settings().card_limit
        with self._db.read() as s:
            room = s.scalar(select(Unit.room_no).where(Unit.id == unit_id)) if _fits(unit_id) else None
            if room is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "This unit no longer exists."))
            cards = self._cards(s, AccessCard.unit_id == unit_id)
        apps = self._applications(actor, and_(CardApplication.unit_id == unit_id, CardApplication.voided_at.is_(None),
                                       CardApplication.state != AppState.COLLECT.value), 0, 100, oldest_first=True)
        cards.sort(key=lambda c: (not c.state.live, -c.id))
        return UnitCards(room, tuple(cards), tuple(apps), limit)

    def live_cards_of_unit(self, actor: Actor, unit_id: int) -> list[CardInfo]:
        """The unit's live cards (active or lost): what the move-out pass lists to be returned."""
        return list(self.cards_of_unit(actor, unit_id).live)

    def door_list(self, actor: Actor, day: date | None = None) -> DoorList:
        """The door system's list for ``day`` (today): cards to take off (lost, replaced, returned, expired)
        and cards to put on (authorised, found again). Temporary cards past their date are expired first."""
        actor.require(Permission.CARD_VIEW)
        today = local_date(self.now())
        day = day or today
        if day == today and actor.can(Permission.CARD_ISSUE):
            self.expire_due(actor)
        start, end = day_range_utc(day, day)
        with self._db.read() as s:
            rows = s.execute(
                select(AccessCardEvent.kind, AccessCardEvent.at, AccessCardEvent.by_id, AccessCard.card_no,
                       Unit.room_no, AccessCard.holder_name, AccessCard.card_type, AccessCard.valid_until)
                .join(AccessCard, AccessCard.id == AccessCardEvent.card_id).join(Unit, Unit.id == AccessCard.unit_id)
                .where(AccessCardEvent.at >= start, AccessCardEvent.at < end)
                .order_by(AccessCardEvent.at, AccessCardEvent.id)).all()
            names = _names(s, {r.by_id for r in rows})
        off: list[DoorLine] = []
        on: list[DoorLine] = []
        for r in rows:
            kind = CardEvent(r.kind)
            line = DoorLine(r.card_no, r.room_no, r.holder_name, kind, r.at, names.get(r.by_id or 0, ""),
                            CardType(r.card_type), r.valid_until)
            (off if kind in DEACTIVATING else on).append(line)
        return DoorList(day, tuple(off), tuple(on))

    def _cards(self, s: Session, condition: ColumnElement[bool]) -> list[CardInfo]:
        rows = s.execute(select(AccessCard, Unit.room_no).join(Unit, Unit.id == AccessCard.unit_id)
                         .where(condition).order_by(AccessCard.id).limit(MAX_LIST)).all()
        if not rows:
            return []
        ids = [c.id for c, _ in rows]
        events = s.scalars(select(AccessCardEvent).where(AccessCardEvent.card_id.in_(ids))
                           .order_by(AccessCardEvent.at, AccessCardEvent.id)).all()
        others = {e.other_card_id for e in events if e.other_card_id}
        other_nos = dict(s.execute(select(AccessCard.id, AccessCard.card_no).where(AccessCard.id.in_(others))).all()) \
            if others else {}
        names = _names(s, {e.by_id for e in events})
        by_card: dict[int, list[EventInfo]] = {}
        first_at: dict[int, datetime] = {}
        for e in events:
            by_card.setdefault(e.card_id, []).append(EventInfo(
                CardEvent(e.kind), e.at, names.get(e.by_id or 0, ""), e.station, e.note, e.reported_by, e.fee_cents,
                other_nos.get(e.other_card_id, "") if e.other_card_id else ""))
            first_at.setdefault(e.card_id, e.at)
        return [CardInfo(c.id, c.card_no, CardState(c.state), CardType(c.card_type), c.unit_id, room, c.holder_name,
                         c.holder_resident_id, c.valid_until, c.application_id,
                         receipt_number(c.application_id) if c.application_id else "",
                         first_at.get(c.id, c.created_at), tuple(by_card.get(c.id, ())))
                for c, room in rows]

    def _applications(self, actor: Actor, condition: ColumnElement[bool], offset: int, limit: int, *,
                      oldest_first: bool = False) -> list[ApplicationInfo]:
        order = CardApplication.id.asc() if oldest_first else CardApplication.id.desc()
        with self._db.read() as s:
            rows = s.execute(select(CardApplication, Unit.room_no).join(Unit, Unit.id == CardApplication.unit_id)
                             .where(condition).order_by(order).offset(offset).limit(limit)).all()
            if not rows:
                return []
            staff = {i for a, _ in rows for i in (a.created_by_id, a.identity_by_id, a.consent_by_id,
                                                  a.registered_by_id, a.paid_by_id, a.authorised_by_id,
                                                  a.notified_by_id, a.collected_by_id)}
            names = _names(s, staff)
            owner_ids = {a.consent_owner_id for a, _ in rows if a.consent_owner_id}
            owners = dict(s.execute(select(Resident.id, Resident.name).where(Resident.id.in_(owner_ids))).all()) \
                if owner_ids else {}
            cards = {c.application_id: c for c in s.scalars(select(AccessCard).where(
                AccessCard.application_id.in_([a.id for a, _ in rows]), AccessCard.replaces_id.is_(None)))}
            return [_app_info(a, room, names, owners, cards.get(a.id), actor) for a, room in rows]


def _fits(record_id) -> bool:
    return isinstance(record_id, int) and not isinstance(record_id, bool) and 0 < record_id < 2**31


def _card_type(problems: Problems, value) -> CardType | None:
    try:
        return CardType(value)
    except ValueError:
        problems.add("card_type", QT_TRANSLATE_NOOP("errors", "Choose the kind of card."))
        return None


def _check_validity(problems: Problems, kind: CardType, valid_until: date | None, today: date) -> None:
    if kind is CardType.TEMPORARY:
        if not isinstance(valid_until, date) or not today <= valid_until <= today + timedelta(days=MAX_TEMPORARY_DAYS):
            problems.add("valid_until", MSG_VALID_UNTIL, days=MAX_TEMPORARY_DAYS)
    elif valid_until is not None:
        problems.add("valid_until", MSG_VALID_RESIDENT)


def _names(s: Session, staff_ids: set[int | None]) -> dict[int, str]:
    ids = {i for i in staff_ids if i}
    return dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all()) if ids else {}


_STAMPS = {
    Step.REQUIREMENTS: ("created_at", "created_by_id", "created_station"),
    Step.IDENTITY: ("identity_at", "identity_by_id", "identity_station"),
    Step.CONSENT: ("consent_recorded_at", "consent_by_id", "consent_station"),
    Step.REGISTER: ("registered_at", "registered_by_id", "registered_station"),
    Step.PAY: ("paid_at", "paid_by_id", "paid_station"),
    Step.AUTHORISE: ("authorised_at", "authorised_by_id", "authorised_station"),
    Step.NOTIFY: ("notified_at", "notified_by_id", "notified_station"),
    Step.COLLECT: ("collected_at", "collected_by_id", "collected_station"),
}


def _stamp_of(row: CardApplication, step: Step) -> tuple[datetime | None, int | None]:
    at, by, _ = _STAMPS[step]
    return getattr(row, at), getattr(row, by)


def _app_info(a: CardApplication, room: str, names: dict[int, str], owners: dict[int, str],
              card: AccessCard | None, actor: Actor) -> ApplicationInfo:
    """The row as ``actor`` may see it (a phone number masked for a guard or the control room)."""
    steps = []
    for step, (at, by, station) in _STAMPS.items():
        when = getattr(a, at)
        if when is not None:
            steps.append(StepDone(step, when, names.get(getattr(a, by) or 0, ""), getattr(a, station) or ""))
    state = AppState(a.state)
    needs = a.identity_at is not None and not a.applicant_is_owner
    return ApplicationInfo(
        a.id, receipt_number(a.id), state, a.unit_id, room, CardType(a.card_type),
        tuple(x for x in a.requirements.split("\n") if x), a.limit_override or "",
        a.applicant_resident_id, a.applicant_name, actor.phone(a.applicant_phone), a.applicant_is_owner, needs,
        IdType(a.id_type) if a.id_type else None, a.id_masked or "",
        ConsentMethod(a.consent_method) if a.consent_method else None,
        owners.get(a.consent_owner_id, "") if a.consent_owner_id else "", a.consent_at,
        a.fee_cents, a.pickup_at, a.remarks, a.receipt_prints, a.paid_cents,
        PayMethod(a.pay_method) if a.pay_method else None, a.pay_reference or "", a.exempt_reason or "",
        card.id if card else None, card.card_no if card else "", card.valid_until if card else None,
        NotifyMethod(a.notify_method) if a.notify_method else None, a.notify_note, a.signature or "",
        tuple(steps), next_step(state, needs or a.identity_at is None) if state.is_open else None,
        a.voided_at, a.void_reason or "")

