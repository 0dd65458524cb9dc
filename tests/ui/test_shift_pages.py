"""The control room's equipment record and shift pages, driven by keys as an operator at 3 a.m. would:
signing on, the 2-hourly record with a system found manual (explained), the banner turning red when the
clock moves past the record's time, the daily check, the handover with each carried item ticked by Space,
the refusals said on the page, and the duty log's preview read back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from deskapp.db.models import ControlEvent
from deskapp.domain.roles import Role
from deskapp.domain.shifts import CheckItem, CheckResult, RecordDue
from deskapp.services.shifts import Credential
from deskapp.ui.tabs.duty_status import BANNER_STYLES
from deskapp.ui.tabs.equipment_page import EquipmentPage
from deskapp.ui.tabs.shift_page import ShiftPage
from tests.conftest import PASSWORD
from tests.printing.pdfcheck import page_texts
from tests.ui.conftest import press, type_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Keys:
    """Key presses sent to whatever has the focus, counted."""

    def __init__(self, root: QWidget) -> None:
        self.root, self.count = root, 0

    def focus(self) -> QWidget:
        return QApplication.focusWidget() or self.root

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            press(self.focus(), key, modifier)
            if modifier & ALT:
                QTest.qWait(150)  # a button's letter clicks it as an animated click (pressed 100 ms)
            QApplication.processEvents()
            self.count += 1

    def type(self, text: str) -> None:
        type_text(self.focus(), text)
        self.count += len(text)


@pytest.fixture
def room(ui):
    ops = [ui.member(ui.admin, f"200{n}", Role.CONTROL_OPERATOR, name=name, settled=True)
           for n, name in ((1, "张伟"), (2, "刘洋"), (3, "王磊"), (4, "孙丽"))]
    return ops


def show(qtbot, page: QWidget) -> QWidget:
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    page.activateWindow()
    QApplication.processEvents()
    return page


def equipment_page(qtbot, ui, actor) -> EquipmentPage:
    return show(qtbot, EquipmentPage(shifts=ui.services.shifts, actor=actor))


def shift_page(qtbot, ui, actor, station) -> ShiftPage:
    config, path = station
    return show(qtbot, ShiftPage(shifts=ui.services.shifts, printing=ui.printing, actor=actor, config=config,
                                 config_path=path))


def said(page: QWidget) -> str:
    """What the page says: its message line and the red lines under its fields."""
    from PySide6.QtWidgets import QLabel

    return " ".join(w.text() for w in page.findChildren(QLabel)
                    if w.isVisibleTo(page) and (w.objectName().endswith("Error") or w.objectName().endswith("MessageLabel")))


def sign_on(ui, ops, a=0, b=1):
    return ui.services.shifts.start_shift(ops[a], [Credential(ops[a].staff_no, PASSWORD),
                                                   Credential(ops[b].staff_no, PASSWORD)])


def test_an_equipment_record_by_keys_with_a_system_found_manual(qtbot, ui, room):
    sign_on(ui, room)
    page = equipment_page(qtbot, ui, room[0])
    assert page.level == "due"  # a new shift owes its first record at once
    shutters = next(r for r in page.rows if r.system.name == "防火卷帘")
    keys = Keys(page)
    page.ui.controllerCombo.setFocus()  # where the page starts
    keys.press(Qt.Key.Key_X, ALT)  # every line as it should be; the cursor back at the top
    while QApplication.focusWidget() is not shutters.mode:  # down the lines to the shutters
        keys.press(Qt.Key.Key_Tab)
        assert keys.count < 30
    keys.press(Qt.Key.Key_Down)  # 自动 → 手动
    keys.press(Qt.Key.Key_Tab, times=2)  # past the running state, to the explanation
    keys.type("三层卷帘检修")
    keys.press(Qt.Key.Key_S, CTRL)
    record = ui.services.shifts.status(room[0]).last_record
    assert record is not None and record.flagged, (page.ui.equipmentMessageLabel.text(), shutters.mode.currentText(),
                                                   shutters.why.text(), QApplication.focusWidget())
    assert next(x for x in record.lines if x.name == "防火卷帘").explanation == "三层卷帘检修"
    # Alt+X, 13 Tabs (two controllers with their notes, three systems of three fields), Down, 2 Tabs, the
    # six characters of the explanation, Ctrl+S; a record with nothing abnormal is Alt+X, Ctrl+S.
    assert keys.count == 24, keys.count
    assert page.ui.controllerCombo.currentData() is None  # emptied for the next record
    assert "Recorded at" in page.ui.equipmentMessageLabel.text()
    page.reload()
    assert page.records.model.rowCount() == 1 and page.records.model.is_warning(page.records.rows()[0])


def test_manual_without_its_explanation_is_refused_on_the_page(qtbot, ui, room):
    sign_on(ui, room)
    page = equipment_page(qtbot, ui, room[0])
    page.set_expected()
    shutters = next(r for r in page.rows if r.system.name == "防火卷帘")
    shutters.mode.setCurrentIndex(shutters.mode.findData("manual"))
    page.ui.controllerCombo.setFocus()
    QTest.keyClick(page.ui.controllerCombo, Qt.Key.Key_S, CTRL)
    assert "say why" in said(page)
    assert shutters.mode.property("invalid") is True
    assert ui.services.shifts.status(room[0]).last_record is None


def test_the_banner_turns_red_when_the_record_is_overdue(qtbot, ui, room, clock):
    sign_on(ui, room)
    page = equipment_page(qtbot, ui, room[0])
    page.set_expected()
    page.save()
    assert page.level == "ok"  # the record's own level; the banner is red while the daily check is owed
    assert page.ui.equipmentStatusLabel.styleSheet() == BANNER_STYLES["overdue"]
    ui.services.shifts.record_daily_check(room[0], results={i: CheckResult.NORMAL for i in CheckItem})
    page.refresh_status()
    assert page.level == "ok" and page.ui.equipmentStatusLabel.styleSheet() == BANNER_STYLES["ok"]
    seen = []
    page.due_changed.connect(seen.append)
    clock.advance(minutes=112)
    page.tick.timeout.emit()
    assert page.level == "due" and "due at" in page.ui.equipmentStatusLabel.text()
    clock.advance(minutes=10)
    page.tick.timeout.emit()
    assert page.level == "overdue" and page.ui.equipmentStatusLabel.styleSheet() == BANNER_STYLES["overdue"]
    assert "OVERDUE" in page.ui.equipmentStatusLabel.text() and seen == ["due", "overdue"]
    assert ui.services.shifts.status(room[0]).record.status is RecordDue.OVERDUE


def test_signing_on_the_daily_check_and_the_handover_by_keys(qtbot, ui, room, station):
    page = shift_page(qtbot, ui, room[0], station)
    assert page.ui.signOnGroup.isVisible() and not page.ui.handoverGroup.isVisible()
    keys = Keys(page)
    page.ui.operator1StaffEdit.setFocus()
    for staff_no in ("2001", "2002"):
        keys.type(staff_no)
        keys.press(Qt.Key.Key_Tab)
        keys.type(PASSWORD)
        keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_N, ALT)  # Sign on
    assert ui.services.shifts.status(room[0]).shift is not None
    assert page.ui.handoverGroup.isVisible() and page.ui.operator2PasswordEdit.text() == ""
    # The daily check: each result Down to 正常, Tab to the next; Alt+K records it.
    page.ui.selfTestCombo.setFocus()
    for _ in CheckItem:
        keys.press(Qt.Key.Key_Down)
        keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_K, ALT)
    assert ui.services.shifts.status(room[0]).last_check is not None
    svc = ui.services.shifts
    from deskapp.domain.shifts import SystemReading

    svc.record_equipment(room[0], controller="normal", linkage="auto",
                         readings=[SystemReading(x.id, "auto", "normal") for x in svc.systems(room[0])])
    # An open alarm to carry over.
    now = ui.clock.now()
    with ui.db.write(ui.admin) as s:
        s.add(ControlEvent(number=1, received_at=now, source="fire_panel", kind="fire", building="3栋", floor="12",
                           text="烟感报警", created_at=now, created_by_id=ui.admin.staff_id, created_station="ctl"))
    page.reload()
    assert page.ui.carriedList.count() == 1 and "烟感报警" in page.ui.carriedList.item(0).text()
    assert "controller Normal, linkage Automatic" in page.ui.handedStateValueLabel.text()
    # Handing over without ticking the item is refused, and said.
    page.ui.outgoingStaffEdit.setFocus()
    for staff_no in ("2001", "2003", "2004"):
        keys.type(staff_no)
        keys.press(Qt.Key.Key_Tab)
        keys.type(PASSWORD)
        keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_V, ALT)
    assert "not acknowledged" in said(page)
    assert page.ui.incoming1PasswordEdit.text() == ""  # passwords are never kept
    # Tick it with Space, sign again, hand over.
    page.ui.carriedList.setFocus()
    page.ui.carriedList.setCurrentRow(0)
    keys.press(Qt.Key.Key_Space)
    assert page.acknowledged() == [("event", 1)]
    for name in ("outgoing", "incoming1", "incoming2"):
        getattr(page.ui, f"{name}PasswordEdit").setFocus()
        keys.type(PASSWORD)
    keys.press(Qt.Key.Key_V, ALT)
    status = ui.services.shifts.status(room[0])
    assert status.shift is not None and [o.name for o in status.shift.operators] == ["王磊", "孙丽"]
    assert "Handed over" in page.ui.shiftMessageLabel.text()
    handed = page.shift_list.current()  # the shift handed over, its duty log one key away
    assert handed is not None and [o.name for o in handed.operators] == ["张伟", "刘洋"]
    assert page.ui.printShiftButton.isEnabled()
    assert keys.count < 150, keys.count


def test_one_incoming_operator_is_refused_on_the_page(qtbot, ui, room, station):
    sign_on(ui, room)
    ui.services.shifts.record_daily_check(room[0], results={i: CheckResult.NORMAL for i in CheckItem})
    page = shift_page(qtbot, ui, room[0], station)
    u = page.ui
    for edit, text in ((u.outgoingStaffEdit, "2001"), (u.outgoingPasswordEdit, PASSWORD),
                       (u.incoming1StaffEdit, "2003"), (u.incoming1PasswordEdit, PASSWORD)):
        type_text(edit, text)
    page.hand_over()
    assert "at least 2 operators" in said(page)
    assert ui.services.shifts.status(room[0]).shift.operators[0].name == "张伟"


def test_the_duty_log_preview_of_the_day_and_of_a_shift(qtbot, ui, room, station):
    sign_on(ui, room)
    page = shift_page(qtbot, ui, room[0], station)
    page.reload()
    preview = page.day_preview()
    qtbot.addWidget(preview)
    text = "".join(page_texts(preview.printout.pdf)).replace(" ", "").replace("\n", "")
    assert "消防控制室值班记录表" in text and "张伟" in text and "刘洋" in text
    page.shift_list.select_key(page.shift_list.rows()[0].id)
    assert page.ui.printShiftButton.isEnabled()
    shift_preview = page.shift_preview()
    qtbot.addWidget(shift_preview)
    assert "第1班" in "".join(page_texts(shift_preview.printout.pdf)).replace(" ", "")
    assert preview.printout.page.value == "A4"


def test_the_pages_follow_the_change_feed(qtbot, ui, room, station):
    page = shift_page(qtbot, ui, room[0], station)
    eq = equipment_page(qtbot, ui, room[0])
    assert page.ui.signOnGroup.isVisible()
    sign_on(ui, room)  # at another station, as it were
    page.on_changes(frozenset({"shift"}))
    eq.on_changes(frozenset({"shift"}))
    assert page.ui.dailyCheckGroup.isVisible() and "on duty" in eq.ui.equipmentStatusLabel.text()
    ui.services.shifts.add_system(ui.admin, name="电气火灾监控系统", should_be_auto=True)
    eq.on_changes(frozenset({"fire_system"}))
    assert eq.rows[-1].system.name == "电气火灾监控系统"
    assert timedelta(0) == timedelta(0)


def test_the_control_tab_holds_the_shift_pages_their_titles_saying_what_is_due(qtbot, ui, room, station, clock):
    from deskapp.ui.tabs.control import ControlTab

    config, path = station
    sign_on(ui, room)
    tab = ControlTab(control=ui.services.control, printing=ui.printing, actor=room[0], config=config,
                     config_path=path, shifts=ui.services.shifts)
    show(qtbot, tab)
    assert tab.equipment_page in tab.pages and tab.shift_page in tab.pages
    index = tab.tabs.indexOf(tab.equipment_page)
    assert tab.tabs.tabText(index) == "Equipment record (due)"  # the new shift owes its first record
    shift_index = tab.tabs.indexOf(tab.shift_page)
    assert tab.tabs.tabText(shift_index) == "Shift and handover (OVERDUE)"  # no daily check yet
    svc = ui.services.shifts
    from deskapp.domain.shifts import SystemReading

    svc.record_equipment(room[0], controller="normal", linkage="auto",
                         readings=[SystemReading(x.id, "auto", "normal") for x in svc.systems(room[0])])
    svc.record_daily_check(room[0], results={i: CheckResult.NORMAL for i in CheckItem})
    tab.equipment_page.on_changes(frozenset({"equipment_record"}))
    tab.shift_page.on_changes(frozenset({"shift"}))
    assert tab.tabs.tabText(index) == "Equipment record"
    assert tab.tabs.tabText(shift_index) == "Shift and handover"
    assert "done today at" in tab.shift_page.ui.dailyCheckGroup.title()
    clock.advance(minutes=115)
    tab.equipment_page.tick.timeout.emit()
    assert tab.tabs.tabText(index) == "Equipment record (due)"
    guard = ui.member(ui.admin, "3001", Role.GUARD, name="陈强")
    no_shift = ControlTab(control=ui.services.control, printing=ui.printing, actor=guard, config=config,
                          config_path=path, shifts=ui.services.shifts)
    qtbot.addWidget(no_shift)
    assert no_shift.equipment_page is None and no_shift.shift_page is None


def test_the_shift_models_pass_the_model_tester(qtmodeltester, qtbot, ui, room, station):
    sign_on(ui, room)
    eq = equipment_page(qtbot, ui, room[0])
    eq.set_expected()
    eq.save()
    eq.reload()
    assert eq.records.model.rowCount() == 1
    qtmodeltester.check(eq.records.model)
    page = shift_page(qtbot, ui, room[0], station)
    page.reload()
    assert page.shift_list.model.rowCount() == 1
    qtmodeltester.check(page.shift_list.model)


def test_no_two_mnemonics_clash_on_the_shift_pages_in_either_state(qtbot, ui, room, make_window):
    """The walk of test_mnemonics sees the shift page with no shift on duty; here the other state too
    (the daily check and the handover shown), in the main window with its menus and tabs."""
    from tests.ui.test_mnemonics import clashes, reachable

    w = make_window(room[0])
    tab = w.control_tab
    assert tab is not None and tab.shift_page is not None and tab.equipment_page is not None
    w.tabs.setCurrentWidget(tab)
    for state in ("no shift", "on duty"):
        if state == "on duty":
            sign_on(ui, room)
            tab.shift_page.refresh_status()
        for page in (tab.equipment_page, tab.shift_page):
            tab.tabs.setCurrentWidget(page)
            QApplication.processEvents()
            found = reachable(w) + [(str(n), f"page key Alt+{n}") for n in range(1, 10)]
            assert not clashes(found), (state, page.objectName(), clashes(found))
    assert tab.shift_page.ui.handoverGroup.isVisible()


def test_a_record_with_nothing_abnormal_is_two_keys(qtbot, ui, room):
    sign_on(ui, room)
    page = equipment_page(qtbot, ui, room[0])
    keys = Keys(page)
    page.ui.controllerCombo.setFocus()
    keys.press(Qt.Key.Key_X, ALT)
    keys.press(Qt.Key.Key_S, CTRL)
    record = ui.services.shifts.status(room[0]).last_record
    assert record is not None and not record.flagged and keys.count == 2


def test_a_member_not_on_the_shift_sees_the_forms_but_cannot_record(qtbot, ui, room, station):
    sign_on(ui, room)
    eq = equipment_page(qtbot, ui, room[2])
    assert not eq.ui.equipmentGroup.isEnabled() and not eq.ui.saveEquipmentButton.isEnabled()
    page = shift_page(qtbot, ui, room[2], station)
    assert not page.ui.dailyCheckGroup.isEnabled() and page.ui.handoverGroup.isEnabled()
    mine = equipment_page(qtbot, ui, room[1])
    assert mine.ui.equipmentGroup.isEnabled()
