"""Installs the UI translation: Simplified Chinese by default, English (the source) on request."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from deskapp.paths import resource_path

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> bool:
    """Load ``resources/translations/deskapp_<language>.qm`` and Qt's own; False if it is missing."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    QLocale.setDefault(QLocale(language))
    ok = True
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"deskapp_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        ok = False
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
