"""Station settings: every kind of printout has its printer and paper, and a test print of each opens in
the print preview on the printer and page chosen in its row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QPushButton

from deskapp.printing.pages import ALLOWED_PAGES, DEFAULT_PAGES, DocumentKind, PageSize
from deskapp.services.sample_printouts import sample_printout
from deskapp.ui.dialogs import settings
from deskapp.ui.dialogs.settings import StationDialog
from tests.ui.conftest import drive_modal

POINTS = {PageSize.A4: (595, 842), PageSize.A5: (420, 595)}
ROLL_WIDTH = 227  # 80 mm in points


class Printers:
    """Two printers installed on this PC (the offscreen test machine has none)."""

    @staticmethod
    def availablePrinterNames() -> list[str]:  # noqa: N802 - Qt's name
        return ["Office A4", "Receipt 80"]


@pytest.fixture
def dialog(qtbot, ui, station, monkeypatch):
    monkeypatch.setattr(settings, "QPrinterInfo", Printers)
    config, path = station
    d = StationDialog(config=config, path=path,
                      sample=lambda kind, page: sample_printout(ui.printing, ui.desk, kind, page))
    qtbot.addWidget(d)
    return d


def choose(combo, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def page_points(preview) -> tuple[int, int]:
    assert preview.document.status() == QPdfDocument.Status.Ready
    size = preview.document.pagePointSize(0)
    return round(size.width()), round(size.height())


@pytest.mark.parametrize("kind, page, printer", [
    (DocumentKind.UNIT_CARD, PageSize.A5, "Office A4"),
    (DocumentKind.VISITOR_SLIP, PageSize.RECEIPT_80, "Receipt 80"),
    (DocumentKind.ROLL_CALL, PageSize.A4, "Office A4"),
    (DocumentKind.WORK_ORDER, PageSize.A4, "Office A4"),
])
def test_a_test_print_of_each_kind_opens_on_the_page_and_printer_chosen_in_its_row(qtbot, dialog, kind, page,
                                                                                   printer):
    row_printer, row_page = dialog._printer_rows[kind]
    choose(row_printer, printer)
    choose(row_page, page.value)
    preview = dialog.test_preview(kind)
    qtbot.addWidget(preview)
    assert preview.printout.kind == kind and preview.printout.page is page and "测试页" in preview.windowTitle()
    assert preview.ui.pageCombo.currentData() == page.value and preview.ui.printerCombo.currentData() == printer
    if page is PageSize.RECEIPT_80:
        assert page_points(preview)[0] == ROLL_WIDTH
    else:
        assert page_points(preview) == POINTS[page]
    assert preview.make_printer().printerName() in ("", printer)  # the printer offered is the one printed on


def test_every_kind_has_its_row_with_a_test_print_button(dialog):
    assert set(dialog._printer_rows) == set(DEFAULT_PAGES)
    for kind in DEFAULT_PAGES:
        name = kind.split("_")[0] + "".join(w.title() for w in kind.split("_")[1:])
        assert dialog.findChild(QPushButton, f"{name}TestButton").isVisibleTo(dialog)


def test_the_standard_page_follows_the_receipt_roll_box_before_it_is_saved(qtbot, dialog):
    assert dialog.page_for(DocumentKind.VISITOR_SLIP) is PageSize.A5
    dialog.ui.receiptRollCheck.setChecked(True)
    preview = dialog.test_preview(DocumentKind.VISITOR_SLIP)
    qtbot.addWidget(preview)
    assert preview.printout.page is PageSize.RECEIPT_80 and page_points(preview)[0] == ROLL_WIDTH


def test_the_button_opens_the_preview_and_a_test_print_remembers_nothing(qtbot, dialog, station, tmp_path):
    config, path = station
    choose(dialog._printer_rows[DocumentKind.WORK_ORDER][1], PageSize.A4.value)
    seen = {}

    def look(preview) -> None:
        seen["page"] = preview.printout.page
        preview.save_to(tmp_path / "test.pdf")  # saving (like printing) would remember the choice

    button = dialog.findChild(QPushButton, "workOrderTestButton")
    drive_modal(lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton), look)
    assert seen == {"page": PageSize.A4} and (tmp_path / "test.pdf").read_bytes().startswith(b"%PDF")
    assert config.printers == {} and not path.exists()  # the station's choice is made with OK, not by a test


def test_a_page_the_kind_is_never_printed_on_is_refused(ui):
    assert PageSize.RECEIPT_80 not in ALLOWED_PAGES[DocumentKind.ROLL_CALL]
    with pytest.raises(ValueError):
        sample_printout(ui.printing, ui.desk, DocumentKind.ROLL_CALL, PageSize.RECEIPT_80)


def test_the_station_settings_of_the_window_offer_the_test_print(qtbot, window):
    def look(d) -> None:
        preview = d.test_preview(DocumentKind.WORK_ORDER)
        qtbot.addWidget(preview)
        assert preview.printout.page is PageSize.A5 and "测试页" in preview.printout.title

    drive_modal(window.station_settings, look)


def test_a_slip_comes_out_on_the_receipt_roll_at_a_station_that_has_one(qtbot, ui, make_window, station):
    config, _path = station
    config.receipt_roll = True  # nothing chosen for slips: their standard page here is the roll
    ui.directory.create_unit(ui.desk, "5-1-101")
    guest = ui.guests.check_in(ui.desk, name="刘洋", host_unit="5-1-101", stay_minutes=60)
    preview = make_window(ui.desk).visits_tab.guest_page.slip_preview(guest)
    qtbot.addWidget(preview)
    assert preview.printout.page is PageSize.RECEIPT_80 and page_points(preview)[0] == ROLL_WIDTH
