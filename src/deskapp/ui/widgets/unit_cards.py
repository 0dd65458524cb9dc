"""A unit's access cards in one line beside a form (the visit and call forms, the directory): its live cards
(holder and number; a card reported lost marked) and its applications in hand. Read-only: the access-card
page is where cards are dealt with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLayout, QWidget

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor, Permission
from deskapp.services.cards import CardService, UnitCards

STYLE = "color: #37474f; padding: 2px 0;"
MAX_SHOWN = 6


def cards_text(found: UnitCards) -> str:
    """``Access cards (2 of 4): 王建国 0012345678 · 李租客 C0000002 (lost) · 1 application in hand``."""
    t = QCoreApplication
    parts = []
    for card in found.live[:MAX_SHOWN]:
        lost = "" if card.state.opens_doors else t.translate("UnitCardsLine", " (lost)")
        parts.append(f"{card.holder_name} {card.card_no}{lost}")
    if len(found.live) > MAX_SHOWN:
        parts.append(t.translate("UnitCardsLine", "{count} more").format(count=len(found.live) - MAX_SHOWN))
    if found.applications:
        parts.append(t.translate("UnitCardsLine", "1 application in hand") if len(found.applications) == 1 else
                     t.translate("UnitCardsLine", "{count} applications in hand").format(count=len(found.applications)))
    if not parts:
        return t.translate("UnitCardsLine", "No access cards.")
    head = t.translate("UnitCardsLine", "Access cards ({live} of {limit})").format(live=len(found.live),
                                                                                 limit=found.limit)
    return f"{head}: " + " · ".join(parts)


class UnitCardsLine(QLabel):
    """The line itself; :meth:`below` puts one under a widget of an existing form (None when the member
    may not see cards, or no card service is given)."""

    def __init__(self, *, cards: CardService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitCardsLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(STYLE)
        self._cards, self._actor = cards, actor
        self.unit_id: int | None = None
        self.setVisible(False)

    @classmethod
    def below(cls, anchor: QWidget, *, cards: CardService | None, actor: Actor) -> UnitCardsLine | None:
        if cards is None or not actor.can(Permission.CARD_VIEW):
            return None
        host = anchor.parentWidget()
        line = cls(cards=cards, actor=actor, parent=host)
        if not _insert_after(host, anchor, line):
            line.setParent(None)
            return None
        return line

    def show_unit(self, unit_id: int | None) -> None:
        """The unit's cards now (hidden for no unit; a unit that cannot be read now shows nothing)."""
        self.unit_id = unit_id
        if unit_id is None:
            self.setVisible(False)
            return
        try:
            found = self._cards.cards_of_unit(self._actor, unit_id)
        except DeskError:
            self.setVisible(False)
            return
        self.setText(cards_text(found))
        self.setVisible(True)

    def refresh(self) -> None:
        self.show_unit(self.unit_id)


def _insert_after(host: QWidget, anchor: QWidget, line: QWidget) -> bool:
    """Put ``line`` right after ``anchor`` in whichever of ``host``'s layouts holds it. The layouts are
    found as ``host``'s children: walking them by ``itemAt(i).layout()`` instead left windows crashing
    now and then, later, in the UI tests (PySide6 6.11; not understood further)."""
    for layout in host.findChildren(QLayout):
        if isinstance(layout, QFormLayout):
            row, _role = layout.getWidgetPosition(anchor)
            if row >= 0:
                layout.insertRow(row + 1, line)
                return True
        elif isinstance(layout, QBoxLayout):
            index = layout.indexOf(anchor)
            if index >= 0:
                layout.insertWidget(index + 1, line)
                return True
    return False
