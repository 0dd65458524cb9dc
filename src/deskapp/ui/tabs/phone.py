"""Phone log tab 电话记录: incoming calls (F2 from anywhere), requests and their life cycle, callbacks."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from deskapp.config import StationConfig
from deskapp.domain.errors import QT_TRANSLATE_NOOP, DeskError
from deskapp.domain.phones import format_phone
from deskapp.domain.requests import Department, Due, Priority, RequestState, Satisfaction
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.visits import Purpose
from deskapp.printing.pages import PageSize
from deskapp.services.calls import CallService, IncomingOutcome
from deskapp.services.directory import DirectoryService
from deskapp.services.history import HistoryService
from deskapp.services.printouts import DocumentKind, PrintService
from deskapp.services.requests import CATEGORIES, CallOutcome, RequestInfo, RequestService
from deskapp.services.site import SiteService
from deskapp.services.timeutil import local_date
from deskapp.ui import fmt
from deskapp.ui.completion import RoomCompletion
from deskapp.ui.dialogs.directory import ReasonDialog
from deskapp.ui.dialogs.print_preview import PrintPreviewDialog
from deskapp.ui.dialogs.requests import (
    ComplaintCloseDialog,
    NewRequestDialog,
    OutgoingCallDialog,
    StepDialog,
)
from deskapp.ui.forms import ERROR_STYLE, OK_STYLE, FieldErrors, load_form, tr_error
from deskapp.ui.keys import SAVE_KEYS, shortcuts
from deskapp.ui.messages import show_error
from deskapp.ui.models.history import HistoryModel
from deskapp.ui.models.requests import CallbacksModel, CallsModel, NotesModel, RequestsModel
from deskapp.ui.tables import setup_table

GREETING = "您好！{centre}，工号{staff_no}，请问有什么可以帮您？"
CLOSING = "×先生/小姐，请问还有什么可以帮您的吗？\n×先生/小姐，非常感谢您的来电，如果有其他需要帮忙的，欢迎您再次致电。\n（请等业主先挂电话）"
CALLBACK_OUTCOMES = {
    CallOutcome.REACHED: QT_TRANSLATE_NOOP("PhoneTab", "Reached the owner"),
    CallOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("PhoneTab", "No answer"),
    CallOutcome.WRONG_NUMBER: QT_TRANSLATE_NOOP("PhoneTab", "Wrong number"),
}


class PhoneTab(QWidget):
    """Signals:
        title_changed(str): the tab's title, with the callbacks due.
        requests_changed(): a request was created or moved on.
    """

    title_changed = Signal(str)
    requests_changed = Signal()

    def __init__(self, *, calls: CallService, requests: RequestService, directory: DirectoryService,
                 site: SiteService, printing: PrintService, actor: Actor, config: StationConfig, config_path: Path,
                 history: HistoryService | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneTab")
        self._calls, self._requests, self._directory, self._site = calls, requests, directory, site
        self._printing, self._actor, self._config, self._config_path = printing, actor, config, config_path
        self._history = history
        self.started_at: datetime | None = None
        self.matches: list = []
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("phoneTabs")
        QVBoxLayout(self).addWidget(self.tabs)
        self._build_call_page()
        self._build_requests_page()
        self._build_callbacks_page()
        self.refresh()

    # == calls ================================================================================

    def _build_call_page(self) -> None:
        page = QWidget()
        page.setObjectName("callPageHost")
        self.c = c = load_form("call_page.ui", page)
        self.call_page = page
        self.tabs.addTab(page, page.windowTitle())
        c.callCategoryCombo.addItem(self.tr("— choose —"), None)
        for p in CATEGORIES:
            c.callCategoryCombo.addItem(fmt.purpose(p), p.value)
        c.callDepartmentCombo.addItem(self.tr("— choose —"), None)
        for d in Department:
            c.callDepartmentCombo.addItem(fmt.department(d), d.value)
        c.closingLabel.setText(CLOSING)
        self.call_errors = FieldErrors({"phone": c.callerPhoneEdit, "unit": c.callUnitEdit,
                                        "caller_name": c.callerNameEdit, "category": c.callCategoryCombo,
                                        "content": c.callContentEdit, "outcome": c.answeredRadio,
                                        "department": c.callDepartmentCombo}, c.callMessageLabel)
        self.rooms = RoomCompletion(directory=self._directory, actor=self._actor, parent=self)
        self.rooms.attach(c.callUnitEdit)
        c.callerPhoneEdit.textChanged.connect(self._number_typed)
        c.callerMatchCombo.activated.connect(self._match_picked)
        c.requestRadio.toggled.connect(self._outcome_changed)
        c.newCallButton.clicked.connect(self.start_call)
        c.saveCallButton.clicked.connect(self.save_call)
        shortcuts(page, SAVE_KEYS, self.save_call)  # Ctrl+S from any field of the call
        self.calls_model = CallsModel(self)
        setup_table(c.callsTable, self.calls_model)
        self.history_model = HistoryModel(self)
        setup_table(c.callHistoryTable, self.history_model)
        c.callUnitEdit.editingFinished.connect(self.show_unit_history)
        self._outcome_changed()
        self._show_greeting()
        can = self._actor.can(Permission.CALL_RECORD)
        for w in (c.newCallButton, c.callGroup, c.saveCallButton):
            w.setVisible(can)

    def _show_greeting(self) -> None:
        try:
            centre = self._site.site().centre_name
        except DeskError:
            centre = "×××"
        self.c.greetingLabel.setText(GREETING.format(centre=centre, staff_no=self._actor.staff_no))

    def start_call(self) -> None:
        """F2: a new incoming call, its start time taken now, the cursor in the number field."""
        if not self._actor.can(Permission.CALL_RECORD):
            return
        self.tabs.setCurrentWidget(self.call_page)
        self._clear_call()
        self.started_at = self._calls.now()
        self.c.callStartedLabel.setText(self.tr("Call started at {time}").format(time=fmt.clock_time(self.started_at)))
        self.c.callerPhoneEdit.setFocus()

    def _clear_call(self) -> None:
        c = self.c
        self.call_errors.clear()
        for edit in (c.callerPhoneEdit, c.callUnitEdit, c.callerNameEdit):
            edit.clear()
        c.callContentEdit.clear()
        c.callCategoryCombo.setCurrentIndex(0)
        c.callDepartmentCombo.setCurrentIndex(0)
        c.callConfirmedCheck.setChecked(False)
        c.urgentCheck.setChecked(False)
        for radio in (c.answeredRadio, c.requestRadio):
            radio.setAutoExclusive(False)
            radio.setChecked(False)
            radio.setAutoExclusive(True)
        c.callerMatchCombo.clear()
        c.callStartedLabel.clear()
        self.history_model.set_rows([])
        self.started_at = None
        self._outcome_changed()

    def _number_typed(self, text: str) -> None:
        """The number as it is typed finds the residents it belongs to; one match fills the form."""
        c = self.c
        try:
            matches = self._calls.callers(self._actor, text)
        except DeskError:
            matches = []
        c.callerMatchCombo.clear()
        self.matches = matches  # the combo holds indices: Python objects in item data outlive Qt badly
        for i, m in enumerate(matches):
            c.callerMatchCombo.addItem(f"{m.room_no}  {m.name}（{fmt.resident_role(m.role)}）{format_phone(m.phone)}", i)
        c.callerMatchCombo.addItem(self.tr("Not in the directory"), -1)
        if len(matches) == 1:
            self._match_picked(0)

    def _picked_match(self, index: int | None = None):
        combo = self.c.callerMatchCombo
        i = combo.itemData(combo.currentIndex() if index is None else index)
        return self.matches[i] if isinstance(i, int) and 0 <= i < len(self.matches) else None

    def _match_picked(self, index: int) -> None:
        match = self._picked_match(index)
        if match is None:
            return
        self.c.callUnitEdit.setText(match.room_no)
        self.c.callerNameEdit.setText(match.name)
        self.show_unit_history()

    def show_unit_history(self) -> None:
        """The unit's latest visits, calls and requests beside the call, as soon as the unit is known."""
        rows = []
        text = self.c.callUnitEdit.text().strip()
        if text and self._history is not None:
            try:
                unit = self._directory.find_unit(self._actor, text)
                rows = self._history.unit_history(self._actor, unit.id)
            except DeskError:
                rows = []  # an unknown unit is said when the call is saved
        self.history_model.set_rows(rows)

    def _outcome_changed(self, *_args) -> None:
        is_request = self.c.requestRadio.isChecked()
        self.c.callDepartmentCombo.setEnabled(is_request)
        self.c.urgentCheck.setEnabled(is_request)

    def save_call(self) -> None:
        """Save the call (its end time is now); "create a request" registers it in the same step."""
        if not self._actor.can(Permission.CALL_RECORD):
            return
        c = self.c
        match = self._picked_match()
        resident_id = match.resident_id if match is not None and match.room_no == c.callUnitEdit.text().strip() \
            else None
        outcome = (IncomingOutcome.REQUEST if c.requestRadio.isChecked() else
                   IncomingOutcome.ANSWERED if c.answeredRadio.isChecked() else None)
        self.call_errors.clear()
        try:
            call = self._calls.record_incoming(
                self._actor, started_at=self.started_at or self._calls.now(), phone=c.callerPhoneEdit.text(),
                unit=c.callUnitEdit.text(), resident_id=resident_id, caller_name=c.callerNameEdit.text(),
                category=c.callCategoryCombo.currentData(), content=c.callContentEdit.toPlainText(),
                confirmed=c.callConfirmedCheck.isChecked(), outcome=outcome,
                department=c.callDepartmentCombo.currentData(),
                priority=Priority.URGENT if c.urgentCheck.isChecked() else Priority.NORMAL)
        except DeskError as exc:
            c.callMessageLabel.setStyleSheet(ERROR_STYLE)
            self.call_errors.show(exc)
            return
        self._clear_call()
        c.callMessageLabel.setStyleSheet(OK_STYLE)
        c.callMessageLabel.setText(self.tr("Saved the call{request}.").format(
            request=self.tr(", request {number}").format(number=call.request_number) if call.request_number else ""))
        self.last_call = call
        self.refresh(requests=call.request_id is not None)  # an answered call changes only the calls list
        if call.request_id:
            self.requests_changed.emit()

    # == requests =============================================================================

    def _build_requests_page(self) -> None:
        page = QWidget()
        page.setObjectName("requestsPageHost")
        self.r = r = load_form("requests_page.ui", page)
        self.requests_page = page
        self.tabs.addTab(page, page.windowTitle())
        self.requests_model = RequestsModel(self)
        setup_table(r.requestsTable, self.requests_model)
        self.notes_model = NotesModel(self)
        setup_table(r.requestNotesTable, self.notes_model)
        r.requestSearchEdit.textChanged.connect(self.reload_requests)
        r.allRequestsCheck.toggled.connect(self.reload_requests)
        r.requestsTable.selectionModel().selectionChanged.connect(self._request_selected)
        r.newRequestButton.clicked.connect(self.new_request)
        r.outgoingCallButton.clicked.connect(self.outgoing_call)
        r.dispatchButton.clicked.connect(self.dispatch)
        r.startButton.clicked.connect(lambda: self._act(lambda rid: self._requests.start(self._actor, rid)))
        r.completeButton.clicked.connect(self.complete)
        r.noteButton.clicked.connect(lambda: self.add_note(report=False))
        r.reportButton.clicked.connect(lambda: self.add_note(report=True))
        r.cancelRequestButton.clicked.connect(self.cancel_request)
        r.closeRequestButton.clicked.connect(self.close_request)
        r.printWorkOrderButton.clicked.connect(self.print_work_order)
        self.request: RequestInfo | None = None

    def reload_requests(self, *_args) -> None:
        r = self.r
        text, open_only = r.requestSearchEdit.text(), not r.allRequestsCheck.isChecked()
        self.requests_model.now = self._requests.now()
        self.requests_model.every = self._requests.report_every()
        try:
            self.requests_model.load(lambda offset, limit: self._requests.search(
                self._actor, open_only=open_only, text_=text, offset=offset, limit=limit))
        except DeskError as exc:
            show_error(self, exc)
        if self.request is not None:
            self.show_request(self.request.id)
        self._update_request_buttons()

    def _request_selected(self, *_args) -> None:
        rows = self.r.requestsTable.selectionModel().selectedRows()
        row = self.requests_model.row_at(rows[0].row()) if rows else None
        if row is not None:
            self.show_request(row.id)

    def show_request(self, request_id: int) -> None:
        try:
            req = self._requests.get(self._actor, request_id)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.request = req
        r = self.r
        r.requestTitleLabel.setText(f"{req.number}  ·  {fmt.request_state(req.state)}  ·  {req.room_no or req.location}")
        lines = [f"{fmt.purpose(req.category)} · {fmt.department(req.department)}"
                 + (f" · {self.tr('urgent')}" if req.priority is Priority.URGENT else ""),
                 " ".join(x for x in (req.contact_name, format_phone(req.contact_phone) if req.contact_phone else "")
                          if x), req.description]
        if req.paid_item:
            lines.append(self.tr("Paid: {item} ¥{fee:.2f} {promise}").format(
                item=req.paid_item, fee=(req.fee_cents or 0) / 100, promise=req.service_promise))
        if req.overdue(self._requests.now()):
            lines.append("⚠ " + self.tr("Overdue"))
        if req.report_due(self._requests.now(), self._requests.report_every()):
            lines.append("⚠ " + self.tr("A progress report to the owner is due: call, then “Report to owner…”."))
        r.requestInfoLabel.setText("\n".join(x for x in lines if x))
        self.notes_model.set_rows(req.notes)
        self._update_request_buttons()

    def _update_request_buttons(self) -> None:
        r, req = self.r, self.request
        state = req.state if req else None
        can = self._actor.can(Permission.REQUEST_EDIT)
        S = RequestState
        r.dispatchButton.setEnabled(can and state in (S.REGISTERED, S.DISPATCHED, S.IN_PROGRESS))
        r.startButton.setEnabled(can and state is S.DISPATCHED)
        r.completeButton.setEnabled(can and state is S.IN_PROGRESS)
        r.noteButton.setEnabled(can and req is not None)
        r.reportButton.setEnabled(can and req is not None and state is not None and state.open)
        r.cancelRequestButton.setEnabled(can and state in (S.REGISTERED, S.DISPATCHED, S.IN_PROGRESS))
        r.closeRequestButton.setEnabled(can and state is S.CALLED_BACK)
        r.printWorkOrderButton.setEnabled(req is not None and self._actor.can(Permission.PRINT))
        r.newRequestButton.setEnabled(can)
        r.outgoingCallButton.setEnabled(req is not None and state is not None and state.open
                                        and self._actor.can(Permission.CALL_RECORD))

    def _act(self, action) -> None:
        if self.request is None:
            return
        try:
            action(self.request.id)
        except DeskError as exc:
            self.r.requestMessageLabel.setText(tr_error(exc))
            return
        self.r.requestMessageLabel.clear()
        self.refresh()
        self.requests_changed.emit()

    def _step_dialog(self, title: str, prompt: str, field: str, action) -> None:
        if self.request is None:
            return
        rid = self.request.id
        dialog = StepDialog(title=title, prompt=prompt, field=field, action=lambda text: action(rid, text),
                            parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.requests_changed.emit()

    def new_request(self) -> None:
        """A request registered directly at the desk (not from a call or a visit)."""
        dialog = NewRequestDialog(requests=self._requests, actor=self._actor, now=self._requests.now(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.request = dialog.created
            self.refresh()
            self.requests_changed.emit()

    def outgoing_call(self) -> None:
        """An appointment or follow-up call about the request shown, logged with its result."""
        if self.request is None:
            return
        dialog = OutgoingCallDialog(calls=self._calls, actor=self._actor, request=self.request, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(requests=False)

    def dispatch(self) -> None:
        self._step_dialog(self.tr("Dispatch"), self.tr("Who is the request dispatched to (name, team)?"),
                          "assignee", lambda rid, text: self._requests.dispatch(self._actor, rid, assignee=text))

    def complete(self) -> None:
        self._step_dialog(self.tr("Complete"), self.tr("What was done? The callback is due within 24 hours."),
                          "note", lambda rid, text: self._requests.complete(self._actor, rid, note=text))

    def add_note(self, *, report: bool) -> None:
        prompt = (self.tr("What was the owner told about the progress?") if report
                  else self.tr("The progress note (kept with the time and your name)."))
        self._step_dialog(self.tr("Report to owner") if report else self.tr("Note"), prompt, "text",
                          lambda rid, text: self._requests.add_note(self._actor, rid, text=text, report=report))

    def cancel_request(self) -> None:
        if self.request is None:
            return
        rid = self.request.id
        dialog = ReasonDialog(prompt=self.tr("Cancel request {number}? It stays listed with your reason.")
                              .format(number=self.request.number),
                              action=lambda reason: self._requests.cancel(self._actor, rid, reason=reason), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.requests_changed.emit()

    def close_request(self) -> None:
        if self.request is None:
            return
        rid = self.request.id
        if self.request.category is Purpose.COMPLAINT:
            dialog = ComplaintCloseDialog(classes=self._requests.complaint_classes(),
                                          action=lambda cls, cause, duty: self._requests.close(
                self._actor, rid, complaint_class=cls, cause_analysis=cause, accountability=duty), parent=self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.refresh()
            return
        self._act(lambda r_id: self._requests.close(self._actor, r_id))

    def work_order_preview(self) -> PrintPreviewDialog | None:
        if self.request is None:
            return None
        rid = self.request.id
        page = PageSize(self._config.printer_for(DocumentKind.WORK_ORDER).page or "A5")
        try:
            printout = self._printing.work_order(self._actor, rid, page)
        except DeskError as exc:
            show_error(self, exc)
            return None
        return PrintPreviewDialog(printout=printout, config=self._config, config_path=self._config_path,
                                  rerender=lambda p: self._printing.work_order(self._actor, rid, p), parent=self)

    def print_work_order(self) -> None:
        dialog = self.work_order_preview()
        if dialog is not None:
            dialog.exec()

    # == callbacks ============================================================================

    def _build_callbacks_page(self) -> None:
        page = QWidget()
        page.setObjectName("callbacksPageHost")
        self.b = b = load_form("callbacks_page.ui", page)
        self.callbacks_page = page
        self.tabs.addTab(page, page.windowTitle())
        self.callbacks_model = CallbacksModel(self)
        setup_table(b.callbacksTable, self.callbacks_model)
        for outcome, label in CALLBACK_OUTCOMES.items():
            b.callbackOutcomeCombo.addItem(self.tr(label), outcome.value)
        b.satisfactionCombo.addItem(self.tr("— choose —"), None)
        for s in Satisfaction:
            b.satisfactionCombo.addItem(fmt.satisfaction(s), s.value)
        self.callback_errors = FieldErrors({"satisfaction": b.satisfactionCombo, "comment": b.callbackCommentEdit},
                                           b.callbackMessageLabel)
        b.saveCallbackButton.clicked.connect(self.save_callback)
        shortcuts(page, SAVE_KEYS, self.save_callback)
        b.callbacksTable.selectionModel().selectionChanged.connect(lambda *_: self._update_callback_form())
        self._update_callback_form()

    def _selected_callback(self) -> RequestInfo | None:
        rows = self.b.callbacksTable.selectionModel().selectedRows()
        return self.callbacks_model.row_at(rows[0].row()) if rows else None

    def _update_callback_form(self) -> None:
        enabled = self._selected_callback() is not None and self._actor.can(Permission.REQUEST_EDIT)
        self.b.callbackGroup.setEnabled(enabled)
        self.b.saveCallbackButton.setEnabled(enabled)

    def save_callback(self) -> None:
        """Record the callback: not answered stays queued; not satisfied reopens the request."""
        req = self._selected_callback()
        if req is None:
            return
        b = self.b
        started = self._calls.now()
        outcome = b.callbackOutcomeCombo.currentData()
        self.callback_errors.clear()
        try:
            result = self._requests.call_back(self._actor, req.id, outcome=outcome,
                                              satisfaction=b.satisfactionCombo.currentData(),
                                              comment=b.callbackCommentEdit.toPlainText())
            if self._actor.can(Permission.CALL_RECORD):
                self._calls.record_outgoing(self._actor, req.id, started_at=started, purpose="callback",
                                            outcome=outcome, note=b.callbackCommentEdit.toPlainText())
        except DeskError as exc:
            b.callbackMessageLabel.setStyleSheet(ERROR_STYLE)
            self.callback_errors.show(exc)
            return
        b.callbackCommentEdit.clear()
        b.satisfactionCombo.setCurrentIndex(0)
        b.callbackMessageLabel.setStyleSheet(OK_STYLE)
        b.callbackMessageLabel.setText(self.tr("{number}: {state}.").format(
            number=result.number, state=fmt.request_state(result.state)))
        self.refresh()
        self.requests_changed.emit()

    # == all ==================================================================================

    def refresh(self, *, requests: bool = True) -> None:
        """Today's calls and, unless only a call changed, the requests, the callback queue and the title."""
        today = self._site_today()
        try:
            self.calls_model.load(lambda offset, limit: self._calls.search(
                self._actor, first_day=today, last_day=today, offset=offset, limit=limit))
            if not requests:
                return
            queue = self._requests.callback_queue(self._actor)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.reload_requests()
        self.callbacks_model.now = self._requests.now()
        self.callbacks_model.set_rows(queue)
        self._update_callback_form()
        overdue = sum(1 for r in queue if self.callbacks_model.due(r) is Due.OVERDUE)
        soon = sum(1 for r in queue if self.callbacks_model.due(r) is Due.DUE_SOON)
        title = QCoreApplication.translate("MainWindow", "Phone")
        if queue:
            title += self.tr(" (callbacks {count}: due soon {soon}, overdue {overdue})").format(
                count=len(queue), soon=soon, overdue=overdue)
        self.title_changed.emit(title)

    def _site_today(self) -> date:
        return local_date(self._calls.now())
