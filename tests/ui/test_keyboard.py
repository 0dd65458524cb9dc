"""Every daily task without the mouse, and the keys that move around the window.

The tasks are driven by keys sent to whatever field has the cursor (never to a widget picked by the
test), so a key that would land in the wrong place shows up as a failure; each task prints how many
keys it took (``pytest -s`` shows them), typing counted one key a character.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from deskapp.domain.requests import Department, RequestState
from deskapp.domain.visits import Outcome, Purpose
from deskapp.services.visits import VisitQuery
from tests.ui.conftest import drive_modal, type_text

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    """A receptionist's hands on the keyboard: keys go where the cursor is; each one is counted."""

    def __init__(self, qtbot, task: str, window: QWidget | None = None) -> None:
        self.qtbot, self.task, self.window = qtbot, task, window
        self.count = self.typed = 0

    def focus(self) -> QWidget:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and QApplication.activeWindow() is not dialog:
            dialog.activateWindow()  # a desktop gives a new dialog the keyboard; the offscreen one needs asking
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=1000)
        elif dialog is None and QApplication.activeWindow() is None and self.window is not None:
            self.window.activateWindow()  # and gives the window back when the dialog has closed
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=1000)
        w = QApplication.focusWidget()
        assert w is not None, "no field has the cursor"
        return w

    def at(self) -> str:
        """The objectName of the field with the cursor (an editable combo box's, not its line edit's)."""
        w = self.focus()
        return w.objectName() or w.parent().objectName()

    def key(self, key: Qt.Key, modifier=NO, times: int = 1) -> None:
        for _ in range(times):
            self.count += 1
            QTest.keyClick(self.focus(), key, modifier)
            if modifier & ALT:
                QTest.qWait(150)  # a button's letter clicks it as an animated click (pressed 100 ms)
            QApplication.processEvents()

    def type(self, text: str) -> None:
        self.count += len(text)
        self.typed += len(text)
        type_text(self.focus(), text)
        QApplication.processEvents()

    def tab_to(self, name: str, limit: int = 12) -> None:
        """Tab along the form until the cursor is in ``name`` (each Tab counted)."""
        for _ in range(limit):
            if self.at() == name:
                return
            self.key(Qt.Key.Key_Tab)
        assert self.at() == name, f"Tab never reached {name} (at {self.at()})"

    def in_dialog(self, key: Qt.Key, modifier, handler: Callable[[Keyboard], None]) -> None:
        """A key that opens a dialog (a button's letter clicks it a moment later), then the dialog by keys."""
        done: list[bool] = []

        def wait() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, wait)
                return
            try:
                handler(self)
            finally:
                done.append(True)
                if dialog.isVisible():
                    dialog.reject()

        QTimer.singleShot(0, wait)
        self.key(key, modifier)
        self.qtbot.waitUntil(lambda: bool(done), timeout=5000)

    def report(self) -> None:
        print(f"\n{self.task}: {self.count} keys ({self.typed} of them typing the words and numbers)")


@pytest.fixture
def estate(ui):
    d, desk = ui.directory, ui.desk
    a = d.create_unit(desk, "3-2-1502")
    b = d.create_unit(desk, "5-1-101")
    d.add_resident(desk, a.id, name="王建国", role="owner", phones=["13812345678"])
    d.add_resident(desk, b.id, name="陈静", role="tenant", phones=["13900005678"])
    return {"3-2-1502": a.id, "5-1-101": b.id}


@pytest.fixture
def desk(window, estate):
    """The front desk at the start of a shift: the window in front, on visitors."""
    window.activateWindow()
    QApplication.processEvents()
    return window


def register(ui, **overrides):
    values = dict(unit="5-1-101", contact_name="陈静", contact_phone="13900005678", category=Purpose.REPAIR,
                  description="阳台灯不亮", department=Department.ENGINEERING)
    return ui.requests.register(ui.desk, **(values | overrides))


# -- moving around --------------------------------------------------------------------------------


def test_ctrl_digits_choose_the_tabs_and_alt_digits_the_pages(qtbot, desk):
    w = desk
    k = Keyboard(qtbot, "tabs")
    for n in range(w.tabs.count()):
        k.key(getattr(Qt.Key, f"Key_{n + 1}"), CTRL)
        assert w.tabs.currentIndex() == n
    k.key(Qt.Key.Key_1, CTRL)
    pages = w.visits_tab.tabs
    k.key(Qt.Key.Key_2, ALT)
    assert pages.currentWidget() is w.visits_tab.guest_page and k.at() == "guestNameEdit"
    k.key(Qt.Key.Key_1, ALT)
    assert pages.currentWidget() is w.visits_tab.visit_page and k.at() == "unitEdit"
    k.key(Qt.Key.Key_2, CTRL)
    k.key(Qt.Key.Key_3, ALT)
    assert w.phone_tab.tabs.currentWidget() is w.phone_tab.callbacks_page
    k.key(Qt.Key.Key_9, CTRL)  # no ninth tab: nothing happens
    assert w.tabs.currentWidget() is w.phone_tab


def test_ctrl_tab_moves_between_the_pages_and_ctrl_page_keys_between_the_tabs(qtbot, desk):
    w = desk
    k = Keyboard(qtbot, "pages")
    pages = w.visits_tab.tabs
    assert pages.currentIndex() == 0 and k.at() == "unitEdit"
    k.key(Qt.Key.Key_Tab, CTRL)
    assert pages.currentIndex() == 1 and k.at() == "guestNameEdit"
    k.key(Qt.Key.Key_Tab, CTRL)  # round to the first page; never to another tab
    assert w.tabs.currentWidget() is w.visits_tab and pages.currentIndex() == 0
    k.key(Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert pages.currentIndex() == 1
    k.key(Qt.Key.Key_PageDown, CTRL)
    assert w.tabs.currentWidget() is w.phone_tab and k.at() == "callerPhoneEdit"
    k.key(Qt.Key.Key_PageDown, CTRL)
    assert w.tabs.currentWidget() is w.directory_tab and k.at() == "searchEdit"
    k.key(Qt.Key.Key_Tab, CTRL)  # the directory has no pages: Ctrl+Tab leaves it where it is
    assert w.tabs.currentWidget() is w.directory_tab
    k.key(Qt.Key.Key_PageDown, CTRL)
    assert w.tabs.currentWidget() is w.passes_tab and k.at() == "unitEdit"
    k.key(Qt.Key.Key_Tab, CTRL)
    assert w.passes_tab.tabs.currentIndex() == 1 and k.at() == "passNumberEdit"
    k.key(Qt.Key.Key_PageUp, CTRL)
    k.key(Qt.Key.Key_PageUp, CTRL)
    k.key(Qt.Key.Key_PageUp, CTRL)
    assert w.tabs.currentWidget() is w.visits_tab


def test_clicking_the_residents_tab_puts_the_cursor_in_its_search_box(qtbot, desk):
    w = desk
    bar = w.tabs.findChild(QTabBar)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(w.tabs.indexOf(w.directory_tab)).center())
    assert w.tabs.currentWidget() is w.directory_tab
    assert QApplication.focusWidget() is w.directory_tab.ui.searchEdit


def test_the_page_keys_do_nothing_behind_the_lock(qtbot, desk):
    w = desk
    w.lock()
    QApplication.processEvents()
    QTest.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_3, CTRL)
    assert w.tabs.currentWidget() is w.visits_tab and w.locked


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Down])
def test_enter_or_down_in_the_requests_search_selects_the_first_result(qtbot, desk, ui, key):
    one = register(ui)
    register(ui, description="楼道灯坏了", contact_name="王建国", unit="3-2-1502")
    w = desk
    k = Keyboard(qtbot, "requests search")
    k.key(Qt.Key.Key_2, CTRL)
    k.key(Qt.Key.Key_2, ALT)
    page = w.phone_tab.requests_page
    assert k.at() == "requestSearchEdit"
    k.type("阳台")
    qtbot.waitUntil(lambda: page.requests_model.rowCount() == 1)  # a single result
    k.key(key)
    assert k.at() == "requestsTable" and page.request is not None and page.request.id == one.id
    assert page.r.dispatchButton.isEnabled()


def test_a_single_result_tabbed_into_can_be_selected_with_space(qtbot, desk, ui):
    register(ui)
    w = desk
    k = Keyboard(qtbot, "one result")
    k.key(Qt.Key.Key_2, CTRL)
    k.key(Qt.Key.Key_2, ALT)
    page = w.phone_tab.requests_page
    k.tab_to("requestsTable")  # tabbed into, the row under the cursor is picked
    qtbot.waitUntil(lambda: page.request is not None)
    assert page.r.dispatchButton.isEnabled()


def test_a_one_line_dialog_saves_with_enter_and_a_multi_line_one_with_ctrl_enter(qtbot, desk, ui):
    from deskapp.ui.dialogs.directory import ReasonDialog
    from deskapp.ui.dialogs.requests import StepDialog

    said: list[str] = []
    step = StepDialog(title="Complete", prompt="?", action=said.append, parent=desk)
    qtbot.addWidget(step)

    def fill(k: Keyboard) -> None:
        assert k.at() == "textEdit"
        k.type("换了灯泡")
        k.key(Qt.Key.Key_Return)  # a new line in a multi-line box
        k.type("已试亮")
        k.key(Qt.Key.Key_Return, CTRL)

    k = Keyboard(qtbot, "step dialog")
    drive_modal(step.exec, lambda _d: fill(k))
    assert said == ["换了灯泡\n已试亮"]
    reason = ReasonDialog(prompt="?", action=said.append, parent=desk)
    qtbot.addWidget(reason)

    def why(k: Keyboard) -> None:
        k.type("重复登记")
        k.key(Qt.Key.Key_Return)

    drive_modal(reason.exec, lambda _d: why(k))
    assert said[-1] == "重复登记"


# -- the daily tasks, keys only -------------------------------------------------------------------


def test_a_visit_by_keys_only(qtbot, desk, ui):
    k = Keyboard(qtbot, "a resident's visit, resolved on the spot")
    assert k.at() == "unitEdit"  # the front desk starts in the unit field
    k.type("3-2-1502")
    k.tab_to("visitorCombo")  # the unit is looked up; its owner is offered
    k.tab_to("purposeCombo")
    k.key(Qt.Key.Key_Down, times=5)  # — choose — → … → inquiry
    k.tab_to("contentEdit")
    k.type("问停水时间")
    k.tab_to("confirmedCheck")
    k.key(Qt.Key.Key_Space)
    k.tab_to("resolvedRadio")
    k.key(Qt.Key.Key_Space)
    k.tab_to("resolutionEdit")
    k.type("明天9点到12点")
    k.key(Qt.Key.Key_S, CTRL)
    [visit] = ui.visits.search(ui.desk, VisitQuery())
    assert (visit.room_no, visit.visitor_name, visit.purpose, visit.outcome, visit.confirmed) == (
        "3-2-1502", "王建国", Purpose.INQUIRY, Outcome.RESOLVED, True)
    assert k.at() == "unitEdit"  # ready for the next visitor
    k.report()


def test_a_guest_check_in_by_keys_only(qtbot, desk, ui):
    k = Keyboard(qtbot, "a guest checked in (the slip shown, closed with Esc)")
    k.key(Qt.Key.Key_2, ALT)  # the guests page, the cursor in the guest's name
    k.type("刘洋")
    k.key(Qt.Key.Key_Tab)
    k.type("13600001111")
    k.key(Qt.Key.Key_Tab)
    assert k.at() == "hostUnitEdit"
    k.type("5-1-101")
    seen = {}

    def slip(k: Keyboard) -> None:
        seen["title"] = QApplication.activeModalWidget().windowTitle()
        k.key(Qt.Key.Key_Escape)

    k.in_dialog(Qt.Key.Key_Return, NO, slip)
    if not seen:  # the first Enter took the completion of the unit: one more
        k.in_dialog(Qt.Key.Key_Return, NO, slip)
    [guest] = ui.guests.on_site(ui.desk)
    assert (guest.name, guest.room_no) == ("刘洋", "5-1-101") and seen["title"] == f"访客单 {guest.slip_no}"
    k.report()


def test_a_guest_check_out_by_slip_number_by_keys_only(qtbot, desk, ui):
    guest = ui.guests.check_in(ui.desk, name="刘洋", host_unit="5-1-101", stay_minutes=60)
    k = Keyboard(qtbot, "a guest checked out by slip number")
    k.key(Qt.Key.Key_2, ALT)
    k.key(Qt.Key.Key_G, ALT)  # the check-out box: the cursor in the slip field
    assert k.at() == "slipEdit"
    k.type(guest.slip_no)
    k.key(Qt.Key.Key_Return)
    assert ui.guests.on_site(ui.desk) == [] and k.at() == "slipEdit"  # ready for the next scan
    k.report()


def test_an_incoming_call_that_becomes_a_request_by_keys_only(qtbot, desk, ui):
    k = Keyboard(qtbot, "an incoming call that becomes a request")
    k.key(Qt.Key.Key_F2)
    assert k.at() == "callerPhoneEdit"
    k.type("13900005678")  # one resident: unit and name filled in
    k.tab_to("callCategoryCombo")
    k.key(Qt.Key.Key_Down, times=2)  # report → repair
    k.tab_to("callContentEdit")
    k.type("阳台灯不亮")
    k.key(Qt.Key.Key_I, ALT)  # "important details repeated back and confirmed"
    k.key(Qt.Key.Key_R, ALT)  # create a request
    k.tab_to("callDepartmentCombo")
    k.key(Qt.Key.Key_Down)  # engineering
    k.key(Qt.Key.Key_S, CTRL)
    [request] = ui.requests.search(ui.desk)
    assert (request.source, request.room_no, request.description, request.department) == (
        "call", "5-1-101", "阳台灯不亮", Department.ENGINEERING)
    k.report()


def test_a_request_dispatched_started_and_completed_by_keys_only(qtbot, desk, ui):
    ui.requests.dispatch(ui.desk, register(ui, description="旧的").id, assignee="刘师傅")  # offered next time
    request = register(ui)
    w = desk
    page = w.phone_tab.requests_page
    k = Keyboard(qtbot, "a request dispatched (who and when), started and completed", w)
    k.key(Qt.Key.Key_2, CTRL)
    k.key(Qt.Key.Key_2, ALT)
    k.type(request.number)
    qtbot.waitUntil(lambda: page.requests_model.rowCount() == 1)
    k.key(Qt.Key.Key_Return)  # into the list, the request selected
    assert page.request.id == request.id

    def dispatch(k: Keyboard) -> None:
        assert k.at() == "assigneeCombo"
        k.type("刘")  # completes to 刘师傅
        k.tab_to("promisedCheck")
        k.key(Qt.Key.Key_Space)  # a promised time (today, two hours on, offered)
        k.key(Qt.Key.Key_Return)

    k.in_dialog(Qt.Key.Key_D, ALT, dispatch)
    after = ui.requests.get(ui.desk, request.id)
    assert after.state is RequestState.DISPATCHED and after.assignee == "刘师傅"
    assert after.promised_at is not None and after.promised_at >= ui.requests.now() + timedelta(hours=2)
    qtbot.waitUntil(lambda: page.request.state is RequestState.DISPATCHED)
    assert "刘师傅" in page.r.requestInfoLabel.text()
    k.key(Qt.Key.Key_T, ALT)  # start
    qtbot.waitUntil(lambda: page.request.state is RequestState.IN_PROGRESS)

    def complete(k: Keyboard) -> None:
        k.type("更换灯泡")
        k.key(Qt.Key.Key_Return, CTRL)

    k.in_dialog(Qt.Key.Key_M, ALT, complete)
    assert ui.requests.get(ui.desk, request.id).state is RequestState.COMPLETED
    k.report()


def test_a_callback_by_keys_only(qtbot, desk, ui):
    request = register(ui)
    for step in (lambda: ui.requests.dispatch(ui.desk, request.id, assignee="刘师傅"),
                 lambda: ui.requests.start(ui.desk, request.id),
                 lambda: ui.requests.complete(ui.desk, request.id, note="已修好")):
        step()
    w = desk
    k = Keyboard(qtbot, "a callback (reached, satisfied)", w)
    k.key(Qt.Key.Key_2, CTRL)
    k.key(Qt.Key.Key_3, ALT)  # the callback queue, the cursor in it
    assert k.at() == "callbacksTable"
    page = w.phone_tab.callbacks_page
    k.key(Qt.Key.Key_Down)  # the first callback due is picked (the row the cursor is on)
    assert page.queue.current().id == request.id
    k.tab_to("callbackOutcomeCombo")  # reached the owner (the first choice)
    k.tab_to("satisfactionCombo")
    k.key(Qt.Key.Key_Down)  # satisfied
    k.tab_to("callbackCommentEdit")
    k.type("很满意")
    k.key(Qt.Key.Key_S, CTRL)
    assert ui.requests.get(ui.desk, request.id).state is RequestState.CALLED_BACK
    k.report()


def test_a_directory_look_up_by_keys_only(qtbot, desk, ui):
    ui.directory.add_resident(ui.desk, ui.directory.find_unit(ui.desk, "3-2-1502").id, name="王小明", role="family",
                              phones=["13700001234"])
    w = desk
    k = Keyboard(qtbot, "a directory look-up by the last four digits")
    k.key(Qt.Key.Key_3, CTRL)
    assert k.at() == "searchEdit"
    k.type("1234")
    k.key(Qt.Key.Key_Down)
    assert k.at() == "resultsTable"
    assert w.directory_tab.unit is not None and w.directory_tab.unit.room_no == "3-2-1502"
    k.report()


def test_the_key_counts_drive_real_focus_not_a_chosen_widget(qtbot, desk):
    """The driver presses keys where the cursor is: a Tab from the unit field leaves it."""
    k = Keyboard(qtbot, "check")
    assert k.at() == "unitEdit"
    k.key(Qt.Key.Key_Tab)
    assert k.at() != "unitEdit"
