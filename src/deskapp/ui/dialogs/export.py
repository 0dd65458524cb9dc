"""Export to Excel…: the file asked for, the export run on a worker thread with a progress dialog and
Cancel, and at the end the row count and where the file is (issue #14).

The main window gives every list the action (``ListPanel.offer_export``) for members who may export
lists, and starts :class:`ListExportRun` with the panel. The rows are read and written on the worker
thread: the services open a session of their own for each call, from any thread.
"""

from __future__ import annotations

import logging
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from deskapp.domain.errors import DeskError
from deskapp.services.export import ExportInfo, ExportResult, write_xlsx
from deskapp.ui.forms import tr_error
from deskapp.ui.pages import ListExport, ListPanel

log = logging.getLogger(__name__)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def ask_save_path(parent: QWidget, title: str, suggested: Path) -> str:
    """The save dialog; tests replace this function to choose the file without it."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), "Excel (*.xlsx)")
    return path


class ExportJob(QThread):
    """One export on a thread of its own.

    Signals (queued to the GUI thread): counted(int rows in all), progressed(int rows done),
    succeeded(ExportResult), failed(exception).
    """

    counted = Signal(int)
    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, source: ListExport, path: Path, info: ExportInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source, self._path, self._info = source, path, info
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int) -> bool:
        self.progressed.emit(done)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            if self._source.total is None and self._source.count is not None:
                self.counted.emit(self._source.count())
            result = write_xlsx(self._path, self._source.titles, self._source.cells(), info=self._info,
                                progress=self._progress)
        except Exception as exc:  # handed to the GUI thread, which says what it was
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class ListExportRun(QObject):
    """Export one list: ask for the file, run the job under a progress dialog, say how it ended.

    Signals:
        done(object): the ExportResult (``cancelled`` when the user stopped it), or the exception.
    """

    done = Signal(object)

    def __init__(self, panel: ListPanel, *, who: str, now_utc, parent: QWidget) -> None:
        super().__init__(parent)
        self._panel, self._who, self._now = panel, who, now_utc
        self._parent = parent
        self.job: ExportJob | None = None
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None
        self._window: QWidget = parent

    def start(self) -> bool:
        """Ask for the file and start; False when the dialog was cancelled."""
        source = self._panel.export_source()
        # The window, not the list: the list may be gone by the end (another member unlocked the window).
        self._window = parent = self._panel.view.window()
        suggested = documents_folder() / f"{source.slug}-{date.today().isoformat()}.xlsx"
        chosen = ask_save_path(parent, self.tr("Export to Excel"), suggested)
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        info = ExportInfo(source.name, source.about, self._who, self._now, labels=(
            self.tr("List"), self.tr("Filter"), self.tr("Exported by"), self.tr("Exported at"), self.tr("Rows"),
            self.tr("About this export")))
        self.progress = dialog = QProgressDialog(self.tr("Exporting {name}…").format(name=source.name),
                                                 self.tr("Cancel"), 0, source.total or 0, parent)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(self.tr("Export to Excel"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self._total = source.total
        self.job = job = ExportJob(source, path, info, self)
        job.counted.connect(self._counted)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        dialog.canceled.connect(job.cancel)
        job.start()
        return True

    def stop(self) -> None:
        """Cancel a running export and wait for it (the window is closing)."""
        if self.job is not None and self.job.isRunning():
            self.job.cancel()
            self.job.wait()

    def _counted(self, total: int) -> None:
        self._total = total
        if self.progress is not None:
            self.progress.setMaximum(total)

    def _progressed(self, done: int) -> None:
        dialog = self.progress
        if dialog is None:
            return
        if self._total:
            dialog.setValue(min(done, self._total))
            dialog.setLabelText(self.tr("{done} of {total} rows written…").format(done=f"{done:,}",
                                                                                  total=f"{self._total:,}"))
        else:
            dialog.setLabelText(self.tr("{done} rows written…").format(done=f"{done:,}"))

    def _ended(self) -> None:
        if self.job is not None:
            self.job.wait()
        if self.progress is not None:
            self.progress.close()

    def _succeeded(self, result: ExportResult) -> None:
        self._ended()
        if not result.cancelled:
            self._tell_done(result)
        self.done.emit(result)
        self.deleteLater()

    def _failed(self, exc: object) -> None:
        self._ended()
        if isinstance(exc, DeskError):
            text = tr_error(exc)
        else:
            log.error("the export failed", exc_info=exc if isinstance(exc, BaseException) else None)
            text = self.tr("The export failed: {reason}").format(reason=exc)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export to Excel"), text, QMessageBox.StandardButton.Ok,
                          self._window)
        box.setObjectName("exportFailedBox")
        self.message = box
        open_when_unlocked(box, self._window)
        self.done.emit(exc)
        self.deleteLater()

    def _tell_done(self, result: ExportResult) -> None:
        text = self.tr("{rows} rows exported to\n{path}").format(rows=f"{result.rows:,}", path=str(result.path))
        if result.sheets > 1:
            text += "\n" + self.tr("More rows than an Excel sheet holds: they continue on {count} sheets.").format(
                count=result.sheets)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export to Excel"), text,
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("exportDoneBox")
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        folder.setObjectName("openExportFolderButton")
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent))))
        self.message = box
        open_when_unlocked(box, self._window)


def open_when_unlocked(box: QMessageBox, window: QWidget) -> None:
    """Open ``box`` now, or — when the window was locked while the export ran (the member walked away) —
    once someone has unlocked it: nothing about the export shows over the lock screen."""
    if not getattr(window, "locked", False):
        box.open()
        return
    timer = QTimer(box)
    timer.setObjectName("exportMessageWaitsForUnlock")
    timer.setInterval(500)

    def look() -> None:
        if not getattr(window, "locked", False):
            timer.stop()
            box.open()

    timer.timeout.connect(look)
    timer.start()
