"""Issuing a move-out pass 大件物品放行条 (manual 2.7.1.5 (7)): the unit and its holds, the applicant and
their ID, the owner's consent for anyone who is not an owner, the items and the moving window; issued,
the two-part slip (stub 存根联 and red copy 放行联) is shown to print."""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt
from PySide6.QtWidgets import QWidget

from deskapp.config import StationConfig
from deskapp.domain.consent import CONSENT_LABELS, Consent, ConsentMethod
from deskapp.domain.directory import NoteKind, ResidentRole
from deskapp.domain.errors import DeskError
from deskapp.domain.identity import IdType
from deskapp.domain.passes import DEFAULT_END, DEFAULT_START, read_item_lines
from deskapp.domain.roles import Actor, Permission
from deskapp.services.cards import CardService
from deskapp.services.directory import DirectoryService, ResidentInfo, UnitDetail
from deskapp.services.passes import Applicant, PassInfo, PassQuery, PassService
from deskapp.services.printouts import DocumentKind, PrintService
from deskapp.services.timeutil import local_date
from deskapp.ui import fmt
from deskapp.ui.banners import show_holds
from deskapp.ui.completion import RoomCompletion
from deskapp.ui.dialogs.cards import CardAction, CardActionDialog
from deskapp.ui.dialogs.print_preview import PrintPreviewDialog
from deskapp.ui.forms import FormPanel, load_form
from deskapp.ui.keys import SAVE_KEYS, shortcuts
from deskapp.ui.models.passes import PassesModel
from deskapp.ui.pages import ListPanel, Page, kinds, list_takes_the_space
from deskapp.ui.unit_lookup import look_up_typed_unit
from deskapp.ui.widgets.unit_cards import cards_text

UNIT_PASSES = 50  # the unit's latest passes beside the form


class PassIssuePage(Page):
    """The desk's form for a new pass, with the unit's holds and latest passes beside it.

    ``reload`` re-reads the unit looked up (residents, holds, passes); the form keeps what was typed.
    """

    start_field = "unitEdit"
    kinds = kinds("pass", "unit", "unit_note", "resident", "settings", "card")

    def __init__(self, *, passes: PassService, directory: DirectoryService, printing: PrintService,
                 rooms: RoomCompletion, actor: Actor, config: StationConfig, config_path: Path,
                 cards: CardService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passIssuePageHost")
        self._passes, self._directory, self._printing, self._rooms = passes, directory, printing, rooms
        self._cards = cards if cards is not None and actor.can(Permission.CARD_VIEW) else None
        self._actor, self._config, self._config_path = actor, config, config_path
        self.unit: UnitDetail | None = None
        self.last_issued: PassInfo | None = None
        self.ui = ui = load_form("pass_issue_page.ui", self)
        fmt.fill_choices(ui.idTypeCombo, IdType, fmt.id_type)
        fmt.fill_choices(ui.consentMethodCombo, ConsentMethod, lambda m: QCoreApplication.translate("consent", CONSENT_LABELS[m]),
                         first=self.tr("— choose —"))
        self.form = FormPanel({
            "unit": ui.unitEdit, "arrears_told": ui.arrearsToldCheck, "applicant": ui.applicantCombo,
            "applicant_name": ui.applicantNameEdit, "applicant_phone": ui.applicantPhoneEdit,
            "id_number": ui.idNumberEdit, "consent": ui.consentMethodCombo, "consent_owner": ui.consentOwnerCombo,
            "consent_phone": ui.consentPhoneEdit, "consent_time": ui.consentTimeEdit, "items": ui.itemsEdit,
            "moving_day": ui.movingDayEdit, "window": ui.endTimeEdit, "plate": ui.plateEdit,
            "movers": ui.moversEdit, "remarks": ui.remarksEdit,
        }, ui.issueMessageLabel, clear=self._clear_fields, form=ui.issueGroup)
        self.unit_passes = ListPanel(ui.unitPassesTable, PassesModel(self), key=lambda p: p.id,
                                     audit=("move_pass", lambda p: p.id))
        rooms.attach(ui.unitEdit).activated.connect(lambda _text: self.unit_entered())
        ui.unitEdit.editingFinished.connect(self.unit_entered)
        ui.unitEdit.installEventFilter(self)  # and when the cursor leaves it with the completion still open
        ui.applicantCombo.currentIndexChanged.connect(self._applicant_changed)
        ui.consentMethodCombo.currentIndexChanged.connect(self._consent_changed)
        ui.consentOwnerCombo.currentIndexChanged.connect(self._consent_changed)
        ui.issueButton.clicked.connect(self.issue)
        ui.cardBackButton.clicked.connect(self.card_handed_back)
        for widget in (ui.unitCardsLabel, ui.liveCardCombo, ui.cardBackButton):
            widget.setVisible(self._cards is not None)
        ui.clearIssueButton.clicked.connect(self.form.clear)
        shortcuts(self, SAVE_KEYS, self.issue)
        list_takes_the_space(ui.issueSplitter, 1)
        self._clear_fields()
        self.form.untouched = False
        self.on_changes(self.kinds)

    # -- the change feed ------------------------------------------------------------------------

    def on_changes(self, kinds: frozenset[str]) -> None:
        self._rooms.on_changes(kinds)
        super().on_changes(kinds)

    def reload(self) -> None:
        if self.unit is None:
            return
        try:
            unit = self._directory.unit_detail(self._actor, self.unit.id)
        except DeskError:
            return  # what is beside the form stays as it was
        self._show_unit(unit, keep_applicant=True)

    # -- the unit and the applicant -------------------------------------------------------------

    def unit_entered(self) -> None:
        """Look the unit up as soon as it is typed: its residents to pick from, holds in red, its passes."""
        look_up_typed_unit(edit=self.ui.unitEdit, current=self.unit, form=self.form, directory=self._directory,
                           actor=self._actor, show=self._show_unit,
                           read=lambda unit_id: (self._directory.unit_detail(self._actor, unit_id),))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self.ui.unitEdit and event.type() == QEvent.Type.FocusOut \
                and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.unit_entered()
        return False

    def _residents(self) -> list[ResidentInfo]:
        return [r for r in self.unit.residents if r.current] if self.unit is not None else []

    def _show_unit(self, unit: UnitDetail | None, *, keep_applicant: bool = False) -> None:
        ui = self.ui
        picked, owner_picked = ui.applicantCombo.currentData(), ui.consentOwnerCombo.currentData()
        self.unit = unit
        residents = self._residents()
        owners = [r for r in residents if r.role is ResidentRole.OWNER]
        for combo in (ui.applicantCombo, ui.consentOwnerCombo):
            combo.blockSignals(True)
            combo.clear()
        for r in residents:
            ui.applicantCombo.addItem(f"{r.name}（{fmt.resident_role(r.role)}）", r.id)
        ui.applicantCombo.addItem(self.tr("Someone else (mover, tenant's agent …)"), None)
        ui.consentOwnerCombo.addItem(self.tr("— choose —"), None)
        for r in owners:
            ui.consentOwnerCombo.addItem(r.name, r.id)
        if keep_applicant:
            ui.applicantCombo.setCurrentIndex(max(0, ui.applicantCombo.findData(picked)))
            ui.consentOwnerCombo.setCurrentIndex(max(0, ui.consentOwnerCombo.findData(owner_picked)))
        else:
            ui.applicantCombo.setCurrentIndex(len(residents))  # "someone else" until a resident is picked
        for combo in (ui.applicantCombo, ui.consentOwnerCombo):
            combo.blockSignals(False)
        holds = unit.holds if unit is not None else ()
        show_holds(ui.unitHoldsLabel, holds)
        arrears = any(n.kind is NoteKind.ARREARS for n in holds)
        ui.arrearsToldCheck.setVisible(arrears)
        if not arrears:
            ui.arrearsToldCheck.setChecked(False)
        self._show_cards(unit)
        if unit is None:
            ui.unitInfoLabel.setText(self.tr("Type a unit to see its residents, warnings and passes."))
            self.unit_passes.set_rows([])
        else:
            ui.unitInfoLabel.setText(f"{unit.room_no}  ·  {unit.building_name}  ·  " + self.tr(
                "owners: {names}").format(names="、".join(r.name for r in owners) or self.tr("none on file")))
            try:
                self.unit_passes.set_rows(self._passes.search(self._actor, PassQuery(unit_id=unit.id),
                                                              limit=UNIT_PASSES))
            except DeskError:
                self.unit_passes.set_rows([])
        self._applicant_changed()

    def _show_cards(self, unit: UnitDetail | None) -> None:
        """The unit's live access cards: at a move-out they are handed back (退卡) and taken off the doors."""
        ui = self.ui
        if self._cards is None:
            return
        picked = ui.liveCardCombo.currentData()
        ui.liveCardCombo.clear()
        found = None
        if unit is not None:
            try:
                found = self._cards.cards_of_unit(self._actor, unit.id)
            except DeskError:
                found = None
        ui.unitCardsLabel.setText(cards_text(found) if found is not None else "")
        for card in found.live if found is not None else ():
            ui.liveCardCombo.addItem(f"{card.card_no} {card.holder_name}", card.id)
        ui.liveCardCombo.setCurrentIndex(max(0, ui.liveCardCombo.findData(picked)))
        live = ui.liveCardCombo.count() > 0
        ui.liveCardCombo.setEnabled(live)
        ui.cardBackButton.setEnabled(live and self._actor.can(Permission.CARD_ISSUE))

    def card_handed_back(self) -> None:
        """The picked card was handed back with the move: recorded as returned (退卡), off the doors today."""
        if self._cards is None or self.unit is None:
            return
        card_id = self.ui.liveCardCombo.currentData()
        card = next((c for c in self._cards.live_cards_of_unit(self._actor, self.unit.id) if c.id == card_id), None)
        if card is None:
            return
        CardActionDialog(action=CardAction.RETURN, card=card, cards=self._cards, actor=self._actor, parent=self).exec()

    def _applicant(self) -> ResidentInfo | None:
        rid = self.ui.applicantCombo.currentData()
        return next((r for r in self._residents() if r.id == rid), None)

    def _applicant_changed(self, *_args) -> None:
        """A resident picked fills name and phone; anyone but an owner needs the owner's consent."""
        ui = self.ui
        resident = self._applicant()
        other = resident is None
        ui.applicantNameEdit.setEnabled(other)
        ui.applicantPhoneEdit.setEnabled(other)  # a resident's phone is the one on file
        if resident is not None:
            ui.applicantNameEdit.setText(resident.name)
            ui.applicantPhoneEdit.setText(fmt.phones(resident.phones[:1]))
        elif not ui.applicantNameEdit.isModified():
            ui.applicantNameEdit.clear()
            ui.applicantPhoneEdit.clear()
        ui.consentGroup.setVisible(resident is None or resident.role is not ResidentRole.OWNER)
        self._consent_changed()

    def _consent_changed(self, *_args) -> None:
        """By phone: the number called is one on file for the owner — offered, and editable."""
        ui = self.ui
        by_phone = ui.consentMethodCombo.currentData() == ConsentMethod.PHONE
        ui.consentPhoneEdit.setEnabled(by_phone)
        owner = next((r for r in self._residents() if r.id == ui.consentOwnerCombo.currentData()), None)
        if by_phone and owner is not None and owner.phones and not ui.consentPhoneEdit.isModified():
            ui.consentPhoneEdit.setText(owner.phones[0])
        elif not by_phone:
            ui.consentPhoneEdit.clear()

    # -- issuing --------------------------------------------------------------------------------

    def issue(self) -> None:
        """Issue the pass on the form (refused with the problems at their fields) and show its slip."""
        self.unit_entered()  # the unit field may not have lost focus yet
        issued = self.form.submit(self._issue)
        if issued is None:
            return
        self.last_issued = issued
        self.form.say(self.tr("Pass {number} issued for {room}: print it, the applicant signs the stub and "
                              "takes the red copy.").format(number=issued.number, room=issued.room_no))
        preview = self.slip_preview(issued)
        if preview is not None:
            preview.exec()

    def _issue(self) -> PassInfo:
        ui = self.ui
        resident = self._applicant()
        consent = None
        if ui.consentGroup.isVisible() and ui.consentMethodCombo.currentData() is not None:
            given = ui.consentTimeEdit.dateTime().toPython().astimezone(UTC).replace(tzinfo=None)
            consent = Consent(ConsentMethod(ui.consentMethodCombo.currentData()),
                              ui.consentOwnerCombo.currentData() or 0, given, ui.consentPhoneEdit.text())
        applicant = Applicant(id_type=ui.idTypeCombo.currentData(), id_number=ui.idNumberEdit.text(),
                              resident_id=resident.id if resident is not None else None,
                              name=ui.applicantNameEdit.text() if resident is None else "",
                              phone=ui.applicantPhoneEdit.text() if resident is None else "")
        return self._passes.issue(
            self._actor, unit=ui.unitEdit.text(), applicant=applicant, items=read_item_lines(ui.itemsEdit.toPlainText()),
            moving_day=ui.movingDayEdit.date().toPython(), start=ui.startTimeEdit.time().toPython(),
            end=ui.endTimeEdit.time().toPython(), days=ui.daysSpin.value(), plate=ui.plateEdit.text(),
            movers=ui.moversEdit.text(), remarks=ui.remarksEdit.text(), consent=consent,
            arrears_told=ui.arrearsToldCheck.isVisible() and ui.arrearsToldCheck.isChecked())

    def slip_preview(self, issued: PassInfo, *, reprint: bool = False) -> PrintPreviewDialog | None:
        return pass_preview(self, self._printing, self._actor, self._config, self._config_path, issued.id,
                            reprint=reprint)

    def _clear_fields(self) -> None:
        ui = self.ui
        for edit in (ui.unitEdit, ui.applicantNameEdit, ui.applicantPhoneEdit, ui.idNumberEdit, ui.consentPhoneEdit,
                     ui.plateEdit, ui.moversEdit, ui.remarksEdit):
            edit.clear()
        ui.itemsEdit.clear()
        ui.idTypeCombo.setCurrentIndex(0)
        ui.consentMethodCombo.setCurrentIndex(0)
        ui.arrearsToldCheck.setChecked(False)
        now = self._passes.now()
        ui.consentTimeEdit.setDateTime(QDateTime(now.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)))
        ui.movingDayEdit.setDate(local_date(now))
        ui.movingDayEdit.setMinimumDate(local_date(now) - timedelta(days=1))
        ui.startTimeEdit.setTime(DEFAULT_START)
        ui.endTimeEdit.setTime(DEFAULT_END)
        ui.daysSpin.setValue(self._passes.valid_days())
        self.unit_entered()
        ui.unitEdit.setFocus()


def pass_preview(parent: QWidget, printing: PrintService, actor: Actor, config: StationConfig, config_path: Path,
                 pass_id: int, *, reprint: bool = False) -> PrintPreviewDialog | None:
    """The slip of pass ``pass_id`` in the print preview; a reprint is recorded and marked 补打 (once: a
    change of page in the preview renders the same copy again without counting another)."""
    recorded = [False]

    def render(page):
        printout = printing.move_pass(actor, pass_id, page, reprint=reprint, record=not recorded[0])
        recorded[0] = True
        return printout

    return PrintPreviewDialog.of(render, config.page_for(DocumentKind.MOVE_PASS), config=config,
                                 config_path=config_path, parent=parent)


__all__ = ["PassIssuePage", "pass_preview"]
