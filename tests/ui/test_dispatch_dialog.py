"""The dispatch dialog: whom the request goes to, picked from the names offered or typed, and by when."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLabel

from deskapp.domain.requests import Department, RequestState
from deskapp.domain.roles import Role
from deskapp.domain.visits import Purpose
from deskapp.services.printouts import local
from deskapp.ui.dialogs.requests import DispatchDialog
from tests.ui.conftest import press, type_text


@pytest.fixture
def request_(ui):
    ui.directory.create_unit(ui.desk, "5-1-101")
    ui.member(ui.admin, "7001", Role.GUARD, name="孙伟")
    old = ui.requests.register(ui.desk, unit="5-1-101", category=Purpose.REPAIR, description="旧的",
                               department=Department.ENGINEERING)
    ui.requests.dispatch(ui.desk, old.id, assignee="刘师傅")
    return ui.requests.register(ui.desk, unit="5-1-101", category=Purpose.REPAIR, description="阳台灯不亮",
                                department=Department.ENGINEERING)


def dialog_for(qtbot, ui, request, done: list) -> DispatchDialog:
    d = DispatchDialog(requests=ui.requests, actor=ui.desk, request=request,
                       action=lambda who, when: done.append(ui.requests.dispatch(
                           ui.desk, request.id, assignee=who, promised_at=when, seen=RequestState.REGISTERED)))
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    return d


def test_the_team_the_latest_names_and_the_staff_are_offered(qtbot, ui, request_):
    d = dialog_for(qtbot, ui, request_, [])
    combo = d.ui.assigneeCombo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered[:2] == ["Engineering", "刘师傅"] and {"孙伟", "赵敏", "周杰"} <= set(offered)
    assert combo.currentText() == "" and not d.ui.promisedCheck.isChecked() and not d.ui.promisedEdit.isEnabled()
    assert "阳台灯不亮" in d.ui.promptLabel.text()


def test_a_name_typed_and_a_time_promised_are_dispatched_with_enter(qtbot, ui, request_):
    done: list = []
    d = dialog_for(qtbot, ui, request_, done)
    type_text(d.ui.assigneeCombo.lineEdit(), "王师傅")  # not offered: typed
    d.ui.promisedCheck.setChecked(True)
    shown = d.ui.promisedEdit.dateTime().toPython()
    press(d.ui.promisedEdit, Qt.Key.Key_Return)
    [after] = done
    assert after.assignee == "王师傅" and local(after.promised_at) == shown
    assert after.promised_at >= ui.requests.now() + timedelta(hours=2)  # the time offered: two hours on, rounded up
    assert not d.isVisible()


def test_a_past_promise_and_no_name_are_shown_at_their_fields_and_the_dialog_stays(qtbot, ui, request_):
    done: list = []
    d = dialog_for(qtbot, ui, request_, done)
    d.ui.promisedCheck.setChecked(True)
    past = QDateTime(local(ui.requests.now() - timedelta(hours=1)))
    d.ui.promisedEdit.setDateTime(past)
    press(d.ui.assigneeCombo.lineEdit(), Qt.Key.Key_Return)
    assert not done and d.isVisible()
    assert d.findChild(QLabel, "assigneeComboError").text() and d.findChild(QLabel, "promisedEditError").text()
    assert ui.requests.get(ui.desk, request_.id).state is RequestState.REGISTERED


def test_a_promise_made_at_registration_is_shown_ticked(qtbot, ui, request_):
    promised = ui.requests.now() + timedelta(days=1)
    r = ui.requests.register(ui.desk, unit="5-1-101", category=Purpose.REPAIR, description="换锁",
                             department=Department.ENGINEERING, promised_at=promised)
    d = dialog_for(qtbot, ui, r, [])
    assert d.ui.promisedCheck.isChecked() and d.ui.promisedEdit.dateTime().toPython() == local(promised)
