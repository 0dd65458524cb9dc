"""Logging in at start, and unlocking a locked window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from deskapp.domain.errors import DeskError

if TYPE_CHECKING:  # the login window shows before the database layer is loaded
    from deskapp.domain.roles import Actor
    from deskapp.services.auth import AuthService
from deskapp.ui.forms import load_form, tr_error


class LoginPanel(QWidget):
    """Staff number and password; used by the login dialog and by the lock screen.

    Signals:
        logged_in(Actor): the credentials were right.
        cancelled(): the user chose to quit (or log out, on the lock screen).
    """

    logged_in = Signal(object)
    cancelled = Signal()

    def __init__(self, *, auth: AuthService | None, station: str, site_name: str, parent=None) -> None:
        super().__init__(parent)
        self._auth = auth
        self._station = station
        self.ui = load_form("login_form.ui", self)
        self.ui.siteLabel.setText(site_name)
        self.ui.loginButton.setEnabled(auth is not None)
        self.ui.loginButton.clicked.connect(self._login)
        self.ui.cancelButton.clicked.connect(self.cancelled)
        self.ui.passwordEdit.returnPressed.connect(self._login)
        self.ui.staffNoEdit.returnPressed.connect(self.ui.passwordEdit.setFocus)

    def prepare(self, *, staff_no: str = "", prompt: str | None = None, cancel_text: str | None = None) -> None:
        self.ui.staffNoEdit.setText(staff_no)
        self.ui.passwordEdit.clear()
        self.ui.messageLabel.clear()
        if prompt:
            self.ui.promptLabel.setText(prompt)
        if cancel_text:
            self.ui.cancelButton.setText(cancel_text)
        (self.ui.passwordEdit if staff_no else self.ui.staffNoEdit).setFocus()

    def set_ready(self, auth: AuthService, site_name: str) -> None:
        """The database is open: logging in can start (keys typed meanwhile were queued)."""
        self._auth = auth
        self.ui.siteLabel.setText(site_name)
        self.ui.loginButton.setEnabled(True)

    def _login(self) -> None:
        if self._auth is None:
            return
        try:
            actor = self._auth.login(self.ui.staffNoEdit.text(), self.ui.passwordEdit.text(), station=self._station)
        except DeskError as exc:
            self.ui.messageLabel.setText(tr_error(exc))
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        self.ui.passwordEdit.clear()
        self.logged_in.emit(actor)


class LoginDialog(QDialog):
    """The window shown at start: a logged-in Actor in ``actor`` once accepted."""

    def __init__(self, *, auth: AuthService | None, station: str, site_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.actor: Actor | None = None
        self.panel = LoginPanel(auth=auth, station=station, site_name=site_name, parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.setWindowTitle(QCoreApplication.translate("LoginDialog", "deskapp — log in"))
        self.panel.logged_in.connect(self._done)
        self.panel.cancelled.connect(self.reject)
        self.panel.prepare()
        self.resize(380, 300)

    def _done(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()
