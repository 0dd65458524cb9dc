"""Keyboard shortcuts that act from any field of a part of the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

SAVE_KEYS = ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter")


def shortcuts(scope: QWidget, keys: tuple[str, ...] | list[str], action: Callable[[], object], *,
              context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> list[QShortcut]:
    """``keys`` run ``action`` while the focus is in ``scope`` (or anywhere in its window, with
    WindowShortcut). Qt matches shortcuts before the focused field sees the key, so a combo box or
    a text box cannot swallow them."""
    made = []
    for key in keys:
        shortcut = QShortcut(QKeySequence(key), scope)
        shortcut.setContext(context)
        shortcut.activated.connect(action)
        made.append(shortcut)
    return made
