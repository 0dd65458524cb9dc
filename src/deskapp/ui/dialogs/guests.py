"""The do-not-admit list (supervisors) and the supervisor's override of a watchlist stop."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor
from deskapp.services.guests import GuestService, Override, OverrideRefused
from deskapp.ui.dialogs.base import FormDialog
from deskapp.ui.dialogs.directory import ReasonDialog
from deskapp.ui.forms import FieldErrors, load_form
from deskapp.ui.models.visits import WatchModel


class WatchlistDialog(QDialog):
    """Lists, adds and removes do-not-admit entries."""

    def __init__(self, *, guests: GuestService, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("watchlistDialog")
        self._guests, self._actor = guests, actor
        self.ui = load_form("watchlist_form.ui", self)
        u = self.ui
        self.model = WatchModel(self)
        u.watchTable.setModel(self.model)
        u.watchTable.verticalHeader().setVisible(False)
        u.watchTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        u.watchTable.horizontalHeader().setStretchLastSection(True)
        u.untilDate.setDate(QDate.currentDate().addMonths(6))
        u.untilDate.setEnabled(False)
        u.untilCheck.toggled.connect(u.untilDate.setEnabled)
        self.errors = FieldErrors({"name": u.nameEdit, "phone": u.phoneEdit, "id_last": u.idLastEdit,
                                   "reason": u.reasonEdit, "until": u.untilDate}, u.messageLabel)
        u.addEntryButton.clicked.connect(self.add)
        u.removeEntryButton.clicked.connect(self.remove)
        u.closeButton.clicked.connect(self.accept)
        u.reasonEdit.returnPressed.connect(self.add)
        self.setMinimumWidth(620)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self._guests.watchlist(self._actor))

    def add(self) -> None:
        u = self.ui
        until = None
        if u.untilCheck.isChecked():
            q = u.untilDate.date()
            until = date(q.year(), q.month(), q.day())
        self.errors.clear()
        try:
            self._guests.add_to_watchlist(self._actor, name=u.nameEdit.text(), phone=u.phoneEdit.text(),
                                          id_last=u.idLastEdit.text(), reason=u.reasonEdit.text(), until=until)
        except DeskError as exc:
            self.errors.show(exc)
            return
        for edit in (u.nameEdit, u.phoneEdit, u.idLastEdit, u.reasonEdit):
            edit.clear()
        self.reload()
        u.nameEdit.setFocus()

    def remove(self) -> None:
        rows = self.ui.watchTable.selectionModel().selectedRows()
        entry = self.model.row_at(rows[0].row()) if rows else None
        if entry is None:
            return
        dialog = ReasonDialog(
            prompt=QCoreApplication.translate("WatchlistDialog", "Take {who} off the list? The entry stays in the "
                                              "history with your reason.").format(who=entry.name or entry.phone or ""),
            action=lambda reason: self._guests.remove_from_watchlist(self._actor, entry.id, reason=reason),
            parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()


class OverrideDialog(FormDialog):
    """A supervisor's credentials and reason; ``action(override)`` checks the guest in with them.

    After too many wrong passwords the station waits (the service decides how long): OK is disabled
    until the next try is taken.
    """

    FORM = "override_form.ui"

    def __init__(self, *, warning: str, action: Callable[[Override], object], parent=None) -> None:
        self._action = action
        super().__init__(parent)
        self.ui.warningLabel.setText(warning)
        self.result_value: object = None
        self.wait_timer = QTimer(self)
        self.wait_timer.setSingleShot(True)
        self.wait_timer.timeout.connect(lambda: self.ok_button().setEnabled(True))

    def fields(self) -> dict[str, QWidget]:
        u = self.ui
        return {"override_staff_no": u.overrideStaffNoEdit, "password": u.overridePasswordEdit,
                "override_reason": u.overrideReasonEdit}

    def submit(self) -> None:
        u = self.ui
        try:
            self.result_value = self._action(Override(u.overrideStaffNoEdit.text(), u.overridePasswordEdit.text(),
                                                      u.overrideReasonEdit.text()))
        except OverrideRefused as refused:
            if refused.wait_seconds:
                self.ok_button().setEnabled(False)
                self.wait_timer.start(refused.wait_seconds * 1000)
            raise
        finally:
            u.overridePasswordEdit.clear()
