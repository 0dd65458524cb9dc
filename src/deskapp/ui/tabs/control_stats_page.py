"""False alarms for supervisors: per 100 detectors per year (BS 5839-1's measure), by zone and by cause,
and the devices with 3 or more false alarms in 12 months."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import QT_TRANSLATE_NOOP, DeskError
from deskapp.domain.roles import Actor
from deskapp.services.control import ControlService, DeviceInfo
from deskapp.ui.forms import load_form, tr_error
from deskapp.ui.models.control import DevicesModel, cause
from deskapp.ui.models.table import Column, RowsModel
from deskapp.ui.pages import Page, kinds
from deskapp.ui.tables import setup_table


@dataclass(frozen=True)
class Count:
    name: str
    count: int


class CountsModel(RowsModel[Count]):
    stretch_column = "What"
    columns = (Column(QT_TRANSLATE_NOOP("models", "What"), lambda c: c.name),
               Column(QT_TRANSLATE_NOOP("models", "False alarms"), lambda c: str(c.count)))


class ControlStatsPage(Page):
    """The figures of a span of days (the last 12 months unless chosen)."""

    start_field = "statsFromDate"
    kinds = kinds("control_event", "control_device", "settings")

    def __init__(self, *, control: ControlService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("controlStatsPageHost")
        self._control, self._actor = control, actor
        self.ui = ui = load_form("control_stats_page.ui", self)
        self.by_zone, self.by_cause = CountsModel(self), CountsModel(self)
        self.flagged: RowsModel[DeviceInfo] = DevicesModel(self)
        for view, model in ((ui.byZoneTable, self.by_zone), (ui.byCauseTable, self.by_cause),
                            (ui.flaggedTable, self.flagged)):
            setup_table(view, model)
        ui.statsYearButton.clicked.connect(self.last_12_months)
        self.last_12_months()
        ui.statsFromDate.dateChanged.connect(lambda *_: self.reload())
        ui.statsToDate.dateChanged.connect(lambda *_: self.reload())
        self.on_changes(self.kinds)

    def last_12_months(self) -> None:
        today = self._control.now().date()
        for edit, day in ((self.ui.statsFromDate, today - timedelta(days=364)), (self.ui.statsToDate, today)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        ui = self.ui
        try:
            s = self._control.false_alarm_stats(self._actor, ui.statsFromDate.date().toPython(),
                                                ui.statsToDate.date().toPython())
        except DeskError as exc:
            ui.statsSummaryLabel.setText(tr_error(exc))
            return
        rate = (self.tr("{rate:.1f} false alarms per 100 detectors per year ({detectors} detectors)").format(
            rate=s.rate, detectors=s.detectors) if s.rate is not None else
            self.tr("The rate per 100 detectors needs the number of detectors (site settings)."))
        ui.statsSummaryLabel.setText(self.tr("{first} to {last}: {fires} fire alarms, {false} false alarms.").format(
            first=s.first_day.isoformat(), last=s.last_day.isoformat(), fires=s.fire_alarms, false=s.false_alarms)
            + "\n" + rate)
        self.by_zone.set_rows([Count(zone or self.tr("(no zone)"), n) for zone, n in s.by_zone])
        self.by_cause.set_rows([Count(cause(c), n) for c, n in s.by_cause])
        self.flagged.set_rows(list(s.flagged))
