"""Access cards 业户卡 (manual 2.7.1.5 (5)): a new application with the requirements told, each of its steps
in turn (identity, the owner's consent, registration with the receipt, payment, the card authorised, the
applicant told, collection with the receipt scanned back and the signature), look-up by card number with
the card's history and what may happen to it, and the door system's daily list."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QListWidgetItem, QVBoxLayout, QWidget

from deskapp.config import StationConfig
from deskapp.domain.cards import (
    APP_STATE_LABELS,
    CARD_TYPE_LABELS,
    NOTIFY_LABELS,
    PAY_METHOD_LABELS,
    STEP_LABELS,
    AppState,
    CardType,
    NotifyMethod,
    PayMethod,
    Step,
)
from deskapp.domain.consent import CONSENT_LABELS, Consent, ConsentMethod
from deskapp.domain.directory import ResidentRole
from deskapp.domain.errors import DeskError
from deskapp.domain.identity import ID_TYPE_LABELS, IdType
from deskapp.domain.roles import Actor, Permission
from deskapp.printing.pages import DocumentKind, PageSize
from deskapp.services.card_printouts import CardPrintService
from deskapp.services.cards import Applicant, ApplicationInfo, CardInfo, CardService
from deskapp.services.directory import DirectoryService
from deskapp.services.printouts import Printout
from deskapp.services.site import SiteService
from deskapp.services.timeutil import local_date
from deskapp.ui import fmt
from deskapp.ui.banners import REFUSED_MARK
from deskapp.ui.completion import RoomCompletion
from deskapp.ui.dialogs.cards import CardAction, CardActionDialog
from deskapp.ui.dialogs.directory import ReasonDialog
from deskapp.ui.dialogs.print_preview import PrintPreviewDialog
from deskapp.ui.forms import OK_STYLE, FormPanel, load_form, tr_error
from deskapp.ui.keys import shortcuts
from deskapp.ui.messages import show_error
from deskapp.ui.models.cards import ApplicationsModel, CardHistoryModel, card_state, card_type
from deskapp.ui.pages import ListPanel, Page, kinds
from deskapp.ui.widgets.signature_pad import SignaturePad
from deskapp.ui.widgets.unit_cards import UnitCardsLine

REFUSED_STYLE = "background: #fde7e9; color: #b00020; padding: 6px; font-weight: bold;"
# The page of the step stack for each next step (the last page: done).
STEP_PAGES = {Step.IDENTITY: 0, Step.CONSENT: 1, Step.REGISTER: 2, Step.PAY: 3, Step.AUTHORISE: 4, Step.NOTIFY: 5,
              Step.COLLECT: 6}
DONE_PAGE = 7
OTHER_PERSON = -1  # the applicant combo's "someone else" (a tenant not in the directory, a nanny …)


class CardPage(Page):
    """The desk's access-card page.

    ``reload`` re-reads the applications in hand, the selected application and the card looked up; the
    forms keep what was typed.
    """

    start_field = "cardLookupEdit"
    kinds = kinds("card", "unit", "resident", "settings")

    def __init__(self, *, cards: CardService, card_printing: CardPrintService, directory: DirectoryService,
                 site: SiteService, rooms: RoomCompletion | None, actor: Actor, config: StationConfig,
                 config_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPageHost")
        self._cards, self._printing, self._directory, self._site = cards, card_printing, directory, site
        self._actor, self._config, self._config_path = actor, config, config_path
        self.looked_up: CardInfo | None = None
        self.shown: ApplicationInfo | None = None
        self.ui = ui = load_form("card_page.ui", self)
        self.signature = SignaturePad(ui.signatureHost)
        self.signature.setObjectName("signaturePad")
        host = QVBoxLayout(ui.signatureHost)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.signature)
        issue = actor.can(Permission.CARD_ISSUE)
        self.unit_cards = UnitCardsLine.below(ui.applicationLabel, cards=cards, actor=actor)  # the unit's cards
        # -- the new application ----------------------------------------------------------------------
        fmt.fill_choices(ui.cardTypeCombo, CardType, lambda t: self.tr_cards(CARD_TYPE_LABELS[t]))
        ui.overrideEdit.setVisible(actor.can(Permission.CARD_OVERRIDE))
        ui.overrideLabel.setVisible(actor.can(Permission.CARD_OVERRIDE))
        ui.newApplicationGroup.setVisible(issue)
        if rooms is not None:
            rooms.attach(ui.roomEdit)
        self.new_form = FormPanel({"unit": ui.roomEdit, "card_type": ui.cardTypeCombo,
                                   "requirements": ui.requirementsList, "override_reason": ui.overrideEdit},
                                  ui.newMessageLabel, clear=self._clear_new, form=ui.newApplicationGroup)
        ui.openApplicationButton.clicked.connect(self.open_application)
        for edit in (ui.roomEdit, ui.overrideEdit):
            edit.returnPressed.connect(self.open_application)
        # -- the steps ----------------------------------------------------------------------------------
        fmt.fill_choices(ui.idTypeCombo, IdType, lambda t: self.tr_identity(ID_TYPE_LABELS[t]))
        fmt.fill_choices(ui.consentMethodCombo, ConsentMethod, lambda m: self.tr_consent(CONSENT_LABELS[m]))
        fmt.fill_choices(ui.payMethodCombo, PayMethod, lambda m: self.tr_cards(PAY_METHOD_LABELS[m]))
        fmt.fill_choices(ui.notifyMethodCombo, NotifyMethod, lambda m: self.tr_cards(NOTIFY_LABELS[m]))
        for edit in (ui.consentTimeEdit, ui.pickupEdit):
            edit.setCalendarPopup(True)
        ui.applicantCombo.currentIndexChanged.connect(self._applicant_picked)
        ui.consentMethodCombo.currentIndexChanged.connect(self._consent_method_picked)
        self.step_form = FormPanel(
            {"applicant": ui.applicantCombo, "applicant_name": ui.applicantNameEdit,
             "applicant_phone": ui.applicantPhoneEdit, "id_number": ui.idNumberEdit, "consent": ui.ownerCombo,
             "consent_owner": ui.ownerCombo, "consent_phone": ui.consentPhoneEdit, "consent_time": ui.consentTimeEdit,
             "pickup_at": ui.pickupEdit, "fee": ui.feeEdit, "remarks": ui.remarksEdit, "amount": ui.amountEdit,
             "pay_method": ui.payMethodCombo, "pay_reference": ui.referenceEdit, "exempt_reason": ui.exemptEdit,
             "card_no": ui.cardNoEdit, "valid_until": ui.validUntilEdit, "override_reason": ui.cardNoEdit,
             "notify_method": ui.notifyMethodCombo, "notify_note": ui.notifyNoteEdit, "receipt": ui.receiptScanEdit,
             "signature": ui.signatureLabel},
            ui.stepMessageLabel, clear=self._clear_step, form=ui.stepStack)
        ui.recordStepButton.clicked.connect(self.record_step)
        for edit in (ui.applicantNameEdit, ui.applicantPhoneEdit, ui.idNumberEdit, ui.consentPhoneEdit, ui.feeEdit,
                     ui.remarksEdit, ui.amountEdit, ui.referenceEdit, ui.exemptEdit, ui.cardNoEdit, ui.notifyNoteEdit):
            edit.returnPressed.connect(self.record_step)
        ui.receiptScanEdit.returnPressed.connect(self.record_step)  # the scanner ends with Enter
        ui.clearSignatureButton.clicked.connect(self.signature.clear)
        ui.cancelApplicationButton.clicked.connect(self.cancel_application)
        ui.printReceiptButton.clicked.connect(lambda: self._exec(self.receipt_preview(reprint=True)))
        ui.handoverButton.clicked.connect(lambda: self._exec(self.handover_preview()))
        shortcuts(self, ["Ctrl+S"], self._save_key)
        # -- the lists and the look-up ------------------------------------------------------------------
        self.applications = ListPanel(ui.applicationsTable, ApplicationsModel(self), key=lambda a: a.id,
                                      count_label=ui.applicationCountLabel, count_text=self._count_text,
                                      audit=("card_application", lambda a: a.id))
        self.applications.selected.connect(self.show_application)
        self.history = ListPanel(ui.historyTable, CardHistoryModel(self), key=lambda e: (e.at, e.kind))
        ui.cardLookupEdit.returnPressed.connect(self.look_up)
        ui.lookUpButton.clicked.connect(self.look_up)
        for button, action in ((ui.reportLostButton, CardAction.LOST), (ui.foundButton, CardAction.FOUND),
                               (ui.replaceButton, CardAction.REPLACE), (ui.returnButton, CardAction.RETURN)):
            button.clicked.connect(lambda _checked=False, a=action: self.card_action(a))
            button.setVisible(issue)
        ui.doorListButton.clicked.connect(lambda: self._exec(self.door_list_preview()))
        ui.doorListButton.setVisible(actor.can(Permission.PRINT))
        ui.doorListDateEdit.setVisible(actor.can(Permission.PRINT))
        ui.doorListDateEdit.setToolTip(self.tr("The day of the door list (today, or a day missed)"))
        self._door_day_picked = False  # until a day is picked, the list is today's (past midnight too)
        self._set_door_day()
        ui.doorListDateEdit.dateChanged.connect(self._door_day_changed)
        ui.cardSplitter.setStretchFactor(0, 1)
        ui.cardSplitter.setStretchFactor(1, 0)
        self._clear_new()
        self._show_card(None)
        self.show_application(None)
        self.on_changes(self.kinds)

    # -- translation helpers ----------------------------------------------------------------------------

    @staticmethod
    def tr_cards(text: str) -> str:
        return QCoreApplication.translate("cards", text)

    @staticmethod
    def tr_identity(text: str) -> str:
        return QCoreApplication.translate("identity", text)

    @staticmethod
    def tr_consent(text: str) -> str:
        return QCoreApplication.translate("consent", text)

    # -- the change feed ------------------------------------------------------------------------------

    def reload(self) -> None:
        listing = self.ui.requirementsList
        if [listing.item(i).text() for i in range(listing.count())] != list(self._site.settings().card_requirements):
            self._fill_requirements()  # an administrator changed the checklist
        try:
            self.applications.set_rows(self._cards.open_applications(self._actor))
        except DeskError as exc:
            self.ui.applicationCountLabel.setText(tr_error(exc))
        if self.looked_up is not None:
            try:
                self._show_card(self._cards.card(self._actor, self.looked_up.id))
            except DeskError:
                self._show_card(None)

    def _count_text(self, count: int, _more: bool) -> str:
        return self.tr("1 application in hand") if count == 1 else \
            self.tr("{count} applications in hand").format(count=count)

    # -- a new application (step a) -------------------------------------------------------------------

    def _fill_requirements(self) -> None:
        listing = self.ui.requirementsList
        listing.clear()
        for line in self._site.settings().card_requirements:
            item = QListWidgetItem(line, listing)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _ticked(self) -> list[str]:
        listing = self.ui.requirementsList
        return [listing.item(i).text() for i in range(listing.count())
                if listing.item(i).checkState() == Qt.CheckState.Checked]

    def _clear_new(self) -> None:
        ui = self.ui
        ui.roomEdit.clear()
        ui.overrideEdit.clear()
        ui.cardTypeCombo.setCurrentIndex(0)
        self._fill_requirements()

    def open_application(self) -> None:
        """Step a: the requirements told (every line ticked); the application opens at its next step."""
        ui = self.ui
        app = self.new_form.submit(lambda: self._cards.open_application(
            self._actor, unit=ui.roomEdit.text(), card_type=ui.cardTypeCombo.currentData(),
            requirements=self._ticked(), override_reason=ui.overrideEdit.text()))
        if app is None:
            return
        self.new_form.say(self.tr("Application {number} opened for {room}.").format(number=app.number,
                                                                                    room=app.room_no))
        self.applications.set_rows(self._cards.open_applications(self._actor))
        self.applications.select_key(app.id)
        self.show_application(app)

    # -- the steps ------------------------------------------------------------------------------------

    def show_application(self, app: ApplicationInfo | None) -> None:
        """The selected application: its steps so far and the form of its next step, the cursor there."""
        ui = self.ui
        same = app is not None and self.shown is not None and app.id == self.shown.id and app.state == self.shown.state
        self.shown = app
        ui.applicationGroup.setVisible(app is not None)
        if app is None:
            return
        ui.applicationLabel.setText(self.tr("{number} · {room} · {kind} · {applicant} · {state}").format(
            number=app.number, room=app.room_no, kind=card_type(app), applicant=app.applicant_name or "—",
            state=self.tr_cards(APP_STATE_LABELS[app.state])))
        if self.unit_cards is not None:
            self.unit_cards.show_unit(app.unit_id)
        ui.stepsLabel.setText("\n".join(
            f"✓ {self.tr_cards(STEP_LABELS[d.step])}: {fmt.when(d.at)} {d.by} ({d.station})" for d in app.steps))
        issue = self._actor.can(Permission.CARD_ISSUE)
        ui.recordStepButton.setVisible(issue and app.next_step is not None)
        ui.cancelApplicationButton.setVisible(issue and app.state.is_open)
        ui.printReceiptButton.setVisible(issue and app.done(Step.REGISTER) is not None and app.state.is_open)
        if same:
            return  # a reload: keep what is being typed
        ui.stepStack.setCurrentIndex(STEP_PAGES[app.next_step] if app.next_step else DONE_PAGE)
        self.step_form.errors.clear()
        self._prepare_step(app)

    def _prepare_step(self, app: ApplicationInfo) -> None:
        ui = self.ui
        self._clear_step()
        step = app.next_step
        if step is Step.IDENTITY or step is Step.CONSENT:
            residents: tuple = ()
            with contextlib.suppress(DeskError):  # a unit voided meanwhile: the step is refused with its message
                residents = tuple(r for r in self._directory.unit_detail(self._actor, app.unit_id).residents
                                  if r.current)
            ui.applicantCombo.blockSignals(True)
            ui.applicantCombo.clear()
            for r in residents:
                ui.applicantCombo.addItem(f"{r.name}（{fmt.resident_role(r.role)}）", r.id)
            ui.applicantCombo.addItem(self.tr("Someone else (name and phone below)"), OTHER_PERSON)
            ui.applicantCombo.blockSignals(False)
            self._applicant_picked()
            ui.ownerCombo.clear()
            for r in residents:
                if r.role is ResidentRole.OWNER:
                    ui.ownerCombo.addItem(r.name, r.id)
        if step is Step.REGISTER:
            fee = self._site.settings().card_fee_cents
            ui.feeEdit.setText(f"{fee / 100:.2f}")
            tomorrow = fmt.local(self._cards.now() + timedelta(days=1))
            assert tomorrow is not None
            ui.pickupEdit.setDateTime(QDateTime(QDate(tomorrow.year, tomorrow.month, tomorrow.day), QTime(15, 0)))
        if step is Step.PAY:
            ui.amountEdit.setText(f"{(app.fee_cents or 0) / 100:.2f}")
        if step is Step.AUTHORISE:
            temporary = app.card_type is CardType.TEMPORARY
            ui.validUntilEdit.setVisible(temporary)
            ui.validUntilLabel.setVisible(temporary)
            today = local_date(self._cards.now())
            ui.validUntilEdit.setDate(QDate(today.year, today.month, today.day).addMonths(6))
        if step is Step.COLLECT:
            ui.doneLabel.clear()
        if step is None:
            ui.doneLabel.setText(self._done_text(app))
        first = {Step.IDENTITY: ui.applicantCombo, Step.CONSENT: ui.ownerCombo, Step.REGISTER: ui.pickupEdit,
                 Step.PAY: ui.amountEdit, Step.AUTHORISE: ui.cardNoEdit, Step.NOTIFY: ui.notifyMethodCombo,
                 Step.COLLECT: ui.receiptScanEdit}.get(step) if step else ui.handoverButton
        if first is not None and self.isVisible():
            first.setFocus()
        self.step_form.untouched = False  # the defaults may be right as they are (Enter records the step)

    def _done_text(self, app: ApplicationInfo) -> str:
        if app.state is AppState.CANCELLED:
            return self.tr("Cancelled: {reason}").format(reason=app.cancel_reason)
        return self.tr("Card {card_no} handed over; the receipt is back and the applicant signed.").format(
            card_no=app.card_no)

    def _applicant_picked(self, *_args) -> None:
        other = self.ui.applicantCombo.currentData() == OTHER_PERSON
        for w in (self.ui.applicantNameEdit, self.ui.applicantNameLabel):
            w.setEnabled(other)

    def _consent_method_picked(self, *_args) -> None:
        by_phone = self.ui.consentMethodCombo.currentData() == ConsentMethod.PHONE.value
        self.ui.consentPhoneEdit.setEnabled(by_phone)

    def _clear_step(self) -> None:
        ui = self.ui
        for edit in (ui.applicantNameEdit, ui.applicantPhoneEdit, ui.idNumberEdit, ui.consentPhoneEdit, ui.remarksEdit,
                     ui.referenceEdit, ui.exemptEdit, ui.cardNoEdit, ui.notifyNoteEdit, ui.receiptScanEdit):
            edit.clear()
        ui.idTypeCombo.setCurrentIndex(0)
        ui.consentMethodCombo.setCurrentIndex(0)
        ui.payMethodCombo.setCurrentIndex(0)
        ui.notifyMethodCombo.setCurrentIndex(0)
        now = fmt.local(self._cards.now())
        assert now is not None
        ui.consentTimeEdit.setDateTime(QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute)))
        self._consent_method_picked()
        self.signature.clear()

    def _save_key(self) -> None:
        if self.ui.newApplicationGroup.isAncestorOf(self.focusWidget()):
            self.open_application()
        elif self.shown is not None and self.shown.next_step is not None:
            self.record_step()

    def record_step(self) -> None:
        """The shown application's next step, as its form says; refused steps say what is missing."""
        app = self.shown
        if app is None or app.next_step is None:
            return
        step = app.next_step
        done = self.step_form.submit(lambda: self._do_step(app, step))
        if done is None:
            return
        self.shown = None  # the state moved on: show the next step's form
        self.applications.set_rows(self._cards.open_applications(self._actor))
        if not self.applications.select_key(done.id):
            self.show_application(done)
        self.step_form.say(self.tr("{step}: done.").format(step=self.tr_cards(STEP_LABELS[step])))
        if step is Step.REGISTER:
            self._exec(self.receipt_preview())

    def _do_step(self, app: ApplicationInfo, step: Step) -> ApplicationInfo:
        ui, cards, actor = self.ui, self._cards, self._actor
        if step is Step.IDENTITY:
            picked = ui.applicantCombo.currentData()
            resident = None if picked in (None, OTHER_PERSON) else int(picked)
            return cards.check_identity(actor, app.id, applicant=Applicant(
                ui.idTypeCombo.currentData(), ui.idNumberEdit.text(), resident_id=resident,
                name=ui.applicantNameEdit.text() if resident is None else "", phone=ui.applicantPhoneEdit.text()))
        if step is Step.CONSENT:
            owner = ui.ownerCombo.currentData()
            consent = None if owner is None else Consent(
                ConsentMethod(ui.consentMethodCombo.currentData()), int(owner), _utc(ui.consentTimeEdit.dateTime()),
                ui.consentPhoneEdit.text() if ui.consentPhoneEdit.isEnabled() else "")
            return cards.record_consent(actor, app.id, consent)
        if step is Step.REGISTER:
            return cards.register(actor, app.id, pickup_at=_local(ui.pickupEdit.dateTime()), fee=ui.feeEdit.text(),
                                  remarks=ui.remarksEdit.text())
        if step is Step.PAY:
            if ui.exemptEdit.text().strip():
                return cards.exempt(actor, app.id, reason=ui.exemptEdit.text())
            return cards.pay(actor, app.id, amount=ui.amountEdit.text(), method=ui.payMethodCombo.currentData(),
                             reference=ui.referenceEdit.text())
        if step is Step.AUTHORISE:
            until = ui.validUntilEdit.date().toPython() if app.card_type is CardType.TEMPORARY else None
            return cards.authorise(actor, app.id, card_no=ui.cardNoEdit.text(), valid_until=until)
        if step is Step.NOTIFY:
            return cards.notify(actor, app.id, method=ui.notifyMethodCombo.currentData(),
                                note=ui.notifyNoteEdit.text())
        return cards.collect(actor, app.id, receipt=ui.receiptScanEdit.text(), signature=self.signature.encoded())

    def cancel_application(self) -> None:
        app = self.shown
        if app is None:
            return
        dialog = ReasonDialog(
            prompt=self.tr("Cancel application {number} ({room}, {applicant})? An authorised card is taken off the "
                           "doors with it.").format(number=app.number, room=app.room_no,
                                                    applicant=app.applicant_name or "—"),
            action=lambda reason: self._cards.cancel(self._actor, app.id, reason=reason), parent=self)
        if dialog.exec():
            self.shown = None
            self.reload()
            self.show_application(None)

    # -- look-up and the card's life ------------------------------------------------------------------

    def look_up(self) -> None:
        """A card number typed or scanned: whose, which unit, its state and history."""
        ui = self.ui
        try:
            card = self._cards.lookup(self._actor, ui.cardLookupEdit.text())
        except DeskError as exc:
            self._show_card(None)
            ui.lookupResultLabel.setStyleSheet(REFUSED_STYLE)
            ui.lookupResultLabel.setText(f"{REFUSED_MARK} {tr_error(exc)}")
            ui.cardLookupEdit.selectAll()
            ui.cardLookupEdit.setFocus()
            return
        self._show_card(card)
        ui.cardLookupEdit.selectAll()  # the next scan replaces it

    def show_card_number(self, card_no: str) -> None:
        """The one search box chose a card: looked up by its number, as if typed in the look-up."""
        self.ui.cardLookupEdit.setText(card_no)
        self.look_up()

    def show_receipt(self, application_id: int) -> None:
        """The one search box chose an application: selected in the list when it is in hand, else shown."""
        if self.applications.select_key(application_id):
            self.ui.applicationsTable.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            app = self._cards.application(self._actor, application_id)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.applications.view.clearSelection()
        self.show_application(app)

    def _show_card(self, card: CardInfo | None) -> None:
        ui = self.ui
        self.looked_up = card
        self.history.set_rows(card.history if card else ())
        ui.historyTable.setVisible(card is not None)
        for button in (ui.reportLostButton, ui.foundButton, ui.replaceButton, ui.returnButton):
            button.setEnabled(False)
        if card is None:
            ui.lookupResultLabel.clear()
            return
        ui.lookupResultLabel.setStyleSheet(OK_STYLE if card.state.opens_doors else REFUSED_STYLE)
        validity = self.tr(", valid until {day}").format(day=fmt.day(card.valid_until)) if card.valid_until else ""
        ui.lookupResultLabel.setText(self.tr("Card {card_no}: {holder}, unit {room} — {kind}, {state}{validity}").format(
            card_no=card.card_no, holder=card.holder_name, room=card.room_no, kind=card_type(card),
            state=card_state(card), validity=validity))
        live, active = card.state.live, card.state.opens_doors
        ui.reportLostButton.setEnabled(active)
        ui.foundButton.setEnabled(live and not active)
        ui.replaceButton.setEnabled(live)
        ui.returnButton.setEnabled(live)

    def card_action(self, action: CardAction) -> None:
        card = self.looked_up
        if card is None:
            return
        dialog = CardActionDialog(action=action, card=card, cards=self._cards, actor=self._actor,
                                  fee_cents=self._site.settings().card_fee_cents, parent=self)
        if dialog.exec() and dialog.result_card is not None:
            self._show_card(dialog.result_card)
            self.ui.cardLookupEdit.setText(dialog.result_card.card_no)

    # -- printouts ------------------------------------------------------------------------------------

    def receipt_preview(self, *, reprint: bool = False) -> PrintPreviewDialog | None:
        app = self.shown
        if app is None:
            return None
        page = self._config.page_for(DocumentKind.CARD_RECEIPT)
        state = {"first": True}

        def render(p: PageSize) -> Printout:  # a page-size change re-renders without counting another print
            again = reprint or not state["first"]
            state["first"] = False
            return self._printing.receipt(self._actor, app.id, p, reprint=again)

        return self._preview(render, page)

    def handover_preview(self) -> PrintPreviewDialog | None:
        app = self.shown
        if app is None:
            return None
        return self._preview(lambda p: self._printing.handover(self._actor, app.id, p),
                             self._config.page_for(DocumentKind.CARD_HANDOVER))

    def _set_door_day(self) -> None:
        today = local_date(self._cards.now())
        edit = self.ui.doorListDateEdit
        edit.blockSignals(True)
        edit.setDate(QDate(today.year, today.month, today.day))
        edit.blockSignals(False)

    def _door_day_changed(self, *_args) -> None:
        self._door_day_picked = True

    def door_list_preview(self) -> PrintPreviewDialog | None:
        if not self._door_day_picked:
            self._set_door_day()
        day = self.ui.doorListDateEdit.date().toPython()
        return self._preview(lambda _p: self._printing.door_list(self._actor, day), PageSize.A4)

    def _preview(self, render: Callable[[PageSize], Printout], page: PageSize) -> PrintPreviewDialog | None:
        return PrintPreviewDialog.of(render, page, config=self._config, config_path=self._config_path, parent=self)

    @staticmethod
    def _exec(dialog: PrintPreviewDialog | None) -> None:
        if dialog is not None:
            dialog.exec()


def _local(value: QDateTime) -> datetime:
    """A date-time edit's value: naive local time, as the services take a pick-up time."""
    return value.toPython().replace(second=0, microsecond=0)


def _utc(value: QDateTime) -> datetime:
    return value.toUTC().toPython().replace(tzinfo=None, second=0, microsecond=0)
