"""The dialog for what happens to a card once issued: reported lost 挂失, found again 解挂, replaced 补卡,
returned 退卡. One form; each action shows the fields it needs."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from deskapp.domain.cards import PAY_METHOD_LABELS, PayMethod
from deskapp.domain.errors import QT_TRANSLATE_NOOP
from deskapp.domain.roles import Actor
from deskapp.services.cards import CardInfo, CardService
from deskapp.ui import fmt
from deskapp.ui.dialogs.base import FormDialog


class CardAction(enum.StrEnum):
    LOST = "lost"
    FOUND = "found"
    REPLACE = "replace"
    RETURN = "return"


PROMPTS = {
    CardAction.LOST: QT_TRANSLATE_NOOP(
        "CardActionDialog", "Report card {card_no} ({holder}, {room}) lost? It is deactivated at once and goes on "
                            "today's list for the door system."),
    CardAction.FOUND: QT_TRANSLATE_NOOP(
        "CardActionDialog", "Card {card_no} ({holder}, {room}) was found again? It opens the doors again once the "
                            "door system has it back (today's list)."),
    CardAction.REPLACE: QT_TRANSLATE_NOOP(
        "CardActionDialog", "Replace card {card_no} ({holder}, {room}) with a new card: the old one stays "
                            "deactivated."),
    CardAction.RETURN: QT_TRANSLATE_NOOP(
        "CardActionDialog", "Card {card_no} ({holder}, {room}) handed back? It is taken off the doors (today's "
                            "list)."),
}
TITLES = {
    CardAction.LOST: QT_TRANSLATE_NOOP("CardActionDialog", "Report a card lost"),
    CardAction.FOUND: QT_TRANSLATE_NOOP("CardActionDialog", "A lost card found again"),
    CardAction.REPLACE: QT_TRANSLATE_NOOP("CardActionDialog", "Replace a card"),
    CardAction.RETURN: QT_TRANSLATE_NOOP("CardActionDialog", "A card returned"),
}


class CardActionDialog(FormDialog):
    """Asks what the action needs, then calls the card service; a refusal stays in the dialog.

    ``result_card`` is the card after the action (the new card of a replacement)."""

    FORM = "card_action_form.ui"

    def __init__(self, *, action: CardAction, card: CardInfo, cards: CardService, actor: Actor,
                 fee_cents: int = 0, parent: QWidget | None = None) -> None:
        self._action, self._card, self._cards, self._actor = action, card, cards, actor
        self.result_card: CardInfo | None = None
        super().__init__(parent)
        u = self.ui
        self.setWindowTitle(QCoreApplication.translate("CardActionDialog", TITLES[action]))
        u.promptLabel.setText(QCoreApplication.translate("CardActionDialog", PROMPTS[action]).format(
            card_no=card.card_no, holder=card.holder_name, room=card.room_no))
        fmt.fill_choices(u.replaceMethodCombo, PayMethod, lambda m: QCoreApplication.translate("cards",
                                                                                             PAY_METHOD_LABELS[m]))
        u.replaceFeeEdit.setText(f"{fee_cents / 100:.2f}")
        shown = {CardAction.LOST: {"reportedBy", "actionNote"}, CardAction.FOUND: {"actionNote"},
                 CardAction.RETURN: {"actionNote"},
                 CardAction.REPLACE: {"newCardNo", "replaceFee", "replaceMethod", "replaceReference", "actionNote"}}
        for name in ("reportedBy", "newCardNo", "replaceFee", "replaceMethod", "replaceReference", "actionNote"):
            visible = name in shown[action]
            field = getattr(u, name + ("Combo" if name == "replaceMethod" else "Edit"))
            field.setVisible(visible)
            getattr(u, name + "Label").setVisible(visible)
        self.initial_focus = next((w for w in self.fields().values() if not w.isHidden()), None)

    def fields(self) -> dict[str, QWidget]:
        u = self.ui
        return {"reported_by": u.reportedByEdit, "new_card_no": u.newCardNoEdit, "fee": u.replaceFeeEdit,
                "pay_method": u.replaceMethodCombo, "pay_reference": u.replaceReferenceEdit, "note": u.actionNoteEdit}

    def submit(self) -> None:
        u, card, actor, cards = self.ui, self._card, self._actor, self._cards
        note = u.actionNoteEdit.text()
        if self._action is CardAction.LOST:
            self.result_card = cards.report_lost(actor, card.id, reported_by=u.reportedByEdit.text(), note=note)
        elif self._action is CardAction.FOUND:
            self.result_card = cards.found(actor, card.id, note=note)
        elif self._action is CardAction.RETURN:
            self.result_card = cards.return_card(actor, card.id, note=note)
        else:
            self.result_card = cards.replace_card(
                actor, card.id, new_card_no=u.newCardNoEdit.text(), fee=u.replaceFeeEdit.text(),
                method=u.replaceMethodCombo.currentData(), reference=u.replaceReferenceEdit.text(), note=note)
