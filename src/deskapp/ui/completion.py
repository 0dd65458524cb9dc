"""Room numbers completing as they are typed, in any field that takes a unit."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor
from deskapp.services.directory import DirectoryService


class RoomCompletion(QObject):
    """The directory's room numbers, shared by the fields that complete from them.

    The page that owns it passes the change feed on (:meth:`on_changes`): when units change, here or
    at another station, the rooms are read again at the next key typed, so a new unit completes.
    """

    def __init__(self, *, directory: DirectoryService, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self._directory, self._actor = directory, actor
        self.model = QStringListModel(self)
        self.loaded = False  # the 10,000 rooms of a big site are read on the first key, not at tab open

    def reload(self) -> None:
        with contextlib.suppress(DeskError):  # completion is a help; the fields take any room number
            self.model.setStringList(self._directory.room_numbers(self._actor))
            self.loaded = True

    def on_changes(self, kinds: frozenset[str]) -> None:
        """Units changed: read the rooms again at the next key (not now: nobody may be typing)."""
        if "unit" in kinds:
            self.loaded = False

    def _first_key(self, _text: str) -> None:
        if not self.loaded:
            self.reload()

    def attach(self, edit: QLineEdit) -> QCompleter:
        completer = QCompleter(self.model, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        edit.setCompleter(completer)
        edit.textEdited.connect(self._first_key)
        return completer
