"""What a receptionist may not do is not offered: a serious hold's lift, a dispatched request's cancel."""

from deskapp.domain.requests import Department, RequestState
from deskapp.domain.roles import Role
from deskapp.domain.visits import Purpose
from tests.ui.conftest import type_text


def test_a_receptionist_may_lift_an_arrears_hold_but_not_a_dispute(qtbot, ui, make_window):
    unit = ui.directory.create_unit(ui.desk, "5-1-101")
    ui.directory.add_note(ui.desk, unit.id, kind="arrears", text="欠物业费三个月")
    ui.directory.add_note(ui.desk, unit.id, kind="dispute", text="与楼下漏水纠纷")
    clerk = ui.member(ui.admin, "1001", Role.RECEPTIONIST, settled=True)
    w = make_window(clerk)
    tab = w.directory_tab
    w.tabs.setCurrentWidget(tab)
    type_text(tab.ui.searchEdit, "5-1-101")
    qtbot.waitUntil(lambda: len(tab.notes.rows()) == 2)
    kinds = {}
    for row, note in enumerate(tab.notes.rows()):
        tab.ui.notesTable.selectRow(row)
        kinds[note.kind.value] = tab.ui.voidNoteButton.isEnabled()
    assert kinds == {"arrears": True, "dispute": False}


def test_a_receptionist_may_cancel_a_registered_request_but_not_a_dispatched_one(qtbot, ui, make_window):
    clerk = ui.member(ui.admin, "1001", Role.RECEPTIONIST, settled=True)
    ui.directory.create_unit(ui.desk, "3-2-1502")
    ui.requests.register(ui.desk, unit="3-2-1502", category=Purpose.REPAIR, description="门锁坏了",
                                 department=Department.ENGINEERING)
    second = ui.requests.register(ui.desk, unit="3-2-1502", category=Purpose.REPAIR, description="灯坏了",
                                  department=Department.ENGINEERING)
    ui.requests.dispatch(ui.desk, second.id, assignee="刘师傅")
    w = make_window(clerk)
    page = w.phone_tab.requests_page
    w.tabs.setCurrentWidget(w.phone_tab)
    w.phone_tab.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: len(page.list.rows()) == 2)
    enabled = {}
    for row, req in enumerate(page.list.rows()):
        page.r.requestsTable.selectRow(row)
        qtbot.waitUntil(lambda req=req: page.request is not None and page.request.id == req.id)
        enabled[req.state] = page.r.cancelRequestButton.isEnabled()
    assert enabled == {RequestState.REGISTERED: True, RequestState.DISPATCHED: False}
