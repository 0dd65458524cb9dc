"""Move-out passes tab 放行条: issuing at the desk, the gate check, and the desk's passes and lists."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from deskapp.config import StationConfig
from deskapp.domain.roles import Actor, Permission
from deskapp.services.cards import CardService
from deskapp.services.directory import DirectoryService
from deskapp.services.passes import PassService
from deskapp.services.printouts import PrintService
from deskapp.ui.completion import RoomCompletion
from deskapp.ui.pages import Page
from deskapp.ui.tabs.pass_gate_page import PassGatePage
from deskapp.ui.tabs.pass_issue_page import PassIssuePage
from deskapp.ui.tabs.pass_list_page import PassListPage


class PassesTab(QWidget):
    """The pages the member's role allows: issue (the desk), gate check (a guard, or the desk acting as
    one), and the passes list. Only a container: each page hears the change feed itself."""

    def __init__(self, *, passes: PassService, directory: DirectoryService, printing: PrintService, actor: Actor,
                 config: StationConfig, config_path: Path, cards: CardService | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("passesTab")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("passesTabs")
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 4, 2, 0)
        column.addWidget(self.tabs)
        self.issue_page: PassIssuePage | None = None
        self.gate_page: PassGatePage | None = None
        self.list_page: PassListPage | None = None
        if actor.can(Permission.PASS_ISSUE):
            self.rooms = RoomCompletion(directory=directory, actor=actor, parent=self)
            self.issue_page = PassIssuePage(passes=passes, directory=directory, printing=printing, rooms=self.rooms,
                                            actor=actor, config=config, config_path=config_path, cards=cards)
            self.tabs.addTab(self.issue_page, self.issue_page.windowTitle())
        if actor.can(Permission.PASS_CHECK):
            self.gate_page = PassGatePage(passes=passes, actor=actor, config=config)
            self.tabs.addTab(self.gate_page, self.gate_page.windowTitle())
        if actor.can(Permission.PASS_VIEW):
            self.list_page = PassListPage(passes=passes, printing=printing, actor=actor, config=config,
                                          config_path=config_path)
            self.tabs.addTab(self.list_page, self.list_page.windowTitle())
        self.pages: list[Page] = [p for p in (self.issue_page, self.gate_page, self.list_page) if p is not None]
