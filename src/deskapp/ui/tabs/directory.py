"""Resident directory tab: search as you type, a unit's residents, notes and holds beside the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from deskapp.config import StationConfig
from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor, Permission
from deskapp.printing.pages import PageSize
from deskapp.services.directory import DirectoryService, NoteInfo, ResidentInfo, UnitDetail
from deskapp.services.directory_export import DirectoryExportService
from deskapp.services.directory_import import DirectoryImportService
from deskapp.services.history import HistoryService
from deskapp.services.printouts import DocumentKind, PrintService
from deskapp.ui import fmt
from deskapp.ui.dialogs.directory import NoteDialog, ReasonDialog, ResidentDialog, UnitDialog
from deskapp.ui.dialogs.import_dialog import ImportDialog
from deskapp.ui.dialogs.print_preview import PrintPreviewDialog
from deskapp.ui.forms import load_form
from deskapp.ui.messages import show_error
from deskapp.ui.models.directory import DirectoryResultsModel, NotesModel, ResidentsModel
from deskapp.ui.models.history import HistoryModel
from deskapp.ui.tables import setup_table


class DirectoryTab(QWidget):
    """Signals:
        directory_changed(): a unit, resident or note was added or changed here.
    """

    directory_changed = Signal()

    def __init__(self, *, directory: DirectoryService, importer: DirectoryImportService,
                 exporter: DirectoryExportService, printing: PrintService, actor: Actor,
                 config: StationConfig, config_path: Path, history: HistoryService | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryTab")
        self._directory, self._importer, self._exporter, self._printing = directory, importer, exporter, printing
        self._actor, self._config, self._config_path = actor, config, config_path
        self._history = history
        self.ui = load_form("directory_tab.ui", self)
        self.unit: UnitDetail | None = None
        self.results = DirectoryResultsModel(self)
        self.residents = ResidentsModel(self)
        self.notes = NotesModel(self)
        self.history = HistoryModel(self)
        u = self.ui
        u.unitHistoryLabel.setVisible(history is not None)
        u.unitHistoryTable.setVisible(history is not None)
        for view, model in ((u.resultsTable, self.results), (u.residentsTable, self.residents),
                            (u.notesTable, self.notes), (u.unitHistoryTable, self.history)):
            setup_table(view, model)
        u.holdsLabel.setVisible(False)
        u.searchEdit.textChanged.connect(self.search)
        u.searchEdit.returnPressed.connect(self._focus_results)
        u.resultsTable.selectionModel().selectionChanged.connect(self._result_selected)
        u.residentsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        u.notesTable.selectionModel().selectionChanged.connect(self._update_buttons)
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

    def search(self, text: str) -> None:
        """Show the rows matching ``text`` (the first page; more as the list scrolls)."""
        try:
            self.results.load(lambda offset, limit: self._directory.search(
                self._actor, text, offset=offset, limit=limit))
        except DeskError as exc:
            self.ui.resultCountLabel.setText("")
            show_error(self, exc)
            return
        n = self.results.rowCount()
        more = self.results.canFetchMore()
        self.ui.resultCountLabel.setText(
            self.tr("{count}+ rows, scroll for more").format(count=n) if more else self.tr("{count} rows").format(count=n))
        if len({r.unit_id for r in self.results.rows()}) == 1:  # one unit found: show it at once
            self.ui.resultsTable.selectRow(0)

    def _focus_results(self) -> None:
        if self.results.rowCount():
            self.ui.resultsTable.setFocus()
            if not self.ui.resultsTable.selectionModel().hasSelection():
                self.ui.resultsTable.selectRow(0)

    def _result_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.resultsTable.selectionModel().selectedRows()
        row = self.results.row_at(rows[0].row()) if rows else None
        if row is not None and (self.unit is None or self.unit.id != row.unit_id):
            self.show_unit(row.unit_id)

    # -- the unit beside the list ------------------------------------------------------------

    def show_unit(self, unit_id: int) -> None:
        try:
            unit = self._directory.unit_detail(self._actor, unit_id)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.unit = unit
        u = self.ui
        facts = [unit.room_no, unit.building_name]
        if unit.floor is not None:
            facts.append(self.tr("floor {floor}").format(floor=unit.floor))
        if unit.area_m2:
            facts.append(f"{unit.area_m2} m²")
        u.unitTitleLabel.setText("  ·  ".join(facts))
        holds = unit.holds
        u.holdsLabel.setVisible(bool(holds))
        u.holdsLabel.setText("\n".join(f"⚠ {fmt.note_kind(n.kind)}：{n.text}" for n in holds))
        self.residents.set_rows(unit.residents)
        self.notes.set_rows(unit.notes)
        if self._history is not None:
            try:
                self.history.set_rows(self._history.unit_history(self._actor, unit.id))
            except DeskError as exc:
                show_error(self, exc)
        self._update_buttons()

    def _refresh(self) -> None:
        if self.unit is not None:
            self.show_unit(self.unit.id)
        self.directory_changed.emit()

    def selected_resident(self) -> ResidentInfo | None:
        rows = self.ui.residentsTable.selectionModel().selectedRows()
        return self.residents.row_at(rows[0].row()) if rows else None

    def selected_note(self) -> NoteInfo | None:
        rows = self.ui.notesTable.selectionModel().selectedRows()
        return self.notes.row_at(rows[0].row()) if rows else None

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
        u.voidNoteButton.setEnabled(note is not None and note.voided_at is None)

    # -- actions ----------------------------------------------------------------------------

    def new_unit(self) -> None:
        dialog = UnitDialog(directory=self._directory, actor=self._actor, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created:
            self.ui.searchEdit.setText(dialog.created.room_no)
            self.show_unit(dialog.created.id)
            self.directory_changed.emit()

    def add_resident(self) -> None:
        if self.unit is None:
            return
        dialog = ResidentDialog(directory=self._directory, actor=self._actor, unit=self.unit, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._refresh()

    def edit_resident(self, *_args) -> None:
        resident = self.selected_resident()
        if self.unit is None or resident is None or resident.voided_at is not None:
            return
        if not self._actor.can(Permission.DIRECTORY_EDIT):
            return
        dialog = ResidentDialog(directory=self._directory, actor=self._actor, unit=self.unit,
                                resident=resident, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._refresh()

    def void_resident(self) -> None:
        resident = self.selected_resident()
        if resident is None:
            return
        dialog = ReasonDialog(
            prompt=self.tr("Void the record of {name}? It stays visible, marked void, with your reason. "
                      "For a resident who moved away, edit the record and set the move-out date instead.")
            .format(name=resident.name),
            action=lambda reason: self._directory.void_resident(self._actor, resident.id, reason=reason),
            parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._refresh()

    def add_note(self) -> None:
        if self.unit is None:
            return
        dialog = NoteDialog(directory=self._directory, actor=self._actor, unit=self.unit, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._refresh()

    def void_note(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        dialog = ReasonDialog(
            prompt=self.tr("Lift this hold or withdraw this note? It stays in the unit's history with your reason."),
            action=lambda reason: self._directory.void_note(self._actor, note.id, reason=reason), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._refresh()

    def card_preview(self) -> PrintPreviewDialog | None:
        """The unit card of the unit shown, in a preview dialog (not yet shown)."""
        if self.unit is None:
            return None
        unit_id = self.unit.id
        page = PageSize(self._config.printer_for(DocumentKind.UNIT_CARD).page or "A4")
        try:
            printout = self._printing.unit_card(self._actor, unit_id, page)
        except DeskError as exc:
            show_error(self, exc)
            return None
        return PrintPreviewDialog(printout=printout, config=self._config, config_path=self._config_path,
                                  rerender=lambda p: self._printing.unit_card(self._actor, unit_id, p), parent=self)

    def print_card(self) -> None:
        dialog = self.card_preview()
        if dialog is not None:
            dialog.exec()

    def import_sheet(self) -> None:
        dialog = ImportDialog(importer=self._importer, actor=self._actor, parent=self)
        dialog.imported.connect(lambda _plan: (self.search(self.ui.searchEdit.text()), self.directory_changed.emit()))
        dialog.exec()

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
                                self.tr("{count} rows written to {path}.").format(count=count, path=path))
        return count

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.focus_search()
            return
        super().keyPressEvent(event)
