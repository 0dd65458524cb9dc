"""Models of the directory tab: search results, a unit's residents, its notes and holds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.domain.errors import QT_TRANSLATE_NOOP
from deskapp.services.directory import DirectoryRow, NoteInfo, ResidentInfo
from deskapp.ui import fmt
from deskapp.ui.banners import WARNING_MARK
from deskapp.ui.models.table import Column, PagedRowsModel, RowsModel


def _status(voided: bool, moved_out) -> str:
    if voided:
        return QCoreApplication.translate("models", "Void")
    if moved_out:
        return QCoreApplication.translate("models", "Moved out {date}").format(date=fmt.day(moved_out))
    return ""


class DirectoryResultsModel(PagedRowsModel[DirectoryRow]):
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Unit"), lambda r: r.room_no),
        Column(QT_TRANSLATE_NOOP("models", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("models", "Type"), lambda r: fmt.resident_role(r.role)),
        Column(QT_TRANSLATE_NOOP("models", "Phone"), lambda r: fmt.phones(r.phones)),
        Column(QT_TRANSLATE_NOOP("models", "Status"), lambda r: _status(r.voided, r.moved_out)),
        Column(QT_TRANSLATE_NOOP("models", "Hold"), lambda r: WARNING_MARK if r.has_hold else ""),
    )

    def is_dimmed(self, row: DirectoryRow) -> bool:
        return row.voided or row.moved_out is not None

    def is_struck(self, row: DirectoryRow) -> bool:
        return row.voided

    def is_warning(self, row: DirectoryRow) -> bool:
        return row.has_hold


class ResidentsModel(RowsModel[ResidentInfo]):
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("models", "Type"), lambda r: fmt.resident_role(r.role)),
        Column(QT_TRANSLATE_NOOP("models", "Phone"), lambda r: fmt.phones(r.phones)),
        Column(QT_TRANSLATE_NOOP("models", "Moved in"), lambda r: fmt.day(r.moved_in),
               value=lambda r: r.moved_in),
        Column(QT_TRANSLATE_NOOP("models", "Status"), lambda r: _status(r.voided_at is not None, r.moved_out)),
        Column(QT_TRANSLATE_NOOP("models", "Notes"), lambda r: r.notes if not r.voided_at else
               f"{QCoreApplication.translate('models', 'Void')}: {r.void_reason or ''}"),
    )

    def is_dimmed(self, row: ResidentInfo) -> bool:
        return not row.current

    def is_struck(self, row: ResidentInfo) -> bool:
        return row.voided_at is not None


class NotesModel(RowsModel[NoteInfo]):
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Kind"), lambda n: fmt.note_kind(n.kind)),
        Column(QT_TRANSLATE_NOOP("models", "Text"), lambda n: n.text),
        Column(QT_TRANSLATE_NOOP("models", "Entered"), lambda n: f"{fmt.when(n.created_at)} {n.created_by}"),
        Column(QT_TRANSLATE_NOOP("models", "Lifted / withdrawn"),
               lambda n: f"{fmt.when(n.voided_at)} {n.void_reason or ''}".strip()),
    )

    def is_dimmed(self, row: NoteInfo) -> bool:
        return row.voided_at is not None

    def is_warning(self, row: NoteInfo) -> bool:
        return row.active_hold
