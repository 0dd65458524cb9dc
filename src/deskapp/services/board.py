"""The supervisor's board 看板: today's figures and what is open or late, in one read.

Each figure is counted with the same condition as the list it opens (``expected_condition`` of the
passes, ``on_site_condition`` of the guests, the requests' ``past_response_condition`` …), so the
number on the board is the number of rows the list then shows. "Today" is this PC's local calendar
day, as everywhere at the desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from deskapp.db.models import (
    Call,
    CardApplication,
    ControlEvent,
    GuestVisit,
    MovePass,
    ServiceRequest,
    Visit,
)
from deskapp.domain.control import EventKind
from deskapp.domain.requests import RequestState
from deskapp.domain.roles import Actor, Permission
from deskapp.services.backup import BackupService, BackupStatus
from deskapp.services.base import Database
from deskapp.services.control import ControlService, OpenSummary
from deskapp.services.guests import on_site_condition
from deskapp.services.passes import (
    collected_condition,
    expected_condition,
    issued_condition,
    red_copy_missing_condition,
)
from deskapp.services.requests import callback_late_condition, past_response_condition
from deskapp.services.timeutil import day_range_utc, local_date


@dataclass(frozen=True)
class Today:
    """What happened today (local calendar day)."""

    visits: int
    calls: int
    requests_registered: int
    requests_completed: int
    passes_issued: int
    passes_collected: int
    cards_registered: int  # applications registered (办卡登记) today
    cards_handed_over: int  # cards collected by their holders today
    control_events: int  # everything the control room logged today
    fire_alarms: int  # of which fire alarms


@dataclass(frozen=True)
class Response:
    """The 5-minute response target over today's requests: taken up in time, late, still to come."""

    met: int
    missed: int  # taken up late, or still waiting past the target

    @property
    def decided(self) -> int:
        return self.met + self.missed

    @property
    def share_met(self) -> float | None:
        """0…1, or None while no request of today has reached its target time."""
        return self.met / self.decided if self.decided else None


@dataclass(frozen=True)
class Board:
    at: datetime  # naive UTC, when the figures were read
    day: date  # local
    today: Today
    control: OpenSummary  # open events and faults (the status bar's counts)
    # The backlogs below are counted up to CAP (shown "10,000+").
    callbacks_waiting: int  # completed requests waiting for their callback, late ones included
    callbacks_late: int
    past_response: int  # registered, not taken up within the response target
    response: Response
    passes_expected: int  # valid today, not collected: out at the gates
    red_copies_missing: int  # collected, red copy not back at the desk (all days)
    guests_on_site: int
    backup: BackupStatus | None  # None for a member who may not see the backups


class BoardService:
    """Reads the board's figures; each from the table's indexes, none by walking a log."""

    def __init__(self, *, db: Database, control: ControlService, backups: BackupService) -> None:
        self._db, self._control, self._backups = db, control, backups

    def board(self, actor: Actor) -> Board:
        actor.require(Permission.BOARD_VIEW)
        now = self._db.clock.now()
        day = local_date(now)
        start, end = day_range_utc(day, day)
        assert start is not None and end is not None
        with self._db.read() as s:
            today = self._today(s, start, end)
            callbacks_waiting = _count_upto(s, ServiceRequest, ServiceRequest.state == RequestState.COMPLETED.value)
            callbacks_late = _count_upto(s, ServiceRequest, callback_late_condition(now)) if callbacks_waiting else 0
            past_response = _count_upto(s, ServiceRequest, past_response_condition(now))
            response = self._response(s, start, end, now)
            passes_expected = _count_upto(s, MovePass, expected_condition(now))
            red_copies = _count_upto(s, MovePass, red_copy_missing_condition())
            guests = _count_upto(s, GuestVisit, on_site_condition())
        backup = self._backups.site_status() if actor.can(Permission.BACKUP_VIEW) else None
        return Board(now, day, today, self._control.open_summary(actor), callbacks_waiting, callbacks_late,
                     past_response, response, passes_expected, red_copies, guests, backup)

    @staticmethod
    def _today(s: Session, start: datetime, end: datetime) -> Today:
        def within(column) -> ColumnElement[bool]:
            return and_(column >= start, column < end)

        events = _count(s, ControlEvent, within(ControlEvent.received_at))
        return Today(
            visits=_count(s, Visit, within(Visit.visited_at), Visit.voided_at.is_(None)),
            calls=_count(s, Call, within(Call.started_at), Call.voided_at.is_(None)),
            requests_registered=_count(s, ServiceRequest, within(ServiceRequest.registered_at)),
            requests_completed=_count(s, ServiceRequest, within(ServiceRequest.completed_at)),
            passes_issued=_count(s, MovePass, issued_condition(start, end)),
            passes_collected=_count(s, MovePass, collected_condition(start, end)),
            cards_registered=_count(s, CardApplication, within(CardApplication.registered_at)),
            cards_handed_over=_count(s, CardApplication, within(CardApplication.collected_at)),
            control_events=events,
            fire_alarms=_count(s, ControlEvent, within(ControlEvent.received_at),
                               ControlEvent.kind == EventKind.FIRE.value) if events else 0,
        )

    @staticmethod
    def _response(s: Session, start: datetime, end: datetime, now: datetime) -> Response:
        """Today's requests by their response: taken up (dispatched, or done at once) by the target time,
        or not. Cancelled ones, and those whose target time is still ahead, are not counted."""
        r = ServiceRequest
        taken_up = func.coalesce(r.dispatched_at, r.completed_at)
        mine = and_(r.registered_at >= start, r.registered_at < end, r.cancelled_at.is_(None))
        met = _count(s, r, mine, taken_up.is_not(None), taken_up <= r.response_due_at)
        missed = _count(s, r, mine, or_(and_(taken_up.is_not(None), taken_up > r.response_due_at),
                                        and_(taken_up.is_(None), r.response_due_at <= now)))
        return Response(met, missed)


def _count(s: Session, model, *conditions) -> int:
    return s.scalar(select(func.count()).select_from(model).where(*conditions)) or 0


CAP = 10_000  # a backlog counted up to here (then shown "10,000+"): beyond, the exact number changes nothing


def _count_upto(s: Session, model, *conditions) -> int:
    """``_count``, but stopping at CAP: a neglected backlog (a year of red copies never handed back) must not
    make every station's board walk it on each change."""
    some = select(model.id).where(*conditions).limit(CAP).subquery()
    return s.scalar(select(func.count()).select_from(some)) or 0

