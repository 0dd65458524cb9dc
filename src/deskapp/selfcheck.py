"""``deskapp --self-check``: the installed app shows it can run on this PC, touching none of its data.

In a throwaway folder it opens a new SQLite database and runs every migration, sets up a made-up site,
renders every printout on every page size it is printed on, loads the Chinese translation and the
fonts, and opens the main window offscreen. One line per step; exit code 0 when all passed, 1 when a
step failed (its error is printed). Used after a build (CI runs it in the frozen bundle) and by IT
after an install.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

PASSWORD = "self-check-1"


class SelfCheck:
    def __init__(self, folder: Path, say: Callable[[str], None]) -> None:
        self.folder, self.say = folder, say
        self.failed = 0

    def step(self, name: str, action: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = action()
        except Exception:  # noqa: BLE001 - every failure is reported, then the check goes on where it can
            self.failed += 1
            self.say(f"FAIL {name}\n{traceback.format_exc()}")
            return False
        self.say(f"ok   {name} ({(time.perf_counter() - started) * 1000:.0f} ms){': ' + detail if detail else ''}")
        return True


def _say_somewhere() -> Callable[[str], None]:
    """Print the lines; a windowed build has no console (sys.stdout is None): then they go to
    deskapp-self-check.txt in the temporary folder, where IT (and the Windows CI job) read them."""
    if sys.stdout is not None:
        return lambda line: print(line, flush=True)
    report = Path(tempfile.gettempdir()) / "deskapp-self-check.txt"
    report.write_text("", encoding="utf-8")

    def write(line: str) -> None:
        with report.open("a", encoding="utf-8") as out:
            out.write(line + "\n")

    return write


def run(say: Callable[[str], None] | None = None) -> int:
    say = say or _say_somewhere()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed, none touched
    names = ("DESKAPP_DATA_DIR", "DESKAPP_CONFIG_DIR", "DESKAPP_LOG_DIR")
    before = {name: os.environ.get(name) for name in names}
    try:
        with tempfile.TemporaryDirectory(prefix="deskapp-self-check-") as tmp:
            for name in names:
                os.environ[name] = tmp  # the station's own settings and data stay as they are
            return _run(Path(tmp), say)
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _run(folder: Path, say: Callable[[str], None]) -> int:
    from deskapp import __version__

    check = SelfCheck(folder, say)
    state: dict = {}
    say(f"deskapp {__version__} self-check, Python {sys.version.split()[0]}, {sys.platform}"
        + (" (frozen)" if getattr(sys, "frozen", False) else ""))
    try:
        if not check.step("database: a new SQLite file, every migration", lambda: _database(folder, state)):
            return 1
        check.step("site: set up with its administrator", lambda: _site(state))
        check.step("printouts: every kind on every page it is printed on", lambda: _printouts(state))
        check.step("screen: Qt offscreen, Chinese translation, fonts", lambda: _qt(state))
        if "app" in state:
            check.step("charts: QtCharts draws a bar chart offscreen", _charts)
        if "app" in state and "actor" in state:
            check.step("main window: built and shown for the administrator", lambda: _window(folder, state))
    finally:
        if "engine" in state:
            state["engine"].dispose()  # the throwaway file can go (Windows keeps an open file)
    say("self-check passed" if not check.failed else f"self-check FAILED: {check.failed} step(s)")
    return 0 if not check.failed else 1


def _database(folder: Path, state: dict) -> str:
    from deskapp.app import build
    from deskapp.db.engine import make_engine
    from deskapp.db.migrate import HEAD, upgrade
    from deskapp.services.passwords import Hasher

    engine = make_engine(f"sqlite:///{folder / 'self-check.sqlite3'}")
    result = upgrade(engine)
    if result.after != HEAD:
        raise RuntimeError(f"migrated to {result.after}, expected {HEAD}")
    state["engine"] = engine
    state["db"], state["services"] = build(engine, hasher=Hasher.fast_for_tests())
    return f"revision {result.after}"


def _site(state: dict) -> str:
    services = state["services"]
    services.site.set_up(site_name="自检小区", centre_name="自检服务中心", centre_phone="020-12345678",
                         company_name="自检物业", admin_staff_no="9001", admin_name="自检", password=PASSWORD,
                         password_again=PASSWORD)
    state["actor"] = services.auth.login("9001", PASSWORD, station="self-check")
    return services.site.site().name


def _printouts(state: dict) -> str:
    from deskapp.printing.pages import ALLOWED_PAGES
    from deskapp.services.sample_printouts import sample_printout

    count = size = 0
    for kind, pages in ALLOWED_PAGES.items():
        for page in pages:
            printout = sample_printout(state["services"].printing, state["actor"], kind, page)
            if not printout.pdf.startswith(b"%PDF-"):
                raise RuntimeError(f"{kind} on {page}: not a PDF")
            count, size = count + 1, size + len(printout.pdf)
    return f"{count} PDFs, {size // 1024} KB"


def _qt(state: dict) -> str:
    from PySide6.QtWidgets import QApplication

    from deskapp.ui import fonts, i18n

    app = QApplication.instance() or QApplication([sys.argv[0]])
    state["app"] = app
    if not i18n.install(app, "zh_CN"):
        raise RuntimeError("the Chinese translation did not load")
    fonts.add_application_fonts()
    return f"platform {app.platformName()}"


def _charts() -> str:
    """The statistics tab's charts: proves QtCharts (and the OpenGL libraries it links) ship in the bundle."""
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView
    from PySide6.QtCore import Qt

    chart = QChart()
    bars = QBarSet("自检")
    bars.append([1.0, 3.0, 2.0])
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append(["一", "二", "三"])
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    view = QChartView(chart)
    view.resize(320, 200)
    image = view.grab().toImage()
    view.deleteLater()
    if image.isNull() or image.width() < 320:
        raise RuntimeError("the chart was not drawn")
    return f"{image.width()}×{image.height()} px"


def _window(folder: Path, state: dict) -> str:
    from deskapp.config import StationConfig
    from deskapp.ui.main_window import MainWindow

    window = MainWindow(services=state["services"], actor=state["actor"], config=StationConfig(station_name="self-check"),
                        config_path=folder / "station.json", database_label="self-check")
    window.show()
    state["app"].processEvents()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    window.idle.stop()
    window.live.stop()
    window.close()
    window.deleteLater()
    state["app"].processEvents()
    if not tabs:
        raise RuntimeError("the main window has no tabs")
    return "、".join(tabs)
