"""A unit's history beside the forms: visits, calls and requests together."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.domain.errors import QT_TRANSLATE_NOOP
from deskapp.services.history import KIND_LABELS, HistoryItem
from deskapp.ui import fmt
from deskapp.ui.models.table import Column, RowsModel


class HistoryModel(RowsModel[HistoryItem]):
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Time"), lambda h: fmt.when(h.at)),
        Column(QT_TRANSLATE_NOOP("models", "Kind"), lambda h: QCoreApplication.translate("history", KIND_LABELS[h.kind])),
        Column(QT_TRANSLATE_NOOP("models", "Who"), lambda h: h.who),
        Column(QT_TRANSLATE_NOOP("models", "Content"), lambda h: " ".join(
            x for x in (h.reference, h.text.replace("\n", " ")) if x)),
    )

    def is_dimmed(self, row: HistoryItem) -> bool:
        return row.reference == "void"

    def tooltip(self, row: HistoryItem) -> str | None:
        return row.text
