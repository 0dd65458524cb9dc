"""Station settings (this PC) and site settings (the whole site, administrators only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QWidget

from deskapp.config import LANGUAGES, PROFILES, StationConfig
from deskapp.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from deskapp.domain.roles import Actor
from deskapp.domain.text import check_text
from deskapp.printing.pages import PAGE_LABELS, PageSize
from deskapp.services.printouts import DocumentKind
from deskapp.services.site import SiteService
from deskapp.ui.dialogs.base import FormDialog

PROFILE_LABELS = {
    "front_desk": QT_TRANSLATE_NOOP("settings", "Front desk"),
    "control_room": QT_TRANSLATE_NOOP("settings", "Control room"),
    "gate": QT_TRANSLATE_NOOP("settings", "Gate"),
}
LANGUAGE_LABELS = {"zh_CN": "简体中文", "en": "English"}


def fill_printers(combo, selected: str) -> None:
    combo.clear()
    combo.addItem(QCoreApplication.translate("settings", "System default printer"), "")
    for name in QPrinterInfo.availablePrinterNames():
        combo.addItem(name, name)
    index = combo.findData(selected)
    combo.setCurrentIndex(max(index, 0))


def fill_pages(combo, selected: str) -> None:
    combo.clear()
    for page in PageSize:
        combo.addItem(PAGE_LABELS[page], page.value)
    combo.setCurrentIndex(max(combo.findData(selected), 0))


class StationDialog(FormDialog):
    FORM = "station_form.ui"

    def __init__(self, *, config: StationConfig, path: Path, parent=None) -> None:
        self._config, self._path = config, path
        super().__init__(parent)
        u = self.ui
        u.stationNameEdit.setText(config.station_name)
        for p in PROFILES:
            u.profileCombo.addItem(QCoreApplication.translate("settings", PROFILE_LABELS[p]), p)
        u.profileCombo.setCurrentIndex(u.profileCombo.findData(config.profile))
        for lang in LANGUAGES:
            u.languageCombo.addItem(LANGUAGE_LABELS[lang], lang)
        u.languageCombo.setCurrentIndex(u.languageCombo.findData(config.language))
        choice = config.printer_for(DocumentKind.UNIT_CARD)
        fill_printers(u.unitCardPrinterCombo, choice.printer)
        fill_pages(u.unitCardPageCombo, choice.page)
        self.language_changed = False

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
        choice = self._config.printer_for(DocumentKind.UNIT_CARD)
        choice.printer = u.unitCardPrinterCombo.currentData()
        choice.page = u.unitCardPageCombo.currentData()
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

    def fields(self) -> dict[str, QWidget]:
        u = self.ui
        return {"site_name": u.siteNameEdit, "centre_name": u.centreNameEdit, "centre_phone": u.centrePhoneEdit,
                "company_name": u.companyNameEdit, "idle_lock_minutes": u.idleLockSpin,
                "response_minutes": u.responseSpin, "report_every_days": u.reportSpin,
                "complaint_classes": u.classesEdit}

    def submit(self) -> None:
        u = self.ui
        self._site.update_site(self._actor, site_name=u.siteNameEdit.text(), centre_name=u.centreNameEdit.text(),
                               centre_phone=u.centrePhoneEdit.text(), company_name=u.companyNameEdit.text())
        self._site.update_settings(self._actor, idle_lock_minutes=u.idleLockSpin.value(),
                                   response_minutes=u.responseSpin.value(), report_every_days=u.reportSpin.value(),
                                   complaint_classes=u.classesEdit.toPlainText().splitlines())
