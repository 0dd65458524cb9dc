"""The one search box (Ctrl+K anywhere): rooms, names, phones, plates and record numbers of every kind the
member may see, grouped by kind; Enter opens the chosen record in its tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor
from deskapp.services.search_all import KIND_LABELS, Hit, SearchResult, SearchService
from deskapp.ui.forms import load_form, tr_error

DEBOUNCE_MS = 150  # typing faster than this searches once, for the text as it stands
HIT_ROLE = Qt.ItemDataRole.UserRole


def tr_search(text: str) -> str:
    return QCoreApplication.translate("search", text)


class GlobalSearchDialog(QDialog):
    """Searches as the text is typed (after a short pause); Up/Down move between the lines without
    leaving the text, Enter opens the line chosen (the first when none is), Esc closes.

    Signals:
        chosen(Hit): the record to open; the main window switches to its tab and shows it.
    """

    chosen = Signal(object)

    def __init__(self, *, search: SearchService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search, self._actor = search, actor
        self.ui = load_form("global_search_form.ui", self)
        self.setObjectName("globalSearchDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened afresh by each Ctrl+K
        self.setMinimumSize(640, 420)
        self.result: SearchResult | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        edit, tree = self.ui.globalSearchEdit, self.ui.globalSearchResults
        edit.textChanged.connect(lambda _text: self.timer.start())
        edit.returnPressed.connect(self.open_current)
        edit.installEventFilter(self)
        tree.itemActivated.connect(lambda item, _col: self.open_item(item))
        tree.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the text keeps the keyboard: arrows are forwarded
        self.ui.globalSearchMessage.setText(tr_search(
            "Type a room, a name, a phone (or its last 4 digits), a plate, or a V…, P…, R…, K…, E… number."))
        edit.setFocus()

    # -- searching ------------------------------------------------------------------------------

    def run(self) -> None:
        """Search for the text as it stands now and show the groups."""
        self.timer.stop()
        tree = self.ui.globalSearchResults
        try:
            result = self._search.find(self._actor, self.ui.globalSearchEdit.text())
        except DeskError as exc:  # the database is busy or gone: said here, the last results cleared
            tree.clear()
            self.result = None
            self.ui.globalSearchMessage.setText(tr_error(exc))
            return
        self.result = result
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        first: QTreeWidgetItem | None = None
        for group in result.groups:
            title = tr_search(KIND_LABELS[group.kind])
            if group.more:
                title += " " + tr_search("(more in its tab)")
            head = QTreeWidgetItem(tree, [title, ""])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not chosen by the arrows or Enter
            head.setFont(0, bold)
            head.setFirstColumnSpanned(True)
            for hit in group.hits:
                item = QTreeWidgetItem(head, [hit.title, hit.detail])
                item.setData(0, HIT_ROLE, hit)
                item.setToolTip(1, hit.detail)
                first = first or item
            head.setExpanded(True)
        tree.resizeColumnToContents(0)
        if first is not None:
            tree.setCurrentItem(first)
        message = tr_search(result.message).format(**(result.params or {})) if result.message else ""
        self.ui.globalSearchMessage.setText(message)

    def hits(self) -> list[Hit]:
        """The lines shown, in order."""
        return list(self.result.hits) if self.result is not None else []

    # -- choosing -------------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Up, Down, PgUp, PgDown typed in the text move the line chosen (the text keeps the cursor)."""
        if obj is self.ui.globalSearchEdit and event.type() == QEvent.Type.KeyPress:
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}
            if event.key() in steps:
                self.move(steps[event.key()])
                return True
        return False

    def _items(self) -> list[QTreeWidgetItem]:
        tree = self.ui.globalSearchResults
        return [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
                for j in range(tree.topLevelItem(i).childCount())]

    def move(self, by: int) -> None:
        if self.timer.isActive():  # the arrows act on what the text finds, not on the last results
            self.run()
        items = self._items()
        if not items:
            return
        tree = self.ui.globalSearchResults
        current = tree.currentItem()
        at = items.index(current) if current in items else -1
        tree.setCurrentItem(items[max(0, min(len(items) - 1, at + by))])
        tree.scrollToItem(tree.currentItem())

    def current_hit(self) -> Hit | None:
        item = self.ui.globalSearchResults.currentItem()
        return item.data(0, HIT_ROLE) if item is not None else None

    def open_current(self) -> None:
        """Enter: the line chosen; typed and Enter at once (a scanner), the search runs first."""
        if self.timer.isActive() or self.result is None:
            self.run()
        hit = self.current_hit()
        if hit is not None:
            self._open(hit)

    def open_item(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is not None:
            self._open(hit)

    def _open(self, hit: Hit) -> None:
        self.accept()
        self.chosen.emit(hit)
