"""The audit viewer 审计记录: a record's full history for a supervisor — who, at which station, when, what
changed from what to what, and why — opened from any list with "History…" (Ctrl+H)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor
from deskapp.services.audit_view import AuditEntry, AuditViewService, table_label
from deskapp.ui.forms import load_form, tr_error
from deskapp.ui.models.audit import AuditEntriesModel
from deskapp.ui.tables import setup_table


class AuditHistoryDialog(QDialog):
    """Reads the history of record ``record_id`` of ``table`` once, when made; a refusal or a record
    with no history is said in the dialog's message line."""

    def __init__(self, *, audit: AuditViewService, actor: Actor, table: str, record_id: int | str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = load_form("audit_history_form.ui", self)
        self.setObjectName("auditHistoryDialog")
        self.setMinimumSize(820, 420)
        self.model = AuditEntriesModel(self)
        setup_table(self.ui.auditHistoryTable, self.model)
        self.ui.buttonBox.rejected.connect(self.reject)
        kind = QCoreApplication.translate("audit", table_label(table))
        self.ui.auditHistoryTitle.setText(self.tr("History of {kind} #{record}").format(kind=kind, record=record_id))
        self.entries: list[AuditEntry] = []
        try:
            self.entries = audit.history(actor, table, record_id)
        except DeskError as exc:
            self.ui.messageLabel.setText(tr_error(exc))
        self.model.set_rows(self.entries)
        self.ui.auditHistoryTable.scrollToBottom()  # the latest step is what is asked about most
