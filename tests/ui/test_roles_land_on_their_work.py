"""Each role sees only what it can use, starting where its work is: no page with nothing to do on it,
no form a role cannot save, and F2 says so when the member does not take calls."""

import pytest
from PySide6.QtCore import Qt

from deskapp.domain.roles import Role
from tests.ui.conftest import press


def shown(widget, window) -> bool:
    return widget.isVisibleTo(window)


def page_titles(tab) -> list[str]:
    return [tab.tabs.tabText(i) for i in range(tab.tabs.count())]


@pytest.fixture
def as_role(ui, make_window):
    def make(staff_no: str, *roles: Role):
        return make_window(ui.member(ui.admin, staff_no, *roles, settled=True))
    return make


def test_a_guard_lands_on_the_guests_page_and_sees_no_visit_form(qtbot, as_role):
    w = as_role("3001", Role.GUARD)
    assert w.tabs.currentWidget() is w.visits_tab
    assert w.visits_tab.tabs.currentWidget() is w.visits_tab.guest_page
    visits = w.visits_tab.visit_page  # looking through the visits: the list, not an empty form area
    assert not shown(visits.ui.visitFormPane, w) and not shown(visits.ui.unitInfoLabel, w)
    assert shown(visits.ui.visitsTable, visits)
    assert w.phone_tab is None
    press(w.visits_tab.guest_page.ui.slipEdit, Qt.Key.Key_F2)
    assert "does not take calls" in w.statusBar().currentMessage()


def test_a_control_operator_lands_on_the_alarm_log_and_sees_no_form_or_step_it_cannot_use(qtbot, as_role):
    w = as_role("2001", Role.CONTROL_OPERATOR)
    assert w.tabs.currentWidget() is w.control_tab
    assert w.tabs.tabText(w.tabs.currentIndex()) == "Control room"
    assert w.control_tab.tabs.currentWidget() is w.control_tab.alarm_page
    assert shown(w.control_tab.alarm_page.ui.alarmFormPane, w)
    phone = w.phone_tab
    assert w.tabs.tabText(w.tabs.indexOf(phone)) == "Requests"
    assert phone.call_page is None and phone.callbacks_page is None  # no greeting without a form
    assert phone.pages == [phone.requests_page] and phone.tabs.currentWidget() is phone.requests_page
    r = phone.requests_page.r
    for name in ("newRequestButton", "dispatchButton", "startButton", "completeButton", "noteButton",
                 "reportButton", "cancelRequestButton", "closeRequestButton", "outgoingCallButton"):
        assert not shown(getattr(r, name), w), name
    assert shown(r.printWorkOrderButton, phone.requests_page)
    visits = w.visits_tab.visit_page
    assert not shown(visits.ui.visitFormPane, w)  # no "type a unit…" hint without a unit field
    assert w.visits_tab.guest_page is None
    w.tabs.setCurrentWidget(phone)
    press(r.requestSearchEdit, Qt.Key.Key_F2)
    assert "does not take calls" in w.statusBar().currentMessage()
    assert w.tabs.currentWidget() is w.phone_tab


def test_a_receptionist_lands_on_the_visit_form_and_has_every_phone_page(qtbot, as_role):
    w = as_role("1001", Role.RECEPTIONIST)
    assert w.tabs.currentWidget() is w.visits_tab
    assert w.visits_tab.tabs.currentWidget() is w.visits_tab.visit_page
    assert shown(w.visits_tab.visit_page.ui.visitFormPane, w)
    assert page_titles(w.phone_tab) == ["Calls", "Requests", "Callbacks"]
    assert w.tabs.tabText(w.tabs.indexOf(w.phone_tab)).startswith("Phone")
    press(w.visits_tab.visit_page.ui.unitEdit, Qt.Key.Key_F2)
    assert w.tabs.currentWidget() is w.phone_tab and phone_in_front(w)


def phone_in_front(w) -> bool:
    return w.phone_tab.tabs.currentWidget() is w.phone_tab.call_page
