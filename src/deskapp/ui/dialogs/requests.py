"""Small dialogs of the request life cycle: a step with its text, closing a complaint."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import QT_TRANSLATE_NOOP, DeskError
from deskapp.domain.phones import format_phone
from deskapp.domain.requests import ComplaintCause, Department, Priority
from deskapp.domain.roles import Actor
from deskapp.services.calls import CallService, OutgoingPurpose
from deskapp.services.requests import (
    CATEGORIES,
    CallOutcome,
    RequestInfo,
    RequestService,
)
from deskapp.ui import fmt
from deskapp.ui.dialogs.base import FormDialog


class StepDialog(FormDialog):
    """Asks for the text of a step (who to dispatch to, what was done, a note) and runs ``action``."""

    FORM = "step_form.ui"

    def __init__(self, *, title: str, prompt: str, action: Callable[[str], object], field: str = "text",
                 parent=None) -> None:
        self._action, self._field = action, field
        super().__init__(parent)
        self.setWindowTitle(title)
        self.ui.promptLabel.setText(prompt)

    def fields(self) -> dict[str, QWidget]:
        return {self._field: self.ui.textEdit}

    def submit(self) -> None:
        self._action(self.ui.textEdit.toPlainText())


class DispatchDialog(FormDialog):
    """Whom the request goes to (the team, a name it was dispatched to lately or a staff member, or a
    name typed) and by when it is promised; both are printed on the work order. ``action(who, when)``
    dispatches (``when`` naive UTC, or None for no promise)."""

    FORM = "dispatch_form.ui"

    def __init__(self, *, requests: RequestService, actor: Actor, request: RequestInfo,
                 action: Callable[[str, datetime | None], object], parent=None) -> None:
        self._action = action
        super().__init__(parent)
        u = self.ui
        u.promptLabel.setText(f"{request.number}  {request.room_no or request.location}  "
                              f"{fmt.department(request.department)}\n{request.description}")
        try:
            names = requests.assignees(actor, department=request.department)
        except DeskError:
            names = []  # the names only help: one can still be typed
        u.assigneeCombo.addItems(list(dict.fromkeys([fmt.department(request.department), *names])))
        u.assigneeCombo.setCurrentIndex(-1)
        u.assigneeCombo.setCurrentText(request.assignee)
        completer = u.assigneeCombo.completer()
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        promised = request.promised_at or _next_half_hour(requests.now() + timedelta(hours=2))
        u.promisedEdit.setDateTime(QDateTime(promised.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)))
        u.promisedCheck.toggled.connect(u.promisedEdit.setEnabled)
        u.promisedCheck.setChecked(request.promised_at is not None)

    def fields(self) -> dict[str, QWidget]:
        return {"assignee": self.ui.assigneeCombo, "promised_at": self.ui.promisedEdit}

    def submit(self) -> None:
        u = self.ui
        self._action(u.assigneeCombo.currentText(), _when(u.promisedCheck, u.promisedEdit))


def _next_half_hour(t: datetime) -> datetime:
    """``t`` rounded up to the next full or half hour (a promise the desk can say aloud)."""
    t = t.replace(second=0, microsecond=0)
    return t + timedelta(minutes=(-t.minute) % 30)


class ComplaintCloseDialog(FormDialog):
    FORM = "complaint_close_form.ui"

    def __init__(self, *, classes: tuple[str, ...], action: Callable[[str, str, str, str], object],
                 parent=None) -> None:
        """``action(class, cause lies with, cause analysis, accountability)`` closes it."""
        self._action = action
        super().__init__(parent)
        self.ui.classCombo.addItem("—", "")
        for name in classes:
            self.ui.classCombo.addItem(name, name)
        fmt.fill_choices(self.ui.causeKindCombo, ComplaintCause, fmt.complaint_cause, first="—")

    def fields(self) -> dict[str, QWidget]:
        u = self.ui
        return {"complaint_class": u.classCombo, "complaint_cause": u.causeKindCombo, "cause_analysis": u.causeEdit,
                "accountability": u.accountabilityEdit}

    def submit(self) -> None:
        u = self.ui
        self._action(u.classCombo.currentData(), u.causeKindCombo.currentData() or "", u.causeEdit.toPlainText(),
                     u.accountabilityEdit.toPlainText())


def _when(check, edit) -> datetime | None:
    """The naive-UTC time of a ticked date-time field (typed in local time)."""
    if not check.isChecked():
        return None
    return edit.dateTime().toPython().astimezone(UTC).replace(tzinfo=None)


class NewRequestDialog(FormDialog):
    """A request registered directly (not from a call or a visit), with a paid service if there is one."""

    FORM = "request_form.ui"

    def __init__(self, *, requests: RequestService, actor: Actor, now: datetime, parent=None) -> None:
        self._requests, self._actor = requests, actor
        super().__init__(parent)
        u = self.ui
        fmt.fill_choices(u.categoryCombo, CATEGORIES, fmt.purpose, first=self.tr("— choose —"))
        fmt.fill_choices(u.departmentCombo, Department, fmt.department, first=self.tr("— choose —"))
        local_now = QDateTime(now.replace(tzinfo=UTC).astimezone().replace(tzinfo=None))
        for check, edit in ((u.promisedCheck, u.promisedEdit), (u.bookedCheck, u.bookedEdit)):
            edit.setDateTime(local_now.addSecs(4 * 3600))
            check.toggled.connect(edit.setEnabled)
        self.created: RequestInfo | None = None

    def fields(self) -> dict[str, QWidget]:
        u = self.ui
        return {"unit": u.unitEdit, "location": u.locationEdit, "contact_name": u.contactNameEdit,
                "contact_phone": u.contactPhoneEdit, "category": u.categoryCombo, "description": u.descriptionEdit,
                "department": u.departmentCombo, "promised_at": u.promisedEdit, "paid_item": u.paidItemEdit,
                "fee": u.feeEdit, "service_promise": u.promiseEdit, "booked_at": u.bookedEdit}

    def submit(self) -> None:
        u = self.ui
        self.created = self._requests.register(
            self._actor, unit=u.unitEdit.text(), location=u.locationEdit.text(), contact_name=u.contactNameEdit.text(),
            contact_phone=u.contactPhoneEdit.text(), category=u.categoryCombo.currentData(),
            description=u.descriptionEdit.toPlainText(), department=u.departmentCombo.currentData(),
            priority=Priority.URGENT if u.urgentCheck.isChecked() else Priority.NORMAL,
            promised_at=_when(u.promisedCheck, u.promisedEdit), paid_item=u.paidItemEdit.text(), fee=u.feeEdit.text(),
            service_promise=u.promiseEdit.text(), booked_at=_when(u.bookedCheck, u.bookedEdit))


OUTGOING_LABELS = {
    OutgoingPurpose.APPOINTMENT: QT_TRANSLATE_NOOP("OutgoingCallDialog", "Appointment (book the visit)"),
    OutgoingPurpose.FOLLOW_UP: QT_TRANSLATE_NOOP("OutgoingCallDialog", "Follow-up (progress to the owner)"),
}
RESULT_LABELS = {
    CallOutcome.REACHED: QT_TRANSLATE_NOOP("OutgoingCallDialog", "Reached the owner"),
    CallOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("OutgoingCallDialog", "No answer"),
    CallOutcome.WRONG_NUMBER: QT_TRANSLATE_NOOP("OutgoingCallDialog", "Wrong number"),
}


class OutgoingCallDialog(FormDialog):
    """An appointment or follow-up call about a request, logged with its result (callbacks have their page)."""

    FORM = "outgoing_call_form.ui"

    def __init__(self, *, calls: CallService, actor: Actor, request: RequestInfo, parent=None) -> None:
        self._calls, self._actor, self._request = calls, actor, request
        super().__init__(parent)
        self.started_at = calls.now()
        u = self.ui
        u.promptLabel.setText(f"{request.number}  {request.contact_name}  "
                              f"{format_phone(request.contact_phone) if request.contact_phone else ''}")
        for purpose, label in OUTGOING_LABELS.items():
            u.purposeCombo.addItem(self.tr(label), purpose.value)
        for result, label in RESULT_LABELS.items():
            u.outcomeCombo.addItem(self.tr(label), result.value)

    def fields(self) -> dict[str, QWidget]:
        return {"purpose": self.ui.purposeCombo, "note": self.ui.noteEdit}

    def submit(self) -> None:
        u = self.ui
        self._calls.record_outgoing(self._actor, self._request.id, started_at=self.started_at,
                                    purpose=u.purposeCombo.currentData(), outcome=u.outcomeCombo.currentData(),
                                    note=u.noteEdit.toPlainText())
