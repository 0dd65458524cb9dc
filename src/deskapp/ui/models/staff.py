"""The staff list of the administrator's tab."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from deskapp.domain.errors import QT_TRANSLATE_NOOP
from deskapp.services.staff import StaffInfo
from deskapp.ui import fmt
from deskapp.ui.models.table import Column, RowsModel


def _state(s: StaffInfo) -> str:
    if not s.active:
        return QCoreApplication.translate("models", "Inactive")
    if s.locked_until and s.locked_until > datetime.now(UTC).replace(tzinfo=None):
        return QCoreApplication.translate("models", "Locked until {time}").format(time=fmt.when(s.locked_until))
    if s.must_change_password:
        return QCoreApplication.translate("models", "Must change password")
    return QCoreApplication.translate("models", "Active")


class StaffModel(RowsModel[StaffInfo]):
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Staff no."), lambda s: s.staff_no),
        Column(QT_TRANSLATE_NOOP("models", "Name"), lambda s: s.name),
        Column(QT_TRANSLATE_NOOP("models", "Roles"), lambda s: "、".join(fmt.staff_role(r) for r in sorted(s.roles))),
        Column(QT_TRANSLATE_NOOP("models", "State"), _state),
        Column(QT_TRANSLATE_NOOP("models", "Last login"), lambda s: fmt.when(s.last_login_at),
               value=lambda s: s.last_login_at),
    )

    def is_dimmed(self, row: StaffInfo) -> bool:
        return not row.active
