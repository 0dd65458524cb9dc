"""Models of the visitor-reception tab: visits, guests, who is on site, the watchlist."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from deskapp.domain.errors import QT_TRANSLATE_NOOP
from deskapp.domain.phones import format_phone
from deskapp.domain.visits import WatchEntry
from deskapp.services.guests import GuestInfo
from deskapp.services.visits import VisitInfo
from deskapp.ui import fmt
from deskapp.ui.models.table import Column, PagedRowsModel, RowsModel


def _void(reason: str | None) -> str:
    return f"{QCoreApplication.translate('models', 'Void')}: {reason or ''}"


class VisitsModel(PagedRowsModel[VisitInfo]):
    stretch_column = "Content"
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Time"), lambda v: fmt.when(v.visited_at),
               value=lambda v: v.visited_at),
        Column(QT_TRANSLATE_NOOP("models", "Unit"), lambda v: v.room_no),
        Column(QT_TRANSLATE_NOOP("models", "Visitor"), lambda v: v.visitor_name),
        Column(QT_TRANSLATE_NOOP("models", "Phone"), lambda v: format_phone(v.visitor_phone) if v.visitor_phone else ""),
        Column(QT_TRANSLATE_NOOP("models", "Purpose"), lambda v: fmt.purpose(v.purpose)),
        Column(QT_TRANSLATE_NOOP("models", "Outcome"), lambda v: fmt.outcome(v.outcome)),
        Column(QT_TRANSLATE_NOOP("models", "Content"), lambda v: (_void(v.void_reason) + " · " if v.voided_at else "")
               + v.content.replace("\n", " ")),
        Column(QT_TRANSLATE_NOOP("models", "Recorded by"), lambda v: v.recorded_by),
    )

    def is_dimmed(self, row: VisitInfo) -> bool:
        return row.voided_at is not None

    def is_struck(self, row: VisitInfo) -> bool:
        return row.voided_at is not None

    def tooltip(self, row: VisitInfo) -> str | None:
        return "\n".join(x for x in (row.content, row.resolution) if x)


def _guest_state(g: GuestInfo) -> str:
    if g.voided_at:
        return _void(g.void_reason)
    if g.checked_out_at:
        return QCoreApplication.translate("models", "Left {time}").format(time=fmt.when(g.checked_out_at))
    return QCoreApplication.translate("models", "On site")


class GuestsModel(PagedRowsModel[GuestInfo]):
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Slip"), lambda g: g.slip_no),
        Column(QT_TRANSLATE_NOOP("models", "In"), lambda g: fmt.when(g.checked_in_at),
               value=lambda g: g.checked_in_at),
        Column(QT_TRANSLATE_NOOP("models", "Guest"), lambda g: g.name),
        Column(QT_TRANSLATE_NOOP("models", "Phone"), lambda g: format_phone(g.phone) if g.phone else ""),
        Column(QT_TRANSLATE_NOOP("models", "Host unit"), lambda g: g.room_no),
        Column(QT_TRANSLATE_NOOP("models", "People"), lambda g: str(g.people), value=lambda g: g.people),
        Column(QT_TRANSLATE_NOOP("models", "Plate"), lambda g: g.plate),
        Column(QT_TRANSLATE_NOOP("models", "State"), _guest_state),
    )

    def is_dimmed(self, row: GuestInfo) -> bool:
        return not row.on_site

    def is_struck(self, row: GuestInfo) -> bool:
        return row.voided_at is not None

    def is_warning(self, row: GuestInfo) -> bool:
        return row.overridden_by is not None


class OnSiteModel(RowsModel[GuestInfo]):
    """Who is in now; a stay past its 'valid until' is highlighted."""

    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Slip"), lambda g: g.slip_no),
        Column(QT_TRANSLATE_NOOP("models", "Guest"), lambda g: g.name),
        Column(QT_TRANSLATE_NOOP("models", "Host unit"), lambda g: g.room_no),
        Column(QT_TRANSLATE_NOOP("models", "People"), lambda g: str(g.people), value=lambda g: g.people),
        Column(QT_TRANSLATE_NOOP("models", "In"), lambda g: fmt.clock_time(g.checked_in_at),
               value=lambda g: g.checked_in_at),
        Column(QT_TRANSLATE_NOOP("models", "Valid until"), lambda g: fmt.when(g.valid_until),
               value=lambda g: g.valid_until),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.now: datetime | None = None  # naive UTC, set by the tab with each refresh

    def is_warning(self, row: GuestInfo) -> bool:
        return self.now is not None and row.valid_until < self.now


class WatchModel(RowsModel[WatchEntry]):
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Name"), lambda w: w.name),
        Column(QT_TRANSLATE_NOOP("models", "Phone"), lambda w: format_phone(w.phone) if w.phone else ""),
        Column(QT_TRANSLATE_NOOP("models", "ID last digits"), lambda w: w.id_last or ""),
        Column(QT_TRANSLATE_NOOP("models", "Reason"), lambda w: w.reason),
        Column(QT_TRANSLATE_NOOP("models", "Until"), lambda w: fmt.day(w.until) or "—", value=lambda w: w.until),
    )
