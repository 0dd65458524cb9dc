"""Issue 9, items 2 and 4 from the user's side: after a new search the detail belongs to the selected row
or is empty (no note can land on the previous unit), and a call saved on this very window reaches the
unit's history in the directory."""

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import press, type_text


@pytest.fixture
def units(ui):
    d, desk = ui.directory, ui.desk
    made = {room: d.create_unit(desk, room).id for room in ("4-2-1502", "7-2-101", "18-1-1201")}
    d.add_resident(desk, made["4-2-1502"], name="王建国", role="owner", phones=["13812345678"])
    d.add_resident(desk, made["7-2-101"], name="万浩", role="owner", phones=["13900001111"])
    d.add_resident(desk, made["18-1-1201"], name="万浩然", role="tenant", phones=["13900002222"])
    return made


def test_a_new_search_leaves_no_previous_unit_to_act_on(qtbot, window, units):
    tab = window.directory_tab
    window.tabs.setCurrentWidget(tab)
    type_text(tab.ui.searchEdit, "4-2-1502")
    assert tab.unit is not None and tab.ui.addNoteButton.isEnabled()
    tab.ui.searchEdit.selectAll()
    type_text(tab.ui.searchEdit, "万浩")
    assert {r.room_no for r in tab.results.rows()} == {"7-2-101", "18-1-1201"}
    assert tab.unit is None and tab.ui.unitTitleLabel.text() == ""
    for button in (tab.ui.addResidentButton, tab.ui.addNoteButton, tab.ui.printCardButton):
        assert not button.isEnabled(), button.objectName()
    press(tab.ui.searchEdit, Qt.Key.Key_Return)  # into the results: the first row, and its unit
    assert tab.unit.room_no == tab.results_list.current().room_no


def test_a_call_saved_here_reaches_the_directorys_history_of_the_unit(qtbot, window, ui, units):
    tab = window.directory_tab
    window.tabs.setCurrentWidget(tab)
    type_text(tab.ui.searchEdit, "4-2-1502")
    assert tab.history.rows() == []
    window.new_call()  # F2: the directory is hidden behind the phone tab now
    c = window.phone_tab.call_page.c
    type_text(c.callerPhoneEdit, "13812345678")
    c.callCategoryCombo.setCurrentIndex(c.callCategoryCombo.findData("inquiry"))
    type_text(c.callContentEdit, "问停水时间")
    c.answeredRadio.setChecked(True)
    press(c.callContentEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert c.callMessageLabel.text().startswith("Saved the call")
    qtbot.waitUntil(lambda: tab.stale)
    window.tabs.setCurrentWidget(tab)
    assert [(h.kind, h.text) for h in tab.history.rows()] == [("call", "问停水时间")]
    assert tab.unit.room_no == "4-2-1502"
