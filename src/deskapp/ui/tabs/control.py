"""The control-room tab 监控中心: the alarm log, and the pages of the shift (the 2-hourly equipment
record, signing on, the daily check and the handover) as the member's role allows.

Only a container: each page hears the change feed itself (``pages``, subscribed by the main window).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from deskapp.config import StationConfig
from deskapp.domain.roles import Actor, Permission
from deskapp.services.control import ControlService
from deskapp.services.printouts import PrintService
from deskapp.ui.pages import Page
from deskapp.ui.tabs.alarm_page import AlarmPage


class ControlTab(QWidget):
    """The control room's pages; ``alarm_page`` is the first, where an alarm is logged."""

    def __init__(self, *, control: ControlService, printing: PrintService, actor: Actor, config: StationConfig,
                 config_path: Path, site_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("controlTab")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("controlTabs")
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 4, 2, 0)
        column.addWidget(self.tabs)
        self.alarm_page: AlarmPage | None = None
        if actor.can(Permission.CONTROL_VIEW):
            self.alarm_page = AlarmPage(control=control, printing=printing, actor=actor, config=config,
                                        config_path=config_path, site_name=site_name)
            self.tabs.addTab(self.alarm_page, self.alarm_page.windowTitle())
        self.pages: list[Page] = [p for p in (self.alarm_page,) if p is not None]
