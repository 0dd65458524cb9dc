"""Every list's columns: sized to the first results, widened for longer ones, never narrowed."""

from datetime import datetime

from PySide6.QtWidgets import QTableView

from deskapp.services.history import HistoryItem
from deskapp.ui.models.history import HistoryModel
from deskapp.ui.tables import setup_table


def _rows(who: str) -> list[HistoryItem]:
    return [HistoryItem(datetime(2026, 1, 1), "visit", who, "漏水")]


def test_columns_widen_for_longer_text_and_keep_a_wider_choice(qtbot):
    view, model = QTableView(), HistoryModel()
    qtbot.addWidget(view)
    setup_table(view, model)
    view.resize(900, 300)
    view.show()
    header = view.horizontalHeader()
    model.set_rows(_rows("王"))
    first = header.sectionSize(2)
    model.set_rows(_rows("欧阳建国同志和他的家人朋友们"))  # a later, longer result is not cut off
    widened = header.sectionSize(2)
    assert widened > first and widened >= view.sizeHintForColumn(2)
    header.resizeSection(2, widened + 80)  # the user drags it wider
    model.set_rows(_rows("王"))
    assert header.sectionSize(2) == widened + 80


def test_a_dialog_asked_larger_than_the_screen_fits_it(qtbot):
    """The print preview asks for 640×820 and the import 900×700: on a smaller screen (1024×768, 1280×800 with
    the frame) the buttons at the bottom would fall off it; the size is cut to the screen instead."""
    from PySide6.QtWidgets import QDialog

    from deskapp.ui.forms import SCREEN_FRAME, fitting_size

    dialog = QDialog()
    qtbot.addWidget(dialog)
    room = dialog.screen().availableGeometry()
    assert fitting_size(dialog, 10, 10) == (10, 10)
    width, height = fitting_size(dialog, room.width() + 500, room.height() + 500)
    assert (width, height) == (room.width() - SCREEN_FRAME[0], room.height() - SCREEN_FRAME[1])
