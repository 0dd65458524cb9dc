"""The directory tab driven as a receptionist would: keys first, the mouse where people use it; what is
saved in its dialogs, and at other stations, reaches it through the change feed."""

from dataclasses import replace

import pytest
from openpyxl import Workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from deskapp.domain.errors import KnownDatabaseError
from deskapp.printing.common import PageSize
from deskapp.services.directory_import import RowAction
from deskapp.ui.dialogs.import_dialog import ImportDialog
from deskapp.ui.dialogs.print_preview import print_pdf
from tests.ui.conftest import drive_modal, press, type_text


@pytest.fixture
def data(ui):
    d, desk = ui.directory, ui.desk
    units = {room: d.create_unit(desk, room).id for room in ("3-2-1502", "3-2-902", "5-1-101")}
    d.add_resident(desk, units["3-2-1502"], name="王建国", role="owner", phones=["13812345678"])
    d.add_resident(desk, units["3-2-1502"], name="李秀英", role="family", phones=["13900005678"])
    d.add_resident(desk, units["5-1-101"], name="欧阳建国", role="owner", phones=["13711112222"])
    d.add_note(desk, units["3-2-1502"], kind="arrears", text="欠物业费三个月")
    return units


@pytest.fixture
def tab(window, data):
    window.tabs.setCurrentWidget(window.directory_tab)  # the receptionist is on the directory
    return window.directory_tab


@pytest.fixture
def elsewhere(ui):
    """The same member at another station: what it saves reaches this window only through the change feed."""
    return replace(ui.desk, station="desk-2")


def shown_names(tab):
    return [r.name for r in tab.results.rows()]


def test_typing_a_room_finds_it_and_shows_its_residents_and_holds(qtbot, tab):
    type_text(tab.ui.searchEdit, "3-2-15")
    assert shown_names(tab) == ["王建国", "李秀英"]
    assert tab.unit is not None and tab.unit.room_no == "3-2-1502"  # one unit found: shown at once
    assert tab.ui.holdsLabel.isVisibleTo(tab) and "欠物业费三个月" in tab.ui.holdsLabel.text()
    assert tab.residents.rowCount() == 2 and tab.notes.rowCount() == 1


def test_typing_a_chinese_name_and_the_last_four_digits(qtbot, tab):
    type_text(tab.ui.searchEdit, "建国")
    assert set(shown_names(tab)) == {"王建国", "欧阳建国"}
    tab.ui.searchEdit.clear()
    type_text(tab.ui.searchEdit, "5678")
    assert set(shown_names(tab)) == {"王建国", "李秀英"}
    assert "2" in tab.ui.resultCountLabel.text()


def test_enter_moves_to_the_results_and_arrows_choose_a_unit(qtbot, tab):
    type_text(tab.ui.searchEdit, "3-2")
    press(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert tab.ui.resultsTable.hasFocus()
    rows = tab.results.rows()
    target = next(i for i, r in enumerate(rows) if r.room_no == "3-2-1502")
    tab.ui.resultsTable.selectRow(0)
    for _ in range(target):
        press(tab.ui.resultsTable, Qt.Key.Key_Down)
    assert tab.unit.room_no == "3-2-1502"
    press(tab.ui.resultsTable, Qt.Key.Key_Escape)
    assert tab.ui.searchEdit.hasFocus()


def test_add_a_resident_with_the_keyboard(qtbot, tab, ui):
    type_text(tab.ui.searchEdit, "3-2-902")

    def fill(dialog):
        u = dialog.ui
        assert dialog.focusWidget() is u.nameEdit
        type_text(u.nameEdit, "刘洋")
        press(u.nameEdit, Qt.Key.Key_Tab)
        press(u.roleCombo, Qt.Key.Key_Down)  # owner → tenant
        press(u.roleCombo, Qt.Key.Key_Tab)
        type_text(u.phoneEdit, "150 1234 0000")
        press(u.phoneEdit, Qt.Key.Key_Return)  # Enter is the OK button

    drive_modal(lambda: qtbot.mouseClick(tab.ui.addResidentButton, Qt.MouseButton.LeftButton), fill)
    qtbot.waitUntil(lambda: [(r.name, r.role.value, r.phones) for r in tab.residents.rows()] == [
        ("刘洋", "tenant", ("15012340000",))])
    assert tab.unit.room_no == "3-2-902" and tab.results_list.current().name == "刘洋"  # its first resident


def test_bad_input_is_shown_under_the_field_and_the_dialog_keeps_what_was_typed(qtbot, tab, ui):
    type_text(tab.ui.searchEdit, "3-2-902")
    seen = {}

    def fill(dialog):
        u = dialog.ui
        type_text(u.nameEdit, "刘洋😀")
        type_text(u.phoneEdit, "12345")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        seen["name"] = dialog.findChild(type(u.messageLabel), "nameEditError").text()
        seen["phone"] = dialog.findChild(type(u.messageLabel), "phoneEditError").text()
        seen["open"] = dialog.isVisible()
        seen["typed"] = (u.nameEdit.text(), u.phoneEdit.text())

    drive_modal(lambda: tab.add_resident(), fill)
    assert "emoji" in seen["name"] and "not a phone number" in seen["phone"]
    assert seen["open"] and seen["typed"] == ("刘洋😀", "12345")
    assert tab.residents.rowCount() == 0


def test_a_database_that_cannot_save_keeps_the_dialog_and_its_input(qtbot, tab, ui, monkeypatch):
    from deskapp.db.errors import MSG_BUSY

    def busy(*_a, **_k):
        raise KnownDatabaseError(MSG_BUSY)

    monkeypatch.setattr(ui.directory, "add_resident", busy)
    type_text(tab.ui.searchEdit, "3-2-902")
    seen = {}

    def fill(dialog):
        type_text(dialog.ui.nameEdit, "刘洋")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        seen["message"] = dialog.ui.messageLabel.text()
        seen["open"] = dialog.isVisible()
        seen["name"] = dialog.ui.nameEdit.text()

    drive_modal(tab.add_resident, fill)
    assert "busy" in seen["message"] and seen["open"] and seen["name"] == "刘洋"


def test_void_a_resident_with_a_reason(qtbot, tab):
    type_text(tab.ui.searchEdit, "3-2-1502")
    tab.ui.residentsTable.selectRow(1)
    assert tab.selected_resident().name == "李秀英"

    def give_reason(dialog):
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)  # no reason: refused
        assert dialog.isVisible() and dialog.findChild(type(dialog.ui.messageLabel), "reasonEditError").text()
        type_text(dialog.ui.reasonEdit, "重复登记")
        press(dialog.ui.reasonEdit, Qt.Key.Key_Return)

    drive_modal(lambda: qtbot.mouseClick(tab.ui.voidResidentButton, Qt.MouseButton.LeftButton), give_reason)
    qtbot.waitUntil(lambda: any(r.voided_at for r in tab.residents.rows()))
    voided = [r for r in tab.residents.rows() if r.voided_at]
    assert [(r.name, r.void_reason) for r in voided] == [("李秀英", "重复登记")]
    index = tab.residents.index(tab.residents.rows().index(voided[0]), 0)
    assert tab.residents.data(index, Qt.ItemDataRole.FontRole).strikeOut()


def test_add_and_lift_a_hold(qtbot, tab):
    type_text(tab.ui.searchEdit, "5-1-101")
    assert not tab.ui.holdsLabel.isVisibleTo(tab)

    def hold(dialog):
        combo = dialog.ui.kindCombo
        combo.setCurrentIndex(combo.findData("dispute"))
        type_text(dialog.ui.textEdit, "与楼下漏水纠纷")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    drive_modal(tab.add_note, hold)
    qtbot.waitUntil(lambda: tab.ui.holdsLabel.isVisibleTo(tab))
    assert "与楼下漏水纠纷" in tab.ui.holdsLabel.text()
    tab.ui.notesTable.selectRow(0)

    def lift(dialog):
        type_text(dialog.ui.reasonEdit, "已调解")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    drive_modal(tab.void_note, lift)
    qtbot.waitUntil(lambda: not tab.ui.holdsLabel.isVisibleTo(tab))
    assert tab.notes.rows()[0].void_reason == "已调解"


def test_new_unit_dialog_refuses_a_duplicate_then_creates(qtbot, tab):
    def fill(dialog):
        type_text(dialog.ui.roomEdit, "3-2-902")
        press(dialog.ui.roomEdit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert "already" in dialog.findChild(type(dialog.ui.messageLabel), "roomEditError").text()
        dialog.ui.roomEdit.clear()
        type_text(dialog.ui.roomEdit, "6栋1单元1801")
        press(dialog.ui.roomEdit, Qt.Key.Key_Return)

    drive_modal(tab.new_unit, fill)
    assert tab.unit.room_no == "6-1-1801" and tab.results_list.current().room_no == "6-1-1801"


def test_unit_card_preview_loads_and_saves_and_changes_page(qtbot, tab, tmp_path):
    type_text(tab.ui.searchEdit, "3-2-1502")
    dialog = tab.card_preview()
    qtbot.addWidget(dialog)
    assert dialog.document.status() == QPdfDocument.Status.Ready and dialog.document.pageCount() == 1
    dialog.ui.pageCombo.setCurrentIndex(dialog.ui.pageCombo.findData(PageSize.RECEIPT_80.value))
    assert dialog.printout.page is PageSize.RECEIPT_80 and dialog.document.pageCount() == 1
    assert tab._config.printer_for("unit_card").page == ""  # only a page actually used is remembered
    out = tmp_path / "card.pdf"
    dialog.save_to(out)
    assert out.read_bytes() == dialog.printout.pdf
    assert tab._config.printer_for("unit_card").page == "80mm"  # remembered for this station


def test_printing_paints_the_pdf_pages_on_a_printer(qtbot, tab, tmp_path):
    type_text(tab.ui.searchEdit, "3-2-1502")
    printout = tab._printing.unit_card(tab._actor, tab.unit.id, PageSize.A5)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(printout.pdf, printer) == 1
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 1


def test_import_dialog_previews_refuses_errors_and_imports(qtbot, ui, window, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["房号", "姓名", "身份", "手机"])
    ws.append(["8-1-101", "孙丽", "业主", "13600001111"])
    ws.append(["8-1-102", "周强", "房东", "13600002222"])
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    dialog = ImportDialog(importer=ui.importer, actor=ui.desk)
    qtbot.addWidget(dialog)
    dialog.open_file(bad)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.model.rowCount() == 2
    assert dialog.plan.rows[1].action is RowAction.ERROR and not dialog.ui.importButton.isEnabled()
    assert "房东" in dialog.model.data(dialog.model.index(1, 4))
    ws.delete_rows(3)
    good = tmp_path / "good.xlsx"
    wb.save(good)
    dialog.open_file(good)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.ui.importButton.isEnabled()
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert [r.name for r in ui.directory.search(ui.desk, "8-1")] == ["孙丽"]
    assert "Imported" in dialog.ui.summaryLabel.text()


def test_import_dialog_says_what_is_wrong_with_a_file_that_is_no_sheet(qtbot, ui, tmp_path):
    path = tmp_path / "notes.txt.xlsx"
    path.write_bytes(b"hello")
    dialog = ImportDialog(importer=ui.importer, actor=ui.desk)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "not a readable Excel" in dialog.ui.messageLabel.text() and not dialog.ui.importButton.isEnabled()


def test_buttons_follow_the_role(qtbot, ui, make_window):
    from deskapp.domain.roles import Role

    clerk = ui.member(ui.admin, "1001", Role.RECEPTIONIST, settled=True)
    w = make_window(clerk)
    tab = w.directory_tab
    assert tab.ui.addResidentButton.isVisibleTo(tab) and not tab.ui.voidResidentButton.isVisibleTo(tab)
    assert not tab.ui.importButton.isVisibleTo(tab) and not tab.ui.exportButton.isVisibleTo(tab)
    assert w.staff_tab is None and not w.site_action.isVisible()


def test_the_units_history_is_beside_its_residents(qtbot, tab, ui, data):
    ui.visits.record(ui.desk, unit="3-2-1502", resident_id=None, visitor_name="李先生", purpose="inquiry",
                     content="问停水", confirmed=True, outcome="resolved", resolution="已答")
    type_text(tab.ui.searchEdit, "3-2-1502")
    assert [(h.kind, h.text) for h in tab.history.rows()] == [("visit", "问停水")]


def test_the_detail_is_always_the_selected_rows_unit(qtbot, tab):
    type_text(tab.ui.searchEdit, "3-2-1502")
    assert tab.unit.room_no == "3-2-1502"
    tab.ui.searchEdit.clear()
    type_text(tab.ui.searchEdit, "建国")  # two units, none selected: no unit beside the list
    assert tab.results_list.current() is None and tab.unit is None
    assert tab.ui.unitTitleLabel.text() == "" and tab.residents.rowCount() == 0 and tab.history.rowCount() == 0
    assert not tab.ui.addResidentButton.isEnabled()
    tab.ui.resultsTable.selectRow(1)
    assert tab.unit.room_no == tab.results_list.current().room_no


# -- the change feed: what other stations save shows here, the selected unit kept ---------------------------

def test_the_units_history_follows_calls_visits_and_requests_made_elsewhere(qtbot, tab, ui, elsewhere):
    type_text(tab.ui.searchEdit, "3-2")
    rows = tab.results.rows()
    tab.ui.resultsTable.selectRow(next(i for i, r in enumerate(rows) if r.name == "李秀英"))
    assert tab.unit.room_no == "3-2-1502" and tab.history.rows() == []
    ui.visits.record(elsewhere, unit="3-2-1502", resident_id=None, visitor_name="李先生", purpose="inquiry",
                     content="问停水", confirmed=True, outcome="resolved", resolution="已答")
    qtbot.waitUntil(lambda: [h.kind for h in tab.history.rows()] == ["visit"])
    ui.clock.advance(minutes=1)
    ui.calls.record_incoming(elsewhere, started_at=ui.calls.now(), phone="13812345678", unit="3-2-1502",
                             category="inquiry", content="问快递", confirmed=True, outcome="answered")
    qtbot.waitUntil(lambda: [h.kind for h in tab.history.rows()] == ["call", "visit"])
    ui.clock.advance(minutes=1)
    request = ui.requests.register(elsewhere, unit="3-2-1502", category="repair", description="门锁坏了",
                                   department="engineering")
    qtbot.waitUntil(lambda: [h.kind for h in tab.history.rows()] == ["request", "call", "visit"])
    ui.requests.dispatch(elsewhere, request.id, assignee="刘师傅")
    qtbot.waitUntil(lambda: tab.history.rows()[0].state.value == "dispatched")
    assert tab.results_list.current().name == "李秀英" and tab.unit.room_no == "3-2-1502"  # the same row
    assert tab.ui.searchEdit.text() == "3-2"


def test_a_hidden_directory_reloads_when_shown(qtbot, tab, ui, window, elsewhere):
    type_text(tab.ui.searchEdit, "3-2-1502")
    window.tabs.setCurrentWidget(window.visits_tab)
    ui.directory.add_note(elsewhere, tab.unit.id, kind="dispute", text="与物业有纠纷")
    qtbot.waitUntil(lambda: tab.stale)
    assert tab.notes.rowCount() == 1  # nobody is looking: nothing read yet
    window.tabs.setCurrentWidget(tab)
    assert tab.notes.rowCount() == 2 and "与物业有纠纷" in tab.ui.holdsLabel.text() and not tab.stale


def test_the_selected_unit_is_kept_when_its_row_changes_elsewhere(qtbot, tab, ui, data, elsewhere):
    type_text(tab.ui.searchEdit, "3-2")
    rows = tab.results.rows()
    tab.ui.resultsTable.selectRow(next(i for i, r in enumerate(rows) if r.room_no == "3-2-902"))
    assert tab.unit.room_no == "3-2-902" and tab.results_list.current().resident_id is None  # nobody lives there
    ui.directory.add_resident(elsewhere, data["3-2-902"], name="刘洋", role="tenant", phones=["15012340000"])
    qtbot.waitUntil(lambda: [r.name for r in tab.residents.rows()] == ["刘洋"])
    assert tab.results_list.current().name == "刘洋" and tab.unit.room_no == "3-2-902"
    assert tab.ui.resultCountLabel.text() == "3 rows"


def test_import_dialog_finds_the_header_under_a_title_and_shows_rooms_with_no_resident(qtbot, ui, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["青禾苑业主信息表"])
    ws.merge_cells("A1:E1")
    ws.append(["楼号", "单元", "房屋", "业主名称", "手机号"])
    ws.append([8, 1, 301, "孙丽", "13600001111"])
    ws.append([8, 1, 302, None, None])
    path = tmp_path / "titled.xlsx"
    wb.save(path)
    dialog = ImportDialog(importer=ui.importer, actor=ui.desk)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert [(r.room_no, r.action) for r in dialog.plan.rows] == [("8-1-301", RowAction.NEW),
                                                                  ("8-1-302", RowAction.EMPTY)]
    assert "No resident" in dialog.model.data(dialog.model.index(1, 3))
    assert dialog.ui.importButton.isEnabled()


def test_import_dialog_picks_another_header_row_without_reading_again(qtbot, ui, tmp_path, monkeypatch):
    from deskapp.services import directory_import

    wb = Workbook()
    ws = wb.active
    ws.append(["青禾苑业主信息表"])
    ws.append(["房号", "姓名", "手机"])
    ws.append(["8-1-301", "孙丽", "13600001111"])
    path = tmp_path / "titled.xlsx"
    wb.save(path)
    dialog = ImportDialog(importer=ui.importer, actor=ui.desk)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.ui.headerRowSpin.value() == 2 and dialog.plan.ok
    reads = []
    monkeypatch.setattr(directory_import, "read_sheet", lambda *a: reads.append(a))
    dialog.set_header_row(1)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.sheet.headers[0] == "青禾苑业主信息表" and not dialog.plan.ok
    assert not dialog.ui.importButton.isEnabled()
    dialog.set_header_row(2)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.plan.ok and dialog.ui.importButton.isEnabled() and reads == []


def test_import_runs_off_the_gui_thread_with_progress_and_cancel_writes_nothing(qtbot, ui, tmp_path, monkeypatch):
    import threading

    from deskapp.db.models import Resident

    wb = Workbook()
    ws = wb.active
    ws.append(["房号", "姓名", "手机"])
    for i in range(1, 41):
        ws.append([f"9-1-{100 + i}", "孙丽", f"136{i:08d}"])
    path = tmp_path / "big.xlsx"
    wb.save(path)
    dialog = ImportDialog(importer=ui.importer, actor=ui.desk)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.busy)
    gate = threading.Event()
    threads = []
    commit = ui.importer.commit

    def held_commit(actor, sheet, mapping, progress=None):
        threads.append(threading.current_thread())

        def held(done, total):
            gate.wait(10)
            progress(done, total)
        return commit(actor, sheet, mapping, held)
    monkeypatch.setattr(ui.importer, "commit", held_commit)
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread()
    # The window answers while the commit runs: the progress bar shows, Cancel is offered.
    assert dialog.busy and not dialog.ui.progressBar.isHidden() and dialog.ui.cancelButton.isEnabled()
    assert not dialog.ui.importButton.isEnabled()
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "Cancelled" in dialog.ui.messageLabel.text() and dialog.ui.progressBar.isHidden()
    with ui.db.read() as s:
        assert s.query(Resident).count() == 0
    # Then it imports for real.
    assert dialog.ui.importButton.isEnabled()
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "Imported: 40 new residents" in dialog.ui.summaryLabel.text()
