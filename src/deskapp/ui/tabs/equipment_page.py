"""The equipment record page 设备运行情况记录: every 2 hours the fire alarm controller's state, the linkage
controller's mode and each listed fire system's control and running state, with a banner on every
control-room station saying when the next record is due, and red once it is overdue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QGridLayout, QLabel, QLineEdit, QWidget

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.shifts import (
    CONTROLLER_LABELS,
    MODE_LABELS,
    RUN_LABELS,
    ControllerState,
    ControlMode,
    RunState,
    SystemReading,
)
from deskapp.services.shifts import FireSystemInfo, ShiftService
from deskapp.ui.forms import ERROR_STYLE, OK_STYLE, FieldErrors, load_form, tr_error
from deskapp.ui.keys import SAVE_KEYS, shortcuts
from deskapp.ui.models.shifts import EquipmentRecordsModel
from deskapp.ui.pages import ListPanel, kinds
from deskapp.ui.tabs.duty_page import DutyPage
from deskapp.ui.tabs.duty_status import (
    hhmm,
    label,
    on_the_shift,
    record_level,
    show_banner,
)


class SystemRow:
    """The widgets of one fire system on the form: its name, control mode, running state, explanation."""

    def __init__(self, system: FireSystemInfo, host: QWidget) -> None:
        self.system = system
        self.name = QLabel(system.name + ("" if system.should_be_auto else "  " + QCoreApplication.translate("EquipmentPage", "(manual allowed)")), host)
        self.name.setObjectName(f"system{system.id}Label")
        self.mode = QComboBox(host)
        self.mode.setObjectName(f"system{system.id}ModeCombo")
        self.mode.addItem(QCoreApplication.translate("EquipmentPage", "— mode —"), None)
        for mode in ControlMode:
            self.mode.addItem(label(MODE_LABELS[mode]), mode.value)
        self.state = QComboBox(host)
        self.state.setObjectName(f"system{system.id}StateCombo")
        self.state.addItem(QCoreApplication.translate("EquipmentPage", "— state —"), None)
        for state in RunState:
            self.state.addItem(label(RUN_LABELS[state]), state.value)
        self.why = QLineEdit(host)
        self.why.setObjectName(f"system{system.id}WhyEdit")
        self.why.setMaxLength(200)
        self.why.setPlaceholderText(QCoreApplication.translate(
            "EquipmentPage", "Why (manual where it should be automatic, or in fault)"))

    def widgets(self) -> list[QWidget]:
        return [self.mode, self.state, self.why]

    def reading(self) -> SystemReading:
        return SystemReading(self.system.id, self.mode.currentData(), self.state.currentData(), self.why.text())

    def set(self, mode: ControlMode | None, state: RunState | None) -> None:
        self.mode.setCurrentIndex(self.mode.findData(mode.value) if mode else 0)
        self.state.setCurrentIndex(self.state.findData(state.value) if state else 0)

    def delete(self) -> None:
        for w in (self.name, *self.widgets()):
            w.deleteLater()


class EquipmentPage(DutyPage):
    """The 2-hourly equipment record and today's records.

    Signals:
        due_changed(str): the equipment record's level changed: ``ok``, ``due`` or ``overdue`` (the tab
            marks its title); checked on every change of shifts or records and every 30 seconds.
    """

    start_field = "controllerCombo"
    kinds = kinds("equipment_record", "fire_system", "shift")
    STATUS_LABEL = "equipmentStatusLabel"

    def __init__(self, *, shifts: ShiftService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(shifts=shifts, actor=actor, title=self.tr("Equipment record"), level_of=record_level,
                         parent=parent)
        self.setObjectName("equipmentPageHost")
        self.rows: list[SystemRow] = []
        self._start_duty()

    def _build_ui(self) -> None:
        self._ui = ui = load_form("equipment_page.ui", self)
        ui.controllerCombo.addItem(self.tr("— choose —"), None)
        for c in ControllerState:
            ui.controllerCombo.addItem(label(CONTROLLER_LABELS[c]), c.value)
        ui.linkageCombo.addItem(self.tr("— choose —"), None)
        for m in ControlMode:
            ui.linkageCombo.addItem(label(MODE_LABELS[m]), m.value)
        self.grid = QGridLayout(ui.systemsHost)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._fields: dict[str, QWidget] = {"controller": ui.controllerCombo, "linkage": ui.linkageCombo}
        self.errors = FieldErrors(self._fields, ui.equipmentMessageLabel)
        self.records = ListPanel(ui.recordsTable, EquipmentRecordsModel(self), key=lambda r: r.id,
                                 audit=("equipment_record", lambda r: r.id))
        ui.saveEquipmentButton.clicked.connect(self.save)
        ui.expectedButton.clicked.connect(self.set_expected)
        ui.fireSystemsButton.clicked.connect(self.edit_systems)
        ui.fireSystemsButton.setVisible(self._actor.can(Permission.FIRE_SYSTEMS_MANAGE))
        shortcuts(self, SAVE_KEYS, self.save)
        self._said = QTimer(self)
        self._said.setSingleShot(True)
        self._said.timeout.connect(lambda: ui.equipmentMessageLabel.clear())
        self._build_systems()
        self._show_status()

    # -- the change feed and the clock --------------------------------------------------------

    def reload(self) -> None:
        """The systems (typed values kept per system) and today's records."""
        try:
            systems = self._shifts.systems(self._actor)
        except DeskError:
            return
        if [(r.system.id, r.system.name, r.system.should_be_auto) for r in self.rows] != \
                [(s.id, s.name, s.should_be_auto) for s in systems]:
            self._build_systems(systems)
        self._reload_records()

    def _reload_records(self) -> None:
        try:
            records = self._shifts.records_of_day(self._actor, self._shifts.today())
        except DeskError as exc:
            self.ui.recordsLabel.setText(tr_error(exc))
            return
        self.records.set_rows(list(reversed(records)))
        self.ui.recordsLabel.setText(self.tr("Today's records: {count}").format(count=len(records)))

    def _show_status(self) -> None:
        ui = self.ui
        show_banner(ui.equipmentStatusLabel, self.status, self._error)
        on_shift = on_the_shift(self.status, self._actor)
        for w in (ui.equipmentGroup, ui.expectedButton, ui.saveEquipmentButton):
            w.setEnabled(on_shift)
        ui.equipmentGroup.setToolTip("" if on_shift else self.tr(
            "Only the operators of the shift on duty record the equipment's state."))

    # -- the form -----------------------------------------------------------------------------

    def _build_systems(self, systems: list[FireSystemInfo] | None = None) -> None:
        if systems is None:
            try:
                systems = self._shifts.systems(self._actor)
            except DeskError:
                systems = []
        kept = {r.system.id: (r.mode.currentIndex(), r.state.currentIndex(), r.why.text()) for r in self.rows}
        for r in self.rows:
            self._fields.pop(f"system_{r.system.id}", None)
            r.delete()
        self.rows = []
        host = self.ui.systemsHost
        for n, system in enumerate(systems):
            row = SystemRow(system, host)
            for col, w in enumerate((row.name, row.mode, row.state, row.why)):
                self.grid.addWidget(w, n, col)
            if system.id in kept:
                mode, state, why = kept[system.id]
                row.mode.setCurrentIndex(mode)
                row.state.setCurrentIndex(state)
                row.why.setText(why)
            self._fields[f"system_{system.id}"] = row.mode
            self.rows.append(row)
        self.grid.setColumnStretch(3, 1)
        ui = self.ui
        chain = [ui.controllerCombo, ui.controllerNoteEdit, ui.linkageCombo, ui.linkageNoteEdit]
        chain += [w for r in self.rows for w in r.widgets()]
        chain += [ui.expectedButton, ui.saveEquipmentButton, ui.recordsTable]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def set_expected(self) -> None:
        """Every line as it should be (controller normal, linkage and systems automatic where they should
        be, all running normally): the operator then changes what is found otherwise."""
        ui = self.ui
        ui.controllerCombo.setCurrentIndex(ui.controllerCombo.findData(ControllerState.NORMAL.value))
        ui.linkageCombo.setCurrentIndex(ui.linkageCombo.findData(ControlMode.AUTO.value))
        last = {line.system_id: line.mode for line in (self.status.last_record.lines
                                                        if self.status and self.status.last_record else ())}
        for row in self.rows:
            mode = ControlMode.AUTO if row.system.should_be_auto else last.get(row.system.id, ControlMode.MANUAL)
            row.set(mode, RunState.NORMAL)
        ui.controllerCombo.setFocus()  # from the top, Tab walks down the lines to what is found otherwise

    def save(self) -> None:
        """Record the equipment's state; problems shown at their lines, nothing saved on a refusal."""
        ui = self.ui
        self.errors.clear()
        try:
            saved = self._shifts.record_equipment(
                self._actor, controller=ui.controllerCombo.currentData(), controller_note=ui.controllerNoteEdit.text(),
                linkage=ui.linkageCombo.currentData(), linkage_note=ui.linkageNoteEdit.text(),
                readings=[r.reading() for r in self.rows])
        except DeskError as exc:
            ui.equipmentMessageLabel.setStyleSheet(ERROR_STYLE)
            self.errors.show(exc)
            return
        self.clear()
        ui.equipmentMessageLabel.setStyleSheet(OK_STYLE)
        text = self.tr("Recorded at {time}.").format(time=hhmm(saved.recorded_at))
        if saved.flagged:
            text += " " + self.tr("Marked abnormal on the duty log.")
        ui.equipmentMessageLabel.setText(text)
        self._said.start(8000)
        self.refresh_status()

    def clear(self) -> None:
        ui = self.ui
        ui.controllerCombo.setCurrentIndex(0)
        ui.linkageCombo.setCurrentIndex(0)
        ui.controllerNoteEdit.clear()
        ui.linkageNoteEdit.clear()
        for r in self.rows:
            r.set(None, None)
            r.why.clear()
        ui.controllerCombo.setFocus()

    def edit_systems(self) -> None:
        from deskapp.ui.dialogs.fire_systems import FireSystemsDialog

        if FireSystemsDialog(shifts=self._shifts, actor=self._actor, parent=self).exec() == QDialog.DialogCode.Accepted:
            self.reload()
