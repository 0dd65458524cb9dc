"""The main window: the tabs the logged-in role may use, the menus, the idle lock.

It is the one place that wires one tab's signals to another's slots.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp import __version__
from deskapp.config import StationConfig
from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor, Permission
from deskapp.services.bundle import AppServices
from deskapp.services.sample_printouts import sample_printout
from deskapp.services.search_all import Hit, HitKind
from deskapp.services.timeutil import local_date
from deskapp.ui import fmt
from deskapp.ui.dialogs.audit_history import AuditHistoryDialog
from deskapp.ui.dialogs.backup import BackupDialog, BackupJob
from deskapp.ui.dialogs.export import ListExportRun
from deskapp.ui.dialogs.global_search import GlobalSearchDialog
from deskapp.ui.dialogs.login import LoginPanel
from deskapp.ui.dialogs.settings import SiteDialog, StationDialog
from deskapp.ui.dialogs.staff import ChangePasswordDialog
from deskapp.ui.dialogs.verify_log import VerifyLogDialog
from deskapp.ui.forms import tr_error
from deskapp.ui.keys import page_keys, shortcuts
from deskapp.ui.live import DatabaseBanner, LiveRefresh
from deskapp.ui.pages import ChangeSignals, ListPanel, Page
from deskapp.ui.tabs.board import BoardPage
from deskapp.ui.tabs.board import Target as BoardTarget
from deskapp.ui.tabs.card_page import CardPage
from deskapp.ui.tabs.control import ControlTab
from deskapp.ui.tabs.directory import DirectoryTab
from deskapp.ui.tabs.passes import PassesTab
from deskapp.ui.tabs.phone import PhoneTab
from deskapp.ui.tabs.staff import StaffTab

if TYPE_CHECKING:
    from deskapp.ui.tabs.statistics import StatisticsPage
from deskapp.ui.tabs.visits import VisitsTab

log = logging.getLogger(__name__)

# A board tile's pass list → the list page's method that shows it.
PASS_LISTS = {BoardTarget.PASSES_EXPECTED: "show_expected", BoardTarget.RED_COPIES: "show_red_copies_missing",
              BoardTarget.PASSES_ISSUED: "show_issued_today", BoardTarget.PASSES_COLLECTED: "show_collected_today"}

class IdleWatcher(QObject):
    """Counts the time since the last key press or mouse action anywhere in the application.

    Signals:
        idle(): no input for ``minutes``.
    """

    idle = Signal()
    _INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}

    def __init__(self, minutes: int, parent=None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in self._INPUT:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)


class MainWindow(QMainWindow):
    """The tabs of the member logged in; ``did_log_out`` tells the app to show the login again.

    Signals:
        revoked(AccessRevoked): a write was refused because the member's account changed (queued to
            ``access_revoked``, after the widget that called the service has shown the message).
    """

    revoked = Signal(object)
    FIRST_BACKUP_CHECK_MS = 5 * 60_000  # not at the busy moment of logging in
    BACKUP_CHECK_MS = 30 * 60_000

    def __init__(self, *, services: AppServices, actor: Actor, config: StationConfig, config_path: Path,
                 database_label: str) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.services, self.config, self.config_path = services, config, config_path
        self.database_label = database_label
        self.actor = actor
        self.did_log_out = False
        self.site_name = services.site.site().name
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("mainStack")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.lock_panel = LoginPanel(auth=services.auth, station=config.station_name, site_name=self.site_name)
        self.lock_panel.setObjectName("lockPanel")
        self.lock_panel.logged_in.connect(self._unlocked)
        self.lock_panel.cancelled.connect(self.log_out)
        self.lock_page = QWidget()
        self.lock_page.setObjectName("lockPage")
        self.lock_panel.setMinimumWidth(380)
        self.lock_panel.setMaximumWidth(440)
        centre = QHBoxLayout(self.lock_page)
        centre.addStretch(1)
        centre.addWidget(self.lock_panel)
        centre.addStretch(1)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_page)
        # Other stations' changes arrive through the live refresh (PostgreSQL notifications, or the
        # SQLite file's change log); the banner above everything says when the server is unreachable.
        self.live = LiveRefresh(services.db, self)
        self.db_banner = DatabaseBanner()
        self.db_banner.attach(self.live)
        central = QWidget()
        central.setObjectName("centralWidget")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.db_banner)
        column.addWidget(self.stack)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.status.setObjectName("statusLabel")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # the station's name is typed by whoever set it up
        self.statusBar().addPermanentWidget(self.status)
        # The control room's open events, on every station (the front desk too): a count, red when a fire
        # alarm waits past its confirmation time or a real fire is open.
        self.open_events = QLabel()
        self.open_events.setObjectName("openEventsLabel")
        self.open_events.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.open_events)
        # A fire alarm becomes overdue with time, not with a change: the count looks again now and then.
        self.open_events_timer = QTimer(self)
        self.open_events_timer.setInterval(15_000)
        self.open_events_timer.timeout.connect(self.show_open_events)
        self.open_events_timer.start()
        # The daily backup while the desk is in use: looked at now and then, made on a worker thread when
        # none is from the last day (services/backup.py says where it goes, and why this station's folder).
        services.backups.folder = config.backup_dir(services.db.engine)
        services.backups.pg_bin = config.pg_bin or None
        services.backups.station = config.station_name
        self._backup_job: BackupJob | None = None
        self.backup_timer = QTimer(self)
        self.backup_timer.setObjectName("backupTimer")
        self.backup_timer.setInterval(self.FIRST_BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.daily_backup)
        self.backup_timer.start()
        self.idle = IdleWatcher(services.site.settings().idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self._build_menus()
        # The one switchboard for changes: every committed write, here or at another station, reaches
        # the pages that show its kinds of record; no tab refreshes another.
        self.change_signals = ChangeSignals(services.db.changes, self)
        self.change_signals.changed.connect(self.on_changes)
        self.revoked.connect(self.access_revoked, Qt.ConnectionType.QueuedConnection)
        self._stop_revoked = services.db.on_access_revoked(self.revoked.emit)
        self.live.start()  # before the pages load, so that no change falls between the two
        shortcuts(self, ["F2"], self.new_call, context=Qt.ShortcutContext.WindowShortcut)
        shortcuts(self, ["Ctrl+K"], self.global_search, context=Qt.ShortcutContext.WindowShortcut)
        page_keys(self, self.tabs)  # Ctrl+1… tabs, Alt+1… pages; the cursor to where a page's work starts
        self._set_actor(actor)
        # 1280×800 where the screen has room to spare; on a 1024×768 or 1280×800 desk PC the window is
        # maximised instead of running off the screen's edge with its title bar and status bar (the window
        # manager does not shrink a window asked to be larger).
        room = self.screen().availableGeometry() if self.screen() is not None else None
        self.small_screen = room is not None and (room.width() < 1280 + self.FRAME_ROOM
                                                  or room.height() < 800 + self.FRAME_ROOM)
        self.resize(min(1280, room.width()) if room else 1280, min(800, room.height()) if room else 800)

    FRAME_ROOM = 40  # the title bar and frame a window manager adds around the window

    # -- who is at the desk ---------------------------------------------------------------

    def _set_actor(self, actor: Actor) -> None:
        self.actor = actor
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        s = self.services
        self.directory_tab: DirectoryTab | None = None
        self.staff_tab: StaffTab | None = None
        self.visits_tab: VisitsTab | None = None
        self.phone_tab: PhoneTab | None = None
        self.passes_tab: PassesTab | None = None
        self.control_tab: ControlTab | None = None
        self.card_page: CardPage | None = None
        self.board_page: BoardPage | None = None
        self.statistics_page: StatisticsPage | None = None
        if actor.can(Permission.VISIT_VIEW) or actor.can(Permission.GUEST_CHECK):
            self.visits_tab = VisitsTab(
                visits=s.visits, guests=s.guests, directory=s.directory, printing=s.printing, actor=actor,
                config=self.config, config_path=self.config_path, history=s.history, cards=s.cards)
            self.tabs.addTab(self.visits_tab, self.tr("Visitors"))
        if actor.can(Permission.REQUEST_VIEW):
            self.phone_tab = PhoneTab(
                calls=s.calls, requests=s.requests, directory=s.directory, site=s.site, printing=s.printing,
                actor=actor, config=self.config, config_path=self.config_path, history=s.history, cards=s.cards)
            # Without the call page (a role that only looks at requests) the tab holds the requests.
            title = self.tr("Phone") if self.phone_tab.call_page is not None else self.tr("Requests")
            index = self.tabs.addTab(self.phone_tab, title)
            self.phone_tab.title_changed.connect(lambda title, i=index: self.tabs.setTabText(i, title))
        if actor.can(Permission.DIRECTORY_VIEW):
            self.directory_tab = DirectoryTab(
                directory=s.directory, importer=s.directory_import, exporter=s.directory_export,
                printing=s.printing, actor=actor, config=self.config, config_path=self.config_path, history=s.history,
                cards=s.cards)
            self.tabs.addTab(self.directory_tab, self.tr("Residents"))
        if actor.can(Permission.PASS_VIEW):
            self.passes_tab = PassesTab(passes=s.passes, directory=s.directory, printing=s.printing, actor=actor,
                                        config=self.config, config_path=self.config_path, cards=s.cards)
            self.tabs.addTab(self.passes_tab, self.tr("Move-out passes"))
        if actor.can(Permission.CONTROL_VIEW):
            self.control_tab = ControlTab(
                control=s.control, printing=s.printing, actor=actor, config=self.config,
                config_path=self.config_path, site_name=self.site_name, shifts=s.shifts)
            self.tabs.addTab(self.control_tab, self.tr("Control room"))
        if actor.can(Permission.CARD_VIEW):  # access cards 业户卡 (#13)
            self.card_page = CardPage(
                cards=s.cards, card_printing=s.card_printing, directory=s.directory, site=s.site, rooms=None,
                actor=actor, config=self.config, config_path=self.config_path)
            self.tabs.addTab(self.card_page, self.tr("Cards"))
        if actor.can(Permission.BOARD_VIEW):  # the supervisor's board 看板 (#14): after the desk's own tabs (their Ctrl+digits stay)
            self.board_page = BoardPage(board=s.board, actor=actor)
            self.board_page.open_list.connect(self.open_board_list)
            self.tabs.addTab(self.board_page, self.tr("Board"))
        if actor.can(Permission.STATS_VIEW):  # statistics with charts 统计 (#14); QtCharts loads only for them
            from deskapp.ui.tabs.statistics import StatisticsPage

            self.statistics_page = StatisticsPage(statistics=s.statistics, actor=actor, config=self.config,
                                                  config_path=self.config_path)
            self.tabs.addTab(self.statistics_page, self.tr("Statistics"))
        if actor.can(Permission.STAFF_MANAGE):
            self.staff_tab = StaffTab(staff_service=s.staff, actor=actor)
            self.tabs.addTab(self.staff_tab, self.tr("Staff"))
        if actor.can(Permission.AUDIT_VIEW):  # every list that says which record a row is: "History…"
            for i in range(self.tabs.count()):
                for panel in self.tabs.widget(i).findChildren(ListPanel):
                    panel.offer_history(self.show_history)
        if actor.can(Permission.LIST_EXPORT):  # every list: "Export to Excel…" (#14)
            for i in range(self.tabs.count()):
                for panel in self.tabs.widget(i).findChildren(ListPanel):
                    panel.offer_export(self.export_list)
        self._open_profile_tab()
        roles = "、".join(fmt.staff_role(r) for r in sorted(actor.roles))
        self.status.setText(self.tr("{staff_no} {name} ({roles}) · station {station} · {database}").format(
            staff_no=actor.staff_no, name=actor.name, roles=roles, station=self.config.station_name,
            database=self.database_label))
        self.setWindowTitle(self.tr("{site} — deskapp").format(site=self.site_name))
        self.site_action.setVisible(actor.can(Permission.SITE_SETTINGS))
        self.verify_log_action.setVisible(actor.can(Permission.AUDIT_VERIFY))
        self.backup_action.setVisible(actor.can(Permission.BACKUP_VIEW))
        self.stack.setCurrentWidget(self.tabs)
        self.show_open_events()

    def pages(self) -> list[Page]:
        """Every page of every tab the logged-in member has."""
        found: list[Page] = []
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if isinstance(tab, Page):
                found.append(tab)
            found.extend(getattr(tab, "pages", ()))
        return found

    def on_changes(self, kinds: frozenset[str]) -> None:
        """Records of these kinds changed (here or at another station): the pages showing them reload."""
        for page in self.pages():
            page.on_changes(kinds)
        if "settings" in kinds:
            self.idle.set_minutes(self.services.site.settings().idle_lock_minutes)
        if kinds & {"control_event", "control_fault"}:
            self.show_open_events()

    def show_open_events(self) -> None:
        """The control room's open events and faults in the status bar, on every station."""
        if self.locked:
            return
        try:
            s = self.services.control.open_summary(self.actor)
        except DeskError:
            return  # the database banner says why; the count stays as it was
        text = self.tr("Control room: {events} open event(s), {faults} open fault(s)").format(
            events=s.open_events, faults=s.open_faults)
        alert = bool(s.real_fires_open or s.confirm_overdue)
        if s.real_fires_open:
            text += " · " + self.tr("REAL FIRE")
        elif s.fire_alarms_open:
            text += " · " + self.tr("{count} fire alarm(s) being confirmed").format(count=s.fire_alarms_open)
        self.open_events.setText(text)
        self.open_events.setProperty("alert", alert)
        self.open_events.setStyleSheet("color: white; background: #b00020; font-weight: bold;" if alert
                                       else "color: #b00020;" if s.open_events else "")

    def new_call(self) -> None:
        """F2 anywhere: a new incoming call on the phone tab; a member who does not take calls is told so
        in the status bar (the key does not just do nothing)."""
        if self.locked:
            return
        if self.phone_tab is not None and self.phone_tab.call_page is not None:
            self.tabs.setCurrentWidget(self.phone_tab)
            self.phone_tab.start_call()
            return
        self.statusBar().showMessage(self.tr("F2 starts a call at the front desk; your role does not take calls."),
                                     8000)

    def global_search(self) -> GlobalSearchDialog | None:
        """Ctrl+K anywhere: the one search box; the record chosen opens in its tab."""
        if self.locked:
            return None
        dialog = GlobalSearchDialog(search=self.services.search, actor=self.actor, parent=self)
        dialog.chosen.connect(self.open_hit)
        dialog.open()  # modal; returns at once, so that the key's handler is not left waiting
        return dialog

    def open_hit(self, hit: Hit) -> bool:
        """Switch to the tab and page of the record ``hit`` names and show it there; False (and a line in
        the status bar) when this member has no page for it."""

        def front(tab: QWidget, page: QWidget) -> bool:
            """The tab, and the page inside it, to the front."""
            self.tabs.setCurrentWidget(tab)
            tab.tabs.setCurrentWidget(page)  # type: ignore[attr-defined]
            return True

        k = hit.kind
        v, p, c, ps = self.visits_tab, self.phone_tab, self.control_tab, self.passes_tab
        if k is HitKind.UNIT and self.directory_tab is not None:
            self.tabs.setCurrentWidget(self.directory_tab)
            self.directory_tab.show_found(hit.id, hit.look_for)
        elif k is HitKind.PASS and ps is not None and ps.list_page is not None and front(ps, ps.list_page):
            ps.list_page.show_found(hit.id, hit.look_for, hit.day)
        elif k is HitKind.REQUEST and p is not None and front(p, p.requests_page):
            p.requests_page.show_found(hit.id, hit.look_for)
        elif k is HitKind.GUEST and v is not None and v.guest_page is not None and front(v, v.guest_page):
            v.guest_page.show_found(hit.id, hit.look_for, hit.day)
        elif k is HitKind.VISIT and v is not None and v.visit_page is not None and front(v, v.visit_page):
            v.visit_page.show_found(hit.id, hit.look_for, hit.day)
        elif k is HitKind.CARD and self.card_page is not None:
            self.tabs.setCurrentWidget(self.card_page)
            self.card_page.show_card_number(hit.look_for)
        elif k is HitKind.RECEIPT and self.card_page is not None:
            self.tabs.setCurrentWidget(self.card_page)
            self.card_page.show_receipt(hit.id)
        elif k is HitKind.EVENT and c is not None and c.alarm_page is not None and front(c, c.alarm_page):
            c.alarm_page.show_event(hit.id)
        else:
            self.statusBar().showMessage(self.tr("Your role has no page for this record."), 8000)
            return False
        return True

    def _open_profile_tab(self) -> None:
        """What is in front is where the member's work starts: at the front desk the visit form; at the
        gate, or for a role that checks guests but records no visits (a guard), the guests page; for a
        role that records neither, the requests; on a control-room station, or for a control operator,
        the alarm log; on a supervisor's station, or for a member with nothing else, the board; else the
        first tab."""
        if self.board_page is not None and self.config.profile == "supervisor":
            self.tabs.setCurrentWidget(self.board_page)
            return
        c = self.control_tab
        if c is not None and c.alarm_page is not None and (
                self.config.profile == "control_room" or (self.actor.can(Permission.CONTROL_LOG)
                                                         and not self.actor.can(Permission.VISIT_RECORD))):
            self.tabs.setCurrentWidget(c)
            c.tabs.setCurrentWidget(c.alarm_page)
            return
        v = self.visits_tab
        records_visits = v is not None and v.visit_page is not None and self.actor.can(Permission.VISIT_RECORD)
        checks_guests = v is not None and v.guest_page is not None
        profile = self.config.profile
        if v is not None and v.guest_page is not None and (profile == "gate" or not records_visits):
            self.tabs.setCurrentWidget(v)
            v.tabs.setCurrentWidget(v.guest_page)
        elif v is not None and v.visit_page is not None and records_visits and profile in ("front_desk", "gate"):
            self.tabs.setCurrentWidget(v)
            v.tabs.setCurrentWidget(v.visit_page)
        elif self.phone_tab is not None and not records_visits and not checks_guests:
            self.tabs.setCurrentWidget(self.phone_tab)
            self.phone_tab.tabs.setCurrentWidget(self.phone_tab.requests_page)
        else:
            self.tabs.setCurrentIndex(0)

    def open_board_list(self, target: str) -> bool:
        """A board tile was chosen: the list behind its figure, in its tab; False (and a line in the status
        bar) when this member has no such list."""
        v, p, c, ps = self.visits_tab, self.phone_tab, self.control_tab, self.passes_tab

        def front(tab: QWidget | None, page: QWidget | None) -> bool:
            if tab is None or page is None:
                return False
            self.tabs.setCurrentWidget(tab)
            tab.tabs.setCurrentWidget(page)  # type: ignore[attr-defined]
            return True

        t = BoardTarget(target)
        opened = False
        if t is BoardTarget.ALARMS:
            opened = c is not None and front(c, c.alarm_page)
        elif t is BoardTarget.FAULTS:
            opened = c is not None and front(c, c.faults_page)
        elif t is BoardTarget.CALLBACKS:
            opened = p is not None and front(p, p.callbacks_page)
        elif t is BoardTarget.REQUESTS and p is not None and front(p, p.requests_page):
            p.requests_page.show_open()
            opened = True
        elif t in (BoardTarget.REQUESTS_REGISTERED, BoardTarget.REQUESTS_COMPLETED) and p is not None \
                and front(p, p.requests_page):
            today = local_date(self.services.db.clock.now())
            p.requests_page.show_days(registered=t is BoardTarget.REQUESTS_REGISTERED, first=today, last=today)
            opened = True
        elif t in PASS_LISTS and ps is not None and ps.list_page is not None and front(ps, ps.list_page):
            getattr(ps.list_page, PASS_LISTS[t])()
            opened = True
        elif t is BoardTarget.GUESTS and v is not None and front(v, v.guest_page):
            opened = True
        elif t is BoardTarget.VISITS and v is not None and front(v, v.visit_page):
            assert v.visit_page is not None
            v.visit_page.show_today()
            opened = True
        elif t is BoardTarget.CALLS and p is not None and front(p, p.call_page):
            opened = True
        elif t is BoardTarget.CARDS and self.card_page is not None:
            self.tabs.setCurrentWidget(self.card_page)
            opened = True
        elif t is BoardTarget.BACKUP and self.actor.can(Permission.BACKUP_VIEW):
            self.backup_and_restore()
            opened = True
        if not opened:
            self.statusBar().showMessage(self.tr("Your role has no page for this list."), 8000)
        return opened

    def lock(self) -> None:
        """Hide everything behind the password prompt; the same or another member unlocks."""
        if self.locked:
            return
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.lock_panel.prepare(
            staff_no=self.actor.staff_no,
            prompt=self.tr("Locked after {minutes} idle minutes. {name}, enter your password, or another staff "
                      "member logs in.").format(minutes=self.services.site.settings().idle_lock_minutes,
                                                name=self.actor.name),
            cancel_text=self.tr("Log out"))
        self.stack.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(False)
        self.idle.timer.stop()

    def access_revoked(self, error) -> None:
        """The member was deactivated, lost a role or had the password reset since logging in: back to
        the login, saying why (nothing was saved). Logging in again brings the tabs of the new roles."""
        if error.staff_id != self.actor.staff_id:
            return
        self.lock()
        self.lock_panel.prepare(staff_no=self.actor.staff_no, prompt=tr_error(error), cancel_text=self.tr("Log out"))

    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_page

    def _unlocked(self, actor: Actor) -> None:
        self.menuBar().setEnabled(True)
        if actor != self.actor:  # another member, or the same one whose roles or password changed
            self._set_actor(actor)
        else:
            self.stack.setCurrentWidget(self.tabs)
        self.idle.set_minutes(self.services.site.settings().idle_lock_minutes)
        self.ask_password_change_if_needed()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.backup_timer.stop()
        if self._backup_job is not None:  # a backup half-way is let finish (the copy is consistent only whole)
            self._backup_job.wait()
        for run in self.findChildren(ListExportRun):  # an export half-way is stopped (nothing is left)
            run.stop()
        self._stop_revoked()
        self.live.stop()
        self.change_signals.close()
        super().closeEvent(event)

    def log_out(self) -> None:
        self.did_log_out = True
        self.idle.stop()
        self.close()

    def ask_password_change_if_needed(self) -> None:
        if self.services.auth.must_change_password(self.actor):
            dialog = ChangePasswordDialog(
                auth=self.services.auth, actor=self.actor, parent=self,
                prompt=self.tr("Your password was set by an administrator. Choose your own now."))
            dialog.exec()

    # -- menus ----------------------------------------------------------------------------

    def _action(self, menu, name: str, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.verify_log_action = self._action(file_menu, "verifyLogAction", self.tr("&Verify the record…"),
                                              self.verify_log)
        file_menu.addSeparator()
        self._action(file_menu, "quitAction", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        settings = bar.addMenu(self.tr("&Settings"))
        self._action(settings, "stationAction", self.tr("&Station settings…"), self.station_settings)
        self.site_action = self._action(settings, "siteAction", self.tr("S&ite settings…"), self.site_settings)
        self.backup_action = self._action(settings, "backupAction", self.tr("&Backup and restore…"),
                                          self.backup_and_restore)
        account = bar.addMenu(self.tr("&Account"))
        self._action(account, "changePasswordAction", self.tr("&Change password…"), self.change_password)
        self._action(account, "lockAction", self.tr("&Lock"), self.lock, "Ctrl+L")
        self._action(account, "logOutAction", self.tr("Log &out"), self.log_out)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, "aboutAction", self.tr("&About deskapp"), self.about)

    def station_settings(self) -> None:
        dialog = StationDialog(config=self.config, path=self.config_path, parent=self,
                               sample=lambda kind, page: sample_printout(self.services.printing, self.actor, kind, page))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.language_changed:
            QMessageBox.information(self, dialog.windowTitle(),
                                    self.tr("The new language is used from the next start of deskapp."))

    def site_settings(self) -> None:
        dialog = SiteDialog(site=self.services.site, actor=self.actor, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.site_name = self.services.site.site().name
            self.idle.set_minutes(self.services.site.settings().idle_lock_minutes)
            self._set_actor(self.actor)

    def verify_log(self) -> None:
        """The supervisor's check that the audit trail and every record are as the app wrote them."""
        VerifyLogDialog(integrity=self.services.integrity, actor=self.actor, parent=self).exec()

    # -- backups ----------------------------------------------------------------------------

    def automatic_backups(self) -> bool:
        """A SQLite file is backed up by whichever station has it open; a PostgreSQL server only by a
        station an administrator has given a backup folder (not every station need dump the server)."""
        return self.services.backups.kind == "sqlite" or bool(self.config.backup_folder)

    def daily_backup(self) -> None:
        """The timer's slot: a backup on a worker thread when the last good one is a day old."""
        self.backup_timer.setInterval(self.BACKUP_CHECK_MS)
        if self._backup_job is not None or not self.automatic_backups():
            return
        backups = self.services.backups  # the work holds the service, never the window
        job = BackupJob(lambda: backups.back_up() if backups.backup_due() else None, self)
        self._backup_job = job
        job.succeeded.connect(self._backup_made)
        job.failed.connect(self._backup_failed)
        job.start()

    def _backup_ended(self) -> None:
        job = self._backup_job
        if job is not None:
            job.wait()
            job.deleteLater()
        self._backup_job = None

    def _backup_made(self, info: object) -> None:
        self._backup_ended()
        if info is not None and self.actor.can(Permission.BACKUP_VIEW):
            self.statusBar().showMessage(self.tr("Daily backup made."), 10_000)

    def _backup_failed(self, exc: object) -> None:
        """An automatic backup that failed is recorded (the admin is told at login, the board shows it)."""
        self._backup_ended()
        if not isinstance(exc, DeskError):
            log.error("the daily backup failed", exc_info=exc if isinstance(exc, BaseException) else None)
        if self.actor.can(Permission.BACKUP_VIEW):
            self.statusBar().showMessage(self.tr("The daily backup failed: {reason}").format(
                reason=tr_error(exc) if isinstance(exc, DeskError) else exc))

    def warn_if_backup_due(self) -> None:
        """At login, an administrator hears of a failed backup, or none in the last 26 hours."""
        if not self.actor.can(Permission.BACKUP_RESTORE):
            return
        status = self.services.backups.site_status()
        if status.due:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Backup"), self.tr(
                "{status}\n\nBackup folder: {folder}\nSettings → Backup and restore… makes one now and sets the "
                "folder.").format(status=status.message(lambda m: QCoreApplication.translate("messages", m)),
                                  folder=status.folder), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("backupDueBox")
            box.exec()

    def _release_database(self) -> None:
        """Before a restore: this window lets go of the database (its own connections would refuse it)."""
        self.backup_timer.stop()
        self.open_events_timer.stop()
        self.live.stop()

    def _resume_database(self) -> None:
        self.live.start()
        self.open_events_timer.start()
        self.backup_timer.start()

    def backup_and_restore(self) -> None:
        if self._backup_job is not None:
            self._backup_job.wait()  # the daily backup ends first: one backup at a time
            self._backup_ended()
        dialog = BackupDialog(backups=self.services.backups, actor=self.actor, config=self.config,
                              config_path=self.config_path, release=self._release_database,
                              resume=self._resume_database, parent=self)
        dialog.restored.connect(self._restored)
        dialog.exec()

    def _restored(self, _safety: object) -> None:
        """The database was replaced under this window: it closes, and the app with it."""
        self.did_log_out = False
        self.idle.stop()
        QTimer.singleShot(0, self.close)

    def show_history(self, parent: QWidget, table: str, record_id: int | str) -> None:
        """A record's full history from the audit trail (a supervisor's "History…" on a list)."""
        AuditHistoryDialog(audit=self.services.audit_view, actor=self.actor, table=table, record_id=record_id,
                           parent=parent).exec()

    def export_list(self, panel: ListPanel) -> ListExportRun | None:
        """A list, all the rows of its filter, to an .xlsx file on a worker thread (a supervisor's Ctrl+E)."""
        run = ListExportRun(panel, who=f"{self.actor.staff_no} {self.actor.name}",
                            now_utc=self.services.db.clock.now(), parent=self)
        if run.start():
            return run
        run.deleteLater()
        return None

    def change_password(self) -> None:
        ChangePasswordDialog(auth=self.services.auth, actor=self.actor, parent=self).exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About deskapp"), self.tr(
            "deskapp {version}\nFront desk and control room of a residential property-service centre.\n"
            "Database: {database}").format(version=__version__, database=self.database_label))
