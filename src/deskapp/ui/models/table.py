"""A table model over a list of plain rows, with columns declared once."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
GREY = QBrush(QColor("#808080"))
WARN = QBrush(QColor("#fde7e9"))


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # source text, translated in the "models" context
    text: Callable[[T], str]
    # The cell's typed value for an export to Excel (a datetime as stored, naive UTC; a date; a number);
    # None: the text as shown.
    value: Callable[[T], Any] | None = None


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of one dataclass type; ``row_at(i)`` gives the row back to the widget."""

    columns: Sequence[Column] = ()
    stretch_column: str | None = None  # the title of the column that takes the list's spare width (else the last)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._cells: list[tuple[str, ...]] = []  # each row's texts, formatted once, not on every paint

    def _format(self, rows: Sequence[T]) -> list[tuple[str, ...]]:
        return [tuple(c.text(r) for c in self.columns) for r in rows]

    # What the subclasses may refine.
    def is_dimmed(self, row: T) -> bool:
        return False

    def is_struck(self, row: T) -> bool:
        return False

    def is_warning(self, row: T) -> bool:
        return False

    def tooltip(self, row: T) -> str | None:
        return None

    def titles(self) -> list[str]:
        """The columns' titles as the header shows them (translated)."""
        return [QCoreApplication.translate("models", c.title) for c in self.columns]

    def export_cells(self, rows: Sequence[T]) -> list[tuple[Any, ...]]:
        """The rows' typed values for an export: each column's ``value``, else its text as shown.
        Pure Python over the rows given (no model state changes): safe on the export's worker thread."""
        shown = self._format(rows)
        typed = [(i, c.value) for i, c in enumerate(self.columns) if c.value is not None]
        if not typed:
            return shown
        out = []
        for texts, row in zip(shown, rows, strict=True):
            cells = list(texts)
            for i, value in typed:
                cells[i] = value(row)
            out.append(tuple(cells))
        return out

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = self._format(self._rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, i: int) -> T | None:
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and self.is_dimmed(row):
            return GREY
        if role == Qt.ItemDataRole.BackgroundRole and self.is_warning(row):
            return WARN
        if role == Qt.ItemDataRole.FontRole and self.is_struck(row):
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:  # a tooltip has no plain-text mode: typed "<b>" escaped
            tip = self.tooltip(row)
            return f"<p style='white-space:pre-wrap'>{html.escape(tip)}</p>" if tip else None
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return QCoreApplication.translate("models", self.columns[section].title)
            return None
        return str(section + 1)


class PagedRowsModel(RowsModel[T]):
    """Rows fetched a page at a time from ``fetch(offset, limit)`` as the view scrolls."""

    PAGE = 100

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fetch: Callable[[int, int], Sequence[T]] | None = None
        self._more = False

    def load(self, fetch: Callable[[int, int], Sequence[T]]) -> None:
        """Start over with a new query; the first page is fetched now."""
        rows = list(fetch(0, self.PAGE))
        self.beginResetModel()
        self._fetch = fetch
        self._rows = rows
        self._cells = self._format(rows)
        self._more = len(rows) == self.PAGE
        self.endResetModel()

    @property
    def fetcher(self) -> Callable[[int, int], Sequence[T]] | None:
        """The query the list pages through (an export walks all of it)."""
        return self._fetch

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._fetch is None:
            return
        rows = list(self._fetch(len(self._rows), self.PAGE))
        self._more = len(rows) == self.PAGE
        if not rows:
            return
        first = len(self._rows)
        # `last` is inclusive: first + len(rows) - 1, not first + len(rows).
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._cells.extend(self._format(rows))
        self.endInsertRows()
