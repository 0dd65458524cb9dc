"""The incoming-call page 来电: the call form with the caller look-up and the greeting, today's calls,
and the history of the unit being typed beside the form."""

from __future__ import annotations

import contextlib
from datetime import datetime

from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import DeskError
from deskapp.domain.phones import format_phone
from deskapp.domain.requests import Department, Priority
from deskapp.domain.roles import Actor, Permission
from deskapp.services.calls import CallerMatch, CallInfo, CallService, IncomingOutcome
from deskapp.services.cards import CardService
from deskapp.services.directory import DirectoryService, NoteInfo
from deskapp.services.history import HistoryItem, HistoryService
from deskapp.services.requests import CATEGORIES
from deskapp.services.site import SiteService
from deskapp.services.timeutil import local_date
from deskapp.ui import fmt
from deskapp.ui.banners import show_holds
from deskapp.ui.completion import RoomCompletion
from deskapp.ui.forms import FormPanel, load_form
from deskapp.ui.keys import SAVE_KEYS, shortcuts
from deskapp.ui.models.history import HistoryModel, history_key
from deskapp.ui.models.requests import CallsModel
from deskapp.ui.pages import ListPanel, Page, kinds, list_takes_the_space
from deskapp.ui.widgets.unit_cards import UnitCardsLine

GREETING = "您好！{centre}，工号{staff_no}，请问有什么可以帮您？"
CLOSING = "×先生/女士，请问还有什么可以帮您的吗？\n×先生/女士，非常感谢您的来电，如果有其他需要帮忙的，欢迎您再次致电。\n（请等业主先挂电话）"


class CallPage(Page):
    """Taking an incoming call: F2 starts it, the number finds its residents, Ctrl+S saves it (and the
    request it becomes). Today's calls are listed below, the unit's history beside the form."""

    start_field = "callerPhoneEdit"

    # today's calls; the unit's holds and history (visits, calls, requests); the rooms completing; the greeting
    kinds = kinds("call", "visit", "request", "unit", "unit_note", "settings", "card")

    def __init__(self, *, calls: CallService, directory: DirectoryService, site: SiteService, actor: Actor,
                 history: HistoryService | None = None, cards: CardService | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callPageHost")
        self._calls, self._directory, self._site, self._history = calls, directory, site, history
        self._actor = actor
        self.started_at: datetime | None = None
        self.matches: list[CallerMatch] = []
        self.last_call: CallInfo | None = None
        self.c = c = load_form("call_page.ui", self)
        self.unit_cards = UnitCardsLine.below(c.callHoldsLabel, cards=cards, actor=actor)  # access cards (#13)
        fmt.fill_choices(c.callCategoryCombo, CATEGORIES, fmt.purpose, first=self.tr("— choose —"))
        fmt.fill_choices(c.callDepartmentCombo, Department, fmt.department, first=self.tr("— choose —"))
        c.closingLabel.setText(CLOSING)
        self.form = FormPanel({"phone": c.callerPhoneEdit, "unit": c.callUnitEdit,
                               "caller_name": c.callerNameEdit, "category": c.callCategoryCombo,
                               "content": c.callContentEdit, "outcome": c.answeredRadio,
                               "department": c.callDepartmentCombo}, c.callMessageLabel,
                              clear=self._clear_call, form=c.callGroup)
        self.rooms = RoomCompletion(directory=directory, actor=actor, parent=self)
        self.rooms.attach(c.callUnitEdit)
        self.calls = ListPanel(c.callsTable, CallsModel(self), key=lambda call: call.id,
                               audit=("call", lambda call: call.id))
        self.history = ListPanel(c.callHistoryTable, HistoryModel(self), key=history_key)
        c.callerPhoneEdit.textChanged.connect(self._number_typed)
        c.callerMatchCombo.activated.connect(self._match_picked)
        c.requestRadio.toggled.connect(self._outcome_changed)
        c.newCallButton.clicked.connect(self.start_call)
        c.saveCallButton.clicked.connect(self.save_call)
        c.callUnitEdit.editingFinished.connect(self.show_unit_history)
        shortcuts(self, SAVE_KEYS, self.save_call)  # Ctrl+S from any field of the call
        self._outcome_changed()
        show_holds(c.callHoldsLabel, ())
        list_takes_the_space(c.callSplitter, 1)
        can = actor.can(Permission.CALL_RECORD)
        for w in (c.newCallButton, c.callGroup, c.saveCallButton):
            w.setVisible(can)
        self._show_greeting()
        self.on_changes(self.kinds)  # read when first shown

    # -- the change feed -----------------------------------------------------------------------

    def on_changes(self, changed: frozenset[str]) -> None:
        self.rooms.on_changes(changed)  # even while hidden: the next key typed reads the new rooms
        super().on_changes(changed)

    def reload(self) -> None:
        """Today's calls, the greeting and the history of the unit typed; the form is left as typed."""
        today = local_date(self._calls.now())
        with contextlib.suppress(DeskError):  # what is shown stays until the database answers again
            self.calls.load(lambda offset, limit: self._calls.search(
                self._actor, first_day=today, last_day=today, offset=offset, limit=limit),
                every=lambda: self._calls.search_all(self._actor, first_day=today, last_day=today),
                count=lambda: self._calls.search_count(self._actor, first_day=today, last_day=today),
                about=self.tr("Calls of {day}").format(day=today.isoformat()))
        self._show_greeting()
        self.show_unit_history()

    # -- the call ------------------------------------------------------------------------------

    def _show_greeting(self) -> None:
        try:
            centre = self._site.site().centre_name
        except DeskError:
            centre = "×××"
        self.c.greetingLabel.setText(GREETING.format(centre=centre, staff_no=self._actor.staff_no))

    def start_call(self) -> None:
        """A new incoming call, its start time taken now, the cursor in the number field."""
        if not self._actor.can(Permission.CALL_RECORD):
            return
        self.form.clear()
        self.started_at = self._calls.now()
        self.c.callStartedLabel.setText(self.tr("Call started at {time}").format(time=fmt.clock_time(self.started_at)))
        self.c.callerPhoneEdit.setFocus()

    def _clear_call(self) -> None:
        c = self.c
        for edit in (c.callerPhoneEdit, c.callUnitEdit, c.callerNameEdit):
            edit.clear()
        c.callContentEdit.clear()
        c.callCategoryCombo.setCurrentIndex(0)
        c.callDepartmentCombo.setCurrentIndex(0)
        c.callConfirmedCheck.setChecked(False)
        c.urgentCheck.setChecked(False)
        for radio in (c.answeredRadio, c.requestRadio):
            radio.setAutoExclusive(False)
            radio.setChecked(False)
            radio.setAutoExclusive(True)
        c.callerMatchCombo.clear()
        c.callStartedLabel.clear()
        self.history.set_rows([])
        show_holds(c.callHoldsLabel, ())
        self.started_at = None
        self._outcome_changed()

    def _number_typed(self, text: str) -> None:
        """The number as it is typed finds the residents it belongs to; one match fills the form."""
        c = self.c
        try:
            matches = self._calls.callers(self._actor, text)
        except DeskError:
            matches = []
        c.callerMatchCombo.clear()
        self.matches = matches  # the combo holds indices: Python objects in item data outlive Qt badly
        for i, m in enumerate(matches):
            c.callerMatchCombo.addItem(f"{m.room_no}  {m.name}（{fmt.resident_role(m.role)}）{format_phone(m.phone)}", i)
        c.callerMatchCombo.addItem(self.tr("Not in the directory"), -1)
        if len(matches) == 1:
            self._match_picked(0)

    def picked_match(self, index: int | None = None) -> CallerMatch | None:
        combo = self.c.callerMatchCombo
        i = combo.itemData(combo.currentIndex() if index is None else index)
        return self.matches[i] if isinstance(i, int) and 0 <= i < len(self.matches) else None

    def _match_picked(self, index: int) -> None:
        match = self.picked_match(index)
        if match is None:
            return
        self.c.callUnitEdit.setText(match.room_no)
        self.c.callerNameEdit.setText(match.name)
        self.show_unit_history()

    def show_unit_history(self) -> None:
        """The unit's holds (the red banner) and its latest visits, calls and requests beside the call, as
        soon as the unit is known."""
        rows: list[HistoryItem] = []
        holds: tuple[NoteInfo, ...] = ()
        unit_id: int | None = None
        text = self.c.callUnitEdit.text().strip()
        if text:
            try:
                unit = self._directory.find_unit(self._actor, text)
                unit_id = unit.id
                holds = self._directory.unit_holds(self._actor, unit.id)
                if self._history is not None:
                    rows = self._history.unit_history(self._actor, unit.id)
            except DeskError:
                pass  # an unknown unit is said when the call is saved
        self.history.set_rows(rows)
        show_holds(self.c.callHoldsLabel, holds)
        if self.unit_cards is not None:
            self.unit_cards.show_unit(unit_id)

    def _outcome_changed(self, *_args) -> None:
        is_request = self.c.requestRadio.isChecked()
        self.c.callDepartmentCombo.setEnabled(is_request)
        self.c.urgentCheck.setEnabled(is_request)

    def save_call(self) -> None:
        """Save the call (its end time is now); "create a request" registers it in the same step."""
        if not self._actor.can(Permission.CALL_RECORD):
            return
        call = self.form.submit(self._record)
        if call is None:
            return
        self.form.say(self.tr("Saved the call{request}.").format(
            request=self.tr(", request {number}").format(number=call.request_number) if call.request_number else ""))
        self.last_call = call  # today's calls (and the requests) hear of it through the change feed

    def _record(self) -> CallInfo:
        c = self.c
        match = self.picked_match()
        resident_id = match.resident_id if match is not None and match.room_no == c.callUnitEdit.text().strip() \
            else None
        outcome = (IncomingOutcome.REQUEST if c.requestRadio.isChecked() else
                   IncomingOutcome.ANSWERED if c.answeredRadio.isChecked() else None)
        return self._calls.record_incoming(
            self._actor, started_at=self.started_at or self._calls.now(), phone=c.callerPhoneEdit.text(),
            unit=c.callUnitEdit.text(), resident_id=resident_id, caller_name=c.callerNameEdit.text(),
            category=c.callCategoryCombo.currentData(), content=c.callContentEdit.toPlainText(),
            confirmed=c.callConfirmedCheck.isChecked(), outcome=outcome,
            department=c.callDepartmentCombo.currentData(),
            priority=Priority.URGENT if c.urgentCheck.isChecked() else Priority.NORMAL)
