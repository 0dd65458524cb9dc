"""Keyboard shortcuts that act from any field of a part of the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

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


def page_keys(window: QWidget, tabs: QTabWidget) -> None:
    """Moving between the window's tabs and the pages inside them from any field, one rule for all:
    Ctrl+1…Ctrl+9 and Ctrl+PgUp/Ctrl+PgDown choose the tab; Alt+1…Alt+9 and Ctrl+Tab/Ctrl+Shift+Tab
    choose a page inside the tab in front (in a tab without pages they do nothing: they never leave
    the tab). Whichever way a tab or page comes to the front (keys, a click), the cursor goes to the
    field its work starts in (the page's ``start_field``)."""

    def shown() -> bool:  # not behind the lock screen
        return tabs.isVisibleTo(window)

    def inner() -> QTabWidget | None:
        pages = getattr(tabs.currentWidget(), "tabs", None)
        return pages if isinstance(pages, QTabWidget) else None

    def choose(target: QTabWidget | None, index: int) -> None:
        if target is not None and shown() and 0 <= index < target.count():
            target.setCurrentIndex(index)

    def step(target: QTabWidget | None, by: int) -> None:
        if target is not None and target.count():
            choose(target, (target.currentIndex() + by) % target.count())

    def entered(*_args) -> None:
        pages = inner()
        if pages is not None and not pages.property("pageKeys"):  # the tabs are rebuilt on a new login
            pages.setProperty("pageKeys", True)
            pages.currentChanged.connect(entered)
        if shown():
            focus_start(pages.currentWidget() if pages is not None else tabs.currentWidget())

    context = Qt.ShortcutContext.WindowShortcut
    for n in range(1, 10):
        shortcuts(window, [f"Ctrl+{n}"], lambda i=n - 1: choose(tabs, i), context=context)
        shortcuts(window, [f"Alt+{n}"], lambda i=n - 1: choose(inner(), i), context=context)
    shortcuts(window, ["Ctrl+PgDown"], lambda: step(tabs, 1), context=context)
    shortcuts(window, ["Ctrl+PgUp"], lambda: step(tabs, -1), context=context)
    shortcuts(window, ["Ctrl+Tab"], lambda: step(inner(), 1), context=context)
    shortcuts(window, ["Ctrl+Shift+Tab", "Ctrl+Shift+Backtab"], lambda: step(inner(), -1), context=context)
    tabs.currentChanged.connect(entered)


def focus_start(page: QWidget | None) -> None:
    """Put the cursor where the page's work starts: its ``start_field`` (an objectName), else its first
    field that takes the Tab key."""
    if page is None:
        return
    name = getattr(page, "start_field", "")
    start = page.findChild(QWidget, name) if name else None
    if start is not None and start.isVisibleTo(page) and start.isEnabled():
        start.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    w = page.nextInFocusChain()
    while w is not page and page.isAncestorOf(w):
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(page) and w.isEnabled():
            w.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        w = w.nextInFocusChain()
