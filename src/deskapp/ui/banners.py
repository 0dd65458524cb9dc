"""The red banners: a unit's holds wherever the unit is shown for action, and refusals.

Marks are symbols the bundled font (WenQuanYi Micro Hei) draws: the warning and no-entry signs
(U+26A0, U+26D4) are not in it and showed as empty boxes on a desk PC with only that font.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor
from deskapp.services.directory import DirectoryService, NoteInfo
from deskapp.ui import fmt

WARNING_MARK = "▲"  # a hold, something overdue
REFUSED_MARK = "✖"  # a slip refused, a listed guest stopped


def holds_text(holds: Sequence[NoteInfo]) -> str:
    """One line per active hold: its kind and text."""
    return "\n".join(f"{WARNING_MARK} {fmt.note_kind(n.kind)}：{n.text}" for n in holds)


def holds_of(directory: DirectoryService | None, actor: Actor, unit_id: int | None) -> tuple[NoteInfo, ...]:
    """The unit's holds for a banner beside some other record (a request, a callback): none when there
    is no unit, or when they cannot be read now (the banner is a help, not the task)."""
    if unit_id is None or directory is None:
        return ()
    try:
        return directory.unit_holds(actor, unit_id)
    except DeskError:
        return ()


def show_holds(label: QLabel, holds: Sequence[NoteInfo]) -> None:
    """The unit's holds in its red banner; the banner is hidden when there are none."""
    label.setText(holds_text(holds))
    label.setVisible(bool(holds))
