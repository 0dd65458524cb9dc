"""A box the applicant signs in with the mouse or a pen tablet; the strokes are kept as points and
handed to the service in the stored form (``domain.cards.encode_signature``)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from deskapp.domain.cards import SIGNATURE_HEIGHT, SIGNATURE_SIZE, encode_signature


class SignaturePad(QWidget):
    """Signature pad, 5:2 like the printed box.

    Signals:
        changed(): a stroke was drawn or the pad was cleared.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []  # points as fractions of the pad (0…1): a resize keeps the shape
        self.setMinimumSize(300, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the pen signs, the keyboard passes by

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(500, 200)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return int(width * SIGNATURE_HEIGHT / SIGNATURE_SIZE)

    def clear(self) -> None:
        self._strokes = []
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not any(self._strokes)

    def encoded(self) -> str:
        """The strokes as the service stores them (points scaled to the 1000 × 400 box)."""
        return encode_signature([[(p.x(), p.y()) for p in s] for s in self._strokes], 1, 1)

    # -- drawing -------------------------------------------------------------------------------------

    def _fraction(self, pos: QPointF) -> QPointF:
        return QPointF(pos.x() / max(1, self.width()), pos.y() / max(1, self.height()))

    def _begin(self, pos: QPointF) -> None:
        self._strokes.append([self._fraction(pos)])
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._strokes:
            self._strokes[-1].append(self._fraction(pos))
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self.changed.emit()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self.changed.emit()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        painter.setPen(QPen(self.palette().mid().color(), 1, Qt.PenStyle.DashLine))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        base = self.height() * 0.75
        painter.drawLine(QPointF(12, base), QPointF(self.width() - 12, base))
        painter.setPen(QPen(self.palette().text().color(), 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        w, h = self.width(), self.height()
        for stroke in self._strokes:
            points = [QPointF(p.x() * w, p.y() * h) for p in stroke]
            if len(points) == 1:
                painter.drawPoint(points[0])
            for a, b in zip(points, points[1:], strict=False):
                painter.drawLine(a, b)
