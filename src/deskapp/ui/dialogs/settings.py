"""Station settings (this PC) and site settings (the whole site, administrators only)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from deskapp.config import LANGUAGES, PROFILES, PrinterChoice, StationConfig
from deskapp.domain.errors import QT_TRANSLATE_NOOP, DeskError, ValidationError
from deskapp.domain.roles import Actor
from deskapp.domain.text import check_text
from deskapp.domain.units import MAX_ENTRANCES, RoomScheme
from deskapp.printing.pages import (
    ALLOWED_PAGES,
    DEFAULT_PAGES,
    PAGE_LABELS,
    DocumentKind,
    PageSize,
    default_page,
)
from deskapp.services.site import SiteService
from deskapp.ui.dialogs.base import FormDialog
from deskapp.ui.forms import tr_error

if TYPE_CHECKING:
    from deskapp.services.printouts import Printout
    from deskapp.ui.dialogs.print_preview import PrintPreviewDialog

PROFILE_LABELS = {
    "front_desk": QT_TRANSLATE_NOOP("settings", "Front desk"),
    "control_room": QT_TRANSLATE_NOOP("settings", "Control room"),
    "gate": QT_TRANSLATE_NOOP("settings", "Gate"),
    "supervisor": QT_TRANSLATE_NOOP("settings", "Supervisor's office (the board first)"),
}
LANGUAGE_LABELS = {"zh_CN": "简体中文", "en": "English"}


def fill_printers(combo, selected: str) -> None:
    combo.clear()
    combo.addItem(QCoreApplication.translate("settings", "System default printer"), "")
    for name in QPrinterInfo.availablePrinterNames():
        combo.addItem(name, name)
    index = combo.findData(selected)
    combo.setCurrentIndex(max(index, 0))


def fill_pages(combo, selected: str, pages=tuple(PageSize), *, standard: PageSize | None = None) -> None:
    """The page sizes to choose from; with ``standard``, a first entry "Standard (A5)" stored as ''."""
    combo.clear()
    if standard is not None:
        combo.addItem(QCoreApplication.translate("settings", "Standard ({page})").format(page=PAGE_LABELS[standard]), "")
    for page in pages:
        combo.addItem(PAGE_LABELS[page], page.value)
    combo.setCurrentIndex(max(combo.findData(selected), 0))


KIND_LABELS = {
    DocumentKind.UNIT_CARD: QT_TRANSLATE_NOOP("settings", "Unit card"),
    DocumentKind.VISITOR_SLIP: QT_TRANSLATE_NOOP("settings", "Visitor slip"),
    DocumentKind.ROLL_CALL: QT_TRANSLATE_NOOP("settings", "On-site roll call"),
    DocumentKind.WORK_ORDER: QT_TRANSLATE_NOOP("settings", "Work order"),
    DocumentKind.MOVE_PASS: QT_TRANSLATE_NOOP("settings", "Move-out pass"),
    DocumentKind.PASS_RECONCILIATION: QT_TRANSLATE_NOOP("settings", "Move-out pass reconciliation"),
    DocumentKind.DUTY_LOG: QT_TRANSLATE_NOOP("settings", "Control-room duty log"),
    DocumentKind.CONTROL_EVENT: QT_TRANSLATE_NOOP("settings", "Control-room event report"),
    DocumentKind.FAULT_RECORD: QT_TRANSLATE_NOOP("settings", "Fault and repair record"),
    DocumentKind.CARD_RECEIPT: QT_TRANSLATE_NOOP("settings", "Access card receipt"),
    DocumentKind.CARD_HANDOVER: QT_TRANSLATE_NOOP("settings", "Access card hand-over record"),
    DocumentKind.CARD_DOOR_LIST: QT_TRANSLATE_NOOP("settings", "Door system daily list"),
    DocumentKind.STATISTICS: QT_TRANSLATE_NOOP("settings", "Statistics"),
}


def _camel(kind: str) -> str:
    head, *rest = kind.split("_")
    return head + "".join(w.title() for w in rest)


class StationDialog(FormDialog):
    FORM = "station_form.ui"

    def __init__(self, *, config: StationConfig, path: Path,
                 sample: Callable[[str, PageSize], Printout] | None = None, parent=None) -> None:
        """``sample(kind, page)`` renders a test page of a kind of printout (the rows' "Test print")."""
        self._config, self._path, self._sample = config, path, sample
        super().__init__(parent)
        u = self.ui
        u.stationNameEdit.setText(config.station_name)
        for p in PROFILES:
            u.profileCombo.addItem(QCoreApplication.translate("settings", PROFILE_LABELS[p]), p)
        u.profileCombo.setCurrentIndex(u.profileCombo.findData(config.profile))
        for lang in LANGUAGES:
            u.languageCombo.addItem(LANGUAGE_LABELS[lang], lang)
        u.languageCombo.setCurrentIndex(u.languageCombo.findData(config.language))
        u.receiptRollCheck.setChecked(config.receipt_roll)
        # One row per kind of printout: printer and page size, the kind's standard page first.
        self._printer_rows: dict[str, tuple[QComboBox, QComboBox]] = {
            DocumentKind.UNIT_CARD: (u.unitCardPrinterCombo, u.unitCardPageCombo)}
        row_layouts: dict[str, QHBoxLayout] = {DocumentKind.UNIT_CARD: u.unitCardLayout}
        form = u.printersGroup.layout()
        for kind in DEFAULT_PAGES:
            if kind not in self._printer_rows:
                printer, page = QComboBox(), QComboBox()
                printer.setObjectName(f"{_camel(kind)}PrinterCombo")
                page.setObjectName(f"{_camel(kind)}PageCombo")
                row = QHBoxLayout()
                row.addWidget(printer, 1)
                row.addWidget(page)
                label = QLabel(QCoreApplication.translate("settings", KIND_LABELS[kind]))
                label.setBuddy(printer)
                form.addRow(label, row)
                self._printer_rows[kind] = (printer, page)
                row_layouts[kind] = row
        for kind, (printer, page) in self._printer_rows.items():
            choice = config.printers.get(kind) or PrinterChoice()
            fill_printers(printer, choice.printer)
            fill_pages(page, choice.page, ALLOWED_PAGES[kind], standard=default_page(kind, receipt_roll=config.receipt_roll))
            test = QPushButton(QCoreApplication.translate("settings", "Test print…"))
            test.setObjectName(f"{_camel(kind)}TestButton")
            test.setVisible(sample is not None)
            test.clicked.connect(lambda _checked=False, k=kind: self.test_print(k))
            row_layouts[kind].addWidget(test)
        u.receiptRollCheck.toggled.connect(self._standard_pages_changed)
        self.language_changed = False

    def page_for(self, kind: str) -> PageSize:
        """The page chosen in the kind's row (its standard page as the receipt-roll box now says)."""
        chosen = self._printer_rows[kind][1].currentData()
        return PageSize(chosen) if chosen else default_page(kind, receipt_roll=self.ui.receiptRollCheck.isChecked())

    def test_preview(self, kind: str) -> PrintPreviewDialog | None:
        """A test page of ``kind`` on the printer and page chosen in its row (saved or not yet), in the
        print preview, from where it is printed; printing it remembers nothing."""
        # imported here: the preview uses this module's fill_pages
        from deskapp.ui.dialogs.print_preview import PrintPreviewDialog

        sample = self._sample
        if sample is None:
            return None
        try:
            printout = sample(kind, self.page_for(kind))
        except DeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), tr_error(exc))
            return None
        return PrintPreviewDialog(printout=printout, config=self._config, config_path=self._path,
                                  rerender=lambda p: sample(kind, p), printer=self._printer_rows[kind][0].currentData(),
                                  remember=False, parent=self)

    def test_print(self, kind: str) -> None:
        dialog = self.test_preview(kind)
        if dialog is not None:
            dialog.exec()

    def _standard_pages_changed(self, roll: bool) -> None:
        for kind, (_printer, page) in self._printer_rows.items():
            page.setItemText(0, QCoreApplication.translate("settings", "Standard ({page})").format(
                page=PAGE_LABELS[default_page(kind, receipt_roll=roll)]))

    def fields(self) -> dict[str, QWidget]:
        return {"station_name": self.ui.stationNameEdit}

    def submit(self) -> None:
        u = self.ui
        name, problem = check_text(u.stationNameEdit.text(), "station_name", required=True, max_len=64)
        if problem:
            raise ValidationError([problem])
        self.language_changed = u.languageCombo.currentData() != self._config.language
        self._config.station_name = name
        self._config.profile = u.profileCombo.currentData()
        self._config.language = u.languageCombo.currentData()
        self._config.receipt_roll = u.receiptRollCheck.isChecked()
        for kind, (printer, page) in self._printer_rows.items():
            choice = self._config.printer_for(kind)
            choice.printer = printer.currentData()
            choice.page = page.currentData()
        self._config.save(self._path)


class SiteDialog(FormDialog):
    FORM = "site_form.ui"

    def __init__(self, *, site: SiteService, actor: Actor, parent=None) -> None:
        self._site, self._actor = site, actor
        super().__init__(parent)
        info = site.site()
        u = self.ui
        u.siteNameEdit.setText(info.name)
        u.centreNameEdit.setText(info.centre_name)
        u.centrePhoneEdit.setText(info.centre_phone)
        u.companyNameEdit.setText(info.company_name)
        settings = site.settings()
        u.idleLockSpin.setValue(settings.idle_lock_minutes)
        u.responseSpin.setValue(settings.response_minutes)
        u.reportSpin.setValue(settings.report_every_days)
        u.classesEdit.setPlainText("\n".join(settings.complaint_classes))
        u.confirmMinutesSpin.setValue(settings.alarm_confirm_minutes)
        u.detectorsSpin.setValue(settings.detector_count)
        scheme = settings.room_scheme
        u.roomBuildingsEdit.setText(scheme.buildings.replace(",", ", "))
        combo = u.roomEntrancesCombo
        combo.addItem(QCoreApplication.translate("settings", "Any (with or without an entrance)"), None)
        combo.addItem(QCoreApplication.translate("settings", "None: building-room, such as A3-1502"), 0)
        for n in range(1, MAX_ENTRANCES + 1):
            combo.addItem(str(n), n)
        combo.setCurrentIndex(0 if scheme.entrances is None else max(combo.findData(scheme.entrances), 0))
        u.basementFloorsSpin.setValue(scheme.basement_floors)
        u.topFloorSpin.setValue(scheme.top_floor)
        u.roomsPerFloorSpin.setValue(scheme.rooms_per_floor)
        u.otherRoomsCheck.setChecked(scheme.other_rooms)
        u.cardLimitSpin.setValue(settings.card_limit)  # access cards (#13)
        u.cardFeeSpin.setValue(settings.card_fee_cents / 100)
        u.cardRequirementsEdit.setPlainText("\n".join(settings.card_requirements))

    def fields(self) -> dict[str, QWidget]:
        u = self.ui
        return {"site_name": u.siteNameEdit, "centre_name": u.centreNameEdit, "centre_phone": u.centrePhoneEdit,
                "company_name": u.companyNameEdit, "idle_lock_minutes": u.idleLockSpin,
                "response_minutes": u.responseSpin, "report_every_days": u.reportSpin,
                "complaint_classes": u.classesEdit, "buildings": u.roomBuildingsEdit,
                "entrances": u.roomEntrancesCombo, "basement_floors": u.basementFloorsSpin,
                "top_floor": u.topFloorSpin, "rooms_per_floor": u.roomsPerFloorSpin,
                "alarm_confirm_minutes": u.confirmMinutesSpin, "detector_count": u.detectorsSpin,
                "card_limit": u.cardLimitSpin, "card_fee_cents": u.cardFeeSpin,
                "card_requirements": u.cardRequirementsEdit}

    def submit(self) -> None:
        u = self.ui
        self._site.update_site(self._actor, site_name=u.siteNameEdit.text(), centre_name=u.centreNameEdit.text(),
                               centre_phone=u.centrePhoneEdit.text(), company_name=u.companyNameEdit.text())
        self._site.update_settings(self._actor, idle_lock_minutes=u.idleLockSpin.value(),
                                   response_minutes=u.responseSpin.value(), report_every_days=u.reportSpin.value(),
                                   complaint_classes=u.classesEdit.toPlainText().splitlines(),
                                   room_scheme=RoomScheme(
                                       buildings=u.roomBuildingsEdit.text(), entrances=u.roomEntrancesCombo.currentData(),
                                       basement_floors=u.basementFloorsSpin.value(), top_floor=u.topFloorSpin.value(),
                                       rooms_per_floor=u.roomsPerFloorSpin.value(),
                                       other_rooms=u.otherRoomsCheck.isChecked()),
                                   alarm_confirm_minutes=u.confirmMinutesSpin.value(),
                                   detector_count=u.detectorsSpin.value(),
                                   card_limit=u.cardLimitSpin.value(), card_fee_cents=round(u.cardFeeSpin.value() * 100),
                                   card_requirements=u.cardRequirementsEdit.toPlainText().splitlines())
