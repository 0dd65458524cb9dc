"""Security at the desk, driven through the real widgets: a pasted ID number is checked whole against the
do-not-admit list; a member whose account changed is sent back to the login at the next save."""

from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from deskapp.domain.roles import Role
from tests.conftest import PASSWORD
from tests.integration.test_guest_ids import GUEST_ID
from tests.ui.conftest import drive_modal, press, type_text


@pytest.fixture
def estate(ui):
    return {room: ui.directory.create_unit(ui.desk, room).id for room in ("3-2-1502", "5-1-101")}


@pytest.fixture
def gate(window, estate):
    """The guests page of the desk member's window, in front."""
    tab = window.visits_tab
    tab.rooms.reload()
    tab.tabs.setCurrentWidget(tab.guest_page)
    return tab.guest_page


@contextmanager
def no_dialog_left_open():
    """Closes any modal dialog (a slip preview after a save that should have been refused) and names it,
    so that a wrong outcome fails the test instead of hanging it."""
    opened: list[str] = []

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            opened.append(dialog.objectName())
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(100)
    try:
        yield opened
    finally:
        timer.stop()


def test_a_pasted_full_id_is_kept_whole_and_stops_a_guest_listed_by_its_last_six(qtbot, gate, ui):
    ui.guests.add_to_watchlist(ui.desk, id_last=GUEST_ID[-6:], reason="冒充业主")
    g = gate.ui
    type_text(g.guestNameEdit, "赵六")
    type_text(g.hostUnitEdit, "3-2-1502")
    QApplication.clipboard().setText(GUEST_ID)
    press(g.idLastEdit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert g.idLastEdit.text() == GUEST_ID  # not cut to its first six (the region code)
    seen = {}

    def stopped(dialog):
        seen["dialog"] = dialog.objectName()
        seen["warning"] = dialog.ui.warningLabel.text() if hasattr(dialog, "ui") else ""
        dialog.reject()

    drive_modal(gate.check_in, stopped)
    assert seen["dialog"] != "printPreviewDialog" and "冒充业主" in seen["warning"]
    assert ui.guests.on_site(ui.desk) == []


def test_a_mistyped_full_id_is_refused_at_its_field(qtbot, gate, ui):
    g = gate.ui
    type_text(g.guestNameEdit, "赵六")
    type_text(g.hostUnitEdit, "3-2-1502")
    type_text(g.idLastEdit, GUEST_ID[:-1] + str((int(GUEST_ID[-1]) + 1) % 10))  # the last one mistyped
    press(g.idLastEdit, Qt.Key.Key_Return)
    error = gate.findChild(type(g.guestMessageLabel), "idLastEditError")
    assert error is not None and "check digit" in error.text()
    assert ui.guests.on_site(ui.desk) == [] and g.idLastEdit.text() != ""


def test_a_member_deactivated_meanwhile_is_sent_back_to_the_login_at_the_next_save(qtbot, window, gate, ui):
    ui.staff.update_staff(ui.admin, ui.desk.staff_id, name=ui.desk.name, roles=set(ui.desk.roles), active=False)
    g = gate.ui
    type_text(g.guestNameEdit, "刘洋")
    type_text(g.hostUnitEdit, "3-2-1502")
    with no_dialog_left_open() as opened:
        press(g.hostUnitEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.locked)
    assert opened == [] and "deactivated" in window.lock_panel.ui.promptLabel.text()
    assert ui.guests.on_site(ui.admin) == [] and not window.menuBar().isEnabled()


def test_after_a_role_is_taken_away_logging_in_again_brings_the_new_tabs(qtbot, make_window, ui, estate):
    ui.member(ui.admin, "1001", Role.RECEPTIONIST, Role.GUARD, settled=True)
    window = make_window(ui.auth.login("1001", PASSWORD, station="desk-1"))
    assert window.phone_tab is not None
    ui.staff.update_staff(ui.admin, window.actor.staff_id, name="李娜", roles={Role.GUARD}, active=True)
    page = window.visits_tab.guest_page
    window.visits_tab.tabs.setCurrentWidget(page)
    type_text(page.ui.guestNameEdit, "刘洋")
    type_text(page.ui.hostUnitEdit, "3-2-1502")
    with no_dialog_left_open() as opened:
        press(page.ui.hostUnitEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.locked)
    assert opened == []
    assert "changed your roles" in window.lock_panel.ui.promptLabel.text()
    panel = window.lock_panel.ui
    type_text(panel.passwordEdit, PASSWORD)
    press(panel.passwordEdit, Qt.Key.Key_Return)
    assert not window.locked and window.actor.roles == {Role.GUARD} and window.phone_tab is None


def test_the_override_dialog_waits_after_too_many_wrong_passwords(qtbot, make_window, ui, estate):
    ui.guests.add_to_watchlist(ui.desk, name="张三", reason="多次滋扰业主")
    guard = ui.member(ui.admin, "3001", Role.GUARD, settled=True)
    visits = make_window(guard).visits_tab
    visits.tabs.setCurrentWidget(visits.guest_page)
    type_text(visits.guest_page.ui.guestNameEdit, "张三")
    type_text(visits.guest_page.ui.hostUnitEdit, "3-2-1502")
    seen = {}

    def guess(dialog):
        type_text(dialog.ui.overrideStaffNoEdit, "8001")
        type_text(dialog.ui.overrideReasonEdit, "业主到门岗亲自接")
        for _ in range(3):
            type_text(dialog.ui.overridePasswordEdit, "guessing-1")
            qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        seen["error"] = dialog.findChild(type(dialog.ui.messageLabel), "overridePasswordEditError").text()
        seen["ok"] = dialog.ok_button().isEnabled()
        seen["wait"] = dialog.wait_timer.remainingTime()
        dialog.reject()

    drive_modal(visits.guest_page.check_in, guess)
    assert "30 seconds" in seen["error"] and not seen["ok"] and 25_000 < seen["wait"] <= 32_000  # a coarse timer
    assert ui.auth.login("8001", PASSWORD, station="desk-1").staff_no == "8001"  # not locked out
