"""The audit viewer from the lists: a supervisor selects a row and presses Ctrl+H (or picks "History…" in
the list's context menu) and the record's history opens; a role without AUDIT_VIEW has no such action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTableView

from deskapp.domain.roles import Role
from deskapp.ui.dialogs.audit_history import AuditHistoryDialog
from deskapp.ui.pages import ListPanel
from tests.conftest import PASSWORD
from tests.ui.conftest import drive_modal, press, type_text
from tests.ui.test_passes_tab import estate, issued, open_page  # noqa: F401 - estate is a fixture
from tests.ui.test_visits_tab import record


def read_history(table_view: QTableView, trigger) -> dict:
    """Open the history by ``trigger`` and read what the dialog shows."""
    seen: dict = {}

    def check(dialog) -> None:
        seen["name"] = dialog.objectName()
        view = dialog.findChild(QTableView, "auditHistoryTable")
        model = view.model()
        seen["rows"] = [[model.index(r, c).data() for c in range(model.columnCount())]
                        for r in range(model.rowCount())]
        seen["title"] = dialog.ui.auditHistoryTitle.text()
        seen["message"] = dialog.ui.messageLabel.text()
        dialog.reject()

    drive_modal(trigger, check)
    return seen


def history_action(view: QTableView) -> QAction | None:
    return view.findChild(QAction, "auditHistoryAction")


def test_ctrl_h_on_the_visits_list_shows_the_visit_created_and_voided(qtbot, ui, window, estate):  # noqa: F811
    visit = record(ui, ui.desk, unit="3-2-1502", content="电梯异响")
    ui.clock.advance(minutes=3)
    ui.visits.void(ui.desk, visit.id, reason="重复登记")
    page = window.visits_tab.visit_page
    window.tabs.setCurrentWidget(window.visits_tab)
    window.visits_tab.tabs.setCurrentWidget(page)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: page.visit_list.select_key(visit.id))
    seen = read_history(page.ui.visitsTable,
                        lambda: press(page.ui.visitsTable, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier))
    assert seen["name"] == "auditHistoryDialog"
    assert seen["title"] == f"History of Visit #{visit.id}"
    created, voided = seen["rows"]
    assert created[1:4] == ["赵敏 (8001)", "desk-1", "Created"]
    assert created[5].startswith("created with: ") and "Content: 电梯异响" in created[5]
    assert "Created at" not in created[5]  # the entry's own time says it
    assert voided[1:4] == ["赵敏 (8001)", "desk-1", "Voided"] and voided[4:7] == ["", "", "重复登记"]


def test_the_context_menu_action_on_the_passes_list_shows_a_pass_s_history(qtbot, ui, window, estate):  # noqa: F811
    p = issued(ui, estate)
    ui.clock.advance(minutes=3)
    ui.passes.void(ui.desk, p.id, reason="业主取消搬家")
    page = open_page(window, "list_page")
    qtbot.waitUntil(lambda: page.pass_list.select_key(p.id))
    view = page.ui.passesTable
    action = history_action(view)
    assert action is not None and action in view.actions() and action.isEnabled()
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu  # the action is the menu
    assert action.text() == "History…" and action.shortcut().toString() == "Ctrl+H"
    seen = read_history(view, action.trigger)
    actions = [row[3] for row in seen["rows"]]
    assert actions[0] == "Created" and actions[-1] == "Voided"
    assert seen["rows"][-1][6] == "业主取消搬家"


def test_the_directory_s_residents_and_units_have_their_history(qtbot, ui, window, estate):  # noqa: F811
    owner = estate["owner"]
    ui.clock.advance(minutes=3)
    ui.directory.update_resident(ui.desk, owner.id, name="王建国", role="owner", phones=["13812345678"],
                                 notes="常在家")
    tab = window.directory_tab
    window.tabs.setCurrentWidget(tab)
    type_text(tab.ui.searchEdit, "3-2-1502")
    qtbot.waitUntil(lambda: tab.residents.rowCount() == 2)
    assert tab.residents_list.select_key(owner.id)
    seen = read_history(tab.ui.residentsTable,
                        lambda: press(tab.ui.residentsTable, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier))
    assert [row[3] for row in seen["rows"]] == ["Created", "Changed"]
    assert seen["rows"][1][4:6] == ["Notes", "(empty) → 常在家"]
    tab.ui.resultsTable.selectRow(0)
    seen = read_history(tab.ui.resultsTable, history_action(tab.ui.resultsTable).trigger)
    assert seen["title"] == f"History of Unit #{estate['unit'].id}"
    assert "Room: 3-2-1502" in seen["rows"][0][5]


def test_nothing_selected_opens_nothing(qtbot, ui, window):
    page = window.visits_tab.visit_page
    action = history_action(page.ui.visitsTable)
    assert action is not None and not action.isEnabled()
    page.visit_list.show_history()  # no row: no dialog (a modal one would hang the test)
    assert QApplication.activeModalWidget() is None


def test_a_role_without_audit_view_gets_no_history_action(qtbot, ui, make_window):
    clerk = ui.member(ui.admin, "1001", Role.RECEPTIONIST, settled=True)
    w = make_window(clerk)
    panels = [p for i in range(w.tabs.count()) for p in w.tabs.widget(i).findChildren(ListPanel)]
    assert any(p.audit is not None for p in panels)  # the lists say which record a row is …
    assert all(p.history_action is None for p in panels)  # … but no one offers its history
    assert w.findChildren(QAction, "auditHistoryAction") == []


def test_every_list_of_records_offers_the_history_to_a_supervisor(ui, make_window):
    w = make_window(ui.admin)  # every tab
    panels = [p for i in range(w.tabs.count()) for p in w.tabs.widget(i).findChildren(ListPanel)]
    declared = {p.audit[0] for p in panels if p.audit is not None}
    assert {"visit", "guest_visit", "call", "request", "unit", "resident", "unit_note", "staff", "move_pass",
            "control_event", "control_fault", "control_device", "card_application"} <= declared
    assert declared <= ui.audit_view.tables()
    assert all(p.history_action is not None for p in panels if p.audit is not None)


def test_the_dialog_says_when_there_is_nothing_to_show(qtbot, ui):
    dialog = AuditHistoryDialog(audit=ui.audit_view, actor=ui.desk, table="visit", record_id=424242)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "no such record" in dialog.ui.messageLabel.text()


def test_a_receptionist_taking_over_a_supervisor_s_locked_window_has_no_history(qtbot, ui, window):
    assert window.findChildren(QAction, "auditHistoryAction")  # the supervisor's lists offer it
    ui.member(ui.admin, "1002", Role.RECEPTIONIST, name="吴芳", settled=True)
    window.lock()
    panel = window.lock_panel.ui
    panel.staffNoEdit.clear()
    type_text(panel.staffNoEdit, "1002")
    type_text(panel.passwordEdit, PASSWORD)
    press(panel.passwordEdit, Qt.Key.Key_Return)
    assert not window.locked and window.actor.staff_no == "1002"
    page = window.visits_tab.visit_page
    assert page.visit_list.history_action is None and history_action(page.ui.visitsTable) is None
    page.ui.visitsTable.setFocus()
    press(page.ui.visitsTable, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # does nothing
    assert QApplication.activeModalWidget() is None
