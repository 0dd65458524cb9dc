"""Helpers for driving the real widgets: typing (Chinese too), modal dialogs, a logged-in window."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from deskapp.config import StationConfig
from deskapp.domain.roles import Role
from tests.conftest import World


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key; non-ASCII goes as key events carrying the text
    (QTest.keyClicks aborts on non-ASCII characters)."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def press(widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed with the cursor in ``widget``, its window in front (as the desktop gives it back
    after a dialog closes): shortcuts follow where the focus really is."""
    if not widget.window().isActiveWindow():
        widget.window().activateWindow()
        QApplication.processEvents()
    widget.setFocus()
    QTest.keyClick(widget, key, modifier)


def drive_modal(trigger: Callable[[], None], handler: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Run ``trigger`` (which opens a modal dialog and waits for it) while ``handler`` drives the
    dialog from inside its event loop. A dialog the handler leaves open is rejected, so a failing
    handler fails the test instead of hanging it. A trigger that opens no dialog (refused first) ends
    the waiting: no handler is left behind to take a later test's dialog."""
    errors: list[BaseException] = []
    returned: list[bool] = []

    def run() -> None:
        if returned:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        try:
            handler(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised after the loop
            errors.append(exc)
        finally:
            if dialog.isVisible() and QApplication.activeModalWidget() is dialog:
                QTimer.singleShot(0, dialog.close)
                if hasattr(dialog, "reject"):
                    QTimer.singleShot(0, dialog.reject)

    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: QApplication.activeModalWidget() and QApplication.activeModalWidget().close())
    watchdog.start(timeout_ms)
    QTimer.singleShot(0, run)
    try:
        trigger()
    finally:
        returned.append(True)
        watchdog.stop()
    if errors:
        raise errors[0]


@pytest.fixture(autouse=True)
def english_after_each_test(qapp):
    """Tests read English messages; a test that installs Chinese must not leak it to the next."""
    yield
    from deskapp.ui import i18n

    i18n.install(qapp, "en")


@pytest.fixture
def ui(sqlite_engine, clock):
    """A SQLite world with a site, an admin (9001) and a supervisor-receptionist (8001)."""
    world = World(sqlite_engine, clock)
    world.admin = world.set_up_site()
    world.desk = world.member(world.admin, "8001", Role.SUPERVISOR, Role.RECEPTIONIST, name="赵敏", settled=True)
    return world


@pytest.fixture
def station(tmp_path):
    return StationConfig(station_name="desk-1"), tmp_path / "station.json"


@pytest.fixture
def make_window(qtbot, ui, station):
    """Opens the main window for a given staff member; stops its idle timer afterwards."""
    from deskapp.ui.main_window import MainWindow

    opened = []

    def make(actor):
        config, path = station
        w = MainWindow(services=ui.services, actor=actor, config=config, config_path=path, database_label="test")
        qtbot.addWidget(w)
        w.show()
        w.activateWindow()  # shortcuts (Ctrl+S, F2) act in the active window only
        QApplication.processEvents()
        opened.append(w)
        return w

    yield make
    for w in opened:
        if not shiboken6.isValid(w):  # the test deleted it itself
            continue
        w.idle.stop()
        w.close()


@pytest.fixture
def window(make_window, ui):
    """The main window, logged in as the supervisor-receptionist."""
    return make_window(ui.desk)
