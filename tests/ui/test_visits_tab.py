"""The visitor-reception tab driven with the keyboard: an owner's visit, a guest in and out."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPdf import QPdfDocument

from deskapp.domain.roles import Role
from deskapp.domain.visits import Outcome, Purpose
from deskapp.services.visits import VisitQuery
from tests.conftest import PASSWORD
from tests.ui.conftest import drive_modal, press, type_text


@pytest.fixture
def estate(ui):
    d, desk = ui.directory, ui.desk
    units = {room: d.create_unit(desk, room).id for room in ("3-2-1502", "5-1-101")}
    d.add_resident(desk, units["3-2-1502"], name="王建国", role="owner", phones=["13812345678"])
    d.add_resident(desk, units["3-2-1502"], name="李秀英", role="family", phones=["13900005678"])
    d.add_note(desk, units["3-2-1502"], kind="arrears", text="欠物业费三个月")
    return units


@pytest.fixture
def tab(window, estate):
    tab = window.visits_tab
    tab.rooms.reload()
    return tab


def test_the_front_desk_opens_on_visitors(window, ui):
    assert window.tabs.currentWidget() is window.visits_tab


def test_an_owners_visit_with_the_keyboard_only(qtbot, tab, ui):
    v = tab.v
    type_text(v.unitEdit, "3栋2单元1502")
    press(v.unitEdit, Qt.Key.Key_Tab)  # leaving the field looks the unit up
    assert tab.unit is not None and tab.unit.room_no == "3-2-1502" and v.unitEdit.text() == "3-2-1502"
    assert v.unitHoldsLabel.isVisibleTo(tab) and "欠物业费三个月" in v.unitHoldsLabel.text()
    assert v.visitorCombo.currentText().startswith("王建国")
    assert "王先生/小姐" in v.remindersLabel.text()  # the closing question with the owner's surname
    press(v.visitorCombo, Qt.Key.Key_Tab)
    press(v.purposeCombo, Qt.Key.Key_Down)  # — choose — → Report
    press(v.purposeCombo, Qt.Key.Key_Down)  # → Repair
    press(v.purposeCombo, Qt.Key.Key_Tab)
    type_text(v.contentEdit, "厨房水管漏水，下午在家")
    press(v.contentEdit, Qt.Key.Key_Tab)
    press(v.confirmedCheck, Qt.Key.Key_Space)
    press(v.confirmedCheck, Qt.Key.Key_Tab)
    press(v.resolvedRadio, Qt.Key.Key_Right)  # arrows move along the radio group, Space picks
    press(v.followUpRadio, Qt.Key.Key_Space)
    press(v.followUpRadio, Qt.Key.Key_Tab)  # what was done: nothing yet
    press(v.resolutionEdit, Qt.Key.Key_Tab)
    press(v.followUpDepartmentCombo, Qt.Key.Key_Down)  # — choose — → engineering
    press(v.followUpDepartmentCombo, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    visits = ui.visits.search(ui.desk, VisitQuery())
    assert [(x.room_no, x.visitor_name, x.purpose, x.content, x.confirmed, x.outcome) for x in visits] == [
        ("3-2-1502", "王建国", Purpose.REPAIR, "厨房水管漏水，下午在家", True, Outcome.FOLLOW_UP)]
    assert "Saved" in v.visitMessageLabel.text() and v.unitEdit.text() == ""  # ready for the next visitor
    requests = ui.requests.search(ui.desk)
    assert [(r.source, r.description, r.department.value) for r in requests] == [
        ("visit", "厨房水管漏水，下午在家", "engineering")]
    assert requests[0].number in v.visitMessageLabel.text()
    assert tab.visits_model.rowCount() == 1


def test_follow_up_without_a_department_saves_nothing(qtbot, tab, ui):
    v = tab.v
    type_text(v.unitEdit, "3-2-1502")
    tab.unit_entered()
    v.purposeCombo.setCurrentIndex(v.purposeCombo.findData("repair"))
    type_text(v.contentEdit, "门铃坏了")
    v.followUpRadio.setChecked(True)
    tab.save_visit()
    assert tab.findChild(type(v.visitMessageLabel), "followUpDepartmentComboError").text()
    assert ui.visits.search(ui.desk, VisitQuery()) == [] and ui.requests.search(ui.desk) == []


def test_missing_unit_purpose_and_content_are_shown_at_their_fields(qtbot, tab, ui):
    v = tab.v
    press(v.unitEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    for name in ("unitEditError", "purposeComboError", "contentEditError", "visitorNameEditError"):
        assert tab.findChild(type(v.visitMessageLabel), name).text(), name
    assert ui.visits.search(ui.desk, VisitQuery()) == []


def test_an_unknown_unit_and_a_bad_phone_are_refused(qtbot, tab, ui):
    v = tab.v
    type_text(v.unitEdit, "9-9-999")
    press(v.unitEdit, Qt.Key.Key_Tab)
    assert "no unit 9-9-999" in tab.findChild(type(v.visitMessageLabel), "unitEditError").text()
    v.unitEdit.clear()
    type_text(v.unitEdit, "5-1-101")
    press(v.unitEdit, Qt.Key.Key_Tab)
    assert v.visitorCombo.currentData() is None  # nobody lives there: another visitor
    type_text(v.visitorNameEdit, "刘师傅")
    type_text(v.visitorPhoneEdit, "12345")
    v.purposeCombo.setCurrentIndex(v.purposeCombo.findData("inquiry"))
    type_text(v.contentEdit, "问装修时间")
    v.resolvedRadio.setChecked(True)
    tab.save_visit()
    assert "not a phone number" in tab.findChild(type(v.visitMessageLabel), "visitorPhoneEditError").text()
    assert "what was done" in tab.findChild(type(v.visitMessageLabel), "resolutionEditError").text().lower()
    assert v.visitorNameEdit.text() == "刘师傅" and ui.visits.search(ui.desk, VisitQuery()) == []


def test_the_list_searches_and_voids(qtbot, tab, ui):
    for content in ("电梯异响", "咨询停车位"):
        ui.visits.record(ui.desk, unit="5-1-101", resident_id=None, visitor_name="刘洋", purpose="inquiry",
                         content=content, confirmed=True, outcome="follow_up")
    tab.reload_visits()
    type_text(tab.v.visitSearchEdit, "停车位")
    assert [x.content for x in tab.visits_model.rows()] == ["咨询停车位"]
    tab.v.visitsTable.selectRow(0)

    def reason(dialog):
        type_text(dialog.ui.reasonEdit, "重复登记")
        press(dialog.ui.reasonEdit, Qt.Key.Key_Return)

    drive_modal(tab.void_visit, reason)
    assert tab.visits_model.rows()[0].void_reason == "重复登记"


def test_a_guest_in_with_the_keyboard_and_out_by_slip_number(qtbot, tab, ui):
    tab.tabs.setCurrentWidget(tab.guest_page)
    g = tab.g
    type_text(g.guestNameEdit, "刘洋")
    press(g.guestNameEdit, Qt.Key.Key_Tab)
    type_text(g.guestPhoneEdit, "13600001111")
    press(g.guestPhoneEdit, Qt.Key.Key_Tab)
    type_text(g.hostUnitEdit, "3-2-1502")
    press(g.hostUnitEdit, Qt.Key.Key_Tab)
    press(g.peopleSpin, Qt.Key.Key_Up)  # 2 people
    press(g.peopleSpin, Qt.Key.Key_Tab)
    type_text(g.plateEdit, "粤A12345")
    seen = {}

    def slip(dialog):
        seen["title"] = dialog.windowTitle()
        seen["pages"] = dialog.document.pageCount() if dialog.document.status() == QPdfDocument.Status.Ready else 0
        dialog.reject()

    drive_modal(lambda: press(g.plateEdit, Qt.Key.Key_Return), slip)
    guest = tab.last_checked_in
    assert guest is not None and seen == {"title": f"访客单 {guest.slip_no}", "pages": 1}
    assert (guest.name, guest.people, guest.plate, guest.room_no) == ("刘洋", 2, "粤A12345", "3-2-1502")
    assert [x.slip_no for x in tab.on_site.rows()] == [guest.slip_no]
    assert g.guestNameEdit.text() == ""
    type_text(g.slipEdit, guest.slip_no)
    press(g.slipEdit, Qt.Key.Key_Return)
    assert "✓" in g.checkOutLabel.text() and tab.on_site.rowCount() == 0
    type_text(g.slipEdit, guest.slip_no)  # the same slip again: refused loudly
    press(g.slipEdit, Qt.Key.Key_Return)
    assert "⛔" in g.checkOutLabel.text() and "already checked out" in g.checkOutLabel.text()


def test_a_listed_guest_needs_a_supervisors_override(qtbot, ui, make_window, estate):
    ui.guests.add_to_watchlist(ui.desk, name="张三", reason="多次滋扰业主")
    clerk = ui.member(ui.admin, "1001", Role.RECEPTIONIST, settled=True)
    tab = make_window(clerk).visits_tab
    tab.tabs.setCurrentWidget(tab.guest_page)
    g = tab.g
    type_text(g.guestNameEdit, "张三")
    type_text(g.hostUnitEdit, "3-2-1502")
    seen = {}

    def refuse(dialog):
        seen["warning"] = dialog.ui.warningLabel.text()
        dialog.reject()

    drive_modal(tab.check_in, refuse)
    assert "多次滋扰业主" in seen["warning"] and g.watchHitLabel.isVisibleTo(tab)
    assert tab.on_site.rowCount() == 0 and g.guestNameEdit.text() == "张三"  # nothing saved, nothing lost

    def override(dialog):
        if dialog.objectName() == "printPreviewDialog":  # the slip, after a successful override
            dialog.reject()
            return
        type_text(dialog.ui.overrideStaffNoEdit, "8001")
        type_text(dialog.ui.overridePasswordEdit, "wrong-password")
        type_text(dialog.ui.overrideReasonEdit, "业主到门岗亲自接")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        error = dialog.findChild(type(dialog.ui.messageLabel), "overridePasswordEditError").text()
        seen["refused"] = dialog.isVisible() and "Wrong" in error
        type_text(dialog.ui.overridePasswordEdit, PASSWORD)
        QTimer.singleShot(0, lambda: drive_modal(lambda: None, override))  # then close the slip preview
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    drive_modal(tab.check_in, override)
    assert seen["refused"]
    assert [(x.name, x.overridden_by) for x in tab.on_site.rows()] == [("张三", "赵敏")]


def test_roll_call_and_reprint(qtbot, tab, ui):
    guest = ui.guests.check_in(ui.desk, name="陈静", host_unit="5-1-101", stay_minutes=60)
    tab.reload_on_site()
    dialog = tab.roll_call_preview()
    qtbot.addWidget(dialog)
    assert dialog.printout.title == "在场访客名单" and dialog.document.pageCount() == 1
    tab.g.onSiteTable.selectRow(0)
    preview = tab.slip_preview(tab.on_site.rows()[0], copy=True)
    qtbot.addWidget(preview)
    assert preview.printout.title == f"访客单 {guest.slip_no}"


def test_supervisors_keep_the_watchlist(qtbot, tab, ui):
    def add(dialog):
        type_text(dialog.ui.nameEdit, "李四")
        type_text(dialog.ui.reasonEdit, "冒充业主")
        press(dialog.ui.reasonEdit, Qt.Key.Key_Return)
        assert [e.name for e in dialog.model.rows()] == ["李四"]
        press(dialog.ui.reasonEdit, Qt.Key.Key_Return)  # nothing typed: refused at the fields
        assert dialog.findChild(type(dialog.ui.messageLabel), "reasonEditError").text()
        dialog.accept()

    drive_modal(tab.open_watchlist, add)
    assert [e.name for e in ui.guests.watchlist(ui.desk)] == ["李四"]


def test_a_guard_sees_guests_but_cannot_record_visits(qtbot, ui, make_window, estate):
    guard = ui.member(ui.admin, "3001", Role.GUARD, settled=True)
    tab = make_window(guard).visits_tab
    assert not tab.v.newVisitGroup.isVisibleTo(tab) and not tab.g.watchlistButton.isVisibleTo(tab)
    assert tab.guest_page is not None
