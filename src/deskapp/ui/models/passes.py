"""Models of the move-out passes tab: the passes found, and the passes a gate expects today."""

from __future__ import annotations

from datetime import datetime

from deskapp.domain.errors import QT_TRANSLATE_NOOP
from deskapp.domain.passes import PassState
from deskapp.domain.phones import format_phone
from deskapp.services.passes import PassInfo
from deskapp.ui import fmt
from deskapp.ui.models.table import Column, PagedRowsModel, RowsModel


def items_text(p: PassInfo) -> str:
    """The items on one line: 双人床 1 张、纸箱 12 箱."""
    return "、".join(f"{i.name} {i.quantity} {i.unit}" for i in p.items)


def window_text(p: PassInfo) -> str:
    """The time window as the desk reads it: 2026-11-27 07:00–20:00 (or –11-28 20:00 over several days)."""
    start, end = fmt.local(p.valid_from), fmt.local(p.valid_until)
    assert start is not None and end is not None
    if start.date() == end.date():
        return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"
    return f"{start:%Y-%m-%d %H:%M}–{end:%m-%d %H:%M}"


def state_text(p: PassInfo) -> str:
    return fmt.pass_state(p.state)


class PassesModel(PagedRowsModel[PassInfo]):
    stretch_column = "Items"
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Pass"), lambda p: p.number),
        Column(QT_TRANSLATE_NOOP("models", "Valid"), window_text),
        Column(QT_TRANSLATE_NOOP("models", "Unit"), lambda p: p.room_no),
        Column(QT_TRANSLATE_NOOP("models", "Applicant"), lambda p: p.applicant_name),
        Column(QT_TRANSLATE_NOOP("models", "Phone"),
               lambda p: format_phone(p.applicant_phone) if p.applicant_phone else ""),
        Column(QT_TRANSLATE_NOOP("models", "Items"), items_text),
        Column(QT_TRANSLATE_NOOP("models", "Plate"), lambda p: p.plate),
        Column(QT_TRANSLATE_NOOP("models", "State"), state_text),
    )

    def is_dimmed(self, row: PassInfo) -> bool:
        return row.state in (PassState.VOID, PassState.RETURNED)

    def is_struck(self, row: PassInfo) -> bool:
        return row.state is PassState.VOID

    def is_warning(self, row: PassInfo) -> bool:
        return row.state is PassState.REFUSED

    def tooltip(self, row: PassInfo) -> str | None:
        return "\n".join(f"{i.name} {i.quantity} {i.unit}" for i in row.items)


class ExpectedModel(RowsModel[PassInfo]):
    """Passes valid today and not yet collected, earliest first; one whose window is over is highlighted."""

    stretch_column = "Items"
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Pass"), lambda p: p.number),
        Column(QT_TRANSLATE_NOOP("models", "Valid"), window_text),
        Column(QT_TRANSLATE_NOOP("models", "Unit"), lambda p: p.room_no),
        Column(QT_TRANSLATE_NOOP("models", "Plate"), lambda p: p.plate),
        Column(QT_TRANSLATE_NOOP("models", "Items"), items_text),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.now: datetime | None = None  # naive UTC, set with each refresh

    def is_warning(self, row: PassInfo) -> bool:
        return self.now is not None and row.valid_until < self.now
