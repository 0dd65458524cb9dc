"""Staff tab (administrators): accounts, roles, active or not, password reset."""

from __future__ import annotations

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor
from deskapp.services.staff import StaffInfo, StaffService
from deskapp.ui.dialogs.staff import ResetPasswordDialog, StaffDialog
from deskapp.ui.forms import load_form
from deskapp.ui.messages import show_error
from deskapp.ui.models.staff import StaffModel
from deskapp.ui.pages import ListPanel, Page, kinds


class StaffTab(Page):
    """The staff accounts; reloads when any station changes one (the change feed)."""

    start_field = "staffTable"

    kinds = kinds("staff")

    def __init__(self, *, staff_service: StaffService, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("staffTab")
        self._service, self._actor = staff_service, actor
        self.ui = load_form("staff_tab.ui", self)
        self.model = StaffModel(self)
        self.list = ListPanel(self.ui.staffTable, self.model, key=lambda st: st.id, audit=("staff", lambda st: st.id))
        self.list.selected.connect(self._update_buttons)
        self.ui.staffTable.doubleClicked.connect(self.edit)
        self.ui.newStaffButton.clicked.connect(self.new)
        self.ui.editStaffButton.clicked.connect(self.edit)
        self.ui.resetPasswordButton.clicked.connect(self.reset_password)
        self.reload()

    def reload(self) -> None:
        try:
            self.list.set_rows(self._service.list_staff(self._actor))
        except DeskError as exc:
            show_error(self, exc)
        self._update_buttons()

    def selected(self) -> StaffInfo | None:
        return self.list.current()

    def _update_buttons(self, *_args) -> None:
        has = self.selected() is not None
        self.ui.editStaffButton.setEnabled(has)
        self.ui.resetPasswordButton.setEnabled(has)

    def new(self) -> None:
        dialog = StaffDialog(staff_service=self._service, actor=self._actor, parent=self)
        dialog.exec()  # what it saved comes back through the change feed

    def edit(self, *_args) -> None:
        staff = self.selected()
        if staff is None:
            return
        dialog = StaffDialog(staff_service=self._service, actor=self._actor, staff=staff, parent=self)
        dialog.exec()  # what it saved comes back through the change feed

    def reset_password(self) -> None:
        staff = self.selected()
        if staff is None:
            return
        dialog = ResetPasswordDialog(staff_service=self._service, actor=self._actor, staff=staff, parent=self)
        dialog.exec()  # what it saved comes back through the change feed
