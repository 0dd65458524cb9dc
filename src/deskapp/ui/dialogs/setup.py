"""First start on an empty database: the site's details and the first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from deskapp.services.site import SiteService
from deskapp.ui.dialogs.base import FormDialog


class SetupDialog(FormDialog):
    FORM = "setup_form.ui"

    def __init__(self, *, site: SiteService, parent=None) -> None:
        self._site = site
        super().__init__(parent)
        self.admin_staff_no = ""

    def fields(self) -> dict[str, QWidget]:
        u = self.ui
        return {"site_name": u.siteNameEdit, "centre_name": u.centreNameEdit, "centre_phone": u.centrePhoneEdit,
                "company_name": u.companyNameEdit, "admin_staff_no": u.adminStaffNoEdit,
                "admin_name": u.adminNameEdit, "password": u.passwordEdit, "password_again": u.passwordAgainEdit}

    def submit(self) -> None:
        u = self.ui
        self._site.set_up(
            site_name=u.siteNameEdit.text(), centre_name=u.centreNameEdit.text(),
            centre_phone=u.centrePhoneEdit.text(), company_name=u.companyNameEdit.text(),
            admin_staff_no=u.adminStaffNoEdit.text(), admin_name=u.adminNameEdit.text(),
            password=u.passwordEdit.text(), password_again=u.passwordAgainEdit.text(),
        )
        self.admin_staff_no = u.adminStaffNoEdit.text().strip().upper()
