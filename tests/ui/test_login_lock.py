"""Login at start, the set-up dialog, and the idle lock."""

import pytest
from PySide6.QtCore import Qt

from deskapp.domain.roles import Role
from deskapp.ui.dialogs.login import LoginDialog
from deskapp.ui.dialogs.setup import SetupDialog
from tests.conftest import PASSWORD
from tests.ui.conftest import press, type_text


@pytest.fixture
def login(qtbot, ui):
    dialog = LoginDialog(auth=ui.auth, station="desk-1", site_name="保利花园")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_log_in_with_the_keyboard_only(qtbot, login):
    ui = login.panel.ui
    assert ui.staffNoEdit.hasFocus() or login.focusWidget() is ui.staffNoEdit
    type_text(ui.staffNoEdit, "8001")
    press(ui.staffNoEdit, Qt.Key.Key_Return)
    assert ui.passwordEdit.hasFocus()
    type_text(ui.passwordEdit, PASSWORD)
    press(ui.passwordEdit, Qt.Key.Key_Return)
    assert login.result() == LoginDialog.DialogCode.Accepted
    assert login.actor.staff_no == "8001" and login.actor.station == "desk-1"


def test_a_wrong_password_is_said_clearly_and_the_password_cleared(qtbot, login):
    ui = login.panel.ui
    type_text(ui.staffNoEdit, "8001")
    type_text(ui.passwordEdit, "nope-nope")
    qtbot.mouseClick(ui.loginButton, Qt.MouseButton.LeftButton)
    assert "Wrong staff number or password" in ui.messageLabel.text()
    assert ui.passwordEdit.text() == "" and ui.staffNoEdit.text() == "8001"
    assert login.isVisible() and login.actor is None


def test_set_up_shows_each_problem_under_its_field_and_saves_nothing(qtbot, sqlite_world):
    dialog = SetupDialog(site=sqlite_world.site)
    qtbot.addWidget(dialog)
    dialog.show()
    u = dialog.ui
    type_text(u.siteNameEdit, "保利花园")
    type_text(u.centreNameEdit, "保利花园服务中心")
    type_text(u.centrePhoneEdit, "12345")
    type_text(u.adminStaffNoEdit, "9001")
    type_text(u.adminNameEdit, "周杰")
    type_text(u.passwordEdit, PASSWORD)
    type_text(u.passwordAgainEdit, "different-one")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    phone_error = dialog.findChild(type(u.messageLabel), "centrePhoneEditError")
    again_error = dialog.findChild(type(u.messageLabel), "passwordAgainEditError")
    assert "not a phone number" in phone_error.text() and phone_error.isVisibleTo(dialog)
    assert "not the same" in again_error.text()
    assert dialog.isVisible() and sqlite_world.site.needs_setup()
    assert u.siteNameEdit.text() == "保利花园"  # what was typed is kept
    u.centrePhoneEdit.clear()
    type_text(u.centrePhoneEdit, "020-38881234")
    u.passwordAgainEdit.clear()
    type_text(u.passwordAgainEdit, PASSWORD)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert not sqlite_world.site.needs_setup() and dialog.admin_staff_no == "9001"
    assert not phone_error.isVisibleTo(dialog)


def test_idle_locks_the_window_and_the_same_user_unlocks(qtbot, window, ui):
    assert window.idle.timer.interval() == 10 * 60_000
    window.idle.idle.emit()  # what ten quiet minutes do
    assert window.locked and not window.tabs.isVisible() and not window.menuBar().isEnabled()
    panel = window.lock_panel.ui
    assert panel.staffNoEdit.text() == "8001" and panel.passwordEdit.hasFocus()
    type_text(panel.passwordEdit, "wrong-password")
    press(panel.passwordEdit, Qt.Key.Key_Return)
    assert window.locked and "wrong" in panel.messageLabel.text().lower()
    type_text(panel.passwordEdit, PASSWORD)
    press(panel.passwordEdit, Qt.Key.Key_Return)
    assert not window.locked and window.tabs.isVisible() and window.actor.staff_no == "8001"


def test_another_member_can_take_over_a_locked_window_with_their_own_rights(qtbot, window, ui):
    ui.member(ui.admin, "3001", Role.GUARD, name="陈强", settled=True)
    window.lock()
    panel = window.lock_panel.ui
    panel.staffNoEdit.clear()
    type_text(panel.staffNoEdit, "3001")
    type_text(panel.passwordEdit, PASSWORD)
    press(panel.passwordEdit, Qt.Key.Key_Return)
    assert not window.locked and window.actor.staff_no == "3001"
    tab = window.directory_tab
    assert tab is not None and not tab.ui.addResidentButton.isVisibleTo(tab)
    assert window.staff_tab is None
    assert "3001" in window.status.text()


def test_key_presses_keep_the_window_unlocked(qtbot, window):
    window.idle.set_minutes(1)
    window.idle.timer.stop()
    press(window.directory_tab.ui.searchEdit, Qt.Key.Key_A)
    assert window.idle.timer.isActive()  # any input restarts the countdown


def test_ctrl_l_locks_at_once(qtbot, window):
    window.findChild(type(window.menuBar().actions()[0]), "lockAction").trigger()
    assert window.locked
