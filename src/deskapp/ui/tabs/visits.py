"""Visitor reception tab 来访登记: residents' walk-ins, and guests in and out of the estate."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.config import StationConfig
from deskapp.domain.errors import QT_TRANSLATE_NOOP, DeskError, ValidationError
from deskapp.domain.requests import Department
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.visits import CLOSING_QUESTION, FIVE_ONES, STAYS, Outcome, Purpose
from deskapp.printing.pages import PageSize
from deskapp.services.directory import DirectoryService, UnitDetail
from deskapp.services.guests import GuestInfo, GuestQuery, GuestService, WatchlistHit
from deskapp.services.history import HistoryService
from deskapp.services.printouts import DocumentKind, Printout, PrintService
from deskapp.services.requests import MSG_DEPARTMENT, RequestService
from deskapp.services.visits import VisitQuery, VisitService
from deskapp.ui import fmt
from deskapp.ui.completion import RoomCompletion
from deskapp.ui.dialogs.directory import ReasonDialog
from deskapp.ui.dialogs.guests import OverrideDialog, WatchlistDialog
from deskapp.ui.dialogs.print_preview import PrintPreviewDialog
from deskapp.ui.forms import ERROR_STYLE, OK_STYLE, FieldErrors, load_form, tr_error
from deskapp.ui.keys import SAVE_KEYS, shortcuts
from deskapp.ui.messages import show_error
from deskapp.ui.models.history import HistoryModel
from deskapp.ui.models.visits import GuestsModel, OnSiteModel, VisitsModel
from deskapp.ui.tables import setup_table

STAY_LABELS = {
    60: QT_TRANSLATE_NOOP("VisitsTab", "1 hour"),
    120: QT_TRANSLATE_NOOP("VisitsTab", "2 hours"),
    240: QT_TRANSLATE_NOOP("VisitsTab", "4 hours"),
    480: QT_TRANSLATE_NOOP("VisitsTab", "8 hours"),
    1440: QT_TRANSLATE_NOOP("VisitsTab", "1 day"),
}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class VisitsTab(QWidget):
    """Signals:
        visit_recorded(VisitInfo): a walk-in was registered.
        requests_changed(): a follow-up visit became a request.
        guests_changed(): a guest was checked in or out, or voided.
    """

    visit_recorded = Signal(object)
    guests_changed = Signal()
    requests_changed = Signal()

    def __init__(self, *, visits: VisitService, guests: GuestService, directory: DirectoryService,
                 printing: PrintService, actor: Actor, config: StationConfig, config_path: Path,
                 history: HistoryService, requests: RequestService | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("visitsTab")
        self._requests, self._history = requests, history
        self._visits, self._guests, self._directory, self._printing = visits, guests, directory, printing
        self._actor, self._config, self._config_path = actor, config, config_path
        self.unit: UnitDetail | None = None
        self.last_checked_in: GuestInfo | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("visitsTabs")
        QVBoxLayout(self).addWidget(self.tabs)
        self.rooms = RoomCompletion(directory=directory, actor=actor, parent=self)
        self.visit_page: QWidget | None = None
        self.guest_page: QWidget | None = None
        if actor.can(Permission.VISIT_VIEW):
            self._build_visit_page()
        if actor.can(Permission.GUEST_CHECK):
            self._build_guest_page()

    # == residents' visits ====================================================================

    def _build_visit_page(self) -> None:
        page = QWidget()
        page.setObjectName("visitPageHost")
        self.v = v = load_form("visit_page.ui", page)
        self.visit_page = page
        self.tabs.addTab(page, page.windowTitle())
        v.purposeCombo.addItem(self.tr("— choose —"), None)
        v.purposeFilterCombo.addItem(self.tr("All purposes"), None)
        for p in Purpose:
            v.purposeCombo.addItem(fmt.purpose(p), p.value)
            v.purposeFilterCombo.addItem(fmt.purpose(p), p.value)
        v.followUpDepartmentCombo.addItem(self.tr("— choose —"), None)
        for d in Department:
            v.followUpDepartmentCombo.addItem(fmt.department(d), d.value)
        v.followUpRadio.toggled.connect(v.followUpDepartmentCombo.setEnabled)
        v.followUpDepartmentCombo.setEnabled(False)
        v.outcomeFilterCombo.addItem(self.tr("All outcomes"), None)
        for o in Outcome:
            v.outcomeFilterCombo.addItem(fmt.outcome(o), o.value)
        v.remindersLabel.setText(self._reminders(None))
        v.unitHoldsLabel.setVisible(False)
        self.visit_errors = FieldErrors({"unit": v.unitEdit, "visitor": v.visitorCombo, "visitor_name": v.visitorNameEdit,
                                         "visitor_phone": v.visitorPhoneEdit, "purpose": v.purposeCombo,
                                         "content": v.contentEdit, "outcome": v.resolvedRadio,
                                         "resolution": v.resolutionEdit,
                                         "department": v.followUpDepartmentCombo}, v.visitMessageLabel)
        self.history = HistoryModel(self)
        setup_table(v.unitHistoryTable, self.history)
        self.visits_model = VisitsModel(self)
        setup_table(v.visitsTable, self.visits_model)
        completer = self.rooms.attach(v.unitEdit)
        completer.activated.connect(lambda _text: self.unit_entered())
        v.unitEdit.editingFinished.connect(self.unit_entered)
        v.visitorCombo.currentIndexChanged.connect(self._visitor_changed)
        v.saveVisitButton.clicked.connect(self.save_visit)
        v.clearVisitButton.clicked.connect(self.clear_visit)
        shortcuts(page, SAVE_KEYS, self.save_visit)  # Ctrl+S from any field of the visit page
        today = _qdate(self._visits.today())
        for edit in (v.visitFromDate, v.visitToDate):
            edit.setDate(today)
            edit.dateChanged.connect(self.reload_visits)
        v.visitSearchEdit.textChanged.connect(self.reload_visits)
        v.purposeFilterCombo.currentIndexChanged.connect(self.reload_visits)
        v.outcomeFilterCombo.currentIndexChanged.connect(self.reload_visits)
        v.visitTodayButton.clicked.connect(self.show_today_visits)
        v.voidVisitButton.clicked.connect(self.void_visit)
        v.visitsTable.selectionModel().selectionChanged.connect(self._update_visit_buttons)
        v.newVisitGroup.setVisible(self._actor.can(Permission.VISIT_RECORD))
        for name in ("visitMessageLabel", "saveVisitButton", "clearVisitButton"):
            getattr(v, name).setVisible(self._actor.can(Permission.VISIT_RECORD))
        v.voidVisitButton.setVisible(self._actor.can(Permission.VISIT_VOID))
        self._visitor_changed()
        self.reload_visits()
        self._update_visit_buttons()

    @staticmethod
    def _reminders(surname: str | None) -> str:
        closing = CLOSING_QUESTION.replace("×", surname or "×", 1)
        return QCoreApplication.translate("VisitsTab", "Five ones: {five}\nBefore they leave: {closing}").format(
            five=" · ".join(FIVE_ONES), closing=closing)

    def unit_entered(self) -> None:
        """Look the unit up as soon as it is typed: residents, warnings and latest visits beside the form."""
        v = self.v
        text = v.unitEdit.text().strip()
        if self.unit is not None and text == self.unit.room_no:
            return
        self.unit = None
        self.visit_errors.clear()
        v.visitorCombo.blockSignals(True)
        v.visitorCombo.clear()
        v.visitorCombo.addItem(self.tr("Other visitor (not in the directory)"), None)
        v.visitorCombo.blockSignals(False)
        v.unitHoldsLabel.setVisible(False)
        self.history.set_rows([])
        v.unitInfoLabel.setText(self.tr("Type a unit to see its residents, warnings and latest visits."))
        if not text:
            self._visitor_changed()
            return
        try:
            ref = self._directory.find_unit(self._actor, text, field="unit")
            unit = self._directory.unit_detail(self._actor, ref.id)
            history = self._history.unit_history(self._actor, ref.id)
        except DeskError as exc:
            self.visit_errors.show(exc)
            self._visitor_changed()
            return
        self.unit = unit
        v.unitEdit.setText(unit.room_no)
        current = [r for r in unit.residents if r.current]
        v.visitorCombo.blockSignals(True)
        v.visitorCombo.clear()
        for r in current:
            v.visitorCombo.addItem(f"{r.name}（{fmt.resident_role(r.role)}）", r.id)
        v.visitorCombo.addItem(self.tr("Other visitor (not in the directory)"), None)
        v.visitorCombo.blockSignals(False)
        v.unitInfoLabel.setText(f"{unit.room_no}  ·  {unit.building_name}  ·  "
                                + self.tr("{count} residents").format(count=len(current)))
        holds = unit.holds
        v.unitHoldsLabel.setVisible(bool(holds))
        v.unitHoldsLabel.setText("\n".join(f"⚠ {fmt.note_kind(n.kind)}：{n.text}" for n in holds))
        self.history.set_rows(history)
        self._visitor_changed()

    def _visitor_changed(self, *_args) -> None:
        v = self.v
        resident_id = v.visitorCombo.currentData()
        other = resident_id is None
        v.visitorNameEdit.setEnabled(other)
        v.visitorPhoneEdit.setEnabled(other)
        surname = None
        if not other and self.unit is not None:
            resident = next((r for r in self.unit.residents if r.id == resident_id), None)
            if resident is not None:
                v.visitorNameEdit.setText(resident.name)
                v.visitorPhoneEdit.setText(fmt.phones(resident.phones[:1]))
                surname = resident.name[:1]
        elif other and not v.visitorNameEdit.isModified():
            v.visitorNameEdit.clear()
            v.visitorPhoneEdit.clear()
        v.remindersLabel.setText(self._reminders(surname))

    def save_visit(self) -> None:
        """Register the visit on the form; problems are shown at their fields and nothing is saved."""
        if not self._actor.can(Permission.VISIT_RECORD) or self.visit_page is None:
            return
        v = self.v
        self.unit_entered()  # the unit field may not have lost focus yet
        outcome = (Outcome.RESOLVED if v.resolvedRadio.isChecked() else
                   Outcome.FOLLOW_UP if v.followUpRadio.isChecked() else None)
        resident_id = v.visitorCombo.currentData()
        self.visit_errors.clear()
        makes_request = (outcome is Outcome.FOLLOW_UP and self._requests is not None
                         and self._actor.can(Permission.REQUEST_EDIT))
        department = v.followUpDepartmentCombo.currentData()
        try:
            if makes_request and department is None:  # checked before the visit is saved
                raise ValidationError.single("department", MSG_DEPARTMENT)
            visit = self._visits.record(
                self._actor, unit=v.unitEdit.text(), resident_id=resident_id,
                visitor_name=v.visitorNameEdit.text() if resident_id is None else "",
                visitor_phone=v.visitorPhoneEdit.text() if resident_id is None else "",
                purpose=v.purposeCombo.currentData(), content=v.contentEdit.toPlainText(),
                confirmed=v.confirmedCheck.isChecked(), outcome=outcome,
                resolution=v.resolutionEdit.toPlainText())
        except DeskError as exc:
            v.visitMessageLabel.setStyleSheet(ERROR_STYLE)
            self.visit_errors.show(exc)
            return
        request_note = ""
        if makes_request and self._requests is not None:
            try:
                request = self._requests.from_visit(self._actor, visit.id, department=department)
                request_note = " " + self.tr("Request {number} created.").format(number=request.number)
                self.requests_changed.emit()
            except DeskError as exc:  # the visit is saved; say why the request is not
                request_note = " " + tr_error(exc)
        self.clear_visit()
        v.visitMessageLabel.setStyleSheet(OK_STYLE)
        v.visitMessageLabel.setText(self.tr("Saved: {room} {name}, {purpose}.").format(
            room=visit.room_no, name=visit.visitor_name, purpose=fmt.purpose(visit.purpose)) + request_note)
        self.reload_visits()
        self.visit_recorded.emit(visit)

    def clear_visit(self) -> None:
        v = self.v
        self.visit_errors.clear()
        for edit in (v.unitEdit, v.visitorNameEdit, v.visitorPhoneEdit):
            edit.clear()
        v.contentEdit.clear()
        v.resolutionEdit.clear()
        v.purposeCombo.setCurrentIndex(0)
        v.followUpDepartmentCombo.setCurrentIndex(0)
        v.confirmedCheck.setChecked(False)
        for radio in (v.resolvedRadio, v.followUpRadio):
            radio.setAutoExclusive(False)
            radio.setChecked(False)
            radio.setAutoExclusive(True)
        self.unit_entered()
        v.unitEdit.setFocus()

    def visit_query(self) -> VisitQuery:
        v = self.v
        return VisitQuery(text=v.visitSearchEdit.text(), first_day=_pydate(v.visitFromDate.date()),
                          last_day=_pydate(v.visitToDate.date()), purpose=v.purposeFilterCombo.currentData(),
                          outcome=v.outcomeFilterCombo.currentData())

    def reload_visits(self, *_args) -> None:
        query = self.visit_query()
        self._load_list(self.visits_model, lambda offset, limit: self._visits.search(
            self._actor, query, offset=offset, limit=limit), self.v.visitCountLabel,
            self.tr("{count}+ visits, scroll for more"), self.tr("{count} visits"))
        self._update_visit_buttons()

    def _load_list(self, model, fetch, count_label, more_text: str, all_text: str) -> None:
        """Fill a paged list; a bad filter (dates the wrong way round) is said in its count line."""
        try:
            model.load(fetch)
        except ValidationError as exc:
            count_label.setText(tr_error(exc))
            return
        except DeskError as exc:
            show_error(self, exc)
            return
        count_label.setText((more_text if model.canFetchMore() else all_text).format(count=model.rowCount()))

    def show_today_visits(self) -> None:
        v = self.v
        today = _qdate(self._visits.today())
        for w in (v.visitFromDate, v.visitToDate, v.visitSearchEdit, v.purposeFilterCombo, v.outcomeFilterCombo):
            w.blockSignals(True)
        v.visitFromDate.setDate(today)
        v.visitToDate.setDate(today)
        v.visitSearchEdit.clear()
        v.purposeFilterCombo.setCurrentIndex(0)
        v.outcomeFilterCombo.setCurrentIndex(0)
        for w in (v.visitFromDate, v.visitToDate, v.visitSearchEdit, v.purposeFilterCombo, v.outcomeFilterCombo):
            w.blockSignals(False)
        self.reload_visits()

    def _selected_visit(self):
        rows = self.v.visitsTable.selectionModel().selectedRows()
        return self.visits_model.row_at(rows[0].row()) if rows else None

    def _update_visit_buttons(self, *_args) -> None:
        visit = self._selected_visit()
        self.v.voidVisitButton.setEnabled(visit is not None and visit.voided_at is None)

    def void_visit(self) -> None:
        visit = self._selected_visit()
        if visit is None:
            return
        dialog = ReasonDialog(
            prompt=self.tr("Void the visit of {name} ({room})? It stays in the list, marked void, with your reason.")
            .format(name=visit.visitor_name, room=visit.room_no),
            action=lambda reason: self._visits.void(self._actor, visit.id, reason=reason), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_visits()

    # == guests ===============================================================================

    def _build_guest_page(self) -> None:
        page = QWidget()
        page.setObjectName("guestPageHost")
        self.g = g = load_form("guest_page.ui", page)
        self.guest_page = page
        self.tabs.addTab(page, page.windowTitle())
        for minutes in STAYS:
            g.stayCombo.addItem(self.tr(STAY_LABELS[minutes]), minutes)
        g.stayCombo.setCurrentIndex(1)
        g.watchHitLabel.setVisible(False)
        self.guest_errors = FieldErrors({"name": g.guestNameEdit, "phone": g.guestPhoneEdit,
                                         "host_unit": g.hostUnitEdit, "people": g.peopleSpin, "plate": g.plateEdit,
                                         "purpose": g.guestPurposeEdit, "stay": g.stayCombo, "id_last": g.idLastEdit},
                                        g.guestMessageLabel)
        self.rooms.attach(g.hostUnitEdit)
        self.on_site = OnSiteModel(self)
        setup_table(g.onSiteTable, self.on_site)
        self.guests_model = GuestsModel(self)
        setup_table(g.guestsTable, self.guests_model)
        g.checkInButton.clicked.connect(self.check_in)
        for edit in (g.guestNameEdit, g.guestPhoneEdit, g.hostUnitEdit, g.plateEdit, g.guestPurposeEdit, g.idLastEdit):
            edit.returnPressed.connect(self.check_in)
        g.checkOutButton.clicked.connect(self.check_out)
        g.slipEdit.returnPressed.connect(self.check_out)
        g.reprintSlipButton.clicked.connect(self.reprint_slip)
        g.rollCallButton.clicked.connect(self.print_roll_call)
        g.watchlistButton.clicked.connect(self.open_watchlist)
        g.watchlistButton.setVisible(self._actor.can(Permission.WATCHLIST_MANAGE))
        g.voidGuestButton.setVisible(self._actor.can(Permission.VISIT_VOID))
        g.voidGuestButton.clicked.connect(self.void_guest)
        today = _qdate(self._visits.today())
        for edit in (g.guestFromDate, g.guestToDate):
            edit.setDate(today)
            edit.dateChanged.connect(self.reload_guests)
        g.guestSearchEdit.textChanged.connect(self.reload_guests)
        g.guestTodayButton.clicked.connect(self.show_today_guests)
        g.onSiteTable.selectionModel().selectionChanged.connect(self._update_guest_buttons)
        g.guestsTable.selectionModel().selectionChanged.connect(self._update_guest_buttons)
        self.overdue_timer = QTimer(self)
        self.overdue_timer.setInterval(60_000)
        self.overdue_timer.timeout.connect(self.reload_on_site)
        self.overdue_timer.start()
        self.reload_on_site()
        self.reload_guests()

    def check_in(self) -> None:
        """Let the guest in (a listed guest needs a supervisor) and show the slip to print."""
        g = self.g
        values = dict(name=g.guestNameEdit.text(), phone=g.guestPhoneEdit.text(), host_unit=g.hostUnitEdit.text(),
                      people=g.peopleSpin.value(), plate=g.plateEdit.text(), purpose=g.guestPurposeEdit.text(),
                      stay_minutes=g.stayCombo.currentData(), id_last=g.idLastEdit.text())
        self.guest_errors.clear()
        g.watchHitLabel.setVisible(False)
        try:
            guest = self._guests.check_in(self._actor, **values)
        except WatchlistHit as hit:
            g.watchHitLabel.setText("⛔ " + tr_error(hit))
            g.watchHitLabel.setVisible(True)
            dialog = OverrideDialog(warning=tr_error(hit), parent=self,
                                    action=lambda override: self._guests.check_in(self._actor, **values,
                                                                                  override=override))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            guest = dialog.result_value
        except DeskError as exc:
            self.guest_errors.show(exc)
            return
        g.watchHitLabel.setVisible(False)
        for edit in (g.guestNameEdit, g.guestPhoneEdit, g.hostUnitEdit, g.plateEdit, g.guestPurposeEdit, g.idLastEdit):
            edit.clear()
        g.peopleSpin.setValue(1)
        g.guestNameEdit.setFocus()
        self.guests_changed.emit()
        self.reload_on_site()
        self.reload_guests()
        self.last_checked_in = guest
        preview = self.slip_preview(guest)
        if preview is not None:
            preview.exec()

    def slip_preview(self, guest: GuestInfo, *, copy: bool = False) -> PrintPreviewDialog | None:
        page = PageSize(self._config.printer_for(DocumentKind.VISITOR_SLIP).page or "A5")
        return self._preview(lambda p: self._printing.visitor_slip(self._actor, guest.id, p, copy=copy), page)

    def _preview(self, render, page: PageSize) -> PrintPreviewDialog | None:
        try:
            printout: Printout = render(page)
        except DeskError as exc:
            show_error(self, exc)
            return None
        return PrintPreviewDialog(printout=printout, config=self._config, config_path=self._config_path,
                                  rerender=render, parent=self)

    def check_out(self) -> None:
        """Check out the slip scanned or typed; a void, unknown or used slip is refused loudly."""
        g = self.g
        try:
            guest = self._guests.check_out(self._actor, g.slipEdit.text())
        except DeskError as exc:
            g.checkOutLabel.setStyleSheet("background: #fde7e9; color: #b00020; padding: 6px; font-weight: bold;")
            g.checkOutLabel.setText("⛔ " + tr_error(exc))
            g.slipEdit.selectAll()
            g.slipEdit.setFocus()
            return
        minutes = int((guest.checked_out_at - guest.checked_in_at).total_seconds() // 60)
        g.checkOutLabel.setStyleSheet(OK_STYLE)
        g.checkOutLabel.setText(self.tr("✓ {slip} {name} ({room}) left at {time}, after {hours} h {minutes} min.")
                                .format(slip=guest.slip_no, name=guest.name, room=guest.room_no,
                                        time=fmt.clock_time(guest.checked_out_at), hours=minutes // 60,
                                        minutes=minutes % 60))
        g.slipEdit.clear()
        g.slipEdit.setFocus()
        self.guests_changed.emit()
        self.reload_on_site()
        self.reload_guests()

    def reload_on_site(self) -> None:
        try:
            rows = self._guests.on_site(self._actor)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.on_site.now = self._guests.now()
        self.on_site.set_rows(rows)
        people = sum(x.people for x in rows)
        self.g.onSiteLabel.setText(self.tr("On site now (longest first): {groups} groups, {people} people")
                                   .format(groups=len(rows), people=people))
        self._update_guest_buttons()

    def guest_query(self) -> GuestQuery:
        g = self.g
        return GuestQuery(text=g.guestSearchEdit.text(), first_day=_pydate(g.guestFromDate.date()),
                          last_day=_pydate(g.guestToDate.date()))

    def reload_guests(self, *_args) -> None:
        query = self.guest_query()
        self._load_list(self.guests_model, lambda offset, limit: self._guests.search(
            self._actor, query, offset=offset, limit=limit), self.g.guestCountLabel,
            self.tr("{count}+ guests, scroll for more"), self.tr("{count} guests"))
        self._update_guest_buttons()

    def show_today_guests(self) -> None:
        g = self.g
        today = _qdate(self._visits.today())
        for w in (g.guestFromDate, g.guestToDate, g.guestSearchEdit):
            w.blockSignals(True)
        g.guestFromDate.setDate(today)
        g.guestToDate.setDate(today)
        g.guestSearchEdit.clear()
        for w in (g.guestFromDate, g.guestToDate, g.guestSearchEdit):
            w.blockSignals(False)
        self.reload_guests()

    def _selected(self, view, model):
        rows = view.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def _update_guest_buttons(self, *_args) -> None:
        g = self.g
        g.reprintSlipButton.setEnabled(self._selected(g.onSiteTable, self.on_site) is not None)
        listed = self._selected(g.guestsTable, self.guests_model)
        g.voidGuestButton.setEnabled(listed is not None and listed.voided_at is None)

    def reprint_slip(self) -> None:
        guest = self._selected(self.g.onSiteTable, self.on_site)
        if guest is None:
            return
        preview = self.slip_preview(guest, copy=True)
        if preview is not None:
            preview.exec()

    def roll_call_preview(self) -> PrintPreviewDialog | None:
        return self._preview(lambda _page: self._printing.roll_call(self._actor), PageSize.A4)

    def print_roll_call(self) -> None:
        preview = self.roll_call_preview()
        if preview is not None:
            preview.exec()

    def open_watchlist(self) -> None:
        try:
            WatchlistDialog(guests=self._guests, actor=self._actor, parent=self).exec()
        except DeskError as exc:
            show_error(self, exc)

    def void_guest(self) -> None:
        guest = self._selected(self.g.guestsTable, self.guests_model)
        if guest is None:
            return
        dialog = ReasonDialog(
            prompt=self.tr("Void slip {slip} of {name}? It stays in the list, marked void, and can no longer be "
                           "checked out.").format(slip=guest.slip_no, name=guest.name),
            action=lambda reason: self._guests.void(self._actor, guest.id, reason=reason), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.guests_changed.emit()
            self.reload_on_site()
            self.reload_guests()

    def refresh(self) -> None:
        """Called when the directory changed elsewhere: room completion and the unit beside the form."""
        if self.rooms.loaded:
            self.rooms.reload()
        if self.visit_page is not None and self.unit is not None:
            room = self.unit.room_no
            self.unit = None
            self.v.unitEdit.setText(room)
            self.unit_entered()

