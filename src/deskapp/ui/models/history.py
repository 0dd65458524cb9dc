"""A unit's history beside the forms: visits, calls and requests together."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.domain.errors import QT_TRANSLATE_NOOP
from deskapp.services.history import KIND_LABELS, HistoryItem
from deskapp.ui import fmt
from deskapp.ui.models.requests import call_outcome, call_purpose
from deskapp.ui.models.table import Column, RowsModel


def _content(h: HistoryItem) -> str:
    marks = [h.reference, fmt.request_state(h.state) if h.state is not None else "",
             QCoreApplication.translate("models", "Void") if h.voided else ""]
    if h.kind == "outgoing_call":  # why the owner was called, and whether they answered
        marks += [call_purpose(h.purpose), call_outcome(h.outcome)]
    return " ".join(x for x in (*marks, h.text.replace("\n", " ")) if x)


def history_key(item: HistoryItem) -> tuple:
    """A history line has no id of its own: its kind, time and reference name it (for ListPanel)."""
    return (item.kind, item.at, item.reference)


class HistoryModel(RowsModel[HistoryItem]):
    stretch_column = "Content"
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Time"), lambda h: fmt.when(h.at),
               value=lambda h: h.at),
        Column(QT_TRANSLATE_NOOP("models", "Kind"), lambda h: QCoreApplication.translate("history", KIND_LABELS[h.kind])),
        Column(QT_TRANSLATE_NOOP("models", "Who"), lambda h: h.who),
        Column(QT_TRANSLATE_NOOP("models", "Content"), lambda h: _content(h)),
    )

    def is_dimmed(self, row: HistoryItem) -> bool:
        return row.voided

    def tooltip(self, row: HistoryItem) -> str | None:
        return row.text
