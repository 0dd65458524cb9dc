"""The supervisor's board 看板: what is open and late first, then today's figures and the last backup.

Every figure is a tile: click it, or Tab to it and press Enter or Space, and the list behind it opens in
its tab (``open_list`` names the list; the main window knows the tabs). The figures follow the change
feed like every page, and are read again each minute besides: a callback or a request's response target
becomes late with time, not with a change, and at midnight "today" starts again.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from deskapp.domain.errors import QT_TRANSLATE_NOOP, DeskError
from deskapp.domain.roles import Actor, Permission
from deskapp.services.board import CAP, Board, BoardService
from deskapp.ui import fmt
from deskapp.ui.forms import load_form, tr_error
from deskapp.ui.keys import shortcuts
from deskapp.ui.pages import Page, kinds


class Target(enum.StrEnum):
    """The list a tile opens."""

    ALARMS = "alarms"  # the control room's event log
    FAULTS = "faults"
    CALLBACKS = "callbacks"  # the callback queue 回访
    REQUESTS = "requests"  # the open requests, the late ones first
    REQUESTS_REGISTERED = "requests_registered"  # the requests registered today
    REQUESTS_COMPLETED = "requests_completed"  # the requests completed today
    PASSES_EXPECTED = "passes_expected"  # "Expected today"
    RED_COPIES = "red_copies"  # "Red copy not back", all days
    PASSES_ISSUED = "passes_issued"  # the passes issued today
    PASSES_COLLECTED = "passes_collected"  # the passes collected today
    GUESTS = "guests"  # guests on site
    VISITS = "visits"  # today's visits
    CALLS = "calls"  # today's calls
    CARDS = "cards"
    BACKUP = "backup"  # the backup dialog


class Tone(enum.StrEnum):
    PLAIN = "plain"
    GOOD = "good"
    WARN = "warn"  # something waits
    ALERT = "alert"  # something is late, or a fire


# (key, caption, target): the order on the board. Captions are translated in this module's context.
ATTENTION = (
    ("open_events", QT_TRANSLATE_NOOP("BoardPage", "Open control-room events"), Target.ALARMS),
    ("open_faults", QT_TRANSLATE_NOOP("BoardPage", "Open faults"), Target.FAULTS),
    ("past_response", QT_TRANSLATE_NOOP("BoardPage", "Requests past the response target"), Target.REQUESTS),
    ("response_share", QT_TRANSLATE_NOOP("BoardPage", "Today's requests taken up in time"), Target.REQUESTS),
    ("callbacks_late", QT_TRANSLATE_NOOP("BoardPage", "Callbacks overdue"), Target.CALLBACKS),
    ("callbacks_waiting", QT_TRANSLATE_NOOP("BoardPage", "Callbacks due"), Target.CALLBACKS),
    ("passes_expected", QT_TRANSLATE_NOOP("BoardPage", "Passes out today, not yet collected"), Target.PASSES_EXPECTED),
    ("red_copies", QT_TRANSLATE_NOOP("BoardPage", "Red copies not returned"), Target.RED_COPIES),
    ("guests", QT_TRANSLATE_NOOP("BoardPage", "Guests on site"), Target.GUESTS),
)
TODAY = (
    ("visits", QT_TRANSLATE_NOOP("BoardPage", "Visits"), Target.VISITS),
    ("calls", QT_TRANSLATE_NOOP("BoardPage", "Calls"), Target.CALLS),
    ("requests_registered", QT_TRANSLATE_NOOP("BoardPage", "Requests registered"), Target.REQUESTS_REGISTERED),
    ("requests_completed", QT_TRANSLATE_NOOP("BoardPage", "Requests completed"), Target.REQUESTS_COMPLETED),
    ("passes_issued", QT_TRANSLATE_NOOP("BoardPage", "Passes issued"), Target.PASSES_ISSUED),
    ("passes_collected", QT_TRANSLATE_NOOP("BoardPage", "Passes collected"), Target.PASSES_COLLECTED),
    ("cards_registered", QT_TRANSLATE_NOOP("BoardPage", "Card applications"), Target.CARDS),
    ("cards_handed_over", QT_TRANSLATE_NOOP("BoardPage", "Cards handed over"), Target.CARDS),
    ("control_events", QT_TRANSLATE_NOOP("BoardPage", "Control-room events"), Target.ALARMS),
)
COLUMNS = {"attention": 3, "today": 5}  # what needs someone first, in larger tiles; the day's counts smaller

TILE_STYLE = """
QPushButton[tone] { text-align: left; padding: 6px 10px; border: 1px solid #c8c8c8; border-radius: 4px;
                    background: #fafafa; outline: none; }
QPushButton[tone="warn"] { background: #fff4e0; border-color: #e0a040; }
QPushButton[tone="alert"] { background: #fde7e9; border-color: #b00020; }
QPushButton[tone="good"] { background: #eaf5ea; border-color: #4c9a4c; }
QPushButton[tone]:focus { border: 3px solid #1565c0; }
QPushButton[tone="plain"]:focus { background: #fafafa; }
QPushButton[tone="warn"]:focus { background: #fff4e0; }
QPushButton[tone="alert"]:focus { background: #fde7e9; }
QPushButton[tone="good"]:focus { background: #eaf5ea; }
"""


class Tile(QPushButton):
    """A figure in large type over its caption; Enter and Space open its list, as a click does."""

    def __init__(self, key: str, caption: str, target: Target, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"boardTile_{key}")
        self.key, self.target = key, target
        self.figure = QLabel("–")
        self.figure.setObjectName(f"boardFigure_{key}")
        font = self.figure.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.figure.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName(f"boardDetail_{key}")
        self.detail.setWordWrap(True)
        for label in (self.figure, self.caption, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setTextFormat(Qt.TextFormat.PlainText)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        column.setSpacing(2)
        column.addWidget(self.figure)
        column.addWidget(self.caption)
        column.addWidget(self.detail)
        column.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(84)
        self.setProperty("tone", Tone.PLAIN.value)

    def show_figure(self, figure: str, tone: Tone = Tone.PLAIN, detail: str = "") -> None:
        self.figure.setText(figure)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{self.caption.text()}: {figure}")
        if self.property("tone") != tone.value:
            self.setProperty("tone", tone.value)
            self.style().unpolish(self)
            self.style().polish(self)

    def sizeHint(self):  # noqa: N802 - Qt override: the labels' size, not the empty button text's
        return self.layout().sizeHint()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.click()
            return
        super().keyPressEvent(event)


def count_text(n: int) -> str:
    """A figure as the board shows it: 1,234; a backlog at the cap as "10,000+"."""
    return f"{n:,}+" if n >= CAP else f"{n:,}"


class BoardPage(Page):
    """The figures of :class:`BoardService`, live; ``open_list(target)`` when a tile is chosen."""

    open_list = Signal(str)
    kinds = kinds("visit", "call", "request", "pass", "card", "control_event", "control_fault", "guest",
                  "backup")
    start_field = "boardTile_open_events"
    REFRESH_MS = 60_000

    def __init__(self, *, board: BoardService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardPageHost")
        self._board, self._actor = board, actor
        self.ui = ui = load_form("board_page.ui", self)
        self.setStyleSheet(TILE_STYLE)
        self.tiles: dict[str, Tile] = {}
        self._add_tiles(ui.attentionGrid, ATTENTION, COLUMNS["attention"])
        self._add_tiles(ui.todayGrid, TODAY, COLUMNS["today"])
        title = ui.boardTitleLabel.font()
        title.setBold(True)
        title.setPointSizeF(title.pointSizeF() * 1.2)
        ui.boardTitleLabel.setFont(title)
        ui.boardRefreshButton.clicked.connect(self.reload)
        shortcuts(self, ["F5"], self.reload)
        ui.backupOpenButton.clicked.connect(lambda: self.open_list.emit(Target.BACKUP.value))
        shows_backups = actor.can(Permission.BACKUP_VIEW)
        ui.backupGroup.setVisible(shows_backups)
        self.timer = QTimer(self)
        self.timer.setObjectName("boardTimer")
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.last: Board | None = None
        self.on_changes(self.kinds)  # read when first shown: a supervisor at the front desk may never look

    def _add_tiles(self, grid: QGridLayout, tiles, columns: int) -> None:
        for i, (key, caption, target) in enumerate(tiles):
            tile = Tile(key, self.tr(caption), target, self)
            tile.clicked.connect(lambda _checked=False, t=target: self.open_list.emit(t.value))
            grid.addWidget(tile, i // columns, i % columns)
            self.tiles[key] = tile

    def _tick(self) -> None:
        """Each minute: read again if shown (time makes things late), else next time it is shown."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        try:
            b = self._board.board(self._actor)
        except DeskError as exc:  # the server unreachable: the banner says so; the figures stay, marked old
            self.ui.boardUpdatedLabel.setText(tr_error(exc))
            return
        self.last = b
        self._show(b)

    def _show(self, b: Board) -> None:
        ui, t = self.ui, self.tiles
        when = fmt.local(b.at)
        ui.boardTitleLabel.setText(self.tr("{day} · {weekday}").format(
            day=b.day.isoformat(), weekday=QLocale().dayName(b.day.isoweekday())))
        ui.boardUpdatedLabel.setText(self.tr("Updated {time}").format(time=f"{when:%H:%M}" if when else ""))
        c = b.control
        fire = self.tr("{count} fire alarm(s) being confirmed").format(count=c.fire_alarms_open) \
            if c.fire_alarms_open else ""
        if c.real_fires_open:
            fire = self.tr("REAL FIRE")
        t["open_events"].show_figure(count_text(c.open_events), Tone.ALERT if c.real_fires_open or c.confirm_overdue
                                     else Tone.WARN if c.open_events else Tone.GOOD, fire)
        t["open_faults"].show_figure(count_text(c.open_faults), Tone.ALERT if c.faults_overdue
                                     else Tone.WARN if c.open_faults else Tone.GOOD,
                                     self.tr("{count} open over 24 hours").format(count=c.faults_overdue)
                                     if c.faults_overdue else "")
        t["past_response"].show_figure(count_text(b.past_response), Tone.ALERT if b.past_response else Tone.GOOD,
                                       self.tr("Target: taken up within 5 minutes"))
        share = b.response.share_met
        t["response_share"].show_figure(
            "–" if share is None else f"{share:.0%}",
            Tone.PLAIN if share is None else Tone.GOOD if share >= 0.95 else Tone.WARN if share >= 0.8 else Tone.ALERT,
            self.tr("{met} of {count} in time").format(met=b.response.met, count=b.response.decided)
            if b.response.decided else self.tr("No request has reached its target time yet"))
        t["callbacks_late"].show_figure(count_text(b.callbacks_late), Tone.ALERT if b.callbacks_late else Tone.GOOD)
        t["callbacks_waiting"].show_figure(count_text(b.callbacks_waiting), Tone.WARN if b.callbacks_waiting else Tone.GOOD,
                                           self.tr("within 24 hours of completion"))
        t["passes_expected"].show_figure(count_text(b.passes_expected))
        t["red_copies"].show_figure(count_text(b.red_copies_missing), Tone.WARN if b.red_copies_missing else Tone.GOOD)
        t["guests"].show_figure(count_text(b.guests_on_site))
        d = b.today
        for key in ("visits", "calls", "requests_registered", "requests_completed", "passes_issued",
                    "passes_collected", "cards_registered", "cards_handed_over"):
            t[key].show_figure(count_text(getattr(d, key)))
        t["control_events"].show_figure(count_text(d.control_events), detail=self.tr("{count} fire alarm(s)").format(
            count=d.fire_alarms) if d.fire_alarms else "")
        self._show_backup(b)

    def _show_backup(self, b: Board) -> None:
        label = self.ui.backupStatusLabel
        if b.backup is None:
            return
        status = b.backup
        text = status.message(lambda m: QCoreApplication.translate("messages", m))
        if status.station:
            text += " " + self.tr("(made by station {station})").format(station=status.station)
        label.setText(text)
        label.setStyleSheet("color: #b00020; font-weight: bold;" if status.due else "color: #1b5e20;")
        self.ui.backupGroup.setProperty("due", status.due)

    def tile(self, key: str) -> Tile:
        return self.tiles[key]
