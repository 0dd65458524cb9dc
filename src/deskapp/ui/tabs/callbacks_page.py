"""The callbacks page 回访: completed requests awaiting their callback within 24 hours, and the form
that records one (its phone call is logged with it, in the same step)."""

from __future__ import annotations

import contextlib
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import QT_TRANSLATE_NOOP, DeskError
from deskapp.domain.requests import CALLBACK_DUE_SOON, Due, Satisfaction, due_state
from deskapp.domain.roles import Actor, Permission
from deskapp.services.directory import DirectoryService
from deskapp.services.requests import CallOutcome, RequestInfo, RequestService
from deskapp.ui import fmt
from deskapp.ui.banners import holds_of, show_holds
from deskapp.ui.forms import ERROR_STYLE, OK_STYLE, FieldErrors, load_form
from deskapp.ui.keys import SAVE_KEYS, shortcuts
from deskapp.ui.models.requests import CallbacksModel
from deskapp.ui.pages import ListPanel, Page, kinds

CALLBACK_OUTCOMES = {
    CallOutcome.REACHED: QT_TRANSLATE_NOOP("CallbacksPage", "Reached the owner"),
    CallOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("CallbacksPage", "No answer"),
    CallOutcome.WRONG_NUMBER: QT_TRANSLATE_NOOP("CallbacksPage", "Wrong number"),
}


class CallbacksPage(Page):
    """The callback queue and the callback form.

    Signals:
        due_changed(int, int, int): callbacks queued, of them due soon, of them overdue — counted on
            every change of requests, even while the page is hidden (the tab's title shows them).
    """

    start_field = "callbacksTable"

    due_changed = Signal(int, int, int)
    kinds = kinds("request", "unit_note")  # the queue; the holds of the picked request's unit

    def __init__(self, *, requests: RequestService, actor: Actor, directory: DirectoryService | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbacksPageHost")
        self._requests, self._actor, self._directory = requests, actor, directory
        self.started_at: datetime | None = None  # when the callback shown was picked: the call began
        self._picked: int | None = None
        self.b = b = load_form("callbacks_page.ui", self)
        self.callbacks_model = CallbacksModel(self)
        self.queue = ListPanel(b.callbacksTable, self.callbacks_model, key=lambda req: req.id,
                               audit=("request", lambda req: req.id))
        for outcome, label in CALLBACK_OUTCOMES.items():
            b.callbackOutcomeCombo.addItem(self.tr(label), outcome.value)
        fmt.fill_choices(b.satisfactionCombo, Satisfaction, fmt.satisfaction, first=self.tr("— choose —"))
        self.callback_errors = FieldErrors({"satisfaction": b.satisfactionCombo, "comment": b.callbackCommentEdit},
                                           b.callbackMessageLabel)
        b.saveCallbackButton.clicked.connect(self.save_callback)
        shortcuts(self, SAVE_KEYS, self.save_callback)
        self.queue.selected.connect(self._selected)
        self._selected(None)
        self.clock = QTimer(self)  # a callback falls due (and the tab's count changes) without any change
        self.clock.setInterval(60_000)
        self.clock.timeout.connect(lambda: self.on_changes(self.kinds))
        self.clock.start()
        super().on_changes(self.kinds)  # listed when first shown (the count is the tab's to ask for)

    # -- the change feed -----------------------------------------------------------------------

    def on_changes(self, changed: frozenset[str]) -> None:
        super().on_changes(changed)
        if changed & self.kinds and self.stale:  # hidden: the list waits until shown, the count does not
            with contextlib.suppress(DeskError):
                self._count(self._requests.callback_queue(self._actor))

    def reload(self) -> None:
        """The queue again, the callback picked kept with what was typed about it; the count with it."""
        try:
            queue = self._requests.callback_queue(self._actor)
        except DeskError:
            return  # what is shown stays until the database answers again
        self.callbacks_model.now = self._requests.now()
        self.queue.set_rows(queue)
        self._count(queue)

    def _count(self, queue: list[RequestInfo]) -> None:
        now = self._requests.now()
        dues = [due_state(r.callback_due_at, now, CALLBACK_DUE_SOON) for r in queue]
        self.due_changed.emit(len(queue), dues.count(Due.DUE_SOON), dues.count(Due.OVERDUE))

    # -- the callback form -----------------------------------------------------------------------

    def _selected(self, row: RequestInfo | None) -> None:
        show_holds(self.b.callbackHoldsLabel,
                   holds_of(self._directory, self._actor, row.unit_id if row is not None else None))
        enabled = row is not None and self._actor.can(Permission.REQUEST_EDIT)
        self.b.callbackGroup.setEnabled(enabled)
        self.b.saveCallbackButton.setEnabled(enabled)
        picked = row.id if row is not None else None
        if picked != self._picked:  # another request picked (not the same one listed again)
            self._picked = picked
            self.started_at = self._requests.now() if row is not None else None

    def save_callback(self) -> None:
        """Record the callback and its call: not answered stays queued; not satisfied reopens the request."""
        req = self.queue.current()
        if req is None or not self._actor.can(Permission.REQUEST_EDIT):
            return
        b = self.b
        self.callback_errors.clear()
        try:
            result = self._requests.call_back(
                self._actor, req.id, outcome=b.callbackOutcomeCombo.currentData(),
                satisfaction=b.satisfactionCombo.currentData(), comment=b.callbackCommentEdit.toPlainText(),
                started_at=self.started_at)
        except DeskError as exc:
            b.callbackMessageLabel.setStyleSheet(ERROR_STYLE)
            self.callback_errors.show(exc)
            return
        b.callbackCommentEdit.clear()
        b.satisfactionCombo.setCurrentIndex(0)
        b.callbackMessageLabel.setStyleSheet(OK_STYLE)
        b.callbackMessageLabel.setText(self.tr("{number}: {state}.").format(
            number=result.number, state=fmt.request_state(result.state)))
        self._picked = None  # an unanswered one stays queued: trying again later is another call
