"""The directory's small dialogs: a new unit, a resident, a note or hold, a reason to void."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from deskapp.domain.directory import NoteKind, ResidentRole
from deskapp.domain.phones import format_phone
from deskapp.domain.roles import Actor
from deskapp.services.directory import DirectoryService, NoteInfo, ResidentInfo, UnitDetail, UnitRef
from deskapp.ui import fmt
from deskapp.ui.dialogs.base import FormDialog


class UnitDialog(FormDialog):
    FORM = "unit_form.ui"

    def __init__(self, *, directory: DirectoryService, actor: Actor, parent=None) -> None:
        self._directory, self._actor = directory, actor
        super().__init__(parent)
        self.created: UnitRef | None = None

    def fields(self) -> dict[str, QWidget]:
        return {"room": self.ui.roomEdit, "area": self.ui.areaEdit}

    def submit(self) -> None:
        self.created = self._directory.create_unit(self._actor, self.ui.roomEdit.text(),
                                                   area_m2=self.ui.areaEdit.text())


def _qdate(d: date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else QDate.currentDate()


def _pydate(check, edit) -> date | None:
    if not check.isChecked():
        return None
    q = edit.date()
    return date(q.year(), q.month(), q.day())


class ResidentDialog(FormDialog):
    """Adds a resident to a unit, or edits one (``resident`` given)."""

    FORM = "resident_form.ui"

    def __init__(self, *, directory: DirectoryService, actor: Actor, unit: UnitDetail,
                 resident: ResidentInfo | None = None, parent=None) -> None:
        self._directory, self._actor, self._unit, self._resident = directory, actor, unit, resident
        super().__init__(parent)
        u = self.ui
        u.unitLabel.setText(unit.room_no)
        for role in ResidentRole:
            u.roleCombo.addItem(fmt.resident_role(role), role.value)
        for check, edit in ((u.movedInCheck, u.movedInDate), (u.movedOutCheck, u.movedOutDate)):
            check.toggled.connect(edit.setEnabled)
            edit.setDate(QDate.currentDate())
        if resident is not None:
            u.nameEdit.setText(resident.name)
            u.roleCombo.setCurrentIndex(u.roleCombo.findData(resident.role.value))
            for edit, phone in zip((u.phoneEdit, u.phone2Edit, u.phone3Edit), resident.phones, strict=False):
                edit.setText(format_phone(phone))
            u.notesEdit.setPlainText(resident.notes)
            for check, edit, value in ((u.movedInCheck, u.movedInDate, resident.moved_in),
                                       (u.movedOutCheck, u.movedOutDate, resident.moved_out)):
                check.setChecked(value is not None)
                edit.setDate(_qdate(value))
        self.saved: ResidentInfo | None = None

    def fields(self) -> dict[str, QWidget]:
        u = self.ui
        return {"name": u.nameEdit, "role": u.roleCombo, "phone": u.phoneEdit, "phone2": u.phone2Edit,
                "phone3": u.phone3Edit, "notes": u.notesEdit, "moved_out": u.movedOutDate}

    def submit(self) -> None:
        u = self.ui
        values = dict(name=u.nameEdit.text(), role=u.roleCombo.currentData(),
                      phones=[u.phoneEdit.text(), u.phone2Edit.text(), u.phone3Edit.text()],
                      notes=u.notesEdit.toPlainText(), moved_in=_pydate(u.movedInCheck, u.movedInDate),
                      moved_out=_pydate(u.movedOutCheck, u.movedOutDate))
        if self._resident is None:
            self.saved = self._directory.add_resident(self._actor, self._unit.id, **values)
        else:
            self.saved = self._directory.update_resident(self._actor, self._resident.id, **values)


class NoteDialog(FormDialog):
    FORM = "note_form.ui"

    def __init__(self, *, directory: DirectoryService, actor: Actor, unit: UnitDetail, parent=None) -> None:
        self._directory, self._actor, self._unit = directory, actor, unit
        super().__init__(parent)
        self.ui.unitLabel.setText(unit.room_no)
        for kind in NoteKind:
            self.ui.kindCombo.addItem(fmt.note_kind(kind), kind.value)
        self.saved: NoteInfo | None = None

    def fields(self) -> dict[str, QWidget]:
        return {"kind": self.ui.kindCombo, "text": self.ui.textEdit}

    def submit(self) -> None:
        self.saved = self._directory.add_note(self._actor, self._unit.id, kind=self.ui.kindCombo.currentData(),
                                              text=self.ui.textEdit.toPlainText())


class ReasonDialog(FormDialog):
    """Asks why, then runs ``action(reason)``; the action's refusal is shown in the dialog."""

    FORM = "reason_form.ui"

    def __init__(self, *, prompt: str, action: Callable[[str], None], parent=None) -> None:
        self._action = action
        super().__init__(parent)
        self.ui.promptLabel.setText(prompt)

    def fields(self) -> dict[str, QWidget]:
        return {"reason": self.ui.reasonEdit}

    def submit(self) -> None:
        self._action(self.ui.reasonEdit.text())
