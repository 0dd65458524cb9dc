"""The control room's standing as every control-room station shows it: the banner above the shift's
pages (the shift on duty, the next equipment record, the daily check, in green, amber or red), each
page's own level for its tab title, and who may record for the shift."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor
from deskapp.domain.shifts import DailyDue, RecordDue
from deskapp.services.shifts import DutyStatus
from deskapp.ui import fmt
from deskapp.ui.forms import tr_error

TICK_MS = 30_000  # due and overdue change with the clock, not only with the data
BANNER_STYLES = {
    "ok": "background: #e8f5e9; color: #1b5e20; padding: 6px; font-weight: bold;",
    "due": "background: #fff4e5; color: #8a4b00; padding: 6px; font-weight: bold;",
    "overdue": "background: #fde7e9; color: #b00020; padding: 6px; font-weight: bold;",
}


def label(text: str) -> str:
    """A domain label (MODE_LABELS, RUN_LABELS, …, marked in the "shifts" context) in the UI's language."""
    return QCoreApplication.translate("shifts", text)


def hhmm(dt: datetime | None) -> str:
    value = fmt.local(dt)
    return value.strftime("%H:%M") if value else ""


def duty_banner(status: DutyStatus) -> tuple[str, str]:
    """The control room's standing in a line or two, and its level: ``ok``, ``due`` or ``overdue``."""
    translate = QCoreApplication.translate
    if status.shift is None:
        return translate("DutyStatus", "No shift is on duty: two operators sign on, each with their own "
                                       "password."), "overdue"
    lines = [translate("DutyStatus", "Shift {number} on duty since {start} (until {end}): {names}.").format(
        number=status.shift.id, start=hhmm(status.shift.started_at), end=hhmm(status.shift.planned_end_at),
        names=status.shift.names)]
    level = "ok"
    if status.overrun:
        lines.append(translate("DutyStatus", "The shift has lasted more than 8 hours: hand over now."))
        level = "overdue"
    due = hhmm(status.record.due_at)
    if status.record.status is RecordDue.OVERDUE:
        lines.append(translate("DutyStatus", "Equipment record OVERDUE since {time}: record it now.").format(time=due))
        level = "overdue"
    elif status.record.status is RecordDue.DUE:
        lines.append(translate("DutyStatus", "Equipment record due at {time}: record it now.").format(time=due))
        level = "due" if level == "ok" else level
    else:
        lines.append(translate("DutyStatus", "Next equipment record at {time}.").format(time=due))
    if status.daily is DailyDue.OVERDUE:
        lines.append(translate("DutyStatus", "Daily check OVERDUE: none in the last 24 hours (no handover "
                                             "without it)."))
        level = "overdue"
    elif status.daily is DailyDue.DUE:
        lines.append(translate("DutyStatus", "Daily check not yet done today."))
        level = "due" if level == "ok" else level
    else:
        assert status.last_check is not None
        lines.append(translate("DutyStatus", "Daily check done at {time}.").format(
            time=hhmm(status.last_check.checked_at)))
    return " ".join(lines), level


def show_banner(banner: QLabel, status: DutyStatus | None, error: DeskError | None = None) -> str:
    """Put the standing (or, when the database did not answer, why) on ``banner``; returns the level."""
    if status is None:
        banner.setText(tr_error(error) if error is not None else "")
        banner.setStyleSheet(BANNER_STYLES["overdue"])
        return "overdue"
    text, level = duty_banner(status)
    banner.setText(text)
    banner.setStyleSheet(BANNER_STYLES[level])
    return level


def on_the_shift(status: DutyStatus | None, actor: Actor) -> bool:
    """Whether ``actor`` signed on to the shift on duty (only they record for it)."""
    return status is not None and status.shift is not None and \
        actor.staff_id in {o.staff_id for o in status.shift.operators}


def record_level(status: DutyStatus | None) -> str:
    """The equipment record's own level, for its page's tab title: no shift (nobody can record) or the
    record overdue is ``overdue``, due soon ``due``."""
    if status is None or status.shift is None or status.record.status is RecordDue.OVERDUE:
        return "overdue"
    return "due" if status.record.status is RecordDue.DUE else "ok"


def shift_level(status: DutyStatus | None) -> str:
    """The shift page's own level: no shift on duty, the shift past 8 hours or the daily check overdue is
    ``overdue``; the daily check not yet done today ``due``."""
    if status is None or status.shift is None or status.overrun or status.daily is DailyDue.OVERDUE:
        return "overdue"
    return "due" if status.daily is DailyDue.DUE else "ok"


def due_title(title: str, level: str) -> str:
    """A page's tab title with the control room's level: "Equipment record (due)", "… (OVERDUE)"."""
    if level == "due":
        return QCoreApplication.translate("DutyStatus", "{title} (due)").format(title=title)
    if level == "overdue":
        return QCoreApplication.translate("DutyStatus", "{title} (OVERDUE)").format(title=title)
    return title


