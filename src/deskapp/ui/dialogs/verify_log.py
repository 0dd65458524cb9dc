"""The supervisor's check of the record: the audit chain and every record against its trail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor
from deskapp.services.integrity import IntegrityService, VerifyReport
from deskapp.ui.forms import load_form, tr_error

_BROKEN_STYLE = "color: #b00020; font-weight: bold;"


class VerifyLogDialog(QDialog):
    """Runs ``IntegrityService.verify`` when shown (and again on request, with an entry written down in the
    duty log) and shows the report: the summary, each finding, the last entry to write down."""

    def __init__(self, *, integrity: IntegrityService, actor: Actor, parent: QWidget | None = None,
                 run_when_shown: bool = True) -> None:
        super().__init__(parent)
        self._integrity, self._actor = integrity, actor
        self.ui = load_form("verify_log_form.ui", self)
        self.setObjectName("verifyLogDialog")
        self.setMinimumSize(720, 420)
        self.report: VerifyReport | None = None
        self.ui.verifyLogRunButton.clicked.connect(self.run)
        self.ui.verifyLogExpectEdit.returnPressed.connect(self.run)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._run_when_shown = run_when_shown

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._run_when_shown:
            self._run_when_shown = False
            QTimer.singleShot(0, self.run)  # the dialog is drawn first, then the check (seconds on a big site)

    def run(self) -> None:
        self.ui.messageLabel.clear()
        self.ui.verifyLogSummary.setStyleSheet("")
        self.ui.verifyLogSummary.setText(self.tr("Checking the audit chain and every record…"))
        self.ui.verifyLogResult.clear()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()
        try:
            self.report = self._integrity.verify(self._actor, expect=self.ui.verifyLogExpectEdit.text())
        except DeskError as exc:
            self.ui.verifyLogSummary.clear()
            self.ui.messageLabel.setText(tr_error(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        lines = self.report.lines(lambda message: QCoreApplication.translate("integrity", message))
        self.ui.verifyLogSummary.setText(lines[0])
        self.ui.verifyLogSummary.setStyleSheet("" if self.report.intact else _BROKEN_STYLE)
        self.ui.verifyLogResult.setPlainText("\n\n".join(lines[1:]))
