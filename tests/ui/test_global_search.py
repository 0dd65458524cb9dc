"""The one search box by keys: Ctrl+K from anywhere, type, Up/Down, Enter lands on the record in its tab;
Esc closes; a role sees only its kinds."""

from __future__ import annotations

from dataclasses import replace

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from deskapp.domain.passes import pass_number
from deskapp.domain.requests import Department
from deskapp.domain.roles import Role
from deskapp.domain.visits import Purpose
from deskapp.services.search_all import HitKind
from deskapp.ui.dialogs.global_search import GlobalSearchDialog
from tests.integration.test_passes import issue
from tests.ui.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def estate(ui):
    desk = ui.desk
    unit = ui.directory.create_unit(desk, "3-2-1502")
    owner = ui.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    other = ui.directory.create_unit(desk, "5-1-101")
    ui.directory.add_resident(desk, other.id, name="陈邻居", role="owner", phones=["13700002222"])
    return {"unit": unit, "owner": owner, "other": other}


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()  # it deletes itself when closed


def key(qtbot, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the cursor is (as the user's hands would send it)."""
    w = QApplication.focusWidget()
    assert w is not None, "no field has the cursor"
    QTest.keyClick(w, k, modifier)
    QApplication.processEvents()


def ctrl_k(qtbot, window) -> GlobalSearchDialog:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=1000)
    key(qtbot, Qt.Key.Key_K, CTRL)
    dialog = window.findChild(GlobalSearchDialog, "globalSearchDialog")
    assert dialog is not None, "Ctrl+K opened no search box"
    qtbot.waitUntil(dialog.isVisible, timeout=1000)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=1000)
    assert QApplication.focusWidget() is dialog.ui.globalSearchEdit
    return dialog


def search(qtbot, window, text: str) -> GlobalSearchDialog:
    dialog = ctrl_k(qtbot, window)
    type_text(QApplication.focusWidget(), text)
    qtbot.waitUntil(lambda: bool(dialog.hits()), timeout=2000)  # after the pause in typing
    return dialog


def test_a_room_lands_on_the_unit_in_the_directory(qtbot, window, estate):
    dialog = search(qtbot, window, "5-1-101")
    assert dialog.current_hit().kind is HitKind.UNIT
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog), timeout=1000)
    assert window.tabs.currentWidget() is window.directory_tab
    assert window.directory_tab.unit is not None and window.directory_tab.unit.id == estate["other"].id


def test_a_pass_number_lands_on_the_pass_in_the_list(qtbot, ui, window, estate):
    p = issue(ui, ui.desk, estate)
    dialog = search(qtbot, window, pass_number(p.id))
    assert [h.kind for h in dialog.hits()] == [HitKind.PASS]
    key(qtbot, Qt.Key.Key_Return)
    assert closed(dialog)
    tab = window.passes_tab
    assert window.tabs.currentWidget() is tab and tab.tabs.currentWidget() is tab.list_page
    current = tab.list_page.pass_list.current()
    assert current is not None and current.id == p.id


def test_a_request_number_lands_on_the_request_even_when_closed(qtbot, ui, window, estate):
    r = ui.requests.register(ui.desk, unit="3-2-1502", category=Purpose.REPAIR, description="厨房水管漏水",
                             department=Department.ENGINEERING)
    ui.requests.cancel(ui.desk, r.id, reason="业主自己修好了")
    dialog = search(qtbot, window, r.number)
    assert (HitKind.REQUEST, r.id) in {(h.kind, h.id) for h in dialog.hits()}
    while dialog.current_hit().kind is not HitKind.REQUEST:
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    page = window.phone_tab.requests_page
    assert window.tabs.currentWidget() is window.phone_tab and window.phone_tab.tabs.currentWidget() is page
    assert page.request is not None and page.request.id == r.id


def test_up_and_down_move_between_lines_and_esc_closes(qtbot, ui, window, estate):
    issue(ui, ui.desk, estate)
    dialog = search(qtbot, window, "3-2-1502")  # the unit, its pass
    hits = dialog.hits()
    assert len(hits) >= 2
    assert dialog.current_hit() == hits[0]
    key(qtbot, Qt.Key.Key_Down)
    assert dialog.current_hit() == hits[1]
    assert QApplication.focusWidget() is dialog.ui.globalSearchEdit  # the text keeps the cursor
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Up)  # stops at the first line
    assert dialog.current_hit() == hits[0]
    before = window.tabs.currentWidget()
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog), timeout=1000)
    assert window.tabs.currentWidget() is before


def test_nothing_found_says_so_and_enter_does_nothing(qtbot, window, estate):
    dialog = ctrl_k(qtbot, window)
    type_text(QApplication.focusWidget(), "%_🔥")
    dialog.ui.globalSearchEdit.insert("\x00")  # pasted: no key types a NUL
    qtbot.waitUntil(lambda: "Nothing found" in dialog.ui.globalSearchMessage.text(), timeout=2000)
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    key(qtbot, Qt.Key.Key_Escape)


def test_a_guard_is_not_shown_requests(qtbot, ui, make_window, estate):
    r = ui.requests.register(ui.desk, unit="3-2-1502", category=Purpose.REPAIR, description="厨房水管漏水",
                             department=Department.ENGINEERING, contact_phone="13912345678")
    guard = replace(ui.member(ui.admin, "3001", Role.GUARD, name="陈强", settled=True), station="north-gate")
    window = make_window(guard)
    dialog = search(qtbot, window, "3-2-1502")
    assert HitKind.REQUEST not in {h.kind for h in dialog.hits()}
    assert r.id not in {h.id for h in dialog.hits() if h.kind is HitKind.REQUEST}
    shown = " ".join(h.title + h.detail for h in dialog.hits())
    assert "13912345678" not in shown
    key(qtbot, Qt.Key.Key_Escape)


def open_first(qtbot, window, text: str, kind: HitKind):
    dialog = search(qtbot, window, text)
    while dialog.current_hit().kind is not kind:
        key(qtbot, Qt.Key.Key_Down)
    hit = dialog.current_hit()
    key(qtbot, Qt.Key.Key_Return)
    assert closed(dialog)
    return hit


def test_a_slip_lands_on_the_guest_and_a_visit_on_the_visit(qtbot, ui, window, estate):
    guest = ui.guests.check_in(ui.desk, name="刘洋", phone="13655557777", host_unit="3-2-1502", people=1,
                               plate="", purpose="探亲", stay_minutes=60)
    open_first(qtbot, window, guest.slip_no, HitKind.GUEST)
    v = window.visits_tab
    assert window.tabs.currentWidget() is v and v.tabs.currentWidget() is v.guest_page
    assert v.guest_page.guest_list.current().id == guest.id
    visit = ui.visits.record(ui.desk, unit="5-1-101", resident_id=None, visitor_name="陈邻居", purpose=Purpose.INQUIRY,
                             content="问停车费", confirmed=True, outcome="resolved", resolution="已答复")
    open_first(qtbot, window, "陈邻居", HitKind.VISIT)
    assert v.tabs.currentWidget() is v.visit_page and v.visit_page.visit_list.current().id == visit.id


def test_a_card_a_receipt_and_an_event_land_on_their_pages(qtbot, ui, window, estate):
    from deskapp.domain.cards import Step
    from deskapp.domain.control import EventKind, Source
    from deskapp.services.control import EventInput
    from tests.integration.test_cards import to_step

    app = to_step(ui, ui.desk, {"owner": estate["owner"], "tenant": estate["owner"]}, Step.AUTHORISE,
                  card_no="0012345678")
    open_first(qtbot, window, "0012-345678", HitKind.CARD)
    assert window.tabs.currentWidget() is window.card_page
    assert window.card_page.looked_up is not None and window.card_page.looked_up.card_no == "0012345678"
    open_first(qtbot, window, app.number, HitKind.RECEIPT)
    assert window.card_page.shown is not None and window.card_page.shown.id == app.id
    event = ui.control.log_event(ui.desk, EventInput(Source.FIRE_PANEL, EventKind.FIRE, text="烟感报警",
                                                     device_address="1-023"))
    open_first(qtbot, window, event.label, HitKind.EVENT)
    c = window.control_tab
    assert window.tabs.currentWidget() is c and c.tabs.currentWidget() is c.alarm_page
    assert c.alarm_page.current() is not None and c.alarm_page.current().id == event.id
