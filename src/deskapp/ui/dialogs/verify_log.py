"""The supervisor's check of the record: the audit chain and every record against its trail.

The check reads the whole trail (seconds on a big site): it runs on a worker thread, the window stays
responsive, and closing the dialog waits for it to end.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor
from deskapp.services.integrity import IntegrityService, VerifyReport
from deskapp.ui.forms import load_form, tr_error

_BROKEN_STYLE = "color: #b00020; font-weight: bold;"


class _Check(QThread):
    """One check on a thread of its own.

    Signals (queued to the GUI thread): succeeded(VerifyReport), failed(exception).
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], VerifyReport], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            report = self._work()
        except Exception as exc:  # handed to the GUI thread, which says what it was
            self.failed.emit(exc)
        else:
            self.succeeded.emit(report)


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
        self._check: _Check | None = None
        self.ui.verifyLogRunButton.clicked.connect(self.run)
        self.ui.verifyLogExpectEdit.returnPressed.connect(self.run)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._run_when_shown = run_when_shown

    @property
    def busy(self) -> bool:
        return self._check is not None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._run_when_shown:
            self._run_when_shown = False
            QTimer.singleShot(0, self.run)

    def run(self) -> None:
        """Start the check (one at a time)."""
        if self._check is not None:
            return
        self.ui.messageLabel.clear()
        self.ui.verifyLogSummary.setStyleSheet("")
        self.ui.verifyLogSummary.setText(self.tr("Checking the audit chain and every record…"))
        self.ui.verifyLogResult.clear()
        self.ui.verifyLogRunButton.setEnabled(False)
        integrity, actor, expect = self._integrity, self._actor, self.ui.verifyLogExpectEdit.text()
        # The work holds the service, never the dialog: nothing of Qt's is touched on the worker.
        check = _Check(lambda: integrity.verify(actor, expect=expect), self)
        self._check = check
        # Bound methods of this dialog: queued to the GUI thread (a lambda would run on the worker).
        check.succeeded.connect(self._show)
        check.failed.connect(self._failed)
        check.start()

    def _end(self) -> None:
        check = self._check
        if check is not None:
            check.wait()
            check.deleteLater()
        self._check = None
        self.ui.verifyLogRunButton.setEnabled(True)

    def _show(self, report: VerifyReport) -> None:
        self._end()
        self.report = report
        lines = report.lines(lambda message: QCoreApplication.translate("integrity", message))
        self.ui.verifyLogSummary.setText(lines[0])
        self.ui.verifyLogSummary.setStyleSheet("" if report.intact else _BROKEN_STYLE)
        self.ui.verifyLogResult.setPlainText("\n\n".join(lines[1:]))

    def _failed(self, exc: object) -> None:
        self._end()
        self.ui.verifyLogSummary.clear()
        if not isinstance(exc, DeskError):
            raise exc  # type: ignore[misc]  # the application's handler logs it and tells the user
        self.ui.messageLabel.setText(tr_error(exc))

    def done(self, result: int) -> None:
        if self._check is not None:  # a check cannot be stopped half-way: it ends first (seconds)
            self._check.wait()
        super().done(result)
