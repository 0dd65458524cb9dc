"""The visitor-reception tab driven with the keyboard: an owner's visit, a guest in and out; and its
two pages following the change feed (their own saves, other stations' writes, hidden pages)."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel

from deskapp.domain.roles import Role
from deskapp.domain.visits import Outcome, Purpose
from deskapp.services.visits import VisitQuery
from deskapp.ui.tabs.visits import VisitsTab
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


@pytest.fixture
def page(tab):
    """The residents' visits page, in front (the front desk opens on it)."""
    assert tab.tabs.currentWidget() is tab.visit_page
    return tab.visit_page


@pytest.fixture
def gate(tab):
    """The guests page, brought to the front."""
    tab.tabs.setCurrentWidget(tab.guest_page)
    return tab.guest_page


@pytest.fixture
def clerk(ui):
    """A receptionist at another station."""
    return replace(ui.member(ui.admin, "1001", Role.RECEPTIONIST, settled=True), station="desk-2")


def error_at(page, field: str) -> str:
    return page.findChild(QLabel, f"{field}Error").text()


def listed(panel) -> list:
    return panel.model.rows()


def record(ui, actor, **overrides):
    values = dict(unit="5-1-101", resident_id=None, visitor_name="刘洋", purpose="inquiry", content="问停水",
                  confirmed=True, outcome="resolved", resolution="已答")
    return ui.visits.record(actor, **(values | overrides))


def test_the_front_desk_opens_on_visitors(window, ui):
    assert window.tabs.currentWidget() is window.visits_tab


def test_the_tab_is_a_container_of_two_pages_the_main_window_subscribes(window, tab):
    assert tab.pages == [tab.visit_page, tab.guest_page]
    assert all(p in window.pages() for p in tab.pages)
    assert {"visit", "request", "call", "unit", "unit_note", "resident"} <= tab.visit_page.kinds
    assert {"guest", "unit"} <= tab.guest_page.kinds
    for dead in ("visit_recorded", "guests_changed", "requests_changed", "refresh"):
        assert not hasattr(VisitsTab, dead), dead


def test_an_owners_visit_with_the_keyboard_only(qtbot, page, ui):
    v = page.ui
    type_text(v.unitEdit, "3栋2单元1502")
    press(v.unitEdit, Qt.Key.Key_Tab)  # leaving the field looks the unit up
    assert page.unit is not None and page.unit.room_no == "3-2-1502" and v.unitEdit.text() == "3-2-1502"
    assert v.unitHoldsLabel.isVisibleTo(page) and "欠物业费三个月" in v.unitHoldsLabel.text()
    assert v.visitorCombo.currentText().startswith("王建国")
    assert "王先生/女士" in v.remindersLabel.text()  # the closing question with the owner's surname
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
    assert [(r.source, r.visit_id, r.description, r.department.value) for r in requests] == [
        ("visit", visits[0].id, "厨房水管漏水，下午在家", "engineering")]
    assert requests[0].number in v.visitMessageLabel.text()
    qtbot.waitUntil(lambda: [x.id for x in listed(page.visit_list)] == [visits[0].id])  # through the change feed


def test_follow_up_without_a_department_saves_nothing(qtbot, page, ui):
    v = page.ui
    type_text(v.unitEdit, "3-2-1502")
    page.unit_entered()
    v.purposeCombo.setCurrentIndex(v.purposeCombo.findData("repair"))
    type_text(v.contentEdit, "门铃坏了")
    v.followUpRadio.setChecked(True)
    page.save()
    assert error_at(page, "followUpDepartmentCombo")
    assert ui.visits.search(ui.desk, VisitQuery()) == [] and ui.requests.search(ui.desk) == []
    assert v.contentEdit.toPlainText() == "门铃坏了"


def test_missing_unit_purpose_and_content_are_shown_at_their_fields(qtbot, page, ui):
    press(page.ui.unitEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    for name in ("unitEdit", "purposeCombo", "contentEdit", "visitorNameEdit"):
        assert error_at(page, name), name
    assert ui.visits.search(ui.desk, VisitQuery()) == []


def test_an_unknown_unit_and_a_bad_phone_are_refused(qtbot, page, ui):
    v = page.ui
    type_text(v.unitEdit, "9-9-999")
    press(v.unitEdit, Qt.Key.Key_Tab)
    assert "no unit 9-9-999" in error_at(page, "unitEdit")
    v.unitEdit.clear()
    type_text(v.unitEdit, "5-1-101")
    press(v.unitEdit, Qt.Key.Key_Tab)
    assert v.visitorCombo.currentData() is None  # nobody lives there: another visitor
    type_text(v.visitorNameEdit, "刘师傅")
    type_text(v.visitorPhoneEdit, "12345")
    v.purposeCombo.setCurrentIndex(v.purposeCombo.findData("inquiry"))
    type_text(v.contentEdit, "问装修时间")
    v.resolvedRadio.setChecked(True)
    page.save()
    assert "not a phone number" in error_at(page, "visitorPhoneEdit")
    assert "what was done" in error_at(page, "resolutionEdit").lower()
    assert v.visitorNameEdit.text() == "刘师傅" and ui.visits.search(ui.desk, VisitQuery()) == []


def test_the_list_searches_and_voids(qtbot, page, ui):
    for content in ("电梯异响", "咨询停车位"):
        record(ui, ui.desk, content=content, outcome="follow_up")
    qtbot.waitUntil(lambda: len(listed(page.visit_list)) == 2)
    type_text(page.ui.visitSearchEdit, "停车位")
    assert [x.content for x in listed(page.visit_list)] == ["咨询停车位"]
    page.ui.visitsTable.selectRow(0)
    assert page.ui.voidVisitButton.isEnabled()

    def reason(dialog):
        type_text(dialog.ui.reasonEdit, "重复登记")
        press(dialog.ui.reasonEdit, Qt.Key.Key_Return)

    drive_modal(page.void_visit, reason)
    qtbot.waitUntil(lambda: listed(page.visit_list)[0].void_reason == "重复登记")
    assert page.visit_list.current().void_reason == "重复登记"  # still selected, now void
    assert not page.ui.voidVisitButton.isEnabled()


# -- the change feed ------------------------------------------------------------------------------


def test_a_saved_visit_reaches_the_list_through_the_change_feed(qtbot, page, ui):
    v = page.ui
    type_text(v.unitEdit, "5-1-101")
    page.unit_entered()
    type_text(v.visitorNameEdit, "刘师傅")
    v.purposeCombo.setCurrentIndex(v.purposeCombo.findData("inquiry"))
    type_text(v.contentEdit, "问装修时间")
    v.resolvedRadio.setChecked(True)
    type_text(v.resolutionEdit, "已告知")
    page.save()
    assert "Saved" in v.visitMessageLabel.text()  # said at once: it is in no list
    assert listed(page.visit_list) == []  # no refresh by hand: the list waits for the change feed
    qtbot.waitUntil(lambda: [x.visitor_name for x in listed(page.visit_list)] == ["刘师傅"])
    assert v.visitCountLabel.text() == "1 visit"


def test_another_stations_visit_appears_and_what_was_typed_and_selected_is_kept(qtbot, page, ui, clerk):
    first = record(ui, ui.desk, content="第一次来")
    qtbot.waitUntil(lambda: len(listed(page.visit_list)) == 1)
    page.visit_list.select_key(first.id)
    v = page.ui
    type_text(v.unitEdit, "3-2-1502")
    page.unit_entered()
    v.visitorCombo.setCurrentIndex(1)  # 李秀英, not the first resident
    type_text(v.contentEdit, "说到一半")
    v.followUpRadio.setChecked(True)
    scroll = v.visitsTable.verticalScrollBar().value()

    second = record(ui, clerk, unit="3-2-1502", visitor_name="装修师傅", content="另一个工位登记的")
    qtbot.waitUntil(lambda: [x.id for x in listed(page.visit_list)] == [second.id, first.id])
    assert page.visit_list.current().id == first.id and v.voidVisitButton.isEnabled()
    assert v.visitsTable.verticalScrollBar().value() == scroll
    assert [h.text for h in listed(page.history_list)] == ["另一个工位登记的"]  # beside the form too
    assert v.unitEdit.text() == "3-2-1502" and v.contentEdit.toPlainText() == "说到一半"
    assert v.visitorCombo.currentText().startswith("李秀英") and v.followUpRadio.isChecked()
    assert v.visitorNameEdit.text() == "李秀英"


def test_a_new_hold_and_resident_appear_beside_the_form_and_the_typed_visitor_stays(qtbot, page, ui, estate):
    v = page.ui
    type_text(v.unitEdit, "3-2-1502")
    page.unit_entered()
    v.visitorCombo.setCurrentIndex(v.visitorCombo.count() - 1)  # another visitor, typed by hand
    type_text(v.visitorNameEdit, "快递员小张")
    type_text(v.visitorPhoneEdit, "13700001111")
    ui.directory.add_note(ui.desk, estate["3-2-1502"], kind="dispute", text="与邻居噪音纠纷")
    ui.directory.add_resident(ui.desk, estate["3-2-1502"], name="王小明", role="family", phones=["13600002222"])
    qtbot.waitUntil(lambda: "与邻居噪音纠纷" in v.unitHoldsLabel.text())
    assert "欠物业费三个月" in v.unitHoldsLabel.text()
    assert any(v.visitorCombo.itemText(i).startswith("王小明") for i in range(v.visitorCombo.count()))
    assert v.visitorCombo.currentData() is None  # still "another visitor"
    assert (v.visitorNameEdit.text(), v.visitorPhoneEdit.text()) == ("快递员小张", "13700001111")


def test_a_hidden_page_is_stale_and_reloads_when_shown(qtbot, tab, page, ui):
    gate = tab.guest_page
    assert not gate.isVisible()
    guest = ui.guests.check_in(ui.desk, name="陈静", host_unit="5-1-101", stay_minutes=60)
    qtbot.waitUntil(lambda: gate.stale)
    assert listed(gate.on_site_list) == [] and listed(gate.guest_list) == []  # not read while hidden
    tab.tabs.setCurrentWidget(gate)
    assert not gate.stale
    assert [g.slip_no for g in listed(gate.on_site_list)] == [guest.slip_no]
    assert [g.slip_no for g in listed(gate.guest_list)] == [guest.slip_no]
    assert "1 group, 1 person" in gate.ui.onSiteLabel.text()
    record(ui, ui.desk)  # now the visits page is the hidden one
    qtbot.waitUntil(lambda: page.stale)
    tab.tabs.setCurrentWidget(page)
    assert len(listed(page.visit_list)) == 1 and not page.stale


def test_a_unit_created_elsewhere_completes_at_the_next_key(qtbot, tab, page, ui):
    assert "3-2-1502" in tab.rooms.model.stringList()
    ui.directory.create_unit(ui.desk, "8-8-808")
    qtbot.waitUntil(lambda: not tab.rooms.loaded)  # not read again until someone types
    type_text(page.ui.unitEdit, "8")
    assert "8-8-808" in tab.rooms.model.stringList()


# -- guests ---------------------------------------------------------------------------------------


def test_a_guest_in_with_the_keyboard_and_out_by_slip_number(qtbot, gate, ui):
    g = gate.ui
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
    guest = gate.last_checked_in
    assert guest is not None and seen == {"title": f"访客单 {guest.slip_no}", "pages": 1}
    assert (guest.name, guest.people, guest.plate, guest.room_no) == ("刘洋", 2, "粤A12345", "3-2-1502")
    qtbot.waitUntil(lambda: [x.slip_no for x in listed(gate.on_site_list)] == [guest.slip_no])
    assert g.guestNameEdit.text() == ""
    type_text(g.slipEdit, guest.slip_no)
    press(g.slipEdit, Qt.Key.Key_Return)
    assert "✓" in g.checkOutLabel.text()
    qtbot.waitUntil(lambda: gate.on_site_list.model.rowCount() == 0)
    assert [x.on_site for x in listed(gate.guest_list)] == [False]
    type_text(g.slipEdit, guest.slip_no)  # the same slip again: refused loudly
    press(g.slipEdit, Qt.Key.Key_Return)
    assert "✖" in g.checkOutLabel.text() and "already checked out" in g.checkOutLabel.text()


def test_a_guest_checked_out_at_another_gate_leaves_the_list_and_the_typed_guest_stays(qtbot, gate, ui, clerk):
    staying = ui.guests.check_in(ui.desk, name="陈静", host_unit="5-1-101", stay_minutes=60)
    leaving = ui.guests.check_in(ui.desk, name="周强", host_unit="3-2-1502", stay_minutes=60)
    qtbot.waitUntil(lambda: len(listed(gate.on_site_list)) == 2)
    gate.on_site_list.select_key(staying.id)
    type_text(gate.ui.guestNameEdit, "下一位")
    type_text(gate.ui.hostUnitEdit, "5-1-101")
    ui.guests.check_out(clerk, leaving.slip_no)
    qtbot.waitUntil(lambda: [g.id for g in listed(gate.on_site_list)] == [staying.id])
    assert gate.on_site_list.current().id == staying.id and gate.ui.reprintSlipButton.isEnabled()
    assert (gate.ui.guestNameEdit.text(), gate.ui.hostUnitEdit.text()) == ("下一位", "5-1-101")


def test_a_listed_guest_needs_a_supervisors_override(qtbot, ui, make_window, estate):
    ui.guests.add_to_watchlist(ui.desk, name="张三", reason="多次滋扰业主")
    clerk = ui.member(ui.admin, "1001", Role.RECEPTIONIST, settled=True)
    tab = make_window(clerk).visits_tab
    tab.tabs.setCurrentWidget(tab.guest_page)
    gate = tab.guest_page
    g = gate.ui
    type_text(g.guestNameEdit, "张三")
    type_text(g.hostUnitEdit, "3-2-1502")
    seen = {}

    def refuse(dialog):
        seen["warning"] = dialog.ui.warningLabel.text()
        dialog.reject()

    drive_modal(gate.check_in, refuse)
    assert "多次滋扰业主" in seen["warning"] and g.watchHitLabel.isVisibleTo(gate)
    assert ui.guests.on_site(ui.desk) == [] and g.guestNameEdit.text() == "张三"  # nothing saved, nothing lost

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

    drive_modal(gate.check_in, override)
    assert seen["refused"]
    qtbot.waitUntil(lambda: [(x.name, x.overridden_by) for x in listed(gate.on_site_list)] == [("张三", "赵敏")])


def test_roll_call_and_reprint(qtbot, gate, ui):
    guest = ui.guests.check_in(ui.desk, name="陈静", host_unit="5-1-101", stay_minutes=60)
    qtbot.waitUntil(lambda: len(listed(gate.on_site_list)) == 1)
    dialog = gate.roll_call_preview()
    qtbot.addWidget(dialog)
    assert dialog.printout.title == "在场访客名单" and dialog.document.pageCount() == 1
    gate.ui.onSiteTable.selectRow(0)
    preview = gate.slip_preview(gate.on_site_list.current(), copy=True)
    qtbot.addWidget(preview)
    assert preview.printout.title == f"访客单 {guest.slip_no}"


def test_supervisors_keep_the_watchlist(qtbot, gate, ui):
    def add(dialog):
        type_text(dialog.ui.nameEdit, "李四")
        type_text(dialog.ui.reasonEdit, "冒充业主")
        press(dialog.ui.reasonEdit, Qt.Key.Key_Return)
        assert [e.name for e in dialog.model.rows()] == ["李四"]
        press(dialog.ui.reasonEdit, Qt.Key.Key_Return)  # nothing typed: refused at the fields
        assert dialog.findChild(type(dialog.ui.messageLabel), "reasonEditError").text()
        dialog.accept()

    drive_modal(gate.open_watchlist, add)
    assert [e.name for e in ui.guests.watchlist(ui.desk)] == ["李四"]


def test_a_guard_sees_guests_but_cannot_record_visits(qtbot, ui, make_window, estate):
    guard = ui.member(ui.admin, "3001", Role.GUARD, settled=True)
    tab = make_window(guard).visits_tab
    assert not tab.visit_page.ui.newVisitGroup.isVisibleTo(tab)
    assert not tab.guest_page.ui.watchlistButton.isVisibleTo(tab)
    assert tab.guest_page is not None


def test_closing_the_window_with_a_unit_half_typed_raises_nothing(qtbot, ui, station):
    """Log-out while the cursor is in the unit field: the app drops the window, the field loses its focus
    as it is destroyed, and that must not look the unit up on a half-deleted page (an error dialog
    over the login)."""
    import gc

    from PySide6.QtWidgets import QApplication

    from deskapp.ui.main_window import MainWindow

    config, path = station
    w = MainWindow(services=ui.services, actor=ui.desk, config=config, config_path=path, database_label="test")
    w.show()
    w.activateWindow()
    page = w.visits_tab.visit_page
    page.ui.unitEdit.setFocus()
    type_text(page.ui.unitEdit, "3-2-15")
    QApplication.processEvents()
    w.log_out()
    del w, page
    gc.collect()
    QApplication.processEvents()


def test_the_minute_tick_reads_the_guests_on_site_only_on_a_page_that_is_seen(qtbot, tab, gate, monkeypatch):
    calls = []
    monkeypatch.setattr(gate, "reload_on_site", lambda: calls.append(1))
    gate._minute_passed()
    assert calls == [1]  # the gate page is in front: re-read now
    tab.tabs.setCurrentWidget(tab.visit_page)
    gate._minute_passed()
    assert calls == [1] and gate.stale  # hidden: only marked, read when shown
