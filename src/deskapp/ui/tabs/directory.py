"""Resident directory tab: search as you type; the selected unit's residents, notes and holds and its
latest visits, calls and requests beside the list."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from deskapp.config import StationConfig
from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor, Permission
from deskapp.services.cards import CardService
from deskapp.services.directory import (
    DirectoryRow,
    DirectoryService,
    NoteInfo,
    ResidentInfo,
    UnitDetail,
)
from deskapp.services.directory_export import DirectoryExportService
from deskapp.services.directory_import import DirectoryImportService
from deskapp.services.history import HistoryService
from deskapp.services.printouts import DocumentKind, PrintService
from deskapp.ui.banners import show_holds
from deskapp.ui.dialogs.directory import NoteDialog, ReasonDialog, ResidentDialog, UnitDialog
from deskapp.ui.dialogs.import_dialog import ImportDialog
from deskapp.ui.dialogs.print_preview import PrintPreviewDialog
from deskapp.ui.forms import load_form
from deskapp.ui.keys import shortcuts
from deskapp.ui.messages import show_error
from deskapp.ui.models.directory import DirectoryResultsModel, NotesModel, ResidentsModel
from deskapp.ui.models.history import HistoryModel, history_key
from deskapp.ui.pages import ListPanel, Page, kinds
from deskapp.ui.widgets.unit_cards import UnitCardsLine


class DirectoryTab(Page):
    """The directory: search results on the left, the selected row's unit beside them (its residents,
    notes and holds, and its latest visits, calls and requests). A Page of its own: changes to any of
    those, here or at another station, reload it with the selected row kept."""

    start_field = "searchEdit"  # clicking or choosing the tab puts the cursor in the search box

    kinds = kinds("resident", "unit", "unit_note", "visit", "call", "request", "card")

    def __init__(self, *, directory: DirectoryService, importer: DirectoryImportService,
                 exporter: DirectoryExportService, printing: PrintService, actor: Actor,
                 config: StationConfig, config_path: Path, history: HistoryService | None = None,
                 cards: CardService | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryTab")
        self._directory, self._importer, self._exporter, self._printing = directory, importer, exporter, printing
        self._actor, self._config, self._config_path = actor, config, config_path
        self._history = history
        self.ui = u = load_form("directory_tab.ui", self)
        self.unit_cards = UnitCardsLine.below(u.holdsLabel, cards=cards, actor=actor)  # access cards (#13)
        self.unit: UnitDetail | None = None
        self.results = DirectoryResultsModel(self)
        self.residents = ResidentsModel(self)
        self.notes = NotesModel(self)
        self.history = HistoryModel(self)
        self.results_list = ListPanel(u.resultsTable, self.results, key=lambda r: (r.unit_id, r.resident_id),
                                      count_label=u.resultCountLabel, count_text=self._count_text,
                                      audit=("unit", lambda r: r.unit_id))
        self.residents_list = ListPanel(u.residentsTable, self.residents, key=lambda r: r.id,
                                        audit=("resident", lambda r: r.id))
        self.notes_list = ListPanel(u.notesTable, self.notes, key=lambda n: n.id, audit=("unit_note", lambda n: n.id))
        self.history_list = ListPanel(u.unitHistoryTable, self.history, key=history_key)
        u.unitHistoryLabel.setVisible(history is not None)
        u.unitHistoryTable.setVisible(history is not None)
        u.holdsLabel.setVisible(False)
        u.searchEdit.textChanged.connect(self.search)
        u.searchEdit.returnPressed.connect(self._focus_results)
        shortcuts(u.searchEdit, ["Down"], self._focus_results, context=Qt.ShortcutContext.WidgetShortcut)
        self.results_list.selected.connect(self._row_selected)
        self.residents_list.selected.connect(self._update_buttons)
        self.notes_list.selected.connect(self._update_buttons)
        u.residentsTable.doubleClicked.connect(self.edit_resident)
        u.newUnitButton.clicked.connect(self.new_unit)
        u.addResidentButton.clicked.connect(self.add_resident)
        u.editResidentButton.clicked.connect(self.edit_resident)
        u.voidResidentButton.clicked.connect(self.void_resident)
        u.addNoteButton.clicked.connect(self.add_note)
        u.voidNoteButton.clicked.connect(self.void_note)
        u.printCardButton.clicked.connect(self.print_card)
        u.importButton.clicked.connect(self.import_sheet)
        u.exportButton.clicked.connect(self.export_sheet)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        can = actor.can
        u.newUnitButton.setVisible(can(Permission.DIRECTORY_EDIT))
        u.importButton.setVisible(can(Permission.DIRECTORY_IMPORT))
        u.exportButton.setVisible(can(Permission.DIRECTORY_EXPORT))
        u.printCardButton.setVisible(can(Permission.PRINT))
        for name in ("addResidentButton", "editResidentButton", "addNoteButton", "voidNoteButton"):
            getattr(u, name).setVisible(can(Permission.DIRECTORY_EDIT))
        u.voidResidentButton.setVisible(can(Permission.DIRECTORY_VOID))
        self.search("")
        self._update_buttons()

    # -- searching ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _fetch(self, text: str):
        return lambda offset, limit: self._directory.search(self._actor, text, offset=offset, limit=limit)

    def _count_text(self, n: int, more: bool) -> str:
        if more:
            return self.tr("{count}+ rows, scroll for more").format(count=n)
        return self.tr("1 row") if n == 1 else self.tr("{count} rows").format(count=n)

    def search(self, text: str) -> None:
        """Show the rows matching ``text`` (the first page; more as the list scrolls)."""
        try:
            self.results.load(self._fetch(text))
        except DeskError as exc:
            self.ui.resultCountLabel.setText("")
            show_error(self, exc)
            return
        self.results_list.update_count()
        self.ui.resultsTable.scrollToTop()
        self._row_selected(None)  # a new search starts with nothing selected (a reset clears it silently)
        if len({r.unit_id for r in self.results.rows()}) == 1:  # one unit found: show it at once
            self.ui.resultsTable.selectRow(0)

    def reload(self) -> None:
        """The same search again, the selected row (or at least its unit) kept, its unit read again."""
        unit_id = self.unit.id if self.unit is not None else None
        with contextlib.suppress(DeskError):  # what is shown stays until the database answers again
            self.results_list.load(self._fetch(self.ui.searchEdit.text()))
        if self.results_list.current() is None and unit_id is not None:
            self.select_unit(unit_id)  # its row changed (a first resident moved in): the unit stays

    def select_unit(self, unit_id: int) -> bool:
        """Select the first listed row of the unit; False if none is listed."""
        row = next((r for r in self.results.rows() if r.unit_id == unit_id), None)
        return row is not None and self.results_list.select_key((row.unit_id, row.resident_id))

    def show_found(self, unit_id: int, room_no: str) -> bool:
        """The one search box chose a unit: searched for by its room, its row selected, the list in focus."""
        self.ui.searchEdit.setText(room_no)  # searches at once (textChanged)
        found = self.select_unit(unit_id)
        self.ui.resultsTable.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def _focus_results(self) -> None:
        if self.results.rowCount():
            self.ui.resultsTable.setFocus()
            if not self.ui.resultsTable.selectionModel().hasSelection():
                self.ui.resultsTable.selectRow(0)

    def _row_selected(self, row: DirectoryRow | None) -> None:
        """The detail beside the list is always the selected row's unit (nothing when none is selected)."""
        if row is None:
            self.show_unit(None)
        else:
            self.show_unit(row.unit_id)

    # -- the unit beside the list ------------------------------------------------------------

    def show_unit(self, unit_id: int | None) -> None:
        unit = None
        if unit_id is not None:
            try:
                unit = self._directory.unit_detail(self._actor, unit_id)
            except DeskError as exc:
                show_error(self, exc)
        self.unit = unit
        u = self.ui
        if self.unit_cards is not None:
            self.unit_cards.show_unit(unit.id if unit is not None else None)
        if unit is None:
            u.unitTitleLabel.clear()
            u.holdsLabel.setVisible(False)
            for panel in (self.residents_list, self.notes_list, self.history_list):
                panel.set_rows([])
            self._update_buttons()
            return
        facts = [unit.room_no, unit.building_name]
        if unit.floor is not None:
            facts.append(self.tr("floor {floor}").format(floor=unit.floor))
        if unit.area_m2:
            facts.append(f"{unit.area_m2} m²")
        u.unitTitleLabel.setText("  ·  ".join(facts))
        show_holds(u.holdsLabel, unit.holds)
        self.residents_list.set_rows(unit.residents)
        self.notes_list.set_rows(unit.notes)
        if self._history is not None:
            with contextlib.suppress(DeskError):  # the history is a help beside the unit, not the unit
                self.history_list.set_rows(self._history.unit_history(self._actor, unit.id))
        self._update_buttons()

    def selected_resident(self) -> ResidentInfo | None:
        return self.residents_list.current()

    def selected_note(self) -> NoteInfo | None:
        return self.notes_list.current()

    def _update_buttons(self, *_args) -> None:
        u = self.ui
        has_unit = self.unit is not None
        resident = self.selected_resident() if has_unit else None
        note = self.selected_note() if has_unit else None
        u.addResidentButton.setEnabled(has_unit)
        u.addNoteButton.setEnabled(has_unit)
        u.printCardButton.setEnabled(has_unit)
        u.editResidentButton.setEnabled(resident is not None and resident.voided_at is None)
        u.voidResidentButton.setEnabled(resident is not None and resident.voided_at is None)
        u.voidNoteButton.setEnabled(note is not None and note.voided_at is None and self._actor.may_lift(note.kind))

    # -- actions: one service call each (in their dialogs); the change feed shows the result ----------

    def new_unit(self) -> None:
        dialog = UnitDialog(directory=self._directory, actor=self._actor, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created:
            with QSignalBlocker(self.ui.searchEdit):
                self.ui.searchEdit.setText(dialog.created.room_no)
            self.search(dialog.created.room_no)
            self.select_unit(dialog.created.id)

    def add_resident(self) -> None:
        if self.unit is None:
            return
        ResidentDialog(directory=self._directory, actor=self._actor, unit=self.unit, parent=self).exec()

    def edit_resident(self, *_args) -> None:
        resident = self.selected_resident()
        if self.unit is None or resident is None or resident.voided_at is not None:
            return
        if not self._actor.can(Permission.DIRECTORY_EDIT):
            return
        ResidentDialog(directory=self._directory, actor=self._actor, unit=self.unit, resident=resident,
                       parent=self).exec()

    def void_resident(self) -> None:
        resident = self.selected_resident()
        if resident is None:
            return
        ReasonDialog(
            prompt=self.tr("Void the record of {name}? It stays visible, marked void, with your reason. "
                      "For a resident who moved away, edit the record and set the move-out date instead.")
            .format(name=resident.name),
            action=lambda reason: self._directory.void_resident(self._actor, resident.id, reason=reason),
            parent=self).exec()

    def add_note(self) -> None:
        if self.unit is None:
            return
        NoteDialog(directory=self._directory, actor=self._actor, unit=self.unit, parent=self).exec()

    def void_note(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        ReasonDialog(
            prompt=self.tr("Lift this hold or withdraw this note? It stays in the unit's history with your reason."),
            action=lambda reason: self._directory.void_note(self._actor, note.id, reason=reason), parent=self).exec()

    def card_preview(self) -> PrintPreviewDialog | None:
        """The unit card of the unit shown, in a preview dialog (not yet shown)."""
        if self.unit is None:
            return None
        unit_id = self.unit.id
        return PrintPreviewDialog.of(lambda p: self._printing.unit_card(self._actor, unit_id, p),
                                     self._config.page_for(DocumentKind.UNIT_CARD), config=self._config,
                                     config_path=self._config_path, parent=self)

    def print_card(self) -> None:
        dialog = self.card_preview()
        if dialog is not None:
            dialog.exec()

    def import_sheet(self) -> None:
        ImportDialog(importer=self._importer, actor=self._actor, parent=self).exec()

    def export_sheet(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export residents"), "residents.xlsx", "Excel (*.xlsx)")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int | None:
        try:
            count = self._exporter.export_xlsx(self._actor, path)
        except DeskError as exc:
            show_error(self, exc)
            return None
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export residents"),
                                self.tr("The file could not be written: {reason}").format(reason=exc.strerror or exc))
            return None
        QMessageBox.information(self, self.tr("Export residents"),
                                (self.tr("1 row written to {path}.") if count == 1 else
                                 self.tr("{count} rows written to {path}.")).format(count=count, path=path))
        return count

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.focus_search()
            return
        super().keyPressEvent(event)
