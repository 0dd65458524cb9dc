"""Models of the access-card page: a card's history and the applications in hand."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.domain.cards import (
    APP_STATE_LABELS,
    CARD_STATE_LABELS,
    CARD_TYPE_LABELS,
    EVENT_LABELS,
    STEP_LABELS,
    yuan,
)
from deskapp.domain.errors import QT_TRANSLATE_NOOP
from deskapp.services.cards import ApplicationInfo, CardInfo, EventInfo
from deskapp.ui import fmt
from deskapp.ui.models.table import Column, RowsModel


def card_state(card: CardInfo) -> str:
    return QCoreApplication.translate("cards", CARD_STATE_LABELS[card.state])


def card_type(card: CardInfo | ApplicationInfo) -> str:
    return QCoreApplication.translate("cards", CARD_TYPE_LABELS[card.card_type])


def _event_detail(e: EventInfo) -> str:
    parts = [e.reported_by, e.note]
    if e.other_card_no:
        parts.append(QCoreApplication.translate("models", "card {card_no}").format(card_no=e.other_card_no))
    if e.fee_cents:
        parts.append(yuan(e.fee_cents))
    return " · ".join(p for p in parts if p)


class CardHistoryModel(RowsModel[EventInfo]):
    stretch_column = "Detail"
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Time"), lambda e: fmt.when(e.at),
               value=lambda e: e.at),
        Column(QT_TRANSLATE_NOOP("models", "Event"), lambda e: QCoreApplication.translate("cards", EVENT_LABELS[e.kind])),
        Column(QT_TRANSLATE_NOOP("models", "By"), lambda e: e.by),
        Column(QT_TRANSLATE_NOOP("models", "Station"), lambda e: e.station),
        Column(QT_TRANSLATE_NOOP("models", "Detail"), _event_detail),
    )


def _next(a: ApplicationInfo) -> str:
    return QCoreApplication.translate("cards", STEP_LABELS[a.next_step]) if a.next_step else ""


class ApplicationsModel(RowsModel[ApplicationInfo]):
    stretch_column = "Applicant"
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Receipt"), lambda a: a.number),
        Column(QT_TRANSLATE_NOOP("models", "Unit"), lambda a: a.room_no),
        Column(QT_TRANSLATE_NOOP("models", "Applicant"), lambda a: a.applicant_name),
        Column(QT_TRANSLATE_NOOP("models", "State"), lambda a: QCoreApplication.translate("cards",
                                                                                         APP_STATE_LABELS[a.state])),
        Column(QT_TRANSLATE_NOOP("models", "Next step"), _next),
        Column(QT_TRANSLATE_NOOP("models", "Pick-up"), lambda a: fmt.when(a.pickup_at),
               value=lambda a: a.pickup_at),
    )

    def is_warning(self, row: ApplicationInfo) -> bool:  # authorised and waiting: the applicant may be at the desk
        return row.next_step is not None and row.next_step.value == "collect"
