"""One search box (Ctrl+K): a typed text looked for in every kind of record the member may see.

Each kind is found by its own service's search or look-up (the same rules, indexes, phone masking and
permission checks as its page): this module only asks them, in the order the desk needs, and shapes the
answers as lines to show. A kind the member's role may not see is not searched at all.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from deskapp.domain.cards import fold_card_no
from deskapp.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.search import SEARCH_MAX, read_search
from deskapp.domain.text import excerpt, fold_width
from deskapp.services.cards import CardService
from deskapp.services.control import ControlService
from deskapp.services.directory import DirectoryService
from deskapp.services.guests import GuestQuery, GuestService
from deskapp.services.passes import PassQuery, PassService
from deskapp.services.requests import RequestService
from deskapp.services.timeutil import local_date, local_text
from deskapp.services.visits import VisitQuery, VisitService

LIMIT_PER_KIND = 8  # lines shown per kind; one more is asked for, to say that there are more
MSG_NOTHING_TYPED = QT_TRANSLATE_NOOP(
    "search", "Type a room, a name, a phone (or its last 4 digits), a plate, or a V…, P…, R…, K…, E… number.")
MSG_NOTHING_FOUND = QT_TRANSLATE_NOOP("search", "Nothing found for “{text}”.")
MSG_CUT = QT_TRANSLATE_NOOP("search", "Only the first {count} characters were searched for.")


class HitKind(enum.StrEnum):
    """What a line names, in the order the groups are shown; the UI opens each in its own tab."""

    UNIT = "unit"  # the directory: a unit and who lives there (rooms, names, residents' phones)
    PASS = "pass"  # a move-out pass P…
    REQUEST = "request"  # a service request R…
    GUEST = "guest"  # a guest's slip V…
    VISIT = "visit"  # a visit at the desk
    CARD = "card"  # an access card, by its number
    RECEIPT = "receipt"  # an access-card application, by its receipt's number K…
    EVENT = "event"  # a control-room event E…


KIND_LABELS = {
    HitKind.UNIT: QT_TRANSLATE_NOOP("search", "Residents"),
    HitKind.PASS: QT_TRANSLATE_NOOP("search", "Move-out passes"),
    HitKind.REQUEST: QT_TRANSLATE_NOOP("search", "Requests"),
    HitKind.GUEST: QT_TRANSLATE_NOOP("search", "Guests"),
    HitKind.VISIT: QT_TRANSLATE_NOOP("search", "Visits"),
    HitKind.CARD: QT_TRANSLATE_NOOP("search", "Access cards"),
    HitKind.RECEIPT: QT_TRANSLATE_NOOP("search", "Card applications"),
    HitKind.EVENT: QT_TRANSLATE_NOOP("search", "Control-room events"),
}


@dataclass(frozen=True)
class Hit:
    """One line of the results: ``kind`` and ``id`` say what to open (``unit_id``: the unit it belongs
    to, when it has one); ``title`` and ``detail`` are what the line shows (numbers, rooms, names,
    phones as the member may see them: no words to translate)."""

    kind: HitKind
    id: int
    title: str
    detail: str
    unit_id: int | None = None
    look_for: str = ""  # what the record's own page is searched for to list it (its number, its room)
    day: date | None = None  # its local day, for a page that lists a range of days


@dataclass(frozen=True)
class HitGroup:
    kind: HitKind
    hits: tuple[Hit, ...]
    more: bool  # the kind has more matches than are shown: its own page lists them all


@dataclass(frozen=True)
class SearchResult:
    text: str  # what was searched for (cut to the search box's length)
    groups: tuple[HitGroup, ...]
    message: str = ""  # a message id (context "search") with {text}/{count}, when there is something to say
    params: dict[str, str] | None = None

    @property
    def hits(self) -> tuple[Hit, ...]:
        return tuple(h for g in self.groups for h in g.hits)


def _join(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


class SearchService:
    """The one search box's searches, each through the service that owns the kind."""

    def __init__(self, *, directory: DirectoryService, visits: VisitService, guests: GuestService,
                 requests: RequestService, passes: PassService, cards: CardService, control: ControlService) -> None:
        self._directory, self._visits, self._guests = directory, visits, guests
        self._requests, self._passes, self._cards, self._control = requests, passes, cards, control

    def kinds(self, actor: Actor) -> tuple[HitKind, ...]:
        """The kinds the member's role may see, in the order they are shown."""
        allowed = {
            HitKind.UNIT: Permission.DIRECTORY_VIEW,
            HitKind.PASS: Permission.PASS_VIEW,
            HitKind.REQUEST: Permission.REQUEST_VIEW,
            HitKind.GUEST: Permission.GUEST_CHECK,
            HitKind.VISIT: Permission.VISIT_VIEW,
            HitKind.CARD: Permission.CARD_VIEW,
            HitKind.RECEIPT: Permission.CARD_VIEW,
            HitKind.EVENT: Permission.CONTROL_VIEW,
        }
        return tuple(k for k in HitKind if actor.can(allowed[k]))

    def find(self, actor: Actor, text: str, *, limit_per_kind: int = LIMIT_PER_KIND,
             kinds: tuple[HitKind, ...] | None = None) -> SearchResult:
        """Every kind the member may see that ``text`` matches, grouped by kind (empty groups left out)."""
        limit = max(1, min(int(limit_per_kind), 100))
        text = text or ""
        terms = read_search(text)
        if terms is None or not terms.text:
            return SearchResult("", (), MSG_NOTHING_TYPED)
        wanted = [k for k in self.kinds(actor) if kinds is None or k in kinds]
        finders: dict[HitKind, Callable[[Actor, str, int], list[Hit]]] = {
            HitKind.UNIT: self._units, HitKind.PASS: self._passes_found, HitKind.REQUEST: self._requests_found,
            HitKind.GUEST: self._guests_found, HitKind.VISIT: self._visits_found, HitKind.CARD: self._card,
            HitKind.RECEIPT: self._receipt, HitKind.EVENT: self._event,
        }
        groups = []
        for kind in wanted:
            hits = finders[kind](actor, terms.text, limit + 1)
            if hits:
                groups.append(HitGroup(kind, tuple(hits[:limit]), len(hits) > limit))
        shown = excerpt(terms.text)
        if not groups:
            return SearchResult(terms.text, (), MSG_NOTHING_FOUND, {"text": shown})
        if len(text.strip()) > SEARCH_MAX:
            return SearchResult(terms.text, tuple(groups), MSG_CUT, {"count": str(SEARCH_MAX)})
        return SearchResult(terms.text, tuple(groups))

    # -- one kind each ------------------------------------------------------------------------------

    def _units(self, actor: Actor, text: str, limit: int) -> list[Hit]:
        """The directory's rows (a resident with their unit, or an empty unit): one line each."""
        rows = self._directory.search(actor, text, limit=limit)
        return [Hit(HitKind.UNIT, r.unit_id, _join(r.room_no, r.name), _join(*r.phones),
                    unit_id=r.unit_id, look_for=r.room_no) for r in rows]

    def _passes_found(self, actor: Actor, text: str, limit: int) -> list[Hit]:
        found = self._passes.search(actor, PassQuery(text=text), limit=limit)
        return [Hit(HitKind.PASS, p.id, _join(p.number, p.room_no),
                    _join(p.applicant_name, p.applicant_phone, p.plate, local_text(p.valid_from)),
                    unit_id=p.unit_id, look_for=p.number, day=local_date(p.valid_from)) for p in found]

    # Requests and visits come from their services with the phone as stored (their pages are for roles
    # that see it); here any role may be looking, so it is shown as the member may see it.

    def _requests_found(self, actor: Actor, text: str, limit: int) -> list[Hit]:
        found = self._requests.search(actor, open_only=False, text_=text, limit=limit)
        return [Hit(HitKind.REQUEST, r.id, _join(r.number, r.room_no or r.location),
                    _join(r.contact_name, actor.phone(r.contact_phone), excerpt(r.description)), unit_id=r.unit_id,
                    look_for=r.number)
                for r in found]

    def _guests_found(self, actor: Actor, text: str, limit: int) -> list[Hit]:
        found = self._guests.search(actor, GuestQuery(text=text), limit=limit)
        return [Hit(HitKind.GUEST, g.id, _join(g.slip_no, g.room_no),
                    _join(g.name, g.phone, g.plate, local_text(g.checked_in_at)), unit_id=g.host_unit_id,
                    look_for=g.slip_no, day=local_date(g.checked_in_at))
                for g in found]

    def _visits_found(self, actor: Actor, text: str, limit: int) -> list[Hit]:
        found = self._visits.search(actor, VisitQuery(text=text), limit=limit)
        return [Hit(HitKind.VISIT, v.id, _join(v.room_no, v.visitor_name),
                    _join(local_text(v.visited_at), actor.phone(v.visitor_phone), excerpt(v.content)), unit_id=v.unit_id,
                    look_for=v.room_no, day=local_date(v.visited_at))
                for v in found]

    def _card(self, actor: Actor, text: str, limit: int) -> list[Hit]:
        """A card number typed or scanned: the card with it (live, else the newest that had it)."""
        if not any(ch.isdigit() for ch in fold_card_no(text)):
            return []  # a word is a name, not a card number: not looked up as one
        try:
            card = self._cards.lookup(actor, text)
        except (ValidationError, NotFound):
            return []
        return [Hit(HitKind.CARD, card.id, _join(card.card_no, card.room_no), card.holder_name,
                    unit_id=card.unit_id, look_for=card.card_no)]

    def _receipt(self, actor: Actor, text: str, limit: int) -> list[Hit]:
        try:
            app = self._cards.find_receipt(actor, text)
        except (ValidationError, NotFound):
            return []
        return [Hit(HitKind.RECEIPT, app.id, _join(app.number, app.room_no),
                    _join(app.applicant_name, app.applicant_phone, app.card_no), unit_id=app.unit_id,
                    look_for=app.number)]

    def _event(self, actor: Actor, text: str, limit: int) -> list[Hit]:
        """Only a number with its letter (E123): a bare number is a room, a phone or a request's number."""
        if not fold_width(text).strip().upper().startswith("E"):
            return []
        try:
            event = self._control.find_event(actor, text)
        except (ValidationError, NotFound):
            return []
        return [Hit(HitKind.EVENT, event.id, _join(event.label, event.location),
                    _join(local_text(event.received_at), excerpt(event.text)), look_for=event.label,
                    day=local_date(event.received_at))]


__all__ = ["KIND_LABELS", "Hit", "HitGroup", "HitKind", "SearchResult", "SearchService"]
