"""The common shape of a form dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from deskapp.domain.errors import DeskError
from deskapp.ui.forms import FieldErrors, Ui, load_form
from deskapp.ui.keys import SAVE_KEYS, shortcuts


class FormDialog(QDialog):
    """Loads ``FORM``; OK calls :meth:`submit`; a DeskError is shown at its field, else accept."""

    FORM = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui: Ui = load_form(self.FORM, self)
        self.setObjectName(self.ui.root.objectName() + "Dialog")
        self.setMinimumWidth(460)
        self.errors = FieldErrors(self.fields(), self.ui.messageLabel)
        box: QDialogButtonBox = self.ui.buttonBox
        box.accepted.connect(self._on_ok)
        box.rejected.connect(self.reject)
        # Enter saves from a one-line field (OK is the default button); from a multi-line one, where Enter
        # starts a new line, Ctrl+Enter (or Ctrl+S, as on the pages) does.
        shortcuts(self, SAVE_KEYS, self._on_ok)
        self.initial_focus: QWidget | None = next(iter(self.fields().values()), None)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """The cursor starts in the first field, so the form can be filled without the mouse."""
        super().showEvent(event)
        if self.initial_focus is not None:
            self.initial_focus.setFocus()

    def fields(self) -> dict[str, QWidget]:
        """Service field names → the widgets that hold them."""
        return {}

    def submit(self) -> None:
        """Call the service; raise DeskError to keep the dialog open with the message."""
        raise NotImplementedError

    def ok_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _on_ok(self) -> None:
        self.errors.clear()
        try:
            self.submit()
        except DeskError as exc:
            self.errors.show(exc)
            return
        self.accept()
