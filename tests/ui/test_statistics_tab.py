"""The Statistics tab 统计 driven as a supervisor would: there for supervisors (after Cards), not for a
receptionist; a statistic chosen with the keys; dates typed and the quick ranges; the chart drawing the
service's figures and the table beside it; a building chosen; Ctrl+P opening the print preview; a
change at another station redrawing the chart."""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCharts import QBarSeries, QLineSeries, QStackedBarSeries
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from deskapp.db.models import Call, MovePass, ServiceRequest, Unit
from deskapp.domain.roles import Role
from deskapp.services.statistics import Statistic
from deskapp.ui.tabs.statistics import StatisticsPage
from tests.ui.conftest import drive_modal, press


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


def seed(ui) -> dict[str, int]:
    three = ui.directory.create_unit(ui.desk, "3-2-1502")
    five = ui.directory.create_unit(ui.desk, "5-1-101")
    at = datetime(2026, 3, 1, 15, 30)  # 23:30 in Beijing on 1 March
    with ui.db.write(ui.desk) as s:
        for i, (unit, category) in enumerate([(three, "repair"), (three, "repair"), (five, "complaint"),
                                              (five, "repair")]):
            s.add(Call(direction="incoming", started_at=at + timedelta(minutes=i), ended_at=at, unit_id=unit.id,
                       category=category, outcome="answered", created_at=at))
        s.add(ServiceRequest(registered_at=datetime(2026, 1, 5, 2), source="desk", unit_id=three.id, category="complaint",
                             description="噪音", department="security", state="closed", created_at=at,
                             response_due_at=datetime(2026, 1, 5, 2, 5), complaint_class="服务态度"))
    return {b.code: b.id for b in ui.services.statistics.buildings(ui.desk)}


def page_of(window) -> StatisticsPage:
    page = window.statistics_page
    assert page is not None
    window.tabs.setCurrentWidget(page)
    return page


def test_supervisors_have_the_tab_after_cards_and_a_receptionist_has_none(make_window, ui):
    tabs = make_window(ui.desk).tabs
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Statistics" in names and names.index("Statistics") == names.index("Board") + 1 == names.index("Cards") + 2
    receptionist = ui.member(ui.admin, "7001", Role.RECEPTIONIST, name="钱芳", settled=True)
    window = make_window(receptionist)
    assert window.statistics_page is None
    assert "Statistics" not in [window.tabs.tabText(i) for i in range(window.tabs.count())]
    admin_tabs = make_window(ui.admin).tabs
    admin_names = [admin_tabs.tabText(i) for i in range(admin_tabs.count())]
    assert admin_names.index("Statistics") == admin_names.index("Staff") - 1


def test_the_chart_draws_the_figures_chosen_by_keys_dates_and_building(qtbot, window, ui):
    buildings = seed(ui)
    page = page_of(window)
    u = page.ui
    assert page.statistic() is Statistic.BY_HOUR  # the first one, over the last 12 months to today
    assert page.days() == (date(2025, 4, 1), date(2026, 3, 2))
    values = page.series_values()
    assert values["Calls"][23] == 4 and sum(values["Calls"]) == 4 and sum(values["Visits"]) == 0
    assert isinstance(page.chart.series()[0], QBarSeries)
    assert page.model.cell(23, 0) == "23" and page.model.cell(23, 1) == "4"
    with qtbot.waitSignal(page.shown):
        press(u.statisticsList, Qt.Key.Key_Down)  # calls and visits by category
    assert page.statistic() is Statistic.BY_CATEGORY
    values = page.series_values()
    assert values["Calls"][page.figures.categories.index("repair")] == 3
    assert values["Calls"][page.figures.categories.index("complaint")] == 1
    with qtbot.waitSignal(page.shown):
        u.statisticsBuildingCombo.setCurrentIndex(u.statisticsBuildingCombo.findData(buildings["3"]))
    assert page.series_values()["Calls"][page.figures.categories.index("repair")] == 2
    assert "3栋" in u.statisticsSummaryLabel.text()
    with qtbot.waitSignal(page.shown):
        u.statisticsBuildingCombo.setCurrentIndex(0)
    with qtbot.waitSignal(page.shown):
        u.statisticsFromDate.setDate(QDate(2026, 3, 2))  # the calls were on 1 March, local
    assert page.figures.empty and sum(page.series_values()["Calls"]) == 0
    assert "no records" in u.statisticsSummaryLabel.text()
    u.statisticsList.setFocus()
    for _ in range(3):  # down to complaints by class, month by month
        press(u.statisticsList, Qt.Key.Key_Down)
    assert page.statistic() is Statistic.COMPLAINTS
    with qtbot.waitSignal(page.shown):
        u.tenYearsButton.click()
    assert page.days() == (date(2016, 4, 1), date(2026, 3, 2))
    assert len(page.figures.categories) == 120
    assert isinstance(page.chart.series()[0], QStackedBarSeries)
    month = page.figures.categories.index("2026-01")
    assert page.series_values()["服务态度"][month] == 1
    press(u.statisticsList, Qt.Key.Key_End)  # passes and cards: lines
    assert page.statistic() is Statistic.PASSES_CARDS
    assert all(isinstance(s, QLineSeries) for s in page.chart.series())
    with qtbot.waitSignal(page.shown):
        u.thisMonthButton.click()
    assert page.days() == (date(2026, 3, 1), date(2026, 3, 2))


def test_a_backwards_range_is_said_above_the_chart(qtbot, window, ui):
    page = page_of(window)
    page.ui.statisticsFromDate.setDate(QDate(2026, 4, 1))
    assert "swap" in page.ui.statisticsSummaryLabel.text()
    assert page.figures is None and not page.chart.series() and page.model.rowCount() == 0
    assert not page.ui.statisticsPrintButton.isEnabled()


def test_ctrl_p_opens_the_preview_of_the_chart(qtbot, window, ui):
    seed(ui)
    page = page_of(window)
    seen = []

    def look(dialog):
        seen.append((dialog.objectName(), dialog.windowTitle(), dialog.document.pageCount()))

    drive_modal(lambda: press(page.ui.statisticsList, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier), look)
    assert seen == [("printPreviewDialog", "来电来访时段统计", 1)]


def test_a_pass_issued_elsewhere_redraws_the_chart(qtbot, window, ui):
    seed(ui)
    page = page_of(window)
    page.choose(Statistic.PASSES_CARDS)
    assert sum(page.series_values()["Move-out passes"]) == 0
    with ui.db.write(ui.desk) as s:
        unit_id = s.scalar(select(Unit.id).where(Unit.room_no == "3-2-1502"))
        s.add(MovePass(unit_id=unit_id, state="issued", applicant_name="王", id_type="居民身份证",
                       id_masked="1101**********0000", valid_from=datetime(2026, 3, 2), created_at=datetime(2026, 3, 2),
                       valid_until=datetime(2026, 3, 2, 8)))
    qtbot.waitUntil(page.later.isActive, timeout=2000)  # the change arrived (queued, on the GUI thread)
    assert sum(page.series_values()["Move-out passes"]) == 0  # not on every save: within half a minute
    assert page.later.interval() == 30_000
    with qtbot.waitSignal(page.shown, timeout=3000):
        page.later.timeout.emit()
    assert sum(page.series_values()["Move-out passes"]) == 1


def test_a_site_with_many_zones_charts_the_worst_twenty_and_lists_them_all(qtbot, window, ui):
    from deskapp.services.statistics import Axis, ChartKind, Figures, Series

    page = page_of(window)
    zones = tuple(f"{n}号楼" for n in range(30))
    counts = tuple(float(30 - n) for n in range(30))  # most false alarms first, as the service orders them
    figures = Figures(Statistic.FALSE_BY_ZONE, date(2026, 1, 1), date(2026, 3, 1), None, Axis.ZONE, zones,
                      (Series("false_alarms", Axis.METRIC, counts),), ChartKind.BAR, ())
    page._show(figures)
    assert list(page.series_values().values()) == [list(counts[:20])]
    assert "20 zones" in page.chart.title()
    assert page.model.rowCount() == 30  # the table keeps every zone
