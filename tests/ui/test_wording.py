"""Words on the desk's screens: the scripts say 先生/女士, English counts are singular for one, and a unit
is called a unit in every list."""

from PySide6.QtCore import Qt

from deskapp.domain.visits import CLOSING_QUESTION


def headers(view) -> list[str]:
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_scripts_say_xiansheng_nvshi(window):
    assert "先生/女士" in CLOSING_QUESTION and "小姐" not in CLOSING_QUESTION
    closing = window.phone_tab.call_page.c.closingLabel.text()
    assert closing.count("先生/女士") == 2 and "小姐" not in closing
    assert "小姐" not in window.visits_tab.visit_page.ui.remindersLabel.text()


def test_one_guest_one_group_one_person(qtbot, window, ui):
    ui.directory.create_unit(ui.desk, "5-1-101")
    tab = window.visits_tab
    tab.tabs.setCurrentWidget(tab.guest_page)
    gate = tab.guest_page
    ui.guests.check_in(ui.desk, name="陈静", host_unit="5-1-101", stay_minutes=60)
    qtbot.waitUntil(lambda: "1 group, 1 person" in gate.ui.onSiteLabel.text())
    assert gate.ui.guestCountLabel.text() == "1 guest"
    ui.guests.check_in(ui.desk, name="周强", host_unit="5-1-101", stay_minutes=60, people=2)
    qtbot.waitUntil(lambda: "2 groups, 3 people" in gate.ui.onSiteLabel.text())
    assert gate.ui.guestCountLabel.text() == "2 guests"


def test_one_visit_and_one_row(qtbot, window, ui):
    ui.directory.create_unit(ui.desk, "5-1-101")
    ui.visits.record(ui.desk, unit="5-1-101", resident_id=None, visitor_name="刘洋", purpose="inquiry",
                     content="问停水", confirmed=True, outcome="resolved", resolution="已答")
    page = window.visits_tab.visit_page
    qtbot.waitUntil(lambda: page.ui.visitCountLabel.text() == "1 visit")
    window.tabs.setCurrentWidget(window.directory_tab)
    window.directory_tab.ui.searchEdit.setText("5-1-101")
    assert window.directory_tab.ui.resultCountLabel.text() == "1 row"


def test_every_list_calls_a_unit_a_unit(window):
    phone = window.phone_tab
    for view in (window.visits_tab.visit_page.ui.visitsTable, phone.call_page.c.callsTable,
                 phone.requests_page.r.requestsTable, phone.callbacks_page.b.callbacksTable,
                 window.directory_tab.ui.resultsTable):
        assert "Unit" in headers(view) and "Room" not in headers(view), view.objectName()
