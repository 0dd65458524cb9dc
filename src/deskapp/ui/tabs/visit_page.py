"""Residents' visits 来访登记: the visit form, the unit's residents, holds and history beside it, and
the visits of a day (or of a search) below."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import DeskError, ValidationError
from deskapp.domain.requests import Department
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.visits import CLOSING_QUESTION, FIVE_ONES, Outcome, Purpose
from deskapp.services.cards import CardService
from deskapp.services.directory import DirectoryService, UnitDetail
from deskapp.services.history import HistoryItem, HistoryService
from deskapp.services.requests import MSG_DEPARTMENT
from deskapp.services.visits import VisitInfo, VisitQuery, VisitService
from deskapp.ui import fmt
from deskapp.ui.banners import show_holds
from deskapp.ui.completion import RoomCompletion
from deskapp.ui.dialogs.directory import ReasonDialog
from deskapp.ui.forms import FormPanel, load_form, tr_error
from deskapp.ui.keys import SAVE_KEYS, shortcuts
from deskapp.ui.models.history import HistoryModel
from deskapp.ui.models.visits import VisitsModel
from deskapp.ui.pages import ListPanel, Page, kinds, list_takes_the_space
from deskapp.ui.unit_lookup import look_up_typed_unit
from deskapp.ui.widgets.unit_cards import UnitCardsLine


def reminders(surname: str | None) -> str:
    """The manual's "five ones" and the closing question, with the visitor's surname once known."""
    closing = CLOSING_QUESTION.replace("×", surname or "×", 1)
    return QCoreApplication.translate("VisitPage", "Five ones: {five}\nBefore they leave: {closing}").format(
        five=" · ".join(FIVE_ONES), closing=closing)


class VisitPage(Page):
    """A resident (or someone for a unit) at the desk: the form, what is known of the unit, the list.

    ``reload`` re-reads the list and, for the unit already looked up, its residents, holds and
    history; the form's fields keep what was typed and the resident picked.
    """

    start_field = "unitEdit"

    kinds = kinds("visit", "request", "call", "unit", "unit_note", "resident", "card")

    def __init__(self, *, visits: VisitService, directory: DirectoryService, history: HistoryService,
                 rooms: RoomCompletion, actor: Actor, cards: CardService | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitPageHost")
        self._visits, self._directory, self._history, self._rooms = visits, directory, history, rooms
        self._actor = actor
        self.unit: UnitDetail | None = None  # the unit looked up from the unit field
        self.ui = ui = load_form("visit_page.ui", self)
        self.unit_cards = UnitCardsLine.below(ui.unitHoldsLabel, cards=cards, actor=actor)  # access cards (#13)
        self._fill_choices()
        self.form = FormPanel({"unit": ui.unitEdit, "visitor": ui.visitorCombo, "visitor_name": ui.visitorNameEdit,
                               "visitor_phone": ui.visitorPhoneEdit, "purpose": ui.purposeCombo,
                               "content": ui.contentEdit, "outcome": ui.resolvedRadio,
                               "resolution": ui.resolutionEdit, "department": ui.followUpDepartmentCombo},
                              ui.visitMessageLabel, clear=self._clear_fields, form=ui.newVisitGroup)
        self.history_list = ListPanel(ui.unitHistoryTable, HistoryModel(self),
                                      key=lambda h: (h.kind, h.at, h.reference, h.text))
        self.visit_list = ListPanel(ui.visitsTable, VisitsModel(self), key=lambda v: v.id,
                                    count_label=ui.visitCountLabel, count_text=self._count_text,
                                    audit=("visit", lambda v: v.id))
        self.visit_list.selected.connect(self._update_buttons)
        rooms.attach(ui.unitEdit).activated.connect(lambda _text: self.unit_entered())
        ui.unitEdit.editingFinished.connect(self.unit_entered)
        ui.visitorCombo.currentIndexChanged.connect(self._visitor_changed)
        ui.followUpRadio.toggled.connect(ui.followUpDepartmentCombo.setEnabled)
        ui.followUpDepartmentCombo.setEnabled(False)
        ui.saveVisitButton.clicked.connect(self.save)
        ui.clearVisitButton.clicked.connect(self.form.clear)
        shortcuts(self, SAVE_KEYS, self.save)  # Ctrl+S from any field of the page
        today = visits.today()
        for edit in (ui.visitFromDate, ui.visitToDate):
            edit.setDate(today)
            edit.dateChanged.connect(self.reload_visits)
        ui.visitSearchEdit.textChanged.connect(self.reload_visits)
        ui.purposeFilterCombo.currentIndexChanged.connect(self.reload_visits)
        ui.outcomeFilterCombo.currentIndexChanged.connect(self.reload_visits)
        ui.visitTodayButton.clicked.connect(self.show_today)
        ui.voidVisitButton.clicked.connect(self.void_visit)
        # Without the right to record a visit, the form and what it shows beside it (the unit typed in
        # it) are no use: the page is the visits list.
        ui.visitFormPane.setVisible(actor.can(Permission.VISIT_RECORD))
        ui.voidVisitButton.setVisible(actor.can(Permission.VISIT_VOID))
        list_takes_the_space(ui.visitSplitter, 1)
        self._show_unit(None)
        self.on_changes(self.kinds)  # the list is read when the page is first shown

    def _fill_choices(self) -> None:
        ui = self.ui
        fmt.fill_choices(ui.purposeCombo, Purpose, fmt.purpose, first=self.tr("— choose —"))
        fmt.fill_choices(ui.purposeFilterCombo, Purpose, fmt.purpose, first=self.tr("All purposes"))
        fmt.fill_choices(ui.followUpDepartmentCombo, Department, fmt.department, first=self.tr("— choose —"))
        fmt.fill_choices(ui.outcomeFilterCombo, Outcome, fmt.outcome, first=self.tr("All outcomes"))

    # -- the change feed ------------------------------------------------------------------------

    def on_changes(self, kinds: frozenset[str]) -> None:
        self._rooms.on_changes(kinds)  # a new unit completes at the next key, shown or not
        super().on_changes(kinds)

    def reload(self) -> None:
        self.reload_visits()
        if self.unit is not None:
            try:
                unit = self._directory.unit_detail(self._actor, self.unit.id)
                history = self._history.unit_history(self._actor, self.unit.id)
            except DeskError:
                return  # what is beside the form stays as it was; the list's count line says why
            self._show_unit(unit, history, keep_visitor=True)

    # -- the form -------------------------------------------------------------------------------

    def unit_entered(self) -> None:
        """Look the unit up as soon as it is typed: residents, holds and latest history beside the form."""
        look_up_typed_unit(edit=self.ui.unitEdit, current=self.unit, form=self.form, directory=self._directory,
                           actor=self._actor, show=self._show_unit,
                           read=lambda unit_id: (self._directory.unit_detail(self._actor, unit_id),
                                                 self._history.unit_history(self._actor, unit_id)))

    def _show_unit(self, unit: UnitDetail | None, history: Sequence[HistoryItem] = (), *,
                   keep_visitor: bool = False) -> None:
        """What is known of the unit beside the form: its residents to pick from, holds in red, history.

        ``keep_visitor``: the same unit read again; the resident picked stays picked while they live there.
        """
        ui = self.ui
        picked = ui.visitorCombo.currentData()
        self.unit = unit
        residents = [r for r in unit.residents if r.current] if unit is not None else []
        ui.visitorCombo.blockSignals(True)
        ui.visitorCombo.clear()
        for r in residents:
            ui.visitorCombo.addItem(f"{r.name}（{fmt.resident_role(r.role)}）", r.id)
        ui.visitorCombo.addItem(self.tr("Other visitor (not in the directory)"), None)
        if keep_visitor:  # "other visitor" (the last item) when nobody or nobody still there was picked
            ui.visitorCombo.setCurrentIndex(next(
                (i for i, r in enumerate(residents) if r.id == picked), len(residents)))
        ui.visitorCombo.blockSignals(False)
        if unit is None:
            ui.unitInfoLabel.setText(self.tr("Type a unit to see its residents, warnings and latest visits."))
        else:
            ui.unitInfoLabel.setText(f"{unit.room_no}  ·  {unit.building_name}  ·  "
                                     + (self.tr("1 resident") if len(residents) == 1 else
                                        self.tr("{count} residents").format(count=len(residents))))
        show_holds(ui.unitHoldsLabel, unit.holds if unit is not None else ())
        if self.unit_cards is not None:
            self.unit_cards.show_unit(unit.id if unit is not None else None)
        self.history_list.set_rows(history)
        self._visitor_changed()

    def _visitor_changed(self, *_args) -> None:
        """A resident picked fills the name and phone; "other visitor" leaves what was typed."""
        ui = self.ui
        resident_id = ui.visitorCombo.currentData()
        other = resident_id is None
        ui.visitorNameEdit.setEnabled(other)
        ui.visitorPhoneEdit.setEnabled(other)
        surname = None
        if not other and self.unit is not None:
            resident = next((r for r in self.unit.residents if r.id == resident_id), None)
            if resident is not None:
                ui.visitorNameEdit.setText(resident.name)
                ui.visitorPhoneEdit.setText(fmt.phones(resident.phones[:1]))
                surname = resident.name[:1]
        elif other and not ui.visitorNameEdit.isModified():
            ui.visitorNameEdit.clear()
            ui.visitorPhoneEdit.clear()
        ui.remindersLabel.setText(reminders(surname))

    def save(self) -> None:
        """Register the visit on the form (a follow-up one with its request, in one save); problems
        are shown at their fields and nothing is saved. The list shows it through the change feed."""
        if not self._actor.can(Permission.VISIT_RECORD):
            return
        self.unit_entered()  # the unit field may not have lost focus yet
        visit = self.form.submit(self._record)
        if visit is None:
            return
        said = self.tr("Saved: {room} {name}, {purpose}.").format(
            room=visit.room_no, name=visit.visitor_name, purpose=fmt.purpose(visit.purpose))
        if visit.request_number:
            said += " " + self.tr("Request {number} created.").format(number=visit.request_number)
        self.form.say(said)

    def _record(self) -> VisitInfo:
        ui = self.ui
        outcome = (Outcome.RESOLVED if ui.resolvedRadio.isChecked() else
                   Outcome.FOLLOW_UP if ui.followUpRadio.isChecked() else None)
        resident_id = ui.visitorCombo.currentData()
        department = None
        if outcome is Outcome.FOLLOW_UP and self._actor.can(Permission.REQUEST_EDIT):
            department = ui.followUpDepartmentCombo.currentData()
            if department is None:  # the form makes a follow-up visit a request: it needs the department
                raise ValidationError.single("department", MSG_DEPARTMENT)
        return self._visits.record(
            self._actor, unit=ui.unitEdit.text(), resident_id=resident_id,
            visitor_name=ui.visitorNameEdit.text() if resident_id is None else "",
            visitor_phone=ui.visitorPhoneEdit.text() if resident_id is None else "",
            purpose=ui.purposeCombo.currentData(), content=ui.contentEdit.toPlainText(),
            confirmed=ui.confirmedCheck.isChecked(), outcome=outcome,
            resolution=ui.resolutionEdit.toPlainText(), department=department)

    def _clear_fields(self) -> None:
        ui = self.ui
        for edit in (ui.unitEdit, ui.visitorNameEdit, ui.visitorPhoneEdit):
            edit.clear()
        ui.contentEdit.clear()
        ui.resolutionEdit.clear()
        ui.purposeCombo.setCurrentIndex(0)
        ui.followUpDepartmentCombo.setCurrentIndex(0)
        ui.confirmedCheck.setChecked(False)
        for radio in (ui.resolvedRadio, ui.followUpRadio):
            radio.setAutoExclusive(False)
            radio.setChecked(False)
            radio.setAutoExclusive(True)
        self.unit_entered()
        ui.unitEdit.setFocus()

    # -- the list -------------------------------------------------------------------------------

    def visit_query(self) -> VisitQuery:
        ui = self.ui
        return VisitQuery(text=ui.visitSearchEdit.text(), first_day=ui.visitFromDate.date().toPython(),
                          last_day=ui.visitToDate.date().toPython(), purpose=ui.purposeFilterCombo.currentData(),
                          outcome=ui.outcomeFilterCombo.currentData())

    def reload_visits(self, *_args) -> None:
        """The visits for the filters as they stand; a bad filter (or a database problem) is said in
        the count line."""
        query = self.visit_query()
        try:
            self.visit_list.load(lambda offset, limit: self._visits.search(
                self._actor, query, offset=offset, limit=limit), about=self._about(query))
        except DeskError as exc:
            self.ui.visitCountLabel.setText(tr_error(exc))

    def _about(self, query: VisitQuery) -> str:
        """The filter in words, for an export of the list."""
        ui = self.ui
        parts = [self.tr("{first} to {last}").format(first=query.first_day, last=query.last_day)]
        parts += [combo.currentText() for combo in (ui.purposeFilterCombo, ui.outcomeFilterCombo)
                  if combo.currentData() is not None]
        if query.text.strip():
            parts.append(self.tr("search “{text}”").format(text=query.text.strip()))
        return " · ".join(parts)

    def show_found(self, visit_id: int, room_no: str, day: date | None) -> bool:
        """The one search box chose a visit: the visits of that day at its unit, the visit selected and
        the list in focus."""
        ui = self.ui
        filters = (ui.visitFromDate, ui.visitToDate, ui.visitSearchEdit, ui.purposeFilterCombo,
                   ui.outcomeFilterCombo)
        for widget in filters:
            widget.blockSignals(True)
        if day is not None:
            ui.visitFromDate.setDate(day)
            ui.visitToDate.setDate(day)
        ui.visitSearchEdit.setText(room_no)
        ui.purposeFilterCombo.setCurrentIndex(0)
        ui.outcomeFilterCombo.setCurrentIndex(0)
        for widget in filters:
            widget.blockSignals(False)
        self.reload_visits()
        found = self.visit_list.select_key(visit_id)
        ui.visitsTable.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def _count_text(self, count: int, more: bool) -> str:
        if more:
            return self.tr("{count}+ visits, scroll for more").format(count=count)
        return self.tr("1 visit") if count == 1 else self.tr("{count} visits").format(count=count)

    def show_today(self) -> None:
        ui = self.ui
        filters = (ui.visitFromDate, ui.visitToDate, ui.visitSearchEdit, ui.purposeFilterCombo, ui.outcomeFilterCombo)
        for widget in filters:
            widget.blockSignals(True)
        today = self._visits.today()
        ui.visitFromDate.setDate(today)
        ui.visitToDate.setDate(today)
        ui.visitSearchEdit.clear()
        ui.purposeFilterCombo.setCurrentIndex(0)
        ui.outcomeFilterCombo.setCurrentIndex(0)
        for widget in filters:
            widget.blockSignals(False)
        self.reload_visits()

    def _update_buttons(self, visit: VisitInfo | None) -> None:
        self.ui.voidVisitButton.setEnabled(visit is not None and visit.voided_at is None)

    def void_visit(self) -> None:
        """Void the selected visit with a reason; the list marks it void through the change feed."""
        visit = self.visit_list.current()
        if visit is None:
            return
        ReasonDialog(
            prompt=self.tr("Void the visit of {name} ({room})? It stays in the list, marked void, with your reason.")
            .format(name=visit.visitor_name, room=visit.room_no),
            action=lambda reason: self._visits.void(self._actor, visit.id, reason=reason), parent=self).exec()
