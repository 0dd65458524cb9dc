"""A unit's history 房屋历史: its latest visits, calls, requests and move-out passes together, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from deskapp.domain.errors import QT_TRANSLATE_NOOP
from deskapp.domain.passes import PassState
from deskapp.domain.requests import RequestState
from deskapp.domain.roles import Actor, Permission
from deskapp.services.calls import CallService
from deskapp.services.passes import PassQuery, PassService
from deskapp.services.requests import RequestService
from deskapp.services.visits import VisitService

KIND_LABELS = {
    "visit": QT_TRANSLATE_NOOP("history", "Visit"),
    "call": QT_TRANSLATE_NOOP("history", "Call"),  # an incoming call 来电
    "outgoing_call": QT_TRANSLATE_NOOP("history", "Outgoing call"),  # to the owner 去电: callback, appointment …
    "request": QT_TRANSLATE_NOOP("history", "Request"),
    "pass": QT_TRANSLATE_NOOP("history", "Move-out pass"),  # 大件物品放行条
}


@dataclass(frozen=True)
class HistoryItem:
    at: datetime
    kind: str  # visit / call (incoming) / outgoing_call / request
    who: str
    text: str
    reference: str = ""  # the request's number (of a request, or of the request a call became)
    state: RequestState | None = None  # a request's
    voided: bool = False  # a visit voided with a reason
    purpose: str | None = None  # an outgoing call's: appointment, follow_up, callback
    outcome: str = ""  # a call's: answered, request; reached, no_answer, wrong_number
    pass_state: PassState | None = None  # a move-out pass's


class HistoryService:
    def __init__(self, *, visits: VisitService, calls: CallService, requests: RequestService,
                 passes: PassService) -> None:
        self._visits, self._calls, self._requests, self._passes = visits, calls, requests, passes

    def unit_history(self, actor: Actor, unit_id: int, *, limit: int = 12) -> list[HistoryItem]:
        """What the unit's people brought to the desk lately, whatever the way, as far as ``actor`` may see."""
        items: list[HistoryItem] = []
        if actor.can(Permission.VISIT_VIEW):
            items += [HistoryItem(v.visited_at, "visit", v.visitor_name, v.content, voided=v.voided_at is not None)
                      for v in self._visits.unit_history(actor, unit_id, limit=limit)]
        if actor.can(Permission.REQUEST_VIEW):
            items += [HistoryItem(c.started_at, "outgoing_call" if c.outgoing else "call", c.caller_name, c.content,
                                  c.request_number or "", purpose=c.purpose, outcome=c.outcome)
                      for c in self._calls.for_unit(actor, unit_id, limit=limit)]
            items += [HistoryItem(r.registered_at, "request", r.contact_name, r.description, r.number, r.state)
                      for r in self._requests.for_unit(actor, unit_id, limit=limit)]
        if actor.can(Permission.PASS_VIEW):
            items += [HistoryItem(p.issued_at, "pass", p.applicant_name,
                                  "、".join(f"{i.name} {i.quantity}{i.unit}" for i in p.items), p.number,
                                  voided=p.voided_at is not None, pass_state=p.state)
                      for p in self._passes.search(actor, PassQuery(unit_id=unit_id), limit=limit)]
        items.sort(key=lambda x: x.at, reverse=True)
        return items[:limit]
