"""The list is the desk's main view: at 1280×800 it shows a useful number of rows, its content column
takes the spare width, and a form or detail not in use does not take half the screen."""

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from deskapp.domain.requests import Department
from deskapp.domain.visits import Purpose


def rows_visible(view) -> int:
    return view.viewport().height() // view.verticalHeader().defaultSectionSize()


def column_named(view, title: str) -> int:
    model = view.model()
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)


@pytest.fixture
def busy(ui):
    """A day of visits and requests, enough to fill the lists."""
    ui.directory.create_unit(ui.desk, "3-2-1502")
    for i in range(30):
        ui.visits.record(ui.desk, unit="3-2-1502", resident_id=None, visitor_name="刘洋", purpose="inquiry",
                         content=f"咨询装修需要办理的手续，以及装修押金怎么退 {i}", confirmed=True,
                         outcome="resolved", resolution="已答")
        ui.requests.register(ui.desk, unit="3-2-1502", category=Purpose.REPAIR, department=Department.ENGINEERING,
                             description=f"卫生间地漏堵塞，楼下天花板有水渍 {i}")


def at(window, width: int, height: int) -> None:
    window.resize(width, height)
    QApplication.processEvents()
    assert window.size() == QSize(width, height)


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (1920, 1080)])
def test_the_visit_list_has_room_and_its_content_column_stretches(qtbot, window, busy, size):
    at(window, *size)
    page = window.visits_tab.visit_page
    page.reload()
    view = page.ui.visitsTable
    QApplication.processEvents()
    assert rows_visible(view) >= {768: 6, 800: 7, 1080: 18}[size[1]]
    content, recorded_by = column_named(view, "Content"), column_named(view, "Recorded by")
    header = view.horizontalHeader()
    assert header.sectionResizeMode(content) == QHeaderView.ResizeMode.Stretch
    assert header.sectionSize(content) > header.sectionSize(recorded_by)


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (1920, 1080)])
def test_the_requests_list_has_the_width_until_one_is_picked(qtbot, window, busy, size):
    at(window, *size)
    window.tabs.setCurrentWidget(window.phone_tab)
    page = window.phone_tab.requests_page
    window.phone_tab.tabs.setCurrentWidget(page)
    page.reload()
    QApplication.processEvents()
    view = page.r.requestsTable
    content = column_named(view, "Content")
    assert not page.r.requestDetailPane.isVisible()
    assert view.width() > page.width() * 0.9
    assert view.horizontalHeader().sectionSize(content) > 200
    view.selectRow(0)
    QApplication.processEvents()
    assert page.r.requestDetailPane.isVisible()
    assert page.width() * 0.25 < page.r.requestDetailPane.width() < page.width() * 0.5
    assert view.width() > page.width() * 0.5
