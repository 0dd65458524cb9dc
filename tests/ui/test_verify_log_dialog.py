"""File → Verify the record: a supervisor's menu entry; the dialog shows the check's report, names what was
changed behind the app's back, and gives the last entry to write down."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from sqlalchemy import text

from deskapp.db.models import AuditLog
from deskapp.domain.roles import Role
from deskapp.ui.dialogs.verify_log import VerifyLogDialog
from tests.ui.conftest import drive_modal, type_text


def last_entry(ui):
    with ui.engine.connect() as conn:
        return conn.execute(AuditLog.__table__.select().order_by(AuditLog.seq.desc()).limit(1)).first()


def test_the_menu_entry_is_a_supervisors(ui, make_window):
    assert make_window(ui.desk).findChild(type(make_window(ui.desk).verify_log_action), "verifyLogAction").isVisible()
    clerk = ui.member(ui.admin, "1001", Role.RECEPTIONIST, settled=True)
    assert not make_window(clerk).verify_log_action.isVisible()


def test_the_menu_opens_the_check_and_it_says_intact_with_the_head(qtbot, ui, window):
    seen = {}

    def check(dialog):
        assert dialog.objectName() == "verifyLogDialog"
        qtbot.waitUntil(lambda: dialog.report is not None)
        seen["summary"] = dialog.findChild(type(dialog.ui.verifyLogSummary), "verifyLogSummary").text()
        seen["result"] = dialog.findChild(QPlainTextEdit, "verifyLogResult").toPlainText()
        dialog.reject()

    drive_modal(window.verify_log_action.trigger, check)
    last = last_entry(ui)
    assert seen["summary"].startswith("The record is intact: ")
    assert f"Last verified entry: #{last.seq} {last.hash}." in seen["result"]


def test_a_record_changed_behind_the_apps_back_is_shown_with_the_written_down_entry_checked(qtbot, ui):
    unit = ui.directory.create_unit(ui.desk, "3-2-1502")
    last = last_entry(ui)
    with ui.engine.begin() as conn:
        conn.execute(text("UPDATE unit SET room_no = '3-2-1503' WHERE id = :id"), {"id": unit.id})
    dialog = VerifyLogDialog(integrity=ui.services.integrity, actor=ui.desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.ui.verifyLogSummary.text().startswith("The record is NOT intact: 1 findings.")
    assert "color: #b00020" in dialog.ui.verifyLogSummary.styleSheet()
    assert f"unit #{unit.id}: room_no is “3-2-1503”, its audit trail says “3-2-1502”" in \
        dialog.ui.verifyLogResult.toPlainText()
    # The entry written down in the duty log, typed in and checked by Enter.
    dialog.report = None
    type_text(dialog.ui.verifyLogExpectEdit, f"{last.seq}:{'0' * 64}")
    qtbot.keyClick(dialog.ui.verifyLogExpectEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert "as written down" in dialog.ui.verifyLogResult.toPlainText()
    dialog.ui.verifyLogExpectEdit.setText("nonsense")
    dialog.ui.verifyLogRunButton.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "number:hash" in dialog.ui.messageLabel.text()


def test_the_check_runs_off_the_gui_thread_and_the_dialog_stays_responsive(qtbot, ui, monkeypatch):
    import threading

    gate = threading.Event()
    original = ui.services.integrity.verify

    def slow(actor, **kw):
        gate.wait(5)
        return original(actor, **kw)

    monkeypatch.setattr(ui.services.integrity, "verify", slow)
    dialog = VerifyLogDialog(integrity=ui.services.integrity, actor=ui.desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.busy)
    assert dialog.ui.verifyLogSummary.text() == "Checking the audit chain and every record…"
    assert not dialog.ui.verifyLogRunButton.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.report.intact and dialog.ui.verifyLogRunButton.isEnabled()
