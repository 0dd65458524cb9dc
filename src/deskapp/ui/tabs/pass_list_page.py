"""The desk's passes: find one (number, unit, applicant, phone, plate, moving days), its details, reprint
(补打) or void it; check in the red copies the guards bring back; the lists the weekly reconciliation
works from (red copies not back, passes never collected), printable."""

from __future__ import annotations

import enum
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from deskapp.config import StationConfig
from deskapp.domain.consent import CONSENT_LABELS
from deskapp.domain.errors import QT_TRANSLATE_NOOP, DeskError
from deskapp.domain.identity import ID_TYPE_WORDS
from deskapp.domain.passes import PassState
from deskapp.domain.roles import Actor, Permission
from deskapp.printing.pages import PageSize
from deskapp.services.passes import PassInfo, PassQuery, PassService
from deskapp.services.printouts import PrintService
from deskapp.services.timeutil import local_date
from deskapp.ui import fmt
from deskapp.ui.banners import REFUSED_MARK
from deskapp.ui.dialogs.directory import ReasonDialog
from deskapp.ui.dialogs.print_preview import PrintPreviewDialog
from deskapp.ui.forms import OK_STYLE, load_form, tr_error
from deskapp.ui.models.passes import PassesModel, items_text, window_text
from deskapp.ui.pages import ListPanel, Page, kinds, list_takes_the_space
from deskapp.ui.tabs.guest_page import REFUSED_STYLE
from deskapp.ui.tabs.pass_issue_page import pass_preview


class Show(enum.StrEnum):
    ALL = "all"  # the passes whose moving days meet the dates, found by the search text
    EXPECTED = "expected"  # valid today, not yet collected
    RED_COPY_MISSING = "red_copy_missing"  # collected on those days, red copy not back at the desk
    NEVER_COLLECTED = "never_collected"  # moving days over, never collected
    ISSUED = "issued"  # issued at the desk on those days
    COLLECTED = "collected"  # collected at a gate on those days


SHOW_LABELS = {
    Show.ALL: QT_TRANSLATE_NOOP("PassListPage", "All passes"),
    Show.EXPECTED: QT_TRANSLATE_NOOP("PassListPage", "Expected today"),
    Show.RED_COPY_MISSING: QT_TRANSLATE_NOOP("PassListPage", "Red copy not back"),
    Show.NEVER_COLLECTED: QT_TRANSLATE_NOOP("PassListPage", "Never collected"),
    Show.ISSUED: QT_TRANSLATE_NOOP("PassListPage", "Issued on these days"),
    Show.COLLECTED: QT_TRANSLATE_NOOP("PassListPage", "Collected on these days"),
}


EARLIEST = date(2000, 1, 1)  # "all days" in the date filters


class PassListPage(Page):
    """The passes list with the selected pass's details and what the desk does with it.

    ``reload`` re-reads the list for the filters as they stand, keeping the selected pass.
    """

    start_field = "passSearchEdit"
    kinds = kinds("pass", "unit", "staff")

    def __init__(self, *, passes: PassService, printing: PrintService, actor: Actor, config: StationConfig,
                 config_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passListPageHost")
        self._passes, self._printing, self._actor = passes, printing, actor
        self._config, self._config_path = config, config_path
        self.ui = ui = load_form("pass_list_page.ui", self)
        fmt.fill_choices(ui.passShowCombo, Show, lambda v: self.tr(SHOW_LABELS[v]))
        self.pass_list = ListPanel(ui.passesTable, PassesModel(self), key=lambda p: p.id,
                                   count_label=ui.passCountLabel, count_text=self._count_text,
                                   audit=("move_pass", lambda p: p.id))
        self.pass_list.selected.connect(self._show_pass)
        today = local_date(passes.now())
        ui.passFromDate.setDate(today - timedelta(days=today.weekday()))  # this week, Monday on
        ui.passToDate.setDate(today)
        for edit in (ui.passFromDate, ui.passToDate):
            edit.dateChanged.connect(self.reload)
        ui.passSearchEdit.textChanged.connect(self.reload)
        ui.passShowCombo.currentIndexChanged.connect(self.reload)
        ui.passTodayButton.clicked.connect(self.show_today)
        ui.reprintButton.clicked.connect(self.reprint)
        ui.voidPassButton.clicked.connect(self.void)
        ui.reconciliationButton.clicked.connect(self.print_reconciliation)
        ui.redCopyEdit.returnPressed.connect(self.check_in_red_copy)
        ui.redCopyButton.clicked.connect(self.check_in_red_copy)
        issues = actor.can(Permission.PASS_ISSUE)
        for widget in (ui.reprintButton, ui.redCopyGroup):
            widget.setVisible(issues)
        ui.reconciliationButton.setVisible(actor.can(Permission.PRINT))
        list_takes_the_space(ui.passListSplitter, 0)
        self._show_pass(None)
        self.on_changes(self.kinds)

    # -- the list -------------------------------------------------------------------------------

    def days(self) -> tuple[date, date]:
        return self.ui.passFromDate.date().toPython(), self.ui.passToDate.date().toPython()

    def reload(self, *_args) -> None:
        """The passes for the filters as they stand; a bad filter is said in the count line."""
        ui = self.ui
        show = Show(ui.passShowCombo.currentData() or Show.ALL)
        first, last = self.days()
        searching = show is Show.ALL
        for widget in (ui.passSearchEdit,):
            widget.setEnabled(searching)
        for widget in (ui.passFromDate, ui.passToDate):
            widget.setEnabled(show is not Show.EXPECTED)
        try:
            about = self._about(show, first, last)
            if show is Show.ALL:
                query = PassQuery(text=ui.passSearchEdit.text(), first_day=first, last_day=last)
                self.pass_list.load(lambda offset, limit: self._passes.search(self._actor, query, offset=offset,
                                                                               limit=limit),
                                    every=lambda: self._passes.search_all(self._actor, query),
                                    count=lambda: self._passes.search_count(self._actor, query), about=about)
                return
            if show in (Show.ISSUED, Show.COLLECTED):
                by_day = self._passes.issued_on if show is Show.ISSUED else self._passes.collected_on
                self.pass_list.load(lambda offset, limit: by_day(self._actor, first, last, offset=offset, limit=limit),
                                    about=about)
                return
            if show is Show.EXPECTED:
                rows = self._passes.expected_today(self._actor)
            elif show is Show.RED_COPY_MISSING:
                rows = self._passes.red_copies_missing(self._actor, first, last)
            else:
                rows = self._passes.never_collected(self._actor, first, last)
            self.pass_list.load(lambda offset, limit: rows[offset:offset + limit], every=lambda: rows,
                                count=lambda: len(rows), about=about)
        except DeskError as exc:
            ui.passCountLabel.setText(tr_error(exc))

    def _about(self, show: Show, first: date, last: date) -> str:
        """The filter in words, for an export of the list."""
        parts = [self.tr(SHOW_LABELS[show])]
        if show in (Show.ISSUED, Show.COLLECTED):
            parts.append(self.tr("{first} to {last}").format(first=first.isoformat(), last=last.isoformat()))
        elif show is not Show.EXPECTED:
            parts.append(self.tr("moving days {first} to {last}").format(first=first.isoformat(),
                                                                          last=last.isoformat()))
        if show is Show.ALL and self.ui.passSearchEdit.text().strip():
            parts.append(self.tr("search “{text}”").format(text=self.ui.passSearchEdit.text().strip()))
        return " · ".join(parts)

    def _count_text(self, count: int, more: bool) -> str:
        if more:
            return self.tr("{count}+ passes, scroll for more").format(count=count)
        return self.tr("1 pass") if count == 1 else self.tr("{count} passes").format(count=count)

    def show_today(self) -> None:
        """Every pass whose moving days meet today."""
        today = local_date(self._passes.now())
        self.show_list(Show.ALL, today, today)

    def show_issued_today(self) -> None:
        """The passes issued today (the board's figure)."""
        today = local_date(self._passes.now())
        self.show_list(Show.ISSUED, today, today)

    def show_collected_today(self) -> None:
        """The passes collected today (the board's figure)."""
        today = local_date(self._passes.now())
        self.show_list(Show.COLLECTED, today, today)

    def show_expected(self) -> None:
        """The passes valid today and not yet collected (the board's "passes out")."""
        today = local_date(self._passes.now())
        self.show_list(Show.EXPECTED, today, today)

    def show_red_copies_missing(self) -> None:
        """Every red copy not back, whenever the pass was collected (as the board counts them)."""
        self.show_list(Show.RED_COPY_MISSING, EARLIEST, local_date(self._passes.now()))

    def show_list(self, show: Show, first: date, last: date) -> None:
        """One of the lists, for those days, with no search typed."""
        ui = self.ui
        filters = (ui.passFromDate, ui.passToDate, ui.passSearchEdit, ui.passShowCombo)
        for widget in filters:
            widget.blockSignals(True)
        ui.passFromDate.setDate(first)
        ui.passToDate.setDate(last)
        ui.passSearchEdit.clear()
        ui.passShowCombo.setCurrentIndex(max(0, ui.passShowCombo.findData(show)))
        for widget in filters:
            widget.blockSignals(False)
        self.reload()

    def show_found(self, pass_id: int, number: str, day: date | None) -> bool:
        """The one search box chose a pass: every pass of its moving day searched for by its number,
        the pass selected and the list in focus."""
        ui = self.ui
        filters = (ui.passFromDate, ui.passToDate, ui.passSearchEdit, ui.passShowCombo)
        for widget in filters:
            widget.blockSignals(True)
        ui.passShowCombo.setCurrentIndex(max(0, ui.passShowCombo.findData(Show.ALL)))
        if day is not None:
            ui.passFromDate.setDate(day)
            ui.passToDate.setDate(day)
        ui.passSearchEdit.setText(number)
        for widget in filters:
            widget.blockSignals(False)
        self.reload()
        found = self.pass_list.select_key(pass_id)
        ui.passesTable.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    # -- the pass picked ------------------------------------------------------------------------

    def _show_pass(self, p: PassInfo | None) -> None:
        ui = self.ui
        ui.reprintButton.setEnabled(p is not None and p.state is PassState.ISSUED)
        ui.voidPassButton.setEnabled(p is not None and p.state in (PassState.ISSUED, PassState.COLLECTED))
        ui.passInfoLabel.setText(self.details(p) if p is not None else self.tr("Pick a pass to see its details."))

    def details(self, p: PassInfo) -> str:
        """Everything recorded about the pass, one fact a line."""
        lines = [
            self.tr("Pass {number} · unit {room} · {state}").format(number=p.number, room=p.room_no,
                                                                   state=fmt.pass_state(p.state)),
            self.tr("Valid {window}").format(window=window_text(p)),
            self.tr("Applicant {name} ({document} {masked})").format(
                name=p.applicant_name, document=ID_TYPE_WORDS[p.id_type], masked=p.id_masked)
            + ("" if not p.applicant_is_owner else " · " + self.tr("owner")),
            self.tr("Items: {items}").format(items=items_text(p)),
        ]
        if p.consent_method is not None:
            lines.append(self.tr("Consent: {owner}, {method}, {time}, taken by {staff}").format(
                owner=p.consent_owner, method=QCoreApplication.translate("consent", CONSENT_LABELS[p.consent_method]),
                time=fmt.when(p.consent_at), staff=p.consent_taken_by))
        if p.plate or p.movers:
            lines.append(" · ".join(x for x in (p.plate, p.movers) if x))
        if p.remarks:
            lines.append(self.tr("Remarks: {remarks}").format(remarks=p.remarks))
        lines.append(self.tr("Issued by {name} at {time} ({station})").format(
            name=p.issued_by, time=fmt.when(p.issued_at), station=p.issued_station)
            + (" · " + self.tr("reprinted {count}×").format(count=p.reprints) if p.reprints else ""))
        if p.collected_at is not None:
            step = self.tr("Refused at {gate} by {name} at {time}") if p.state is PassState.REFUSED else \
                self.tr("Collected at {gate} by {name} at {time}")
            lines.append(step.format(gate=p.collected_gate, name=p.collected_by, time=fmt.when(p.collected_at))
                         + (f" · {p.mover_id_masked}" if p.mover_id_masked else "")
                         + (f" · {p.gate_note}" if p.gate_note else ""))
        if p.red_copy_returned_at is not None:
            lines.append(self.tr("Red copy filed by {name} at {time}").format(
                name=p.red_copy_returned_by, time=fmt.when(p.red_copy_returned_at)))
        if p.voided_at is not None:
            lines.append(self.tr("Void since {time}: {reason}").format(time=fmt.when(p.voided_at),
                                                                        reason=p.void_reason or ""))
        return "\n".join(lines)

    def reprint(self) -> None:
        """A copy of the slip, marked 补打 and recorded; never taken for an original."""
        p = self.pass_list.current()
        if p is None:
            return
        preview = pass_preview(self, self._printing, self._actor, self._config, self._config_path, p.id, reprint=True)
        if preview is not None:
            preview.exec()

    def void(self) -> None:
        p = self.pass_list.current()
        if p is None:
            return
        ReasonDialog(
            prompt=self.tr("Void pass {number} of {room}? It stays in the list, marked void, and the gate refuses "
                           "it.").format(number=p.number, room=p.room_no),
            action=lambda reason: self._passes.void(self._actor, p.id, reason=reason), parent=self).exec()

    # -- red copies and the reconciliation -----------------------------------------------------

    def check_in_red_copy(self) -> None:
        """A red copy a guard brought back, scanned: the pass is filed. The cursor stays for the next one."""
        ui = self.ui
        text = ui.redCopyEdit.text()
        if not text.strip():
            return
        try:
            p = self._passes.return_red_copy(self._actor, text)
        except DeskError as exc:
            ui.redCopyMessageLabel.setStyleSheet(REFUSED_STYLE)
            ui.redCopyMessageLabel.setText(f"{REFUSED_MARK} {tr_error(exc)}")
            ui.redCopyEdit.selectAll()
            ui.redCopyEdit.setFocus()
            return
        ui.redCopyMessageLabel.setStyleSheet(OK_STYLE)
        ui.redCopyMessageLabel.setText(self.tr("✓ Red copy of {number} ({room}) filed.").format(
            number=p.number, room=p.room_no))
        ui.redCopyEdit.clear()
        ui.redCopyEdit.setFocus()

    def reconciliation_preview(self) -> PrintPreviewDialog | None:
        first, last = self.days()
        return PrintPreviewDialog.of(lambda _page: self._printing.pass_reconciliation(self._actor, first, last),
                                     PageSize.A4, config=self._config, config_path=self._config_path, parent=self)

    def print_reconciliation(self) -> None:
        preview = self.reconciliation_preview()
        if preview is not None:
            preview.exec()
