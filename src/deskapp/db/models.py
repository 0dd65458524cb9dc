"""SQLAlchemy 2 typed models. Times are naive UTC; the UI shows them in local time."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def last4(phone: str | None) -> str | None:
    """The last four digits of a stored phone (None for none, or for a shorter number)."""
    return phone[-4:] if phone and len(phone) >= 4 else None


def _last4_of(column: str):
    """A ``phone_last4`` column's default: the last four digits of the inserted row's ``column``, so every
    insert (a service's, the demo's bulk rows) fills it in the same statement."""

    def default(context) -> str | None:
        return last4(context.get_current_parameters().get(column))

    return default


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Audited:
    """Marker: inserts and updates of this model write audit rows (see ``db/audit.py``)."""

    __tablename__: str
    __audit_exclude__: frozenset[str] = frozenset({"updated_at"})
    __audit_secret__: frozenset[str] = frozenset()


class CreatedMixin:
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_station: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


class VoidableMixin:
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    void_reason: Mapped[str | None] = mapped_column(String(200))


class Site(Audited, Base):
    """The one site (小区/项目) this database serves; row id 1."""

    __tablename__ = "site"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    centre_name: Mapped[str] = mapped_column(String(80))
    centre_phone: Mapped[str] = mapped_column(String(20))
    company_name: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Setting(Audited, Base):
    """Site-wide settings an admin can change (idle lock minutes, response targets, …)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Staff(Audited, Base):
    __tablename__ = "staff"
    __audit_secret__ = frozenset({"password_hash"})
    __audit_exclude__ = frozenset({"updated_at", "last_login_at"})
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_no: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    password_hash: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


class Station(Base):
    """A PC that has connected to this database; its printers live in the PC's own settings."""

    __tablename__ = "station"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    profile: Mapped[str] = mapped_column(String(20))
    first_seen: Mapped[datetime] = mapped_column(DateTime)
    last_seen: Mapped[datetime] = mapped_column(DateTime)


class Building(Audited, CreatedMixin, Base):
    __tablename__ = "building"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(40))


class Unit(Audited, CreatedMixin, VoidableMixin, Base):
    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    room_no: Mapped[str] = mapped_column(String(24), unique=True)
    # Zero-padded room number so that the database sorts 3-2-902 before 3-2-1502.
    sort_key: Mapped[str] = mapped_column(String(40), index=True)
    entrance: Mapped[str | None] = mapped_column(String(8))
    room: Mapped[str] = mapped_column(String(8), index=True)
    floor: Mapped[int | None] = mapped_column(Integer)
    area_m2: Mapped[str | None] = mapped_column(String(12))

    building: Mapped[Building] = relationship(lazy="joined")


class Resident(Audited, CreatedMixin, VoidableMixin, Base):
    __tablename__ = "resident"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(40), index=True)
    role: Mapped[str] = mapped_column(String(12))
    notes: Mapped[str] = mapped_column(String(500), default="")
    moved_in: Mapped[date | None] = mapped_column(Date)
    moved_out: Mapped[date | None] = mapped_column(Date)

    phones: Mapped[list[ResidentPhone]] = relationship(
        back_populates="resident", order_by="ResidentPhone.position", cascade="all, delete-orphan"
    )


class ResidentPhone(Audited, Base):
    """One phone of a resident; ``last4`` is indexed for the 'last four digits' search."""

    __tablename__ = "resident_phone"
    __table_args__ = (Index("ix_resident_phone_last4", "last4"), Index("ix_resident_phone_phone", "phone"))
    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    phone: Mapped[str] = mapped_column(String(20))
    last4: Mapped[str] = mapped_column(String(4))

    resident: Mapped[Resident] = relationship(back_populates="phones")


class ResidentNameGram(Base):
    """Every two-character piece of every resident's name, so a name fragment is an index lookup.

    Derived data, kept by the flush hook in ``db/name_index.py``; not audited.
    """

    __tablename__ = "resident_name_gram"
    gram: Mapped[str] = mapped_column(String(2), primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), primary_key=True, index=True)


class UnitNote(Audited, CreatedMixin, VoidableMixin, Base):
    """A note or a hold (arrears, dispute, …) shown wherever the unit is used."""

    __tablename__ = "unit_note"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(String(500))


class Visit(Audited, CreatedMixin, VoidableMixin, Base):
    """A walk-in at the desk 来访登记: who came about which unit, why, and how it ended."""

    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_unit_time", "unit_id", "visited_at"),
        Index("ix_visit_phone_last4", "phone_last4"),
        # The statistics (#14) count ten years of visits from this index alone, not the wide rows.
        Index("ix_visit_stats", "visited_at", "voided_at", "purpose", "unit_id"),
        Index("ix_visit_visitor_phone", "visitor_phone"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    visited_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"))
    visitor_name: Mapped[str] = mapped_column(String(40))
    visitor_phone: Mapped[str | None] = mapped_column(String(20))
    phone_last4: Mapped[str | None] = mapped_column(String(4))
    purpose: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str] = mapped_column(String(16))
    resolution: Mapped[str] = mapped_column(Text, default="")


class GuestVisit(Audited, CreatedMixin, VoidableMixin, Base):
    """A guest let into the estate 访客: checked in with a slip, checked out at the gate or desk."""

    __tablename__ = "guest_visit"
    __table_args__ = (Index("ix_guest_visit_phone_last4", "phone_last4"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str | None] = mapped_column(String(20))
    phone_last4: Mapped[str | None] = mapped_column(String(4))
    host_unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    people: Mapped[int] = mapped_column(Integer, default=1)
    plate: Mapped[str] = mapped_column(String(12), default="")
    purpose: Mapped[str] = mapped_column(String(200), default="")
    checked_in_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    valid_until: Mapped[datetime] = mapped_column(DateTime)
    checked_out_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    checked_out_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    checked_out_station: Mapped[str | None] = mapped_column(String(64))
    watch_entry_id: Mapped[int | None] = mapped_column(ForeignKey("watch_entry.id"))
    override_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    override_reason: Mapped[str | None] = mapped_column(String(200))
    # The last 4 to 6 characters of the guest's ID, if given (a full number is never stored).
    id_last: Mapped[str | None] = mapped_column(String(6))


class WatchEntry(Audited, CreatedMixin, VoidableMixin, Base):
    """The do-not-admit list 黑名单, kept by supervisors."""

    __tablename__ = "watch_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str | None] = mapped_column(String(20))
    id_last: Mapped[str | None] = mapped_column(String(6))
    reason: Mapped[str] = mapped_column(String(200))
    until: Mapped[date | None] = mapped_column(Date)


class OverrideThrottle(Base):
    """Wrong supervisor passwords typed at one station to let a listed guest in: counted here, per
    station, and slowed down (not charged to the supervisor's own login lock-out)."""

    __tablename__ = "override_throttle"
    station: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(DateTime)
    wait_until: Mapped[datetime | None] = mapped_column(DateTime)


class ServiceRequest(Audited, CreatedMixin, Base):
    """A request 报事报修 / work order 工单, from a call, a visit or the desk; never deleted, cancelled."""

    __tablename__ = "request"
    __table_args__ = (
        Index("ix_request_state_callback", "state", "callback_due_at"),
        Index("ix_request_unit_time", "unit_id", "registered_at"),
        Index("ix_request_completed_at", "completed_at"),  # the board: completed today
        # The statistics (#14): requests by department, response and completion times, complaints by class,
        # and callbacks, counted over years from these indexes alone.
        Index("ix_request_stats", "registered_at", "cancelled_at", "department", "category", "unit_id",
              "dispatched_at", "response_due_at", "completed_at", "promised_at", "complaint_class"),
        Index("ix_request_called_back_stats", "called_back_at", "satisfaction", "unit_id"),
        Index("ix_request_phone_last4", "phone_last4"),
        Index("ix_request_contact_phone", "contact_phone"),
    )
    # phone_last4 is derived from contact_phone (for the search), not a fact of its own to audit.
    __audit_exclude__ = frozenset({"updated_at", "phone_last4"})
    id: Mapped[int] = mapped_column(primary_key=True)
    registered_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    source: Mapped[str] = mapped_column(String(12))  # visit / call / desk
    # A visit becomes a request at most once: unique, so two saves racing cannot both create one.
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True, unique=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    location: Mapped[str] = mapped_column(String(100), default="")  # for public areas
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"))
    contact_name: Mapped[str] = mapped_column(String(40), default="")
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    phone_last4: Mapped[str | None] = mapped_column(String(4), default=_last4_of("contact_phone"))
    category: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    department: Mapped[str] = mapped_column(String(20))
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    state: Mapped[str] = mapped_column(String(16), index=True)
    assignee: Mapped[str] = mapped_column(String(40), default="")
    response_due_at: Mapped[datetime] = mapped_column(DateTime)
    promised_at: Mapped[datetime | None] = mapped_column(DateTime)
    dispatched_at: Mapped[datetime | None] = mapped_column(DateTime)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    callback_due_at: Mapped[datetime | None] = mapped_column(DateTime)
    called_back_at: Mapped[datetime | None] = mapped_column(DateTime)
    satisfaction: Mapped[str | None] = mapped_column(String(16))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancel_reason: Mapped[str | None] = mapped_column(String(200))
    last_report_at: Mapped[datetime | None] = mapped_column(DateTime)
    # A paid service 有偿服务: what, for how much, with what promise, and the booked visit.
    paid_item: Mapped[str] = mapped_column(String(100), default="")
    fee_cents: Mapped[int | None] = mapped_column(Integer)
    service_promise: Mapped[str] = mapped_column(String(200), default="")
    booked_at: Mapped[datetime | None] = mapped_column(DateTime)
    # A complaint 投诉 closes only with these 投诉有问责, entered by a supervisor.
    complaint_class: Mapped[str] = mapped_column(String(40), default="")
    complaint_cause: Mapped[str] = mapped_column(String(16), default="", server_default="")  # ComplaintCause
    cause_analysis: Mapped[str] = mapped_column(Text, default="")
    accountability: Mapped[str] = mapped_column(Text, default="")


class RequestNote(Base):
    """A progress note 跟单记录: every step, callback attempt, report to the owner or free note. Append-only."""

    __tablename__ = "request_note"
    __table_args__ = (Index("ix_request_note_step_at", "step", "at", "request_id"),)  # reopened, for the statistics
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    station: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(12))  # step / note / report / callback
    step: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")


class Call(Audited, CreatedMixin, VoidableMixin, Base):
    """A phone call 电话记录: incoming (who, about what, answered or turned into a request) or outgoing
    (an appointment, follow-up or callback about a request)."""

    __tablename__ = "call"
    __table_args__ = (
        Index("ix_call_phone_last4", "phone_last4"),
        Index("ix_call_unit_time", "unit_id", "started_at"),
        # The statistics (#14) count ten years of calls from this index alone, not the wide rows.
        Index("ix_call_stats", "started_at", "direction", "voided_at", "category", "unit_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(8))  # incoming / outgoing
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ended_at: Mapped[datetime] = mapped_column(DateTime)
    phone: Mapped[str | None] = mapped_column(String(20))
    phone_last4: Mapped[str | None] = mapped_column(String(4))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"))
    caller_name: Mapped[str] = mapped_column(String(40), default="")
    category: Mapped[str | None] = mapped_column(String(16))  # incoming: 报事, 报修, …
    purpose: Mapped[str | None] = mapped_column(String(16))  # outgoing: appointment, follow_up, callback
    content: Mapped[str] = mapped_column(Text, default="")
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str] = mapped_column(String(16))  # answered / request / reached / no_answer / wrong_number
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id"), index=True)


class MovePass(Audited, CreatedMixin, VoidableMixin, Base):
    """A move-out pass 大件物品放行条: goods leaving a unit, the owner's consent, the gate's collection
    of the red copy 放行联 and its return to the desk. The number is ``P`` + the id + a check digit."""

    __tablename__ = "move_pass"
    __table_args__ = (
        Index("ix_move_pass_unit_time", "unit_id", "created_at"),
        Index("ix_move_pass_created_at", "created_at"),  # the board: issued today
        Index("ix_move_pass_state_from", "state", "valid_from"),
        Index("ix_move_pass_stats", "created_at", "voided_at", "unit_id"),  # passes per month (#14)
        Index("ix_move_pass_phone_last4", "phone_last4"),
        Index("ix_move_pass_applicant_phone", "applicant_phone"),
    )
    # phone_last4 is derived from applicant_phone (for the search), not a fact of its own to audit.
    __audit_exclude__ = frozenset({"updated_at", "phone_last4"})
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    state: Mapped[str] = mapped_column(String(12))
    # The applicant: a resident of the unit, or another person (mover, tenant's agent).
    applicant_resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"))
    applicant_name: Mapped[str] = mapped_column(String(40), index=True)
    applicant_phone: Mapped[str | None] = mapped_column(String(20))
    phone_last4: Mapped[str | None] = mapped_column(String(4), default=_last4_of("applicant_phone"))
    applicant_is_owner: Mapped[bool] = mapped_column(Boolean, default=False)
    # The ID document seen at the desk: its kind and its number masked (a full number is never stored).
    id_type: Mapped[str] = mapped_column(String(20))
    id_masked: Mapped[str] = mapped_column(String(24))
    # The owner's consent, for an applicant who is not an owner of the unit.
    consent_method: Mapped[str | None] = mapped_column(String(12))
    consent_owner_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"))
    consent_phone: Mapped[str | None] = mapped_column(String(20))
    consent_at: Mapped[datetime | None] = mapped_column(DateTime)
    consent_taken_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # The unit had an arrears hold 欠费 and the receptionist confirmed the owner was told.
    arrears_told: Mapped[bool] = mapped_column(Boolean, default=False)
    valid_from: Mapped[datetime] = mapped_column(DateTime)
    valid_until: Mapped[datetime] = mapped_column(DateTime)
    plate: Mapped[str] = mapped_column(String(12), default="", index=True)
    movers: Mapped[str] = mapped_column(String(100), default="")
    remarks: Mapped[str] = mapped_column(String(200), default="")
    reprints: Mapped[int] = mapped_column(Integer, default=0)
    last_printed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # At the gate: collected (the red copy taken), or refused because the load did not match.
    collected_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    collected_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    collected_gate: Mapped[str | None] = mapped_column(String(40))
    collected_station: Mapped[str | None] = mapped_column(String(64))
    mover_id_masked: Mapped[str | None] = mapped_column(String(24))
    gate_note: Mapped[str] = mapped_column(String(200), default="")
    # Back at the desk: the red copy checked in and filed.
    red_copy_returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    red_copy_returned_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    items: Mapped[list[MovePassItem]] = relationship(
        back_populates="move_pass", order_by="MovePassItem.position", cascade="all, delete-orphan")


# Byte order on PostgreSQL (as SQLite's BINARY): a prefix is a range of the index whatever the site's locale.
BYTE_ORDER = String(12).with_variant(String(12, collation="C"), "postgresql")


class MovePassNameGram(Base):
    """Every two-character piece of every pass's applicant name (ASCII letters folded), so a name or a
    fragment of one is an index look-up. Derived data, kept by ``db/pass_index.py``; not audited."""

    __tablename__ = "move_pass_name_gram"
    __table_args__ = {"sqlite_with_rowid": False}
    gram: Mapped[str] = mapped_column(String(2), primary_key=True)
    pass_id: Mapped[int] = mapped_column(ForeignKey("move_pass.id"), primary_key=True, index=True)


class MovePassPlateTail(Base):
    """Every ending of two characters or more of every pass's plate (粤B12345, B12345, …, 45): a plate
    containing a typed part is one whose ending starts with it, a range of this index. Derived, kept by
    ``db/pass_index.py``; not audited."""

    __tablename__ = "move_pass_plate_tail"
    __table_args__ = {"sqlite_with_rowid": False}
    tail: Mapped[str] = mapped_column(BYTE_ORDER, primary_key=True)
    pass_id: Mapped[int] = mapped_column(ForeignKey("move_pass.id"), primary_key=True, index=True)


class MovePassItem(Audited, Base):
    """One line of a pass: what, how many, in which unit (件, 箱, 台, …)."""

    __tablename__ = "move_pass_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    pass_id: Mapped[int] = mapped_column(ForeignKey("move_pass.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(4))

    move_pass: Mapped[MovePass] = relationship(back_populates="items")


class AuditLog(Base):
    """Who changed what, where and when; written by the flush hook, never updated.

    A hash chain (``db/chain.py``): ``seq`` numbers the entries without gaps, ``hash`` covers the
    entry's content and ``prev_hash`` (the entry before); ``state_hash`` is the digest of the record's
    audited columns after the change (None for a delete and for entries that change no record).
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record", "table_name", "record_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    state_hash: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    station: Mapped[str] = mapped_column(String(64))
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(10))
    field: Mapped[str | None] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(String(200))


class ChangeLog(Base):
    """SQLite only: which kinds of record each committed write touched, for the other processes on
    the same file (see ``db/changes.py``). Derived and short-lived: rows older than a day are pruned."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    origin: Mapped[str] = mapped_column(String(16))
    kinds: Mapped[str] = mapped_column(String(400))



class BackupRun(Base):
    """One backup attempt (good or failed), recorded in the database it backed up, so that every station's
    board and every admin's login see the site's last backup, not only the station that made it
    (``services/backup.py``). Operational, not audited: the file and its check are the evidence."""

    __tablename__ = "backup_run"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)  # naive UTC, when the attempt started
    station: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(12))  # sqlite / postgresql
    ok: Mapped[bool] = mapped_column(Boolean)
    error: Mapped[str | None] = mapped_column(Text)
    path: Mapped[str] = mapped_column(Text, default="")  # as the station that made it sees it
    size: Mapped[int | None] = mapped_column(BigInteger)


# -- control room: events, devices, faults (#12) --


class ControlCounter(Base):
    """The last number given to a kind of control-room entry (``event``, ``fault``, …).

    Read under a row lock in the transaction that inserts the entry: a rolled-back insert gives its
    number back, so entries are numbered without gaps (a database sequence would leave holes).
    Derived from the entries it numbers; not audited.
    """

    __tablename__ = "control_counter"
    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class ControlDevice(Audited, CreatedMixin, VoidableMixin, Base):
    """A detector, call point, module or camera the admin lists: its address on the panel → where it is."""

    __tablename__ = "control_device"
    id: Mapped[int] = mapped_column(primary_key=True)
    address: Mapped[str] = mapped_column(String(32), unique=True)
    building: Mapped[str] = mapped_column(String(40), default="")
    floor: Mapped[str] = mapped_column(String(16), default="")
    zone: Mapped[str] = mapped_column(String(40), default="")
    device_type: Mapped[str] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(String(200), default="")


class ControlFault(Audited, CreatedMixin, Base):
    """A fault of the fire installation 故障维修记录: found, reported for repair, repaired, confirmed."""

    __tablename__ = "control_fault"
    __table_args__ = (Index("ix_control_fault_open", "repaired_at", "found_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    found_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    found_by: Mapped[str] = mapped_column(String(40))
    building: Mapped[str] = mapped_column(String(40), default="")
    floor: Mapped[str] = mapped_column(String(16), default="")
    zone: Mapped[str] = mapped_column(String(40), default="")
    device_address: Mapped[str] = mapped_column(String(32), default="")
    device_id: Mapped[int | None] = mapped_column(ForeignKey("control_device.id"), index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text)
    handling: Mapped[str] = mapped_column(Text, default="")
    out_of_service: Mapped[bool] = mapped_column(Boolean, default=False)
    reported_at: Mapped[datetime | None] = mapped_column(DateTime)
    reported_to: Mapped[str] = mapped_column(String(80), default="")
    repaired_at: Mapped[datetime | None] = mapped_column(DateTime)
    repaired_by: Mapped[str] = mapped_column(String(80), default="")
    repair_method: Mapped[str] = mapped_column(Text, default="")
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("control_event.id"), index=True)


class ControlEvent(Audited, CreatedMixin, Base):
    """An alarm or incident logged in the control room 监控(消防)中心: numbered without gaps, never deleted;
    once closed, amended only by appended notes."""

    __tablename__ = "control_event"
    __table_args__ = (
        Index("ix_control_event_open", "closed_at", "received_at"),
        Index("ix_control_event_device_time", "device_address", "received_at"),
        Index("ix_control_event_result_time", "result", "received_at"),
        # The false-alarm figures over years (#14): by zone and cause, and the fire alarms, from the index alone.
        Index("ix_control_event_result_stats", "result", "received_at", "building", "zone", "cause",
              "device_address"),
        Index("ix_control_event_kind_time", "kind", "received_at", "building"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    received_at_reason: Mapped[str] = mapped_column(String(200), default="")  # why it differs from the first key
    source: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    building: Mapped[str] = mapped_column(String(40), default="")
    floor: Mapped[str] = mapped_column(String(16), default="")
    zone: Mapped[str] = mapped_column(String(40), default="")
    device_address: Mapped[str] = mapped_column(String(32), default="")
    device_id: Mapped[int | None] = mapped_column(ForeignKey("control_device.id"))
    text: Mapped[str] = mapped_column(Text, default="")
    # Confirmation on site: due by (the house rule at logging time), the guard sent, the result.
    confirm_due_at: Mapped[datetime | None] = mapped_column(DateTime)
    dispatched_guard: Mapped[str] = mapped_column(String(40), default="")
    dispatched_at: Mapped[datetime | None] = mapped_column(DateTime)
    dispatched_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    result: Mapped[str | None] = mapped_column(String(16))
    result_at: Mapped[datetime | None] = mapped_column(DateTime)
    result_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    cause: Mapped[str | None] = mapped_column(String(24), index=True)  # a false alarm's class (BS 5839-1)
    cause_note: Mapped[str] = mapped_column(String(200), default="")
    # A real fire: 119 called (when, the five items said), linkage in automatic, the plan, the manager.
    fire_call_at: Mapped[datetime | None] = mapped_column(DateTime)
    fire_call_address: Mapped[str] = mapped_column(String(200), default="")
    fire_call_origin: Mapped[str] = mapped_column(String(200), default="")
    fire_call_burning: Mapped[str] = mapped_column(String(200), default="")
    fire_call_size: Mapped[str] = mapped_column(String(200), default="")
    fire_call_caller: Mapped[str] = mapped_column(String(40), default="")
    fire_call_phone: Mapped[str] = mapped_column(String(20), default="")
    linkage_auto_at: Mapped[datetime | None] = mapped_column(DateTime)
    linkage_auto_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    plan_started_at: Mapped[datetime | None] = mapped_column(DateTime)
    plan_started_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    manager_name: Mapped[str] = mapped_column(String(40), default="")
    manager_notified_at: Mapped[datetime | None] = mapped_column(DateTime)
    handling: Mapped[str] = mapped_column(Text, default="")
    reset_at: Mapped[datetime | None] = mapped_column(DateTime)
    reset_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class ControlEventNote(Audited, Base):
    """A note appended to an event: a step taken, a remark, or the amendment of a closed event
    (who, when, why). Append-only."""

    __tablename__ = "control_event_note"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("control_event.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    station: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(12))  # note / amendment / step
    text: Mapped[str] = mapped_column(Text)


# -- control room: shifts, equipment records, handovers (#12) --


class FireSystem(Audited, CreatedMixin, Base):
    """A fire system whose control and running state the control room records every 2 hours (自动喷水灭火
    系统, 消火栓系统, 防排烟系统 …), kept by the admin; retired, never deleted (old records name it)."""

    __tablename__ = "fire_system"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    should_be_auto: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ControlShift(Audited, CreatedMixin, Base):
    """A shift 班次 of the control room: its operators signed on with their own passwords; at most 8 hours;
    ended by the handover to the next one."""

    __tablename__ = "control_shift"
    __table_args__ = (Index("ix_control_shift_state_start", "state", "started_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    planned_end_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(12))

    operators: Mapped[list[ControlShiftOperator]] = relationship(
        back_populates="shift", order_by="ControlShiftOperator.id", cascade="all, delete-orphan")


class ControlShiftOperator(Audited, Base):
    """An operator on a shift, who signed on with their own password (when)."""

    __tablename__ = "control_shift_operator"
    __table_args__ = (Index("uq_control_shift_operator_staff", "shift_id", "staff_id", unique=True),)
    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("control_shift.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    signed_at: Mapped[datetime] = mapped_column(DateTime)

    shift: Mapped[ControlShift] = relationship(back_populates="operators")


class EquipmentRecord(Audited, CreatedMixin, Base):
    """The fire equipment's running state, recorded every 2 hours: the fire alarm controller, the
    linkage controller and each listed system's control and running state."""

    __tablename__ = "equipment_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("control_shift.id"), index=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    controller_state: Mapped[str] = mapped_column(String(8))
    controller_note: Mapped[str] = mapped_column(String(200), default="")
    linkage_mode: Mapped[str] = mapped_column(String(8))
    linkage_note: Mapped[str] = mapped_column(String(200), default="")
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)

    lines: Mapped[list[EquipmentRecordLine]] = relationship(
        back_populates="record", order_by="EquipmentRecordLine.position", cascade="all, delete-orphan")


class EquipmentRecordLine(Audited, Base):
    """One system in a 2-hourly record, its name and rule as they were then (the list may change)."""

    __tablename__ = "equipment_record_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("equipment_record.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    system_id: Mapped[int] = mapped_column(ForeignKey("fire_system.id"))
    system_name: Mapped[str] = mapped_column(String(40))
    should_be_auto: Mapped[bool] = mapped_column(Boolean)
    mode: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(8))
    explanation: Mapped[str] = mapped_column(String(200), default="")

    record: Mapped[EquipmentRecord] = relationship(back_populates="lines")


class DailyCheck(Audited, CreatedMixin, Base):
    """The fire alarm controller's daily check 日检查: self-test, silence, reset, main and backup power."""

    __tablename__ = "daily_check"
    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("control_shift.id"), index=True)
    checked_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    self_test: Mapped[str] = mapped_column(String(8))
    silence: Mapped[str] = mapped_column(String(8))
    reset: Mapped[str] = mapped_column(String(8))
    main_power: Mapped[str] = mapped_column(String(8))
    backup_power: Mapped[str] = mapped_column(String(8))
    note: Mapped[str] = mapped_column(String(200), default="")


class Handover(Audited, CreatedMixin, Base):
    """A handover 交接班 from one shift to the next: both sides signed, the equipment's state, notes;
    the open events and faults carried over are its items. A shift is handed over once."""

    __tablename__ = "handover"
    id: Mapped[int] = mapped_column(primary_key=True)
    from_shift_id: Mapped[int] = mapped_column(ForeignKey("control_shift.id"), unique=True)
    to_shift_id: Mapped[int] = mapped_column(ForeignKey("control_shift.id"), unique=True)
    handed_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    equipment_record_id: Mapped[int] = mapped_column(ForeignKey("equipment_record.id"))
    daily_check_id: Mapped[int] = mapped_column(ForeignKey("daily_check.id"))

    items: Mapped[list[HandoverItem]] = relationship(
        back_populates="handover", order_by="HandoverItem.position", cascade="all, delete-orphan")
    signatures: Mapped[list[HandoverSignature]] = relationship(
        back_populates="handover", order_by="HandoverSignature.id", cascade="all, delete-orphan")


class HandoverSignature(Audited, Base):
    """A signature on a handover: an outgoing or incoming operator, with their own password (when)."""

    __tablename__ = "handover_signature"
    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id"), index=True)
    side: Mapped[str] = mapped_column(String(4))  # out / in
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    signed_at: Mapped[datetime] = mapped_column(DateTime)

    handover: Mapped[Handover] = relationship(back_populates="signatures")


class HandoverItem(Audited, Base):
    """An open event or fault carried over, as it stood, and the incoming operator who acknowledged it."""

    __tablename__ = "handover_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # event / fault
    ref_id: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(String(300))
    acknowledged_at: Mapped[datetime] = mapped_column(DateTime)
    acknowledged_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))

    handover: Mapped[Handover] = relationship(back_populates="items")


# -- access cards (#13) --

class CardApplication(Audited, CreatedMixin, VoidableMixin, Base):
    """An application for an access card 业户卡 (manual 2.7.1.5 (5)): each of its eight steps with who,
    when and at which station. Cancelling is voiding with a reason. The receipt 办卡回执's number is
    ``K`` + the id + a check digit; the full ID number is never stored, only its masked form."""

    __tablename__ = "card_application"
    # The signature is kept on the row (and printed on the hand-over record), not copied into the audit trail.
    __audit_exclude__ = frozenset({"updated_at", "signature"})
    __table_args__ = (
        Index("ix_card_application_unit_state", "unit_id", "state"),
        Index("ix_card_application_stats", "registered_at", "voided_at", "unit_id"),  # per month (#14)
        Index("ix_card_application_collected_at", "collected_at"),  # the board: cards handed over today
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    state: Mapped[str] = mapped_column(String(16), index=True)
    card_type: Mapped[str] = mapped_column(String(12))
    # a) the requirements told: the checklist lines ticked, one a line
    requirements: Mapped[str] = mapped_column(Text, default="")
    limit_override: Mapped[str | None] = mapped_column(String(200))  # a supervisor's reason, past the unit's limit
    limit_override_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # b) the applicant and their ID document (masked)
    applicant_resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"))
    applicant_name: Mapped[str] = mapped_column(String(40), default="", index=True)
    applicant_phone: Mapped[str | None] = mapped_column(String(20))
    applicant_is_owner: Mapped[bool] = mapped_column(Boolean, default=False)
    id_type: Mapped[str | None] = mapped_column(String(20))
    id_masked: Mapped[str | None] = mapped_column(String(24))
    identity_at: Mapped[datetime | None] = mapped_column(DateTime)
    identity_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    identity_station: Mapped[str | None] = mapped_column(String(64))
    # c) the owner's consent (a non-owner)
    consent_method: Mapped[str | None] = mapped_column(String(12))
    consent_owner_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"))
    consent_phone: Mapped[str | None] = mapped_column(String(20))
    consent_at: Mapped[datetime | None] = mapped_column(DateTime)  # when the owner agreed
    consent_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    consent_recorded_at: Mapped[datetime | None] = mapped_column(DateTime)
    consent_station: Mapped[str | None] = mapped_column(String(64))
    # d) registered: the receipt with the fee and the agreed pick-up time
    fee_cents: Mapped[int | None] = mapped_column(Integer)
    pickup_at: Mapped[datetime | None] = mapped_column(DateTime)
    remarks: Mapped[str] = mapped_column(String(200), default="")
    registered_at: Mapped[datetime | None] = mapped_column(DateTime)
    registered_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    registered_station: Mapped[str | None] = mapped_column(String(64))
    receipt_prints: Mapped[int] = mapped_column(Integer, default=0)
    # e) paid (amount, method, receipt or transaction number) or exempt with a reason
    paid_cents: Mapped[int | None] = mapped_column(Integer)
    pay_method: Mapped[str | None] = mapped_column(String(12))
    pay_reference: Mapped[str | None] = mapped_column(String(40))
    exempt_reason: Mapped[str | None] = mapped_column(String(200))
    paid_at: Mapped[datetime | None] = mapped_column(DateTime)
    paid_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    paid_station: Mapped[str | None] = mapped_column(String(64))
    # f) authorised: the card (access_card.application_id names this application)
    authorised_at: Mapped[datetime | None] = mapped_column(DateTime)
    authorised_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    authorised_station: Mapped[str | None] = mapped_column(String(64))
    # f) told to collect it
    notify_method: Mapped[str | None] = mapped_column(String(12))
    notify_note: Mapped[str] = mapped_column(String(200), default="")
    notified_at: Mapped[datetime | None] = mapped_column(DateTime)
    notified_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    notified_station: Mapped[str | None] = mapped_column(String(64))
    # g) collected: the receipt taken back, the signature drawn on screen
    signature: Mapped[str | None] = mapped_column(Text)
    collected_at: Mapped[datetime | None] = mapped_column(DateTime)
    collected_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    collected_station: Mapped[str | None] = mapped_column(String(64))


class AccessCard(Audited, CreatedMixin, Base):
    """A card authorised on the door system. ``live_no`` is the number while the card is live (active or
    lost) and NULL after: unique, so that two live cards never share a number site-wide, while a
    returned card's number may be given out again."""

    __tablename__ = "access_card"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_no: Mapped[str] = mapped_column(String(20), index=True)
    live_no: Mapped[str | None] = mapped_column(String(20), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    holder_name: Mapped[str] = mapped_column(String(40))
    holder_resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"))
    card_type: Mapped[str] = mapped_column(String(12))
    state: Mapped[str] = mapped_column(String(12))
    valid_until: Mapped[date | None] = mapped_column(Date)  # a temporary card's last day
    application_id: Mapped[int | None] = mapped_column(ForeignKey("card_application.id"))
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("access_card.id"))


class AccessCardEvent(Base):
    """One event of a card's life (authorised, lost, found, replaced, returned, expired): its history,
    and the door system's daily list. Written once, never changed."""

    __tablename__ = "access_card_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("access_card.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    station: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
    reported_by: Mapped[str] = mapped_column(String(40), default="")  # who reported it lost, or handed it in
    fee_cents: Mapped[int | None] = mapped_column(Integer)  # a replacement's fee
    pay_method: Mapped[str | None] = mapped_column(String(12))
    pay_reference: Mapped[str | None] = mapped_column(String(40))
    other_card_id: Mapped[int | None] = mapped_column(ForeignKey("access_card.id"))  # the new (or old) card
