"""How every list in the tabs is set up: whole rows selected, columns sized from the first rows and widened."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROWS_MEASURED = 20  # columns are sized from this many rows at the top, not from all of them


def setup_table(view: QTableView, model: QAbstractItemModel) -> None:
    """Attach the model. Columns are sized to the first rows of the first results, then only ever widened,
    when later results bring longer text, so a longer room number is not cut off and a width the user chose
    is kept. Measuring text is slow (ResizeToContents on every keystroke cost more than the search), so a
    column is measured again only when its longest text in the first rows has more characters than before."""
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    # One line of text and a little air: the style's default row is a third taller, so fewer rows fit.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    titles = [c.title for c in getattr(model, "columns", ())]
    stretch = getattr(model, "stretch_column", None)
    wide = titles.index(stretch) if stretch in titles else model.columnCount() - 1  # the text, not the last
    if wide == model.columnCount() - 1:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
    header.setResizeContentsPrecision(ROWS_MEASURED)
    longest: list[int] = []  # per column, the most characters measured so far

    def lengths() -> list[int]:
        rows = min(model.rowCount(), ROWS_MEASURED)
        return [max(len(str(model.index(r, c).data() or "")) for r in range(rows))
                for c in range(model.columnCount())]

    def fit() -> None:
        if not model.rowCount():
            return
        now = lengths()
        if not longest:
            view.resizeColumnsToContents()
            longest[:] = now
            return
        for column in range(len(now)):
            if column == wide:  # it stretches
                continue
            if now[column] > longest[column]:
                longest[column] = now[column]
                wanted = view.sizeHintForColumn(column)
                if wanted > header.sectionSize(column):
                    header.resizeSection(column, wanted)

    model.modelReset.connect(fit)
