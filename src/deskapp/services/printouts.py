"""Printouts as a use case: check the right to print, gather the data, render the template."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from deskapp.domain.directory import NoteKind, ResidentRole
from deskapp.domain.phones import format_phone
from deskapp.domain.roles import Actor, Permission
from deskapp.printing.pages import PageSize
from deskapp.services.base import Database
from deskapp.services.directory import DirectoryService
from deskapp.services.site import SiteService

ROLE_WORDS = {ResidentRole.OWNER: "业主", ResidentRole.TENANT: "租户", ResidentRole.FAMILY: "家属"}
NOTE_WORDS = {NoteKind.NOTE: "备注", NoteKind.ARREARS: "欠费", NoteKind.DISPUTE: "纠纷",
              NoteKind.SAFETY: "安全/特别关照", NoteKind.OTHER_HOLD: "其他"}


class DocumentKind:
    """Kinds of printout; each station remembers a printer and page size per kind."""

    UNIT_CARD = "unit_card"


@dataclass(frozen=True)
class Printout:
    kind: str
    title: str
    pdf: bytes
    page: PageSize


def local(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


class PrintService:
    def __init__(self, *, db: Database, directory: DirectoryService, site: SiteService) -> None:
        self._db = db
        self._directory = directory
        self._site = site

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
            residents.append(CardResident(r.name, ROLE_WORDS[r.role], tuple(format_phone(p) for p in r.phones),
                                          r.moved_in, status, r.notes))
        notes = tuple(
            CardNote(NOTE_WORDS[n.kind], n.text, n.kind.is_hold, f"{local(n.created_at):%Y-%m-%d} {n.created_by}")
            for n in d.notes if n.voided_at is None
        )
        card = UnitCard(d.room_no, d.building_name, d.floor, d.area_m2, tuple(residents), notes)
        pdf = render_unit_card(card, self.letterhead(actor), page)
        return Printout(DocumentKind.UNIT_CARD, f"住户信息卡 {d.room_no}", pdf, page)
