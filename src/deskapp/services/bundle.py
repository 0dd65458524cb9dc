"""The set of services the UI is given; built once in app.build()."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from deskapp.services.audit_view import AuditViewService
    from deskapp.services.auth import AuthService
    from deskapp.services.backup import BackupService
    from deskapp.services.base import Database
    from deskapp.services.board import BoardService
    from deskapp.services.calls import CallService
    from deskapp.services.card_printouts import CardPrintService
    from deskapp.services.cards import CardService
    from deskapp.services.control import ControlService
    from deskapp.services.directory import DirectoryService
    from deskapp.services.directory_export import DirectoryExportService
    from deskapp.services.directory_import import DirectoryImportService
    from deskapp.services.guests import GuestService
    from deskapp.services.history import HistoryService
    from deskapp.services.integrity import IntegrityService
    from deskapp.services.passes import PassService
    from deskapp.services.printouts import PrintService
    from deskapp.services.requests import RequestService
    from deskapp.services.search_all import SearchService
    from deskapp.services.shifts import ShiftService
    from deskapp.services.site import SiteService
    from deskapp.services.staff import StaffService
    from deskapp.services.statistics import StatisticsService
    from deskapp.services.visits import VisitService


@dataclass(frozen=True)
class AppServices:
    db: Database  # its ``changes`` feed tells the pages what changed; services own the transactions
    site: SiteService
    auth: AuthService
    staff: StaffService
    directory: DirectoryService
    directory_import: DirectoryImportService
    directory_export: DirectoryExportService
    printing: PrintService
    visits: VisitService
    guests: GuestService
    requests: RequestService
    calls: CallService
    history: HistoryService
    passes: PassService
    control: ControlService
    shifts: ShiftService  # the control room's shifts, equipment records, daily checks, handovers
    cards: CardService  # access cards (#13)
    card_printing: CardPrintService
    integrity: IntegrityService
    backups: BackupService  # its folder is this station's setting (see services/backup.py)
    audit_view: AuditViewService  # a record's history, for supervisors (#14)
    search: SearchService  # the one search box (Ctrl+K) over every kind above
    board: BoardService  # the supervisor's board 看板 (#14)
    statistics: StatisticsService  # the supervisors' statistics with charts (#14)
