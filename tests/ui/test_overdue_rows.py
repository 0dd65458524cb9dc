"""Overdue work is first and says how late, in words, in its own column: requests and callbacks."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from deskapp.domain.requests import Department
from deskapp.domain.visits import Purpose
from deskapp.ui.models.requests import deadline_words


def column(model, title: str) -> list[str]:
    c = next(i for i in range(model.columnCount()) if model.headerData(i, Qt.Orientation.Horizontal) == title)
    return [model.index(r, c).data() for r in range(model.rowCount())]


@pytest.fixture
def late_and_new(ui):
    ui.directory.create_unit(ui.desk, "3-2-1502")
    values = dict(unit="3-2-1502", category=Purpose.REPAIR, department=Department.ENGINEERING)
    late = ui.requests.register(ui.desk, description="早上报的漏水", **values)
    ui.clock.advance(hours=2, minutes=20)  # 5 minutes to take it up: 2 h 15 min late
    new = ui.requests.register(ui.desk, description="刚报的门铃", **values)
    return late, new


def test_an_overdue_request_is_first_and_says_how_late(qtbot, window, late_and_new):
    late, new = late_and_new
    window.tabs.setCurrentWidget(window.phone_tab)
    page = window.phone_tab.requests_page
    window.phone_tab.tabs.setCurrentWidget(page)
    page.reload()
    model = page.requests_model
    assert column(model, "No.") == [late.number, new.number]  # the older one, overdue, on top
    assert column(model, "Deadline") == ["2 h 15 min overdue", "due in 5 min"]
    assert model.is_warning(model.row_at(0)) and not model.is_warning(model.row_at(1))
    assert page.list.select_key(late.id)
    assert "2 h 15 min overdue" in page.r.requestInfoLabel.text()


def test_an_overdue_callback_says_how_late(qtbot, window, ui, late_and_new):
    late, _new = late_and_new
    ui.requests.dispatch(ui.desk, late.id, assignee="刘师傅")
    ui.requests.start(ui.desk, late.id)
    ui.requests.complete(ui.desk, late.id, note="已修好")
    ui.clock.advance(days=1, hours=3)
    window.tabs.setCurrentWidget(window.phone_tab)
    page = window.phone_tab.callbacks_page
    window.phone_tab.tabs.setCurrentWidget(page)
    page.reload()
    assert column(page.callbacks_model, "Deadline") == ["3 h 0 min overdue"]


def test_the_words_for_minutes_hours_and_days():
    now = datetime(2026, 3, 2, 12, 0)
    assert deadline_words(None, now) == ""
    assert deadline_words(now - timedelta(minutes=7), now) == "7 min overdue"
    assert deadline_words(now - timedelta(days=2, hours=5, minutes=3), now) == "2 d 5 h overdue"
    assert deadline_words(now + timedelta(hours=1, minutes=30), now) == "due in 1 h 30 min"
