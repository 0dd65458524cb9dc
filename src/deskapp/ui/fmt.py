"""How times, phones and labels look on screen."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication

from deskapp.domain.directory import NOTE_KIND_LABELS, RESIDENT_ROLE_LABELS, NoteKind, ResidentRole
from deskapp.domain.identity import ID_TYPE_LABELS, IdType
from deskapp.domain.passes import STATE_LABELS as PASS_STATE_LABELS
from deskapp.domain.passes import VERDICT_LABELS, PassState, Verdict
from deskapp.domain.phones import format_phone
from deskapp.domain.requests import (
    COMPLAINT_CAUSE_LABELS,
    DEPARTMENT_LABELS,
    SATISFACTION_LABELS,
    STATE_LABELS,
    ComplaintCause,
    Department,
    RequestState,
    Satisfaction,
)
from deskapp.domain.roles import ROLE_LABELS, Role
from deskapp.domain.visits import OUTCOME_LABELS, PURPOSE_LABELS, Outcome, Purpose


def local(dt: datetime | None) -> datetime | None:
    return dt.replace(tzinfo=UTC).astimezone().replace(tzinfo=None) if dt else None


def when(dt: datetime | None) -> str:
    value = local(dt)
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def day(d: date | None) -> str:
    return d.isoformat() if d else ""


def phones(values) -> str:
    return "  ".join(format_phone(p) for p in values)


def resident_role(role: ResidentRole | None) -> str:
    return QCoreApplication.translate("directory", RESIDENT_ROLE_LABELS[role]) if role else ""


def note_kind(kind: NoteKind) -> str:
    return QCoreApplication.translate("directory", NOTE_KIND_LABELS[kind])


def staff_role(role: Role) -> str:
    return QCoreApplication.translate("roles", ROLE_LABELS[role])


def purpose(value: Purpose) -> str:
    return QCoreApplication.translate("visits", PURPOSE_LABELS[value])


def outcome(value: Outcome) -> str:
    return QCoreApplication.translate("visits", OUTCOME_LABELS[value])


def clock_time(dt: datetime | None) -> str:
    value = local(dt)
    return value.strftime("%H:%M") if value else ""


def request_state(value: RequestState) -> str:
    return QCoreApplication.translate("requests", STATE_LABELS[value])


def pass_state(value: PassState) -> str:
    return QCoreApplication.translate("passes", PASS_STATE_LABELS[value])


def verdict(value: Verdict) -> str:
    return QCoreApplication.translate("passes", VERDICT_LABELS[value])


def id_type(value: IdType) -> str:
    return QCoreApplication.translate("identity", ID_TYPE_LABELS[value])


def department(value: Department) -> str:
    return QCoreApplication.translate("requests", DEPARTMENT_LABELS[value])


def complaint_cause(value: ComplaintCause) -> str:
    return QCoreApplication.translate("requests", COMPLAINT_CAUSE_LABELS[value])


def satisfaction(value: Satisfaction | None) -> str:
    return QCoreApplication.translate("requests", SATISFACTION_LABELS[value]) if value else ""


def fill_choices(combo, values: Iterable, label: Callable, *, first: str | None = None) -> None:
    """A combo box of enum ``values`` shown in words (``label``), each item's data its value; ``first``
    (already translated: "— choose —", "All purposes") is an empty choice at the top."""
    if first is not None:
        combo.addItem(first, None)
    for value in values:
        combo.addItem(label(value), value.value)
