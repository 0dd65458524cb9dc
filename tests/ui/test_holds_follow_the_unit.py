"""A unit's holds (arrears, a dispute, special care) are the red banner wherever the unit is shown for
action: the call, the request's detail, the callback, the guest's host unit — as on the visit form."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from deskapp.domain.requests import Department
from deskapp.domain.visits import Purpose
from tests.ui.conftest import press, type_text


@pytest.fixture
def estate(ui):
    d, desk = ui.directory, ui.desk
    held = d.create_unit(desk, "6-2-1102")
    d.add_resident(desk, held.id, name="范国", role="owner", phones=["18829054321"])
    d.add_note(desk, held.id, kind="arrears", text="欠物业费 3 个月")
    clear = d.create_unit(desk, "5-1-101")
    d.add_resident(desk, clear.id, name="陈静", role="tenant", phones=["13900005678"])
    return held, clear


def shown(label, page) -> str:
    return label.text() if label.isVisibleTo(page) else ""


def leave(edit) -> None:
    """Tab out of a unit field as at the desk: with the completion list open the key goes to the list,
    which closes and passes it on."""
    popup = edit.completer().popup()
    if popup.isVisible():
        QTest.keyClick(popup, Qt.Key.Key_Tab)
    else:
        press(edit, Qt.Key.Key_Tab)


def test_the_callers_unit_shows_its_holds(qtbot, window, estate):
    window.new_call()
    page = window.phone_tab.call_page
    type_text(page.c.callerPhoneEdit, "188 2905 4321")
    assert page.c.callUnitEdit.text() == "6-2-1102"
    assert "欠物业费 3 个月" in shown(page.c.callHoldsLabel, page)
    page.c.callerPhoneEdit.clear()
    type_text(page.c.callerPhoneEdit, "13900005678")
    assert page.c.callUnitEdit.text() == "5-1-101" and shown(page.c.callHoldsLabel, page) == ""
    page.c.callUnitEdit.clear()
    type_text(page.c.callUnitEdit, "6-2-1102")  # typed by hand
    leave(page.c.callUnitEdit)
    assert "欠物业费 3 个月" in shown(page.c.callHoldsLabel, page)


def test_the_request_detail_shows_its_units_holds(qtbot, window, ui, estate):
    values = dict(category=Purpose.REPAIR, department=Department.ENGINEERING)
    held = ui.requests.register(ui.desk, unit="6-2-1102", description="门锁坏了", **values)
    public = ui.requests.register(ui.desk, unit="", location="地下车库", description="灯不亮", **values)
    window.tabs.setCurrentWidget(window.phone_tab)
    page = window.phone_tab.requests_page
    window.phone_tab.tabs.setCurrentWidget(page)
    assert not page.r.requestDetailPane.isVisibleTo(page)  # nothing selected: the list has the width
    assert page.list.select_key(held.id)
    assert page.r.requestDetailPane.isVisibleTo(page)
    assert "欠物业费 3 个月" in shown(page.r.requestHoldsLabel, page)
    assert page.list.select_key(public.id)
    assert shown(page.r.requestHoldsLabel, page) == ""
    assert page.list.select_key(held.id)
    ui.directory.add_note(ui.desk, held.unit_id, kind="dispute", text="与楼下漏水纠纷")  # at another station
    qtbot.waitUntil(lambda: "与楼下漏水纠纷" in shown(page.r.requestHoldsLabel, page))


def test_the_callback_shows_its_units_holds(qtbot, window, ui, estate):
    request = ui.requests.register(ui.desk, unit="6-2-1102", description="门锁坏了", category=Purpose.REPAIR,
                                   department=Department.ENGINEERING)
    ui.requests.dispatch(ui.desk, request.id, assignee="刘师傅")
    ui.requests.start(ui.desk, request.id)
    ui.requests.complete(ui.desk, request.id, note="已修好")
    window.tabs.setCurrentWidget(window.phone_tab)
    page = window.phone_tab.callbacks_page
    window.phone_tab.tabs.setCurrentWidget(page)
    assert shown(page.b.callbackHoldsLabel, page) == ""
    assert page.queue.select_key(request.id)
    assert "欠物业费 3 个月" in shown(page.b.callbackHoldsLabel, page)


def test_the_guests_host_unit_shows_its_holds(qtbot, window, estate):
    tab = window.visits_tab
    tab.tabs.setCurrentWidget(tab.guest_page)
    gate = tab.guest_page
    g = gate.ui
    type_text(g.hostUnitEdit, "6-2-1102")
    leave(g.hostUnitEdit)
    assert "欠物业费 3 个月" in shown(g.hostHoldsLabel, gate)
    type_text(g.hostUnitEdit, "x")  # typing again: the banner waits for the unit
    assert shown(g.hostHoldsLabel, gate) == ""
    g.hostUnitEdit.clear()
    type_text(g.hostUnitEdit, "5-1-101")
    leave(g.hostUnitEdit)
    assert shown(g.hostHoldsLabel, gate) == ""
