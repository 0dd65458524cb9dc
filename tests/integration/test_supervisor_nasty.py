"""An attack on the supervisor's features with bad input: the statistics, the request and pass searches, the
one search box, the export, the board and the site's backup status. Each either answers consistently or
refuses with a DeskError carrying a message; never another exception, never changed data."""

from __future__ import annotations

import os
import time as time_module
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from deskapp.db.models import BackupRun, MovePass, ServiceRequest
from deskapp.domain.errors import DeskError, PermissionDenied
from deskapp.domain.identity import IdType
from deskapp.domain.passes import ItemLine
from deskapp.domain.requests import Department
from deskapp.domain.roles import Role
from deskapp.domain.visits import Purpose
from deskapp.services.backup import BackupService
from deskapp.services.export import ExportError, ExportInfo, write_xlsx
from deskapp.services.passes import Applicant, PassQuery
from deskapp.services.statistics import Statistic
from deskapp.services.timeutil import local_date
from tests.conftest import START

NASTY_TEXT = ["", "   ", "x" * 10_000, "\x00", "a\x00b", "😀", "𠀀", "１２３４", "%", "_", "%%", "'; DROP TABLE request; --",
              "\\", "\\%", "99999999999999999999", "R99999999999999999999", "P99999999999999999999", "NaN", "inf",
              "-1", "0", "\u202e", "\ud800"]
BAD_RANGES = [(date(1, 1, 1), date(1, 1, 1)), (date(9999, 12, 31), date(9999, 12, 31)),
              (date(1, 1, 1), date(9999, 12, 31)), (date(2026, 3, 2), date(2026, 3, 1)),
              (date(2015, 1, 1), date(2025, 12, 31)), (None, date(2026, 3, 1)), (date(2026, 3, 1), None)]
ID = "110101199003071233"


def _message(exc: DeskError) -> str:
    text = str(exc.message)
    assert text.strip(), f"{type(exc).__name__} without a message"
    return text


@pytest.fixture
def estate(world, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    world.directory.create_unit(desk, "5-1-101")
    owner = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    return unit, owner


def _counts(world):
    with world.db.read() as s:
        return (s.scalar(select(func.count()).select_from(ServiceRequest)),
                s.scalar(select(func.count()).select_from(MovePass)))


# -- statistics ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("statistic", list(Statistic))
@pytest.mark.parametrize("days", BAD_RANGES, ids=lambda d: str(d))
def test_statistics_refuse_a_bad_range_with_a_message(world, desk, statistic, days):
    with pytest.raises(DeskError) as caught:
        world.services.statistics.figures(desk, statistic, *days)
    _message(caught.value)


@pytest.mark.parametrize("name", ["nonsense", "", "BY_HOUR", "by_hour ", "'; DROP TABLE request; --", "\x00"])
def test_statistics_refuse_a_name_that_is_not_one(world, desk, name):
    with pytest.raises(DeskError) as caught:
        world.services.statistics.figures(desk, name, date(2026, 3, 1), date(2026, 3, 2))
    _message(caught.value)


@pytest.mark.parametrize("statistic", list(Statistic))
@pytest.mark.parametrize("building_id", [0, -1, 987654, 2**31, 2**63, 10**20])
def test_statistics_for_a_building_that_does_not_exist_are_empty(world, desk, estate, statistic, building_id):
    world.requests.register(desk, unit="3-2-1502", category=Purpose.REPAIR, description="厨房水管漏水",
                            department=Department.ENGINEERING)
    figures = world.services.statistics.figures(desk, statistic, date(2026, 1, 1), date(2026, 3, 31), building_id)
    for series in figures.series:
        if series.unit.value == "count":
            assert all(not v for v in series.values), series


def test_statistics_over_ten_years_and_a_day_or_leap_days_total_consistently(world, desk, estate):
    for _ in range(3):
        world.requests.register(desk, unit="3-2-1502", category=Purpose.REPAIR, description="厨房水管漏水",
                                department=Department.ENGINEERING)
    today = local_date(START)
    stats = world.services.statistics
    wide = stats.figures(desk, Statistic.BY_DEPARTMENT, today - timedelta(days=3652), today)
    narrow = stats.figures(desk, "by_department", today, today)
    building = {b.code: b.id for b in stats.buildings(desk)}["3"]
    only3 = stats.figures(desk, Statistic.BY_DEPARTMENT, today, today, building)
    total = [sum(v or 0 for v in s.values) for s in (wide.series[0], narrow.series[0], only3.series[0])]
    assert total == [3, 3, 3]


# -- request search and close -------------------------------------------------------------------------

@pytest.mark.parametrize("text", NASTY_TEXT, ids=range(len(NASTY_TEXT)))
def test_request_search_with_nasty_text_finds_nothing_else_and_changes_nothing(world, desk, estate, text):
    world.requests.register(desk, unit="3-2-1502", category=Purpose.REPAIR, description="厨房水管漏水",
                            department=Department.ENGINEERING)
    before = _counts(world)
    found = world.requests.search(desk, text_=text, open_only=False)
    assert [r.description for r in found] == (["厨房水管漏水"] if not text.strip() else [])
    assert _counts(world) == before


@pytest.mark.parametrize("days", BAD_RANGES[:5], ids=lambda d: str(d))
def test_request_search_day_filters_answer_or_refuse(world, desk, estate, days):
    world.requests.register(desk, unit="3-2-1502", category=Purpose.REPAIR, description="厨房水管漏水",
                            department=Department.ENGINEERING)
    for key in ("registered_days", "completed_days"):
        try:
            found = world.requests.search(desk, open_only=False, **{key: days})
        except DeskError as exc:
            _message(exc)
            assert days[0] > days[1] or days[0].year < 1900 or days[1].year > 9000
        else:
            wanted = key == "registered_days" and days[0] <= local_date(START) <= days[1]
            assert len(found) == (1 if wanted else 0)


def test_request_search_matches_percent_and_underscore_literally(world, desk, estate):
    for words in ("漏水%严重", "漏水x严重", "水_管", "水管"):
        world.requests.register(desk, unit="3-2-1502", category=Purpose.REPAIR, description=words,
                                department=Department.ENGINEERING)
    assert [r.description for r in world.requests.search(desk, text_="水%严")] == ["漏水%严重"]
    assert [r.description for r in world.requests.search(desk, text_="水_管")] == ["水_管"]


@pytest.mark.parametrize("cause", ["", " ", "nonsense", "\x00", "😀", "'; DROP TABLE request; --", "%", "x" * 10_000])
def test_closing_a_complaint_with_a_bad_cause_is_refused_and_changes_nothing(world, desk, estate, cause):
    r = world.requests.register(desk, unit="3-2-1502", category=Purpose.COMPLAINT, description="夜间噪音",
                                department=Department.CUSTOMER_SERVICE)
    with world.db.write(desk) as s:  # straight to the state a close is asked in
        s.get(ServiceRequest, r.id).state = "called_back"
    classes = world.requests.complaint_classes()
    with pytest.raises(DeskError) as caught:
        world.requests.close(desk, r.id, complaint_class=next(iter(classes)), cause_analysis="原因",
                             accountability="责任", complaint_cause=cause)
    assert caught.value.field == "complaint_cause" or "complaint_cause" in repr(caught.value.__dict__)
    with world.db.read() as s:
        assert s.get(ServiceRequest, r.id).state == "called_back"


# -- passes and the search box ------------------------------------------------------------------------

def _issue(world, desk, estate, name):
    unit, _ = estate
    owner = world.directory.add_resident(desk, unit.id, name=name, role="owner", phones=["13912340000"])
    return world.passes.issue(desk, unit="3-2-1502", applicant=Applicant(IdType.RESIDENT_ID, ID,
                              resident_id=owner.id), items=[ItemLine("冰箱", 1, "台")], moving_day=local_date(START),
                              start=time(0, 0), end=time(23, 59), plate="")


@pytest.mark.parametrize("text", NASTY_TEXT, ids=range(len(NASTY_TEXT)))
def test_pass_search_with_nasty_text(world, desk, estate, text):
    _issue(world, desk, estate, "王小明")
    before = _counts(world)
    q = PassQuery(text=text)
    found = world.passes.search(desk, q)
    assert len(found) == world.passes.search_count(desk, q) == len(list(world.passes.search_all(desk, q)))
    assert len(found) == (1 if not text.strip() else 0)
    assert _counts(world) == before


def test_pass_search_takes_wildcards_literally(world, desk, estate):
    with pytest.raises(DeskError):  # a name with % cannot be entered: the wildcards are checked on the search only
        world.directory.add_resident(desk, estate[0].id, name="王%明", role="owner", phones=["13912340001"])
    _issue(world, desk, estate, "王小明")
    assert [p.applicant_name for p in world.passes.search(desk, PassQuery(text="王小"))] == ["王小明"]
    for wild in ("王%", "王_明", "%小%", "王%明", "_小_"):
        assert world.passes.search(desk, PassQuery(text=wild)) == [], wild
        assert world.passes.search_count(desk, PassQuery(text=wild)) == 0, wild
        assert not world.services.search.find(desk, wild).groups, wild


@pytest.mark.parametrize("days", BAD_RANGES[:5], ids=lambda d: str(d))
def test_pass_search_day_filters_answer_or_refuse(world, desk, estate, days):
    _issue(world, desk, estate, "王小明")
    q = PassQuery(first_day=days[0], last_day=days[1])
    try:
        n = world.passes.search_count(desk, q)
    except DeskError as exc:
        _message(exc)
    else:
        assert n == (1 if days[0] <= local_date(START) <= days[1] else 0)


@pytest.mark.parametrize("text", NASTY_TEXT, ids=range(len(NASTY_TEXT)))
def test_the_search_box_answers_nasty_text_with_results_or_a_message(world, desk, estate, text):
    _issue(world, desk, estate, "王小明")
    result = world.services.search.find(desk, text)
    assert not result.groups
    assert result.message


# -- export -------------------------------------------------------------------------------------------

NASTY_CELLS = ["\x00bad", "x" * 40_000, "😀" * 20_000, float("nan"), float("inf"), -float("inf"), Decimal("1e400"),
               Decimal("NaN"), Decimal("3.14"), datetime(9999, 12, 31, 23, 59), datetime(1, 1, 1), date(9999, 12, 31),
               None, "=1+1", "+1", "-1", "@SUM(A1)", b"\x00bytes", 99999999999999999999, -(2**63), True, "\ud800",
               time(23, 59, 59)]


@pytest.fixture(params=["UTC", "Asia/Shanghai", "America/New_York"])
def zone(request):
    """The PC's zone: far dates overflow when shifted to local time on one side or the other."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time_module.tzset()
    yield request.param
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time_module.tzset()


def test_export_writes_nasty_cells_that_reopen(tmp_path, zone):
    from openpyxl import load_workbook

    path = tmp_path / "out.xlsx"
    info = ExportInfo("列表😀\x00", filter_text="'; DROP TABLE request; --", who="𠀀", at=datetime(2026, 3, 2))
    result = write_xlsx(path, [f"c{i}" for i in range(len(NASTY_CELLS))], [NASTY_CELLS, NASTY_CELLS], info=info)
    assert result.rows == 2 and not result.cancelled
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    row = [c.value for c in ws[2]]
    assert row[0] == "bad"
    assert len(row[1]) <= 32767 and row[1].startswith("xxx")
    assert row[3] == "nan" and row[4] == "inf"
    assert row[13] == "=1+1" and row[16] == "@SUM(A1)"  # text, not formulas
    assert row[18] == "99999999999999999999"
    far = {"UTC": datetime(9999, 12, 31, 23, 59), "Asia/Shanghai": "9999-12-31 23:59:00",
           "America/New_York": datetime(9999, 12, 31, 18, 59)}
    assert row[9] == far[zone]  # a local time past the year 9999 is written as the text it is stored as
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


@pytest.mark.parametrize("where", ["missing", "directory"])
def test_export_to_a_bad_path_refuses_with_a_message_and_leaves_nothing(tmp_path, where):
    target = tmp_path / "nope" / "out.xlsx" if where == "missing" else tmp_path / "adir"
    if where == "directory":
        target.mkdir()
    with pytest.raises(ExportError) as caught:
        write_xlsx(target, ["a"], [["b"]], info=ExportInfo("x"))
    _message(caught.value)
    left = sorted(p.name for p in tmp_path.rglob("*"))
    assert left == ([] if where == "missing" else ["adir"])


def test_export_of_rows_that_raise_midway_leaves_nothing(tmp_path):
    def rows():
        yield ["a"]
        raise DeskError("stop")

    with pytest.raises(DeskError):
        write_xlsx(tmp_path / "out.xlsx", ["a"], rows(), info=ExportInfo("x"))
    assert list(tmp_path.iterdir()) == []


# -- the board ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.GUARD, Role.CONTROL_OPERATOR])
def test_the_board_is_refused_to_roles_without_it(world, admin, role):
    member = world.member(admin, "7001", role, name="路人")
    with pytest.raises(PermissionDenied) as caught:
        world.services.board.board(member)
    _message(caught.value)


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.ADMIN])
def test_the_board_on_an_empty_database(world, admin, role):
    member = admin if role is Role.ADMIN else world.member(admin, "7002", role, name="主管")
    board = world.services.board.board(member)
    assert board is not None


# -- the site's backup status -------------------------------------------------------------------------

@pytest.mark.parametrize("ok", [False, True])
def test_site_status_with_odd_backup_rows(world, admin, tmp_path, ok):
    with world.db.write(admin) as s:
        s.add(BackupRun(at=START - timedelta(hours=1), station="前台😀𠀀" + "x" * 40, kind="sqlite", ok=ok,
                        error=None if ok else "E" * 10_000 + "\u202e?", path=""))
    status = BackupService(db=world.db, folder=tmp_path / "b", pg_bin=None).site_status()
    assert status.station.startswith("前台😀𠀀")
    assert status.due is (not ok)
    assert (status.last_error is None) is ok
    assert status.message()
