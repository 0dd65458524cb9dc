"""The shape every page of a tab shares: it declares the kinds of record it shows and reloads itself
when the change feed says one of them changed, keeping its selection, scroll position and whatever
was typed into its forms.

* :class:`ChangeSignals` brings the database's change feed (plain Python, any thread) to the GUI
  thread as one Qt signal, several changes in a row merged into one delivery.
* :class:`Page` is a page with one job (the visit form and today's visits; the guests at the gate; …).
  ``kinds`` names what it shows; :meth:`Page.reload` re-reads its lists and never touches its forms.
* :class:`ListPanel` is "a list with its count and selection": it wraps a Designer table view and
  its count label, and keeps the selected record (by key) and the scroll position across reloads.

``main_window.py`` is the one place that hands the changes to the pages (``MainWindow.on_changes``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QTableView, QWidget

from deskapp.db.changes import ChangeFeed
from deskapp.ui.models.table import PagedRowsModel, RowsModel
from deskapp.ui.tables import setup_table


class ChangeSignals(QObject):
    """The change feed as a Qt signal on the GUI thread.

    Changes published on any thread (a local commit, a PostgreSQL notification, the SQLite poller)
    arrive through a queued connection, so a page never reloads in the middle of the slot that saved;
    the kinds that arrive in one turn of the event loop are delivered together.

    Signals:
        changed(frozenset[str]): these kinds of record changed.
    """

    changed = Signal(object)
    _arrived = Signal(object)

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[str] = set()
        self._arrived.connect(self._collect, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = feed.subscribe(self._arrived.emit)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def close(self) -> None:
        """Stop listening (the window that owned this is going away)."""
        self._unsubscribe()

    def _collect(self, kinds: frozenset[str]) -> None:
        if not self._pending:
            QTimer.singleShot(0, self.flush)
        self._pending.update(kinds)

    def flush(self) -> None:
        """Deliver what has arrived now (tests call it instead of waiting for the event loop)."""
        if self._pending:
            kinds, self._pending = frozenset(self._pending), set()
            self.changed.emit(kinds)


class Page(QWidget):
    """A page with one job. Subclasses set ``kinds`` and implement :meth:`reload`.

    A page that is not visible is only marked stale and reloads when it is shown, so a change
    costs the station nothing for pages nobody is looking at.
    """

    kinds: frozenset[str] = frozenset()
    start_field = ""  # objectName of the field the cursor goes to when the page comes to the front

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = False

    def reload(self) -> None:
        """Re-read what the page lists; keep selection, scroll position and typed text."""
        raise NotImplementedError

    def on_changes(self, kinds: frozenset[str]) -> None:
        """The change feed's slot: reload when something this page shows has changed."""
        if not (kinds & self.kinds):
            return
        if self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    @property
    def stale(self) -> bool:
        return self._stale

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()


HistoryOpener = Callable[[QWidget, str, "int | str"], None]  # (parent, table, record id): shows its history
Fetch = Callable[[int, int], Sequence[Any]]  # (offset, limit): a page of the list's query


@dataclass(frozen=True)
class ListExport:
    """What "Export to Excel…" writes for a list, taken on the GUI thread: the list's name (``slug`` for
    the file's name), its column titles as shown, its filter in words, and ``cells()``: every row of the
    current filter as typed values, produced on the export's worker thread without holding them all.
    ``total`` is the row count when it is known beforehand (a list in memory, or all loaded); else
    ``count()``, when the page gave one, asks the database on the worker thread."""

    name: str
    slug: str
    titles: list[str]
    about: str
    total: int | None
    cells: Callable[[], Iterator[tuple[Any, ...]]]
    count: Callable[[], int] | None = None


EXPORT_PAGE = 2000  # rows read at a time when an export walks a list's fetch(offset, limit)


class ListPanel(QObject):
    """A list with its count and its selection, kept across reloads.

    ``key(row)`` identifies a record (its id); after a reload the same record is selected again
    and the list is scrolled back to where it was. ``count_text(n, more)`` writes the count label
    (``more`` when the list pages and has more rows than loaded).

    ``audit=(table, record_id)`` says which audited record a row is (the model's ``__tablename__`` and
    its id from the row): for a member who may read the audit trail, the main window then gives the list
    a "History…" action (context menu, Ctrl+H) through :meth:`offer_history`.

    For a member who may export lists the main window gives every list "Export to Excel…" (context menu,
    Ctrl+E) through :meth:`offer_export`: all the rows of the current filter, not only those loaded. A
    page that can stream its query (``load(fetch, every=…)``) is read in one pass; otherwise the export
    pages through ``fetch`` as the list does, a few thousand rows at a time. ``about=`` is the filter
    in words for the workbook.

    Signals:
        selected(object): the selected row, or None when nothing is selected.
    """

    selected = Signal(object)

    def __init__(self, view: QTableView, model: RowsModel, *, key: Callable[[Any], Hashable],
                 count_label: QLabel | None = None,
                 count_text: Callable[[int, bool], str] | None = None,
                 audit: tuple[str, Callable[[Any], int | str | None]] | None = None) -> None:
        super().__init__(view)
        self.view, self.model, self._key = view, model, key
        self._count_label, self._count_text = count_label, count_text
        self.audit = audit
        self.history_action: QAction | None = None
        self._show_history: HistoryOpener | None = None
        self.export_action: QAction | None = None
        self._start_export: Callable[[ListPanel], None] | None = None
        self.export_name = ""  # the list's name in the workbook (translated); else taken from the view's name
        self._fetch: Fetch | None = None
        self._every: Callable[[], Iterable[Any]] | None = None
        self._count: Callable[[], int] | None = None
        self._about = ""
        setup_table(view, model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.selectionModel().selectionChanged.connect(lambda *_: self.selected.emit(self.current()))
        view.installEventFilter(self)
        view.setTabKeyNavigation(False)  # Tab leaves the list for the form beside it; arrows move in it

    # -- the keyboard ------------------------------------------------------------------------

    _PICK_KEYS = frozenset({Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Space})

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        """Qt puts the cursor on the first row of a list entered without selecting it, so a single row
        could not be picked by keys and Down went to the second. Here the row under the cursor is
        picked when the list is tabbed into, or by the first arrow or Space while nothing is picked."""
        if obj is self.view and not self.view.selectionModel().hasSelection() and self.model.rowCount():
            if event.type() == QEvent.Type.FocusIn and event.reason() in self._KEYBOARD_REASONS:
                QTimer.singleShot(0, self._pick_current)  # after the view has set its cursor
            elif event.type() == QEvent.Type.KeyPress and event.key() in self._PICK_KEYS \
                    and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self._pick_current()
                return True
        return False

    _KEYBOARD_REASONS = frozenset({Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                                   Qt.FocusReason.ShortcutFocusReason})

    def _pick_current(self) -> None:
        if self.view.selectionModel().hasSelection() or not self.model.rowCount():
            return
        current = self.view.currentIndex()
        self.view.selectRow(current.row() if current.isValid() else 0)

    def _list_action(self, text: str, name: str, key: str, slot: Callable[[], None]) -> QAction:
        """An action on the list: in its context menu, and by ``key`` while the list has the focus."""
        action = QAction(text, self.view)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return action

    # -- the record's history (the audit viewer) ---------------------------------------

    HISTORY_KEY = "Ctrl+H"

    def offer_history(self, show: HistoryOpener) -> None:
        """Give a list that declared ``audit`` a "History…" action on the selected row: in its context
        menu and by Ctrl+H while the list has the focus; ``show(parent, table, record_id)`` opens it.
        Called by the main window for members with the right to read the audit trail, once."""
        if self.audit is None or self.history_action is not None:
            return
        self._show_history = show
        self.history_action = self._list_action(self.tr("History…"), "auditHistoryAction", self.HISTORY_KEY,
                                                self.show_history)
        self._history_follows_selection()
        self.selected.connect(lambda _row: self._history_follows_selection())

    def _history_follows_selection(self) -> None:
        if self.history_action is not None:
            self.history_action.setEnabled(self.current() is not None)

    def show_history(self) -> None:
        """Open the selected record's history (nothing selected: nothing to show)."""
        row = self.current()
        if row is None or self.audit is None or self._show_history is None:
            return
        table, record_id = self.audit
        rid = record_id(row)
        if rid is not None:
            self._show_history(self.view, table, rid)

    # -- export to Excel ---------------------------------------------------------------------

    EXPORT_KEY = "Ctrl+E"

    def offer_export(self, start: Callable[[ListPanel], None]) -> None:
        """Give the list an "Export to Excel…" action (context menu, Ctrl+E while it has the focus);
        ``start(panel)`` asks for the file and runs the export. Called by the main window for members
        who may export lists, once."""
        if self.export_action is not None:
            return
        self._start_export = start
        self.export_action = self._list_action(self.tr("Export to Excel…"), "exportListAction", self.EXPORT_KEY,
                                               self.export)

    def export(self) -> None:
        if self._start_export is not None:
            self._start_export(self)

    def _page_title(self) -> str:
        """The title of the form the list is on ("Find and reconcile", translated): the list's name in a
        workbook when none was given."""
        w = self.view.parentWidget()
        while w is not None and not w.isWindow():
            if w.windowTitle():
                return w.windowTitle()
            w = w.parentWidget()
        return ""

    def export_source(self) -> ListExport:
        """The list as it stands (its filter, its columns) for an export; the rows are read later, on
        the export's thread, through the same query."""
        model = self.model
        slug = self.view.objectName().removesuffix("Table") or "list"
        name = self.export_name or self._page_title() or slug
        cells = model.export_cells
        paged = isinstance(model, PagedRowsModel)
        fetch = model.fetcher if isinstance(model, PagedRowsModel) else None
        about = self._about if fetch is self._fetch else ""  # the model reloaded behind the panel's back
        if self._every is not None and fetch is self._fetch:
            every = self._every
            return ListExport(name, slug, model.titles(), about, None, lambda: _in_batches(every(), cells),
                              self._count)
        if paged and fetch is not None and model.canFetchMore():
            return ListExport(name, slug, model.titles(), about, None, lambda: _paged(fetch, cells))
        rows = model.rows()
        return ListExport(name, slug, model.titles(), about, len(rows), lambda: _in_batches(rows, cells))

    # -- what is shown ------------------------------------------------------------------

    def current(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def rows(self) -> list[Any]:
        return self.model.rows()

    def set_rows(self, rows: Sequence[Any], *, about: str = "") -> None:
        """Show ``rows`` (a plain list), keeping the selected record and the scroll position."""
        self._fetch, self._every, self._count, self._about = None, None, None, about
        with self._kept():
            self.model.set_rows(rows)

    def load(self, fetch: Fetch, *, every: Callable[[], Iterable[Any]] | None = None,
             count: Callable[[], int] | None = None, about: str = "") -> None:
        """Show a paged query (``PagedRowsModel``), keeping the selected record and the scroll position.
        ``every()``, when given, streams all the rows ``fetch`` pages through and ``count()`` says how
        many they are (for an export)."""
        assert isinstance(self.model, PagedRowsModel)
        self._fetch, self._every, self._count, self._about = fetch, every, count, about
        with self._kept():
            self.model.load(fetch)

    def select_key(self, key: Hashable | None) -> bool:
        """Select the record with ``key`` if it is loaded; False if it is not."""
        for i, row in enumerate(self.model.rows()):
            if key is not None and self._key(row) == key:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(i, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def update_count(self) -> None:
        if self._count_label is not None and self._count_text is not None:
            more = isinstance(self.model, PagedRowsModel) and self.model.canFetchMore()
            self._count_label.setText(self._count_text(self.model.rowCount(), more))

    # -- keeping the user's place -------------------------------------------------------

    def _kept(self) -> _KeepPlace:
        return _KeepPlace(self)


class _KeepPlace:
    """Remembers the selected key and the scroll position around a model reset."""

    def __init__(self, panel: ListPanel) -> None:
        self.panel = panel

    def __enter__(self) -> None:
        p = self.panel
        row = p.current()
        self.key = p._key(row) if row is not None else None
        self.loaded = p.model.rowCount()
        self.scroll = p.view.verticalScrollBar().value()
        self.had_focus = p.view.hasFocus()
        p.view.selectionModel().blockSignals(True)

    def __exit__(self, *exc) -> None:
        p = self.panel
        model = p.model
        # A paged list scrolled past its first page gets those pages back before the scroll is restored.
        if isinstance(model, PagedRowsModel):
            while model.rowCount() < self.loaded and model.canFetchMore():
                model.fetchMore()
        p.view.selectionModel().blockSignals(False)
        found = p.select_key(self.key)
        p.view.verticalScrollBar().setValue(self.scroll)
        p.update_count()
        if not found:
            p.view.clearSelection()
        p.selected.emit(p.current())  # the detail beside the list follows: the same record, or none


def _in_batches(rows: Iterable[Any], cells: Callable[[Sequence[Any]], list[tuple[Any, ...]]],
                size: int = 1000) -> Iterator[tuple[Any, ...]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield from cells(batch)
            batch = []
    if batch:
        yield from cells(batch)


def _paged(fetch: Fetch, cells: Callable[[Sequence[Any]], list[tuple[Any, ...]]]) -> Iterator[tuple[Any, ...]]:
    offset = 0
    while True:
        page = list(fetch(offset, EXPORT_PAGE))
        yield from cells(page)
        if len(page) < EXPORT_PAGE:
            return
        offset += len(page)


def kinds(*names: str) -> frozenset[str]:
    """``kinds("visit", "request")`` — checked against the feed's kinds so a typo fails at import."""
    from deskapp.db.changes import ALL_KINDS

    unknown = set(names) - ALL_KINDS
    if unknown:
        raise ValueError(f"unknown kinds of record: {sorted(unknown)}")
    return frozenset(names)


def list_takes_the_space(splitter: QSplitter, pane: int) -> None:
    """The list is the desk's main view: its pane of ``splitter`` gets whatever the others (a form, a
    detail) do not need, now and as the window grows; the user may still drag the handle."""
    for i in range(splitter.count()):
        splitter.setStretchFactor(i, 1 if i == pane else 0)
