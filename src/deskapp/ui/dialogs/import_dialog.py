"""Import residents from a sheet: choose the file, check the column mapping, preview, import.

Reading, planning and the commit run on a worker thread with a progress bar and Cancel, so the window
stays responsive with a big site's sheet; a cancelled commit is rolled back (nothing written). A change
of the mapping or of the header row plans again from the sheet already read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QTableWidgetItem

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor
from deskapp.services.directory_import import (
    FIELD_LABELS,
    DirectoryImportService,
    Field,
    ImportCancelled,
    ImportPlan,
    RowAction,
    guess_mapping,
    read_directory_sheet,
)
from deskapp.services.sheets import Progress, Sheet
from deskapp.ui.forms import fitting_size, load_form, tr_error, tr_problem
from deskapp.ui.models.import_plan import ImportPlanModel


def _column_letter(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class _Job(QThread):
    """One read, plan or commit on a thread of its own; Cancel makes its progress callback raise.

    Signals (queued to the GUI thread): progressed(done, total), succeeded(result), failed(exception).
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise ImportCancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Exception as exc:  # handed to the GUI thread, which says what it was
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


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
        self._job: _Job | None = None
        self._then: Callable[[object], None] = lambda _result: None
        self._replan_wanted = False
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
        self.ui.progressBar.setVisible(False)
        self.ui.headerRowSpin.valueChanged.connect(self._header_row_changed)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.importButton.clicked.connect(self._import)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.closeButton.clicked.connect(self.reject)
        self.resize(*fitting_size(self, 900, 700))

    # -- the worker --------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A read, plan or commit is running."""
        return self._job is not None

    def _start(self, work: Callable[[Progress], object], done: Callable[[object], None], label: str) -> None:
        job = _Job(work, self)
        self._job, self._then = job, done
        # Bound methods of this dialog: queued to the GUI thread (a lambda would run on the worker).
        job.progressed.connect(self._show_progress)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._job_failed)
        self.ui.progressBar.setRange(0, 0)
        self.ui.progressBar.setFormat(label + " %p%")
        self.ui.progressBar.setVisible(True)
        self.ui.cancelButton.setEnabled(True)
        self.ui.importButton.setEnabled(False)
        self.ui.browseButton.setEnabled(False)
        self.ui.headerRowSpin.setEnabled(False)
        self.ui.mappingTable.setEnabled(False)
        job.start()

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.ui.progressBar.setRange(0, total)
            self.ui.progressBar.setValue(min(done, total))

    def _succeeded(self, result: object) -> None:
        self._finish(self._then, result)

    def _job_failed(self, exc: object) -> None:
        self._finish(self._failed, exc)

    def _finish(self, then: Callable[[object], None], result: object) -> None:
        job = self._job
        if job is not None:
            job.wait()
            job.deleteLater()
        self._job = None
        self.ui.progressBar.setVisible(False)
        self.ui.cancelButton.setEnabled(False)
        self.ui.browseButton.setEnabled(True)
        self.ui.mappingTable.setEnabled(True)
        self.ui.headerRowSpin.setEnabled(self.sheet is not None)
        then(result)
        if self._job is None and self._replan_wanted:
            self._replan()

    def _failed(self, exc: object) -> None:
        if isinstance(exc, ImportCancelled):
            self.ui.messageLabel.setText(QCoreApplication.translate(
                "ImportDialog", "Cancelled; nothing was saved."))
        elif isinstance(exc, DeskError):
            self.ui.messageLabel.setText(tr_error(exc))
        else:
            raise exc  # type: ignore[misc]  # the application's handler logs it and tells the user
        self._enable_import()

    def cancel(self) -> None:
        """Stop what runs; a commit is rolled back."""
        if self._job is not None:
            self._job.cancel()
            self._replan_wanted = False

    def wait(self) -> None:
        """Block until the running job (if any) ends and its result is shown (for tests and closing)."""
        while self._job is not None:
            job = self._job
            job.wait()
            QCoreApplication.processEvents()
            if self._job is job:  # its result signal was not delivered yet
                QCoreApplication.sendPostedEvents()

    def done(self, result: int) -> None:
        if self._job is not None:
            self.cancel()
            self.wait()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._job is not None:
            self.cancel()
            self.wait()
        super().closeEvent(event)

    # -- file, header row, mapping -----------------------------------------------------------------

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("ImportDialog", "Choose the residents sheet"), "",
            QCoreApplication.translate("ImportDialog", "Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Read the sheet (on the worker), find its header, guess the columns and show the preview."""
        if self._job is not None:
            return
        self.ui.messageLabel.clear()
        self.ui.summaryLabel.clear()
        self.ui.fileEdit.setText(str(path))
        self.sheet = None
        self.plan = None
        self.model.set_rows([])
        self._start(lambda progress: read_directory_sheet(path, progress), self._sheet_read,
                    QCoreApplication.translate("ImportDialog", "Reading"))

    def _sheet_read(self, sheet: object) -> None:
        assert isinstance(sheet, Sheet)
        spin = self.ui.headerRowSpin
        spin.blockSignals(True)
        spin.setRange(1, len(sheet.grid))
        spin.setValue(sheet.header_index + 1)
        spin.blockSignals(False)
        spin.setEnabled(True)
        self._use_sheet(sheet)

    def _header_row_changed(self, row: int) -> None:
        if self.sheet is not None and row - 1 != self.sheet.header_index:
            self._use_sheet(self.sheet.with_header(row - 1))

    def set_header_row(self, row: int) -> None:
        """Take spreadsheet row ``row`` (1-based) as the header."""
        self.ui.headerRowSpin.setValue(row)

    def _use_sheet(self, sheet: Sheet) -> None:
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

    # -- plan and commit -------------------------------------------------------------------------

    def _replan(self) -> None:
        if self.sheet is None:
            return
        if self._job is not None:  # planned again once the running job ends
            self._replan_wanted = True
            return
        self._replan_wanted = False
        sheet, mapping = self.sheet, self.mapping()
        self._start(lambda progress: self._importer.plan(self._actor, sheet, mapping, progress), self._planned,
                    QCoreApplication.translate("ImportDialog", "Checking"))

    def _planned(self, plan: object) -> None:
        assert isinstance(plan, ImportPlan)
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
        self._enable_import()

    def _enable_import(self) -> None:
        plan = self.plan
        self.ui.importButton.setEnabled(plan is not None and plan.ok and plan.has_work and self._job is None)

    def _import(self) -> None:
        if self.sheet is None or self._job is not None:
            return
        sheet, mapping = self.sheet, self.mapping()
        self.ui.messageLabel.clear()
        self._start(lambda progress: self._importer.commit(self._actor, sheet, mapping, progress), self._imported,
                    QCoreApplication.translate("ImportDialog", "Importing"))

    def _imported(self, plan: object) -> None:
        assert isinstance(plan, ImportPlan)
        self.plan = None
        self.ui.importButton.setEnabled(False)
        self.ui.messageLabel.setText("")
        self.ui.summaryLabel.setText(QCoreApplication.translate(
            "ImportDialog", "Imported: {new} new residents, {update} updated, {units} new units.").format(
            new=plan.count(RowAction.NEW), update=plan.count(RowAction.UPDATE), units=plan.new_units))
