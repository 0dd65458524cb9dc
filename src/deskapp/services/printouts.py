"""Printouts as a use case: check the right to print, gather the data, render the template."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from deskapp.domain.directory import NoteKind, ResidentRole
from deskapp.domain.identity import mask_phone
from deskapp.domain.phones import format_phone
from deskapp.domain.roles import Actor, Permission
from deskapp.printing.pages import DocumentKind, PageSize

__all__ = ["DocumentKind", "PrintService", "Printout"]
from deskapp.services.base import Database
from deskapp.services.directory import DirectoryService
from deskapp.services.guests import GuestService
from deskapp.services.passes import PassService
from deskapp.services.requests import RequestService
from deskapp.services.site import SiteService

ROLE_WORDS = {ResidentRole.OWNER: "业主", ResidentRole.TENANT: "租户", ResidentRole.FAMILY: "家属"}
NOTE_WORDS = {NoteKind.NOTE: "备注", NoteKind.ARREARS: "欠费", NoteKind.DISPUTE: "纠纷",
              NoteKind.SAFETY: "安全/特别关照", NoteKind.OTHER_HOLD: "其他"}


@dataclass(frozen=True)
class Printout:
    kind: str
    title: str
    pdf: bytes
    page: PageSize


def phone_text(actor: Actor, digits: str | None) -> str:
    """A phone number on a printout as ``actor`` may see it: whole and spaced for the desk, masked
    (``139****5678``) for a guard or the control room (the services give them masked numbers already)."""
    if not digits:
        return ""
    return format_phone(digits) if actor.can(Permission.PHONE_FULL) else mask_phone(digits)


def local(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


class PrintService:
    def __init__(self, *, db: Database, directory: DirectoryService, site: SiteService,
                 guests: GuestService, requests: RequestService, passes: PassService) -> None:
        self._db = db
        self._directory = directory
        self._site = site
        self._guests = guests
        self._requests = requests
        self._passes = passes

    def letterhead(self, actor: Actor):
        """The company, centre and who prints, for the top and bottom of every printout."""
        from deskapp.printing.common import Letterhead  # reportlab is loaded on the first print

        info = self._site.site()
        return Letterhead(info.company_name, info.centre_name, format_phone(info.centre_phone),
                          f"{actor.staff_no} {actor.name}", actor.station, local(self._db.clock.now()))

    def unit_card(self, actor: Actor, unit_id: int, page: PageSize = PageSize.A4) -> Printout:
        actor.require(Permission.PRINT)
        from deskapp.printing.unit_card import CardNote, CardResident, UnitCard, render_unit_card

        d = self._directory.unit_detail(actor, unit_id)
        residents = []
        for r in d.residents:
            status = ""
            if r.voided_at:
                status = f"作废：{r.void_reason or ''}"
            elif r.moved_out:
                status = f"已迁出 {r.moved_out.isoformat()}"
            residents.append(CardResident(r.name, ROLE_WORDS[r.role], tuple(phone_text(actor, p) for p in r.phones),
                                          r.moved_in, status, r.notes))
        notes = tuple(
            CardNote(NOTE_WORDS[n.kind], n.text, n.kind.is_hold,
                     " ".join(x for x in (f"{local(n.created_at):%Y-%m-%d}", n.created_by) if x))
            for n in d.notes if n.voided_at is None
        )
        card = UnitCard(d.room_no, d.building_name, d.floor, d.area_m2, tuple(residents), notes)
        pdf = render_unit_card(card, self.letterhead(actor), page)
        return Printout(DocumentKind.UNIT_CARD, f"住户信息卡 {d.room_no}", pdf, page)

    def visitor_slip(self, actor: Actor, guest_id: int, page: PageSize = PageSize.A5, *,
                     copy: bool = False) -> Printout:
        """The slip of a checked-in guest; printing it is part of checking the guest in."""
        actor.require(Permission.GUEST_CHECK)
        from deskapp.printing.visitor_slip import Slip, render_slip

        g = self._guests.get(actor, guest_id)
        slip = Slip(g.slip_no, self._site.site().name, g.name, mask_phone(g.phone), g.room_no, g.people, g.plate,
                    g.purpose, local(g.checked_in_at), local(g.valid_until))
        pdf = render_slip(slip, self.letterhead(actor), page, copy=copy)
        return Printout(DocumentKind.VISITOR_SLIP, f"访客单 {g.slip_no}", pdf, page)

    def roll_call(self, actor: Actor) -> Printout:
        """Everyone on site now, for an emergency roll call."""
        actor.require(Permission.GUEST_CHECK)
        from deskapp.printing.visitor_slip import RollCallLine, render_roll_call

        now = self._db.clock.now()
        lines = [RollCallLine(g.slip_no, g.name, phone_text(actor, g.phone), g.room_no, g.people,
                              g.plate, local(g.checked_in_at), int((now - g.checked_in_at).total_seconds() // 60))
                 for g in self._guests.on_site(actor)]
        return Printout(DocumentKind.ROLL_CALL, "在场访客名单", render_roll_call(lines, self.letterhead(actor)),
                        PageSize.A4)

    def work_order(self, actor: Actor, request_id: int, page: PageSize = PageSize.A5) -> Printout:
        """The slip for the person a request is dispatched to."""
        actor.require(Permission.PRINT)
        from deskapp.printing.work_order import WorkOrder, render_work_order

        r = self._requests.get(actor, request_id)
        paid = ""
        if r.paid_item:
            paid = f"{r.paid_item} ¥{(r.fee_cents or 0) / 100:.2f}" + (f"，{r.service_promise}" if r.service_promise else "")
        contact = " ".join(x for x in (r.contact_name, format_phone(r.contact_phone) if r.contact_phone else "") if x)
        order = WorkOrder(r.number, CATEGORY_WORDS.get(r.category.value, r.category.value),
                          DEPARTMENT_WORDS[r.department.value], r.assignee, r.room_no or r.location, contact,
                          r.description, local(r.registered_at), local(r.promised_at) if r.promised_at else None,
                          paid, local(r.booked_at) if r.booked_at else None)
        return Printout(DocumentKind.WORK_ORDER, f"派工单 {r.number}", render_work_order(order, self.letterhead(actor), page),
                        page)

    def move_pass(self, actor: Actor, pass_id: int, page: PageSize = PageSize.A4, *,
                  reprint: bool = False, record: bool = True) -> Printout:
        """The two-part pass (stub and red copy); a ``reprint`` is marked 补打 and recorded first (not when
        ``record`` is false: the same copy rendered again on another page size)."""
        actor.require(Permission.PASS_ISSUE)
        from deskapp.domain.consent import CONSENT_WORDS
        from deskapp.domain.identity import ID_TYPE_WORDS
        from deskapp.printing.move_pass import PassItemLine, PassSlip, render_move_pass

        p = self._passes.record_reprint(actor, pass_id) if reprint and record else self._passes.get(actor, pass_id)
        consent = ""
        if p.consent_method is not None:
            consent = " ".join(x for x in (f"业主{p.consent_owner}", CONSENT_WORDS[p.consent_method],
                                           f"{local(p.consent_at):%Y-%m-%d %H:%M}" if p.consent_at else "",
                                           f"经办 {p.consent_taken_by}" if p.consent_taken_by else "") if x)
        slip = PassSlip(p.number, self._site.site().name, p.room_no, p.applicant_name,
                        f"{ID_TYPE_WORDS[p.id_type]} {p.id_masked}", consent,
                        tuple(PassItemLine(i.name, i.quantity, i.unit) for i in p.items),
                        local(p.valid_from), local(p.valid_until), p.plate, p.movers, p.remarks, p.issued_by,
                        local(p.issued_at), p.reprints if reprint else 0)
        pdf = render_move_pass(slip, self.letterhead(actor), page)
        return Printout(DocumentKind.MOVE_PASS, f"大件物品放行条 {p.number}", pdf, page)

    def pass_reconciliation(self, actor: Actor, first_day: date, last_day: date) -> Printout:
        """The reconciliation of ``first_day``…``last_day`` (local): red copies not back, passes never collected."""
        actor.require(Permission.PASS_VIEW)
        actor.require(Permission.PRINT)
        from deskapp.printing.move_pass import (
            ReconciliationLine,
            render_reconciliation,
            window_text,
        )

        def line(p, collected: str) -> ReconciliationLine:
            return ReconciliationLine(p.number, p.room_no, p.applicant_name,
                                      window_text(local(p.valid_from), local(p.valid_until)), collected)

        missing = [line(p, " ".join(x for x in (f"{local(p.collected_at):%Y-%m-%d %H:%M}", p.collected_gate,
                                                  p.collected_by) if x) if p.collected_at else "")
                   for p in self._passes.red_copies_missing(actor, first_day, last_day)]
        never = [line(p, "") for p in self._passes.never_collected(actor, first_day, last_day)]
        pdf = render_reconciliation(first_day, last_day, missing, never, self.letterhead(actor))
        return Printout(DocumentKind.PASS_RECONCILIATION, "放行条核对表", pdf, PageSize.A4)


CATEGORY_WORDS = {"report": "报事", "repair": "报修", "complaint": "投诉", "suggestion": "建议", "inquiry": "咨询",
                  "other": "其他"}
DEPARTMENT_WORDS = {"engineering": "工程部", "security": "安防部", "cleaning": "保洁", "landscaping": "绿化",
                    "customer_service": "客服部"}
