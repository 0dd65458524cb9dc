"""Access-card printouts as a use case: check the right to print, gather the data, render the template —
the receipt 办卡回执, the hand-over record with the signature, the door system's daily list."""

from __future__ import annotations

from datetime import date

from deskapp.domain.cards import (
    CARD_TYPE_WORDS,
    EVENT_WORDS,
    NOTIFY_WORDS,
    PAY_METHOD_WORDS,
    STEP_WORDS,
    Step,
    decode_signature,
    yuan,
)
from deskapp.domain.consent import CONSENT_WORDS
from deskapp.domain.errors import QT_TRANSLATE_NOOP, InvalidTransition
from deskapp.domain.identity import ID_TYPE_WORDS
from deskapp.domain.roles import Actor, Permission
from deskapp.printing.pages import DocumentKind, PageSize
from deskapp.services.base import Database
from deskapp.services.cards import ApplicationInfo, CardService
from deskapp.services.printouts import Printout, PrintService, local
from deskapp.services.site import SiteService

MSG_NOT_COLLECTED = QT_TRANSLATE_NOOP(
    "errors", "Application {number} has not been collected yet: there is no hand-over record to print.")


def _id_text(a: ApplicationInfo) -> str:
    return f"{ID_TYPE_WORDS[a.id_type]} {a.id_masked}" if a.id_type else ""


def _consent_text(a: ApplicationInfo) -> str:
    if a.consent_method is None:
        return ""
    return " ".join(x for x in (f"业主{a.consent_owner}", CONSENT_WORDS[a.consent_method],
                                f"{local(a.consent_at):%Y-%m-%d %H:%M}" if a.consent_at else "") if x)


def _paid_text(a: ApplicationInfo) -> str:
    if a.exempt_reason:
        return f"免费：{a.exempt_reason}"
    if a.pay_method is None:
        return yuan(a.fee_cents)
    return " ".join(x for x in (yuan(a.paid_cents), PAY_METHOD_WORDS[a.pay_method], a.pay_reference) if x)


class CardPrintService:
    """The access cards' printouts; each call renders one PDF for the print preview."""

    def __init__(self, *, db: Database, cards: CardService, printing: PrintService, site: SiteService) -> None:
        self._db = db
        self._cards = cards
        self._printing = printing
        self._site = site

    def receipt(self, actor: Actor, application_id: int, page: PageSize = PageSize.A5, *,
                reprint: bool = False) -> Printout:
        """The receipt 办卡回执 of a registered application (each print is counted; a reprint says 补打)."""
        actor.require(Permission.CARD_ISSUE)
        from deskapp.printing.access_card import CardReceipt, render_card_receipt

        a = self._cards.record_receipt_print(actor, application_id)
        registered = a.done(Step.REGISTER)
        assert registered is not None and a.pickup_at is not None
        site = self._site.site().name
        r = CardReceipt(a.number, site, a.room_no, a.applicant_name, _id_text(a), CARD_TYPE_WORDS[a.card_type],
                        yuan(a.fee_cents), local(a.pickup_at), _consent_text(a), a.remarks, registered.by,
                        local(registered.at), a.requirements, a.receipt_prints - 1 if reprint else 0)
        pdf = render_card_receipt(r, self._printing.letterhead(actor), page)
        return Printout(DocumentKind.CARD_RECEIPT, f"业户卡办卡回执 {a.number}", pdf, page)

    def handover(self, actor: Actor, application_id: int, page: PageSize = PageSize.A5) -> Printout:
        """The hand-over record of a collected card: every step with who, when and where, and the signature."""
        actor.require(Permission.CARD_VIEW)
        actor.require(Permission.PRINT)
        from deskapp.printing.access_card import Handover, StepLine, render_handover

        a = self._cards.application(actor, application_id)
        done = a.done(Step.COLLECT)
        if done is None:
            raise InvalidTransition(MSG_NOT_COLLECTED, number=a.number)
        details = {
            Step.REQUIREMENTS: "；".join(a.requirements) + (f"（超限：{a.limit_override}）" if a.limit_override else ""),
            Step.IDENTITY: " ".join(x for x in (a.applicant_name, _id_text(a), "业主" if a.applicant_is_owner else "")
                                    if x),
            Step.CONSENT: _consent_text(a),
            Step.REGISTER: f"费用 {yuan(a.fee_cents)} 约定取卡 {local(a.pickup_at):%Y-%m-%d %H:%M}"
            if a.pickup_at else "",
            Step.PAY: _paid_text(a),
            Step.AUTHORISE: f"卡号 {a.card_no}",
            Step.NOTIFY: " ".join(x for x in (NOTIFY_WORDS[a.notify_method] if a.notify_method else "", a.notify_note)
                                  if x),
            Step.COLLECT: "收回回执，屏幕签名",
        }
        steps = tuple(StepLine(STEP_WORDS[d.step], f"{local(d.at):%Y-%m-%d %H:%M} {d.by} {d.station}",
                               details[d.step]) for d in a.steps)
        h = Handover(a.number, self._site.site().name, a.room_no, a.applicant_name, _id_text(a), a.card_no,
                     CARD_TYPE_WORDS[a.card_type], a.valid_until, _paid_text(a), steps,
                     decode_signature(a.signature), local(done.at), done.by)
        pdf = render_handover(h, self._printing.letterhead(actor), page)
        return Printout(DocumentKind.CARD_HANDOVER, f"业户卡签收单 {a.number}", pdf, page)

    def door_list(self, actor: Actor, day: date | None = None) -> Printout:
        """The door system's list of ``day`` (today): cards to take off and cards to put on."""
        actor.require(Permission.CARD_VIEW)
        actor.require(Permission.PRINT)
        from deskapp.printing.access_card import DoorListLine, render_door_list

        listed = self._cards.door_list(actor, day)

        def line(x) -> DoorListLine:
            return DoorListLine(x.card_no, x.room_no, x.holder_name, EVENT_WORDS[x.event],
                                f"{local(x.at):%H:%M} {x.by}".strip(),
                                f"至 {x.valid_until:%Y-%m-%d}" if x.valid_until else "")

        pdf = render_door_list(listed.day, [line(x) for x in listed.deactivate], [line(x) for x in listed.authorised],
                               self._printing.letterhead(actor))
        return Printout(DocumentKind.CARD_DOOR_LIST, f"门禁授权变更单 {listed.day:%Y-%m-%d}", pdf, PageSize.A4)


__all__ = ["CardPrintService"]
