"""The board as a supervisor uses it: in front on a supervisor's station, the figures follow the records
as they are saved (the change feed) and as time passes, and each tile — clicked, or Enter on it — opens
the list behind its figure with as many rows as the figure says."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from deskapp.domain.requests import Department
from deskapp.domain.roles import Role
from deskapp.domain.visits import Purpose
from deskapp.ui.tabs.pass_list_page import Show
from tests.integration.test_passes import issue


@pytest.fixture
def estate(ui):
    unit = ui.directory.create_unit(ui.desk, "3-2-1502")
    owner = ui.directory.add_resident(ui.desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    return {"unit": unit, "owner": owner}


@pytest.fixture
def boss_window(make_window, ui, station):
    config, _path = station
    config.profile = "supervisor"
    boss = ui.member(ui.admin, "8201", Role.SUPERVISOR, name="周主管", settled=True)
    return make_window(replace(boss, station="office"))


def figure(window, key: str) -> str:
    return window.board_page.tile(key).figure.text()


def test_a_supervisor_s_station_opens_on_the_board_and_a_receptionist_has_none(qtbot, ui, boss_window,
                                                                                make_window):
    w = boss_window
    assert w.tabs.currentWidget() is w.board_page and w.tabs.tabText(w.tabs.currentIndex()) == "Board"
    assert figure(w, "open_events") == "0" and figure(w, "response_share") == "–"
    assert w.board_page.ui.backupStatusLabel.text() == "No backup has been made yet."
    receptionist = make_window(ui.member(ui.admin, "1101", Role.RECEPTIONIST, name="钱七", settled=True))
    assert receptionist.board_page is None
    assert "Board" not in [receptionist.tabs.tabText(i) for i in range(receptionist.tabs.count())]


def test_figures_follow_the_records_and_the_clock(qtbot, ui, boss_window, estate):
    w = boss_window
    ui.guests.check_in(ui.desk, name="刘洋", phone="13655557777", host_unit="3-2-1502", people=2, plate="",
                       purpose="探亲", stay_minutes=120)
    req = ui.requests.register(ui.desk, unit="3-2-1502", category=Purpose.REPAIR, description="厨房水管漏水",
                               department=Department.ENGINEERING, contact_name="王建国")
    qtbot.waitUntil(lambda: figure(w, "guests") == "1" and figure(w, "requests_registered") == "1", timeout=2000)
    assert figure(w, "past_response") == "0" and w.board_page.tile("past_response").property("tone") == "good"

    ui.clock.advance(minutes=6)  # nothing is saved: the minute's tick finds the request late
    w.board_page.timer.timeout.emit()
    assert figure(w, "past_response") == "1" and w.board_page.tile("past_response").property("tone") == "alert"
    assert figure(w, "response_share") == "0%"
    assert w.board_page.tile("response_share").detail.text() == "0 of 1 in time"
    ui.requests.dispatch(ui.desk, req.id, assignee="王师傅")
    qtbot.waitUntil(lambda: figure(w, "past_response") == "0", timeout=2000)


def test_enter_on_a_tile_opens_its_list_with_as_many_rows_as_the_figure(qtbot, ui, boss_window, estate):
    w = boss_window
    for _ in range(2):
        p = issue(ui, ui.desk, estate)
        ui.passes.collect(ui.desk, p.number, gate="north-gate")
    issue(ui, ui.desk, estate)
    qtbot.waitUntil(lambda: figure(w, "red_copies") == "2" and figure(w, "passes_expected") == "1", timeout=2000)

    tile = w.board_page.tile("red_copies")
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    page = w.passes_tab.list_page
    assert w.tabs.currentWidget() is w.passes_tab and w.passes_tab.tabs.currentWidget() is page
    assert page.ui.passShowCombo.currentData() == Show.RED_COPY_MISSING
    assert page.pass_list.model.rowCount() == 2

    w.tabs.setCurrentWidget(w.board_page)
    QTest.mouseClick(w.board_page.tile("passes_expected"), Qt.MouseButton.LeftButton)
    assert page.ui.passShowCombo.currentData() == Show.EXPECTED and page.pass_list.model.rowCount() == 1

    for key, show, rows in (("passes_issued", Show.ISSUED, 3), ("passes_collected", Show.COLLECTED, 2)):
        w.tabs.setCurrentWidget(w.board_page)
        assert figure(w, key) == str(rows)
        QTest.mouseClick(w.board_page.tile(key), Qt.MouseButton.LeftButton)
        assert page.ui.passShowCombo.currentData() == show and page.pass_list.model.rowCount() == rows, key

    w.tabs.setCurrentWidget(w.board_page)
    QTest.mouseClick(w.board_page.tile("guests"), Qt.MouseButton.LeftButton)
    assert w.tabs.currentWidget() is w.visits_tab and w.visits_tab.tabs.currentWidget() is w.visits_tab.guest_page

    for n in range(3):
        last = ui.requests.register(ui.desk, unit="3-2-1502", category=Purpose.REPAIR, description=f"灯不亮 {n}",
                                    department=Department.ENGINEERING)
    w.tabs.setCurrentWidget(w.board_page)
    qtbot.waitUntil(lambda: figure(w, "requests_registered") == "3", timeout=2000)
    requests = w.phone_tab.requests_page
    QTest.mouseClick(w.board_page.tile("requests_registered"), Qt.MouseButton.LeftButton)
    assert w.phone_tab.tabs.currentWidget() is requests and requests.list.model.rowCount() == 3
    assert requests.r.requestDaysButton.isVisible() and "Registered" in requests.r.requestDaysButton.text()
    w.tabs.setCurrentWidget(w.board_page)
    QTest.mouseClick(w.board_page.tile("requests_completed"), Qt.MouseButton.LeftButton)  # none today
    assert requests.list.model.rowCount() == 0
    QTest.mouseClick(requests.r.requestDaysButton, Qt.MouseButton.LeftButton)  # every request again
    assert not requests.r.requestDaysButton.isVisible() and requests.list.model.rowCount() == 3
    w.tabs.setCurrentWidget(w.board_page)
    QTest.mouseClick(w.board_page.tile("requests_completed"), Qt.MouseButton.LeftButton)
    assert requests.r.requestDaysButton.isVisible() and requests.list.model.rowCount() == 0
    assert requests.show_found(last.id, last.number)  # Ctrl+K's request is found: the board's days let go
    assert not requests.r.requestDaysButton.isVisible()

    w.tabs.setCurrentWidget(w.board_page)
    QTest.mouseClick(w.board_page.tile("past_response"), Qt.MouseButton.LeftButton)
    assert w.phone_tab.tabs.currentWidget() is w.phone_tab.requests_page

    w.tabs.setCurrentWidget(w.board_page)
    QTest.mouseClick(w.board_page.tile("open_faults"), Qt.MouseButton.LeftButton)
    assert w.tabs.currentWidget() is w.control_tab and w.control_tab.tabs.currentWidget() is w.control_tab.faults_page


def test_the_board_shows_a_failed_backup_made_at_another_station(qtbot, ui, boss_window, tmp_path):
    from deskapp.services.backup import BackupError, BackupService

    other = BackupService(db=ui.db, folder=tmp_path / "server-backups")
    other.station = "机房"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(BackupService, "_back_up", lambda self, started, prefix: (_ for _ in ()).throw(
            BackupError("The backup copy failed its check: {reason}. It was not kept.", reason="disk full")))
        with pytest.raises(BackupError):
            other.back_up()
    label = boss_window.board_page.ui.backupStatusLabel
    qtbot.waitUntil(lambda: "disk full" in label.text(), timeout=2000)
    assert "机房" in label.text() and "b00020" in label.styleSheet()


def test_a_figure_at_the_cap_reads_as_more():
    from deskapp.services.board import CAP
    from deskapp.ui.tabs.board import count_text

    assert (count_text(0), count_text(1234), count_text(CAP - 1)) == ("0", "1,234", f"{CAP - 1:,}")
    assert count_text(CAP) == f"{CAP:,}+"


def test_a_board_behind_another_tab_is_read_only_when_shown(qtbot, window):
    """A supervisor at the front desk logs in on the visit form: the board's twenty counts wait until its tab
    is opened (and follow the change feed from then on)."""
    assert window.tabs.currentWidget() is not window.board_page
    assert window.board_page.last is None and window.board_page.stale
    window.tabs.setCurrentWidget(window.board_page)
    assert window.board_page.last is not None and not window.board_page.stale
