"""Requests 报事报修 / work orders 工单 and their life cycle (manual 2.7.1.5: the "five haves" 五个有).

registered → dispatched → in progress → completed → called back → closed, or cancelled with a
reason before completion. An unsatisfied callback sends a completed request back to in progress.
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

from deskapp.domain.errors import QT_TRANSLATE_NOOP, InvalidTransition


class RequestState(enum.StrEnum):
    REGISTERED = "registered"  # 受理有登记
    DISPATCHED = "dispatched"  # 派工
    IN_PROGRESS = "in_progress"  # 处理中
    COMPLETED = "completed"  # 完成, awaiting the callback
    CALLED_BACK = "called_back"  # 已回访
    CLOSED = "closed"
    CANCELLED = "cancelled"

    @property
    def open(self) -> bool:
        return self not in (RequestState.CLOSED, RequestState.CANCELLED)


STATE_LABELS = {
    RequestState.REGISTERED: QT_TRANSLATE_NOOP("requests", "Registered"),
    RequestState.DISPATCHED: QT_TRANSLATE_NOOP("requests", "Dispatched"),
    RequestState.IN_PROGRESS: QT_TRANSLATE_NOOP("requests", "In progress"),
    RequestState.COMPLETED: QT_TRANSLATE_NOOP("requests", "Completed"),
    RequestState.CALLED_BACK: QT_TRANSLATE_NOOP("requests", "Called back"),
    RequestState.CLOSED: QT_TRANSLATE_NOOP("requests", "Closed"),
    RequestState.CANCELLED: QT_TRANSLATE_NOOP("requests", "Cancelled"),
}


class Step(enum.StrEnum):
    DISPATCH = "dispatch"
    START = "start"
    COMPLETE = "complete"
    CALL_BACK = "call_back"  # a callback the owner was satisfied with (or mostly)
    REOPEN = "reopen"  # a callback the owner was not satisfied with
    CLOSE = "close"
    CANCEL = "cancel"


S, T = RequestState, Step
TRANSITIONS: dict[tuple[RequestState, Step], RequestState] = {
    (S.REGISTERED, T.DISPATCH): S.DISPATCHED,
    (S.DISPATCHED, T.DISPATCH): S.DISPATCHED,  # handed to someone else
    (S.IN_PROGRESS, T.DISPATCH): S.DISPATCHED,
    (S.DISPATCHED, T.START): S.IN_PROGRESS,
    (S.IN_PROGRESS, T.COMPLETE): S.COMPLETED,
    (S.COMPLETED, T.CALL_BACK): S.CALLED_BACK,
    (S.COMPLETED, T.REOPEN): S.IN_PROGRESS,
    (S.CALLED_BACK, T.CLOSE): S.CLOSED,
    (S.REGISTERED, T.CANCEL): S.CANCELLED,
    (S.DISPATCHED, T.CANCEL): S.CANCELLED,
    (S.IN_PROGRESS, T.CANCEL): S.CANCELLED,
}

MSG_TRANSITION = QT_TRANSLATE_NOOP("errors", "A request that is “{state}” cannot be {step}.")
STEP_WORDS = {
    Step.DISPATCH: QT_TRANSLATE_NOOP("requests", "dispatched"),
    Step.START: QT_TRANSLATE_NOOP("requests", "started"),
    Step.COMPLETE: QT_TRANSLATE_NOOP("requests", "completed"),
    Step.CALL_BACK: QT_TRANSLATE_NOOP("requests", "called back"),
    Step.REOPEN: QT_TRANSLATE_NOOP("requests", "reopened"),
    Step.CLOSE: QT_TRANSLATE_NOOP("requests", "closed"),
    Step.CANCEL: QT_TRANSLATE_NOOP("requests", "cancelled"),
}


def next_state(state: RequestState, step: Step) -> RequestState:
    """The state after ``step``; InvalidTransition (with a message for the user) if not allowed."""
    try:
        return TRANSITIONS[(state, step)]
    except KeyError:
        raise InvalidTransition(MSG_TRANSITION, state=state.value, step=step.value) from None


def allowed_steps(state: RequestState) -> frozenset[Step]:
    """The steps a request in ``state`` may take: what the screens offer, read from TRANSITIONS."""
    return frozenset(step for (from_state, step) in TRANSITIONS if from_state is state)


class ComplaintCause(enum.StrEnum):
    """Where a complaint's cause lies (投诉原因), chosen when a supervisor closes it; counted month by month
    beside the class (what it was about) in the complaint analysis (manual 4.3.7)."""

    STAFF = "staff"  # 人员服务: what a member of staff did or said
    PROCEDURE = "procedure"  # 管理流程: a rule or procedure not followed, or missing
    FACILITY = "facility"  # 设施设备: equipment worn out or broken
    DEVELOPER = "developer"  # 开发遗留: built in before handover (the developer's)
    THIRD_PARTY = "third_party"  # 第三方: a contractor, a utility, the authorities
    RESIDENT = "resident"  # 业户自身: a misunderstanding, or the resident's own doing
    OTHER = "other"  # 其他


COMPLAINT_CAUSE_LABELS = {
    ComplaintCause.STAFF: QT_TRANSLATE_NOOP("requests", "Staff service"),
    ComplaintCause.PROCEDURE: QT_TRANSLATE_NOOP("requests", "Procedure or management"),
    ComplaintCause.FACILITY: QT_TRANSLATE_NOOP("requests", "Facilities and equipment"),
    ComplaintCause.DEVELOPER: QT_TRANSLATE_NOOP("requests", "Left by the developer"),
    ComplaintCause.THIRD_PARTY: QT_TRANSLATE_NOOP("requests", "Third party"),
    ComplaintCause.RESIDENT: QT_TRANSLATE_NOOP("requests", "The resident's own side"),
    ComplaintCause.OTHER: QT_TRANSLATE_NOOP("requests", "Other"),
}
COMPLAINT_CAUSE_CHINESE = {
    ComplaintCause.STAFF: "人员服务", ComplaintCause.PROCEDURE: "管理流程", ComplaintCause.FACILITY: "设施设备",
    ComplaintCause.DEVELOPER: "开发遗留", ComplaintCause.THIRD_PARTY: "第三方", ComplaintCause.RESIDENT: "业户自身",
    ComplaintCause.OTHER: "其他",
}


class Satisfaction(enum.StrEnum):
    SATISFIED = "satisfied"  # 满意
    MOSTLY = "mostly"  # 基本满意
    NOT_SATISFIED = "not_satisfied"  # 不满意


SATISFACTION_LABELS = {
    Satisfaction.SATISFIED: QT_TRANSLATE_NOOP("requests", "Satisfied"),
    Satisfaction.MOSTLY: QT_TRANSLATE_NOOP("requests", "Mostly satisfied"),
    Satisfaction.NOT_SATISFIED: QT_TRANSLATE_NOOP("requests", "Not satisfied"),
}


def callback_step(satisfaction: Satisfaction) -> Step:
    """A satisfied callback moves the request on; an unsatisfied one reopens it."""
    return Step.REOPEN if satisfaction is Satisfaction.NOT_SATISFIED else Step.CALL_BACK


class Department(enum.StrEnum):
    ENGINEERING = "engineering"  # 工程
    SECURITY = "security"  # 安防
    CLEANING = "cleaning"  # 保洁
    LANDSCAPING = "landscaping"  # 绿化
    CUSTOMER_SERVICE = "customer_service"  # 客服


DEPARTMENT_LABELS = {
    Department.ENGINEERING: QT_TRANSLATE_NOOP("requests", "Engineering"),
    Department.SECURITY: QT_TRANSLATE_NOOP("requests", "Security"),
    Department.CLEANING: QT_TRANSLATE_NOOP("requests", "Cleaning"),
    Department.LANDSCAPING: QT_TRANSLATE_NOOP("requests", "Landscaping"),
    Department.CUSTOMER_SERVICE: QT_TRANSLATE_NOOP("requests", "Customer service"),
}


class Priority(enum.StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"


RESPONSE_TARGET = timedelta(minutes=5)  # 5分钟响应: the default, a site setting
CALLBACK_WITHIN = timedelta(hours=24)  # 每单完成后需要在24小时内回访业户
CALLBACK_DUE_SOON = timedelta(hours=4)
PROGRESS_REPORT_EVERY = timedelta(days=3)  # 长时间才能解决的问题，需要定期向业户汇报进度 (a site setting)


class Due(enum.StrEnum):
    NONE = "none"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


def response_due(registered_at: datetime, target: timedelta = RESPONSE_TARGET) -> datetime:
    """When someone must have taken the request up (dispatched it)."""
    return registered_at + target


def callback_due(completed_at: datetime) -> datetime:
    return completed_at + CALLBACK_WITHIN


def due_state(due_at: datetime | None, now: datetime, soon: timedelta) -> Due:
    """Overdue once ``due_at`` has passed; due soon within ``soon`` of it."""
    if due_at is None:
        return Due.NONE
    if now >= due_at:
        return Due.OVERDUE
    return Due.DUE_SOON if due_at - now <= soon else Due.NONE


def progress_report_due(last_report_at: datetime, now: datetime, every: timedelta = PROGRESS_REPORT_EVERY) -> bool:
    """A long-running request prompts a progress report to the owner at this interval."""
    return now - last_report_at >= every


def request_number(request_id: int) -> str:
    """``R`` + the record id in 7 digits: unique on every station by construction."""
    return f"R{request_id:07d}"
