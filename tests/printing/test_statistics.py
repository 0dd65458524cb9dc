"""A statistic on paper read back: the title, the days and the building, the chart's labels in Chinese
(drawn by reportlab's charts with the embedded font), the table's figures; ten years of months paging
on with the running head; the test page; the right to print."""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timedelta

import pytest
from reportlab.lib.pagesizes import A4

from deskapp.db.models import Call, ServiceRequest
from deskapp.domain.errors import PermissionDenied
from deskapp.domain.roles import Role
from deskapp.printing.pages import DocumentKind, PageSize
from deskapp.services.sample_printouts import sample_printout
from deskapp.services.statistics import Statistic
from tests.printing.pdfcheck import check_pages, page_sizes, page_texts, squash


@pytest.fixture(autouse=True)
def beijing():
    if not hasattr(time, "tzset"):
        pytest.skip("the process's time zone can only be set where time.tzset exists")
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def supervisor(sqlite_world):
    admin = sqlite_world.set_up_site()
    return sqlite_world.member(admin, "8001", Role.SUPERVISOR, name="赵敏")


def seed(world, actor) -> int:
    unit = world.directory.create_unit(actor, "3-2-1502")
    at = datetime(2026, 3, 2, 15, 30)  # 23:30 in Beijing
    with world.db.write(actor) as s:
        s.add_all([Call(direction="incoming", started_at=at + timedelta(minutes=i), ended_at=at + timedelta(minutes=i),
                        unit_id=unit.id, category="repair", outcome="answered", created_at=at) for i in range(7)])
        s.add_all([ServiceRequest(registered_at=datetime(2026, 1, 5, 2), source="desk", unit_id=unit.id,
                                  category="complaint", description="噪音", department="security", state="closed",
                                  response_due_at=datetime(2026, 1, 5, 2, 5), created_at=datetime(2026, 1, 5, 2),
                                  complaint_class=cls) for cls in ("服务态度", "服务态度", "环境卫生")])
    return next(b.id for b in world.services.statistics.buildings(actor))


def text_of(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


def test_a_statistic_prints_title_range_building_labels_and_figures(sqlite_world, supervisor):
    building = seed(sqlite_world, supervisor)
    stats = sqlite_world.services.statistics
    figures = stats.figures(supervisor, Statistic.BY_HOUR, date(2026, 3, 1), date(2026, 3, 31), building)
    printout = stats.printout(supervisor, figures)
    assert printout.kind == DocumentKind.STATISTICS and printout.page is PageSize.A4
    assert [(round(w), round(h)) for w, h in page_sizes(printout.pdf)] == [(round(A4[1]), round(A4[0]))]  # landscape, one
    text = text_of(printout.pdf)
    for expected in ("来电来访时段统计", "统计期间：2026-03-01至2026-03-31", "楼栋：3栋", "来电：7", "来访：0",
                     "时段", "23时", "00时"):
        assert expected in text, expected
    assert "来电" + "0" * 23 + "7" in text  # the table's row of calls: none until hour 23, then seven


def test_complaints_print_their_classes_month_by_month(sqlite_world, supervisor):
    seed(sqlite_world, supervisor)
    stats = sqlite_world.services.statistics
    figures = stats.figures(supervisor, Statistic.COMPLAINTS, date(2025, 12, 1), date(2026, 2, 28))
    text = text_of(stats.printout(supervisor, figures).pdf)
    for expected in ("客户投诉分类月度统计", "全部楼栋", "投诉：3", "服务态度", "环境卫生", "服务态度020", "环境卫生010", "合计030"):
        assert expected in text, expected


def test_ten_years_of_months_page_on_with_the_running_head(sqlite_world, supervisor):
    seed(sqlite_world, supervisor)
    stats = sqlite_world.services.statistics
    figures = stats.figures(supervisor, Statistic.PASSES_CARDS, date(2016, 12, 1), date(2026, 11, 30))
    pdf = stats.printout(supervisor, figures).pdf
    title = "放行条及业户卡月度统计 2016-12-01 至 2026-11-30"
    pages = check_pages(pdf, title)
    assert len(pages) > 1
    text = squash("".join(pages))
    assert "2016-12" in text and "2026-11" in text and "（所选期间无记录）" in text


def test_the_test_page_and_the_right_to_print(sqlite_world, supervisor):
    page = sample_printout(sqlite_world.printing, supervisor, DocumentKind.STATISTICS, PageSize.A4)
    assert "测试页" in text_of(page.pdf) and "23时" in text_of(page.pdf)
    guard = sqlite_world.member(sqlite_world.auth.login("9001", "correct-horse", station="desk-1"), "6001", Role.GUARD)
    stats = sqlite_world.services.statistics
    figures = stats.figures(supervisor, Statistic.BY_HOUR, date(2026, 3, 1), date(2026, 3, 31))
    with pytest.raises(PermissionDenied):
        stats.printout(guard, figures)
