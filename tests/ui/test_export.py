"""Export to Excel… driven as a supervisor uses it (issue #14): a filter typed into a list, Ctrl+E, the
file chosen, the export on its thread under a progress dialog, and the workbook holding exactly the rows
the filter gives (more than the list's first page), under the list's header. A receptionist has no
such action."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from deskapp.domain.roles import Role
from deskapp.services.demo import seed_passes
from deskapp.services.passes import PassQuery
from deskapp.services.timeutil import local_date
from deskapp.ui.dialogs import export as export_dialog
from deskapp.ui.pages import ListPanel
from tests.ui.conftest import press, type_text
from tests.ui.test_passes_tab import estate, open_page  # noqa: F401 - estate is a fixture
from tests.ui.test_visits_tab import record


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The save dialog answered with a file in tmp_path; the names it was offered are kept."""
    offered: list[Path] = []
    target = tmp_path / "out" / "export.xlsx"
    target.parent.mkdir()

    def ask(parent, title, suggested):
        offered.append(suggested)
        return str(target)

    monkeypatch.setattr(export_dialog, "ask_save_path", ask)
    return target, offered


def finished(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "exportDoneBox") is not None, timeout=20_000)
    box = window.findChild(QMessageBox, "exportDoneBox")
    assert box is not None
    return box


def sheet_rows(path: Path) -> tuple[list, list[list]]:
    ws = load_workbook(path).worksheets[0]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    return rows[0], rows[1:]


def test_ctrl_e_exports_every_pass_the_filter_finds(qtbot, ui, window, estate, save_as):  # noqa: F811
    other = ui.directory.create_unit(ui.desk, "6-1-101")
    ui.directory.add_resident(ui.desk, other.id, name="陈业主", role="owner", phones=["13900002222"])
    seed_passes(ui.db, days=90, per_day=6)  # two owners' units, about half each; a few days ahead too
    today = local_date(ui.clock.now())
    first = today - timedelta(days=100)
    page = open_page(window, "list_page")
    page.ui.passFromDate.setDate(first)
    type_text(page.ui.passSearchEdit, "3-2-1502")
    expected = ui.passes.search(ui.desk, PassQuery(text="3-2-1502", first_day=first, last_day=today), limit=10_000)
    assert len(expected) > 150 and page.pass_list.model.rowCount() == 100  # the list shows its first page
    target, offered = save_as
    press(page.ui.passesTable, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    progress = window.findChild(QProgressDialog, "exportProgress")
    assert progress is not None
    box = finished(qtbot, window)
    assert progress.maximum() == len(expected)  # the total counted first: "rows done of total"
    assert offered[0].name == f"passes-{datetime.now().date().isoformat()}.xlsx"
    assert f"{len(expected):,} rows exported" in box.text() and str(target) in box.text()
    assert box.findChild(object, "openExportFolderButton") is not None
    header, rows = sheet_rows(target)
    assert header == page.pass_list.model.titles()
    assert [r[0] for r in rows] == [p.number for p in expected]  # exactly the filter's rows, in the list's order
    assert all(r[2] == "3-2-1502" for r in rows)
    about = dict(load_workbook(target)["About this export"].iter_rows(values_only=True))
    assert "3-2-1502" in about["Filter"] and first.isoformat() in about["Filter"]
    assert about["Rows"] == len(expected) and about["Exported by"] == "8001 赵敏"
    assert sorted(p.name for p in target.parent.iterdir()) == ["export.xlsx"]  # no temporary file left
    box.close()


def test_the_visits_list_exports_times_as_dates_through_its_pages(qtbot, ui, window, estate, save_as):  # noqa: F811
    for n in range(130):
        record(ui, ui.desk, unit="3-2-1502", visitor_name="访客" + chr(0x4E00 + n), content=f"=第{n}次")
        ui.clock.advance(minutes=1)
    page = window.visits_tab.visit_page
    window.tabs.setCurrentWidget(window.visits_tab)
    window.visits_tab.tabs.setCurrentWidget(page)
    QApplication.processEvents()
    page.reload_visits()
    assert page.visit_list.model.rowCount() == 100
    target, _ = save_as
    page.visit_list.export_action.trigger()  # the context menu's action
    finished(qtbot, window).close()
    header, rows = sheet_rows(target)
    assert header[0] == "Time" and len(rows) == 130
    assert all(isinstance(r[0], datetime) for r in rows)  # a date-time cell, not text
    assert rows[0][1] == "3-2-1502" and rows[-1][2] == "访客一"
    assert rows[-1][6] == "=第0次"  # the typed "=" stays text


def test_cancel_stops_the_export_and_leaves_nothing(qtbot, ui, window, estate, save_as, monkeypatch):  # noqa: F811
    seed_passes(ui.db, days=90, per_day=6)
    page = open_page(window, "list_page")
    page.ui.passFromDate.setDate(local_date(ui.clock.now()) - timedelta(days=100))
    target, _ = save_as
    real = export_dialog.ExportJob._progress

    def cancelled_at_once(self, done):  # the user presses Cancel while the first rows are written
        self.cancel()
        return real(self, done)

    monkeypatch.setattr(export_dialog.ExportJob, "_progress", cancelled_at_once)
    runs: list = []
    run = window.export_list(page.pass_list)
    assert run is not None
    run.done.connect(runs.append)
    qtbot.waitUntil(lambda: bool(runs), timeout=20_000)
    assert runs[0].cancelled
    assert window.findChild(QMessageBox, "exportDoneBox") is None
    assert list(target.parent.iterdir()) == []


def test_a_file_open_in_excel_is_said_and_nothing_is_left(qtbot, ui, window, estate, save_as, monkeypatch):  # noqa: F811
    def locked(src, dst):
        raise PermissionError(13, "used by another process")

    monkeypatch.setattr(export_dialog.write_xlsx.__globals__["os"], "replace", locked)
    page = open_page(window, "list_page")
    target, _ = save_as
    page.pass_list.export()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "exportFailedBox") is not None, timeout=20_000)
    box = window.findChild(QMessageBox, "exportFailedBox")
    assert "open in another program" in box.text()
    assert list(target.parent.iterdir()) == []
    box.close()


def test_every_list_offers_the_export_to_a_supervisor(ui, make_window):
    w = make_window(ui.admin)  # every tab
    panels = [p for i in range(w.tabs.count()) for p in w.tabs.widget(i).findChildren(ListPanel)]
    assert len(panels) > 15
    assert all(p.export_action is not None and p.export_action.objectName() == "exportListAction" for p in panels)
    assert all(p.export_action.shortcut().toString() == "Ctrl+E" for p in panels)


def test_a_receptionist_has_no_export_action(ui, make_window):
    clerk = ui.member(ui.admin, "1001", Role.RECEPTIONIST, settled=True)
    w = make_window(clerk)
    panels = [p for i in range(w.tabs.count()) for p in w.tabs.widget(i).findChildren(ListPanel)]
    assert panels and all(p.export_action is None for p in panels)
    assert w.findChildren(QAction, "exportListAction") == []


def test_an_export_ending_while_the_window_is_locked_says_so_only_after_unlocking(
        qtbot, ui, window, estate, save_as, monkeypatch):  # noqa: F811
    """The member walked away during a long export and the window locked: nothing about it (the path, the
    count) shows over the lock screen; the message waits for whoever unlocks."""
    for n in range(5):
        record(ui, ui.desk, unit="3-2-1502", visitor_name="访客" + chr(0x4E00 + n), content=f"第{n}次")
    page = window.visits_tab.visit_page
    window.tabs.setCurrentWidget(window.visits_tab)
    window.visits_tab.tabs.setCurrentWidget(page)
    page.reload_visits()
    target, _ = save_as
    window.lock()
    page.visit_list.export_action.trigger()  # started just before the lock (the action itself is behind it)
    qtbot.waitUntil(target.exists, timeout=20_000)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "exportDoneBox") is not None, timeout=5000)
    box = window.findChild(QMessageBox, "exportDoneBox")
    qtbot.wait(700)
    assert window.locked and not box.isVisible()
    window.lock_panel.logged_in.emit(ui.desk)  # the same member unlocks
    qtbot.waitUntil(box.isVisible, timeout=2000)
    assert "5 rows exported" in box.text()
    box.close()
