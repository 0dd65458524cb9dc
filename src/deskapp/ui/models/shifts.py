"""Models of the control room's shift pages: the equipment records of the day, the shifts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.domain.errors import QT_TRANSLATE_NOOP
from deskapp.domain.shifts import CONTROLLER_LABELS, MODE_LABELS, RUN_LABELS, ShiftState
from deskapp.services.shifts import EquipmentRecordInfo, ShiftInfo
from deskapp.ui import fmt
from deskapp.ui.models.table import Column, RowsModel


def _label(text: str) -> str:
    """A domain label (marked in the "shifts" context) in the UI's language."""
    return QCoreApplication.translate("shifts", text)


def _exceptions(r: EquipmentRecordInfo) -> str:
    """What was not as it should be, in one line: the system, its state, the explanation."""
    parts = []
    if r.controller_note:
        parts.append(f"{QCoreApplication.translate('models', 'Fire alarm controller')}: {r.controller_note}")
    if r.linkage_note:
        parts.append(f"{QCoreApplication.translate('models', 'Linkage controller')}: {r.linkage_note}")
    for line in r.lines:
        if line.flagged or line.explanation:
            parts.append(f"{line.name} {_label(MODE_LABELS[line.mode])}/{_label(RUN_LABELS[line.state])}: "
                         f"{line.explanation}")
    return " · ".join(parts)


class EquipmentRecordsModel(RowsModel[EquipmentRecordInfo]):
    """The 2-hourly records, the newest first; a record with anything abnormal is highlighted."""

    stretch_column = "Exceptions"
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Time"), lambda r: fmt.when(r.recorded_at),
               value=lambda r: r.recorded_at),
        Column(QT_TRANSLATE_NOOP("models", "Controller"), lambda r: _label(CONTROLLER_LABELS[r.controller])),
        Column(QT_TRANSLATE_NOOP("models", "Linkage"), lambda r: _label(MODE_LABELS[r.linkage])),
        Column(QT_TRANSLATE_NOOP("models", "Exceptions"), _exceptions),
        Column(QT_TRANSLATE_NOOP("models", "Recorded by"), lambda r: r.recorded_by),
    )

    def is_warning(self, row: EquipmentRecordInfo) -> bool:
        return row.flagged


def _state(s: ShiftInfo) -> str:
    if s.state is ShiftState.ON_DUTY:
        return QCoreApplication.translate("models", "On duty")
    return QCoreApplication.translate("models", "Handed over {time}").format(time=fmt.when(s.ended_at))


class ShiftsModel(RowsModel[ShiftInfo]):
    """The shifts of the day chosen, the latest first."""

    stretch_column = "Operators"
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "No."), lambda s: str(s.id), value=lambda s: s.id),
        Column(QT_TRANSLATE_NOOP("models", "Started"), lambda s: fmt.when(s.started_at),
               value=lambda s: s.started_at),
        Column(QT_TRANSLATE_NOOP("models", "State"), _state),
        Column(QT_TRANSLATE_NOOP("models", "Operators"), lambda s: s.names),
    )

    def is_dimmed(self, row: ShiftInfo) -> bool:
        return row.state is not ShiftState.ON_DUTY
