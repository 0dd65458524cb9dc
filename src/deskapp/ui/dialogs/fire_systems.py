"""The admin's list of fire systems 消防系统 whose control and running state the control room records."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor
from deskapp.services.shifts import FireSystemInfo, ShiftService
from deskapp.ui.forms import ERROR_STYLE, OK_STYLE, FieldErrors, load_form


class FireSystemsDialog(QDialog):
    """Add, rename, mark "should be automatic", take out of use. Closes accepted when anything changed."""

    def __init__(self, *, shifts: ShiftService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shifts, self._actor = shifts, actor
        self.ui = ui = load_form("fire_systems_form.ui", self)
        self.setObjectName("fireSystemsDialog")
        self.setMinimumWidth(460)
        self.changed = False
        self.errors = FieldErrors({"name": ui.systemNameEdit}, ui.fireSystemsMessageLabel)
        ui.systemsList.currentItemChanged.connect(lambda *_: self._picked())
        ui.addSystemButton.clicked.connect(self.add)
        ui.saveSystemButton.clicked.connect(self.save)
        ui.addUsualButton.clicked.connect(self.add_usual)
        ui.closeSystemsButton.clicked.connect(self._close)
        self.load()

    def load(self, select: int | None = None) -> None:
        ui = self.ui
        ui.systemsList.clear()
        try:
            systems = self._shifts.systems(self._actor, include_retired=True)
        except DeskError as exc:
            self._say(exc)
            return
        for s in systems:
            text = s.name + ("" if s.should_be_auto else "  " + self.tr("(manual allowed)")) + \
                ("" if s.active else "  " + self.tr("(not in use)"))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s)
            ui.systemsList.addItem(item)
            if s.id == select:
                ui.systemsList.setCurrentItem(item)
        self._picked()

    def current(self) -> FireSystemInfo | None:
        item = self.ui.systemsList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _picked(self) -> None:
        s = self.current()
        ui = self.ui
        ui.saveSystemButton.setEnabled(s is not None)
        if s is not None:
            ui.systemNameEdit.setText(s.name)
            ui.shouldBeAutoCheck.setChecked(s.should_be_auto)
            ui.inUseCheck.setChecked(s.active)

    def add(self) -> None:
        self._do(lambda: self._shifts.add_system(self._actor, name=self.ui.systemNameEdit.text(),
                                                 should_be_auto=self.ui.shouldBeAutoCheck.isChecked()),
                 self.tr("Added."))

    def save(self) -> None:
        s = self.current()
        if s is None:
            return
        ui = self.ui
        self._do(lambda: self._shifts.update_system(self._actor, s.id, name=ui.systemNameEdit.text(),
                                                    should_be_auto=ui.shouldBeAutoCheck.isChecked(),
                                                    active=ui.inUseCheck.isChecked()), self.tr("Saved."))

    def add_usual(self) -> None:
        try:
            self._shifts.add_default_systems(self._actor)
        except DeskError as exc:
            self._say(exc)
            return
        self.changed = True
        self.load()

    def _do(self, action, said: str) -> None:
        self.errors.clear()
        try:
            saved = action()
        except DeskError as exc:
            self._say(exc)
            return
        self.changed = True
        self.load(select=saved.id)
        self.ui.fireSystemsMessageLabel.setStyleSheet(OK_STYLE)
        self.ui.fireSystemsMessageLabel.setText(said)

    def _say(self, exc: DeskError) -> None:
        self.ui.fireSystemsMessageLabel.setStyleSheet(ERROR_STYLE)
        self.errors.show(exc)

    def _close(self) -> None:
        if self.changed:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        if self.changed:  # Esc after a change: the list was changed all the same
            super().accept()
        else:
            super().reject()
