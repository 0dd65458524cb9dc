"""Loading Designer forms, showing a problem next to the field it concerns, and the form panel
that saves with one service call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QObject, Qt, QTimer
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.errors import ERRORS_CONTEXT, DeskError, Problem
from deskapp.paths import form_path

T = TypeVar("T")

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020;"


class Ui:
    """The named widgets of a loaded form, as attributes: ``ui.searchEdit``."""

    def __init__(self, root: QWidget) -> None:
        self.root = root

    def __getattr__(self, name: str):
        child = self.root.findChild(QObject, name)
        if child is None:
            raise AttributeError(f"form {self.root.objectName()} has no widget {name}")
        self.__dict__[name] = child
        return child


def load_form(name: str, host: QWidget) -> Ui:
    """Load ``forms/<name>`` into ``host`` (which takes its window title) and return its widgets."""
    loader = QUiLoader()
    file = QFile(str(form_path(name)))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"cannot open form {name}")
    try:
        root = loader.load(file, host)
    finally:
        file.close()
    if root is None:
        raise RuntimeError(f"cannot load form {name}: {loader.errorString()}")
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(root)
    host.setWindowTitle(root.windowTitle())
    for label in root.findChildren(QLabel):  # names, notes, messages: what they show is never markup
        label.setTextFormat(Qt.TextFormat.PlainText)
    for box in root.findChildren(QDialogButtonBox):  # its standard buttons get names too: okButton …
        for button in box.buttons():
            kind = box.standardButton(button)
            if kind != QDialogButtonBox.StandardButton.NoButton:
                label = kind.name
                button.setObjectName(label[0].lower() + label[1:] + "Button")
    return Ui(root)


def tr_problem(problem: Problem) -> str:
    return problem.render(lambda m: QCoreApplication.translate(ERRORS_CONTEXT, m))


def tr_error(error: DeskError) -> str:
    return "\n".join(tr_problem(p) for p in error.problems)


def _form_row(widget: QWidget) -> tuple[QFormLayout, int] | None:
    root = widget.window()
    for form in root.findChildren(QFormLayout):
        row, _role = form.getWidgetPosition(widget)
        if row >= 0:
            return form, row
        for r in range(form.rowCount()):
            item = form.itemAt(r, QFormLayout.ItemRole.FieldRole)
            if item is not None and item.layout() is not None and item.layout().indexOf(widget) >= 0:
                return form, r
    return None


def _grow_dialog(window: QWidget) -> None:
    """A dialog grows to show the new lines instead of clipping them (never past the screen); it never
    shrinks. The main window's size is the user's: nothing shown in it may change it (adjustSize shrank it
    to its size hint)."""
    if isinstance(window, QDialog):
        grown = window.size().expandedTo(window.sizeHint())
        window.resize(*fitting_size(window, grown.width(), grown.height()))


SCREEN_FRAME = (20, 60)  # what a window manager's frame and title bar take, width and height


def fitting_size(window: QWidget, width: int, height: int) -> tuple[int, int]:
    """``width`` × ``height``, or less where the screen is smaller: a dialog's buttons at the bottom must stay
    on a 1024×768 or 1280×800 screen, title bar and frame included."""
    screen = window.screen() or (window.parentWidget().screen() if window.parentWidget() else None)
    if screen is None:
        return width, height
    room = screen.availableGeometry()
    return min(width, room.width() - SCREEN_FRAME[0]), min(height, room.height() - SCREEN_FRAME[1])


class FieldErrors:
    """Shows each problem in a red line right under its field; others go to the summary label."""

    def __init__(self, fields: dict[str, QWidget], summary: QLabel) -> None:
        self._fields = fields
        self._summary = summary
        summary.setTextFormat(Qt.TextFormat.PlainText)  # a message quotes what was typed: "<b>" stays "<b>"
        self._labels: dict[str, tuple[QFormLayout, QLabel]] = {}
        for name, widget in fields.items():
            found = _form_row(widget)
            if found is None:
                continue
            form, row = found
            label = QLabel(widget.parentWidget())
            label.setObjectName(f"{widget.objectName()}Error")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setStyleSheet(ERROR_STYLE)
            form.insertRow(row + 1, "", label)
            form.setRowVisible(row + 1, False)
            self._labels[name] = (form, label)
        self._showing = True
        self.clear()

    def _set_row(self, form: QFormLayout, label: QLabel, visible: bool) -> None:
        row, _role = form.getWidgetPosition(label)
        if row >= 0:
            form.setRowVisible(row, visible)

    def clear(self) -> None:
        if not self._showing:  # nothing on screen: clearing on every save would only cost time
            return
        for form, label in self._labels.values():
            label.clear()
            self._set_row(form, label, False)
        for widget in self._fields.values():
            self._mark(widget, False)
        self._summary.clear()
        self._showing = False

    def show(self, error: DeskError) -> None:
        self.clear()
        self._showing = True
        loose: list[str] = []
        first: QWidget | None = None
        for problem in error.problems:
            text = tr_problem(problem)
            row = self._labels.get(problem.field or "")
            widget = self._fields.get(problem.field or "")
            if widget is not None:
                self._mark(widget, True)
                first = first or widget
            if row is not None:
                form, label = row
                label.setText(f"{label.text()}\n{text}".strip())
                self._set_row(form, label, True)
            else:
                loose.append(text)
        self._summary.setText("\n".join(loose))
        _grow_dialog(self._summary.window())
        if first is not None:
            first.setFocus()

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        widget.setProperty("invalid", invalid)
        widget.setStyleSheet("border: 1px solid #b00020;" if invalid else "")


class FormPanel:
    """A form that saves with one service call: problems are shown at their fields and what was typed
    is kept; once saved the form is emptied and its message line can say what was saved.

    ``clear`` empties the page's own fields (the page knows their defaults and where the cursor goes).
    The list that shows the saved record is not this panel's business: it hears of it through the
    change feed.
    """

    SAY_MS = 8000  # how long "saved …" stays under the form

    def __init__(self, fields: dict[str, QWidget], message: QLabel, *, clear: Callable[[], None],
                 form: QWidget | None = None) -> None:
        self.errors = FieldErrors(fields, message)
        self.message = message
        self._clear_fields = clear
        self.untouched = False  # emptied by clear() and nothing typed or picked since
        self.say_ms = self.SAY_MS
        self._said = QTimer(message)
        self._said.setSingleShot(True)
        self._said.timeout.connect(self._unsay)
        self._said_text = ""
        inputs = set(fields.values()) | set(form.findChildren(QWidget) if form is not None else ())
        for widget in inputs:
            signal = _change_signal(widget)
            if signal is not None:
                signal.connect(self._touched)

    def _touched(self, *_args) -> None:
        self.untouched = False

    def submit(self, save: Callable[[], T | None]) -> T | None:
        """Run ``save``; its result once saved (the form emptied), None when refused (the problems
        at their fields) or when ``save`` returns None (the user backed out: the form is kept).

        A save on the form just emptied, untouched since (Ctrl+S pressed twice), does nothing: the
        line saying what was saved stays, instead of "required" under every field."""
        if self.untouched:
            return None
        self.errors.clear()
        try:
            result = save()
        except DeskError as exc:
            self.show_error(exc)
            return None
        if result is not None:
            self.clear()
        return result

    def show_error(self, error: DeskError) -> None:
        self._said.stop()
        self.message.setStyleSheet(ERROR_STYLE)
        self.errors.show(error)

    def say(self, text: str) -> None:
        """A line about what was just done, in the message line under the form; it goes after a few
        seconds (unless something else has been said there meanwhile)."""
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(text)
        self._said_text = text
        self._said.start(self.say_ms)

    def _unsay(self) -> None:
        if self.message.text() == self._said_text:
            self.message.clear()

    def clear(self) -> None:
        self.errors.clear()
        self._clear_fields()
        self.untouched = True


def _change_signal(widget: QWidget):
    """The signal a form's input gives when its value changes (typed, picked or set); None for others."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.toggled
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    return None
