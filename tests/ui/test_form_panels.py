"""The forms of the desk as the receptionist meets them: an error never resizes the window, a second
Ctrl+S on the form just emptied does nothing, and the "saved" line goes away by itself."""

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel

from deskapp.services.visits import VisitQuery
from tests.ui.conftest import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def estate(ui):
    d, desk = ui.directory, ui.desk
    unit = d.create_unit(desk, "3-2-1502").id
    d.add_resident(desk, unit, name="王建国", role="owner", phones=["13812345678"])
    return unit


@pytest.fixture
def page(window, estate):
    window.resize(1280, 800)
    window.visits_tab.rooms.reload()
    return window.visits_tab.visit_page


def errors_shown(page) -> list[str]:
    return [label.objectName() for label in page.findChildren(QLabel)
            if label.objectName().endswith("Error") and label.isVisibleTo(page) and label.text()]


def test_a_field_error_leaves_the_window_its_size(qtbot, window, page):
    before = window.size()
    assert before == QSize(1280, 800)
    type_text(page.ui.unitEdit, "88-1-101")
    press(page.ui.unitEdit, Qt.Key.Key_Tab)
    assert errors_shown(page) == ["unitEditError"]
    press(page.ui.unitEdit, Qt.Key.Key_S, CTRL)  # more errors, more lines
    assert len(errors_shown(page)) > 1
    assert window.size() == before


def fill_visit(page) -> None:
    v = page.ui
    type_text(v.unitEdit, "3-2-1502")
    press(v.unitEdit, Qt.Key.Key_Tab)
    v.purposeCombo.setCurrentIndex(v.purposeCombo.findData("inquiry"))
    type_text(v.contentEdit, "问停水时间")
    v.resolvedRadio.setChecked(True)
    type_text(v.resolutionEdit, "已告知")


def test_a_second_ctrl_s_on_the_form_just_saved_does_nothing(qtbot, page, ui):
    fill_visit(page)
    press(page.ui.contentEdit, Qt.Key.Key_S, CTRL)
    saved = page.ui.visitMessageLabel.text()
    assert saved.startswith("Saved") and page.ui.unitEdit.text() == ""
    press(page.ui.unitEdit, Qt.Key.Key_S, CTRL)  # the key pressed twice
    assert errors_shown(page) == [] and page.ui.visitMessageLabel.text() == saved
    assert len(ui.visits.search(ui.desk, VisitQuery())) == 1
    type_text(page.ui.contentEdit, "又一件事")  # touched: a save now says what is missing
    press(page.ui.contentEdit, Qt.Key.Key_S, CTRL)
    assert "unitEditError" in errors_shown(page)


def test_ctrl_s_right_after_clear_does_nothing(qtbot, page):
    fill_visit(page)
    page.ui.clearVisitButton.click()
    press(page.ui.unitEdit, Qt.Key.Key_S, CTRL)
    assert errors_shown(page) == []


def test_the_saved_line_goes_away_after_a_few_seconds(qtbot, page):
    page.form.say_ms = 200
    fill_visit(page)
    press(page.ui.contentEdit, Qt.Key.Key_S, CTRL)
    assert page.ui.visitMessageLabel.text().startswith("Saved")
    qtbot.waitUntil(lambda: page.ui.visitMessageLabel.text() == "", timeout=2000)


def test_an_error_shown_after_the_saved_line_is_not_wiped_by_its_timer(qtbot, page):
    page.form.say_ms = 200
    fill_visit(page)
    press(page.ui.contentEdit, Qt.Key.Key_S, CTRL)
    type_text(page.ui.unitEdit, "88-1-101")
    press(page.ui.unitEdit, Qt.Key.Key_S, CTRL)
    qtbot.wait(400)
    assert "unitEditError" in errors_shown(page)


# -- the call and the guest forms share the panel ------------------------------------------------


@pytest.fixture
def call_page(window, estate):
    window.resize(1280, 800)
    window.new_call()
    return window.phone_tab.call_page


def test_a_second_ctrl_s_on_the_call_just_saved_does_nothing(qtbot, window, call_page, ui):
    c = call_page.c
    type_text(c.callerPhoneEdit, "13812345678")
    c.callCategoryCombo.setCurrentIndex(c.callCategoryCombo.findData("inquiry"))
    type_text(c.callContentEdit, "问停水")
    c.answeredRadio.setChecked(True)
    press(c.callContentEdit, Qt.Key.Key_S, CTRL)
    saved = c.callMessageLabel.text()
    assert saved.startswith("Saved the call")
    press(c.callerPhoneEdit, Qt.Key.Key_S, CTRL)
    assert errors_shown(call_page) == [] and c.callMessageLabel.text() == saved
    assert len(ui.calls.search(ui.desk)) == 1
    press(c.callerPhoneEdit, Qt.Key.Key_F2)  # the next call: still nothing to say about an empty form
    press(c.callerPhoneEdit, Qt.Key.Key_S, CTRL)
    assert errors_shown(call_page) == []
    assert window.size() == QSize(1280, 800)


def test_enter_on_the_guest_form_just_emptied_does_nothing(qtbot, window, estate):
    from tests.ui.conftest import drive_modal

    tab = window.visits_tab
    tab.tabs.setCurrentWidget(tab.guest_page)
    gate = tab.guest_page
    g = gate.ui
    type_text(g.guestNameEdit, "刘洋")
    type_text(g.hostUnitEdit, "3-2-1502")
    drive_modal(lambda: press(g.hostUnitEdit, Qt.Key.Key_Return), lambda dialog: dialog.reject())
    assert gate.last_checked_in is not None and g.guestNameEdit.text() == ""
    press(g.guestNameEdit, Qt.Key.Key_Return)
    assert errors_shown(gate) == []
