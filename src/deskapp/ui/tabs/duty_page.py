"""What the control room's shift pages (the equipment record, the shift and handover) share: a form built
only when the page is first shown or touched (the control-room tab opens on the alarm log, and these pages'
titles need only the status), and the duty status — read now, every TICK_MS and on every change of the
page's kinds, shown on the page's banner, the tab told when the page's level changes."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor
from deskapp.services.shifts import DutyStatus, ShiftService
from deskapp.ui.forms import Ui
from deskapp.ui.pages import Page
from deskapp.ui.tabs.duty_status import TICK_MS


class DutyPage(Page):
    """A shift page. Subclasses set ``STATUS_LABEL`` (the banner's objectName in their form) and implement
    ``_build_ui`` (load the form into ``self._ui``, wire it) and ``_show_status``; at the end of their own
    ``__init__`` they call :meth:`_start_duty`.

    Signals:
        due_changed(str): the page's level ("", "due", "overdue") changed: the tab's title follows.
    """

    due_changed = Signal(str)
    STATUS_LABEL = ""

    def __init__(self, *, shifts: ShiftService, actor: Actor, title: str, level_of: Callable[[DutyStatus | None], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shifts, self._actor = shifts, actor
        self._level_of = level_of
        self.setWindowTitle(title)
        self._ui: Ui | None = None
        self.level = ""
        self.status: DutyStatus | None = None
        self._error: DeskError | None = None
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.refresh_status)

    def _start_duty(self) -> None:
        """The status read now and with the clock; the lists when the page is first shown."""
        self.tick.start()
        self.refresh_status()
        super().on_changes(self.kinds)

    @property
    def ui(self) -> Ui:
        """The form's widgets, built on first use."""
        if self._ui is None:
            self._build_ui()
        assert self._ui is not None
        return self._ui

    def _build_ui(self) -> None:
        raise NotImplementedError

    def _show_status(self) -> None:
        raise NotImplementedError

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.ui  # noqa: B018 - built before the page reloads its lists
        super().showEvent(event)

    def on_changes(self, changed: frozenset[str]) -> None:
        if changed & self.kinds:
            self.refresh_status()  # the banner and the tab's mark follow even while the page is hidden
        super().on_changes(changed)

    def refresh_status(self) -> None:
        """The status now, on the banner once the form is built; tells the tab when the level changes."""
        try:
            self.status, self._error = self._shifts.status(self._actor), None
        except DeskError as exc:
            self.status, self._error = None, exc
        if self._ui is not None and shiboken6.isValid(getattr(self._ui, self.STATUS_LABEL)):
            self._show_status()
        level = self._level_of(self.status)
        if level != self.level:
            self.level = level
            self.due_changed.emit(level)
