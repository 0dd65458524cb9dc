"""Settings → Backup and restore…: the folder (this station's setting), Back up now on a worker, the list
with its check, and a restore with the counts shown and confirmed — after which the window closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from deskapp.config import StationConfig
from deskapp.db.models import Unit
from deskapp.domain.roles import Role
from deskapp.services.integrity import verify_log
from deskapp.ui.dialogs.backup import BackupDialog
from tests.ui.conftest import drive_modal


def units(ui) -> int:
    with ui.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Unit)).scalar_one()


def answer_boxes(answers: dict[str, Callable[[QMessageBox], None]], seen: list[str]) -> QTimer:
    """Answer each message box whose text contains a key, as it comes up (they open from queued slots)."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            for key, act in answers.items():
                if key in box.text() and box.text() not in seen:
                    seen.append(box.text())
                    act(box)
                    return

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    return timer


def test_the_menu_entry_is_for_admins_and_supervisors(ui, make_window):
    assert make_window(ui.admin).backup_action.isVisible()
    assert make_window(ui.desk).backup_action.isVisible()  # a supervisor sees the list and the status
    clerk = ui.member(ui.admin, "1001", Role.RECEPTIONIST, settled=True)
    assert not make_window(clerk).backup_action.isVisible()


def test_a_supervisor_sees_the_list_but_cannot_back_up_or_restore(qtbot, ui, station):
    config, path = station
    dialog = BackupDialog(backups=ui.services.backups, actor=ui.desk, config=config, config_path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    for name in ("backupNowButton", "restoreButton", "backupFolderButton"):
        assert not getattr(dialog.ui, name).isVisible(), name
    assert dialog.ui.backupStatusLabel.text() == "No backup has been made yet."
    assert not dialog.ui.pgBinEdit.isVisible()  # SQLite: no PostgreSQL tools to find


def test_choose_a_folder_and_back_up_now(qtbot, ui, station, tmp_path):
    config, path = station
    dialog = BackupDialog(backups=ui.services.backups, actor=ui.admin, config=config, config_path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    folder = tmp_path / "second-disk"
    dialog.set_folder(folder)
    assert StationConfig.load(path).backup_folder == str(folder)
    assert dialog.ui.backupFolderEdit.text() == str(folder)
    qtbot.mouseClick(dialog.ui.backupNowButton, qtbot_left())
    assert dialog.busy and not dialog.ui.backupNowButton.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.ui.backupsTable.rowCount() == 1
    assert dialog.ui.backupsTable.item(0, 2).text() == "good"
    assert dialog.ui.backupStatusLabel.text().startswith("The last backup, at ")
    assert list(folder.glob("deskapp-*.sqlite3"))
    assert not dialog.ui.restoreButton.isEnabled()
    dialog.ui.backupsTable.selectRow(0)
    assert dialog.ui.restoreButton.isEnabled()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_restore_from_the_window_shows_the_counts_asks_and_closes_the_app(qtbot, ui, make_window):
    ui.directory.create_unit(ui.desk, "3-2-1502")
    window = make_window(ui.admin)
    made = ui.services.backups.back_up()
    assert made.path.parent == ui.services.backups.folder
    ui.directory.create_unit(ui.desk, "5-1-101")
    assert units(ui) == 2
    seen: list[str] = []

    def restore(dialog):
        assert dialog.objectName() == "backupDialog"
        dialog.ui.backupsTable.selectRow(0)
        answers = answer_boxes({
            "Restore the backup taken": lambda box: box.findChild(type(box.defaultButton()),
                                                                   "restoreConfirmButton").click(),
            "The database was restored": lambda box: box.accept(),
        }, seen)
        try:
            dialog.ui.restoreButton.click()
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
        finally:
            answers.stop()

    drive_modal(window.backup_and_restore, restore, timeout_ms=20_000)
    assert seen[0].startswith("Restore the backup taken ") and "Units: 1\n" in seen[0]
    assert "Staff: 2" in seen[0]
    assert seen[1].startswith("The database was restored.")
    qtbot.waitUntil(lambda: not window.isVisible())
    assert units(ui) == 1
    assert verify_log(ui.engine).intact


def test_a_restore_cancelled_changes_nothing(qtbot, ui, station):
    config, path = station
    ui.directory.create_unit(ui.desk, "3-2-1502")
    ui.services.backups.back_up()
    ui.directory.create_unit(ui.desk, "5-1-101")
    dialog = BackupDialog(backups=ui.services.backups, actor=ui.admin, config=config, config_path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.backupsTable.selectRow(0)
    seen: list[str] = []
    answers = answer_boxes({"Restore the backup taken": lambda box: box.reject()}, seen)
    try:
        dialog.ui.restoreButton.click()
        qtbot.waitUntil(lambda: bool(seen) and not dialog.busy and QApplication.activeModalWidget() is None,
                        timeout=10_000)
    finally:
        answers.stop()
    assert units(ui) == 2 and dialog.isVisible()


def test_a_refused_restore_gives_the_window_its_database_back(qtbot, ui, station):
    config, path = station
    ui.services.backups.back_up()
    released, resumed = [], []
    dialog = BackupDialog(backups=ui.services.backups, actor=ui.admin, config=config, config_path=path,
                          release=lambda: released.append(1), resume=lambda: resumed.append(1))
    qtbot.addWidget(dialog)
    other = ui.engine.raw_connection()  # another window on the file
    try:
        dialog.restore(ui.services.backups.backups()[0].path)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    finally:
        other.close()
    assert released == [1] and resumed == [1]
    assert "in use by another window or station" in dialog.ui.messageLabel.text()


def test_the_daily_backup_runs_on_a_worker_once_a_day(qtbot, ui, make_window):
    window = make_window(ui.desk)
    window.daily_backup()
    qtbot.waitUntil(lambda: window._backup_job is None, timeout=10_000)
    assert len(ui.services.backups.backups()) == 1
    assert window.backup_timer.interval() == window.BACKUP_CHECK_MS
    window.daily_backup()  # one from the last day is there: nothing more
    qtbot.waitUntil(lambda: window._backup_job is None, timeout=10_000)
    assert len(ui.services.backups.backups()) == 1


def test_an_admin_hears_of_a_missing_backup_at_login_and_others_do_not(qtbot, ui, make_window):
    seen = {}

    def read(box):
        seen["text"] = box.text()
        box.accept()

    drive_modal(make_window(ui.admin).warn_if_backup_due, read)
    assert seen["text"].startswith("No backup has been made yet.") and "Backup folder: " in seen["text"]
    make_window(ui.desk).warn_if_backup_due()  # a supervisor: no box (it would hang this test)
    ui.services.backups.back_up()
    make_window(ui.admin).warn_if_backup_due()  # a good backup: no box
