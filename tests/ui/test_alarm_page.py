"""The control room's alarm log, driven by the keyboard as an operator would at 3 a.m.: an alarm logged,
dispatched and closed without the mouse (the keys counted); the received time taken on the first key;
the countdown turning red when the clock moves past the house rule; a real fire refused closing on the
page; a closed event amended by a note; the device flag; the 119 dialog; bad input."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from deskapp.domain.control import Cause, EventKind, EventStage, Result, Source
from deskapp.domain.roles import Role
from deskapp.services.control import EventInput
from deskapp.ui.models.control import OVERDUE, RED
from deskapp.ui.tabs.control import ControlTab
from tests.ui.conftest import drive_modal, type_text


class Keys:
    """Presses keys into the focused widget, counting them."""

    def __init__(self) -> None:
        self.count = 0

    def focused(self):
        w = QApplication.focusWidget()
        assert w is not None, "nothing has the keyboard focus"
        return w

    def key(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.focused(), key, modifier)
        self.count += 1
        QApplication.processEvents()

    def text(self, text: str) -> None:
        for ch in text:
            QTest.keyClicks(self.focused(), ch)
            self.count += 1
        QApplication.processEvents()


@pytest.fixture
def operator(ui):
    ui.control.save_device(ui.admin, address="1-023", device_type="smoke detector", building="B3", floor="12F",
                           zone="B3-12-East")
    return replace(ui.member(ui.admin, "5001", Role.CONTROL_OPERATOR, name="李娜", settled=True), station="control-1")


@pytest.fixture
def tab(qtbot, ui, operator, station):
    config, path = station
    t = ControlTab(control=ui.control, printing=ui.printing, actor=operator, config=config, config_path=path,
                   site_name="保利花园")
    qtbot.addWidget(t)
    t.resize(1280, 800)
    t.show()
    t.activateWindow()
    QApplication.processEvents()
    return t


def test_an_alarm_is_logged_dispatched_and_closed_by_keyboard(qtbot, ui, tab, clock, capsys):
    page = tab.alarm_page
    u = page.ui
    u.sourceCombo.setFocus()
    keys = Keys()
    start = clock.now()
    keys.text("F")  # Fire alarm panel; the received time is taken now
    clock.advance(seconds=20)
    keys.key(Qt.Key.Key_Tab)
    keys.text("F")  # Fire alarm
    keys.key(Qt.Key.Key_Tab)
    keys.text("1-023")
    keys.key(Qt.Key.Key_Tab)  # the device fills building, floor and zone
    assert (u.buildingEdit.text(), u.zoneEdit.text()) == ("B3", "B3-12-East")
    keys.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    e = page.current()
    assert e is not None and e.number == 1 and e.received_at == start and e.kind is EventKind.FIRE
    assert e.source is Source.FIRE_PANEL and e.device_address == "1-023" and e.stage is EventStage.TO_DISPATCH
    assert QApplication.focusWidget() is u.guardEdit
    keys.text("Chen")
    keys.key(Qt.Key.Key_Return)
    assert page.current().dispatched_guard == "Chen" and QApplication.focusWidget() is u.resultCombo
    keys.text("T")  # Test
    keys.key(Qt.Key.Key_Tab)
    keys.key(Qt.Key.Key_Return)
    assert page.current().result is Result.TEST and QApplication.focusWidget() is u.handlingEdit
    keys.text("ok")
    keys.key(Qt.Key.Key_Return)
    e = ui.control.get(ui.admin, e.id)
    assert e.closed_at is not None and e.handling == "ok" and e.closed_by == "李娜"
    print(f"\nalarm logged, dispatched and closed by keyboard in {keys.count} keys")
    assert keys.count <= 25
    assert u.eventMessageLabel.text() == "Event closed."


def test_a_changed_received_time_asks_for_the_reason(qtbot, ui, tab, clock):
    page = tab.alarm_page
    u = page.ui
    type_text(u.textEdit, "电梯困人")
    u.sourceCombo.setCurrentIndex(u.sourceCombo.findData(Source.ELEVATOR.value))
    u.kindCombo.setCurrentIndex(u.kindCombo.findData(EventKind.OTHER.value))
    u.receivedEdit.setDateTime(u.receivedEdit.dateTime().addSecs(-15 * 60))
    page.log_event()
    assert "give the reason" in u.receivedEdit.window().findChild(type(u.alarmMessageLabel),
                                                                  "receivedReasonEditError").text()
    assert ui.control.events(ui.admin) == []
    type_text(u.receivedReasonEdit, "late call")
    page.log_event()
    e = ui.control.events(ui.admin)[0]
    assert e.received_at_reason == "late call" and (clock.now() - e.received_at).total_seconds() >= 14 * 60


def test_the_countdown_turns_red_with_the_clock_moved_on(qtbot, ui, tab, operator, clock):
    page = tab.alarm_page
    e = ui.control.log_event(operator, EventInput(Source.FIRE_PANEL, EventKind.FIRE, device_address="1-023"))
    page.reload()
    page.tick()
    row = next(i for i, r in enumerate(page.model.rows()) if r.id == e.id)
    status = page.model.index(row, page.model.COUNTDOWN)
    assert status.data().endswith("3:00") and status.data(Qt.ItemDataRole.BackgroundRole) is None
    assert not page.ui.alarmBannerLabel.property("alert")
    clock.advance(minutes=2, seconds=30)
    page.tick()
    assert status.data().endswith("0:30")
    clock.advance(seconds=45)
    page.tick()
    assert status.data().endswith("+0:15")
    assert status.data(Qt.ItemDataRole.BackgroundRole) == OVERDUE
    assert status.data(Qt.ItemDataRole.ForegroundRole) == RED
    assert page.ui.alarmBannerLabel.property("alert")
    assert "NOT CONFIRMED in time" in page.ui.alarmBannerLabel.text()
    ui.control.record_result(operator, e.id, result=Result.TEST)
    page.reload()
    page.tick()
    assert not page.ui.alarmBannerLabel.property("alert")


def test_a_real_fire_is_refused_closing_on_the_page_until_its_steps_are_done(qtbot, ui, tab, operator):
    page = tab.alarm_page
    u = page.ui
    e = ui.control.log_event(operator, EventInput(Source.FIRE_PANEL, EventKind.FIRE, device_address="1-023"))
    page.reload()
    page.event_list.select_key(e.id)
    u.resultCombo.setCurrentIndex(u.resultCombo.findData(Result.REAL_FIRE.value))
    page.record_result()
    assert "REAL FIRE" in u.eventMessageLabel.text()
    page.close_event()
    text = " ".join(label.text() for label in page.findChildren(type(u.eventMessageLabel), "handlingEditError"))
    assert "119" in text and "linkage" in text and "person responsible" in text
    assert ui.control.get(operator, e.id).is_open

    def fill(dialog) -> None:
        d = dialog.ui
        assert d.callAddressEdit.text().startswith("保利花园") and d.callCallerEdit.text() == "李娜"
        for edit, text in ((d.callOriginEdit, "12F kitchen"), (d.callBurningEdit, "cooking oil"),
                           (d.callSizeEdit, "one stove"), (d.callPhoneEdit, "02038881234")):
            type_text(edit, text)
        d.buttonBox.button(d.buttonBox.StandardButton.Ok).click()

    drive_modal(page.fire_call, fill)
    assert ui.control.get(operator, e.id).fire_call is not None
    u.linkageButton.click()
    u.planButton.click()
    type_text(u.managerEdit, "周杰")
    u.managerButton.click()
    type_text(u.handlingEdit, "extinguished")
    page.close_event()
    assert not ui.control.get(operator, e.id).is_open


def test_a_closed_event_takes_an_amending_note_only(qtbot, ui, tab, operator):
    page = tab.alarm_page
    u = page.ui
    e = ui.control.log_event(operator, EventInput(Source.CCTV, EventKind.CCTV, text="garage"))
    ui.control.close(operator, e.id)
    page.reload()
    page.event_list.select_key(e.id)
    assert not u.closeEventButton.isEnabled() and not u.guardEdit.isEnabled()
    assert u.addNoteButton.isEnabled() and u.addNoteButton.text() == "Amend (&note)"
    type_text(u.noteEdit, "visitor of 3-2-1502, checked by phone")
    page.add_note()
    notes = ui.control.get(operator, e.id).notes
    assert [(n.kind, n.text) for n in notes] == [("amendment", "visitor of 3-2-1502, checked by phone")]


def test_a_device_with_three_false_alarms_is_flagged_when_typed(qtbot, ui, tab, operator):
    for _ in range(3):
        e = ui.control.log_event(operator, EventInput(Source.FIRE_PANEL, EventKind.FIRE, device_address="1-023"))
        ui.control.record_result(operator, e.id, result=Result.FALSE_ALARM, cause=Cause.ENVIRONMENT)
    u = tab.alarm_page.ui
    type_text(u.deviceEdit, "1-023")
    tab.alarm_page.device_entered()
    assert u.deviceInfoLabel.property("flagged") and "3 false alarms" in u.deviceInfoLabel.text()


@pytest.mark.parametrize("text", ["x" * 10_000, "烟\x00感", "🔥", "'; DROP TABLE control_event;--"])
def test_bad_input_is_refused_at_its_field_and_nothing_is_logged(qtbot, ui, tab, text):
    page = tab.alarm_page
    u = page.ui
    u.sourceCombo.setCurrentIndex(1)
    u.kindCombo.setCurrentIndex(1)
    u.textEdit.setPlainText(text)
    u.deviceEdit.setText("%_" if text.startswith("'") else "")
    page.log_event()
    assert ui.control.events(ui.admin) == []
    assert u.textEdit.toPlainText() == text  # what was typed is kept


def test_the_control_room_opens_first_and_the_front_desk_counts_the_open_events(qtbot, ui, make_window, operator):
    w = make_window(operator)
    assert w.tabs.currentWidget() is w.control_tab and w.tabs.tabText(w.tabs.currentIndex()) == "Control room"
    page = w.control_tab.alarm_page
    assert w.control_tab.tabs.currentWidget() is page and QApplication.focusWidget() is page.ui.sourceCombo
    desk = make_window(ui.desk)  # the front desk, same database: it hears the change feed too
    assert desk.tabs.currentWidget() is desk.visits_tab
    assert desk.open_events.text() == "Control room: 0 open event(s), 0 open fault(s)"
    other = replace(operator, station="control-2")
    e = ui.control.log_event(other, EventInput(Source.FIRE_PANEL, EventKind.FIRE, device_address="1-023"))
    QApplication.processEvents()  # the feed's queued delivery
    for window in (w, desk):
        window.change_signals.flush()
    assert [r.id for r in page.model.rows()] == [e.id]  # live on the control room's list
    assert "1 open event(s)" in desk.open_events.text() and "being confirmed" in desk.open_events.text()
    ui.control.record_result(other, e.id, result=Result.REAL_FIRE)
    QApplication.processEvents()
    desk.change_signals.flush()
    assert "REAL FIRE" in desk.open_events.text() and desk.open_events.property("alert")


def test_a_fault_is_recorded_reported_repaired_and_confirmed_on_its_page(qtbot, ui, tab, operator, clock):
    page = tab.faults_page
    u = page.ui
    tab.tabs.setCurrentWidget(page)
    type_text(u.faultDescriptionEdit, "sprinkler pump fault light")
    type_text(u.faultPlaceEdit, "pump room")
    u.outOfServiceCheck.setChecked(True)
    page.record_fault()
    f = page.fault_list.current()
    assert f is not None and f.label == "F000001" and f.out_of_service
    clock.advance(hours=25)
    page.reload()
    assert "open more than 24 hours" in u.faultCountLabel.text()
    status = page.model.index(0, 0)
    assert status.data(Qt.ItemDataRole.BackgroundRole) == OVERDUE
    type_text(u.reportedToEdit, "maintenance co")
    page.reported()
    type_text(u.repairedByEdit, "Zhang")
    type_text(u.repairMethodEdit, "replaced module")
    page.repaired()
    assert u.confirmRepairButton.isEnabled()
    page.confirm()
    f = ui.control.get_fault(operator, f.id)
    assert f.confirmed_by == "李娜" and f.repair_method == "replaced module"
    preview = page.record_preview()
    assert preview is not None and preview.printout.kind == "fault_record"
    preview.close()


def test_the_admin_keeps_the_device_list_and_a_supervisor_reads_the_figures(qtbot, ui, make_window, operator):
    w = make_window(ui.admin)
    devices = w.control_tab.devices_page
    u = devices.ui
    w.tabs.setCurrentWidget(w.control_tab)
    w.control_tab.tabs.setCurrentWidget(devices)
    assert [d.address for d in devices.device_list.rows()] == ["1-023"]
    for edit, text in ((u.deviceAddressEdit, "2-001"), (u.deviceTypeEdit, "call point"), (u.deviceZoneEdit, "B2")):
        type_text(edit, text)
    devices.save()
    assert [d.address for d in devices.device_list.rows()] == ["1-023", "2-001"]
    ui.site.update_settings(ui.admin, idle_lock_minutes=10, detector_count=100)
    for _ in range(3):
        e = ui.control.log_event(operator, EventInput(Source.FIRE_PANEL, EventKind.FIRE, device_address="2-001"))
        ui.control.record_result(operator, e.id, result=Result.FALSE_ALARM, cause=Cause.MALICIOUS)
    stats = w.control_tab.stats_page
    w.control_tab.tabs.setCurrentWidget(stats)
    stats.reload()
    assert "3 false alarms" in stats.ui.statsSummaryLabel.text()
    assert "3.0 false alarms per 100 detectors per year" in stats.ui.statsSummaryLabel.text()
    assert [(c.name, c.count) for c in stats.by_zone.rows()] == [("B2", 3)]
    assert [d.address for d in stats.flagged.rows()] == ["2-001"]
    operator_window = make_window(operator)
    assert operator_window.control_tab.devices_page is None and operator_window.control_tab.stats_page is None


def test_the_admin_sets_the_confirmation_minutes_and_the_detectors_in_the_site_settings(qtbot, ui):
    from deskapp.ui.dialogs.settings import SiteDialog

    dialog = SiteDialog(site=ui.site, actor=ui.admin)
    qtbot.addWidget(dialog)
    assert dialog.ui.confirmMinutesSpin.value() == 3
    dialog.ui.confirmMinutesSpin.setValue(5)
    dialog.ui.detectorsSpin.setValue(420)
    dialog._on_ok()
    settings = ui.site.settings()
    assert (settings.alarm_confirm_minutes, settings.detector_count) == (5, 420)


def test_the_control_models_pass_the_model_tester(qtmodeltester, ui, operator, clock):
    from deskapp.services.control import FaultInput
    from deskapp.ui.models.control import DevicesModel, EventsModel, FaultsModel

    for i in range(130):
        e = ui.control.log_event(operator, EventInput(Source.FIRE_PANEL, EventKind.FIRE if i % 3 else EventKind.FAULT,
                                                      text=f"报警{i}", device_address="1-023"))
        if i % 2:
            ui.control.record_result(operator, e.id, result=Result.TEST)
            ui.control.close(operator, e.id)
    ui.control.record_fault(operator, FaultInput("喷淋泵故障", place="泵房"))
    events = EventsModel()
    events.load(lambda offset, limit: ui.control.events(operator, offset=offset, limit=limit))
    assert events.rowCount() == 50 and events.canFetchMore()
    qtmodeltester.check(events)
    events.fetchMore()
    events.fetchMore()
    assert events.rowCount() == 130 and not events.canFetchMore()
    events.tick(clock.now())
    events.put_first(events.row_at(5))
    qtmodeltester.check(events)
    faults = FaultsModel()
    faults.load(lambda offset, limit: ui.control.faults(operator, offset=offset, limit=limit))
    qtmodeltester.check(faults)
    devices = DevicesModel()
    devices.set_rows(ui.control.devices(operator))
    qtmodeltester.check(devices)


def test_an_events_report_opens_in_the_print_preview(qtbot, ui, tab, operator):
    e = ui.control.log_event(operator, EventInput(Source.CCTV, EventKind.CCTV, text="garage"))
    preview = tab.alarm_page.event_preview(e.id)
    assert preview is not None and preview.printout.kind == "control_event" and preview.printout.pdf.startswith(b"%PDF")
    preview.close()


def test_a_false_alarm_and_its_cause_by_keyboard_write_the_fault_record(qtbot, ui, tab, operator):
    page = tab.alarm_page
    u = page.ui
    e = ui.control.log_event(operator, EventInput(Source.FIRE_PANEL, EventKind.FIRE, device_address="1-023"))
    page.reload()
    page.event_list.select_key(e.id)
    u.resultCombo.setFocus()
    keys = Keys()
    keys.text("F")  # False alarm: its cause comes next
    assert u.causeCombo.isVisible()
    keys.key(Qt.Key.Key_Tab)
    keys.text("U")  # Unwanted: environment (cooking smoke, steam, dust)
    keys.key(Qt.Key.Key_Tab)
    keys.text("steam")
    keys.key(Qt.Key.Key_Return)
    done = ui.control.get(operator, e.id)
    assert (done.result, done.cause, done.cause_note) == (Result.FALSE_ALARM, Cause.ENVIRONMENT, "steam")
    assert done.fault_number == 1 and "fault record F000001" in u.eventMessageLabel.text()


def test_an_open_events_place_is_changed_with_a_reason(qtbot, ui, tab, operator):
    page = tab.alarm_page
    e = ui.control.log_event(operator, EventInput(Source.FIRE_PANEL, EventKind.FIRE, device_address="1-024"))
    page.reload()
    page.event_list.select_key(e.id)
    assert page.ui.correctEventButton.isEnabled()

    def change(dialog) -> None:
        d = dialog.ui
        d.correctDeviceEdit.setText("1-023")
        d.correctBuildingEdit.clear()
        d.correctZoneEdit.clear()
        d.buttonBox.button(d.buttonBox.StandardButton.Ok).click()  # no reason: refused, the dialog stays
        assert dialog.isVisible() and "reason" in " ".join(
            label.text() for label in dialog.findChildren(type(d.messageLabel))).lower()
        type_text(d.correctReasonEdit, "panel shows 1-023")
        d.buttonBox.button(d.buttonBox.StandardButton.Ok).click()

    drive_modal(page.correct_event, change)
    done = ui.control.get(operator, e.id)
    assert (done.device_address, done.zone) == ("1-023", "B3-12-East")
    assert [(n.kind, n.text) for n in done.notes] == [("correction", "panel shows 1-023")]
