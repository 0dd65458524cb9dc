"""Preview of a printout, then print it to the chosen printer or save it as a PDF."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QVBoxLayout

from deskapp.config import PrinterChoice, StationConfig
from deskapp.domain.errors import DeskError
from deskapp.printing.pages import ALLOWED_PAGES, PageSize
from deskapp.services.printouts import Printout
from deskapp.ui.dialogs.settings import fill_pages, fill_printers
from deskapp.ui.forms import fitting_size, load_form, tr_error

MAX_DPI = 300


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint each page of ``pdf`` on ``printer``; returns the number of pages printed."""
    doc = QPdfDocument()
    buf = QBuffer()
    buf.setData(QByteArray(pdf))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    pages = doc.pageCount()
    if pages == 0:
        return 0
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for i in range(pages):
            if i:
                printer.newPage()
            size_pt = doc.pagePointSize(i)
            image = doc.render(i, QSize(int(size_pt.width() * dpi / 72), int(size_pt.height() * dpi / 72)))
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()
    return pages


class PrintPreviewDialog(QDialog):
    """Shows ``printout``; changing the page size asks ``rerender(page)`` for a new one."""

    @classmethod
    def of(cls, render: Callable[[PageSize], Printout], page: PageSize, *, config: StationConfig, config_path: Path,
           parent) -> PrintPreviewDialog | None:
        """The preview of ``render(page)`` (a change of page renders again); None when the printout is
        refused, the reason shown to the user."""
        from deskapp.ui.messages import show_error

        try:
            printout = render(page)
        except DeskError as exc:
            show_error(parent, exc)
            return None
        return cls(printout=printout, config=config, config_path=config_path, rerender=render, parent=parent)

    def __init__(self, *, printout: Printout, config: StationConfig, config_path: Path,
                 rerender: Callable[[PageSize], Printout], printer: str | None = None, remember: bool = True,
                 parent=None) -> None:
        """``printer``: the printer offered first (else the station's for this kind); ``remember``: printing
        keeps the printer and page as the station's choice for this kind (not for a test page)."""
        super().__init__(parent)
        self.setObjectName("printPreviewDialog")
        self._printout, self._config, self._path, self._rerender = printout, config, config_path, rerender
        self.ui = load_form("print_preview_form.ui", self)
        self.setWindowTitle(printout.title)
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView(self.ui.previewHost)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        QVBoxLayout(self.ui.previewHost).addWidget(self.view)
        choice = config.printers.get(printout.kind) or PrinterChoice()  # showing changes no setting
        fill_printers(self.ui.printerCombo, choice.printer if printer is None else printer)
        self._keep_choice = remember
        fill_pages(self.ui.pageCombo, printout.page.value, ALLOWED_PAGES.get(printout.kind, tuple(PageSize)))
        self.ui.pageCombo.currentIndexChanged.connect(self._page_changed)
        self.ui.printButton.clicked.connect(self.print_now)
        self.ui.saveButton.clicked.connect(self._save)
        self.ui.closeButton.clicked.connect(self.reject)
        self._show(printout)
        self.resize(*fitting_size(self, 640, 820))

    @property
    def printout(self) -> Printout:
        return self._printout

    def _show(self, printout: Printout) -> None:
        self._printout = printout
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(printout.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _page_changed(self) -> None:
        try:
            self._show(self._rerender(PageSize(self.ui.pageCombo.currentData())))
        except DeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), tr_error(exc))

    def _remember(self) -> None:
        if not self._keep_choice:
            return
        choice = self._config.printer_for(self._printout.kind)
        choice.printer = self.ui.printerCombo.currentData() or ""
        choice.page = self._printout.page.value
        with contextlib.suppress(OSError):  # the choice is only a convenience; printing goes on
            self._config.save(self._path)

    def make_printer(self) -> QPrinter:
        name = self.ui.printerCombo.currentData() or ""
        info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        size = {PageSize.A4: QPageSize(QPageSize.PageSizeId.A4), PageSize.A5: QPageSize(QPageSize.PageSizeId.A5)}
        page = self._printout.page
        if page in size:
            printer.setPageSize(size[page])
        else:
            pt = self.document.pagePointSize(0)
            printer.setPageSize(QPageSize(pt, QPageSize.Unit.Point, "80mm", QPageSize.SizeMatchPolicy.ExactMatch))
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        printer.setFullPage(True)
        printer.setDocName(self._printout.title)
        return printer

    def print_now(self) -> bool:
        printer = self.make_printer()
        if not printer.isValid():
            QMessageBox.warning(self, self.windowTitle(), QCoreApplication.translate(
                "PrintPreviewDialog", "No printer is installed on this PC. Save the printout as a PDF instead."))
            return False
        pages = print_pdf(self._printout.pdf, printer)
        if pages == 0:
            QMessageBox.warning(self, self.windowTitle(), QCoreApplication.translate(
                "PrintPreviewDialog", "The printer {name} could not be used. Check that it is on and try again.")
                .format(name=printer.printerName()))
            return False
        self._remember()
        self.accept()
        return True

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("PrintPreviewDialog", "Save as PDF"),
            f"{self._printout.title}.pdf", "PDF (*.pdf)")
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        try:
            path.write_bytes(self._printout.pdf)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), QCoreApplication.translate(
                "PrintPreviewDialog", "The file could not be saved: {reason}").format(reason=exc.strerror or exc))
            return
        self._remember()
