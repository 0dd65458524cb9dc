"""The red banners: a unit's holds wherever the unit is shown for action, and refusals.

Marks are symbols the bundled font (WenQuanYi Micro Hei) draws: the warning and no-entry signs
(U+26A0, U+26D4) are not in it and showed as empty boxes on a desk PC with only that font.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel

from deskapp.services.directory import NoteInfo
from deskapp.ui import fmt

WARNING_MARK = "▲"  # a hold, something overdue
REFUSED_MARK = "✖"  # a slip refused, a listed guest stopped


def holds_text(holds: Sequence[NoteInfo]) -> str:
    """One line per active hold: its kind and text."""
    return "\n".join(f"{WARNING_MARK} {fmt.note_kind(n.kind)}：{n.text}" for n in holds)


def show_holds(label: QLabel, holds: Sequence[NoteInfo]) -> None:
    """The unit's holds in its red banner; the banner is hidden when there are none."""
    label.setText(holds_text(holds))
    label.setVisible(bool(holds))
