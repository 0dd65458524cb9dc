"""The statistics (#14) on SQLite and PostgreSQL, from rows whose figures are known: local hours and months
(a call at 23:30 in Beijing is stored on the UTC day before), categories, the building filter, medians
and shares within target, complaints month by month across a new year, callback satisfaction and the
reopen rate, false alarms through the control room's own figures, passes and cards; an empty range,
a refused range, a role without the right."""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timedelta

import pytest

from deskapp.db.models import (
    AccessCard,
    AccessCardEvent,
    Call,
    CardApplication,
    ControlEvent,
    MovePass,
    RequestNote,
    ServiceRequest,
    Visit,
)
from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.roles import Role
from deskapp.services.statistics import (
    MSG_RANGE_LONG,
    MSG_RANGE_ORDER,
    Statistic,
    histogram_median,
    months,
    offset_stretches,
)

BEIJING = timedelta(hours=8)


def set_zone(name: str) -> None:
    os.environ["TZ"] = name
    if hasattr(time, "tzset"):
        time.tzset()


@pytest.fixture(autouse=True)
def beijing():
    """The site's PCs keep China time (no summer time): local = UTC + 8 hours."""
    if not hasattr(time, "tzset"):
        pytest.skip("the process's time zone can only be set where time.tzset exists")
    before = os.environ.get("TZ")
    set_zone("Asia/Shanghai")
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def utc(local: str) -> datetime:
    """A Beijing wall-clock time as the naive UTC the database stores."""
    return datetime.fromisoformat(local) - BEIJING


@pytest.fixture
def estate(world, desk):
    """Two units in building 3, one in building 5; returns (unit ids, building ids)."""
    a = world.directory.create_unit(desk, "3-2-1502")
    b = world.directory.create_unit(desk, "3-1-101")
    c = world.directory.create_unit(desk, "5-1-101")
    buildings = {b.code: b.id for b in world.services.statistics.buildings(desk)}
    return {"3a": a.id, "3b": b.id, "5": c.id}, buildings


def add(world, admin, *rows) -> None:
    with world.db.write(admin) as s:
        s.add_all(rows)


def call(at: datetime, unit_id: int | None, category: str = "repair", **kw) -> Call:
    values = {"direction": "incoming", "started_at": at, "ended_at": at + timedelta(minutes=2), "unit_id": unit_id,
              "category": category, "outcome": "answered", "created_at": at} | kw
    return Call(**values)


def visit(at: datetime, unit_id: int, purpose: str = "inquiry") -> Visit:
    return Visit(visited_at=at, unit_id=unit_id, visitor_name="王先生", purpose=purpose, content="问询",
                 outcome="resolved", created_at=at)


def request(at: datetime, unit_id: int | None, *, department: str = "engineering", category: str = "repair",
            response: timedelta | None = None, completion: timedelta | None = None,
            promised: timedelta | None = None, **kw) -> ServiceRequest:
    values = {"registered_at": at, "source": "desk", "unit_id": unit_id, "category": category, "description": "漏水",
              "department": department, "state": "dispatched", "response_due_at": at + timedelta(minutes=5),
              "dispatched_at": at + response if response is not None else None,
              "completed_at": at + completion if completion is not None else None,
              "promised_at": at + promised if promised is not None else None, "created_at": at} | kw
    return ServiceRequest(**values)


def stats(world, desk, statistic, first: date, last: date, building: int | None = None):
    return world.services.statistics.figures(desk, statistic, first, last, building)


def test_calls_and_visits_by_local_hour(world, desk, estate):
    units, _ = estate
    add(world, desk,
        call(utc("2026-03-02 23:30"), units["3a"]),  # stored as 15:30 UTC
        call(utc("2026-03-03 00:10"), units["3a"]),  # stored on 2 March UTC
        call(utc("2026-03-03 00:50"), units["5"]),
        call(utc("2026-03-03 09:05"), None, category="inquiry"),
        call(utc("2026-03-03 09:10"), units["3b"], direction="outgoing", category=None, purpose="callback",
             outcome="reached"),  # an outgoing call is not the desk's load
        call(utc("2026-03-03 10:00"), units["3b"], voided_at=utc("2026-03-03 10:05"), void_reason="错录"),
        call(utc("2026-03-01 23:59"), units["3a"]),  # the day before the first day
        visit(utc("2026-03-02 09:30"), units["3a"]),
        visit(utc("2026-03-04 23:59"), units["5"], purpose="complaint"))
    f = stats(world, desk, Statistic.BY_HOUR, date(2026, 3, 2), date(2026, 3, 4))
    assert f.categories == tuple(f"{h:02d}" for h in range(24))
    calls = dict(zip(f.categories, next(s.values for s in f.series if s.key == "calls"), strict=True))
    assert {h: n for h, n in calls.items() if n} == {"23": 1, "00": 2, "09": 1}
    assert f.value("visits", "09") == 1 and f.value("visits", "23") == 1
    assert dict(f.notes) == {"calls": 4, "visits": 2}
    assert not f.empty


def test_calls_and_visits_by_category_and_building(world, desk, estate):
    units, buildings = estate
    day = utc("2026-03-02 10:00")
    add(world, desk, call(day, units["3a"], "repair"), call(day, units["3b"], "repair"), call(day, units["5"], "repair"),
        call(day, units["5"], "complaint"), call(day, None, "inquiry"),
        visit(day, units["3a"], "complaint"), visit(day, units["5"], "card"))
    everything = stats(world, desk, Statistic.BY_CATEGORY, date(2026, 3, 2), date(2026, 3, 2))
    assert everything.value("calls", "repair") == 3
    assert everything.value("calls", "complaint") == 1
    assert everything.value("calls", "inquiry") == 1
    assert everything.value("visits", "complaint") == 1 and everything.value("visits", "card") == 1
    three = stats(world, desk, Statistic.BY_CATEGORY, date(2026, 3, 2), date(2026, 3, 2), buildings["3"])
    assert three.building is not None and three.building.code == "3"
    assert three.value("calls", "repair") == 2
    assert three.value("calls", "complaint") == 0 and three.value("calls", "inquiry") == 0  # no unit: no building
    assert three.value("visits", "complaint") == 1 and "card" not in three.categories
    hours_in_five = stats(world, desk, Statistic.BY_HOUR, date(2026, 3, 2), date(2026, 3, 2), buildings["5"])
    assert hours_in_five.value("calls", "10") == 2 and hours_in_five.value("visits", "10") == 1


def test_requests_by_department_response_and_completion(world, desk, estate):
    units, buildings = estate
    t = utc("2026-03-02 10:00")
    add(world, desk,
        request(t, units["3a"], response=timedelta(minutes=1), completion=timedelta(hours=1),
                promised=timedelta(hours=2)),
        request(t, units["3a"], response=timedelta(minutes=2), completion=timedelta(hours=3),
                promised=timedelta(hours=2)),
        request(t, units["3b"], response=timedelta(minutes=10)),  # late
        request(t, units["5"], department="cleaning", category="report", response=timedelta(minutes=4)),
        request(t, units["5"], department="cleaning", category="report"),  # not taken up yet: not within target
        request(t, units["5"], department="security", category="complaint", response=timedelta(minutes=1),
                cancelled_at=t + timedelta(minutes=30), state="cancelled"))
    by_dept = stats(world, desk, Statistic.BY_DEPARTMENT, date(2026, 3, 2), date(2026, 3, 2))
    assert by_dept.value("total", "engineering") == 3
    assert by_dept.value("total", "cleaning") == 2 and by_dept.value("total", "security") == 1
    assert by_dept.value("repair", "engineering") == 3 and by_dept.value("report", "cleaning") == 2
    times = stats(world, desk, Statistic.RESPONSE_TIMES, date(2026, 3, 2), date(2026, 3, 2))
    assert times.value("requests", "engineering") == 3
    assert times.value("response_median", "engineering") == 2.0  # minutes: 1, 2, 10
    assert times.value("response_in_target", "engineering") == pytest.approx(66.7)
    assert times.value("completion_median", "engineering") == 2.0  # hours: 1 and 3
    assert times.value("completed_by_promise", "engineering") == 50.0
    assert times.value("response_in_target", "cleaning") == 50.0
    assert times.value("requests", "security") == 0  # the cancelled one is left out
    assert times.value("response_median", "security") is None
    assert dict(times.notes)["response_in_target"] == 60.0  # 3 of the 5 not cancelled
    in_three = stats(world, desk, Statistic.RESPONSE_TIMES, date(2026, 3, 2), date(2026, 3, 2), buildings["3"])
    assert in_three.value("requests", "engineering") == 3 and in_three.value("requests", "cleaning") == 0


def test_complaints_by_class_month_by_month_across_the_new_year(world, desk, estate):
    units, _ = estate
    add(world, desk,
        request(utc("2025-12-31 23:30"), units["3a"], category="complaint", complaint_class="服务态度"),
        request(utc("2026-01-01 00:30"), units["3a"], category="complaint", complaint_class="服务态度"),
        request(utc("2026-01-15 12:00"), units["5"], category="complaint", complaint_class="工程质量"),
        request(utc("2026-01-20 12:00"), units["5"], category="complaint"),  # not closed: no class yet
        request(utc("2026-01-20 12:00"), units["5"], category="repair"))
    f = stats(world, desk, Statistic.COMPLAINTS, date(2025, 11, 15), date(2026, 2, 10))
    assert f.categories == ("2025-11", "2025-12", "2026-01", "2026-02")
    assert [s.key for s in f.charted] == ["服务态度", "工程质量", ""]
    assert f.value("服务态度", "2025-12") == 1 and f.value("服务态度", "2026-01") == 1
    assert f.value("工程质量", "2026-01") == 1 and f.value("", "2026-01") == 1
    assert f.value("total", "2026-01") == 3 and f.value("total", "2025-11") == 0
    assert dict(f.notes) == {"complaints": 4}


def test_complaints_by_where_their_cause_lies_month_by_month(world, desk, estate):
    units, buildings = estate
    add(world, desk,
        request(utc("2026-01-05 12:00"), units["3a"], category="complaint", complaint_class="服务态度",
                complaint_cause="staff"),
        request(utc("2026-01-06 12:00"), units["5"], category="complaint", complaint_class="工程质量",
                complaint_cause="developer"),
        request(utc("2026-02-06 12:00"), units["5"], category="complaint", complaint_class="设施设备",
                complaint_cause="developer"),
        request(utc("2026-02-07 12:00"), units["5"], category="complaint"),  # open: no cause yet
        request(utc("2026-02-07 12:00"), units["5"], category="repair"))
    f = stats(world, desk, Statistic.COMPLAINT_CAUSES, date(2026, 1, 1), date(2026, 2, 28))
    assert f.categories == ("2026-01", "2026-02")
    assert [s.key for s in f.charted] == ["staff", "developer", ""]  # in the causes' order, open ones last
    assert f.value("developer", "2026-01") == 1 and f.value("developer", "2026-02") == 1
    assert f.value("staff", "2026-01") == 1 and f.value("", "2026-02") == 1
    assert f.value("total", "2026-02") == 2 and dict(f.notes) == {"complaints": 4}
    in_three = stats(world, desk, Statistic.COMPLAINT_CAUSES, date(2026, 1, 1), date(2026, 2, 28), buildings["3"])
    assert [s.key for s in in_three.charted] == ["staff"]


def test_callback_satisfaction_and_reopen_rate(world, desk, estate):
    units, _ = estate
    t = utc("2026-03-02 10:00")
    happy = request(t, units["3a"], called_back_at=utc("2026-03-03 10:00"), satisfaction="satisfied")
    mostly = request(t, units["3a"], called_back_at=utc("2026-04-01 09:00"), satisfaction="mostly")
    reopened = request(t, units["5"], called_back_at=utc("2026-03-20 10:00"), satisfaction="satisfied")
    still_open = request(t, units["5"], satisfaction="not_satisfied", state="in_progress")
    add(world, desk, happy, mostly, reopened, still_open)
    add(world, desk,
        RequestNote(request_id=reopened.id, at=utc("2026-03-10 10:00"), station="desk-1", kind="step", step="reopen"),
        RequestNote(request_id=still_open.id, at=utc("2026-03-31 23:00"), station="desk-1", kind="step",
                    step="reopen"),
        RequestNote(request_id=still_open.id, at=utc("2026-03-31 23:10"), station="desk-1", kind="callback",
                    step="no_answer"))
    f = stats(world, desk, Statistic.SATISFACTION, date(2026, 3, 1), date(2026, 4, 30))
    assert f.categories == ("2026-03", "2026-04")
    assert f.value("satisfied", "2026-03") == 2 and f.value("mostly", "2026-04") == 1
    assert f.value("not_satisfied", "2026-03") == 2  # the two unsatisfied callbacks, 31 March 23:00 local
    assert f.value("callbacks", "2026-03") == 4
    assert f.value("reopen_rate", "2026-03") == 50.0
    assert dict(f.notes) == {"callbacks": 5, "reopen_rate": 50.0}  # 2 of 4 requests called back


def test_false_alarms_by_zone_and_cause_are_the_control_rooms_figures(world, desk, admin):
    world.site.update_settings(admin, idle_lock_minutes=world.site.settings().idle_lock_minutes, detector_count=200)

    def event(n: int, at: str, zone: str, cause: str | None, building: str = "3栋", result: str = "false_alarm"):
        return ControlEvent(number=n, received_at=utc(at), source="fire_panel", kind="fire", building=building,
                            zone=zone, result=result, cause=cause, created_at=utc(at))

    add(world, desk, event(1, "2026-01-10 08:00", "3栋12层东", "environment"),
        event(2, "2026-02-10 08:00", "3栋12层东", "environment"),
        event(3, "2026-03-10 08:00", "3栋1层", "malicious"),
        event(4, "2026-03-11 08:00", "5栋1层", "equipment", building="5栋"),
        event(5, "2026-03-12 08:00", "3栋1层", None, result="real_fire"))
    first, last = date(2025, 12, 27), date(2026, 12, 26)  # 365 days: per year = the count
    zones = stats(world, desk, Statistic.FALSE_BY_ZONE, first, last)
    assert zones.categories[0] == "3栋12层东"
    assert zones.value("false_alarms", "3栋12层东") == 2 and zones.value("false_alarms", "5栋1层") == 1
    assert zones.value("rate", "3栋12层东") == 1.0  # 2 per 200 detectors a year = 1 per 100
    assert dict(zones.notes) == {"false_alarms": 4, "rate": 2.0}
    causes = stats(world, desk, Statistic.FALSE_BY_CAUSE, first, last)
    assert causes.value("false_alarms", "environment") == 2 and causes.value("rate", "malicious") == 0.5
    building = {b.code: b.id for b in world.services.statistics.buildings(desk)}
    assert building == {}  # no unit yet: the control room names buildings by text
    world.directory.create_unit(desk, "5-1-101")
    five = {b.code: b.id for b in world.services.statistics.buildings(desk)}["5"]
    in_five = stats(world, desk, Statistic.FALSE_BY_ZONE, first, last, five)
    assert in_five.categories == ("5栋1层",) and dict(in_five.notes)["false_alarms"] == 1


def test_passes_and_cards_month_by_month(world, desk, estate):
    units, buildings = estate

    def move_pass(at: str, unit: str, **kw) -> MovePass:
        return MovePass(unit_id=units[unit], state="issued", applicant_name="王", id_type="居民身份证",
                        id_masked="1101**********0000", valid_from=utc(at), valid_until=utc(at) + timedelta(hours=8),
                        created_at=utc(at), **kw)

    add(world, desk, move_pass("2026-01-31 23:30", "3a"), move_pass("2026-02-01 00:30", "5"),
        move_pass("2026-02-03 10:00", "5", voided_at=utc("2026-02-03 11:00"), void_reason="错录"),
        CardApplication(unit_id=units["3a"], state="registered", card_type="owner", created_at=utc("2026-02-02 10:00"),
                        registered_at=utc("2026-02-02 10:00")))
    card = AccessCard(card_no="00012345", unit_id=units["5"], holder_name="王", card_type="owner", state="active",
                      created_at=utc("2026-03-01 10:00"))
    add(world, desk, card)
    add(world, desk, AccessCardEvent(card_id=card.id, kind="authorised", at=utc("2026-03-01 10:00")),
        AccessCardEvent(card_id=card.id, kind="lost", at=utc("2026-03-05 10:00")))
    f = stats(world, desk, Statistic.PASSES_CARDS, date(2026, 1, 1), date(2026, 3, 31))
    assert f.categories == ("2026-01", "2026-02", "2026-03")
    assert [f.value("passes", m) for m in f.categories] == [1, 1, 0]
    assert [f.value("card_applications", m) for m in f.categories] == [0, 1, 0]
    assert [f.value("cards_authorised", m) for m in f.categories] == [0, 0, 1]
    in_three = stats(world, desk, Statistic.PASSES_CARDS, date(2026, 1, 1), date(2026, 3, 31), buildings["3"])
    assert dict(in_three.notes) == {"passes": 1, "card_applications": 1, "cards_authorised": 0}


@pytest.mark.parametrize("statistic", list(Statistic))
def test_an_empty_range_gives_empty_figures_not_an_error(world, desk, statistic):
    f = stats(world, desk, statistic, date(2016, 12, 1), date(2026, 11, 30))
    assert f.empty
    assert all(not v for s in f.series for v in s.values)


def test_a_bad_range_is_refused_with_a_clear_message(world, desk):
    with pytest.raises(ValidationError) as backwards:
        stats(world, desk, Statistic.BY_HOUR, date(2026, 3, 2), date(2026, 3, 1))
    assert backwards.value.problems[0].message == MSG_RANGE_ORDER
    with pytest.raises(ValidationError) as too_long:
        stats(world, desk, Statistic.BY_HOUR, date(2015, 1, 1), date(2026, 3, 1))
    assert too_long.value.problems[0].message == MSG_RANGE_LONG
    stats(world, desk, Statistic.BY_HOUR, date(2016, 3, 1), date(2026, 3, 31))  # ten years to today's month: fine


def test_a_receptionist_sees_no_statistics(world, admin):
    receptionist = world.member(admin, "7001", Role.RECEPTIONIST)
    with pytest.raises(PermissionDenied):
        stats(world, receptionist, Statistic.BY_HOUR, date(2026, 3, 1), date(2026, 3, 2))
    with pytest.raises(PermissionDenied):
        world.services.statistics.buildings(receptionist)


# -- the pieces, without a database --------------------------------------------------------------------

def test_the_median_of_a_histogram():
    assert histogram_median([]) is None
    assert histogram_median([(5.0, 1)]) == 5.0
    assert histogram_median([(1.0, 1), (2.0, 1), (10.0, 1)]) == 2.0
    assert histogram_median([(3.0, 1), (1.0, 1)]) == 2.0
    assert histogram_median([(1.0, 3), (100.0, 1)]) == 1.0


def test_months_run_across_years():
    assert months(date(2025, 11, 30), date(2026, 2, 1)) == ("2025-11", "2025-12", "2026-01", "2026-02")


def test_a_zone_with_summer_time_gets_a_stretch_per_offset():
    set_zone("Europe/Berlin")  # the fixture puts Beijing back
    stretches = offset_stretches(datetime(2026, 1, 1), datetime(2027, 1, 1))
    assert stretches == [(datetime(2026, 1, 1), 60), (datetime(2026, 3, 29, 1, 0), 120),
                         (datetime(2026, 10, 25, 1, 0), 60)]
    set_zone("Asia/Shanghai")
    assert offset_stretches(datetime(2016, 1, 1), datetime(2026, 1, 1)) == [(datetime(2016, 1, 1), 480)]


def test_hours_follow_summer_time_in_sql(world, desk, estate):
    """Where the zone keeps summer time, a 09:00 call is hour 9 in winter and in summer alike."""
    units, _ = estate
    set_zone("Europe/Berlin")
    add(world, desk, call(datetime(2026, 1, 15, 8, 0), units["3a"]), call(datetime(2026, 7, 15, 7, 0), units["3a"]))
    f = stats(world, desk, Statistic.BY_HOUR, date(2026, 1, 1), date(2026, 12, 31))
    assert f.value("calls", "09") == 2


def test_month_bounds_are_local_midnights_clipped_to_the_days():
    from deskapp.services.statistics import month_bounds

    assert month_bounds(date(2025, 12, 15), date(2026, 2, 10)) == [
        ("2025-12", datetime(2025, 12, 14, 16), datetime(2025, 12, 31, 16)),
        ("2026-01", datetime(2025, 12, 31, 16), datetime(2026, 1, 31, 16)),
        ("2026-02", datetime(2026, 1, 31, 16), datetime(2026, 2, 10, 16)),
    ]
