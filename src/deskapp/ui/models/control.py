"""Models of the control-room tab: the event log (open events on top, a fire alarm's countdown live),
the faults, the devices."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from deskapp.domain.control import (
    CAUSE_LABELS,
    KIND_LABELS,
    RESULT_LABELS,
    SOURCE_LABELS,
    STAGE_LABELS,
    Cause,
    EventKind,
    EventStage,
    Result,
    Source,
)
from deskapp.domain.errors import QT_TRANSLATE_NOOP
from deskapp.services.control import DeviceInfo, EventInfo, FaultInfo
from deskapp.ui import fmt
from deskapp.ui.models.table import Column, Index, PagedRowsModel, RowsModel

RED = QBrush(QColor("#b00020"))
OVERDUE = QBrush(QColor("#f8c9cf"))  # a fire alarm past its confirmation time: the whole row


def source(value: Source) -> str:
    return QCoreApplication.translate("control", SOURCE_LABELS[value])


def kind(value: EventKind) -> str:
    return QCoreApplication.translate("control", KIND_LABELS[value])


def result(value: Result | None) -> str:
    return QCoreApplication.translate("control", RESULT_LABELS[value]) if value else ""


def cause(value: Cause | None) -> str:
    return QCoreApplication.translate("control", CAUSE_LABELS[value]) if value else ""


def stage(value: EventStage) -> str:
    return QCoreApplication.translate("control", STAGE_LABELS[value])


class EventsModel(PagedRowsModel[EventInfo]):
    """The log: open events first (the service's order), each fire alarm's countdown ticking."""

    stretch_column = "What happened"
    COUNTDOWN = 5  # the column that ticks
    PAGE = 50  # a screenful and more: the tab opens faster; scrolling fetches the next 50

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.now = datetime.min  # set by tick(); the countdown column reads it
        self._bold: QFont | None = None

    columns = (
        Column(QT_TRANSLATE_NOOP("models", "No."), lambda e: e.label),
        Column(QT_TRANSLATE_NOOP("models", "Received"), lambda e: fmt.when(e.received_at),
               value=lambda e: e.received_at),
        Column(QT_TRANSLATE_NOOP("models", "Kind"), lambda e: kind(e.kind)),
        Column(QT_TRANSLATE_NOOP("models", "Source"), lambda e: source(e.source)),
        Column(QT_TRANSLATE_NOOP("models", "Where"), lambda e: e.location),
        Column(QT_TRANSLATE_NOOP("models", "Status"), lambda e: ""),  # filled by _format with the time
        Column(QT_TRANSLATE_NOOP("models", "What happened"), lambda e: e.text.replace("\n", " ")),
    )

    def status(self, e: EventInfo) -> str:
        """Where the event stands; a fire alarm still to be confirmed shows its countdown."""
        words = stage(e.stage)
        c = e.countdown(self.now)
        if c.running:
            return f"{words} {c.text()}"
        if e.result is not None and e.is_open:
            return f"{result(e.result)} · {words}"
        if e.result is not None:
            return f"{words} · {result(e.result)}"
        return words

    def _format(self, rows) -> list[tuple[str, ...]]:
        cells = super()._format(rows)
        return [c[:self.COUNTDOWN] + (self.status(r),) + c[self.COUNTDOWN + 1:] for c, r in zip(cells, rows, strict=True)]

    def put_first(self, row: EventInfo) -> None:
        """Show a just-logged event on top at once; the change feed's reload puts the list in order after."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self._cells.insert(0, self._format([row])[0])
        self.endInsertRows()

    def tick(self, now: datetime) -> None:
        """Move the countdowns to ``now``: only the rows that count down are formatted again."""
        self.now = now
        changed = [i for i, e in enumerate(self._rows) if e.countdown(now).running]
        for i in changed:
            cells = self._cells[i]
            self._cells[i] = cells[:self.COUNTDOWN] + (self.status(self._rows[i]),) + cells[self.COUNTDOWN + 1:]
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(self.columns) - 1))

    def is_overdue(self, row: EventInfo) -> bool:
        return row.countdown(self.now).overdue

    def is_warning(self, row: EventInfo) -> bool:
        return row.device_flagged and row.is_open

    def is_dimmed(self, row: EventInfo) -> bool:
        return not row.is_open

    _MARKED = frozenset({Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole})

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self._MARKED:  # the texts are formatted once (and the countdown on each tick)
            return super().data(index, role)
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and row.is_open:
            if role == Qt.ItemDataRole.BackgroundRole and self.is_overdue(row):
                return OVERDUE
            if role == Qt.ItemDataRole.ForegroundRole and (self.is_overdue(row) or row.stage is EventStage.FIRE_STEPS):
                return RED
            if role == Qt.ItemDataRole.FontRole and row.kind is EventKind.FIRE:
                if self._bold is None:
                    self._bold = QFont()
                    self._bold.setBold(True)
                return self._bold
        return super().data(index, role)

    def tooltip(self, row: EventInfo) -> str | None:
        return row.text or None


class FaultsModel(PagedRowsModel[FaultInfo]):
    stretch_column = "Fault"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.now = datetime.min

    columns = (
        Column(QT_TRANSLATE_NOOP("models", "No."), lambda f: f.label),
        Column(QT_TRANSLATE_NOOP("models", "Found"), lambda f: fmt.when(f.found_at),
               value=lambda f: f.found_at),
        Column(QT_TRANSLATE_NOOP("models", "Found by"), lambda f: f.found_by),
        Column(QT_TRANSLATE_NOOP("models", "Where"), lambda f: f.where),
        Column(QT_TRANSLATE_NOOP("models", "Fault"), lambda f: f.description.replace("\n", " ")),
        Column(QT_TRANSLATE_NOOP("models", "Reported for repair"), lambda f: fmt.when(f.reported_at),
               value=lambda f: f.reported_at),
        Column(QT_TRANSLATE_NOOP("models", "Repaired"), lambda f: fmt.when(f.repaired_at),
               value=lambda f: f.repaired_at),
        Column(QT_TRANSLATE_NOOP("models", "Confirmed"), lambda f: fmt.when(f.confirmed_at),
               value=lambda f: f.confirmed_at),
    )

    def is_dimmed(self, row: FaultInfo) -> bool:
        return row.repaired_at is not None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and role == Qt.ItemDataRole.BackgroundRole and row.overdue(self.now):
            return OVERDUE
        return super().data(index, role)


class DevicesModel(RowsModel[DeviceInfo]):
    stretch_column = "Note"
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Address"), lambda d: d.address),
        Column(QT_TRANSLATE_NOOP("models", "Kind"), lambda d: d.device_type),
        Column(QT_TRANSLATE_NOOP("models", "Building"), lambda d: d.building),
        Column(QT_TRANSLATE_NOOP("models", "Floor"), lambda d: d.floor),
        Column(QT_TRANSLATE_NOOP("models", "Zone"), lambda d: d.zone),
        Column(QT_TRANSLATE_NOOP("models", "False alarms (12 months)"), lambda d: str(d.false_alarms), value=lambda d: d.false_alarms),
        Column(QT_TRANSLATE_NOOP("models", "Note"), lambda d: d.note),
    )

    def is_warning(self, row: DeviceInfo) -> bool:
        return row.flagged
