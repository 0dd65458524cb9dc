"""Small dialogs of the request life cycle: a step with its text, closing a complaint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from deskapp.services.requests import COMPLAINT_CLASSES
from deskapp.ui.dialogs.base import FormDialog


class StepDialog(FormDialog):
    """Asks for the text of a step (who to dispatch to, what was done, a note) and runs ``action``."""

    FORM = "step_form.ui"

    def __init__(self, *, title: str, prompt: str, action: Callable[[str], object], field: str = "text",
                 parent=None) -> None:
        self._action, self._field = action, field
        super().__init__(parent)
        self.setWindowTitle(title)
        self.ui.promptLabel.setText(prompt)

    def fields(self) -> dict[str, QWidget]:
        return {self._field: self.ui.textEdit}

    def submit(self) -> None:
        self._action(self.ui.textEdit.toPlainText())


class ComplaintCloseDialog(FormDialog):
    FORM = "complaint_close_form.ui"

    def __init__(self, *, action: Callable[[str, str, str], object], parent=None) -> None:
        self._action = action
        super().__init__(parent)
        self.ui.classCombo.addItem("—", "")
        for name in COMPLAINT_CLASSES:
            self.ui.classCombo.addItem(name, name)

    def fields(self) -> dict[str, QWidget]:
        u = self.ui
        return {"complaint_class": u.classCombo, "cause_analysis": u.causeEdit, "accountability": u.accountabilityEdit}

    def submit(self) -> None:
        u = self.ui
        self._action(u.classCombo.currentData(), u.causeEdit.toPlainText(), u.accountabilityEdit.toPlainText())
