"""The control-room tab 监控中心: the alarm log and the faults, the pages of the shift (the 2-hourly
equipment record, signing on, the daily check and the handover), the supervisors' false-alarm figures and
the admin's device list, as the member's role allows.

Only a container: each page hears the change feed itself (``pages``, subscribed by the main window).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from deskapp.config import StationConfig
from deskapp.domain.roles import Actor, Permission
from deskapp.services.control import ControlService
from deskapp.services.printouts import PrintService
from deskapp.services.shifts import ShiftService
from deskapp.ui.pages import Page
from deskapp.ui.tabs.alarm_page import AlarmPage
from deskapp.ui.tabs.control_stats_page import ControlStatsPage
from deskapp.ui.tabs.devices_page import DevicesPage
from deskapp.ui.tabs.duty_status import due_title
from deskapp.ui.tabs.equipment_page import EquipmentPage
from deskapp.ui.tabs.faults_page import FaultsPage
from deskapp.ui.tabs.shift_page import ShiftPage


class ControlTab(QWidget):
    """The control room's pages; ``alarm_page`` is the first, where an alarm is logged."""

    def __init__(self, *, control: ControlService, printing: PrintService, actor: Actor, config: StationConfig,
                 config_path: Path, site_name: str = "", shifts: ShiftService | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("controlTab")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("controlTabs")
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 4, 2, 0)
        column.addWidget(self.tabs)
        self.alarm_page: AlarmPage | None = None
        self.faults_page: FaultsPage | None = None
        if actor.can(Permission.CONTROL_VIEW):
            self.alarm_page = AlarmPage(control=control, printing=printing, actor=actor, config=config,
                                        config_path=config_path, site_name=site_name)
            self.tabs.addTab(self.alarm_page, self.alarm_page.windowTitle())
            self.faults_page = FaultsPage(control=control, printing=printing, actor=actor, config=config,
                                          config_path=config_path)
            self.tabs.addTab(self.faults_page, self.faults_page.windowTitle())
        # The shift's pages (#12): the 2-hourly equipment record, and signing on, the daily check and the
        # handover; their tab titles say when the record or the daily check is due or overdue.
        self.equipment_page: EquipmentPage | None = None
        self.shift_page: ShiftPage | None = None
        if shifts is not None and actor.can(Permission.SHIFT_DUTY):
            self.equipment_page = EquipmentPage(shifts=shifts, actor=actor)
            self.shift_page = ShiftPage(shifts=shifts, printing=printing, actor=actor, config=config,
                                        config_path=config_path)
            for page in (self.equipment_page, self.shift_page):
                title = page.windowTitle()
                self.tabs.addTab(page, due_title(title, page.level))
                page.due_changed.connect(  # the page's index when it changes: pages may be added before it
                    lambda level, p=page, t=title: self.tabs.setTabText(self.tabs.indexOf(p), due_title(t, level)))
        # The supervisors' figures and the admin's device list.
        self.stats_page: ControlStatsPage | None = None
        self.devices_page: DevicesPage | None = None
        if actor.can(Permission.CONTROL_STATS):
            self.stats_page = ControlStatsPage(control=control, actor=actor)
            self.tabs.addTab(self.stats_page, self.stats_page.windowTitle())
        if actor.can(Permission.DEVICE_MANAGE):
            self.devices_page = DevicesPage(control=control, actor=actor)
            self.tabs.addTab(self.devices_page, self.devices_page.windowTitle())
        self.pages: list[Page] = [p for p in (self.alarm_page, self.faults_page, self.equipment_page, self.shift_page,
                                              self.stats_page, self.devices_page) if p is not None]
