"""Phone log tab 电话记录: three pages with one job each — incoming calls (F2 from anywhere), requests
and their life cycle, callbacks. The tab only holds them and keeps its title's callback count."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from deskapp.config import StationConfig
from deskapp.domain.roles import Actor, Permission
from deskapp.services.calls import CallService
from deskapp.services.cards import CardService
from deskapp.services.directory import DirectoryService
from deskapp.services.history import HistoryService
from deskapp.services.printouts import PrintService
from deskapp.services.requests import RequestService
from deskapp.services.site import SiteService
from deskapp.ui.pages import Page
from deskapp.ui.tabs.call_page import CallPage
from deskapp.ui.tabs.callbacks_page import CallbacksPage
from deskapp.ui.tabs.requests_page import RequestsPage


class PhoneTab(QWidget):
    """The call, requests and callbacks pages; ``pages`` are what main_window feeds changes to.

    Signals:
        title_changed(str): the tab's title, with the callbacks due.
    """

    title_changed = Signal(str)

    def __init__(self, *, calls: CallService, requests: RequestService, directory: DirectoryService,
                 site: SiteService, printing: PrintService, actor: Actor, config: StationConfig, config_path: Path,
                 history: HistoryService | None = None, cards: CardService | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneTab")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("phoneTabs")
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 4, 2, 0)  # the pages' own margins are enough
        column.addWidget(self.tabs)
        # A page the role has nothing to do on is not shown: taking calls (the call form), calling back.
        self.call_page: CallPage | None = None
        self.callbacks_page: CallbacksPage | None = None
        if actor.can(Permission.CALL_RECORD):
            self.call_page = CallPage(calls=calls, directory=directory, site=site, actor=actor, history=history,
                                      cards=cards)
        self.requests_page = RequestsPage(requests=requests, calls=calls, printing=printing, actor=actor,
                                          config=config, config_path=config_path, directory=directory)
        if actor.can(Permission.REQUEST_EDIT):
            callbacks = self.callbacks_page = CallbacksPage(requests=requests, actor=actor, directory=directory)
            callbacks.due_changed.connect(self._show_due)
            # The title's count once the window has connected title_changed (it does so after building the tab).
            QTimer.singleShot(0, self, lambda: callbacks.on_changes(callbacks.kinds))
        self.pages: list[Page] = [p for p in (self.call_page, self.requests_page, self.callbacks_page)
                                  if p is not None]
        for page in self.pages:
            self.tabs.addTab(page, page.windowTitle())

    def start_call(self) -> bool:
        """F2: a new incoming call on the call page, the cursor in the number field; False when this
        member does not take calls."""
        if self.call_page is None:
            return False
        self.tabs.setCurrentWidget(self.call_page)
        self.call_page.start_call()
        return True

    def _show_due(self, count: int, soon: int, overdue: int) -> None:
        title = QCoreApplication.translate("MainWindow", "Phone")
        if count:
            title += self.tr(" (callbacks {count}: due soon {soon}, overdue {overdue})").format(
                count=count, soon=soon, overdue=overdue)
        self.title_changed.emit(title)
