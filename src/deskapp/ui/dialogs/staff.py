"""Staff member dialog (admin) and the password dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from deskapp.domain.roles import Actor, Role
from deskapp.services.auth import AuthService
from deskapp.services.staff import StaffInfo, StaffService
from deskapp.ui.dialogs.base import FormDialog

ROLE_CHECKS = {
    Role.RECEPTIONIST: "receptionistCheck",
    Role.CONTROL_OPERATOR: "controlOperatorCheck",
    Role.GUARD: "guardCheck",
    Role.SUPERVISOR: "supervisorCheck",
    Role.ADMIN: "adminCheck",
}


class StaffDialog(FormDialog):
    """Creates a staff member, or edits one (``staff`` given: staff number fixed, no password)."""

    FORM = "staff_form.ui"

    def __init__(self, *, staff_service: StaffService, actor: Actor, staff: StaffInfo | None = None,
                 parent=None) -> None:
        self._service, self._actor, self._staff = staff_service, actor, staff
        super().__init__(parent)
        u = self.ui
        if staff is not None:
            u.staffNoEdit.setText(staff.staff_no)
            u.staffNoEdit.setReadOnly(True)
            u.nameEdit.setText(staff.name)
            for role, name in ROLE_CHECKS.items():
                getattr(u, name).setChecked(role in staff.roles)
            u.activeCheck.setChecked(staff.active)
            u.passwordEdit.setEnabled(False)
            u.passwordEdit.setPlaceholderText(QCoreApplication.translate(
                "StaffDialog", "Use “Reset password” to change it"))
        else:
            u.activeCheck.setEnabled(False)
        self.saved: StaffInfo | None = None

    def fields(self) -> dict[str, QWidget]:
        u = self.ui
        return {"staff_no": u.staffNoEdit, "name": u.nameEdit, "roles": u.receptionistCheck,
                "password": u.passwordEdit}

    def roles(self) -> set[Role]:
        return {role for role, name in ROLE_CHECKS.items() if getattr(self.ui, name).isChecked()}

    def submit(self) -> None:
        u = self.ui
        if self._staff is None:
            self.saved = self._service.create_staff(self._actor, staff_no=u.staffNoEdit.text(),
                                                    name=u.nameEdit.text(), roles=self.roles(),
                                                    password=u.passwordEdit.text())
        else:
            self.saved = self._service.update_staff(self._actor, self._staff.id, name=u.nameEdit.text(),
                                                    roles=self.roles(), active=u.activeCheck.isChecked())


class ChangePasswordDialog(FormDialog):
    """The logged-in member changes their own password (required after a reset)."""

    FORM = "password_form.ui"

    def __init__(self, *, auth: AuthService, actor: Actor, prompt: str = "", parent=None) -> None:
        self._auth, self._actor = auth, actor
        super().__init__(parent)
        self.ui.promptLabel.setText(prompt)
        self.ui.promptLabel.setVisible(bool(prompt))

    def fields(self) -> dict[str, QWidget]:
        u = self.ui
        return {"current_password": u.currentPasswordEdit, "new_password": u.newPasswordEdit,
                "new_password_again": u.newPasswordAgainEdit}

    def submit(self) -> None:
        u = self.ui
        self._auth.change_password(self._actor, current=u.currentPasswordEdit.text(),
                                   new=u.newPasswordEdit.text(), again=u.newPasswordAgainEdit.text())


class ResetPasswordDialog(FormDialog):
    """An administrator sets a temporary password for someone else."""

    FORM = "password_form.ui"

    def __init__(self, *, staff_service: StaffService, actor: Actor, staff: StaffInfo, parent=None) -> None:
        self._service, self._actor, self._staff = staff_service, actor, staff
        super().__init__(parent)
        u = self.ui
        self.setWindowTitle(QCoreApplication.translate("ResetPasswordDialog", "Reset password"))
        u.promptLabel.setText(QCoreApplication.translate(
            "ResetPasswordDialog", "A temporary password for {staff_no} {name}. They must change it when they "
            "next log in; a lock-out is lifted.").format(staff_no=staff.staff_no, name=staff.name))
        u.currentPasswordEdit.setVisible(False)
        u.currentPasswordLabel.setVisible(False)

    def fields(self) -> dict[str, QWidget]:
        return {"new_password": self.ui.newPasswordEdit, "new_password_again": self.ui.newPasswordAgainEdit}

    def submit(self) -> None:
        u = self.ui
        if u.newPasswordEdit.text() != u.newPasswordAgainEdit.text():
            from deskapp.domain.accounts import MSG_PASSWORDS_DIFFER
            from deskapp.domain.errors import ValidationError

            raise ValidationError.single("new_password_again", MSG_PASSWORDS_DIFFER)
        self._service.reset_password(self._actor, self._staff.id, new_password=u.newPasswordEdit.text())
