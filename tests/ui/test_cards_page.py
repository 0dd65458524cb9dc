"""The access-card page driven by keys: the whole eight-step procedure (key count printed), the receipt's
preview, the signature drawn with the mouse, a refusal shown at its field, look-up and a lost card."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from deskapp.domain.cards import AppState, CardState, Step
from deskapp.printing.pages import DocumentKind
from deskapp.ui.dialogs.print_preview import PrintPreviewDialog
from tests.ui.test_keyboard import ALT, CTRL, NO, Keyboard

ID = "110101199003071233"


def sign(pad) -> None:
    """The applicant signs with the mouse: two strokes across the pad."""
    w, h = pad.width(), pad.height()
    for y0 in (h // 3, 2 * h // 3):
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(w // 10, y0))
        for i in range(1, 12):
            QTest.mouseMove(pad, QPoint(w // 10 + i * w // 15, y0 + (15 if i % 2 else -15)))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           QPoint(w // 10 + 12 * w // 15, y0))


def test_the_whole_procedure_by_keyboard(qtbot, ui, window):
    unit = ui.directory.create_unit(ui.desk, "3-2-1502")
    ui.directory.add_resident(ui.desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    ui.directory.add_resident(ui.desk, unit.id, name="李租客", role="tenant", phones=["13600001111"])
    w = window
    page = w.card_page
    k = Keyboard(qtbot, "access card, eight steps (a tenant, with the owner's consent by phone)", w)
    k.key(getattr(Qt.Key, f"Key_{w.tabs.indexOf(page) + 1}"), CTRL)
    assert w.tabs.currentWidget() is page
    # a) the requirements told
    k.key(Qt.Key.Key_U, ALT)
    assert k.at() == "roomEdit"
    k.type("3-2-1502")
    k.key(Qt.Key.Key_R, ALT)
    assert k.at() == "requirementsList"
    for n in range(page.ui.requirementsList.count()):
        k.key(Qt.Key.Key_Down if n else Qt.Key.Key_Home)
        k.key(Qt.Key.Key_Space)
    k.key(Qt.Key.Key_O, ALT)
    app = page.shown
    assert app is not None and app.state is AppState.REQUIREMENTS, page.ui.newMessageLabel.text()
    # b) identity: the tenant picked from the unit's residents, the ID typed
    assert k.at() == "applicantCombo"
    k.key(Qt.Key.Key_Down)  # 王建国 → 李租客
    k.key(Qt.Key.Key_M, ALT)
    assert k.at() == "idNumberEdit"
    k.type(ID)
    k.key(Qt.Key.Key_Return)
    assert page.shown.state is AppState.IDENTITY and page.shown.next_step is Step.CONSENT
    # c) the owner's consent, by phone to a number on file
    assert k.at() == "ownerCombo"
    k.key(Qt.Key.Key_G, ALT)
    k.key(Qt.Key.Key_Down)  # in person → by phone
    k.key(Qt.Key.Key_E, ALT)
    k.type("13912345678")
    k.key(Qt.Key.Key_Return)
    assert page.shown.state is AppState.CONSENT, page.ui.stepMessageLabel.text()
    # d) registered: the defaults (tomorrow 15:00, the site's fee); the receipt's preview opens
    assert k.at() == "pickupEdit"

    def close_preview(kb: Keyboard) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PrintPreviewDialog) and app.number in dialog._printout.title
        assert dialog._printout.kind == DocumentKind.CARD_RECEIPT
        kb.key(Qt.Key.Key_Escape)

    k.in_dialog(Qt.Key.Key_T, ALT, close_preview)
    app = ui.cards.application(ui.desk, app.id)
    assert app.state is AppState.REGISTER and app.receipt_prints == 1
    # e) paid by WeChat
    assert k.at() == "amountEdit"
    k.key(Qt.Key.Key_M, ALT)
    k.key(Qt.Key.Key_Down)  # cash → WeChat
    k.key(Qt.Key.Key_P, ALT)
    k.type("WX4200001234")
    k.key(Qt.Key.Key_Return)
    assert page.shown.state is AppState.PAY
    # f) authorised: the card number scanned (the scanner types it and Enter)
    assert k.at() == "cardNoEdit"
    k.type("0012345678")
    k.key(Qt.Key.Key_Return)
    assert page.shown.state is AppState.AUTHORISE and page.shown.card_no == "0012345678"
    # f) told to collect it
    assert k.at() == "notifyMethodCombo"
    k.key(Qt.Key.Key_T, ALT)  # by phone, as first offered: Record step
    assert page.shown.state is AppState.NOTIFY
    # g) collected: the receipt scanned back, the applicant signs, Enter
    assert k.at() == "receiptScanEdit"
    k.type(app.number)
    k.key(Qt.Key.Key_Return)  # not signed yet: refused, said at the signature
    assert page.shown.state is AppState.NOTIFY and page.ui.stepMessageLabel.text()
    sign(page.signature)
    page.ui.receiptScanEdit.setFocus()
    k.key(Qt.Key.Key_Return)
    done = ui.cards.application(ui.desk, app.id)
    assert done.state is AppState.COLLECT and done.signature, page.ui.stepMessageLabel.text()
    assert [d.step for d in done.steps] == list(Step)
    assert page.ui.stepStack.currentWidget().objectName() == "donePage"
    k.report()
    assert k.count - k.typed < 40  # the keys besides typing the unit, the ID, the phone and the numbers


def test_look_up_report_lost_and_the_history(qtbot, ui, window):
    from tests.integration.test_cards import to_step

    unit = ui.directory.create_unit(ui.desk, "3-2-1502")
    owner = ui.directory.add_resident(ui.desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    ui.cards = ui.services.cards
    to_step(ui, ui.desk, {"owner": owner, "tenant": owner}, Step.COLLECT, card_no="C0000001")
    w = window
    page = w.card_page
    k = Keyboard(qtbot, "card look-up, report lost", w)
    k.key(getattr(Qt.Key, f"Key_{w.tabs.indexOf(page) + 1}"), CTRL)
    k.key(Qt.Key.Key_B, ALT)
    k.type("nope-0001")
    k.key(Qt.Key.Key_Return)
    assert "NOPE0001" in page.ui.lookupResultLabel.text()
    k.type("c000-0001")
    k.key(Qt.Key.Key_Return)
    assert "王建国" in page.ui.lookupResultLabel.text() and "3-2-1502" in page.ui.lookupResultLabel.text()
    assert page.history.model.rowCount() == 1

    def report(kb: Keyboard) -> None:
        assert kb.at() == "reportedByEdit"
        kb.type("业主本人")
        kb.key(Qt.Key.Key_Return)

    page.ui.reportLostButton.setFocus()
    k.in_dialog(Qt.Key.Key_Space, NO, report)
    assert ui.cards.lookup(ui.desk, "C0000001").state is CardState.LOST
    assert page.history.model.rowCount() == 2 and not page.ui.reportLostButton.isEnabled()
    k.report()


def test_a_units_cards_beside_the_visit_and_call_forms_and_in_the_directory(qtbot, ui, window):
    from tests.integration.test_cards import to_step

    unit = ui.directory.create_unit(ui.desk, "3-2-1502")
    owner = ui.directory.add_resident(ui.desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    ui.cards = ui.services.cards
    to_step(ui, ui.desk, {"owner": owner, "tenant": owner}, Step.COLLECT, card_no="C0000001")
    to_step(ui, ui.desk, {"owner": owner, "tenant": owner}, Step.PAY)
    w = window
    visit = w.visits_tab.visit_page
    w.tabs.setCurrentWidget(w.visits_tab)
    visit.ui.unitEdit.setText("3-2-1502")
    visit.unit_entered()
    line = visit.unit_cards
    assert line.isVisible() and "王建国 C0000001" in line.text() and "1 application in hand" in line.text()
    card = ui.cards.lookup(ui.desk, "C0000001")
    ui.cards.report_lost(ui.desk, card.id, reported_by="业主")
    qtbot.waitUntil(lambda: "C0000001 (lost)" in line.text(), timeout=3000)  # through the change feed
    assert "C0000001 (lost)" in line.text()
    call = w.phone_tab.call_page
    w.tabs.setCurrentWidget(w.phone_tab)
    call.c.callUnitEdit.setText("3-2-1502")
    call.show_unit_history()
    assert call.unit_cards.isVisible() and "C0000001" in call.unit_cards.text()
    directory = w.directory_tab
    w.tabs.setCurrentWidget(directory)
    directory.show_unit(unit.id)
    assert directory.unit_cards.isVisible() and "C0000001" in directory.unit_cards.text()
    directory.show_unit(None)
    assert not directory.unit_cards.isVisible()


def test_a_guard_looks_cards_up_but_has_no_forms_to_issue_them(qtbot, ui, make_window):
    from deskapp.domain.roles import Role

    guard = ui.member(ui.admin, "3001", Role.GUARD, name="陈强", settled=True)
    w = make_window(guard)
    page = w.card_page
    assert page is not None
    w.tabs.setCurrentWidget(page)
    assert not page.ui.newApplicationGroup.isVisible() and not page.ui.reportLostButton.isVisible()
    assert page.ui.cardLookupEdit.isVisible() and not page.ui.doorListButton.isVisible()


def test_the_admin_edits_the_checklist_and_the_page_follows(qtbot, ui, window):
    from deskapp.ui.dialogs.settings import SiteDialog

    page = window.card_page
    window.tabs.setCurrentWidget(page)
    dialog = SiteDialog(site=ui.site, actor=ui.admin)
    qtbot.addWidget(dialog)
    assert dialog.ui.cardLimitSpin.value() == 4 and dialog.ui.cardFeeSpin.value() == 20.0
    dialog.ui.cardRequirementsEdit.setPlainText("")
    dialog._on_ok()  # an empty checklist is refused at its field
    error = dialog.findChild(QLabel, "cardRequirementsEditError")
    assert "one per line" in error.text() and ui.site.settings().card_requirements[0].startswith("申请人")
    dialog.ui.cardRequirementsEdit.setPlainText("身份证原件\n房产证或租赁合同\n")
    dialog.ui.cardLimitSpin.setValue(2)
    dialog.ui.cardFeeSpin.setValue(15.5)
    dialog._on_ok()
    s = ui.site.settings()
    assert (s.card_requirements, s.card_limit, s.card_fee_cents) == (("身份证原件", "房产证或租赁合同"), 2, 1550)
    listing = page.ui.requirementsList
    qtbot.waitUntil(lambda: listing.count() == 2, timeout=3000)
    assert [listing.item(i).text() for i in range(2)] == ["身份证原件", "房产证或租赁合同"]


def test_the_card_models_pass_the_model_tester(qtmodeltester, ui):
    from deskapp.ui.models.cards import ApplicationsModel, CardHistoryModel
    from tests.integration.test_cards import to_step

    unit = ui.directory.create_unit(ui.desk, "3-2-1502")
    owner = ui.directory.add_resident(ui.desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    ui.cards = ui.services.cards
    to_step(ui, ui.desk, {"owner": owner, "tenant": owner}, Step.COLLECT, card_no="C0000001")
    to_step(ui, ui.desk, {"owner": owner, "tenant": owner}, Step.AUTHORISE, card_no="C0000002")
    card = ui.cards.lookup(ui.desk, "C0000001")
    ui.cards.report_lost(ui.desk, card.id, reported_by="业主")
    ui.cards.replace_card(ui.desk, card.id, new_card_no="C0000003", fee="20", method="cash", reference="0042")
    history = CardHistoryModel()
    history.set_rows(ui.cards.card(ui.desk, card.id).history)
    apps = ApplicationsModel()
    apps.set_rows(ui.cards.open_applications(ui.desk))
    for model, rows in ((history, 3), (apps, 1)):
        assert model.rowCount() == rows
        qtmodeltester.check(model)
    assert apps.data(apps.index(0, 4)) == "Applicant notified"  # its next step


def test_the_signature_keeps_its_shape_when_the_pad_is_resized(qtbot):
    from deskapp.domain.cards import decode_signature
    from deskapp.ui.widgets.signature_pad import SignaturePad

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 200)
    pad.show()
    assert pad.is_empty() and pad.encoded() == ""
    sign(pad)
    before = pad.encoded()
    strokes = decode_signature(before)
    assert len(strokes) == 2 and all(0 <= x <= 1000 and 0 <= y <= 400 for s in strokes for x, y in s)
    pad.resize(800, 320)
    assert pad.encoded() == before
    pad.clear()
    assert pad.is_empty()


def test_the_door_list_of_a_day_missed(qtbot, ui, window, clock):
    from tests.integration.test_cards import to_step

    unit = ui.directory.create_unit(ui.desk, "3-2-1502")
    owner = ui.directory.add_resident(ui.desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    ui.cards = ui.services.cards
    to_step(ui, ui.desk, {"owner": owner, "tenant": owner}, Step.AUTHORISE, card_no="D0000001")
    clock.advance(days=1)
    page = window.card_page
    window.tabs.setCurrentWidget(page)
    dialog = page.door_list_preview()  # today's: nothing authorised today
    assert "需授权（新卡、补卡、解挂）：0张" in _texts(dialog._printout.pdf)
    dialog.deleteLater()
    yesterday = page.ui.doorListDateEdit.date().addDays(-1)
    page.ui.doorListDateEdit.setDate(yesterday)
    dialog = page.door_list_preview()
    assert "D0000001" in _texts(dialog._printout.pdf)
    assert dialog._printout.title.endswith(yesterday.toPython().isoformat())
    dialog.deleteLater()


def _texts(pdf: bytes) -> str:
    from tests.printing.pdfcheck import page_texts, squash

    return squash("".join(page_texts(pdf)))
