"""The phone tab: F2 from anywhere, the whole call by keyboard (keystrokes counted), requests, callbacks;
its pages hear of what is saved here and at other stations through the change feed."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from deskapp.domain.requests import Department, RequestState
from deskapp.domain.visits import Purpose
from deskapp.printing.pages import PageSize
from deskapp.ui.pages import Page
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
    return window, window.phone_tab


@pytest.fixture
def elsewhere(ui):
    """The same member at another station: what it saves reaches this window only through the change feed."""
    return replace(ui.desk, station="desk-2")


def title(window) -> str:
    return window.tabs.tabText(window.tabs.indexOf(window.phone_tab))


def show(tab, page) -> None:
    tab.tabs.setCurrentWidget(page)
    assert page.isVisible() and not page.stale


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


def test_three_pages_with_one_job_each(qtbot, window_and_tab):
    window, tab = window_and_tab
    assert tab.pages == [tab.call_page, tab.requests_page, tab.callbacks_page]
    assert all(isinstance(p, Page) and p.kinds for p in tab.pages)
    assert [p.objectName() for p in tab.pages] == ["callPageHost", "requestsPageHost", "callbacksPageHost"]
    assert not hasattr(tab, "requests_changed") and not hasattr(tab, "refresh")
    assert all(p in window.pages() for p in tab.pages)  # the main window feeds them


def test_f2_from_another_tab_starts_a_call_with_the_greeting(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    c = tab.call_page.c
    search = window.directory_tab.ui.searchEdit
    window.tabs.setCurrentWidget(window.directory_tab)
    press(search, Qt.Key.Key_F2)
    assert window.tabs.currentWidget() is tab and tab.tabs.currentWidget() is tab.call_page
    assert tab.call_page.started_at is not None
    assert QApplication.focusWidget() is c.callerPhoneEdit or tab.call_page.focusWidget() is c.callerPhoneEdit
    assert c.greetingLabel.text() == "您好！保利花园服务中心，工号8001，请问有什么可以帮您？"
    assert "非常感谢您的来电" in c.closingLabel.text()


def test_a_whole_call_by_keyboard_that_becomes_a_request(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    c = tab.call_page.c
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
    call = tab.call_page.last_call
    assert call.request_number and "Saved the call" in c.callMessageLabel.text()
    request = ui.requests.get(ui.desk, call.request_id)
    assert (request.source, request.description, request.department, request.contact_name) == (
        "call", "卫生间漏水", Department.ENGINEERING, "王建国")
    print(f"\nkeystrokes for an incoming call that becomes a request: {k.count} "
          f"(of which {11 + len('卫生间漏水')} are the number and the words)")
    assert k.count <= 35
    qtbot.waitUntil(lambda: [x.id for x in tab.call_page.calls.rows()] == [call.id])  # through the feed
    assert tab.requests_page.stale  # hidden: read again when shown
    show(tab, tab.requests_page)
    assert [r.id for r in tab.requests_page.list.rows()] == [call.request_id]


def test_an_unknown_number_can_still_be_logged(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    page, c = tab.call_page, tab.call_page.c
    tab.start_call()
    type_text(c.callerPhoneEdit, "13700001111")
    assert c.callerMatchCombo.count() == 1 and page.picked_match() is None
    c.callCategoryCombo.setCurrentIndex(c.callCategoryCombo.findData("inquiry"))
    type_text(c.callContentEdit, "问快递柜位置")
    c.answeredRadio.setChecked(True)
    page.save_call()
    qtbot.waitUntil(lambda: [x.phone for x in page.calls.rows()] == ["13700001111"])


def test_bad_call_input_is_shown_at_its_fields(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    page, c = tab.call_page, tab.call_page.c
    tab.start_call()
    type_text(c.callerPhoneEdit, "12345")
    c.requestRadio.setChecked(True)
    page.save_call()
    for name in ("callerPhoneEditError", "callCategoryComboError", "callContentEditError", "callDepartmentComboError"):
        assert page.findChild(type(c.callMessageLabel), name).text(), name
    assert page.calls.rows() == [] and ui.requests.search(ui.desk) == []


def _request(ui, actor=None):
    return ui.requests.register(actor or ui.desk, unit="3-2-1502", category=Purpose.REPAIR, description="门锁坏了",
                                department=Department.ENGINEERING)


def _completed(ui, actor=None):
    actor = actor or ui.desk
    request = _request(ui, actor)
    ui.requests.dispatch(actor, request.id, assignee="刘师傅")
    ui.requests.start(actor, request.id)
    ui.requests.complete(actor, request.id, note="已修好")
    return request


def test_a_request_through_its_steps_and_a_callback_that_reopens_it(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    page, r = tab.requests_page, tab.requests_page.r
    request = _request(ui)
    show(tab, page)
    r.requestsTable.selectRow(0)
    assert page.request.id == request.id and r.dispatchButton.isEnabled() and not r.completeButton.isEnabled()

    def text(value):
        def fill(dialog):
            type_text(dialog.ui.textEdit, value)
            qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        return fill

    def dispatch_to(dialog):  # the dispatch dialog: a name typed (or picked), no promised time
        type_text(dialog.ui.assigneeCombo.lineEdit(), "维修工刘师傅")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    drive_modal(page.dispatch, dispatch_to)
    qtbot.waitUntil(lambda: page.request.state is RequestState.DISPATCHED)
    assert r.startButton.isEnabled() and not r.closeRequestButton.isEnabled()
    qtbot.mouseClick(r.startButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.request.state is RequestState.IN_PROGRESS)
    drive_modal(page.complete, text("更换锁芯"))
    assert ui.requests.get(ui.desk, request.id).state is RequestState.COMPLETED
    qtbot.waitUntil(lambda: "callbacks 1: due soon 0, overdue 0" in title(window))
    assert page.list.current().id == request.id and not r.dispatchButton.isEnabled()  # kept, its buttons follow
    preview = page.work_order_preview()
    qtbot.addWidget(preview)
    assert preview.document.status() == QPdfDocument.Status.Ready and preview.printout.page is PageSize.A5
    callbacks = tab.callbacks_page
    show(tab, callbacks)
    b = callbacks.b
    b.callbacksTable.selectRow(0)
    b.callbackOutcomeCombo.setCurrentIndex(b.callbackOutcomeCombo.findData("reached"))
    b.satisfactionCombo.setCurrentIndex(b.satisfactionCombo.findData("not_satisfied"))
    type_text(b.callbackCommentEdit, "锁还是有点卡")
    press(b.callbackCommentEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    after = ui.requests.get(ui.desk, request.id)
    assert after.state is RequestState.IN_PROGRESS and after.notes[-1].text == "锁还是有点卡"
    qtbot.waitUntil(lambda: callbacks.callbacks_model.rowCount() == 0)
    assert title(window) == "Phone"
    [logged] = ui.calls.search(ui.desk)  # the callback is in the phone log, saved with it
    assert (logged.direction, logged.outcome, logged.request_number, logged.content) == (
        "outgoing", "reached", request.number, "锁还是有点卡")


def test_a_callback_needs_the_satisfaction_when_reached(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    request = _completed(ui)
    page = tab.callbacks_page
    show(tab, page)
    page.b.callbacksTable.selectRow(0)
    page.save_callback()
    assert page.findChild(type(page.b.callbackMessageLabel), "satisfactionComboError").text()
    assert ui.requests.get(ui.desk, request.id).state is RequestState.COMPLETED
    assert ui.calls.search(ui.desk) == []  # nothing saved: not the callback, not its call


def test_cancelling_needs_a_reason(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    page = tab.requests_page
    request = _request(ui)
    show(tab, page)
    page.r.requestsTable.selectRow(0)

    def reason(dialog):
        type_text(dialog.ui.reasonEdit, "业主自行修好")
        press(dialog.ui.reasonEdit, Qt.Key.Key_Return)

    drive_modal(page.cancel_request, reason)
    assert ui.requests.get(ui.desk, request.id).state is RequestState.CANCELLED
    qtbot.waitUntil(lambda: page.list.rows() == [])  # open requests only: it left the list, and the detail with it
    assert page.request is None and not page.r.printWorkOrderButton.isEnabled()
    QTest.qWait(0)


def test_a_paid_request_registered_directly_and_a_bad_fee_refused(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    page = tab.requests_page
    show(tab, page)
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

    drive_modal(page.new_request, fill)
    assert "not a fee" in seen["fee"]
    [request] = ui.requests.search(ui.desk)
    assert (request.source, request.paid_item, request.fee_cents, request.service_promise, request.room_no) == (
        "desk", "更换水龙头", 3550, "保修3个月", "3-2-1502")
    assert request.promised_at is not None and request.promised_at > ui.requests.now()
    qtbot.waitUntil(lambda: page.request is not None and page.request.id == request.id)  # listed and selected


def test_an_appointment_call_from_the_request(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    page = tab.requests_page
    request = _request(ui)
    show(tab, page)
    page.r.requestsTable.selectRow(0)
    assert page.r.outgoingCallButton.isEnabled()

    def call(dialog):
        dialog.ui.outcomeCombo.setCurrentIndex(dialog.ui.outcomeCombo.findData("reached"))
        type_text(dialog.ui.noteEdit, "约好下午三点上门")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    drive_modal(page.outgoing_call, call)
    [logged] = ui.calls.search(ui.desk)
    assert (logged.direction, logged.outcome, logged.request_number, logged.content) == (
        "outgoing", "reached", request.number, "约好下午三点上门")


def test_the_units_history_shows_beside_the_call(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    _request(ui)
    tab.start_call()
    type_text(tab.call_page.c.callerPhoneEdit, "13812345678")
    assert [h.kind for h in tab.call_page.history.rows()] == ["request"]


def test_overdue_requests_and_callbacks_are_highlighted_and_counted(qtbot, window_and_tab, ui, clock):
    window, tab = window_and_tab
    late = _request(ui)
    done = _completed(ui)
    requests, callbacks = tab.requests_page, tab.callbacks_page

    def warned(model, request_id):
        row = next(i for i in range(model.rowCount()) if model.row_at(i).id == request_id)
        return model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None

    show(tab, requests)
    assert not warned(requests.requests_model, late.id)  # just registered: within the response target
    qtbot.waitUntil(lambda: "due soon 0, overdue 0" in title(window))
    clock.advance(hours=25)  # the response target and the 24-hour callback have both passed
    requests.reload()
    assert warned(requests.requests_model, late.id)
    show(tab, callbacks)
    callbacks.reload()
    assert warned(callbacks.callbacks_model, done.id)
    assert "callbacks 1: due soon 0, overdue 1" in title(window)


def test_the_step_buttons_follow_the_transition_table(qtbot, window_and_tab, ui):
    window, tab = window_and_tab
    page, r = tab.requests_page, tab.requests_page.r
    buttons = {"dispatch": r.dispatchButton, "start": r.startButton, "complete": r.completeButton,
               "cancel": r.cancelRequestButton, "close": r.closeRequestButton}
    request = _completed(ui)
    ui.requests.call_back(ui.desk, request.id, outcome="reached", satisfaction="satisfied")
    show(tab, page)
    page.r.requestsTable.selectRow(0)
    assert {name for name, b in buttons.items() if b.isEnabled()} == {"close"}  # called back: only closing
    ui.requests.close(ui.desk, request.id)
    page.r.allRequestsCheck.setChecked(True)
    page.r.requestsTable.selectRow(0)
    assert page.request.state is RequestState.CLOSED
    assert not any(b.isEnabled() for b in buttons.values()) and not page.r.reportButton.isEnabled()


# -- the change feed: what other stations save shows here, and nothing typed is lost ----------------------

def test_the_title_counts_the_callbacks_due_when_the_window_opens(qtbot, ui, estate, make_window):
    _completed(ui)
    window = make_window(ui.desk)
    qtbot.waitUntil(lambda: title(window) == "Phone (callbacks 1: due soon 0, overdue 0)")


def test_a_request_moved_on_at_another_station_keeps_the_selection_and_updates_its_detail(
        qtbot, window_and_tab, ui, elsewhere):
    window, tab = window_and_tab
    page = tab.requests_page
    first, second = _request(ui), _request(ui)
    show(tab, page)
    assert [x.id for x in page.list.rows()] == [second.id, first.id]  # newest first
    page.r.requestsTable.selectRow(1)
    assert page.request.id == first.id and not page.r.startButton.isEnabled()
    ui.requests.dispatch(elsewhere, first.id, assignee="维修工刘师傅")  # at the control room, say
    qtbot.waitUntil(lambda: page.request.state is RequestState.DISPATCHED)
    assert page.list.current().id == first.id  # still the one selected
    assert page.notes_model.rows()[-1].text == "维修工刘师傅" and "Dispatched" in page.r.requestTitleLabel.text()
    assert page.r.startButton.isEnabled()  # the buttons follow the new state
    assert [x.state for x in page.list.rows()] == [RequestState.REGISTERED, RequestState.DISPATCHED]
    ui.requests.cancel(elsewhere, second.id, reason="业主撤销")
    qtbot.waitUntil(lambda: [x.id for x in page.list.rows()] == [first.id])
    assert page.list.current().id == first.id and page.request.id == first.id


def test_a_step_on_a_request_another_station_has_just_moved_on_is_refused_with_who_and_when(
        qtbot, window_and_tab, ui, elsewhere):
    """The page shows "registered" when the user opens Cancel; meanwhile the control room dispatched it.
    A dispatched request may be cancelled, but not by someone who decided on what they saw before:
    the service refuses on the state the user saw, says who moved it on, and writes nothing."""
    window, tab = window_and_tab
    page = tab.requests_page
    request = _request(ui)
    show(tab, page)
    page.r.requestsTable.selectRow(0)
    assert page.request.state is RequestState.REGISTERED
    seen = {}

    def reason(dialog):
        ui.requests.dispatch(elsewhere, request.id, assignee="刘师傅")  # while the dialog is open
        type_text(dialog.ui.reasonEdit, "业主自行修好")
        press(dialog.ui.reasonEdit, Qt.Key.Key_Return)
        seen["message"] = dialog.ui.messageLabel.text()
        dialog.reject()

    drive_modal(page.cancel_request, reason)
    assert "dispatched to 刘师傅 by 赵敏" in seen["message"]
    assert ui.requests.get(ui.desk, request.id).state is RequestState.DISPATCHED  # nothing was written
    qtbot.waitUntil(lambda: page.request.state is RequestState.DISPATCHED)  # and the page follows


def test_a_callback_due_appears_in_the_title_through_the_feed_while_the_tab_is_hidden(
        qtbot, window_and_tab, ui, elsewhere):
    window, tab = window_and_tab
    window.tabs.setCurrentWidget(window.directory_tab)
    assert not tab.isVisible() and title(window) == "Phone"
    request = _completed(ui, elsewhere)
    qtbot.waitUntil(lambda: title(window) == "Phone (callbacks 1: due soon 0, overdue 0)")
    assert tab.callbacks_page.stale and tab.callbacks_page.callbacks_model.rowCount() == 0  # listed when shown
    window.tabs.setCurrentWidget(tab)
    show(tab, tab.callbacks_page)
    assert [x.id for x in tab.callbacks_page.queue.rows()] == [request.id]
    ui.requests.call_back(elsewhere, request.id, outcome="reached", satisfaction="satisfied")
    qtbot.waitUntil(lambda: title(window) == "Phone")
    assert tab.callbacks_page.queue.rows() == []


def test_the_callback_picked_and_what_was_typed_survive_a_change_elsewhere(qtbot, window_and_tab, ui, elsewhere):
    window, tab = window_and_tab
    first, second = _completed(ui), _completed(ui)
    page = tab.callbacks_page
    show(tab, page)
    assert page.queue.select_key(second.id)
    type_text(page.b.callbackCommentEdit, "业主说已经好了")
    ui.requests.call_back(elsewhere, first.id, outcome="no_answer")  # another desk tried the first one
    _completed(ui, elsewhere)
    qtbot.waitUntil(lambda: len(page.queue.rows()) == 3)
    assert page.queue.current().id == second.id and page.b.callbackGroup.isEnabled()
    assert page.b.callbackCommentEdit.toPlainText() == "业主说已经好了"


def test_the_call_being_typed_keeps_its_text_while_its_units_history_and_todays_calls_reload(
        qtbot, window_and_tab, ui, elsewhere):
    window, tab = window_and_tab
    page, c = tab.call_page, tab.call_page.c
    tab.start_call()
    type_text(c.callerPhoneEdit, "13812345678")
    type_text(c.callContentEdit, "楼上漏水")
    assert c.callUnitEdit.text() == "3-2-1502" and page.history.rows() == []
    ui.visits.record(elsewhere, unit="3-2-1502", resident_id=None, visitor_name="李先生", purpose="inquiry",
                     content="问停水", confirmed=True, outcome="resolved", resolution="已答")
    qtbot.waitUntil(lambda: [h.kind for h in page.history.rows()] == ["visit"])
    other = ui.calls.record_incoming(elsewhere, started_at=ui.calls.now(), phone="13900005678", unit="5-1-101",
                                     category="inquiry", content="问缴费", confirmed=True, outcome="answered")
    qtbot.waitUntil(lambda: [x.id for x in page.calls.rows()] == [other.id])
    assert (c.callerPhoneEdit.text(), c.callUnitEdit.text(), c.callerNameEdit.text(),
            c.callContentEdit.toPlainText()) == ("13812345678", "3-2-1502", "王建国", "楼上漏水")
    assert page.started_at is not None


def test_the_room_completion_knows_a_unit_created_elsewhere(qtbot, window_and_tab, ui, elsewhere):
    window, tab = window_and_tab
    c = tab.call_page.c
    tab.start_call()
    completer = c.callUnitEdit.completer()

    def offers(text: str) -> list[str]:
        c.callUnitEdit.clear()
        type_text(c.callUnitEdit, text)
        model = completer.completionModel()
        return [model.index(i, 0).data() for i in range(model.rowCount())]

    assert offers("7-") == []  # the rooms are read now, at the first key
    ui.directory.create_unit(elsewhere, "7-1-101")
    qtbot.waitUntil(lambda: offers("7-") == ["7-1-101"])


def test_a_complaint_is_closed_with_its_class_and_where_its_cause_lies(qtbot, window_and_tab, ui):
    """The supervisor's close: without the cause's kind the dialog says so at that field and stays; chosen by
    keys, the complaint closes and the statistic of causes counts it."""
    from deskapp.db.models import ServiceRequest

    window, tab = window_and_tab
    page = tab.requests_page
    complaint = ui.requests.register(ui.desk, unit="3-2-1502", category=Purpose.COMPLAINT,
                                     description="保安态度恶劣", department=Department.SECURITY)
    ui.requests.dispatch(ui.desk, complaint.id, assignee="安防主管")
    ui.requests.start(ui.desk, complaint.id)
    ui.requests.complete(ui.desk, complaint.id, note="已约谈当班保安")
    ui.requests.call_back(ui.desk, complaint.id, outcome="reached", satisfaction="mostly")
    show(tab, page)
    page.r.requestsTable.selectRow(0)
    seen: dict[str, str] = {}

    def close(dialog):
        u = dialog.ui
        u.classCombo.setCurrentIndex(u.classCombo.findData("服务态度"))
        type_text(u.causeEdit, "当班保安未按规范用语")
        type_text(u.accountabilityEdit, "书面检讨")
        dialog.ok_button().click()  # OK without the cause's kind: refused at its field, the dialog stays
        error = dialog.findChild(QLabel, "causeKindComboError")
        seen["message"] = error.text() if error is not None else ""
        assert dialog.isVisible() and dialog.focusWidget() is u.causeKindCombo  # the cursor at the field

        press(u.causeKindCombo, Qt.Key.Key_Down)  # the first cause: staff service
        dialog.ok_button().click()

    drive_modal(page.close_request, close)
    assert "cause lies" in seen["message"]
    assert ui.requests.get(ui.desk, complaint.id).state is RequestState.CLOSED
    with ui.db.read() as s:
        assert s.get(ServiceRequest, complaint.id).complaint_cause == "staff"
