"""The guard's page at the gate: a scanner (or the keys) enters a pass number and Enter; the verdict fills
the page — VALID in green with the items to check against the load, or REFUSED in red with why — and
stays until the next scan. The guard releases the load (the red copy 放行联 is taken) or refuses it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from deskapp.config import StationConfig
from deskapp.domain.errors import ERRORS_CONTEXT, DeskError, Problem
from deskapp.domain.identity import ID_TYPE_WORDS, IdType
from deskapp.domain.passes import Verdict
from deskapp.domain.roles import Actor
from deskapp.services.passes import GateCheck, PassInfo, PassService
from deskapp.ui import fmt
from deskapp.ui.banners import REFUSED_MARK
from deskapp.ui.forms import FormPanel, load_form, tr_error
from deskapp.ui.keys import shortcuts
from deskapp.ui.models.passes import ExpectedModel, window_text
from deskapp.ui.pages import ListPanel, Page, kinds

IDLE_STYLE = "background: #eceff1; color: #37474f; padding: 12px;"
VALID_STYLE = "background: #1b5e20; color: white; padding: 12px;"
REFUSED_STYLE = "background: #b00020; color: white; padding: 12px;"
RELEASE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class PassGatePage(Page):
    """Scan → verdict → release or refuse; today's passes still expected below.

    ``reload`` re-reads the expected list only: the verdict on screen is what the guard acted on and
    stays until the next scan.
    """

    start_field = "passNumberEdit"
    kinds = kinds("pass", "unit")

    def __init__(self, *, passes: PassService, actor: Actor, config: StationConfig,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passGatePageHost")
        self._passes, self._actor, self._config = passes, actor, config
        self.checked: GateCheck | None = None  # the verdict on screen
        self.ui = ui = load_form("pass_gate_page.ui", self)
        big = QFont(ui.verdictLabel.font())
        big.setPointSize(max(20, big.pointSize() * 2))
        big.setBold(True)
        ui.verdictLabel.setFont(big)
        number_font = QFont(ui.passNumberEdit.font())
        number_font.setPointSize(max(14, int(number_font.pointSize() * 1.5)))
        ui.passNumberEdit.setFont(number_font)
        items_font = QFont(ui.gateItemsLabel.font())
        items_font.setPointSize(max(13, int(items_font.pointSize() * 1.4)))
        ui.gateItemsLabel.setFont(items_font)
        reason_font = QFont(items_font)
        reason_font.setBold(True)
        ui.reasonLabel.setFont(reason_font)  # why a pass is refused is read from a step away
        fmt.fill_choices(ui.moverIdTypeCombo, IdType, fmt.id_type)
        self.form = FormPanel({"number": ui.passNumberEdit, "mover_id": ui.moverIdEdit, "note": ui.gateNoteEdit,
                               "gate": ui.passNumberEdit}, ui.gateMessageLabel, clear=self._clear_gate,
                              form=ui.collectGroup)
        self.expected_model = ExpectedModel(self)
        self.expected = ListPanel(ui.expectedTable, self.expected_model, key=lambda p: p.id,
                                  audit=("move_pass", lambda p: p.id))
        self.expected.selected.connect(self._expected_picked)
        ui.passNumberEdit.returnPressed.connect(self.scan)
        ui.collectButton.clicked.connect(self.release)
        ui.refuseButton.clicked.connect(self.refuse)
        shortcuts(self, RELEASE_KEYS, self.release)
        self._show(None)
        self.minute = QTimer(self)  # a window that closes turns the expected line red without any change
        self.minute.setInterval(60_000)
        self.minute.timeout.connect(lambda: self.reload() if self.isVisible() else setattr(self, "_stale", True))
        self.minute.start()
        self.on_changes(self.kinds)

    def reload(self) -> None:
        try:
            rows = self._passes.expected_today(self._actor)
            self.expected_model.now = self._passes.now()
        except DeskError as exc:
            self.ui.expectedLabel.setText(tr_error(exc))
            return
        self.expected.set_rows(rows)
        self.ui.expectedLabel.setText(self.tr("Expected today, not yet collected: {count}").format(count=len(rows)))

    # -- the scan -------------------------------------------------------------------------------

    def scan(self) -> None:
        """The verdict on the number in the field (a read: nothing is written)."""
        ui = self.ui
        self.form.errors.clear()
        text = ui.passNumberEdit.text()
        if not text.strip():
            return
        try:
            check = self._passes.check(self._actor, text)
        except DeskError as exc:
            self._show(None)
            self._say_refused(self.tr("REFUSED"), tr_error(exc))
            return
        self._show(check)
        ui.passNumberEdit.selectAll()  # the next scan replaces it
        if check.verdict is Verdict.VALID:
            ui.moverIdEdit.setFocus()

    def _show(self, check: GateCheck | None) -> None:
        ui = self.ui
        self.checked = check
        valid = check is not None and check.verdict is Verdict.VALID
        ui.collectButton.setEnabled(valid)
        ui.refuseButton.setEnabled(valid)
        ui.moverIdEdit.setEnabled(valid)
        ui.moverIdTypeCombo.setEnabled(valid)
        ui.gateNoteEdit.setEnabled(valid)
        if check is None:
            ui.verdictLabel.setStyleSheet(IDLE_STYLE)
            ui.verdictLabel.setText(self.tr("Scan a pass"))
            ui.reasonLabel.clear()
            self._show_pass(None)
            return
        if valid:
            ui.verdictLabel.setStyleSheet(VALID_STYLE)
            ui.verdictLabel.setText(f"✓ {fmt.verdict(check.verdict)}")
            ui.reasonLabel.setText(self.tr("Check the load against the items, then release it (Ctrl+Enter) and "
                                           "keep the red copy for the desk."))
        else:
            reason = Problem(None, check.message, dict(check.params or {})).render(
                lambda m: QCoreApplication.translate(ERRORS_CONTEXT, m)) if check.message else ""
            self._say_refused(fmt.verdict(check.verdict), reason)
        self._show_pass(check.pass_)

    def _say_refused(self, verdict: str, reason: str) -> None:
        ui = self.ui
        ui.verdictLabel.setStyleSheet(REFUSED_STYLE)
        ui.verdictLabel.setText(f"{REFUSED_MARK} {verdict}")
        ui.reasonLabel.setText(reason)
        ui.passNumberEdit.selectAll()
        ui.passNumberEdit.setFocus()

    def _show_pass(self, p: PassInfo | None) -> None:
        ui = self.ui
        if p is None:
            ui.passDetailLabel.clear()
            ui.gateItemsLabel.clear()
            ui.itemsHeadLabel.setVisible(False)
            return
        lines = [
            self.tr("Pass {number} · unit {room} · {state}").format(number=p.number, room=p.room_no,
                                                                   state=fmt.pass_state(p.state)),
            self.tr("Valid {window}").format(window=window_text(p)),
            self.tr("Applicant {name} ({document} {masked})").format(
                name=p.applicant_name, document=ID_TYPE_WORDS[p.id_type], masked=p.id_masked),
        ]
        if p.plate:
            lines.append(self.tr("Vehicle {plate}").format(plate=p.plate))
        if p.movers:
            lines.append(self.tr("Movers: {movers}").format(movers=p.movers))
        if p.remarks:
            lines.append(self.tr("Remarks: {remarks}").format(remarks=p.remarks))
        lines.append(self.tr("Issued by {name} at {time}").format(name=p.issued_by, time=fmt.when(p.issued_at)))
        ui.passDetailLabel.setText("\n".join(lines))
        ui.itemsHeadLabel.setVisible(True)
        ui.gateItemsLabel.setText("\n".join(f"{n}. {i.name} × {i.quantity} {i.unit}"
                                            for n, i in enumerate(p.items, start=1)))

    def _expected_picked(self, p: PassInfo | None) -> None:
        """A pass picked in the expected list is shown (not checked: the guard scans the red copy)."""
        if p is not None and self.checked is None:
            self._show_pass(p)

    # -- release or refuse ----------------------------------------------------------------------

    def _valid_number(self) -> str | None:
        """The number of the pass on screen when its verdict is VALID (the only one the gate acts on)."""
        check = self.checked
        if check is None or check.verdict is not Verdict.VALID or check.pass_ is None:
            return None
        return check.pass_.number

    def release(self) -> None:
        """The load matches: the pass is collected at this gate (another gate may have been first: then
        the refusal says when, where and who)."""
        number = self._valid_number()
        if number is None:
            return
        ui = self.ui
        collected = self.form.submit(lambda: self._passes.collect(
            self._actor, number, gate=self._config.station_name, mover_id_type=ui.moverIdTypeCombo.currentData(),
            mover_id=ui.moverIdEdit.text(), note=ui.gateNoteEdit.text()))
        if collected is None:
            self._after_refusal()
            return
        self._done(self.tr("RELEASED"), self.tr("Pass {number} collected at {time}: keep the red copy for the desk.")
                   .format(number=collected.number, time=fmt.clock_time(collected.collected_at)))

    def refuse(self) -> None:
        """The load does not match: release refused (a new pass is needed); the note says how it differs."""
        number = self._valid_number()
        if number is None:
            return
        ui = self.ui
        refused = self.form.submit(lambda: self._passes.refuse(
            self._actor, number, gate=self._config.station_name, note=ui.gateNoteEdit.text()))
        if refused is None:
            self._after_refusal()
            return
        self.checked = None
        self._show_pass(refused)
        self._say_refused(self.tr("NOT RELEASED"), self.tr(
            "Goods don't match pass {number}: the load stays; a new pass is needed from the desk.").format(
            number=refused.number))
        ui.passNumberEdit.clear()

    def _after_refusal(self) -> None:
        """The service refused the step (another gate was first, the window closed meanwhile): said loudly."""
        message = self.ui.gateMessageLabel.text()
        if self.ui.gateNoteEdit.property("invalid") or self.ui.moverIdEdit.property("invalid"):
            return  # a field to put right: the message is at it and the verdict stands
        self._show(None)
        self._say_refused(self.tr("REFUSED"), message)

    def _done(self, verdict: str, text: str) -> None:
        ui = self.ui
        self._show(None)
        ui.verdictLabel.setStyleSheet(VALID_STYLE)
        ui.verdictLabel.setText(f"✓ {verdict}")
        ui.reasonLabel.setText(text)
        ui.passNumberEdit.clear()
        ui.passNumberEdit.setFocus()

    def _clear_gate(self) -> None:
        ui = self.ui
        ui.moverIdEdit.clear()
        ui.gateNoteEdit.clear()
        ui.moverIdTypeCombo.setCurrentIndex(0)
