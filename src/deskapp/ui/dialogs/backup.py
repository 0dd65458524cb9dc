"""Backup and restore: the folder, "Back up now", the list of backups, and restoring one (an admin).

A backup or a restore of a big database takes a while: each runs on a worker thread, the window stays
responsive, and closing the dialog waits for it to end. A restore replaces the database under every
open window: the app closes afterwards and is started again on the restored data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from deskapp.config import StationConfig
from deskapp.domain.errors import QT_TRANSLATE_NOOP, DeskError
from deskapp.domain.roles import Actor, Permission
from deskapp.services.backup import BackupInfo, BackupService
from deskapp.ui.forms import load_form, tr_error

_PROBLEM_STYLE = "color: #b00020; font-weight: bold;"

# The rows shown before a restore, in the order a desk thinks of them.
TABLE_LABELS = {
    "unit": QT_TRANSLATE_NOOP("BackupDialog", "Units"),
    "resident": QT_TRANSLATE_NOOP("BackupDialog", "Residents"),
    "visit": QT_TRANSLATE_NOOP("BackupDialog", "Visits"),
    "guest_visit": QT_TRANSLATE_NOOP("BackupDialog", "Guests"),
    "request": QT_TRANSLATE_NOOP("BackupDialog", "Requests"),
    "call": QT_TRANSLATE_NOOP("BackupDialog", "Calls"),
    "move_pass": QT_TRANSLATE_NOOP("BackupDialog", "Move-out passes"),
    "control_event": QT_TRANSLATE_NOOP("BackupDialog", "Control-room events"),
    "access_card": QT_TRANSLATE_NOOP("BackupDialog", "Access cards"),
    "staff": QT_TRANSLATE_NOOP("BackupDialog", "Staff"),
    "audit_log": QT_TRANSLATE_NOOP("BackupDialog", "Audit entries"),
}


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def counts_text(info: BackupInfo) -> str:
    """"Units: 1,204" … one line each, for the confirmation."""
    return "\n".join(f"{QCoreApplication.translate('BackupDialog', label)}: {info.counts[table]:,}" for table, label in TABLE_LABELS.items()
                     if table in info.counts)


class BackupJob(QThread):
    """One backup, description or restore on a thread of its own.

    Signals (queued to the GUI thread): succeeded(result), failed(exception).
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the GUI thread, which says what it was
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class BackupDialog(QDialog):
    """The backup folder (this station's setting), "Back up now", the backups with their check, Restore….

    ``release`` is called just before a restore (the window lets go of its own connections: the live
    refresh); ``resume`` when the restore was refused or failed.

    Signals:
        restored(Path): the database was replaced from a backup (the safety copy's path); the app must close.
    """

    restored = Signal(object)

    def __init__(self, *, backups: BackupService, actor: Actor, config: StationConfig, config_path: Path,
                 release: Callable[[], None] = lambda: None, resume: Callable[[], None] = lambda: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups, self._actor = backups, actor
        self._config, self._config_path = config, config_path
        self._release, self._resume = release, resume
        self.ui = load_form("backup_form.ui", self)
        self.setObjectName("backupDialog")
        self.setMinimumSize(680, 460)
        self._job: BackupJob | None = None
        self.listed: list[BackupInfo] = []
        u = self.ui
        table = u.backupsTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Size"), self.tr("Check"), self.tr("File")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        table.itemSelectionChanged.connect(self._enable)
        may_restore = actor.can(Permission.BACKUP_RESTORE)
        for widget in (u.backupFolderButton, u.pgBinButton, u.backupNowButton, u.restoreButton):
            widget.setVisible(may_restore)
        postgres = backups.kind == "postgresql"
        u.pgBinLabel.setVisible(postgres)
        u.pgBinEdit.setVisible(postgres)
        u.pgBinButton.setVisible(postgres and may_restore)
        u.backupFolderButton.clicked.connect(self._browse_folder)
        u.pgBinButton.clicked.connect(self._browse_pg_bin)
        u.backupNowButton.clicked.connect(self.back_up_now)
        u.restoreButton.clicked.connect(self.restore_selected)
        u.buttonBox.rejected.connect(self.reject)
        self.refresh()

    # -- the folder and the list -------------------------------------------------------------

    def refresh(self) -> None:
        """Show the folder, the status and the list as they are now."""
        u = self.ui
        u.backupFolderEdit.setText(str(self._backups.folder))
        u.pgBinEdit.setText(self._config.pg_bin)
        status = self._backups.status()
        u.backupStatusLabel.setText(status.message(lambda m: QCoreApplication.translate("messages", m)))
        u.backupStatusLabel.setStyleSheet(_PROBLEM_STYLE if status.due else "")
        self.listed = self._backups.backups()
        table = u.backupsTable
        table.setRowCount(len(self.listed))
        for row, info in enumerate(self.listed):
            check = self.tr("good") if info.ok else info.check
            cells = (info.taken_at.strftime("%Y-%m-%d %H:%M"), human_size(info.size), check, info.name)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 0:
                    item.setToolTip(counts_text(info))
                table.setItem(row, column, item)
        self._enable()

    def _enable(self) -> None:
        idle = self._job is None
        u = self.ui
        for button in (u.backupFolderButton, u.pgBinButton, u.backupNowButton):
            button.setEnabled(idle)
        u.restoreButton.setEnabled(idle and self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        rows = self.ui.backupsTable.selectionModel().selectedRows()
        return self.listed[rows[0].row()] if rows and rows[0].row() < len(self.listed) else None

    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), str(self._backups.folder))
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path) -> None:
        """Use ``folder`` for this station's backups from now on (saved in the station's settings)."""
        self._config.backup_folder = str(folder)
        self._save()
        self._backups.folder = folder
        self.refresh()

    def _browse_pg_bin(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder of pg_dump and pg_restore"),
                                                  self._config.pg_bin)
        if folder:
            self.set_pg_bin(Path(folder))

    def set_pg_bin(self, folder: Path | None) -> None:
        self._config.pg_bin = str(folder) if folder else ""
        self._save()
        self._backups.pg_bin = folder
        self.refresh()

    def _save(self) -> None:
        try:
            self._config.save(self._config_path)
        except OSError as exc:
            self.ui.messageLabel.setText(self.tr("The station's settings could not be saved: {reason}").format(reason=exc))

    # -- backing up and restoring ------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _start(self, work: Callable[[], object], done: Callable[[object], None], message: str,
               failed: Callable[[object], None] | None = None) -> None:
        if self._job is not None:
            return
        self.ui.messageLabel.clear()
        self.ui.backupStatusLabel.setStyleSheet("")
        self.ui.backupStatusLabel.setText(message)
        job = BackupJob(work, self)
        self._job = job
        self._on_done, self._on_failed = done, failed
        # Bound methods of this dialog: queued to the GUI thread (a lambda would run on the worker).
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        self._enable()
        job.start()

    def _end(self) -> None:
        job = self._job
        if job is not None:
            job.wait()
            job.deleteLater()
        self._job = None
        self._enable()

    def _succeeded(self, result: object) -> None:
        self._end()
        self._on_done(result)

    def _failed(self, exc: object) -> None:
        self._end()
        if self._on_failed is not None:
            self._on_failed(exc)
        self.refresh()
        if not isinstance(exc, DeskError):
            raise exc  # type: ignore[misc]  # the application's handler logs it and tells the user
        self.ui.messageLabel.setText(tr_error(exc))

    def back_up_now(self) -> None:
        backups = self._backups  # the work holds the service, never the dialog
        self._start(backups.back_up, lambda _info: self.refresh(), self.tr("Backing up…"))

    def restore_selected(self) -> None:
        """Check the chosen backup and read its counts, then ask; restore only when confirmed."""
        chosen = self.selected()
        if chosen is None:
            return
        backups, actor, path = self._backups, self._actor, chosen.path
        self._start(lambda: backups.describe(actor, path), self._confirm, self.tr("Checking the backup…"))

    def _confirm(self, info: object) -> None:
        assert isinstance(info, BackupInfo)
        self.refresh()
        question = self.tr(
            "Restore the backup taken {time}?\n\n{counts}\n\nEverything entered since then is replaced (a safety "
            "copy of the database as it is now is kept in the backup folder). Every other station must have "
            "closed deskapp. deskapp closes after the restore; start it again.").format(
            time=info.taken_at.strftime("%Y-%m-%d %H:%M"), counts=counts_text(info))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore a backup"), question,
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("restoreConfirmBox")
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.DestructiveRole)
        restore.setObjectName("restoreConfirmButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not restore:
            return
        self.restore(info.path)

    def restore(self, path: Path) -> None:
        """Restore ``path`` (already confirmed): the window lets go of the database first."""
        backups, actor = self._backups, self._actor
        self._release()
        self._start(lambda: backups.restore(actor, path), self._restored, self.tr("Restoring…"),
                    failed=lambda _exc: self._resume())

    def _restored(self, safety: object) -> None:
        QMessageBox.information(self, self.tr("Restore a backup"), self.tr(
            "The database was restored. deskapp closes now; start it again.\n\nThe database as it was before: "
            "{path}").format(path=safety))
        self.restored.emit(safety)
        self.accept()

    def done(self, result: int) -> None:
        if self._job is not None:  # a backup or restore cannot be stopped half-way: it ends first
            self._job.wait()
        super().done(result)

