"""Telling the user about a known problem, and logging a bug with its traceback."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from deskapp.domain.errors import DeskError
from deskapp.logsafe import scrub
from deskapp.ui.forms import tr_error

log = logging.getLogger("deskapp")


def show_error(parent: QWidget | None, error: DeskError) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("messages", "Not done"),
                      tr_error(error), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message may quote what was typed
    box.exec()


def install_excepthook(log_file: Path) -> None:
    """An unexpected exception is a bug: log it with its traceback and say where the log is."""

    def hook(exc_type, exc, tb) -> None:
        if isinstance(exc, DeskError):  # a known problem that escaped a slot: still just a message
            show_error(None, exc)
            return
        log.error("unexpected error\n%s", scrub("".join(traceback.format_exception(exc_type, exc, tb))))
        QMessageBox.critical(
            None, QCoreApplication.translate("messages", "Unexpected error"),
            QCoreApplication.translate(
                "messages", "Something went wrong that should not have. Nothing that was already saved is "
                "lost. Please tell the administrator; the details are in {path}.").format(path=log_file),
        )

    sys.excepthook = hook
