"""Calls out (callbacks, appointments) are shown as outgoing, with why, in today's calls and in a unit's
history; incoming ones keep their category."""

import pytest
from PySide6.QtCore import Qt

from deskapp.domain.requests import Department
from deskapp.domain.visits import Purpose
from deskapp.ui.models.history import HistoryModel
from deskapp.ui.models.requests import CallsModel


@pytest.fixture
def called_back(ui):
    d, desk = ui.directory, ui.desk
    unit = d.create_unit(desk, "3-2-1502")
    owner = d.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13812345678"])
    ui.calls.record_incoming(desk, started_at=ui.calls.now(), phone="13812345678", unit="3-2-1502",
                             resident_id=owner.id, category=Purpose.REPAIR, content="门锁坏了", confirmed=True,
                             outcome="request", department=Department.ENGINEERING)
    [request] = ui.requests.search(desk)
    ui.requests.dispatch(desk, request.id, assignee="刘师傅")
    ui.requests.start(desk, request.id)
    ui.requests.complete(desk, request.id, note="已修好")
    ui.clock.advance(minutes=5)
    ui.requests.call_back(desk, request.id, outcome="no_answer")
    return unit


def cells(model, row: int) -> dict[str, str]:
    return {model.headerData(c, Qt.Orientation.Horizontal): model.index(row, c).data() for c in range(model.columnCount())}


def test_todays_calls_show_a_callback_as_outgoing_with_its_purpose(qtbot, window, called_back):
    page = window.phone_tab.call_page
    window.tabs.setCurrentWidget(window.phone_tab)
    window.phone_tab.tabs.setCurrentWidget(page)
    model: CallsModel = page.calls.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    out, incoming = cells(model, 0), cells(model, 1)
    assert (out["Direction"], out["Purpose"], out["Outcome"], out["Who"]) == (
        "Outgoing", "Callback", "No answer R0000001", "王建国")
    assert (incoming["Direction"], incoming["Purpose"]) == ("Incoming", "Repair")


def test_a_units_history_shows_the_callback_as_an_outgoing_call(qtbot, ui, called_back):
    model = HistoryModel()
    model.set_rows(ui.history.unit_history(ui.desk, called_back.id))
    rows = [cells(model, r) for r in range(model.rowCount())]
    out = next(r for r in rows if r["Kind"] == "Outgoing call")
    assert "Callback" in out["Content"] and "No answer" in out["Content"] and "R0000001" in out["Content"]
    assert [r["Kind"] for r in rows].count("Call") == 1  # the incoming one stays a call
