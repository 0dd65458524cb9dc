"""The phone tab: F2 from anywhere, the whole call by keyboard (keystrokes counted), requests, callbacks."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from deskapp.domain.requests import Department, RequestState
from deskapp.domain.visits import Purpose
from tests.ui.conftest import drive_modal, press, type_text


@pytest.fixture
def estate(ui):
    d, desk = ui.directory, ui.desk
    a = d.create_unit(desk, "3-2-1502")
    b = d.create_unit(desk, "5-1-101")
    d.add_resident(desk, a.id, name="王建国", role="owner", phones=["13812345678"])
    d.add_resident(desk, b.id, name="陈静", role="tenant", phones=["13900005678"])


@pytest.fixture
def window_and_tab(window, estate):
    window.tabs.setCurrentWidget(window.phone_tab)  # the receptionist is on the phone tab
    window.phone_tab.refresh()
    return window, window.phone_tab


class Keys:
    """Counts the keys a receptionist presses."""

    def __init__(self) -> None:
        self.count = 0

    def press(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        press(widget, key, modifier)

    def type(self, widget, text: str) -> None:
        self.count += len(text)
        type_text(widget, text)


def test_f2_from_another_tab_starts_a_call_with_the_greeting(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    search = window.directory_tab.ui.searchEdit
    window.tabs.setCurrentWidget(window.directory_tab)
    press(search, Qt.Key.Key_F2)
    assert window.tabs.currentWidget() is tab and tab.tabs.currentWidget() is tab.call_page
    assert tab.started_at is not None
    assert QApplication.focusWidget() is tab.c.callerPhoneEdit or tab.call_page.focusWidget() is tab.c.callerPhoneEdit
    assert tab.c.greetingLabel.text() == "您好！保利花园服务中心，工号8001，请问有什么可以帮您？"
    assert "非常感谢您的来电" in tab.c.closingLabel.text()


def test_a_whole_call_by_keyboard_that_becomes_a_request(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    c = tab.c
    k = Keys()
    k.press(window.directory_tab.ui.searchEdit, Qt.Key.Key_F2)
    k.type(c.callerPhoneEdit, "13812345678")
    assert c.callUnitEdit.text() == "3-2-1502" and c.callerNameEdit.text() == "王建国"  # one match: filled in
    k.press(c.callerPhoneEdit, Qt.Key.Key_Tab)  # → matches
    k.press(c.callerMatchCombo, Qt.Key.Key_Tab)  # → unit (filled)
    k.press(c.callUnitEdit, Qt.Key.Key_Tab)  # → name (filled)
    k.press(c.callerNameEdit, Qt.Key.Key_Tab)  # → category
    k.press(c.callCategoryCombo, Qt.Key.Key_Down)  # report
    k.press(c.callCategoryCombo, Qt.Key.Key_Down)  # repair
    k.press(c.callCategoryCombo, Qt.Key.Key_Tab)
    k.type(c.callContentEdit, "卫生间漏水")
    k.press(c.callContentEdit, Qt.Key.Key_Tab)
    k.press(c.callConfirmedCheck, Qt.Key.Key_Space)
    k.press(c.callConfirmedCheck, Qt.Key.Key_Tab)  # → answered
    k.press(c.answeredRadio, Qt.Key.Key_Right)  # → create a request
    k.press(c.requestRadio, Qt.Key.Key_Space)
    k.press(c.requestRadio, Qt.Key.Key_Tab)  # → department
    k.press(c.callDepartmentCombo, Qt.Key.Key_Down)  # engineering
    k.press(c.callDepartmentCombo, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    call = tab.last_call
    assert call.request_number and "Saved the call" in c.callMessageLabel.text()
    request = ui.requests.get(ui.desk, call.request_id)
    assert (request.source, request.description, request.department, request.contact_name) == (
        "call", "卫生间漏水", Department.ENGINEERING, "王建国")
    print(f"\nkeystrokes for an incoming call that becomes a request: {k.count} "
          f"(of which {11 + len('卫生间漏水')} are the number and the words)")
    assert k.count <= 35


def test_an_unknown_number_can_still_be_logged(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    c = tab.c
    tab.start_call()
    type_text(c.callerPhoneEdit, "13700001111")
    assert c.callerMatchCombo.count() == 1 and tab._picked_match() is None
    c.callCategoryCombo.setCurrentIndex(c.callCategoryCombo.findData("inquiry"))
    type_text(c.callContentEdit, "问快递柜位置")
    c.answeredRadio.setChecked(True)
    tab.save_call()
    assert tab.calls_model.rowCount() == 1 and tab.calls_model.rows()[0].phone == "13700001111"


def test_bad_call_input_is_shown_at_its_fields(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    c = tab.c
    tab.start_call()
    type_text(c.callerPhoneEdit, "12345")
    c.requestRadio.setChecked(True)
    tab.save_call()
    for name in ("callerPhoneEditError", "callCategoryComboError", "callContentEditError", "callDepartmentComboError"):
        assert tab.findChild(type(c.callMessageLabel), name).text(), name
    assert tab.calls_model.rowCount() == 0 and ui.requests.search(ui.desk) == []


def _request(ui):
    return ui.requests.register(ui.desk, unit="3-2-1502", category=Purpose.REPAIR, description="门锁坏了",
                                department=Department.ENGINEERING)


def test_a_request_through_its_steps_and_a_callback_that_reopens_it(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    request = _request(ui)
    tab.refresh()
    tab.tabs.setCurrentWidget(tab.requests_page)
    tab.r.requestsTable.selectRow(0)
    assert tab.request.id == request.id and tab.r.dispatchButton.isEnabled() and not tab.r.completeButton.isEnabled()

    def text(value):
        def fill(dialog):
            type_text(dialog.ui.textEdit, value)
            qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        return fill

    drive_modal(tab.dispatch, text("维修工刘师傅"))
    qtbot.mouseClick(tab.r.startButton, Qt.MouseButton.LeftButton)
    drive_modal(tab.complete, text("更换锁芯"))
    assert ui.requests.get(ui.desk, request.id).state is RequestState.COMPLETED
    assert "callbacks 1: due soon 0, overdue 0" in window.tabs.tabText(window.tabs.indexOf(tab))
    preview = tab.work_order_preview()
    qtbot.addWidget(preview)
    assert preview.document.status() == QPdfDocument.Status.Ready
    tab.tabs.setCurrentWidget(tab.callbacks_page)
    b = tab.b
    b.callbacksTable.selectRow(0)
    b.callbackOutcomeCombo.setCurrentIndex(b.callbackOutcomeCombo.findData("reached"))
    b.satisfactionCombo.setCurrentIndex(b.satisfactionCombo.findData("not_satisfied"))
    type_text(b.callbackCommentEdit, "锁还是有点卡")
    press(b.callbackCommentEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    after = ui.requests.get(ui.desk, request.id)
    assert after.state is RequestState.IN_PROGRESS and after.notes[-1].text == "锁还是有点卡"
    assert tab.callbacks_model.rowCount() == 0
    assert [c.outcome for c in ui.calls.search(ui.desk)] == ["reached"]  # the callback is in the phone log


def test_a_callback_needs_the_satisfaction_when_reached(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    request = _request(ui)
    for step in (lambda: ui.requests.dispatch(ui.desk, request.id, assignee="刘师傅"),
                 lambda: ui.requests.start(ui.desk, request.id),
                 lambda: ui.requests.complete(ui.desk, request.id, note="已修好")):
        step()
    tab.refresh()
    tab.tabs.setCurrentWidget(tab.callbacks_page)
    tab.b.callbacksTable.selectRow(0)
    tab.save_callback()
    assert tab.findChild(type(tab.b.callbackMessageLabel), "satisfactionComboError").text()
    assert ui.requests.get(ui.desk, request.id).state is RequestState.COMPLETED


def test_cancelling_needs_a_reason(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    request = _request(ui)
    tab.refresh()
    tab.r.requestsTable.selectRow(0)

    def reason(dialog):
        type_text(dialog.ui.reasonEdit, "业主自行修好")
        press(dialog.ui.reasonEdit, Qt.Key.Key_Return)

    drive_modal(tab.cancel_request, reason)
    assert ui.requests.get(ui.desk, request.id).state is RequestState.CANCELLED
    QTest.qWait(0)


def test_a_paid_request_registered_directly_and_a_bad_fee_refused(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    tab.tabs.setCurrentWidget(tab.requests_page)
    seen = {}

    def fill(dialog):
        u = dialog.ui
        type_text(u.unitEdit, "3-2-1502")
        type_text(u.contactNameEdit, "王先生")
        u.categoryCombo.setCurrentIndex(u.categoryCombo.findData("repair"))
        type_text(u.descriptionEdit, "更换厨房水龙头")
        u.departmentCombo.setCurrentIndex(u.departmentCombo.findData("engineering"))
        u.promisedCheck.setChecked(True)
        type_text(u.paidItemEdit, "更换水龙头")
        type_text(u.feeEdit, "-5")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        seen["fee"] = dialog.findChild(type(u.messageLabel), "feeEditError").text()
        u.feeEdit.clear()
        type_text(u.feeEdit, "35.5")
        type_text(u.promiseEdit, "保修3个月")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    drive_modal(tab.new_request, fill)
    assert "not a fee" in seen["fee"]
    [request] = ui.requests.search(ui.desk)
    assert (request.source, request.paid_item, request.fee_cents, request.service_promise, request.room_no) == (
        "desk", "更换水龙头", 3550, "保修3个月", "3-2-1502")
    assert request.promised_at is not None and request.promised_at > ui.requests.now()


def test_an_appointment_call_from_the_request(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    request = _request(ui)
    tab.refresh()
    tab.tabs.setCurrentWidget(tab.requests_page)
    tab.r.requestsTable.selectRow(0)
    assert tab.r.outgoingCallButton.isEnabled()

    def call(dialog):
        dialog.ui.outcomeCombo.setCurrentIndex(dialog.ui.outcomeCombo.findData("reached"))
        type_text(dialog.ui.noteEdit, "约好下午三点上门")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    drive_modal(tab.outgoing_call, call)
    [logged] = ui.calls.search(ui.desk)
    assert (logged.direction, logged.outcome, logged.request_number, logged.content) == (
        "outgoing", "reached", request.number, "约好下午三点上门")


def test_the_units_history_shows_beside_the_call(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    _request(ui)
    tab.start_call()
    type_text(tab.c.callerPhoneEdit, "13812345678")
    assert [h.kind for h in tab.history_model.rows()] == ["request"]


def test_overdue_requests_and_callbacks_are_highlighted_and_counted(qtbot, window_and_tab, ui, clock):
    window, tab = window_and_tab
    late = _request(ui)
    done = _request(ui)
    ui.requests.dispatch(ui.desk, done.id, assignee="刘师傅")
    ui.requests.start(ui.desk, done.id)
    ui.requests.complete(ui.desk, done.id, note="已修好")
    tab.refresh()

    def warned(model, request_id):
        row = next(i for i in range(model.rowCount()) if model.row_at(i).id == request_id)
        return model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None

    assert not warned(tab.requests_model, late.id)  # just registered: within the response target
    assert "due soon 0, overdue 0" in window.tabs.tabText(window.tabs.indexOf(tab))
    clock.advance(hours=25)  # the response target and the 24-hour callback have both passed
    tab.refresh()
    assert warned(tab.requests_model, late.id)
    assert warned(tab.callbacks_model, done.id)
    assert "callbacks 1: due soon 0, overdue 1" in window.tabs.tabText(window.tabs.indexOf(tab))
