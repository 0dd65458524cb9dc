"""How every list in the tabs is set up: whole rows selected, columns sized once from the first rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def setup_table(view: QTableView, model: QAbstractItemModel) -> None:
    """Attach the model. Columns are sized to the first rows of the first results, then only ever widened
    to fit the first rows of later results, so a longer room number is not cut off and a width the user
    chose is kept (re-measuring every cell on each keystroke, ResizeToContents, costs more than the search)."""
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(20)

    def fit() -> None:
        if not model.rowCount():
            return
        if not view.property("sized"):
            view.resizeColumnsToContents()
            view.setProperty("sized", True)
            return
        for column in range(model.columnCount() - 1):  # the last one stretches
            wanted = view.sizeHintForColumn(column)
            if wanted > header.sectionSize(column):
                header.resizeSection(column, wanted)

    model.modelReset.connect(fit)
