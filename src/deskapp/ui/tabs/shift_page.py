"""The shift and handover page 值班与交接班: signing on (at least two operators, each with their own
password), the fire alarm controller's daily check, the handover with the open events and faults carried
over and ticked one by one by the incoming shift, and the duty log 《消防控制室值班记录表》 printed per
shift or per day."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidgetItem, QSizePolicy, QWidget

from deskapp.config import StationConfig
from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.shifts import (
    CHECK_LABELS,
    CONTROLLER_LABELS,
    MODE_LABELS,
    RESULT_LABELS,
    RUN_LABELS,
    CarriedKind,
    CheckItem,
    CheckResult,
    DailyDue,
)
from deskapp.printing.pages import DocumentKind, PageSize
from deskapp.services.printouts import Printout, PrintService
from deskapp.services.shifts import CarriedItem, Credential, ShiftInfo, ShiftService
from deskapp.ui.dialogs.print_preview import PrintPreviewDialog
from deskapp.ui.forms import ERROR_STYLE, OK_STYLE, FieldErrors, load_form, tr_error
from deskapp.ui.models.shifts import ShiftsModel
from deskapp.ui.pages import ListPanel, kinds
from deskapp.ui.tabs.duty_page import DutyPage
from deskapp.ui.tabs.duty_status import hhmm, label, on_the_shift, shift_level, show_banner

CHECK_COMBOS = {CheckItem.SELF_TEST: "selfTestCombo", CheckItem.SILENCE: "silenceCombo",
                CheckItem.RESET: "resetCombo", CheckItem.MAIN_POWER: "mainPowerCombo",
                CheckItem.BACKUP_POWER: "backupPowerCombo"}
KEY_ROLE = Qt.ItemDataRole.UserRole
RED = QBrush(QColor("#b00020"))


class ShiftPage(DutyPage):
    """Sign on, the daily check, the handover, and the shifts of a day with their duty log.

    Signals:
        due_changed(str): the shift's level changed (``ok``, ``due``, ``overdue``): no shift on duty, the
            shift past 8 hours, the daily check owed.
        handed_over(int): a handover was recorded (its id).
    """

    kinds = kinds("shift", "equipment_record", "control_event", "control_fault", "staff")
    STATUS_LABEL = "shiftStatusLabel"
    handed_over = Signal(int)

    def __init__(self, *, shifts: ShiftService, printing: PrintService, actor: Actor, config: StationConfig,
                 config_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(shifts=shifts, actor=actor, title=self.tr("Shift and handover"), level_of=shift_level,
                         parent=parent)
        self.setObjectName("shiftPageHost")
        self._printing, self._config, self._config_path = printing, config, config_path
        self._start_duty()

    def _build_ui(self) -> None:
        self._ui = ui = load_form("shift_page.ui", self)
        for w in (*(getattr(ui, n) for n in CHECK_COMBOS.values()), ui.shiftHoursSpin, ui.nextHoursSpin):
            w.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # a choice, not a text
        for item, name in CHECK_COMBOS.items():
            combo = getattr(ui, name)
            combo.addItem(self.tr("— choose —"), None)
            for result in CheckResult:
                combo.addItem(label(RESULT_LABELS[result]), result.value)
            combo.setToolTip(label(CHECK_LABELS[item]))
        self.sign_on_errors = FieldErrors({"operators": ui.operator1StaffEdit, "hours": ui.shiftHoursSpin},
                                          ui.shiftMessageLabel)
        self.check_errors = FieldErrors({f"check_{i.value}": getattr(ui, n) for i, n in CHECK_COMBOS.items()}
                                        | {"check_note": ui.checkNoteEdit}, ui.shiftMessageLabel)
        self.handover_errors = FieldErrors(
            {"outgoing": ui.outgoingStaffEdit, "incoming": ui.incoming1StaffEdit, "acknowledged": ui.carriedList,
             "notes": ui.handoverNotesEdit, "hours": ui.nextHoursSpin}, ui.shiftMessageLabel)
        self.shift_list = ListPanel(ui.shiftsTable, ShiftsModel(self), key=lambda s: s.id,
                                     audit=("control_shift", lambda s: s.id))
        ui.signOnButton.clicked.connect(self.sign_on)
        ui.dailyCheckButton.clicked.connect(self.record_daily_check)
        ui.handOverButton.clicked.connect(self.hand_over)
        ui.printDayButton.clicked.connect(self.print_day)
        ui.printShiftButton.clicked.connect(self.print_shift)
        ui.dayEdit.setDate(self._shifts.today())
        ui.dayEdit.dateChanged.connect(lambda *_: self._reload_shifts())
        self.shift_list.selected.connect(lambda s: ui.printShiftButton.setEnabled(s is not None))
        ui.printShiftButton.setEnabled(False)
        may_print = self._actor.can(Permission.PRINT)
        ui.printDayButton.setVisible(may_print)
        ui.printShiftButton.setVisible(may_print)
        self._said = QTimer(self)
        self._said.setSingleShot(True)
        self._said.timeout.connect(lambda: ui.shiftMessageLabel.clear())
        self._show_status()

    @property
    def start_field(self) -> str:  # type: ignore[override]
        """Where the cursor goes when the page comes to the front: signing on, or the daily check."""
        return "operator1StaffEdit" if self.status is None or self.status.shift is None else "selfTestCombo"

    # -- the change feed and the clock --------------------------------------------------------

    def reload(self) -> None:
        self.refresh_status()
        self._reload_carried()
        self._reload_shifts()

    def _show_status(self) -> None:
        """The banner, and which groups show (signing on when no shift is on duty, else the daily check and
        the handover)."""
        ui = self.ui
        show_banner(ui.shiftStatusLabel, self.status, self._error)
        on_duty = self.status is not None and self.status.shift is not None
        check = self.status.last_check if self.status is not None else None
        title = self.tr("Daily check of the fire alarm controller")
        if check is not None and self.status is not None and self.status.daily is DailyDue.DONE:
            title = self.tr("{title}: done today at {time} ({name})").format(
                title=title, time=hhmm(check.checked_at), name=check.checked_by)
        ui.dailyCheckGroup.setTitle(title)
        on_shift = on_the_shift(self.status, self._actor)
        ui.dailyCheckGroup.setEnabled(on_shift)  # an operator of the shift checks; anyone on duty hands over
        ui.dailyCheckGroup.setToolTip("" if on_shift else self.tr(
            "Only the operators of the shift on duty record its daily check."))
        ui.handedStateValueLabel.setText(self._equipment_state())
        ui.signOnGroup.setVisible(not on_duty)
        ui.dailyCheckGroup.setVisible(on_duty)
        ui.handoverGroup.setVisible(on_duty)

    def _equipment_state(self) -> str:
        """The equipment's state the handover passes on: the last 2-hourly record, and what was abnormal."""
        record = self.status.last_record if self.status is not None else None
        if record is None:
            return self.tr("No equipment record yet: record it before the handover.")
        text = self.tr("Recorded at {time} by {name}: controller {controller}, linkage {linkage}.").format(
            time=hhmm(record.recorded_at), name=record.recorded_by,
            controller=label(CONTROLLER_LABELS[record.controller]), linkage=label(MODE_LABELS[record.linkage]))
        odd = [f"{line.name} {label(MODE_LABELS[line.mode])}/{label(RUN_LABELS[line.state])}: {line.explanation}"
               for line in record.lines if line.flagged]
        return " ".join([text, *odd]) if odd else text + " " + self.tr("All other systems as they should be.")

    def _reload_carried(self) -> None:
        """The open events and faults a handover now would carry over; ticks kept by item."""
        lst = self.ui.carriedList
        ticked = {lst.item(i).data(KEY_ROLE) for i in range(lst.count())
                  if lst.item(i).checkState() == Qt.CheckState.Checked}
        try:
            items = self._shifts.carried_items(self._actor) if self.status and self.status.shift else []
        except DeskError as exc:
            self._say_error(exc)
            return
        lst.clear()
        for c in items:
            lst.addItem(self._carried_item(c, c.key in ticked))
        if not items:
            none = QListWidgetItem(self.tr("Nothing open to carry over."))
            none.setFlags(Qt.ItemFlag.ItemIsEnabled)
            lst.addItem(none)

    def _carried_item(self, c: CarriedItem, ticked: bool) -> QListWidgetItem:
        kind = self.tr("Event") if c.kind is CarriedKind.EVENT else self.tr("Fault")
        text = f"[{kind}] {c.summary}" + ("  " + self.tr("(overdue)") if c.overdue else "")
        item = QListWidgetItem(text)
        item.setData(KEY_ROLE, c.key)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        if c.overdue:
            item.setForeground(RED)
        return item

    def _reload_shifts(self) -> None:
        day = self.ui.dayEdit.date().toPython()
        try:
            shifts = self._shifts.shifts_between(self._actor, day, day)
        except DeskError as exc:
            self._say_error(exc)
            return
        self.shift_list.set_rows(list(reversed(shifts)))

    # -- signing on ---------------------------------------------------------------------------

    def _creds(self, *names: str) -> list[Credential]:
        ui = self.ui
        return [Credential(getattr(ui, f"{n}StaffEdit").text(), getattr(ui, f"{n}PasswordEdit").text())
                for n in names]

    def _forget_passwords(self, *names: str) -> None:
        for n in names:
            getattr(self.ui, f"{n}PasswordEdit").clear()

    def sign_on(self) -> None:
        """Open the shift with the operators who signed; passwords are never kept on the form."""
        names = ("operator1", "operator2", "operator3")
        self._clear_errors()
        try:
            shift = self._shifts.start_shift(self._actor, self._creds(*names), hours=self.ui.shiftHoursSpin.value())
        except DeskError as exc:
            self._forget_passwords(*names)
            self._show(self.sign_on_errors, exc)
            return
        self._forget_passwords(*names)
        for n in names:
            getattr(self.ui, f"{n}StaffEdit").clear()
        self._say(self.tr("Shift {number} on duty: {names}.").format(number=shift.id, names=shift.names))
        self.reload()

    # -- the daily check ----------------------------------------------------------------------

    def record_daily_check(self) -> None:
        ui = self.ui
        self._clear_errors()
        results = {item: getattr(ui, name).currentData() for item, name in CHECK_COMBOS.items()}
        try:
            check = self._shifts.record_daily_check(self._actor, results=results, note=ui.checkNoteEdit.text())
        except DeskError as exc:
            self._show(self.check_errors, exc)
            return
        for name in CHECK_COMBOS.values():
            getattr(ui, name).setCurrentIndex(0)
        ui.checkNoteEdit.clear()
        self._say(self.tr("Daily check recorded at {time}.").format(time=hhmm(check.checked_at)))
        self.refresh_status()

    # -- the handover -------------------------------------------------------------------------

    def acknowledged(self) -> list[tuple[str, int]]:
        lst = self.ui.carriedList
        return [lst.item(i).data(KEY_ROLE) for i in range(lst.count())
                if lst.item(i).data(KEY_ROLE) is not None and lst.item(i).checkState() == Qt.CheckState.Checked]

    def hand_over(self) -> None:
        """Both sides sign; every carried item ticked; refused (and said why) otherwise."""
        ui = self.ui
        names = ("outgoing", "incoming1", "incoming2", "incoming3")
        self._clear_errors()
        try:
            done = self._shifts.hand_over(
                self._actor, outgoing=self._creds("outgoing"),
                incoming=self._creds("incoming1", "incoming2", "incoming3"), acknowledged=self.acknowledged(),
                notes=ui.handoverNotesEdit.toPlainText(), hours=ui.nextHoursSpin.value())
        except DeskError as exc:
            self._forget_passwords(*names)
            self._show(self.handover_errors, exc)
            self._reload_carried()  # an item that arrived meanwhile shows, unticked
            return
        self._forget_passwords(*names)
        for n in names:
            getattr(ui, f"{n}StaffEdit").clear()
        ui.handoverNotesEdit.clear()
        incoming = "、".join(s.name for s in done.signatures if s.side == "in")
        self.reload()
        # The shift handed over is picked in the list: its duty log (the form filled at each handover) is
        # one key away.
        self.shift_list.select_key(done.from_shift_id)
        self._say(self.tr("Handed over at {time} to {names}; {count} item(s) carried over. The shift's duty "
                          "log is picked below, ready to print.").format(time=hhmm(done.handed_at),
                                                                         names=incoming, count=len(done.items)))
        self.handed_over.emit(done.id)

    # -- the duty log -------------------------------------------------------------------------

    def day_preview(self) -> PrintPreviewDialog | None:
        day = self.ui.dayEdit.date().toPython()
        return self._preview(lambda: self._shifts.duty_log_pdf(self._actor, self._printing.letterhead(self._actor),
                                                               day=day), self.tr("Duty log {day}").format(day=day))

    def shift_preview(self) -> PrintPreviewDialog | None:
        shift: ShiftInfo | None = self.shift_list.current()
        if shift is None:
            return None
        return self._preview(lambda: self._shifts.duty_log_pdf(self._actor, self._printing.letterhead(self._actor),
                                                               shift_id=shift.id),
                             self.tr("Duty log of shift {number}").format(number=shift.id))

    def print_day(self) -> None:
        preview = self.day_preview()
        if preview is not None:
            preview.exec()

    def print_shift(self) -> None:
        preview = self.shift_preview()
        if preview is not None:
            preview.exec()

    def _preview(self, render, title: str) -> PrintPreviewDialog | None:
        def printout(_page: PageSize) -> Printout:
            return Printout(DocumentKind.DUTY_LOG, title, render(), PageSize.A4)

        return PrintPreviewDialog.of(printout, PageSize.A4, config=self._config, config_path=self._config_path,
                                     parent=self)

    # -- messages -----------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        for e in (self.sign_on_errors, self.check_errors, self.handover_errors):
            e.clear()

    def _show(self, errors: FieldErrors, exc: DeskError) -> None:
        self._said.stop()
        self.ui.shiftMessageLabel.setStyleSheet(ERROR_STYLE)
        errors.show(exc)

    def _say_error(self, exc: DeskError) -> None:
        self.ui.shiftMessageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.shiftMessageLabel.setText(tr_error(exc))

    def _say(self, text: str) -> None:
        self.ui.shiftMessageLabel.setStyleSheet(OK_STYLE)
        self.ui.shiftMessageLabel.setText(text)
        self._said.start(8000)
