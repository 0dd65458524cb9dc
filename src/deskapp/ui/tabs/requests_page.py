"""The requests page 工单: the list, the selected request with its progress notes, the step buttons
(offered as the domain's transition table allows) and the work order printout."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.config import StationConfig
from deskapp.domain.errors import QT_TRANSLATE_NOOP, DeskError
from deskapp.domain.phones import format_phone
from deskapp.domain.requests import Priority, RequestState, Step, allowed_steps
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.visits import Purpose
from deskapp.services.calls import CallService
from deskapp.services.directory import DirectoryService, NoteInfo
from deskapp.services.printouts import DocumentKind, PrintService
from deskapp.services.requests import RequestInfo, RequestService
from deskapp.ui import fmt
from deskapp.ui.banners import WARNING_MARK, holds_of, show_holds
from deskapp.ui.dialogs.directory import ReasonDialog
from deskapp.ui.dialogs.print_preview import PrintPreviewDialog
from deskapp.ui.dialogs.requests import (
    ComplaintCloseDialog,
    DispatchDialog,
    NewRequestDialog,
    OutgoingCallDialog,
    StepDialog,
)
from deskapp.ui.forms import load_form, tr_error
from deskapp.ui.keys import shortcuts
from deskapp.ui.messages import show_error
from deskapp.ui.models.requests import NotesModel, RequestsModel, deadline_words
from deskapp.ui.pages import ListPanel, Page, kinds, list_takes_the_space

# What is late when a request is overdue, by its state.
LATE_WHAT = {
    RequestState.REGISTERED: QT_TRANSLATE_NOOP("RequestsPage", "Taking it up"),
    RequestState.DISPATCHED: QT_TRANSLATE_NOOP("RequestsPage", "The promised time"),
    RequestState.IN_PROGRESS: QT_TRANSLATE_NOOP("RequestsPage", "The promised time"),
    RequestState.COMPLETED: QT_TRANSLATE_NOOP("RequestsPage", "The callback"),
}



@dataclass(frozen=True)
class DayFilter:
    registered: bool  # registered on those days, else completed on them
    first: date
    last: date

class RequestsPage(Page):
    """Requests and their life cycle. Every step is one service call; the list and the detail hear of
    it (and of other stations' steps) through the change feed, the selected request kept."""

    start_field = "requestSearchEdit"

    # the requests; the response target and the report interval (site settings); the unit's holds
    kinds = kinds("request", "settings", "unit_note")

    def __init__(self, *, requests: RequestService, calls: CallService, printing: PrintService, actor: Actor,
                 config: StationConfig, config_path: Path, directory: DirectoryService | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsPageHost")
        self._requests, self._calls, self._printing, self._directory = requests, calls, printing, directory
        self._actor, self._config, self._config_path = actor, config, config_path
        self.request: RequestInfo | None = None
        self._select_next: int | None = None  # a request registered here, selected once it is listed
        self._detail_sized = False
        self.r = r = load_form("requests_page.ui", self)
        self.requests_model = RequestsModel(self)
        self.list = ListPanel(r.requestsTable, self.requests_model, key=lambda req: req.id,
                              audit=("request", lambda req: req.id))
        self.notes_model = NotesModel(self)
        self.notes = ListPanel(r.requestNotesTable, self.notes_model, key=lambda n: (n.at, n.kind, n.step, n.text))
        self.list.selected.connect(self._selected)
        list_takes_the_space(r.requestSplitter, 0)
        r.requestSearchEdit.textChanged.connect(self.search)
        r.requestSearchEdit.returnPressed.connect(self.focus_results)
        shortcuts(r.requestSearchEdit, ["Down"], self.focus_results, context=Qt.ShortcutContext.WidgetShortcut)
        r.allRequestsCheck.toggled.connect(self.search)
        self._days: DayFilter | None = None  # a board figure's days, until its button shows every request again
        r.requestDaysButton.clicked.connect(self.all_days)
        r.newRequestButton.clicked.connect(self.new_request)
        r.outgoingCallButton.clicked.connect(self.outgoing_call)
        r.dispatchButton.clicked.connect(self.dispatch)
        r.startButton.clicked.connect(self.start)
        r.completeButton.clicked.connect(self.complete)
        r.noteButton.clicked.connect(lambda: self.add_note(report=False))
        r.reportButton.clicked.connect(lambda: self.add_note(report=True))
        r.cancelRequestButton.clicked.connect(self.cancel_request)
        r.closeRequestButton.clicked.connect(self.close_request)
        r.printWorkOrderButton.clicked.connect(self.print_work_order)
        can = actor.can
        for button in (r.newRequestButton, r.dispatchButton, r.startButton, r.completeButton, r.noteButton,
                       r.reportButton, r.cancelRequestButton, r.closeRequestButton):
            button.setVisible(can(Permission.REQUEST_EDIT))  # a role that only looks sees no step it cannot take
        r.outgoingCallButton.setVisible(can(Permission.REQUEST_EDIT) and can(Permission.CALL_RECORD))
        r.printWorkOrderButton.setVisible(can(Permission.PRINT))
        self._update_buttons()
        self.clock = QTimer(self)  # a request turns overdue (and moves up) without any change
        self.clock.setInterval(60_000)
        self.clock.timeout.connect(lambda: self.on_changes(self.kinds))
        self.clock.start()
        self.on_changes(self.kinds)  # read when first shown

    # -- the list ------------------------------------------------------------------------------

    def _fetch(self) -> Callable[[int, int], list[RequestInfo]]:
        text, open_only = self.r.requestSearchEdit.text(), not self.r.allRequestsCheck.isChecked()
        self.requests_model.now, self.requests_model.every = self._requests.now(), self._requests.report_every()
        days = self._days
        registered = (days.first, days.last) if days is not None and days.registered else None
        completed = (days.first, days.last) if days is not None and not days.registered else None
        return lambda offset, limit: self._requests.search(
            self._actor, open_only=open_only, text_=text, offset=offset, limit=limit, registered_days=registered,
            completed_days=completed)

    def show_days(self, *, registered: bool, first: date, last: date) -> None:
        """Only the requests registered (or completed) on those days, closed ones too (a board figure's list);
        the button above the list says so and shows them all again."""
        self._show(closed_too=True, text="", days=DayFilter(registered, first, last))

    def all_days(self) -> None:
        """Back from a board figure's days to every request."""
        self._set_days(None)
        self.search()

    def _show(self, *, closed_too: bool, text: str, days: DayFilter | None) -> None:
        """The filters set as one (no search for each of them), then searched."""
        r = self.r
        for widget in (r.requestSearchEdit, r.allRequestsCheck):
            widget.blockSignals(True)
        r.allRequestsCheck.setChecked(closed_too)
        r.requestSearchEdit.setText(text)
        for widget in (r.requestSearchEdit, r.allRequestsCheck):
            widget.blockSignals(False)
        self._set_days(days)
        self.search()

    def _set_days(self, days: DayFilter | None) -> None:
        self._days = days
        button = self.r.requestDaysButton
        button.setVisible(days is not None)
        if days is not None:
            shown = days.first.isoformat() if days.first == days.last else \
                f"{days.first.isoformat()} – {days.last.isoformat()}"
            button.setText((self.tr("Registered {days} ✕") if days.registered
                            else self.tr("Completed {days} ✕")).format(days=shown))

    def reload(self) -> None:
        """The same search again: the selected request stays selected and its detail is read again."""
        with contextlib.suppress(DeskError):  # what is shown stays until the database answers again
            self.list.load(self._fetch())
        if self._select_next is not None:
            self.list.select_key(self._select_next)
            self._select_next = None

    def search(self, *_args) -> None:
        """A new search typed or "all" ticked: its first page, from the top."""
        try:
            self.requests_model.load(self._fetch())
        except DeskError as exc:
            show_error(self, exc)
        self.list.view.scrollToTop()
        self.list.selected.emit(self.list.current())  # a reset clears the selection without a signal

    def show_open(self) -> None:
        """The open requests, the late ones first (the board's requests), with no search typed."""
        self._show(closed_too=False, text="", days=None)

    def show_found(self, request_id: int, number: str) -> bool:
        """The one search box chose a request: all requests (open or not) searched for by its number, the
        request selected and its detail shown, the list in focus."""
        self._show(closed_too=True, text=number, days=None)  # a board figure's days no longer apply
        found = self.list.select_key(request_id)
        self.r.requestsTable.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def focus_results(self) -> None:
        """Enter or Down in the search box: into the list, its first request selected if none is (so the
        step buttons are there for the keyboard too, a single result included)."""
        if self.requests_model.rowCount():
            self.r.requestsTable.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.list.current() is None:
                self.r.requestsTable.selectRow(0)

    def _selected(self, row: RequestInfo | None) -> None:
        if row is None:
            self.show_request(None)
        else:
            self.show_request(row.id)

    # -- the request shown ---------------------------------------------------------------------

    def show_request(self, request_id: int | None) -> None:
        """The request's detail and progress notes beside the list (nothing when none is selected)."""
        req = None
        if request_id is not None:
            try:
                req = self._requests.get(self._actor, request_id)
            except DeskError as exc:
                self.r.requestMessageLabel.setText(tr_error(exc))
        self.request = req
        r = self.r
        self._show_detail_pane(req is not None)
        show_holds(r.requestHoldsLabel, self._holds(req))
        if req is None:
            r.requestTitleLabel.clear()
            r.requestInfoLabel.clear()
            self.notes.set_rows([])
            self._update_buttons()
            return
        r.requestTitleLabel.setText(f"{req.number}  ·  {fmt.request_state(req.state)}  ·  {req.room_no or req.location}")
        lines = [f"{fmt.purpose(req.category)} · {fmt.department(req.department)}"
                 + (f" · {self.tr('urgent')}" if req.priority is Priority.URGENT else ""),
                 " ".join(x for x in (req.contact_name, format_phone(req.contact_phone) if req.contact_phone else "")
                          if x), req.description]
        if req.paid_item:
            lines.append(self.tr("Paid: {item} ¥{fee:.2f} {promise}").format(
                item=req.paid_item, fee=(req.fee_cents or 0) / 100, promise=req.service_promise))
        if req.assignee or req.promised_at:  # who is coming, and when
            lines.append(" · ".join(x for x in (
                self.tr("Dispatched to {who}").format(who=req.assignee) if req.assignee else "",
                self.tr("promised by {time}").format(time=fmt.when(req.promised_at)) if req.promised_at else "")
                if x))
        now = self._requests.now()
        if req.overdue(now):
            lines.append(f"{WARNING_MARK} {self.tr(LATE_WHAT[req.state])}: {deadline_words(req.deadline(), now)}")
        if req.report_due(now, self.requests_model.every):  # read with the list (settings reload it)
            lines.append(f"{WARNING_MARK} " + self.tr("A progress report to the owner is due: call, then “Report to owner…”."))
        r.requestInfoLabel.setText("\n".join(x for x in lines if x))
        self.notes.set_rows(req.notes)
        self._update_buttons()

    def _show_detail_pane(self, shown: bool) -> None:
        """Nothing selected: the list has the whole width. The first time the detail is shown it gets
        about a third of it (its own size hint is too narrow for its notes); then what the user dragged."""
        pane, splitter = self.r.requestDetailPane, self.r.requestSplitter
        pane.setVisible(shown)
        if shown and not self._detail_sized and splitter.width() > 0:
            self._detail_sized = True
            whole = sum(splitter.sizes())
            splitter.setSizes([whole - whole * 3 // 8, whole * 3 // 8])

    def _holds(self, req: RequestInfo | None) -> tuple[NoteInfo, ...]:
        """The holds of the request's unit (arrears, a dispute …), for the red banner in its detail."""
        return holds_of(self._directory, self._actor, req.unit_id if req is not None else None)

    def _update_buttons(self) -> None:
        """The step buttons the request's state allows (the domain's transition table) and the role may use."""
        r, req = self.r, self.request
        can = self._actor.can(Permission.REQUEST_EDIT)
        steps = allowed_steps(req.state) if req is not None and can else frozenset()
        for button, step in ((r.dispatchButton, Step.DISPATCH), (r.startButton, Step.START),
                             (r.completeButton, Step.COMPLETE), (r.cancelRequestButton, Step.CANCEL),
                             (r.closeRequestButton, Step.CLOSE)):
            button.setEnabled(step in steps)
        if req is not None and not self._actor.may_cancel(req.state):  # dispatched: a supervisor's call
            r.cancelRequestButton.setEnabled(False)
        is_open = req is not None and req.state.open
        r.noteButton.setEnabled(can and req is not None)
        r.reportButton.setEnabled(can and is_open)
        r.printWorkOrderButton.setEnabled(req is not None and self._actor.can(Permission.PRINT))
        r.newRequestButton.setEnabled(can)
        r.outgoingCallButton.setEnabled(is_open and self._actor.can(Permission.CALL_RECORD))

    # -- the steps: one service call each; the change feed shows the result ------------------------

    def _act(self, action: Callable[[int], object]) -> None:
        if self.request is None:
            return
        try:
            action(self.request.id)
        except DeskError as exc:
            self.r.requestMessageLabel.setText(tr_error(exc))
            return
        self.r.requestMessageLabel.clear()

    def _step_dialog(self, title: str, prompt: str, field: str, action: Callable[[int, str], object]) -> None:
        if self.request is None:
            return
        rid = self.request.id
        StepDialog(title=title, prompt=prompt, field=field, action=lambda text: action(rid, text), parent=self).exec()

    def new_request(self) -> None:
        """A request registered directly at the desk (not from a call or a visit)."""
        dialog = NewRequestDialog(requests=self._requests, actor=self._actor, now=self._requests.now(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self._select_next = dialog.created.id

    def outgoing_call(self) -> None:
        """An appointment or follow-up call about the request shown, logged with its result."""
        if self.request is None:
            return
        OutgoingCallDialog(calls=self._calls, actor=self._actor, request=self.request, parent=self).exec()

    def _seen(self):
        """The state the user is looking at: a step is refused if another station moved the request
        on meanwhile (taken when the button is pressed, not when the dialog is confirmed)."""
        return self.request.state if self.request is not None else None

    def start(self) -> None:
        seen = self._seen()
        self._act(lambda rid: self._requests.start(self._actor, rid, seen=seen))

    def dispatch(self) -> None:
        """Whom the request goes to and by when: picked or typed, both printed on the work order."""
        if self.request is None:
            return
        rid, seen = self.request.id, self._seen()
        DispatchDialog(requests=self._requests, actor=self._actor, request=self.request, parent=self,
                       action=lambda who, when: self._requests.dispatch(
                           self._actor, rid, assignee=who, promised_at=when, seen=seen)).exec()

    def complete(self) -> None:
        seen = self._seen()
        self._step_dialog(self.tr("Complete"), self.tr("What was done? The callback is due within 24 hours."),
                          "note", lambda rid, text: self._requests.complete(self._actor, rid, note=text, seen=seen))

    def add_note(self, *, report: bool) -> None:
        prompt = (self.tr("What was the owner told about the progress?") if report
                  else self.tr("The progress note (kept with the time and your name)."))
        self._step_dialog(self.tr("Report to owner") if report else self.tr("Note"), prompt, "text",
                          lambda rid, text: self._requests.add_note(self._actor, rid, text=text, report=report))

    def cancel_request(self) -> None:
        if self.request is None:
            return
        rid, seen = self.request.id, self._seen()
        ReasonDialog(prompt=self.tr("Cancel request {number}? It stays listed with your reason.")
                     .format(number=self.request.number),
                     action=lambda reason: self._requests.cancel(self._actor, rid, reason=reason, seen=seen),
                     parent=self).exec()

    def close_request(self) -> None:
        if self.request is None:
            return
        rid, seen = self.request.id, self._seen()
        if self.request.category is Purpose.COMPLAINT:
            ComplaintCloseDialog(classes=self._requests.complaint_classes(),
                                 action=lambda cls, lies, cause, duty: self._requests.close(
                                     self._actor, rid, complaint_class=cls, complaint_cause=lies,
                                     cause_analysis=cause, accountability=duty, seen=seen), parent=self).exec()
            return
        self._act(lambda r_id: self._requests.close(self._actor, r_id, seen=seen))

    # -- the work order --------------------------------------------------------------------------

    def work_order_preview(self) -> PrintPreviewDialog | None:
        if self.request is None:
            return None
        rid = self.request.id
        page = self._config.page_for(DocumentKind.WORK_ORDER)  # A5, or the receipt roll where there is one
        return PrintPreviewDialog.of(lambda p: self._printing.work_order(self._actor, rid, p), page,
                                     config=self._config, config_path=self._config_path, parent=self)

    def print_work_order(self) -> None:
        dialog = self.work_order_preview()
        if dialog is not None:
            dialog.exec()
