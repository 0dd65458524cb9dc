"""Fonts the screen needs beyond the system's: the rare-character (生僻字) fallback of the printouts."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from deskapp.paths import resource_path

log = logging.getLogger(__name__)

_added: list[str] = []


def add_application_fonts() -> list[str]:
    """Make the shipped fallback font known to Qt (once; about 10 ms); returns its family names.

    Qt's font fallback then finds it for characters the system's fonts lack (CJK Extension A and B
    and the rest of GB 18030-2022 level 2: 㐀, 𠮷, 𫖮 …), so names show as they print. Call after the
    QApplication exists.
    """
    if not _added:
        path = resource_path("fonts", "deskcjk-ext.ttf")
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s could not be loaded; rare characters may show as boxes", path)
            return []
        _added.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_added)
