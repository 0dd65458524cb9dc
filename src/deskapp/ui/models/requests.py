"""Models of the phone tab: calls, requests with their progress notes, the callback queue."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from deskapp.domain.errors import QT_TRANSLATE_NOOP
from deskapp.domain.phones import format_phone
from deskapp.domain.requests import CALLBACK_DUE_SOON, PROGRESS_REPORT_EVERY, Due, due_state
from deskapp.services.calls import CallInfo
from deskapp.services.requests import NoteInfo, RequestInfo
from deskapp.ui import fmt
from deskapp.ui.models.table import Column, PagedRowsModel, RowsModel

CALL_OUTCOMES = {
    "answered": QT_TRANSLATE_NOOP("models", "Answered"),
    "request": QT_TRANSLATE_NOOP("models", "Request created"),
    "reached": QT_TRANSLATE_NOOP("models", "Reached"),
    "no_answer": QT_TRANSLATE_NOOP("models", "No answer"),
    "wrong_number": QT_TRANSLATE_NOOP("models", "Wrong number"),
}


# Why the desk called the owner (an outgoing call's purpose).
CALL_PURPOSES = {
    "appointment": QT_TRANSLATE_NOOP("models", "Appointment"),
    "follow_up": QT_TRANSLATE_NOOP("models", "Follow-up"),
    "callback": QT_TRANSLATE_NOOP("models", "Callback"),
}
CALL_DIRECTIONS = {
    "incoming": QT_TRANSLATE_NOOP("models", "Incoming"),
    "outgoing": QT_TRANSLATE_NOOP("models", "Outgoing"),
}


def call_outcome(outcome: str) -> str:
    return QCoreApplication.translate("models", CALL_OUTCOMES.get(outcome, outcome))


def call_purpose(purpose: str | None) -> str:
    """An outgoing call's purpose on screen (callback, appointment, follow-up)."""
    return QCoreApplication.translate("models", CALL_PURPOSES[purpose]) if purpose in CALL_PURPOSES else ""


def _outcome(call: CallInfo) -> str:
    text = call_outcome(call.outcome)
    return f"{text} {call.request_number}" if call.request_number else text


def _purpose(call: CallInfo) -> str:
    if call.outgoing:
        return call_purpose(call.purpose)
    return fmt.purpose(call.category) if call.category else ""


class CallsModel(PagedRowsModel[CallInfo]):
    """Calls in and out: an outgoing one (a callback, an appointment) says so and why."""

    stretch_column = "Content"
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Time"), lambda c: fmt.clock_time(c.started_at),
               value=lambda c: c.started_at),
        Column(QT_TRANSLATE_NOOP("models", "Direction"),
               lambda c: QCoreApplication.translate("models", CALL_DIRECTIONS.get(c.direction, c.direction))),
        Column(QT_TRANSLATE_NOOP("models", "Phone"), lambda c: format_phone(c.phone) if c.phone else ""),
        Column(QT_TRANSLATE_NOOP("models", "Unit"), lambda c: c.room_no),
        Column(QT_TRANSLATE_NOOP("models", "Who"), lambda c: c.caller_name),
        Column(QT_TRANSLATE_NOOP("models", "Purpose"), _purpose),
        Column(QT_TRANSLATE_NOOP("models", "Outcome"), _outcome),
        Column(QT_TRANSLATE_NOOP("models", "Content"), lambda c: c.content.replace("\n", " ")),
    )


_LATE = (QT_TRANSLATE_NOOP("models", "{days} d {hours} h overdue"),
         QT_TRANSLATE_NOOP("models", "{hours} h {minutes} min overdue"),
         QT_TRANSLATE_NOOP("models", "{minutes} min overdue"))
_LEFT = (QT_TRANSLATE_NOOP("models", "due in {days} d {hours} h"),
         QT_TRANSLATE_NOOP("models", "due in {hours} h {minutes} min"),
         QT_TRANSLATE_NOOP("models", "due in {minutes} min"))


def deadline_words(due: datetime | None, now: datetime | None) -> str:
    """How late (「超时 2 小时 15 分」) or how long is left, in words; nothing without a deadline."""
    if due is None or now is None:
        return ""
    minutes = int(abs((now - due).total_seconds()) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    texts = _LATE if now >= due else _LEFT
    text = texts[0] if days else texts[1] if hours else texts[2]
    return QCoreApplication.translate("models", text).format(days=days, hours=hours, minutes=minutes)


def _with_cells(model, cells, rows, **by_title):
    """The rows' cells with the columns named in ``by_title`` (title=function(model, row)) filled in:
    those depend on the time now, not on the row alone."""
    titles = [c.title for c in model.columns]
    fill = {titles.index(title): f for title, f in by_title.items()}
    return [tuple(fill[i](model, r) if i in fill else text for i, text in enumerate(c))
            for c, r in zip(cells, rows, strict=True)]


def _state(model: RequestsModel, r: RequestInfo) -> str:
    text = fmt.request_state(r.state)
    if model.now is not None and r.report_due(model.now, model.every):
        text += QCoreApplication.translate("models", " · report due")
    return text


class RequestsModel(PagedRowsModel[RequestInfo]):
    """Requests; an overdue one (response, promise or callback late) or one owing the owner a progress
    report is highlighted."""

    stretch_column = "Content"
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "No."), lambda r: r.number),
        Column(QT_TRANSLATE_NOOP("models", "Registered"), lambda r: fmt.when(r.registered_at),
               value=lambda r: r.registered_at),
        Column(QT_TRANSLATE_NOOP("models", "Unit"), lambda r: r.room_no or r.location),
        Column(QT_TRANSLATE_NOOP("models", "Purpose"), lambda r: fmt.purpose(r.category)),
        Column(QT_TRANSLATE_NOOP("models", "Department"), lambda r: fmt.department(r.department)),
        Column(QT_TRANSLATE_NOOP("models", "State"), lambda r: fmt.request_state(r.state)),
        Column(QT_TRANSLATE_NOOP("models", "Deadline"), lambda r: ""),  # filled in with the time now
        Column(QT_TRANSLATE_NOOP("models", "Dispatched to"), lambda r: r.assignee),
        Column(QT_TRANSLATE_NOOP("models", "Content"), lambda r: r.description.replace("\n", " ")),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.now: datetime | None = None
        self.every = PROGRESS_REPORT_EVERY

    def _format(self, rows):
        return _with_cells(self, super()._format(rows), rows, State=_state,
                           Deadline=lambda m, r: deadline_words(r.deadline(), m.now))

    def is_warning(self, row: RequestInfo) -> bool:
        return self.now is not None and (row.overdue(self.now) or row.report_due(self.now, self.every))

    def is_dimmed(self, row: RequestInfo) -> bool:
        return not row.state.open


NOTE_STEPS = {
    "register": QT_TRANSLATE_NOOP("steps", "Registered"),
    "dispatch": QT_TRANSLATE_NOOP("steps", "Dispatched"),
    "start": QT_TRANSLATE_NOOP("steps", "Started"),
    "complete": QT_TRANSLATE_NOOP("steps", "Completed"),
    "call_back": QT_TRANSLATE_NOOP("steps", "Called back"),
    "reopen": QT_TRANSLATE_NOOP("steps", "Reopened"),
    "close": QT_TRANSLATE_NOOP("steps", "Closed"),
    "cancel": QT_TRANSLATE_NOOP("steps", "Cancelled"),
    "no_answer": QT_TRANSLATE_NOOP("steps", "Callback: no answer"),
    "wrong_number": QT_TRANSLATE_NOOP("steps", "Callback: wrong number"),
    "note": QT_TRANSLATE_NOOP("steps", "Note"),
    "report": QT_TRANSLATE_NOOP("steps", "Reported to owner"),
}


def _step(n: NoteInfo) -> str:
    key = n.step or n.kind
    return QCoreApplication.translate("steps", NOTE_STEPS[key]) if key in NOTE_STEPS else key


class NotesModel(RowsModel[NoteInfo]):
    stretch_column = "Text"
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Time"), lambda n: fmt.when(n.at),
               value=lambda n: n.at),
        Column(QT_TRANSLATE_NOOP("models", "By"), lambda n: n.staff),
        Column(QT_TRANSLATE_NOOP("models", "Step"), _step),
        Column(QT_TRANSLATE_NOOP("models", "Text"), lambda n: n.text.replace("\n", " ")),
    )


class CallbacksModel(RowsModel[RequestInfo]):
    """The callback queue: due soon and overdue highlighted."""

    stretch_column = "Content"
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Due"), lambda r: fmt.when(r.callback_due_at),
               value=lambda r: r.callback_due_at),
        Column(QT_TRANSLATE_NOOP("models", "Deadline"), lambda r: ""),  # filled in with the time now
        Column(QT_TRANSLATE_NOOP("models", "No."), lambda r: r.number),
        Column(QT_TRANSLATE_NOOP("models", "Unit"), lambda r: r.room_no or r.location),
        Column(QT_TRANSLATE_NOOP("models", "Contact"), lambda r: " ".join(
            x for x in (r.contact_name, format_phone(r.contact_phone) if r.contact_phone else "") if x)),
        Column(QT_TRANSLATE_NOOP("models", "Content"), lambda r: r.description.replace("\n", " ")),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.now: datetime | None = None

    def _format(self, rows):
        return _with_cells(self, super()._format(rows), rows,
                           Deadline=lambda m, r: deadline_words(r.callback_due_at, m.now))

    def due(self, row: RequestInfo) -> Due:
        return due_state(row.callback_due_at, self.now, CALLBACK_DUE_SOON) if self.now else Due.NONE

    def is_warning(self, row: RequestInfo) -> bool:
        return self.due(row) is not Due.NONE
