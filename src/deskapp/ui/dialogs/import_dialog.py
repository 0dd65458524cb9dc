"""Import residents from a sheet: choose the file, check the column mapping, preview, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QTableWidgetItem

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor
from deskapp.services.directory_import import (
    FIELD_LABELS,
    DirectoryImportService,
    Field,
    ImportPlan,
    RowAction,
    guess_mapping,
    read_directory_sheet,
)
from deskapp.services.sheets import Sheet
from deskapp.ui.forms import load_form, tr_error, tr_problem
from deskapp.ui.models.import_plan import ImportPlanModel


def _column_letter(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class ImportDialog(QDialog):
    """Import a sheet: columns guessed and changeable, every row previewed, nothing written while any
    row has an error; what it imports reaches the lists through the change feed."""

    def __init__(self, *, importer: DirectoryImportService, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self._importer, self._actor = importer, actor
        self.ui = load_form("import_form.ui", self)
        self.sheet: Sheet | None = None
        self.plan: ImportPlan | None = None
        self.model = ImportPlanModel(self)
        self.ui.previewTable.setModel(self.model)
        self.ui.previewTable.horizontalHeader().setStretchLastSection(True)
        self.ui.previewTable.verticalHeader().setVisible(False)  # the sheet's own row numbers are a column
        table = self.ui.mappingTable
        table.setColumnCount(2)
        table.setRowCount(len(Field))
        table.setHorizontalHeaderLabels([QCoreApplication.translate("ImportDialog", "Field"),
                                         QCoreApplication.translate("ImportDialog", "Column in the sheet")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        self._combos: dict[Field, QComboBox] = {}
        for row, fld in enumerate(Field):
            item = QTableWidgetItem(QCoreApplication.translate("import", FIELD_LABELS[fld]))
            table.setItem(row, 0, item)
            combo = QComboBox()
            combo.setObjectName(f"mapping_{fld.value}")
            combo.currentIndexChanged.connect(self._replan)
            table.setCellWidget(row, 1, combo)
            self._combos[fld] = combo
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.importButton.clicked.connect(self._import)
        self.ui.closeButton.clicked.connect(self.reject)
        self.resize(900, 700)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("ImportDialog", "Choose the residents sheet"), "",
            QCoreApplication.translate("ImportDialog", "Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Read the sheet, guess the columns and show the preview."""
        self.ui.messageLabel.clear()
        self.ui.fileEdit.setText(str(path))
        try:
            sheet = read_directory_sheet(path)
        except DeskError as exc:
            self.sheet = None
            self.plan = None
            self.model.set_rows([])
            self.ui.summaryLabel.clear()
            self.ui.importButton.setEnabled(False)
            self.ui.messageLabel.setText(tr_error(exc))
            return
        self.sheet = sheet
        guess = guess_mapping(sheet.headers)
        none = QCoreApplication.translate("ImportDialog", "(not in the sheet)")
        for fld, combo in self._combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(none, -1)
            for i, header in enumerate(sheet.headers):
                combo.addItem(f"{_column_letter(i)}: {header}" if header else _column_letter(i), i)
            combo.setCurrentIndex(combo.findData(guess.get(fld, -1)))
            combo.blockSignals(False)
        self._replan()

    def mapping(self) -> dict[Field, int]:
        return {fld: combo.currentData() for fld, combo in self._combos.items()
                if combo.currentData() is not None and combo.currentData() >= 0}

    def set_mapping(self, fld: Field, column: int) -> None:
        combo = self._combos[fld]
        combo.setCurrentIndex(combo.findData(column))

    def _replan(self) -> None:
        if self.sheet is None:
            return
        try:
            plan = self._importer.plan(self._actor, self.sheet, self.mapping())
        except DeskError as exc:
            self.ui.messageLabel.setText(tr_error(exc))
            self.ui.importButton.setEnabled(False)
            return
        self.plan = plan
        self.model.set_rows(plan.rows)
        self.ui.messageLabel.setText("\n".join(tr_problem(p) for p in plan.mapping_problems))
        self.ui.summaryLabel.setText(QCoreApplication.translate(
            "ImportDialog", "{rows} rows: {new} new, {update} to update, {same} unchanged, {skip} skipped, "
            "{empty} rooms with no resident, {errors} with errors; {units} new units.").format(
            rows=len(plan.rows), new=plan.count(RowAction.NEW), update=plan.count(RowAction.UPDATE),
            same=plan.count(RowAction.SAME), skip=plan.count(RowAction.SKIP), empty=plan.count(RowAction.EMPTY),
            errors=len(plan.errors), units=plan.new_units))
        if plan.errors:
            self.ui.messageLabel.setText(QCoreApplication.translate(
                "ImportDialog", "Rows with errors are marked red. Correct them in the file and choose it again: "
                "nothing is imported while any row has an error."))
        self.ui.importButton.setEnabled(plan.ok and plan.has_work)

    def _import(self) -> None:
        if self.sheet is None:
            return
        try:
            plan = self._importer.commit(self._actor, self.sheet, self.mapping())
        except DeskError as exc:
            self.ui.messageLabel.setText(tr_error(exc))
            return
        self.ui.importButton.setEnabled(False)
        self.ui.messageLabel.setText("")
        self.ui.summaryLabel.setText(QCoreApplication.translate(
            "ImportDialog", "Imported: {new} new residents, {update} updated, {units} new units.").format(
            new=plan.count(RowAction.NEW), update=plan.count(RowAction.UPDATE), units=plan.new_units))
