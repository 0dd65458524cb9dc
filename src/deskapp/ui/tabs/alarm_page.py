"""The alarm log 报警/事件记录 of the control room: log an event in seconds by keyboard, the open events on
top with each fire alarm's confirmation countdown ticking (red once overdue), and the selected event's
steps: dispatch a guard, what was found, a real fire's steps, reset, close, notes, its printed report."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QDialog, QSizePolicy, QWidget

from deskapp.config import StationConfig
from deskapp.domain.control import CAUSE_LABELS, Cause, EventKind, EventStage, Result, Source
from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor, Permission
from deskapp.printing.pages import DocumentKind, PageSize
from deskapp.services.control import ControlService, DeviceInfo, EventInfo, EventInput, OpenSummary
from deskapp.services.printouts import Printout, PrintService
from deskapp.ui import fmt
from deskapp.ui.dialogs.control import CorrectEventDialog, FireCallDialog
from deskapp.ui.dialogs.print_preview import PrintPreviewDialog
from deskapp.ui.forms import ERROR_STYLE, OK_STYLE, FieldErrors, FormPanel, load_form, tr_error
from deskapp.ui.keys import SAVE_KEYS, shortcuts
from deskapp.ui.models.control import EventsModel, cause, kind, result, source
from deskapp.ui.pages import ListPanel, Page, kinds, list_takes_the_space

TICK_MS = 1000
FIND_BACK = 5000  # events read back, a page at a time, to select one chosen in the search box
BANNER_ALERT = "background: #b00020; color: white; font-weight: bold; padding: 4px;"
BANNER_OPEN = "background: #fff3cd; padding: 4px;"
BANNER_QUIET = "color: #1b5e20; padding: 4px;"
# Keys that only move the cursor: they do not start an entry (the received time is taken on a key that types).
_MOVING_KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                          Qt.Key.Key_Meta, Qt.Key.Key_Escape, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left,
                          Qt.Key.Key_Right, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})


def _tr(text: str) -> str:
    return QCoreApplication.translate("control", text)


def _utc(value: QDateTime) -> datetime:
    return value.toPython().astimezone(UTC).replace(tzinfo=None)


def _local_qt(utc: datetime) -> QDateTime:
    return QDateTime(utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None))


class AlarmPage(Page):
    """The alarm log. The received time is taken on the first key typed into the form (the field shows
    the clock until then); changing it asks for the reason. Every second the countdowns move on.

    Signals:
        summary_changed(object): the open counts (an OpenSummary) after each reload.
        logged(int): an event was logged here (its id).
    """

    start_field = "sourceCombo"
    kinds = kinds("control_event", "control_fault", "control_device", "settings")
    summary_changed = Signal(object)
    logged = Signal(int)

    def __init__(self, *, control: ControlService, printing: PrintService, actor: Actor, config: StationConfig,
                 config_path: Path, site_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alarmPageHost")
        self._control, self._printing, self._actor = control, printing, actor
        self._config, self._config_path, self._site_name = config, config_path, site_name
        self._first_key: datetime | None = None  # when typing of the entry began (naive UTC)
        self._time_changed = False  # the operator changed the received time by hand
        self.summary: OpenSummary | None = None
        self.device: DeviceInfo | None = None
        self.ui = ui = load_form("alarm_page.ui", self)
        self._fill_choices()
        self.form = FormPanel({"received_at": ui.receivedEdit, "received_reason": ui.receivedReasonEdit,
                               "source": ui.sourceCombo, "kind": ui.kindCombo, "device_address": ui.deviceEdit,
                               "building": ui.buildingEdit, "floor": ui.floorEdit, "zone": ui.zoneEdit,
                               "text": ui.textEdit}, ui.alarmMessageLabel, clear=self._clear_fields,
                              form=ui.newEventGroup)
        self.step_errors = FieldErrors({"guard": ui.guardEdit, "dispatched_at": ui.guardEdit,
                                        "result": ui.resultCombo, "cause": ui.causeCombo,
                                        "cause_note": ui.causeNoteEdit, "result_at": ui.resultCombo,
                                        "manager": ui.managerEdit, "manager_notified_at": ui.managerEdit,
                                        "handling": ui.handlingEdit, "close": ui.handlingEdit,
                                        "note": ui.noteEdit}, ui.eventMessageLabel)
        self.model = EventsModel(self)
        self.event_list = ListPanel(ui.eventsTable, self.model, key=lambda e: e.id, count_label=ui.eventCountLabel,
                                    count_text=self._count_text, audit=("control_event", lambda e: e.id))
        self.event_list.selected.connect(self._show_event)
        self._devices = QStringListModel(self)
        completer = QCompleter(self._devices, ui.deviceEdit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.deviceEdit.setCompleter(completer)
        ui.deviceEdit.textEdited.connect(self._complete_devices)
        ui.deviceEdit.editingFinished.connect(self.device_entered)
        completer.activated.connect(lambda _text: self.device_entered())
        ui.receivedEdit.dateTimeChanged.connect(self._received_edited)
        for widget in (ui.sourceCombo, ui.kindCombo, ui.deviceEdit, ui.buildingEdit, ui.floorEdit, ui.zoneEdit,
                       ui.textEdit, ui.receivedEdit):
            widget.installEventFilter(self)
        ui.logEventButton.clicked.connect(self.log_event)
        ui.clearEventButton.clicked.connect(self.form.clear)
        shortcuts(ui.newEventGroup, SAVE_KEYS, self.log_event)
        ui.guardEdit.returnPressed.connect(self.dispatch)
        ui.dispatchButton.clicked.connect(self.dispatch)
        ui.resultButton.clicked.connect(self.record_result)
        ui.causeNoteEdit.returnPressed.connect(self.record_result)
        ui.resultCombo.currentIndexChanged.connect(self._result_changed)
        ui.fireCallButton.clicked.connect(self.fire_call)
        ui.linkageButton.clicked.connect(lambda: self._step(self._control.confirm_linkage_auto))
        ui.planButton.clicked.connect(lambda: self._step(self._control.start_plan))
        ui.managerButton.clicked.connect(self.notify_manager)
        ui.managerEdit.returnPressed.connect(self.notify_manager)
        ui.resetButton.clicked.connect(lambda: self._step(self._control.reset))
        ui.closeEventButton.clicked.connect(self.close_event)
        ui.handlingEdit.returnPressed.connect(self.close_event)
        ui.addNoteButton.clicked.connect(self.add_note)
        ui.noteEdit.returnPressed.connect(self.add_note)
        ui.printEventButton.clicked.connect(self.print_event)
        ui.correctEventButton.clicked.connect(self.correct_event)
        may_log = actor.can(Permission.CONTROL_LOG)
        ui.alarmFormPane.setVisible(may_log)
        for w in (ui.guardEdit, ui.dispatchButton, ui.resultCombo, ui.causeCombo, ui.causeNoteEdit, ui.resultButton,
                  ui.fireCallButton, ui.linkageButton, ui.planButton, ui.managerEdit, ui.managerButton, ui.noteEdit,
                  ui.addNoteButton, ui.correctEventButton):
            w.setVisible(may_log)
        for w in (ui.handlingEdit, ui.resetButton, ui.closeEventButton):
            w.setVisible(actor.can(Permission.CONTROL_CLOSE))
        ui.printEventButton.setVisible(actor.can(Permission.PRINT))
        list_takes_the_space(ui.alarmSplitter, 1)
        # The banner is one or two lines; the list takes the height the detail below it does not need.
        ui.alarmBannerLabel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        ui.alarmListPane.layout().setStretch(0, 1)
        self.timer = QTimer(self)
        self.timer.setObjectName("countdownTimer")
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self._clear_fields()
        self.form.untouched = True
        self._show_event(None)
        self.on_changes(self.kinds)  # the list is read when the page is first shown

    def _fill_choices(self) -> None:
        ui = self.ui
        fmt.fill_choices(ui.sourceCombo, Source, source, first=self.tr("— choose —"))
        fmt.fill_choices(ui.kindCombo, EventKind, kind, first=self.tr("— choose —"))
        fmt.fill_choices(ui.resultCombo, Result, result, first=self.tr("— what was found —"))
        fmt.fill_choices(ui.causeCombo, Cause, cause, first=self.tr("— cause of a false alarm —"))
        for i, c in enumerate(Cause, start=1):
            ui.causeCombo.setItemData(i, _tr(CAUSE_LABELS[c]), Qt.ItemDataRole.ToolTipRole)

    # -- the clock --------------------------------------------------------------------------------

    def tick(self) -> None:
        """Every second: the countdowns, the banner, and the received time while nothing is typed."""
        if not shiboken6.isValid(self.ui.receivedEdit):
            return
        now = self._control.now()
        self.model.tick(now)
        if self._first_key is None and not self._time_changed:
            self._set_received(now)
        self._show_banner()

    def _set_received(self, utc: datetime) -> None:
        edit = self.ui.receivedEdit
        edit.blockSignals(True)
        edit.setDateTime(_local_qt(utc))
        edit.blockSignals(False)

    def _received_edited(self, *_args) -> None:
        self._time_changed = True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The first key that types into the form is when the event was received. Leaving the device
        field looks the device up (also when its completion list was open: no editingFinished then)."""
        if obj is self.ui.deviceEdit and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self.device_entered)
        if event.type() == QEvent.Type.KeyPress and self._first_key is None \
                and event.key() not in _MOVING_KEYS and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self._first_key = self._control.now()
            if not self._time_changed:
                self._set_received(self._first_key)
        return False

    # -- the change feed --------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self.model.now = self._control.now()
            self.event_list.load(lambda offset, limit: self._control.events(self._actor, offset=offset, limit=limit))
            self.summary = self._control.open_summary(self._actor)
        except DeskError as exc:
            self.ui.eventCountLabel.setText(tr_error(exc))
            return
        self._show_banner()
        self.summary_changed.emit(self.summary)

    def _count_text(self, count: int, more: bool) -> str:
        if more:
            return self.tr("{count}+ events, scroll for more").format(count=count)
        return self.tr("1 event") if count == 1 else self.tr("{count} events").format(count=count)

    def _show_banner(self) -> None:
        s = self.summary
        label = self.ui.alarmBannerLabel
        if s is None:
            return
        overdue = sum(1 for e in self.model.rows() if e.countdown(self.model.now).overdue)
        parts = []
        if overdue:
            parts.append(self.tr("{count} fire alarm(s) NOT CONFIRMED in time").format(count=overdue))
        if s.real_fires_open:
            parts.append(self.tr("{count} real fire(s) open").format(count=s.real_fires_open))
        parts.append(self.tr("{count} open event(s)").format(count=s.open_events))
        if s.fire_alarms_open:
            parts.append(self.tr("{count} fire alarm(s) being confirmed").format(count=s.fire_alarms_open))
        parts.append(self.tr("{count} open fault(s)").format(count=s.open_faults))
        if s.faults_overdue:
            parts.append(self.tr("{count} fault(s) open over 24 h").format(count=s.faults_overdue))
        label.setText(" · ".join(parts))
        label.setStyleSheet(BANNER_ALERT if overdue or s.real_fires_open else
                            BANNER_OPEN if s.open_events or s.open_faults else BANNER_QUIET)
        label.setProperty("alert", bool(overdue or s.real_fires_open))

    # -- the form ---------------------------------------------------------------------------------

    def _complete_devices(self, text: str) -> None:
        """The listed devices whose address starts with what is typed (read as it is typed)."""
        try:
            found = self._control.devices(self._actor, text, limit=50) if text.strip() else []
        except DeskError:
            return  # completion is a help: any address may be typed
        self._devices.setStringList([d.address for d in found])

    def device_entered(self) -> None:
        """The device typed: its building, floor and zone filled in, and a flag if it keeps false-alarming."""
        if not shiboken6.isValid(self.ui.deviceEdit):
            return
        ui = self.ui
        address = ui.deviceEdit.text().strip()
        if self.device is not None and address.upper() == self.device.address:
            return
        try:
            self.device = self._control.device_at(self._actor, address) if address else None
        except DeskError as exc:
            self.form.show_error(exc)
            return
        d = self.device
        if d is None:
            ui.deviceInfoLabel.setText(self.tr("Not in the device list.") if address else "")
            ui.deviceInfoLabel.setStyleSheet("")
            return
        for edit, value in ((ui.buildingEdit, d.building), (ui.floorEdit, d.floor), (ui.zoneEdit, d.zone)):
            if value and not edit.text().strip():
                edit.setText(value)
        text = " · ".join(p for p in (d.device_type, d.location) if p)
        if d.flagged:
            text += "  " + self.tr("{count} false alarms in 12 months: have it checked.").format(count=d.false_alarms)
        ui.deviceInfoLabel.setText(text)
        ui.deviceInfoLabel.setStyleSheet(ERROR_STYLE if d.flagged else "")
        ui.deviceInfoLabel.setProperty("flagged", d.flagged)

    def log_event(self) -> None:
        """Log what is on the form; the new event is selected and, for a fire alarm, the cursor waits in
        the guard field to dispatch."""
        if not self._actor.can(Permission.CONTROL_LOG):
            return
        self.device_entered()
        saved = self.form.submit(self._record)
        if saved is None:
            return
        self.form.say(self.tr("Logged {number}: {kind}.").format(number=saved.label, kind=kind(saved.kind)))
        # On top at once, selected; the change feed's reload follows in the next turn of the event loop.
        self.model.put_first(saved)
        self.event_list.select_key(saved.id)
        self.event_list.update_count()
        self.logged.emit(saved.id)
        if saved.stage is EventStage.TO_DISPATCH:
            self.ui.guardEdit.setFocus()
        else:
            self.ui.sourceCombo.setFocus()

    def _record(self) -> EventInfo:
        ui = self.ui
        return self._control.log_event(self._actor, EventInput(
            source=ui.sourceCombo.currentData() or "", kind=ui.kindCombo.currentData() or "",
            text=ui.textEdit.toPlainText(), building=ui.buildingEdit.text(), floor=ui.floorEdit.text(),
            zone=ui.zoneEdit.text(), device_address=ui.deviceEdit.text(), first_key_at=self._first_key,
            received_at=_utc(ui.receivedEdit.dateTime()) if self._time_changed else None,
            received_reason=ui.receivedReasonEdit.text()))

    def _clear_fields(self) -> None:
        ui = self.ui
        for edit in (ui.receivedReasonEdit, ui.deviceEdit, ui.buildingEdit, ui.floorEdit, ui.zoneEdit):
            edit.clear()
        ui.textEdit.clear()
        ui.sourceCombo.setCurrentIndex(0)
        ui.kindCombo.setCurrentIndex(0)
        ui.deviceInfoLabel.clear()
        self.device = None
        self._first_key = None
        self._time_changed = False
        self._set_received(self._control.now())

    # -- the selected event -----------------------------------------------------------------------

    def current(self) -> EventInfo | None:
        return self.event_list.current()

    def show_event(self, event_id: int) -> bool:
        """The one search box chose an event: selected in the list (further pages read until it is there,
        up to a few thousand events back), else shown on its own; the list in focus."""
        while not self.event_list.select_key(event_id):
            if not self.model.canFetchMore() or self.model.rowCount() >= FIND_BACK:
                break
            self.model.fetchMore()
        else:
            self.ui.eventsTable.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        try:
            event = self._control.get(self._actor, event_id)
        except DeskError as exc:
            self.ui.eventMessageLabel.setText(tr_error(exc))
            return False
        self.ui.eventsTable.clearSelection()
        self._show_event(event)
        return False

    def _show_event(self, e: EventInfo | None) -> None:
        ui = self.ui
        self.step_errors.clear()
        is_open = e is not None and e.is_open
        for w in (ui.guardEdit, ui.dispatchButton, ui.resetButton, ui.closeEventButton, ui.handlingEdit,
                  ui.managerEdit, ui.managerButton, ui.fireCallButton, ui.linkageButton, ui.planButton,
                  ui.correctEventButton):
            w.setEnabled(is_open)
        has_result = e is not None and e.result is not None
        for w in (ui.resultCombo, ui.causeCombo, ui.causeNoteEdit, ui.resultButton):
            w.setEnabled(is_open and not has_result)
        for w in (ui.noteEdit, ui.addNoteButton, ui.printEventButton):
            w.setEnabled(e is not None)
        ui.addNoteButton.setText(self.tr("Amend (&note)") if e is not None and not e.is_open else self.tr("Add &note"))
        if e is None:
            ui.eventDetailLabel.setText(self.tr("Pick an event in the list to dispatch, record, close or amend it."))
            return
        ui.eventDetailLabel.setText(self._describe(e))
        if e.dispatched_guard and not ui.guardEdit.hasFocus():
            ui.guardEdit.setText(e.dispatched_guard)
        self._result_changed()

    def _describe(self, e: EventInfo) -> str:
        lines = [f"{e.label}  {kind(e.kind)} · {source(e.source)} · {fmt.when(e.received_at)}"
                 + (f" ({e.received_at_reason})" if e.received_at_reason else ""),
                 " / ".join(p for p in (e.location, e.device_type) if p)]
        if e.text:
            lines.append(e.text)
        if e.device_flagged:
            lines.append(self.tr("This device had {count} false alarms in 12 months.").format(
                count=e.device_false_alarms))
        if e.dispatched_at:
            lines.append(self.tr("Guard {guard} sent at {time}").format(guard=e.dispatched_guard,
                                                                        time=fmt.clock_time(e.dispatched_at)))
        if e.result:
            lines.append(self.tr("Found: {result} at {time} ({who})").format(
                result=result(e.result), time=fmt.clock_time(e.result_at), who=e.result_by)
                + (f" · {cause(e.cause)}" if e.cause else "") + (f" · {e.cause_note}" if e.cause_note else ""))
        if e.fire_call:
            lines.append(self.tr("119 called at {time}").format(time=fmt.clock_time(e.fire_call.at)))
        if e.linkage_auto_at:
            lines.append(self.tr("Linkage confirmed automatic at {time}").format(time=fmt.clock_time(e.linkage_auto_at)))
        if e.plan_started_at:
            lines.append(self.tr("Plan started at {time}").format(time=fmt.clock_time(e.plan_started_at)))
        if e.manager_notified_at:
            lines.append(self.tr("{name} notified at {time}").format(name=e.manager_name,
                                                                    time=fmt.clock_time(e.manager_notified_at)))
        if e.reset_at:
            lines.append(self.tr("Reset at {time}").format(time=fmt.clock_time(e.reset_at)))
        if e.closed_at:
            lines.append(self.tr("Closed at {time} by {who}").format(time=fmt.when(e.closed_at), who=e.closed_by))
        elif e.missing:
            lines.append(self.tr("Still to do before closing:") + " " + "; ".join(
                QCoreApplication.translate("errors", m).format(number=e.label) for m in e.missing))
        return "\n".join(line for line in lines if line)

    def _result_changed(self, *_args) -> None:
        ui = self.ui
        false_alarm = ui.resultCombo.currentData() == Result.FALSE_ALARM.value
        ui.causeCombo.setVisible(false_alarm and self._actor.can(Permission.CONTROL_LOG))

    def _act(self, action, *, focus: QWidget | None = None) -> EventInfo | None:
        """Run one step on the selected event; its problem at its field; the list shows the change."""
        e = self.current()
        if e is None:
            return None
        self.step_errors.clear()
        try:
            done = action(e)
        except DeskError as exc:
            self.ui.eventMessageLabel.setStyleSheet(ERROR_STYLE)
            self.step_errors.show(exc)
            return None
        self.reload()
        self.event_list.select_key(done.id)
        self.ui.eventMessageLabel.setStyleSheet(OK_STYLE)
        if focus is not None:
            focus.setFocus()
        return done

    def _step(self, step) -> None:
        self._act(lambda e: step(self._actor, e.id))

    def dispatch(self) -> None:
        if self._act(lambda e: self._control.dispatch(self._actor, e.id, guard=self.ui.guardEdit.text()),
                     focus=self.ui.resultCombo) is not None:
            self.ui.eventMessageLabel.setText(self.tr("Guard dispatched: the countdown runs until the result."))

    def record_result(self) -> None:
        ui = self.ui
        done = self._act(lambda e: self._control.record_result(
            self._actor, e.id, result=ui.resultCombo.currentData() or "",
            cause=ui.causeCombo.currentData() if ui.resultCombo.currentData() == Result.FALSE_ALARM.value else None,
            note=ui.causeNoteEdit.text()))
        if done is None:
            return
        ui.causeNoteEdit.clear()
        if done.result is Result.REAL_FIRE:
            ui.eventMessageLabel.setText(self.tr("REAL FIRE: call 119, confirm linkage in automatic, start the "
                                                 "plan, notify the person responsible."))
            ui.fireCallButton.setFocus()
        else:
            if done.fault_number:
                ui.eventMessageLabel.setText(self.tr("Recorded; fault record {number} written.").format(
                    number=f"F{done.fault_number:06d}"))
            ui.handlingEdit.setFocus()

    def fire_call(self) -> None:
        e = self.current()
        if e is None:
            return
        dialog = FireCallDialog(
            prompt=self.tr("{number}: what was said to 119.").format(number=e.label), now=self._control.now(),
            address=" ".join(p for p in (self._site_name, e.building, e.floor) if p), caller=self._actor.name,
            action=lambda call: self._control.record_fire_call(self._actor, e.id, call), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.event_list.select_key(e.id)
            self.ui.eventMessageLabel.setStyleSheet(OK_STYLE)
            self.ui.eventMessageLabel.setText(self.tr("119 call recorded."))
            self.ui.linkageButton.setFocus()

    def correct_event(self) -> None:
        """Change an open event's place or text, with the reason (a closed one takes a note instead)."""
        e = self.current()
        if e is None:
            return
        dialog = CorrectEventDialog(
            prompt=self.tr("{number}: what was typed wrong, and why it changes.").format(number=e.label),
            device_address=e.device_address, building=e.building, floor=e.floor, zone=e.zone, text=e.text,
            action=lambda values: self._control.correct(self._actor, e.id, **values), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.event_list.select_key(e.id)
            self.ui.eventMessageLabel.setStyleSheet(OK_STYLE)
            self.ui.eventMessageLabel.setText(self.tr("Changed; the reason is noted on the event."))

    def notify_manager(self) -> None:
        self._act(lambda e: self._control.notify_manager(self._actor, e.id, name=self.ui.managerEdit.text()),
                  focus=self.ui.handlingEdit)

    def close_event(self) -> None:
        if self._act(lambda e: self._control.close(self._actor, e.id, handling=self.ui.handlingEdit.text()),
                     focus=self.ui.sourceCombo) is not None:
            self.ui.handlingEdit.clear()
            self.ui.guardEdit.clear()
            self.ui.eventMessageLabel.setText(self.tr("Event closed."))

    def add_note(self) -> None:
        if self._act(lambda e: self._control.add_note(self._actor, e.id, self.ui.noteEdit.text())) is not None:
            self.ui.noteEdit.clear()
            self.ui.eventMessageLabel.setText(self.tr("Note added."))

    def print_event(self) -> None:
        e = self.current()
        if e is None:
            return
        preview = self.event_preview(e.id)
        if preview is not None:
            preview.exec()

    def event_preview(self, event_id: int) -> PrintPreviewDialog | None:
        def printout(_page: PageSize) -> Printout:
            pdf = self._control.event_report_pdf(self._actor, self._printing.letterhead(self._actor), event_id)
            return Printout(DocumentKind.CONTROL_EVENT, self.tr("Event report"), pdf, PageSize.A4)

        return PrintPreviewDialog.of(printout, PageSize.A4, config=self._config, config_path=self._config_path,
                                     parent=self)

