"""First-run set-up, the site's details and site-wide settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from deskapp.db.models import Setting, Site, Staff, Station, Unit
from deskapp.domain.accounts import MSG_PASSWORDS_DIFFER, check_password, check_staff_no
from deskapp.domain.cards import (
    DEFAULT_LIMIT,
    DEFAULT_REQUIREMENTS,
    MAX_FEE_CENTS,
    MAX_LIMIT,
    MSG_REQUIREMENTS_COUNT,
    REQUIREMENT_MAX,
    REQUIREMENTS_MAX,
)
from deskapp.domain.control import check_confirm_minutes, check_detectors
from deskapp.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, Problems, ValidationError
from deskapp.domain.passes import MAX_VALID_DAYS
from deskapp.domain.phones import normalize_phone
from deskapp.domain.roles import Actor, Permission, Role, format_roles
from deskapp.domain.text import check_person_name, check_text
from deskapp.domain.units import RoomNumber, RoomScheme
from deskapp.services.base import Database, again_on_unique_race, violates_unique
from deskapp.services.passwords import Hasher

MSG_ALREADY_SET_UP = QT_TRANSLATE_NOOP("errors", "This database is already set up.")
MSG_NOT_SET_UP = QT_TRANSLATE_NOOP("errors", "This database has not been set up yet.")
MSG_IDLE_RANGE = QT_TRANSLATE_NOOP("errors", "Enter a number of minutes from {min} to {max}.")
MSG_RANGE = QT_TRANSLATE_NOOP("errors", "Enter a number from {min} to {max}.")
MSG_CLASSES = QT_TRANSLATE_NOOP("errors", "Give at least one complaint classification, one per line.")

IDLE_LOCK_MIN, IDLE_LOCK_MAX = 1, 240


@dataclass(frozen=True)
class SiteInfo:
    name: str
    centre_name: str
    centre_phone: str
    company_name: str


@dataclass(frozen=True)
class SiteSettings:
    idle_lock_minutes: int = 10
    response_minutes: int = 5  # 5分钟响应: a request must be taken up within this
    report_every_days: int = 3  # a long-running request prompts a progress report to the owner this often
    complaint_classes: tuple[str, ...] = ("服务态度", "服务质量", "工程质量", "设施设备", "安全管理", "环境卫生", "收费", "其他")
    room_scheme: RoomScheme = RoomScheme()  # which rooms the site has: checked wherever a room is typed
    pass_valid_days: int = 1  # a move-out pass is valid on its moving day (and the days after, if more)
    alarm_confirm_minutes: int = 3  # the control room: a fire alarm confirmed on site within this (house rule)
    detector_count: int = 0  # detectors installed: the base of the false-alarm rate (0: not given)
    card_limit: int = DEFAULT_LIMIT  # live access cards (and open applications) a unit may hold
    card_fee_cents: int = 2000  # the fee an access card application is registered with (editable there)
    card_requirements: tuple[str, ...] = DEFAULT_REQUIREMENTS  # the checklist told to every applicant


# The room scheme's settings rows; a site that has none uses RoomScheme()'s permissive default.
_SCHEME_KEYS = {"buildings": "room_buildings", "entrances": "room_entrances",
                "basement_floors": "room_basement_floors", "top_floor": "room_top_floor",
                "rooms_per_floor": "room_rooms_per_floor", "other_rooms": "room_other_rooms"}


def _scheme_values(scheme: RoomScheme) -> dict[str, str]:
    return {"room_buildings": scheme.buildings,
            "room_entrances": "" if scheme.entrances is None else str(scheme.entrances),
            "room_basement_floors": str(scheme.basement_floors), "room_top_floor": str(scheme.top_floor),
            "room_rooms_per_floor": str(scheme.rooms_per_floor), "room_other_rooms": "1" if scheme.other_rooms else "0"}


def _scheme_from(rows: dict[str, str]) -> RoomScheme:
    default = RoomScheme()
    if not any(key in rows for key in _SCHEME_KEYS.values()):
        return default

    def number(key: str, fallback: int | None) -> int | None:
        text = rows.get(key)
        if text is None:
            return fallback
        if text == "":
            return None
        try:
            return int(text)
        except ValueError:
            return fallback

    try:
        return RoomScheme(
            buildings=rows.get("room_buildings", default.buildings),
            entrances=number("room_entrances", default.entrances),
            basement_floors=number("room_basement_floors", default.basement_floors) or 0,
            top_floor=number("room_top_floor", default.top_floor) or default.top_floor,
            rooms_per_floor=number("room_rooms_per_floor", default.rooms_per_floor) or default.rooms_per_floor,
            other_rooms=rows.get("room_other_rooms", "1") != "0").checked()
    except ValidationError:  # rows written by hand that make no sense: the permissive default
        return default


def room_scheme(session: Session) -> RoomScheme:
    """The site's room numbering scheme, read in the caller's transaction."""
    rows = dict(session.execute(select(Setting.key, Setting.value).where(
        Setting.key.in_(list(_SCHEME_KEYS.values())))).all())
    return _scheme_from(rows)


def existing_room(session: Session, text: str, field: str = "room") -> RoomNumber:
    """A room typed to look a unit up: the site's scheme decides, except that a unit already in the
    directory stays reachable after an administrator narrows the scheme (the scheme is for new units)."""
    try:
        return room_scheme(session).parse(text, field)
    except ValidationError:
        room = RoomNumber.parse(text, field)  # not even a room's shape: its own message
        if session.scalar(select(Unit.id).where(Unit.room_no == str(room))) is None:
            raise
        return room


def _site_fields(problems: Problems, name, centre_name, centre_phone, company_name) -> dict:
    values = {}
    values["name"], p = check_text(name, "site_name", required=True, max_len=80)
    if p:
        problems.items.append(p)
    values["centre_name"], p = check_text(centre_name, "centre_name", required=True, max_len=80)
    if p:
        problems.items.append(p)
    values["company_name"], p = check_text(company_name, "company_name", max_len=80)
    if p:
        problems.items.append(p)
    phone, p = check_text(centre_phone, "centre_phone", required=True, max_len=20)
    if p:
        problems.items.append(p)
    else:
        try:
            phone = normalize_phone(phone, "centre_phone")
        except ValidationError as exc:
            problems.extend(exc)
    values["centre_phone"] = phone
    return values


class SiteService:
    """Set-up of a new database and the site's own details."""

    def __init__(self, *, db: Database, hasher: Hasher) -> None:
        self._db = db
        self._hasher = hasher

    def needs_setup(self) -> bool:
        with self._db.read() as s:
            return s.get(Site, 1) is None

    def set_up(
        self, *, site_name: str, centre_name: str, centre_phone: str, company_name: str = "",
        admin_staff_no: str, admin_name: str, password: str, password_again: str,
    ) -> None:
        """Record the site and its first administrator on an empty database."""
        problems = Problems()
        values = _site_fields(problems, site_name, centre_name, centre_phone, company_name)
        staff_no, p = check_staff_no(admin_staff_no, "admin_staff_no")
        if p:
            problems.items.append(p)
        name, p = check_person_name(admin_name, "admin_name")
        if p:
            problems.items.append(p)
        p = check_password(password, staff_no)
        if p:
            problems.items.append(p)
        elif password != password_again:
            problems.add("password_again", MSG_PASSWORDS_DIFFER)
        problems.raise_if_any()
        now = self._db.clock.now()
        pw_hash = self._hasher.hash(password)
        try:
            with self._db.write(None, station="setup") as s:
                if s.get(Site, 1) is not None or s.scalar(select(func.count()).select_from(Staff)):
                    raise Conflict(MSG_ALREADY_SET_UP)
                s.add(Site(id=1, created_at=now, **values))
                s.add(Staff(staff_no=staff_no, name=name, password_hash=pw_hash,
                            roles=format_roles({Role.ADMIN}), active=True, failed_logins=0,
                            must_change_password=False, created_at=now))
                # The control room records the usual fire systems' state from day one; the admin edits the list.
                from deskapp.services.shifts import add_default_systems

                add_default_systems(s, None, "setup", now)
        except IntegrityError as exc:  # another station set it up at the same moment
            if not (violates_unique(exc, "site", "id") or violates_unique(exc, "staff", "staff_no")):
                raise
            raise Conflict(MSG_ALREADY_SET_UP) from None

    def site(self) -> SiteInfo:
        with self._db.read() as s:
            site = s.get(Site, 1)
            if site is None:
                raise NotFound(MSG_NOT_SET_UP)
            return SiteInfo(site.name, site.centre_name, site.centre_phone, site.company_name)

    def update_site(self, actor: Actor, *, site_name: str, centre_name: str, centre_phone: str,
                    company_name: str) -> SiteInfo:
        actor.require(Permission.SITE_SETTINGS)
        problems = Problems()
        values = _site_fields(problems, site_name, centre_name, centre_phone, company_name)
        problems.raise_if_any()
        with self._db.write(actor) as s:
            site = s.get(Site, 1)
            if site is None:
                raise NotFound(MSG_NOT_SET_UP)
            for key, value in values.items():
                setattr(site, key, value)
        return self.site()

    def settings(self) -> SiteSettings:
        with self._db.read() as s:
            rows = dict(s.execute(select(Setting.key, Setting.value)).all())
        defaults = SiteSettings()

        def number(key: str, default: int) -> int:
            try:
                return int(rows.get(key, default))
            except ValueError:
                return default

        classes = tuple(c for c in rows.get("complaint_classes", "").split("\n") if c.strip())
        return SiteSettings(idle_lock_minutes=number("idle_lock_minutes", defaults.idle_lock_minutes),
                            response_minutes=number("response_minutes", defaults.response_minutes),
                            report_every_days=number("report_every_days", defaults.report_every_days),
                            complaint_classes=classes or defaults.complaint_classes,
                            room_scheme=_scheme_from(rows),
                            pass_valid_days=number("pass_valid_days", defaults.pass_valid_days),
                            alarm_confirm_minutes=number("alarm_confirm_minutes", defaults.alarm_confirm_minutes),
                            detector_count=number("detector_count", defaults.detector_count),
                            card_limit=number("card_limit", defaults.card_limit),
                            card_fee_cents=number("card_fee_cents", defaults.card_fee_cents),
                            card_requirements=tuple(c for c in rows.get("card_requirements", "").split("\n")
                                                    if c.strip()) or defaults.card_requirements)

    def update_settings(self, actor: Actor, *, idle_lock_minutes: int, response_minutes: int | None = None,
                        report_every_days: int | None = None,
                        complaint_classes: list[str] | tuple[str, ...] | None = None,
                        room_scheme: RoomScheme | None = None, pass_valid_days: int | None = None,
                        alarm_confirm_minutes: int | None = None, detector_count: int | None = None,
                        card_limit: int | None = None, card_fee_cents: int | None = None,
                        card_requirements: list[str] | tuple[str, ...] | None = None) -> SiteSettings:
        """Change the site-wide settings; those not given keep their value.

        ``room_scheme`` is how the site numbers its rooms (its buildings as typed, "1-20, A, B"); every
        setting of it that makes no sense is named, and nothing is saved.
        """
        actor.require(Permission.SITE_SETTINGS)
        current = self.settings()
        problems = Problems()
        scheme = current.room_scheme
        if room_scheme is not None:
            try:
                scheme = room_scheme.checked()
            except ValidationError as exc:
                problems.extend(exc)
        if not IDLE_LOCK_MIN <= idle_lock_minutes <= IDLE_LOCK_MAX:
            problems.add("idle_lock_minutes", MSG_IDLE_RANGE, min=IDLE_LOCK_MIN, max=IDLE_LOCK_MAX)
        response = current.response_minutes if response_minutes is None else response_minutes
        if not 1 <= response <= 240:
            problems.add("response_minutes", MSG_RANGE, min=1, max=240)
        every = current.report_every_days if report_every_days is None else report_every_days
        if not 1 <= every <= 60:
            problems.add("report_every_days", MSG_RANGE, min=1, max=60)
        pass_days = current.pass_valid_days if pass_valid_days is None else pass_valid_days
        if not 1 <= pass_days <= MAX_VALID_DAYS:
            problems.add("pass_valid_days", MSG_RANGE, min=1, max=MAX_VALID_DAYS)
        if alarm_confirm_minutes is not None:
            check_confirm_minutes(problems, alarm_confirm_minutes)
        if detector_count is not None:
            check_detectors(problems, detector_count)
        values: dict[str, str] = {}
        if card_limit is not None:
            if isinstance(card_limit, bool) or not 1 <= card_limit <= MAX_LIMIT:
                problems.add("card_limit", MSG_RANGE, min=1, max=MAX_LIMIT)
            values["card_limit"] = str(card_limit)
        if card_fee_cents is not None:
            if isinstance(card_fee_cents, bool) or not 0 <= card_fee_cents <= MAX_FEE_CENTS:
                problems.add("card_fee_cents", MSG_RANGE, min=0, max=MAX_FEE_CENTS // 100)
            values["card_fee_cents"] = str(card_fee_cents)
        if card_requirements is not None:
            lines: list[str] = []
            for line in card_requirements:
                text, p = check_text(line, "card_requirements", max_len=REQUIREMENT_MAX)
                if p:
                    problems.items.append(p)
                elif text and text not in lines:
                    lines.append(text)
            if not 1 <= len(lines) <= REQUIREMENTS_MAX:
                problems.add("card_requirements", MSG_REQUIREMENTS_COUNT, max=REQUIREMENTS_MAX)
            values["card_requirements"] = "\n".join(lines)
        classes = list(current.complaint_classes) if complaint_classes is None else []
        for line in complaint_classes or ():
            text, p = check_text(line, "complaint_classes", max_len=40)
            if p:
                problems.items.append(p)
            elif text and text not in classes:
                classes.append(text)
        if not classes:
            problems.add("complaint_classes", MSG_CLASSES)
        problems.raise_if_any()
        values |= {"idle_lock_minutes": str(idle_lock_minutes), "response_minutes": str(response),
                   "report_every_days": str(every), "complaint_classes": "\n".join(classes)}
        if pass_valid_days is not None:
            values["pass_valid_days"] = str(pass_days)
        if room_scheme is not None:
            values.update(_scheme_values(scheme))
        if alarm_confirm_minutes is not None:
            values["alarm_confirm_minutes"] = str(alarm_confirm_minutes)
        if detector_count is not None:
            values["detector_count"] = str(detector_count)
        def write() -> None:
            with self._db.write(actor) as s:
                for key, value in values.items():
                    row = s.get(Setting, key)
                    if row is None:
                        s.add(Setting(key=key, value=value))
                    elif row.value != value:
                        row.value = value

        again_on_unique_race(write, "setting", "key")  # a setting saved for the first time by two at once
        return self.settings()

    def register_station(self, name: str, profile: str) -> None:
        """Note that this PC uses the database (shown to admins; names appear in the audit)."""
        now = self._db.clock.now()
        def write() -> None:
            with self._db.write(None, station=name) as s:
                station = s.scalar(select(Station).where(Station.name == name))
                if station is None:
                    s.add(Station(name=name, profile=profile, first_seen=now, last_seen=now))
                else:
                    station.profile = profile
                    station.last_seen = now

        again_on_unique_race(write, "station", "name")  # two windows of one new station starting at once
