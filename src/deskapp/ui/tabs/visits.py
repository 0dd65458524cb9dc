"""Visitor reception tab 来访登记: residents' walk-ins, and guests in and out of the estate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from deskapp.config import StationConfig
from deskapp.domain.roles import Actor, Permission
from deskapp.services.cards import CardService
from deskapp.services.directory import DirectoryService
from deskapp.services.guests import GuestService
from deskapp.services.history import HistoryService
from deskapp.services.printouts import PrintService
from deskapp.services.visits import VisitService
from deskapp.ui.completion import RoomCompletion
from deskapp.ui.pages import Page
from deskapp.ui.tabs.guest_page import GuestPage
from deskapp.ui.tabs.visit_page import VisitPage


class VisitsTab(QWidget):
    """The residents' visits page and the guests page, as the member's role allows.

    Only a container: each page hears the change feed itself (``pages``, subscribed by the main
    window) and keeps its own lists up to date; the two share the room completion.
    """

    def __init__(self, *, visits: VisitService, guests: GuestService, directory: DirectoryService,
                 printing: PrintService, actor: Actor, config: StationConfig, config_path: Path,
                 history: HistoryService, cards: CardService | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("visitsTab")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("visitsTabs")
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 4, 2, 0)  # the pages' own margins are enough
        column.addWidget(self.tabs)
        self.rooms = RoomCompletion(directory=directory, actor=actor, parent=self)
        self.visit_page: VisitPage | None = None
        self.guest_page: GuestPage | None = None
        if actor.can(Permission.VISIT_VIEW):
            self.visit_page = VisitPage(visits=visits, directory=directory, history=history, rooms=self.rooms,
                                        actor=actor, cards=cards)
            self.tabs.addTab(self.visit_page, self.visit_page.windowTitle())
        if actor.can(Permission.GUEST_CHECK):
            self.guest_page = GuestPage(guests=guests, printing=printing, rooms=self.rooms, actor=actor,
                                        config=config, config_path=config_path, directory=directory)
            self.tabs.addTab(self.guest_page, self.guest_page.windowTitle())
        self.pages: list[Page] = [p for p in (self.visit_page, self.guest_page) if p is not None]
