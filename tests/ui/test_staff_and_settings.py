"""The administrator's staff tab, password dialogs, station and site settings."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from deskapp.config import StationConfig
from deskapp.domain.roles import Role
from deskapp.printing.pages import PageSize
from deskapp.ui.dialogs.settings import SiteDialog, StationDialog
from tests.ui.conftest import drive_modal, press, type_text


@pytest.fixture
def admin_window(make_window, ui):
    return make_window(ui.admin)


def test_admin_creates_a_staff_member_who_must_then_change_the_password(qtbot, ui, admin_window, make_window):
    tab = admin_window.staff_tab
    admin_window.tabs.setCurrentWidget(tab)

    def fill(dialog):
        u = dialog.ui
        type_text(u.staffNoEdit, "1001")
        type_text(u.nameEdit, "李娜")
        press(u.receptionistCheck, Qt.Key.Key_Space)
        type_text(u.passwordEdit, "first-password")
        press(u.passwordEdit, Qt.Key.Key_Return)

    drive_modal(lambda: qtbot.mouseClick(tab.ui.newStaffButton, Qt.MouseButton.LeftButton), fill)
    qtbot.waitUntil(lambda: any(s.staff_no == "1001" for s in tab.model.rows()))  # through the change feed
    row = next(s for s in tab.model.rows() if s.staff_no == "1001")
    assert row.roles == {Role.RECEPTIONIST} and row.must_change_password
    actor = ui.auth.login("1001", "first-password", station="desk-2")
    w = make_window(actor)

    def change(dialog):
        type_text(dialog.ui.currentPasswordEdit, "first-password")
        type_text(dialog.ui.newPasswordEdit, "my-own-password")
        type_text(dialog.ui.newPasswordAgainEdit, "my-own-password")
        press(dialog.ui.newPasswordAgainEdit, Qt.Key.Key_Return)

    drive_modal(w.ask_password_change_if_needed, change)
    assert ui.auth.login("1001", "my-own-password", station="desk-2")


def test_a_duplicate_staff_number_is_shown_at_the_field(qtbot, ui, admin_window):
    seen = {}

    def fill(dialog):
        type_text(dialog.ui.staffNoEdit, "8001")
        type_text(dialog.ui.nameEdit, "王芳")
        dialog.ui.guardCheck.setChecked(True)
        type_text(dialog.ui.passwordEdit, "first-password")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        seen["error"] = dialog.findChild(type(dialog.ui.messageLabel), "staffNoEditError").text()

    drive_modal(admin_window.staff_tab.new, fill)
    assert "8001 is already in use" in seen["error"]


def test_the_staff_list_follows_changes_made_elsewhere_and_keeps_the_selection(qtbot, ui, admin_window):
    tab = admin_window.staff_tab
    admin_window.tabs.setCurrentWidget(tab)
    tab.list.select_key(ui.desk.staff_id)
    ui.staff.create_staff(ui.admin, staff_no="1002", name="王芳", roles={Role.GUARD}, password="first-password")
    assert not any(s.staff_no == "1002" for s in tab.model.rows())  # not in the middle of the save
    qtbot.waitUntil(lambda: any(s.staff_no == "1002" for s in tab.model.rows()))
    assert tab.selected() is not None and tab.selected().staff_no == "8001"
    assert tab.ui.editStaffButton.isEnabled()


def test_reset_password_from_the_staff_tab(qtbot, ui, admin_window):
    tab = admin_window.staff_tab
    row = next(i for i, s in enumerate(tab.model.rows()) if s.staff_no == "8001")
    tab.ui.staffTable.selectRow(row)

    def fill(dialog):
        assert not dialog.ui.currentPasswordEdit.isVisibleTo(dialog)
        type_text(dialog.ui.newPasswordEdit, "temporary-9")
        type_text(dialog.ui.newPasswordAgainEdit, "temporary-9")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    drive_modal(tab.reset_password, fill)
    assert ui.auth.login("8001", "temporary-9", station="x")
    assert ui.auth.must_change_password(ui.desk)


def test_station_settings_are_saved_on_this_pc(qtbot, tmp_path):
    path = tmp_path / "station.json"
    config = StationConfig(station_name="pc")
    dialog = StationDialog(config=config, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.stationNameEdit.clear()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not path.exists()  # a station needs a name
    type_text(dialog.ui.stationNameEdit, "监控中心1")
    dialog.ui.profileCombo.setCurrentIndex(dialog.ui.profileCombo.findData("control_room"))
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.ui.unitCardPageCombo.setCurrentIndex(dialog.ui.unitCardPageCombo.findData("A5"))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    saved = StationConfig.load(path)
    assert (saved.station_name, saved.profile, saved.language) == ("监控中心1", "control_room", "en")
    assert saved.printer_for("unit_card").page == "A5" and dialog.language_changed


def test_station_settings_choose_a_page_per_printout_and_the_receipt_roll(qtbot, tmp_path):
    path = tmp_path / "station.json"
    dialog = StationDialog(config=StationConfig(station_name="pc"), path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    slip = dialog.findChild(QComboBox, "visitorSlipPageCombo")
    roll_call = dialog.findChild(QComboBox, "rollCallPageCombo")
    assert slip.currentData() == "" and "A5" in slip.currentText()  # standard: A5
    assert [roll_call.itemData(i) for i in range(roll_call.count())] == ["", "A4"]
    dialog.ui.receiptRollCheck.setChecked(True)
    assert "80" in slip.currentText()  # the standard follows the receipt roll at once
    work_order = dialog.findChild(QComboBox, "workOrderPageCombo")
    work_order.setCurrentIndex(work_order.findData("A4"))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    saved = StationConfig.load(path)
    assert saved.receipt_roll and saved.page_for("visitor_slip") == PageSize.RECEIPT_80
    assert saved.page_for("work_order") == PageSize.A4


def test_site_settings_change_the_idle_lock(qtbot, ui, admin_window):
    dialog = SiteDialog(site=ui.site, actor=ui.admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.idleLockSpin.setValue(3)
    dialog.ui.centrePhoneEdit.setText("12")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and ui.site.settings().idle_lock_minutes == 10  # nothing saved
    dialog.ui.centrePhoneEdit.setText("020-38881234")
    dialog.ui.responseSpin.setValue(10)
    dialog.ui.classesEdit.setPlainText("服务态度\n工程质量")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settings = ui.site.settings()
    assert (settings.idle_lock_minutes, settings.response_minutes, settings.complaint_classes) == (
        3, 10, ("服务态度", "工程质量"))


def test_log_out_closes_the_window(qtbot, admin_window):
    admin_window.findChild(type(admin_window.menuBar().actions()[0]), "logOutAction").trigger()
    assert admin_window.did_log_out and not admin_window.isVisible()
    assert not admin_window.live.running  # the live refresh stops with the window
