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
    )
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
    cause_analysis: Mapped[str] = mapped_column(Text, default="")
    accountability: Mapped[str] = mapped_column(Text, default="")


class RequestNote(Base):
    """A progress note 跟单记录: every step, callback attempt, report to the owner or free note. Append-only."""

    __tablename__ = "request_note"
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
    __table_args__ = (Index("ix_call_phone_last4", "phone_last4"), Index("ix_call_unit_time", "unit_id", "started_at"))
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
        Index("ix_move_pass_state_from", "state", "valid_from"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    state: Mapped[str] = mapped_column(String(12))
    # The applicant: a resident of the unit, or another person (mover, tenant's agent).
    applicant_resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"))
    applicant_name: Mapped[str] = mapped_column(String(40), index=True)
    applicant_phone: Mapped[str | None] = mapped_column(String(20))
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
