"""Preview of a directory import: one line per sheet row with what would happen to it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.domain.errors import QT_TRANSLATE_NOOP
from deskapp.services.directory_import import PlanRow, RowAction
from deskapp.ui.forms import tr_problem
from deskapp.ui.models.table import Column, RowsModel

ACTION_LABELS = {
    RowAction.NEW: QT_TRANSLATE_NOOP("models", "New"),
    RowAction.UPDATE: QT_TRANSLATE_NOOP("models", "Update"),
    RowAction.SAME: QT_TRANSLATE_NOOP("models", "Unchanged"),
    RowAction.SKIP: QT_TRANSLATE_NOOP("models", "Skipped (void)"),
    RowAction.EMPTY: QT_TRANSLATE_NOOP("models", "No resident (the unit only)"),
    RowAction.ERROR: QT_TRANSLATE_NOOP("models", "Error"),
}


def _problems(row: PlanRow) -> str:
    return "; ".join(f"{p.column}: {tr_problem(p.problem)}" if p.column else tr_problem(p.problem)
                     for p in row.problems)


class ImportPlanModel(RowsModel[PlanRow]):
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Row"), lambda r: str(r.row_number), value=lambda r: r.row_number),
        Column(QT_TRANSLATE_NOOP("models", "Unit"), lambda r: r.room_no),
        Column(QT_TRANSLATE_NOOP("models", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("models", "Action"),
               lambda r: QCoreApplication.translate("models", ACTION_LABELS[r.action])),
        Column(QT_TRANSLATE_NOOP("models", "Problem"), _problems),
    )

    def tooltip(self, row: PlanRow) -> str | None:
        return _problems(row) or None

    def is_warning(self, row: PlanRow) -> bool:
        return row.action is RowAction.ERROR

    def is_dimmed(self, row: PlanRow) -> bool:
        return row.action in (RowAction.SAME, RowAction.SKIP, RowAction.EMPTY)
