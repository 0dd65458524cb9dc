"""A unit typed into a form, looked up as soon as the cursor leaves it (the visit form, the pass form): the
room completed to the directory's spelling and what the page shows beside the form read, or the problem said
at the unit's field."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtWidgets import QLineEdit

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor
from deskapp.services.directory import DirectoryService, UnitDetail
from deskapp.ui.forms import FormPanel


def look_up_typed_unit(*, edit: QLineEdit, current: UnitDetail | None, form: FormPanel,
                       directory: DirectoryService, actor: Actor, show: Callable[..., None],
                       read: Callable[[int], Sequence[Any]]) -> None:
    """The text of ``edit`` (unless it is the unit already shown): ``show(None)`` first, then
    ``show(*read(unit_id))`` — ``read`` gives the unit's detail first, then what else the page shows beside
    it —, or the problem at the form's field."""
    if not shiboken6.isValid(edit):  # losing focus as the window is destroyed
        return
    text = edit.text().strip()
    if current is not None and text == current.room_no:
        return
    form.errors.clear()
    show(None)
    if not text:
        return
    try:
        shown = read(directory.find_unit(actor, text, field="unit").id)
    except DeskError as exc:
        form.show_error(exc)
        return
    edit.setText(shown[0].room_no)
    show(*shown)
