"""The supervisors' statistics with charts (#14): one function per statistic, each over a span of local
days and, if chosen, one building; the figures come back as plain series of labelled values and the
table that goes with them, ready for a chart on screen or on paper.

Every count is a GROUP BY in the database. Hours of the day and months are the site's local ones
(timestamps are stored as naive UTC): the UTC offset of each stretch of the range is added in SQL
(:func:`_offset_minutes`), so a call at 23:30 local time counts in hour 23 although it is stored on
the day before, the same on SQLite and on PostgreSQL. Medians come from per-second (or per-minute)
histograms grouped in SQL, read back as a few hundred buckets, never row by row.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import (
    Integer,
    case,
    cast,
    distinct,
    func,
    literal,
    select,
    text,
    union,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from deskapp.db.models import (
    AccessCard,
    AccessCardEvent,
    Building,
    Call,
    CardApplication,
    MovePass,
    RequestNote,
    ServiceRequest,
    Unit,
    Visit,
)
from deskapp.domain.control import CAUSE_CHINESE, Cause
from deskapp.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from deskapp.domain.requests import (
    COMPLAINT_CAUSE_CHINESE,
    ComplaintCause,
    Department,
    Satisfaction,
    Step,
)
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.search import MAX_RECORD_ID
from deskapp.domain.visits import Purpose
from deskapp.printing.pages import DocumentKind, PageSize
from deskapp.services.base import Database
from deskapp.services.control import ControlService
from deskapp.services.printouts import CATEGORY_WORDS, DEPARTMENT_WORDS, Printout, PrintService
from deskapp.services.requests import CATEGORIES
from deskapp.services.site import SiteService
from deskapp.services.timeutil import day_range_utc, local_date

MSG_RANGE_ORDER = QT_TRANSLATE_NOOP("errors", "The first day comes after the last day; swap them.")
MSG_RANGE_LONG = QT_TRANSLATE_NOOP("errors", "Choose at most ten years ({days} days chosen).")
MSG_RANGE_MISSING = QT_TRANSLATE_NOOP("errors", "Choose the first and the last day.")
MSG_NO_STATISTIC = QT_TRANSLATE_NOOP("errors", "There is no statistic called “{name}”.")
MAX_DAYS = 3653 + 31  # ten years (with their leap days) and a month's grace, so "ten years to today" fits


class Statistic(enum.StrEnum):
    """The statistics the tab lists, in its order."""

    BY_HOUR = "by_hour"  # calls and visits by hour of day
    BY_CATEGORY = "by_category"  # calls and visits by what they were about
    BY_DEPARTMENT = "by_department"  # requests by department
    RESPONSE_TIMES = "response_times"  # response and completion times by department
    COMPLAINTS = "complaints"  # complaints by class, month by month (manual 4.3.7)
    COMPLAINT_CAUSES = "complaint_causes"  # … by where their cause lies
    SATISFACTION = "satisfaction"  # callback satisfaction and the reopen rate, month by month
    FALSE_BY_ZONE = "false_by_zone"  # false alarms per 100 detectors per year, by zone
    FALSE_BY_CAUSE = "false_by_cause"  # … by cause
    PASSES_CARDS = "passes_cards"  # passes and cards, month by month


STATISTIC_LABELS = {
    Statistic.BY_HOUR: QT_TRANSLATE_NOOP("statistics", "Calls and visits by hour of day"),
    Statistic.BY_CATEGORY: QT_TRANSLATE_NOOP("statistics", "Calls and visits by category"),
    Statistic.BY_DEPARTMENT: QT_TRANSLATE_NOOP("statistics", "Requests by department"),
    Statistic.RESPONSE_TIMES: QT_TRANSLATE_NOOP("statistics", "Response and completion times"),
    Statistic.COMPLAINTS: QT_TRANSLATE_NOOP("statistics", "Complaints by class, month by month"),
    Statistic.COMPLAINT_CAUSES: QT_TRANSLATE_NOOP("statistics", "Complaints by cause, month by month"),
    Statistic.SATISFACTION: QT_TRANSLATE_NOOP("statistics", "Callback satisfaction and reopen rate"),
    Statistic.FALSE_BY_ZONE: QT_TRANSLATE_NOOP("statistics", "False alarms by zone"),
    Statistic.FALSE_BY_CAUSE: QT_TRANSLATE_NOOP("statistics", "False alarms by cause"),
    Statistic.PASSES_CARDS: QT_TRANSLATE_NOOP("statistics", "Passes and cards, month by month"),
}
STATISTIC_TITLES = {  # the printout's title
    Statistic.BY_HOUR: "来电来访时段统计", Statistic.BY_CATEGORY: "来电来访分类统计",
    Statistic.BY_DEPARTMENT: "报事报修部门统计", Statistic.RESPONSE_TIMES: "响应及完成时效统计",
    Statistic.COMPLAINTS: "客户投诉分类月度统计", Statistic.COMPLAINT_CAUSES: "客户投诉原因月度统计",
    Statistic.SATISFACTION: "回访满意度及返修率统计",
    Statistic.FALSE_BY_ZONE: "误报率统计（按防区）", Statistic.FALSE_BY_CAUSE: "误报率统计（按原因）",
    Statistic.PASSES_CARDS: "放行条及业户卡月度统计",
}


class Axis(enum.StrEnum):
    """What the keys along the chart's axis (or of its series) are, so each side can word them."""

    HOUR = "hour"  # "00" … "23"
    MONTH = "month"  # "2026-03"
    CATEGORY = "category"  # a Purpose value
    DEPARTMENT = "department"  # a Department value
    COMPLAINT_CLASS = "complaint_class"  # the class as the site named it; "" not classified yet
    COMPLAINT_CAUSE = "complaint_cause"  # a ComplaintCause value; "" not closed yet
    SATISFACTION = "satisfaction"  # a Satisfaction value
    ZONE = "zone"  # as logged; "" none
    CAUSE = "cause"  # a Cause value
    METRIC = "metric"  # one of METRIC_LABELS


class ChartKind(enum.StrEnum):
    BAR = "bar"
    STACKED = "stacked"
    LINE = "line"


class Measure(enum.StrEnum):
    """What a series' numbers are, for how they are written."""

    COUNT = "count"
    PERCENT = "percent"
    MINUTES = "minutes"
    HOURS = "hours"
    RATE = "rate"  # per 100 detectors per year


METRIC_LABELS = {
    "calls": QT_TRANSLATE_NOOP("statistics", "Calls"),
    "visits": QT_TRANSLATE_NOOP("statistics", "Visits"),
    "requests": QT_TRANSLATE_NOOP("statistics", "Requests"),
    "response_in_target": QT_TRANSLATE_NOOP("statistics", "Responded within target (%)"),
    "response_median": QT_TRANSLATE_NOOP("statistics", "Median response (min)"),
    "completed": QT_TRANSLATE_NOOP("statistics", "Completed"),
    "completion_median": QT_TRANSLATE_NOOP("statistics", "Median completion (h)"),
    "completed_by_promise": QT_TRANSLATE_NOOP("statistics", "Completed by the promised time (%)"),
    "complaints": QT_TRANSLATE_NOOP("statistics", "Complaints"),
    "callbacks": QT_TRANSLATE_NOOP("statistics", "Callbacks"),
    "reopen_rate": QT_TRANSLATE_NOOP("statistics", "Reopen rate (%)"),
    "false_alarms": QT_TRANSLATE_NOOP("statistics", "False alarms"),
    "rate": QT_TRANSLATE_NOOP("statistics", "Per 100 detectors per year"),
    "passes": QT_TRANSLATE_NOOP("statistics", "Move-out passes"),
    "card_applications": QT_TRANSLATE_NOOP("statistics", "Card applications"),
    "cards_authorised": QT_TRANSLATE_NOOP("statistics", "Cards authorised"),
    "total": QT_TRANSLATE_NOOP("statistics", "Total"),
}
# The printed words (a printout is in Chinese whatever the screen's language).
METRIC_WORDS = {
    "calls": "来电", "visits": "来访", "requests": "报事报修", "response_in_target": "按时响应率(%)",
    "response_median": "响应时间中位数(分钟)", "completed": "已完成", "completion_median": "完成时间中位数(小时)",
    "completed_by_promise": "按承诺时间完成率(%)", "complaints": "投诉", "callbacks": "回访",
    "reopen_rate": "返修率(%)", "false_alarms": "误报次数", "rate": "每百只探测器年误报次数",
    "passes": "放行条", "card_applications": "办卡申请", "cards_authorised": "授权业户卡", "total": "合计",
}
PURPOSE_WORDS = CATEGORY_WORDS | {"card": "办卡", "pass": "放行条", "renovation": "装修", "parking": "停车"}
SATISFACTION_WORDS = {"satisfied": "满意", "mostly": "基本满意", "not_satisfied": "不满意"}
AXIS_WORDS = {Axis.HOUR: "时段", Axis.MONTH: "月份", Axis.CATEGORY: "类别", Axis.DEPARTMENT: "部门",
              Axis.COMPLAINT_CLASS: "投诉分类", Axis.COMPLAINT_CAUSE: "投诉原因", Axis.SATISFACTION: "满意度", Axis.ZONE: "防区", Axis.CAUSE: "原因",
              Axis.METRIC: "项目"}
VISIT_PURPOSES = tuple(Purpose)


@dataclass(frozen=True)
class Series:
    """One row of values along the axis: a bar colour, a line, a column of the table."""

    key: str
    of: Axis  # what ``key`` is (a metric, a satisfaction, a complaint class …)
    values: tuple[float | None, ...]
    unit: Measure = Measure.COUNT
    charted: bool = True  # False: in the table only (a median beside the shares it explains)


@dataclass(frozen=True)
class BuildingChoice:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class Figures:
    """A statistic over ``first_day``…``last_day`` (local days), for one building or all."""

    statistic: Statistic
    first_day: date
    last_day: date
    building: BuildingChoice | None
    axis: Axis
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    chart: ChartKind = ChartKind.BAR
    notes: tuple[tuple[str, float | None], ...] = ()  # headline figures: (metric key, value)

    @property
    def charted(self) -> tuple[Series, ...]:
        return tuple(s for s in self.series if s.charted)

    @property
    def empty(self) -> bool:
        """No record at all in these days (the chart says so instead of drawing zeros)."""
        return not self.categories or all(not v for s in self.series if s.unit is Measure.COUNT for v in s.values)

    def value(self, series_key: str, category: str) -> float | None:
        """The figure of one series at one category (tests and the table read it so)."""
        s = next(s for s in self.series if s.key == series_key)
        return s.values[self.categories.index(category)]


def checked_range(first: date | None, last: date | None) -> tuple[datetime, datetime]:
    """The days as naive-UTC bounds [start, end); refused when missing, backwards or over ten years."""
    if first is None or last is None:
        raise ValidationError.single("first_day", MSG_RANGE_MISSING)
    if first > last:
        raise ValidationError.single("first_day", MSG_RANGE_ORDER)
    days = (last - first).days + 1
    if days > MAX_DAYS:
        raise ValidationError.single("first_day", MSG_RANGE_LONG, days=days)
    start, end = day_range_utc(first, last)
    assert start is not None and end is not None
    return start, end


def months(first: date, last: date) -> tuple[str, ...]:
    """Every month from ``first``'s to ``last``'s, as "YYYY-MM" (a month with nothing is a zero)."""
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return tuple(out)


# -- local time in SQL -------------------------------------------------------------------------------

def _offset(utc: datetime) -> int:
    """This PC's UTC offset in minutes at the naive-UTC instant ``utc``."""
    off = utc.replace(tzinfo=UTC).astimezone().utcoffset()
    return int(off.total_seconds() // 60) if off is not None else 0


def offset_stretches(start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """The stretches of one UTC offset in [start, end): (where it begins, minutes east of UTC), the
    first beginning at ``start``. One stretch where the zone keeps no summer time (China); two a year
    where it does. Found day by day, then the hour of the change."""
    stretches = [(start, _offset(start))]
    day = start
    while day < end:
        nxt = min(day + timedelta(days=1), end)
        if _offset(nxt) != stretches[-1][1]:
            lo, hi = day, nxt  # the change lies in (lo, hi]: narrow it to the minute
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                lo, hi = (mid, hi) if _offset(mid) == stretches[-1][1] else (lo, mid)
            stretches.append((hi.replace(second=0, microsecond=0), _offset(hi)))
        day = nxt
    return stretches


class LocalTime:
    """SQL for the local hour and month of a naive-UTC column, on this database's dialect.

    SQLite stores the column as text ("2026-03-02 15:30:00.000000"); where every offset of the range
    is a whole number of hours (China's is), the hour is read from the text and shifted by arithmetic,
    and the date function is needed only for the rows whose local day is the next (or the day before):
    a third of the cost of parsing every timestamp.
    """

    def __init__(self, dialect: str, start: datetime, end: datetime) -> None:
        self._sqlite = dialect == "sqlite"
        self._stretches = offset_stretches(start, end)
        self._whole_hours = all(minutes % 60 == 0 for _, minutes in self._stretches)

    def _by_stretch(self, column, value) -> ColumnElement:
        """``value(minutes)`` of the offset in force at ``column``'s time, as SQL."""
        if len(self._stretches) == 1:
            return literal(value(self._stretches[0][1]))
        whens = [(column < begins, literal(value(before))) for (begins, _), (_, before) in
                 zip(self._stretches[1:], self._stretches, strict=False)]
        return case(*whens, else_=literal(value(self._stretches[-1][1])))

    def _modifier(self, column) -> ColumnElement:
        return self._by_stretch(column, lambda minutes: f"{minutes:+d} minutes")

    def _shifted(self, column) -> ColumnElement:
        return column + self._by_stretch(column, lambda minutes: minutes) * text("INTERVAL '1 minute'")

    def _utc_hour(self, column) -> ColumnElement[int]:
        return cast(func.substr(column, 12, 2), Integer)

    def hour(self, column) -> ColumnElement[int]:
        if self._sqlite and self._whole_hours:
            return (self._utc_hour(column) + self._by_stretch(column, lambda m: m // 60 + 24)) % 24
        if self._sqlite:
            return cast(func.strftime("%H", column, self._modifier(column)), Integer)
        return cast(func.extract("hour", self._shifted(column)), Integer)

    def month(self, column) -> ColumnElement[str]:
        if self._sqlite and self._whole_hours:
            local_hour = self._utc_hour(column) + self._by_stretch(column, lambda m: m // 60)
            day = func.substr(column, 1, 10)
            return case((local_hour >= 24, func.strftime("%Y-%m", day, "+1 day")),
                        (local_hour < 0, func.strftime("%Y-%m", day, "-1 day")),
                        else_=func.substr(column, 1, 7))
        if self._sqlite:
            return func.strftime("%Y-%m", column, self._modifier(column))
        return func.to_char(self._shifted(column), "YYYY-MM")


def month_bounds(first: date, last: date) -> list[tuple[str, datetime, datetime]]:
    """Each month of the days as ("YYYY-MM", its first moment, the next month's) in naive UTC, clipped
    to the days: local midnights, so summer time is taken care of by the zone itself."""
    out = []
    for key in months(first, last):
        y, m = int(key[:4]), int(key[5:])
        begin = max(date(y, m, 1), first)
        after = min(date(y + (m == 12), m % 12 + 1, 1), last + timedelta(days=1))
        start, end = day_range_utc(begin, after - timedelta(days=1))
        assert start is not None and end is not None
        out.append((key, start, end))
    return out


def seconds_between(dialect: str, earlier, later) -> ColumnElement:
    """``later - earlier`` in seconds, as SQL."""
    if dialect == "sqlite":
        return (func.julianday(later) - func.julianday(earlier)) * 86400.0
    return func.extract("epoch", later - earlier)


def histogram_median(buckets: Iterable[tuple[float, int]]) -> float | None:
    """The median of values given as (value, how many) buckets; None without any."""
    rows = sorted((v, n) for v, n in buckets if v is not None)
    total = sum(n for _, n in rows)
    if not total:
        return None
    lower_rank, upper_rank = (total - 1) // 2, total // 2  # 0-based ranks of the middle one or two
    seen, lower, upper = 0, None, None
    for value, n in rows:
        if lower is None and seen + n > lower_rank:
            lower = value
        if seen + n > upper_rank:
            upper = value
            break
        seen += n
    assert lower is not None and upper is not None
    return (lower + upper) / 2


def _share(part: int, whole: int) -> float | None:
    return round(part * 100.0 / whole, 1) if whole else None


# -- the service -----------------------------------------------------------------------------------

class StatisticsService:
    """The statistics tab's figures and their printout; every function needs STATS_VIEW."""

    def __init__(self, *, db: Database, site: SiteService, control: ControlService, printing: PrintService) -> None:
        self._db = db
        self._site = site
        self._control = control
        self._printing = printing

    def today(self) -> date:
        return local_date(self._db.clock.now())

    def buildings(self, actor: Actor) -> list[BuildingChoice]:
        """The buildings to filter by, in their codes' order."""
        actor.require(Permission.STATS_VIEW)
        with self._db.read() as s:
            rows = s.execute(select(Building.id, Building.code, Building.name)).all()
        return sorted((BuildingChoice(*r) for r in rows), key=lambda b: (len(b.code), b.code))

    def figures(self, actor: Actor, statistic: Statistic | str, first_day: date, last_day: date,
                building_id: int | None = None) -> Figures:
        """One statistic by its name (what the tab and the printout call)."""
        run = {
            Statistic.BY_HOUR: self.by_hour, Statistic.BY_CATEGORY: self.by_category,
            Statistic.BY_DEPARTMENT: self.by_department, Statistic.RESPONSE_TIMES: self.response_times,
            Statistic.COMPLAINTS: self.complaints, Statistic.COMPLAINT_CAUSES: self.complaint_causes,
            Statistic.SATISFACTION: self.satisfaction,
            Statistic.FALSE_BY_ZONE: self.false_by_zone, Statistic.FALSE_BY_CAUSE: self.false_by_cause,
            Statistic.PASSES_CARDS: self.passes_cards,
        }
        try:
            chosen = Statistic(statistic)
        except ValueError:
            raise ValidationError.single("statistic", MSG_NO_STATISTIC, name=str(statistic)[:40]) from None
        return run[chosen](actor, first_day, last_day, building_id)

    # -- shared steps ------------------------------------------------------------------------------

    def _begin(self, actor: Actor, first: date | None, last: date | None, building_id: int | None,
               ) -> tuple[datetime, datetime, BuildingChoice | None]:
        """Check the right and the days; the UTC bounds and the building chosen."""
        actor.require(Permission.STATS_VIEW)
        start, end = checked_range(first, last)
        building = None
        if building_id is not None and not -MAX_RECORD_ID <= building_id <= MAX_RECORD_ID:
            building = BuildingChoice(0, "?", "?")  # names no building (the databases refuse such a number)
        elif building_id is not None:
            with self._db.read() as s:
                row = s.execute(select(Building.id, Building.code, Building.name)
                                .where(Building.id == building_id)).first()
            building = BuildingChoice(*row) if row else BuildingChoice(building_id, "?", "?")
        return start, end, building

    @staticmethod
    def _in_building(unit_column, building: BuildingChoice | None) -> list[ColumnElement[bool]]:
        if building is None:
            return []
        return [unit_column.in_(select(Unit.id).where(Unit.building_id == building.id))]

    def _local(self, start: datetime, end: datetime) -> LocalTime:
        return LocalTime(self._db.engine.dialect.name, start, end)

    @staticmethod
    def _per_month(s: Session, column, bounds: list[tuple[str, datetime, datetime]], *where: ColumnElement[bool],
                   table) -> dict[str, int]:
        """{month: count} of ``table``'s rows matching ``where``, one index range count per month in a
        single statement (no timestamp is parsed and nothing is sorted: ten years of a million rows are
        counted straight off the covering index)."""
        if not bounds:
            return {}
        counts = [select(func.count()).select_from(table).where(column >= start, column < end, *where)
                  .scalar_subquery().label(f"m{i}") for i, (_, start, end) in enumerate(bounds)]
        row = s.execute(select(*counts)).one()
        return {key: n for (key, _, _), n in zip(bounds, row, strict=True)}

    @staticmethod
    def _counts(s: Session, bucket, *where: ColumnElement[bool], table) -> dict:
        """{bucket: count} of the rows of ``table`` matching ``where``, grouped in SQL."""
        rows = s.execute(select(bucket.label("bucket"), func.count().label("n")).select_from(table)
                         .where(*where).group_by(text("bucket"))).all()
        return {b: n for b, n in rows}

    # -- calls and visits --------------------------------------------------------------------------

    def _calls_where(self, start: datetime, end: datetime, building: BuildingChoice | None) -> list:
        return [Call.started_at >= start, Call.started_at < end, Call.direction == "incoming",
                Call.voided_at.is_(None), *self._in_building(Call.unit_id, building)]

    def _visits_where(self, start: datetime, end: datetime, building: BuildingChoice | None) -> list:
        return [Visit.visited_at >= start, Visit.visited_at < end, Visit.voided_at.is_(None),
                *self._in_building(Visit.unit_id, building)]

    def by_hour(self, actor: Actor, first_day: date, last_day: date,
                building_id: int | None = None) -> Figures:
        """Incoming calls and walk-in visits by local hour of the day (0–23)."""
        start, end, building = self._begin(actor, first_day, last_day, building_id)
        local = self._local(start, end)
        with self._db.read() as s:
            calls = self._counts(s, local.hour(Call.started_at), *self._calls_where(start, end, building), table=Call)
            visits = self._counts(s, local.hour(Visit.visited_at), *self._visits_where(start, end, building),
                                  table=Visit)
        hours = tuple(range(24))
        return Figures(Statistic.BY_HOUR, first_day, last_day, building, Axis.HOUR,
                       tuple(f"{h:02d}" for h in hours),
                       (Series("calls", Axis.METRIC, tuple(calls.get(h, 0) for h in hours)),
                        Series("visits", Axis.METRIC, tuple(visits.get(h, 0) for h in hours))),
                       ChartKind.BAR,
                       (("calls", sum(calls.values())), ("visits", sum(visits.values()))))

    def by_category(self, actor: Actor, first_day: date, last_day: date,
                    building_id: int | None = None) -> Figures:
        """Incoming calls by what they were about, walk-in visits by their purpose."""
        start, end, building = self._begin(actor, first_day, last_day, building_id)
        with self._db.read() as s:
            calls = self._counts(s, Call.category, *self._calls_where(start, end, building), table=Call)
            visits = self._counts(s, Visit.purpose, *self._visits_where(start, end, building), table=Visit)
        keys = [p.value for p in CATEGORIES]
        keys += [p.value for p in VISIT_PURPOSES if p.value not in keys and visits.get(p.value)]
        keys += sorted(k for k in {*calls, *visits} if k and k not in keys)  # a value no longer offered
        return Figures(Statistic.BY_CATEGORY, first_day, last_day, building, Axis.CATEGORY,
                       tuple(keys),
                       (Series("calls", Axis.METRIC, tuple(calls.get(k, 0) for k in keys)),
                        Series("visits", Axis.METRIC, tuple(visits.get(k, 0) for k in keys))),
                       ChartKind.BAR,
                       (("calls", sum(calls.values())), ("visits", sum(visits.values()))))

    # -- requests ----------------------------------------------------------------------------------

    def _requests_where(self, start: datetime, end: datetime, building: BuildingChoice | None) -> list:
        return [ServiceRequest.registered_at >= start, ServiceRequest.registered_at < end,
                *self._in_building(ServiceRequest.unit_id, building)]

    def by_department(self, actor: Actor, first_day: date, last_day: date,
                      building_id: int | None = None) -> Figures:
        """Requests registered in the days by the department they went to, stacked by category."""
        start, end, building = self._begin(actor, first_day, last_day, building_id)
        r = ServiceRequest
        with self._db.read() as s:
            rows = s.execute(select(r.department, r.category, func.count()).where(
                *self._requests_where(start, end, building)).group_by(r.department, r.category)).all()
        departments = [d.value for d in Department]
        departments += sorted({d for d, _, _ in rows if d not in departments})
        categories = [c.value for c in CATEGORIES]
        categories += sorted({c for _, c, _ in rows if c not in categories})
        counts = {(d, c): n for d, c, n in rows}
        series = tuple(Series(c, Axis.CATEGORY, tuple(counts.get((d, c), 0) for d in departments))
                       for c in categories if any(counts.get((d, c)) for d in departments))
        totals = tuple(sum(counts.get((d, c), 0) for c in categories) for d in departments)
        return Figures(Statistic.BY_DEPARTMENT, first_day, last_day, building, Axis.DEPARTMENT,
                       tuple(departments), (*series, Series("total", Axis.METRIC, totals, charted=False)),
                       ChartKind.STACKED, (("requests", sum(totals)),))

    def response_times(self, actor: Actor, first_day: date, last_day: date,
                       building_id: int | None = None) -> Figures:
        """By department: the share of requests taken up (dispatched) within the response target (5 minutes
        unless the site set another; each request keeps the due time it was registered with), the
        median response; the median time to completion and the share completed by the promised time.
        Cancelled requests are left out."""
        start, end, building = self._begin(actor, first_day, last_day, building_id)
        r = ServiceRequest
        dialect = self._db.engine.dialect.name
        where = [*self._requests_where(start, end, building), r.cancelled_at.is_(None)]
        response = func.round(seconds_between(dialect, r.registered_at, r.dispatched_at))
        completion = func.round(seconds_between(dialect, r.registered_at, r.completed_at) / 60.0)
        in_target = case((r.dispatched_at <= r.response_due_at, 1), else_=0)
        promised = case((r.promised_at.is_not(None), 1), else_=0)
        kept = case((r.completed_at <= r.promised_at, 1), else_=0)
        # Two passes over the requests, each grouped once: every count and both medians come from them.
        with self._db.read() as s:
            responses = s.execute(select(r.department, response.label("bucket"), in_target.label("ok"), func.count())
                                  .where(*where).group_by(r.department, text("bucket"), text("ok"))).all()
            completions = s.execute(select(r.department, completion.label("bucket"), promised.label("promised"),
                                           kept.label("kept"), func.count())
                                    .where(*where, r.completed_at.is_not(None))
                                    .group_by(r.department, text("bucket"), text("promised"), text("kept"))).all()
        totals: dict[str, list[int]] = {}  # department: [requests, in target, completed, promised, kept]
        response_hist, completion_hist = [], []
        for d, bucket, ok, n in responses:
            t = totals.setdefault(d, [0, 0, 0, 0, 0])
            t[0] += n
            t[1] += n if ok else 0
            response_hist.append((d, bucket, n))
        for d, bucket, was_promised, was_kept, n in completions:
            t = totals.setdefault(d, [0, 0, 0, 0, 0])
            t[2] += n
            t[3] += n if was_promised else 0
            t[4] += n if was_kept else 0
            completion_hist.append((d, bucket, n))
        departments = [d.value for d in Department]
        departments += sorted(d for d in totals if d not in departments)

        by_dept: dict[tuple[int, str], list[tuple[float, int]]] = {}
        for which, hist in enumerate((response_hist, completion_hist)):
            for d, b, n in hist:
                if b is not None:
                    by_dept.setdefault((which, d), []).append((float(b), n))

        def median(which: int, dept: str) -> float | None:
            m = histogram_median(by_dept.get((which, dept), ()))
            return None if m is None else round(m / 60.0, 1)

        all_n = sum(t[0] for t in totals.values())
        all_ok = sum(t[1] for t in totals.values())
        zero = [0, 0, 0, 0, 0]
        series = (
            Series("response_in_target", Axis.METRIC,
                   tuple(_share(totals.get(d, zero)[1], totals.get(d, zero)[0]) for d in departments), Measure.PERCENT),
            Series("completed_by_promise", Axis.METRIC,
                   tuple(_share(totals.get(d, zero)[4], totals.get(d, zero)[3]) for d in departments), Measure.PERCENT),
            Series("requests", Axis.METRIC, tuple(totals.get(d, zero)[0] for d in departments), charted=False),
            Series("response_median", Axis.METRIC, tuple(median(0, d) for d in departments),
                   Measure.MINUTES, charted=False),
            Series("completed", Axis.METRIC, tuple(totals.get(d, zero)[2] for d in departments), charted=False),
            Series("completion_median", Axis.METRIC, tuple(median(1, d) for d in departments),
                   Measure.HOURS, charted=False),
        )
        all_response = histogram_median(x for (which, _), rows in by_dept.items() if which == 0 for x in rows)
        all_completion = histogram_median(x for (which, _), rows in by_dept.items() if which == 1 for x in rows)
        return Figures(Statistic.RESPONSE_TIMES, first_day, last_day, building, Axis.DEPARTMENT,
                       tuple(departments), series, ChartKind.BAR,
                       (("requests", all_n), ("response_in_target", _share(all_ok, all_n)),
                        ("response_median", None if all_response is None else round(all_response / 60, 1)),
                        ("completion_median", None if all_completion is None else round(all_completion / 60, 1))))

    def complaints(self, actor: Actor, first_day: date, last_day: date,
                   building_id: int | None = None) -> Figures:
        """Complaints registered each month, by the class a supervisor gave them when closing (manual 4.3.7;
        "" for those not closed yet), stacked; the table adds each month's total."""
        return self._complaints(actor, first_day, last_day, building_id, Statistic.COMPLAINTS,
                                ServiceRequest.complaint_class, Axis.COMPLAINT_CLASS,
                                self._site.settings().complaint_classes)

    def complaint_causes(self, actor: Actor, first_day: date, last_day: date,
                         building_id: int | None = None) -> Figures:
        """Complaints registered each month by where the supervisor who closed them found the cause (人员服务,
        管理流程, 设施设备 …; "" for those not closed yet), stacked; the table adds each month's total."""
        return self._complaints(actor, first_day, last_day, building_id, Statistic.COMPLAINT_CAUSES,
                                ServiceRequest.complaint_cause, Axis.COMPLAINT_CAUSE,
                                tuple(c.value for c in ComplaintCause))

    def _complaints(self, actor: Actor, first_day: date, last_day: date, building_id: int | None,
                    statistic: Statistic, column, axis: Axis, order: tuple[str, ...]) -> Figures:
        """Complaints each month by ``column``'s value: the values in ``order`` first (those that occur), then any
        other, then "" (not closed yet)."""
        start, end, building = self._begin(actor, first_day, last_day, building_id)
        r = ServiceRequest
        month = self._local(start, end).month(r.registered_at)
        with self._db.read() as s:
            rows = s.execute(select(month.label("bucket"), column, func.count()).where(
                *self._requests_where(start, end, building), r.category == Purpose.COMPLAINT.value)
                .group_by(text("bucket"), column)).all()
        keys = months(first_day, last_day)
        counts = {(m, c or ""): n for m, c, n in rows}
        kinds = [c for c in order if any(k[1] == c for k in counts)]
        kinds += sorted({c for _, c in counts if c and c not in kinds})
        if any(c == "" for _, c in counts):
            kinds.append("")
        series = tuple(Series(c, axis, tuple(counts.get((m, c), 0) for m in keys)) for c in kinds)
        totals = tuple(sum(counts.get((m, c), 0) for c in kinds) for m in keys)
        return Figures(statistic, first_day, last_day, building, Axis.MONTH,
                       keys, (*series, Series("total", Axis.METRIC, totals, charted=False)), ChartKind.STACKED,
                       (("complaints", sum(totals)),))

    def satisfaction(self, actor: Actor, first_day: date, last_day: date,
                     building_id: int | None = None) -> Figures:
        """Callbacks 回访 each month by how satisfied the owner was (满意 / 基本满意 / 不满意), and the reopen
        rate: of the requests called back in the days, the share that an unsatisfied callback reopened.

        A satisfied or mostly satisfied callback is the request's own ``called_back_at`` and
        ``satisfaction``; an unsatisfied one reopens the request and is found by its "reopen" step note
        (the request may be called back again later, satisfied)."""
        start, end, building = self._begin(actor, first_day, last_day, building_id)
        r, n = ServiceRequest, RequestNote
        local = self._local(start, end)
        in_building = self._in_building(r.unit_id, building)
        reached = [r.called_back_at >= start, r.called_back_at < end, r.satisfaction.is_not(None), *in_building]
        reopened_where = [n.kind == "step", n.step == Step.REOPEN.value, n.at >= start, n.at < end]
        if building is not None:
            reopened_where.append(n.request_id.in_(select(r.id).where(*in_building)))
        with self._db.read() as s:
            good = s.execute(select(local.month(r.called_back_at).label("bucket"), r.satisfaction, func.count())
                             .where(*reached).group_by(text("bucket"), r.satisfaction)).all()
            bad = s.execute(select(local.month(n.at).label("bucket"), func.count()).where(*reopened_where)
                            .group_by(text("bucket"))).all()
            bad_months = s.execute(select(local.month(n.at).label("bucket"), func.count(distinct(n.request_id)))
                                   .where(*reopened_where).group_by(text("bucket"))).all()
            called = union(select(r.id.label("rid")).where(*reached),
                           select(n.request_id.label("rid")).where(*reopened_where)).subquery()
            called_back = s.scalar(select(func.count()).select_from(called)) or 0
            reopened = s.scalar(select(func.count(distinct(n.request_id))).where(*reopened_where)) or 0
        keys = months(first_day, last_day)
        counts: dict[tuple[str, str], int] = {(m, sat or ""): c for m, sat, c in good
                                              if sat != Satisfaction.NOT_SATISFIED}
        for m, c in bad:
            counts[(m, Satisfaction.NOT_SATISFIED.value)] = c
        series = tuple(Series(sat.value, Axis.SATISFACTION, tuple(counts.get((m, sat.value), 0) for m in keys))
                       for sat in Satisfaction)
        per_month = tuple(sum(counts.get((m, sat.value), 0) for sat in Satisfaction) for m in keys)
        reopened_by_month = dict(bad_months)
        rates = tuple(_share(reopened_by_month.get(m, 0), total) for m, total in zip(keys, per_month, strict=True))
        return Figures(Statistic.SATISFACTION, first_day, last_day, building, Axis.MONTH,
                       keys, (*series, Series("callbacks", Axis.METRIC, per_month, charted=False),
                              Series("reopen_rate", Axis.METRIC, rates, Measure.PERCENT, charted=False)),
                       ChartKind.STACKED,
                       (("callbacks", sum(per_month)), ("reopen_rate", _share(reopened, called_back))))

    # -- the control room --------------------------------------------------------------------------

    def _false_alarms(self, actor: Actor, first_day: date, last_day: date, building_id: int | None):
        _, _, building = self._begin(actor, first_day, last_day, building_id)
        names = (building.name, building.code) if building else None
        return building, self._control.false_alarm_stats(actor, first_day, last_day, buildings=names)

    def false_by_zone(self, actor: Actor, first_day: date, last_day: date,
                      building_id: int | None = None) -> Figures:
        """False alarms per 100 detectors per year (the site's detector count, BS 5839-1's measure) by zone:
        each zone's share of the site's rate; the counts beside them. Figures from ControlService."""
        building, st = self._false_alarms(actor, first_day, last_day, building_id)
        zones = tuple(z for z, _ in st.by_zone)
        return self._rated(Statistic.FALSE_BY_ZONE, first_day, last_day, building, Axis.ZONE, zones,
                           tuple(n for _, n in st.by_zone), st)

    def false_by_cause(self, actor: Actor, first_day: date, last_day: date,
                       building_id: int | None = None) -> Figures:
        """False alarms per 100 detectors per year by cause class, and the counts."""
        building, st = self._false_alarms(actor, first_day, last_day, building_id)
        return self._rated(Statistic.FALSE_BY_CAUSE, first_day, last_day, building, Axis.CAUSE,
                           tuple(c.value for c, _ in st.by_cause), tuple(n for _, n in st.by_cause), st)

    @staticmethod
    def _rated(statistic: Statistic, first_day, last_day, building, axis: Axis, keys: tuple[str, ...],
               counts: tuple[int, ...], st) -> Figures:
        from deskapp.domain.control import false_alarm_rate

        days = (st.last_day - st.first_day).days + 1
        rates = tuple(false_alarm_rate(n, st.detectors, days) for n in counts)
        rates = tuple(None if x is None else round(x, 2) for x in rates)
        series = (Series("rate", Axis.METRIC, rates, Measure.RATE, charted=st.rate is not None),
                  Series("false_alarms", Axis.METRIC, counts, charted=st.rate is None))
        return Figures(statistic, first_day, last_day, building, axis, keys, series, ChartKind.BAR,
                       (("false_alarms", st.false_alarms),
                        ("rate", None if st.rate is None else round(st.rate, 2))))

    # -- passes and cards --------------------------------------------------------------------------

    def passes_cards(self, actor: Actor, first_day: date, last_day: date,
                     building_id: int | None = None) -> Figures:
        """Each month: move-out passes issued (not voided), access-card applications registered, and cards
        authorised on the door system."""
        start, end, building = self._begin(actor, first_day, last_day, building_id)
        p, a, c, e = MovePass, CardApplication, AccessCard, AccessCardEvent
        with self._db.read() as s:
            if building is None:  # the whole site: a count per month off the index, nothing parsed or sorted
                bounds = month_bounds(first_day, last_day)
                passes = self._per_month(s, p.created_at, bounds, p.voided_at.is_(None), table=p)
                applications = self._per_month(s, a.registered_at, bounds, a.voided_at.is_(None), table=a)
                cards = self._per_month(s, e.at, bounds, e.kind == "authorised", table=e)
            else:  # one building's few rows, found by unit, grouped by their local month
                local = self._local(start, end)
                in_building = self._in_building
                passes = self._counts(s, local.month(p.created_at), p.created_at >= start, p.created_at < end,
                                      p.voided_at.is_(None), *in_building(p.unit_id, building), table=p)
                applications = self._counts(s, local.month(a.registered_at), a.registered_at >= start,
                                            a.registered_at < end, a.voided_at.is_(None),
                                            *in_building(a.unit_id, building), table=a)
                cards = self._counts(s, local.month(e.at), e.kind == "authorised", e.at >= start, e.at < end,
                                     e.card_id.in_(select(c.id).where(*in_building(c.unit_id, building))), table=e)
        keys = months(first_day, last_day)
        series = (Series("passes", Axis.METRIC, tuple(passes.get(m, 0) for m in keys)),
                  Series("card_applications", Axis.METRIC, tuple(applications.get(m, 0) for m in keys)),
                  Series("cards_authorised", Axis.METRIC, tuple(cards.get(m, 0) for m in keys)))
        return Figures(Statistic.PASSES_CARDS, first_day, last_day, building, Axis.MONTH,
                       keys, series, ChartKind.LINE,
                       (("passes", sum(passes.values())), ("card_applications", sum(applications.values())),
                        ("cards_authorised", sum(cards.values()))))

    # -- the printout ------------------------------------------------------------------------------

    def printout(self, actor: Actor, figures: Figures, page: PageSize = PageSize.A4) -> Printout:
        """The statistic as a PDF: title, days, building, the chart and the table (A4 landscape)."""
        actor.require(Permission.STATS_VIEW)
        actor.require(Permission.PRINT)
        from deskapp.printing.statistics import render_statistics

        sheet = printed(figures)
        return Printout(DocumentKind.STATISTICS, sheet.title, render_statistics(sheet, self._printing.letterhead(actor)),
                        PageSize.A4)


# -- the printed words ------------------------------------------------------------------------------

def word(axis: Axis, key: str) -> str:
    """A key in the printout's (Chinese) words."""
    if axis is Axis.HOUR:
        return f"{key}时"
    if axis is Axis.CATEGORY:
        return PURPOSE_WORDS.get(key, key)
    if axis is Axis.DEPARTMENT:
        return DEPARTMENT_WORDS.get(key, key)
    if axis is Axis.COMPLAINT_CLASS:
        return key or "未分类（未结案）"
    if axis is Axis.COMPLAINT_CAUSE:
        return COMPLAINT_CAUSE_CHINESE.get(ComplaintCause(key), key) if key in set(ComplaintCause) else "未结案"
    if axis is Axis.SATISFACTION:
        return SATISFACTION_WORDS.get(key, key)
    if axis is Axis.ZONE:
        return key or "（未注明防区）"
    if axis is Axis.CAUSE:
        return CAUSE_CHINESE.get(Cause(key), key) if key in set(Cause) else key
    if axis is Axis.METRIC:
        return METRIC_WORDS.get(key, key)
    return key


def figure_text(value: float | None, unit: Measure) -> str:
    """A figure as written in a table: counts whole, shares and times to one decimal, rates to two."""
    if value is None:
        return "—"
    if unit is Measure.COUNT:
        return f"{int(value)}"
    if unit is Measure.RATE:
        return f"{value:.2f}"
    return f"{value:.1f}"


def printed(figures: Figures):
    """The figures in the printout's words (see printing/statistics.py)."""
    from deskapp.printing.statistics import StatisticsSheet

    b = figures.building
    notes = tuple(f"{METRIC_WORDS.get(k, k)}：{figure_text(v, note_measure(k))}" for k, v in figures.notes)
    return StatisticsSheet(
        title=STATISTIC_TITLES[figures.statistic],
        period=f"{figures.first_day:%Y-%m-%d} 至 {figures.last_day:%Y-%m-%d}",
        building=(b.name or b.code) if b else "全部楼栋",
        chart=figures.chart.value,
        axis_title=AXIS_WORDS[figures.axis],
        categories=tuple(word(figures.axis, k) for k in figures.categories),
        series=tuple((word(s.of, s.key), tuple(s.values)) for s in figures.charted),
        columns=(AXIS_WORDS[figures.axis], *(word(s.of, s.key) for s in figures.series)),
        rows=tuple((word(figures.axis, k), *(figure_text(s.values[i], s.unit) for s in figures.series))
                   for i, k in enumerate(figures.categories)),
        notes=notes,
        empty=figures.empty,
    )


def note_measure(key: str) -> Measure:
    """What a headline figure (``Figures.notes``) is, for how it is written."""
    return {"response_in_target": Measure.PERCENT, "reopen_rate": Measure.PERCENT, "response_median": Measure.MINUTES,
            "completion_median": Measure.HOURS, "rate": Measure.RATE}.get(key, Measure.COUNT)

__all__ = ["Axis", "BuildingChoice", "ChartKind", "Figures", "Series", "Statistic", "StatisticsService",
           "checked_range", "figure_text", "months", "offset_stretches"]
