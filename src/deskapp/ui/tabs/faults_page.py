"""The faults of the fire installation 故障维修记录: recorded, reported for repair, repaired and confirmed;
open ones first, those open more than 24 hours marked; the 故障维修记录表 printed for a span of days."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QWidget

from deskapp.config import StationConfig
from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor, Permission
from deskapp.printing.pages import DocumentKind, PageSize
from deskapp.services.control import ControlService, FaultInfo, FaultInput
from deskapp.services.printouts import Printout, PrintService
from deskapp.ui import fmt
from deskapp.ui.dialogs.print_preview import PrintPreviewDialog
from deskapp.ui.forms import ERROR_STYLE, OK_STYLE, FieldErrors, FormPanel, load_form, tr_error
from deskapp.ui.keys import SAVE_KEYS, shortcuts
from deskapp.ui.models.control import FaultsModel
from deskapp.ui.pages import ListPanel, Page, kinds, list_takes_the_space

MINUTE_MS = 60_000


class FaultsPage(Page):
    """Faults: the form to record one found outside an event, the list, the selected fault's steps."""

    start_field = "faultDescriptionEdit"
    kinds = kinds("control_fault", "control_event")

    def __init__(self, *, control: ControlService, printing: PrintService, actor: Actor, config: StationConfig,
                 config_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faultsPageHost")
        self._control, self._printing, self._actor = control, printing, actor
        self._config, self._config_path = config, config_path
        self.ui = ui = load_form("faults_page.ui", self)
        self.form = FormPanel({"description": ui.faultDescriptionEdit, "place": ui.faultPlaceEdit,
                               "device_address": ui.faultDeviceEdit, "found_by": ui.faultFoundByEdit,
                               "handling": ui.faultHandlingEdit}, ui.faultMessageLabel, clear=self._clear_fields,
                              form=ui.newFaultGroup)
        self.step_errors = FieldErrors({"reported_to": ui.reportedToEdit, "reported_at": ui.reportedToEdit,
                                        "repaired_by": ui.repairedByEdit, "repaired_at": ui.repairedByEdit,
                                        "repair_method": ui.repairMethodEdit}, ui.faultStepMessageLabel)
        self.model = FaultsModel(self)
        self.fault_list = ListPanel(ui.faultsTable, self.model, key=lambda f: f.id, count_label=ui.faultCountLabel,
                                    count_text=self._count_text, audit=("control_fault", lambda f: f.id))
        self.fault_list.selected.connect(self._show_fault)
        ui.recordFaultButton.clicked.connect(self.record_fault)
        shortcuts(ui.newFaultGroup, SAVE_KEYS, self.record_fault)
        ui.reportedButton.clicked.connect(self.reported)
        ui.reportedToEdit.returnPressed.connect(self.reported)
        ui.repairedButton.clicked.connect(self.repaired)
        ui.repairMethodEdit.returnPressed.connect(self.repaired)
        ui.confirmRepairButton.clicked.connect(self.confirm)
        ui.printFaultsButton.clicked.connect(self.print_record)
        ui.openFaultsCheck.setChecked(False)  # all faults, the unrepaired ones first
        ui.openFaultsCheck.toggled.connect(lambda *_: self.reload())
        today = QDate(self._control.now().date())
        ui.faultFromDate.setDate(today.addDays(-30))
        ui.faultToDate.setDate(today)
        may_log = actor.can(Permission.CONTROL_LOG)
        ui.faultFormPane.setVisible(may_log)
        ui.faultStepsGroup.setVisible(may_log)
        ui.printFaultsButton.setVisible(actor.can(Permission.PRINT))
        list_takes_the_space(ui.faultSplitter, 1)
        self.timer = QTimer(self)  # "open more than 24 hours" comes with time, not with a change
        self.timer.setInterval(MINUTE_MS)
        self.timer.timeout.connect(self._mark_overdue)
        self.timer.start()
        self._show_fault(None)
        self.on_changes(self.kinds)

    def reload(self) -> None:
        self.model.now = self._control.now()
        open_only = self.ui.openFaultsCheck.isChecked()
        try:
            self.fault_list.load(lambda offset, limit: self._control.faults(
                self._actor, open_only=open_only, offset=offset, limit=limit))
        except DeskError as exc:
            self.ui.faultCountLabel.setText(tr_error(exc))

    def _mark_overdue(self) -> None:
        self.model.now = self._control.now()
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(self.model.rowCount() - 1, len(self.model.columns) - 1))

    def _count_text(self, count: int, more: bool) -> str:
        overdue = sum(1 for f in self.model.rows() if f.overdue(self.model.now))
        text = (self.tr("{count}+ faults, scroll for more").format(count=count) if more else
                self.tr("1 fault") if count == 1 else self.tr("{count} faults").format(count=count))
        if overdue:
            text += " · " + self.tr("{count} open more than 24 hours").format(count=overdue)
        return text

    # -- a new fault ------------------------------------------------------------------------------

    def record_fault(self) -> None:
        ui = self.ui
        saved = self.form.submit(lambda: self._control.record_fault(self._actor, FaultInput(
            description=ui.faultDescriptionEdit.toPlainText(), place=ui.faultPlaceEdit.text(),
            device_address=ui.faultDeviceEdit.text(), found_by=ui.faultFoundByEdit.text(),
            handling=ui.faultHandlingEdit.text(), out_of_service=ui.outOfServiceCheck.isChecked())))
        if saved is not None:
            self.form.say(self.tr("Fault {number} recorded.").format(number=saved.label))
            self.reload()
            self.fault_list.select_key(saved.id)

    def _clear_fields(self) -> None:
        ui = self.ui
        for edit in (ui.faultPlaceEdit, ui.faultDeviceEdit, ui.faultFoundByEdit, ui.faultHandlingEdit):
            edit.clear()
        ui.faultDescriptionEdit.clear()
        ui.outOfServiceCheck.setChecked(False)
        ui.faultDescriptionEdit.setFocus()

    # -- the selected fault -----------------------------------------------------------------------

    def _show_fault(self, f: FaultInfo | None) -> None:
        ui = self.ui
        self.step_errors.clear()
        repaired = f is not None and f.repaired_at is not None
        for w in (ui.reportedToEdit, ui.reportedButton, ui.repairedByEdit, ui.repairMethodEdit, ui.repairedButton):
            w.setEnabled(f is not None and not repaired)
        ui.confirmRepairButton.setEnabled(repaired and f is not None and f.confirmed_at is None)
        if f is None:
            ui.faultDetailLabel.setText(self.tr("Pick a fault to record its report, repair and confirmation."))
            return
        lines = [f"{f.label}  {fmt.when(f.found_at)}  {f.found_by}  {f.where}", f.description]
        if f.event_number:
            lines.append(self.tr("From event E{number:06d}").format(number=f.event_number))
        if f.out_of_service:
            lines.append(self.tr("System taken out of service"))
        if f.reported_at:
            lines.append(self.tr("Reported for repair {time} to {to}").format(time=fmt.when(f.reported_at),
                                                                             to=f.reported_to))
        if f.repaired_at:
            lines.append(self.tr("Repaired {time} by {who}: {how}").format(time=fmt.when(f.repaired_at),
                                                                           who=f.repaired_by, how=f.repair_method))
        if f.confirmed_at:
            lines.append(self.tr("Confirmed {time} by {who}").format(time=fmt.when(f.confirmed_at), who=f.confirmed_by))
        elif f.overdue(self._control.now()):
            lines.append(self.tr("Open more than 24 hours."))
        ui.faultDetailLabel.setText("\n".join(x for x in lines if x))

    def _act(self, action) -> None:
        f = self.fault_list.current()
        if f is None:
            return
        self.step_errors.clear()
        try:
            done = action(f)
        except DeskError as exc:
            self.ui.faultStepMessageLabel.setStyleSheet(ERROR_STYLE)
            self.step_errors.show(exc)
            return
        self.reload()
        self.fault_list.select_key(done.id)
        self.ui.faultStepMessageLabel.setStyleSheet(OK_STYLE)
        self.ui.faultStepMessageLabel.setText(self.tr("Saved."))

    def reported(self) -> None:
        self._act(lambda f: self._control.fault_reported(self._actor, f.id, to=self.ui.reportedToEdit.text()))

    def repaired(self) -> None:
        self._act(lambda f: self._control.fault_repaired(self._actor, f.id, by=self.ui.repairedByEdit.text(),
                                                         method=self.ui.repairMethodEdit.text()))

    def confirm(self) -> None:
        self._act(lambda f: self._control.confirm_repair(self._actor, f.id))

    # -- the printed record -----------------------------------------------------------------------

    def print_record(self) -> None:
        preview = self.record_preview()
        if preview is not None:
            preview.exec()

    def record_preview(self) -> PrintPreviewDialog | None:
        first_day, last_day = self.ui.faultFromDate.date().toPython(), self.ui.faultToDate.date().toPython()

        def printout(_page: PageSize) -> Printout:
            pdf = self._control.fault_record_pdf(self._actor, self._printing.letterhead(self._actor),
                                                 first_day=first_day, last_day=last_day)
            return Printout(DocumentKind.FAULT_RECORD, self.tr("Fault and repair record"), pdf, PageSize.A4)

        return PrintPreviewDialog.of(printout, PageSize.A4, config=self._config, config_path=self._config_path,
                                     parent=self)
