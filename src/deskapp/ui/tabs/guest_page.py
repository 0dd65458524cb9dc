"""Guests 访客: check-in with the visitor slip, check-out by the slip's number, who is on site now
(and the roll call), and the guests of a day (or of a search)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.config import StationConfig
from deskapp.domain.errors import QT_TRANSLATE_NOOP, DeskError
from deskapp.domain.roles import Actor, Permission
from deskapp.domain.visits import STAYS
from deskapp.printing.pages import PageSize
from deskapp.services.directory import DirectoryService, NoteInfo
from deskapp.services.guests import GuestInfo, GuestQuery, GuestService, WatchlistHit
from deskapp.services.printouts import DocumentKind, Printout, PrintService
from deskapp.services.timeutil import local_date
from deskapp.ui import fmt
from deskapp.ui.banners import REFUSED_MARK, show_holds
from deskapp.ui.completion import RoomCompletion
from deskapp.ui.dialogs.directory import ReasonDialog
from deskapp.ui.dialogs.guests import OverrideDialog, WatchlistDialog
from deskapp.ui.dialogs.print_preview import PrintPreviewDialog
from deskapp.ui.forms import OK_STYLE, FormPanel, load_form, tr_error
from deskapp.ui.messages import show_error
from deskapp.ui.models.visits import GuestsModel, OnSiteModel
from deskapp.ui.pages import ListPanel, Page, kinds, list_takes_the_space

STAY_LABELS = {
    60: QT_TRANSLATE_NOOP("GuestPage", "1 hour"),
    120: QT_TRANSLATE_NOOP("GuestPage", "2 hours"),
    240: QT_TRANSLATE_NOOP("GuestPage", "4 hours"),
    480: QT_TRANSLATE_NOOP("GuestPage", "8 hours"),
    1440: QT_TRANSLATE_NOOP("GuestPage", "1 day"),
}
REFUSED_STYLE = "background: #fde7e9; color: #b00020; padding: 6px; font-weight: bold;"


class GuestPage(Page):
    """The gate's page: guests in and out, who is on site, the guests list.

    ``reload`` re-reads who is on site and the guests list; the check-in form and the slip field
    keep what was typed.
    """

    start_field = "guestNameEdit"

    # the lists show guests and their host units' room numbers; the host unit's holds beside the form
    kinds = kinds("guest", "unit", "unit_note")

    def __init__(self, *, guests: GuestService, printing: PrintService, rooms: RoomCompletion, actor: Actor,
                 config: StationConfig, config_path: Path, directory: DirectoryService | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guestPageHost")
        self._guests, self._printing, self._rooms, self._actor = guests, printing, rooms, actor
        self._directory = directory
        self._config, self._config_path = config, config_path
        self.last_checked_in: GuestInfo | None = None
        self.ui = ui = load_form("guest_page.ui", self)
        for minutes in STAYS:
            ui.stayCombo.addItem(self.tr(STAY_LABELS[minutes]), minutes)
        ui.stayCombo.setCurrentIndex(1)
        ui.watchHitLabel.setVisible(False)
        self.form = FormPanel({"name": ui.guestNameEdit, "phone": ui.guestPhoneEdit, "host_unit": ui.hostUnitEdit,
                               "people": ui.peopleSpin, "plate": ui.plateEdit, "purpose": ui.guestPurposeEdit,
                               "stay": ui.stayCombo, "id_last": ui.idLastEdit},
                              ui.guestMessageLabel, clear=self._clear_fields, form=ui.checkInGroup)
        rooms.attach(ui.hostUnitEdit).activated.connect(lambda _text: self.show_host_holds())
        ui.hostUnitEdit.editingFinished.connect(self.show_host_holds)
        ui.hostUnitEdit.textEdited.connect(lambda _text: ui.hostHoldsLabel.setVisible(False))  # until looked up
        ui.hostHoldsLabel.setVisible(False)
        list_takes_the_space(ui.guestSplitter, 1)
        self.on_site_model = OnSiteModel(self)
        self.on_site_list = ListPanel(ui.onSiteTable, self.on_site_model, key=lambda g: g.id,
                                     audit=("guest_visit", lambda g: g.id))
        self.guest_list = ListPanel(ui.guestsTable, GuestsModel(self), key=lambda g: g.id,
                                    count_label=ui.guestCountLabel, count_text=self._count_text,
                                    audit=("guest_visit", lambda g: g.id))
        self.on_site_list.selected.connect(self._update_buttons)
        self.guest_list.selected.connect(self._update_buttons)
        ui.checkInButton.clicked.connect(self.check_in)
        for edit in self._text_fields():
            edit.returnPressed.connect(self.check_in)
        ui.checkOutButton.clicked.connect(self.check_out)
        ui.slipEdit.returnPressed.connect(self.check_out)
        ui.reprintSlipButton.clicked.connect(self.reprint_slip)
        ui.rollCallButton.clicked.connect(self.print_roll_call)
        ui.watchlistButton.clicked.connect(self.open_watchlist)
        ui.watchlistButton.setVisible(actor.can(Permission.WATCHLIST_MANAGE))
        ui.voidGuestButton.setVisible(actor.can(Permission.VISIT_VOID))
        ui.voidGuestButton.clicked.connect(self.void_guest)
        today = local_date(guests.now())
        for date_edit in (ui.guestFromDate, ui.guestToDate):
            date_edit.setDate(today)
            date_edit.dateChanged.connect(self.reload_guests)
        ui.guestSearchEdit.textChanged.connect(self.reload_guests)
        ui.guestTodayButton.clicked.connect(self.show_today)
        self.overdue_timer = QTimer(self)  # a stay past its slip's time turns red without any change
        self.overdue_timer.setInterval(60_000)
        self.overdue_timer.timeout.connect(self._minute_passed)
        self.overdue_timer.start()
        self.on_changes(self.kinds)  # the lists are read when the page is first shown

    def _minute_passed(self) -> None:
        """Stays turn overdue as time passes: re-read who is on site if the page is seen, else when shown."""
        if self.isVisible():
            self.reload_on_site()
        else:
            self._stale = True

    def _text_fields(self):
        ui = self.ui
        return (ui.guestNameEdit, ui.guestPhoneEdit, ui.hostUnitEdit, ui.plateEdit, ui.guestPurposeEdit, ui.idLastEdit)

    # -- the change feed ------------------------------------------------------------------------

    def on_changes(self, kinds: frozenset[str]) -> None:
        self._rooms.on_changes(kinds)  # a new unit completes at the next key, shown or not
        super().on_changes(kinds)

    def reload(self) -> None:
        self.reload_on_site()
        self.reload_guests()
        if self.ui.hostHoldsLabel.isVisible():
            self.show_host_holds()

    def show_host_holds(self) -> None:
        """The host unit's holds (arrears, a dispute, special care …) in red as soon as it is typed."""
        if not shiboken6.isValid(self.ui.hostUnitEdit):  # losing focus as the window is destroyed
            return
        holds: tuple[NoteInfo, ...] = ()
        text = self.ui.hostUnitEdit.text().strip()
        if text and self._directory is not None:
            try:
                unit = self._directory.find_unit(self._actor, text)
                holds = self._directory.unit_holds(self._actor, unit.id)
            except DeskError:
                pass  # an unknown unit is said at check-in, at its field
        show_holds(self.ui.hostHoldsLabel, holds)

    # -- in and out -----------------------------------------------------------------------------

    def check_in(self) -> None:
        """Let the guest in (a listed guest needs a supervisor) and show the slip to print."""
        guest = self.form.submit(self._let_in)
        if guest is None:
            return
        self.last_checked_in = guest
        preview = self.slip_preview(guest)
        if preview is not None:
            preview.exec()

    def _let_in(self) -> GuestInfo | None:
        """The guest checked in; None if a listed guest was not let in after all (the form is kept)."""
        ui = self.ui
        values = dict(name=ui.guestNameEdit.text(), phone=ui.guestPhoneEdit.text(), host_unit=ui.hostUnitEdit.text(),
                      people=ui.peopleSpin.value(), plate=ui.plateEdit.text(), purpose=ui.guestPurposeEdit.text(),
                      stay_minutes=ui.stayCombo.currentData(), id_last=ui.idLastEdit.text())
        ui.watchHitLabel.setVisible(False)
        try:
            return self._guests.check_in(self._actor, **values)
        except WatchlistHit as hit:  # only a supervisor's own staff number and password let them in
            ui.watchHitLabel.setText(f"{REFUSED_MARK} {tr_error(hit)}")
            ui.watchHitLabel.setVisible(True)
            dialog = OverrideDialog(warning=tr_error(hit), parent=self, action=lambda override: self._guests.check_in(
                self._actor, **values, override=override))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.result_value

    def _clear_fields(self) -> None:
        self.ui.watchHitLabel.setVisible(False)
        self.ui.hostHoldsLabel.setVisible(False)
        for edit in self._text_fields():
            edit.clear()
        self.ui.peopleSpin.setValue(1)
        self.ui.guestNameEdit.setFocus()

    def check_out(self) -> None:
        """Check out the slip scanned or typed; a void, unknown or used slip is refused loudly.
        The cursor stays in the slip field for the next scan."""
        ui = self.ui
        try:
            guest = self._guests.check_out(self._actor, ui.slipEdit.text())
        except DeskError as exc:
            ui.checkOutLabel.setStyleSheet(REFUSED_STYLE)
            ui.checkOutLabel.setText(f"{REFUSED_MARK} {tr_error(exc)}")
            ui.slipEdit.selectAll()
            ui.slipEdit.setFocus()
            return
        minutes = int((guest.checked_out_at - guest.checked_in_at).total_seconds() // 60)
        ui.checkOutLabel.setStyleSheet(OK_STYLE)
        ui.checkOutLabel.setText(self.tr("✓ {slip} {name} ({room}) left at {time}, after {hours} h {minutes} min.")
                                 .format(slip=guest.slip_no, name=guest.name, room=guest.room_no,
                                         time=fmt.clock_time(guest.checked_out_at), hours=minutes // 60,
                                         minutes=minutes % 60))
        ui.slipEdit.clear()
        ui.slipEdit.setFocus()

    # -- the lists ------------------------------------------------------------------------------

    def reload_on_site(self) -> None:
        """Who is in now, longest first; a stay past its time is highlighted."""
        try:
            rows = self._guests.on_site(self._actor)
            self.on_site_model.now = self._guests.now()
        except DeskError as exc:
            self.ui.onSiteLabel.setText(tr_error(exc))
            return
        self.on_site_list.set_rows(rows)
        groups, people = len(rows), sum(x.people for x in rows)
        self.ui.onSiteLabel.setText(self.tr("On site now (longest first): {groups}, {people}").format(
            groups=self.tr("1 group") if groups == 1 else self.tr("{count} groups").format(count=groups),
            people=self.tr("1 person") if people == 1 else self.tr("{count} people").format(count=people)))

    def guest_query(self) -> GuestQuery:
        ui = self.ui
        return GuestQuery(text=ui.guestSearchEdit.text(), first_day=ui.guestFromDate.date().toPython(),
                          last_day=ui.guestToDate.date().toPython())

    def reload_guests(self, *_args) -> None:
        """The guests for the filters as they stand; a bad filter (or a database problem) is said in
        the count line."""
        query = self.guest_query()
        try:
            about = self.tr("{first} to {last}").format(first=query.first_day, last=query.last_day) + (
                " · " + self.tr("search “{text}”").format(text=query.text.strip()) if query.text.strip() else "")
            self.guest_list.load(lambda offset, limit: self._guests.search(
                self._actor, query, offset=offset, limit=limit), about=about)
        except DeskError as exc:
            self.ui.guestCountLabel.setText(tr_error(exc))

    def _count_text(self, count: int, more: bool) -> str:
        if more:
            return self.tr("{count}+ guests, scroll for more").format(count=count)
        return self.tr("1 guest") if count == 1 else self.tr("{count} guests").format(count=count)

    def show_today(self) -> None:
        ui = self.ui
        filters = (ui.guestFromDate, ui.guestToDate, ui.guestSearchEdit)
        for widget in filters:
            widget.blockSignals(True)
        today = local_date(self._guests.now())
        ui.guestFromDate.setDate(today)
        ui.guestToDate.setDate(today)
        ui.guestSearchEdit.clear()
        for widget in filters:
            widget.blockSignals(False)
        self.reload_guests()

    def show_found(self, guest_id: int, slip_no: str, day: date | None) -> bool:
        """The one search box chose a guest: the guests of that day searched for by the slip's number,
        the guest selected and the list in focus."""
        ui = self.ui
        filters = (ui.guestFromDate, ui.guestToDate, ui.guestSearchEdit)
        for widget in filters:
            widget.blockSignals(True)
        if day is not None:
            ui.guestFromDate.setDate(day)
            ui.guestToDate.setDate(day)
        ui.guestSearchEdit.setText(slip_no)
        for widget in filters:
            widget.blockSignals(False)
        self.reload_guests()
        found = self.guest_list.select_key(guest_id)
        ui.guestsTable.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def _update_buttons(self, *_args) -> None:
        self.ui.reprintSlipButton.setEnabled(self.on_site_list.current() is not None)
        listed = self.guest_list.current()
        self.ui.voidGuestButton.setEnabled(listed is not None and listed.voided_at is None)

    def void_guest(self) -> None:
        """Void the selected slip with a reason; the lists follow through the change feed."""
        guest = self.guest_list.current()
        if guest is None:
            return
        ReasonDialog(
            prompt=self.tr("Void slip {slip} of {name}? It stays in the list, marked void, and can no longer be "
                           "checked out.").format(slip=guest.slip_no, name=guest.name),
            action=lambda reason: self._guests.void(self._actor, guest.id, reason=reason), parent=self).exec()

    # -- printouts and the watchlist ------------------------------------------------------------

    def slip_preview(self, guest: GuestInfo, *, copy: bool = False) -> PrintPreviewDialog | None:
        page = self._config.page_for(DocumentKind.VISITOR_SLIP)  # A5, or the receipt roll where there is one
        return self._preview(lambda p: self._printing.visitor_slip(self._actor, guest.id, p, copy=copy), page)

    def reprint_slip(self) -> None:
        guest = self.on_site_list.current()
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

    def _preview(self, render: Callable[[PageSize], Printout], page: PageSize) -> PrintPreviewDialog | None:
        return PrintPreviewDialog.of(render, page, config=self._config, config_path=self._config_path, parent=self)

    def open_watchlist(self) -> None:
        try:
            WatchlistDialog(guests=self._guests, actor=self._actor, parent=self).exec()
        except DeskError as exc:
            show_error(self, exc)
