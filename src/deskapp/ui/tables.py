"""How every list in the tabs is set up: whole rows selected, columns sized once from the first rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def setup_table(view: QTableView, model: QAbstractItemModel) -> None:
    """Attach the model. Columns are sized to the first rows once, then left to the user: re-measuring
    every cell on each keystroke (ResizeToContents) costs more than the search itself."""
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(20)

    def size_once() -> None:
        if model.rowCount() and not view.property("sized"):
            view.resizeColumnsToContents()
            view.setProperty("sized", True)

    model.modelReset.connect(size_once)
