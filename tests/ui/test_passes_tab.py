"""The 放行条 tab driven as the desk and the gate use it: issuing by keys, the owner's consent asked for,
the gate's verdict by a number and Enter, release and refusal, the red copy checked in, the reprint."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deskapp.domain.directory import NoteKind
from deskapp.domain.identity import IdType
from deskapp.domain.passes import ItemLine, PassState, pass_number
from deskapp.domain.roles import Role
from deskapp.services.passes import Applicant, PassQuery
from deskapp.services.timeutil import local_date
from tests.printing.pdfcheck import page_texts, qr_codes
from tests.ui.conftest import drive_modal, press, type_text
from tests.ui.test_keyboard import ALT, CTRL, Keyboard

ID = "110101199003071233"  # a valid resident ID number


@pytest.fixture
def estate(ui):
    d, desk = ui.directory, ui.desk
    unit = d.create_unit(desk, "3-2-1502")
    owner = d.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13812345678"])
    tenant = d.add_resident(desk, unit.id, name="李租客", role="tenant", phones=["13600001111"])
    d.create_unit(desk, "5-1-101")
    return {"unit": unit, "owner": owner, "tenant": tenant}


@pytest.fixture
def desk(window, estate):
    window.activateWindow()
    QApplication.processEvents()
    return window


def issued(ui, estate, **overrides):
    values = dict(unit="3-2-1502", applicant=Applicant(IdType.RESIDENT_ID, ID, resident_id=estate["owner"].id),
                  items=[ItemLine("冰箱", 1, "台"), ItemLine("纸箱", 12, "箱")],
                  moving_day=local_date(ui.clock.now()), start=time(0, 0), end=time(23, 59), plate="粤A12345")
    return ui.passes.issue(ui.desk, **(values | overrides))


def open_page(window, name: str):
    tab = window.passes_tab
    window.tabs.setCurrentWidget(tab)
    page = getattr(tab, name)
    tab.tabs.setCurrentWidget(page)
    QApplication.processEvents()
    return page


# -- issuing ----------------------------------------------------------------------------------------

def test_an_owner_s_pass_issued_by_keys_only(qtbot, desk, ui, estate):
    k = Keyboard(qtbot, "a move-out pass issued to the owner (the slip shown, closed with Esc)", desk)
    k.key(Qt.Key.Key_4, CTRL)  # the passes tab, its issue page, the cursor in the unit
    assert k.at() == "unitEdit"
    k.type("3-2-1502")
    k.key(Qt.Key.Key_Tab)
    if k.at() == "unitEdit":  # the completion took the Tab
        k.key(Qt.Key.Key_Tab)
    assert k.at() == "applicantCombo"
    k.key(Qt.Key.Key_Up)  # from "someone else" to the one resident above it … the owner is first
    k.key(Qt.Key.Key_Up)
    page = desk.passes_tab.issue_page
    assert page.ui.applicantCombo.currentData() == estate["owner"].id
    assert not page.ui.consentGroup.isVisible()  # an owner needs nobody's consent
    k.tab_to("idNumberEdit")
    k.type(ID)
    k.key(Qt.Key.Key_Tab)
    assert k.at() == "itemsEdit"
    k.type("冰箱 1 台")
    k.key(Qt.Key.Key_Return)
    k.type("纸箱×12箱")
    seen = {}

    def slip(k: Keyboard) -> None:
        seen["title"] = QApplication.activeModalWidget().windowTitle()
        seen["pdf"] = QApplication.activeModalWidget().printout.pdf
        k.key(Qt.Key.Key_Escape)

    k.in_dialog(Qt.Key.Key_S, CTRL, slip)
    [p] = ui.passes.search(ui.desk, PassQuery())
    assert (p.room_no, p.applicant_name, p.applicant_is_owner, p.id_masked) == ("3-2-1502", "王建国", True,
                                                                                 "1101**********1233")
    assert [(i.name, i.quantity, i.unit) for i in p.items] == [("冰箱", 1, "台"), ("纸箱", 12, "箱")]
    assert seen["title"] == f"大件物品放行条 {p.number}"
    text = "\n".join(page_texts(seen["pdf"]))
    assert "存根联" in text and "放行联" in text and "纸箱" in text and ID not in text
    assert p.number in qr_codes(seen["pdf"])
    assert k.at() == "unitEdit" and page.ui.unitEdit.text() == ""  # ready for the next one
    k.report()


def test_a_tenant_is_refused_without_the_owner_s_consent_then_issued_with_it(qtbot, desk, ui, estate):
    page = open_page(desk, "issue_page")
    u = page.ui
    type_text(u.unitEdit, "3-2-1502")
    page.unit_entered()
    u.applicantCombo.setCurrentIndex(u.applicantCombo.findData(estate["tenant"].id))
    assert u.consentGroup.isVisible()
    type_text(u.idNumberEdit, ID)
    type_text(u.itemsEdit, "衣柜 1 件")
    press(u.itemsEdit, Qt.Key.Key_S, CTRL)
    assert ui.passes.search(ui.desk, PassQuery()) == []
    assert "record the owner's consent first" in u.consentMethodComboError.text()
    u.consentMethodCombo.setCurrentIndex(u.consentMethodCombo.findData("phone"))
    u.consentOwnerCombo.setCurrentIndex(u.consentOwnerCombo.findData(estate["owner"].id))
    assert u.consentPhoneEdit.text() == "13812345678"  # the number on file, offered
    drive_modal(lambda: press(u.itemsEdit, Qt.Key.Key_S, CTRL), lambda dialog: dialog.reject())
    [p] = ui.passes.search(ui.desk, PassQuery())
    assert (p.applicant_name, p.applicant_is_owner, p.consent_owner) == ("李租客", False, "王建国")


def test_an_arrears_hold_asks_the_desk_to_confirm_the_owner_was_told(qtbot, desk, ui, estate):
    ui.directory.add_note(ui.desk, estate["unit"].id, kind=NoteKind.ARREARS, text="欠物业费 3 个月")
    page = open_page(desk, "issue_page")
    u = page.ui
    type_text(u.unitEdit, "3-2-1502")
    page.unit_entered()
    assert u.arrearsToldCheck.isVisible() and "欠物业费" in u.unitHoldsLabel.text()
    u.applicantCombo.setCurrentIndex(u.applicantCombo.findData(estate["owner"].id))
    type_text(u.idNumberEdit, ID)
    type_text(u.itemsEdit, "冰箱 1 台")
    press(u.itemsEdit, Qt.Key.Key_S, CTRL)
    assert ui.passes.search(ui.desk, PassQuery()) == []
    assert "arrears hold" in u.arrearsToldCheckError.text()
    u.arrearsToldCheck.setChecked(True)
    drive_modal(lambda: press(u.itemsEdit, Qt.Key.Key_S, CTRL), lambda dialog: dialog.reject())
    [p] = ui.passes.search(ui.desk, PassQuery())
    assert p.arrears_told


@pytest.mark.parametrize("items, said", [
    ("", "List at least one item"),
    ("冰箱", "Item line 1: the quantity"),
    ("冰箱 1 台\n沙发 2 pcs", "Item line 2: choose a unit"),
    ("椅子 99999999999999999999999 把", "Item line 1: the quantity"),
    ("\x00 1 件", "Item line 1"),
])
def test_bad_item_lines_are_named_and_nothing_is_issued(qtbot, desk, ui, estate, items, said):
    page = open_page(desk, "issue_page")
    u = page.ui
    type_text(u.unitEdit, "3-2-1502")
    page.unit_entered()
    u.applicantCombo.setCurrentIndex(u.applicantCombo.findData(estate["owner"].id))
    type_text(u.idNumberEdit, ID)
    u.itemsEdit.setPlainText(items)
    press(u.itemsEdit, Qt.Key.Key_S, CTRL)
    assert said in u.itemsEditError.text()
    assert ui.passes.search(ui.desk, PassQuery()) == []


# -- the gate ---------------------------------------------------------------------------------------

def scan(page, text: str) -> str:
    u = page.ui
    u.passNumberEdit.clear()
    type_text(u.passNumberEdit, text)
    press(u.passNumberEdit, Qt.Key.Key_Return)
    return u.verdictLabel.text()


def test_the_gate_releases_a_valid_pass_by_number_and_enter_then_refuses_it_twice(qtbot, desk, ui, estate):
    p = issued(ui, estate)
    k = Keyboard(qtbot, "a pass checked and released at the gate", desk)
    k.key(Qt.Key.Key_4, CTRL)
    k.key(Qt.Key.Key_2, ALT)  # the gate page, the cursor in the number
    assert k.at() == "passNumberEdit"
    gate = desk.passes_tab.gate_page
    assert gate.ui.expectedLabel.text().endswith(": 1") and gate.expected.rows()[0].id == p.id
    k.type(p.number)
    k.key(Qt.Key.Key_Return)
    assert gate.ui.verdictLabel.text() == "✓ VALID"
    assert "1. 冰箱 × 1 台" in gate.ui.gateItemsLabel.text() and "粤A12345" in gate.ui.passDetailLabel.text()
    k.key(Qt.Key.Key_Return, CTRL)
    assert gate.ui.verdictLabel.text() == "✓ RELEASED"
    assert ui.passes.get(ui.desk, p.id).state is PassState.COLLECTED
    assert k.at() == "passNumberEdit"
    k.report()
    said = scan(gate, p.number)
    assert said.startswith("✖ REFUSED: already collected")
    assert "desk-1" in gate.ui.reasonLabel.text() and "赵敏" in gate.ui.reasonLabel.text()
    assert not gate.ui.collectButton.isEnabled()
    qtbot.waitUntil(lambda: gate.ui.expectedLabel.text().endswith(": 0"))  # through the change feed


def test_the_gate_refuses_mistyped_unknown_void_and_expired_numbers_loudly(qtbot, desk, ui, estate):
    gate = open_page(desk, "gate_page")
    p = issued(ui, estate)
    wrong = p.number[:-1] + str((int(p.number[-1]) + 1) % 10)
    assert "mistyped" in scan(gate, wrong)
    assert "unknown number" in scan(gate, pass_number(p.id + 1000))
    assert "unknown number" in scan(gate, "'; DROP TABLE move_pass; --")
    assert "unknown number" in scan(gate, "x" * 10_000)
    assert gate.ui.verdictLabel.styleSheet().startswith("background: #b00020")
    assert scan(gate, "P" + p.number[1:].translate(str.maketrans("0123456789", "０１２３４５６７８９"))) == "✓ VALID"
    ui.passes.void(ui.desk, p.id, reason="申请人取消搬家")
    assert scan(gate, p.number) == "✖ REFUSED: void" and "申请人取消搬家" in gate.ui.reasonLabel.text()
    later = issued(ui, estate)
    ui.clock.advance(days=2)
    assert scan(gate, later.number).startswith("✖ REFUSED: expired")
    assert ui.passes.get(ui.desk, later.id).state is PassState.ISSUED  # a refusal on screen writes nothing


def test_goods_that_do_not_match_are_refused_with_a_note(qtbot, desk, ui, estate):
    gate = open_page(desk, "gate_page")
    p = issued(ui, estate)
    assert scan(gate, p.number) == "✓ VALID"
    gate.ui.refuseButton.click()
    assert "Say how the load differs" in gate.ui.gateNoteEditError.text()
    assert ui.passes.get(ui.desk, p.id).state is PassState.ISSUED
    assert gate.ui.verdictLabel.text() == "✓ VALID"  # the verdict stands while the note is put right
    type_text(gate.ui.gateNoteEdit, "多出两台空调")
    gate.ui.refuseButton.click()
    assert gate.ui.verdictLabel.text() == "✖ NOT RELEASED"
    refused = ui.passes.get(ui.desk, p.id)
    assert refused.state is PassState.REFUSED and refused.gate_note == "多出两台空调"
    assert scan(gate, p.number).startswith("✖ REFUSED: refused at the gate before")


def test_a_pass_another_gate_collected_meanwhile_is_refused_with_who_and_where(qtbot, desk, ui, estate):
    gate = open_page(desk, "gate_page")
    p = issued(ui, estate)
    assert scan(gate, p.number) == "✓ VALID"
    guard = ui.member(ui.admin, "3001", Role.GUARD, name="陈强")
    from dataclasses import replace

    ui.passes.collect(replace(guard, station="南门"), p.number, gate="南门")
    gate.ui.collectButton.click()
    assert gate.ui.verdictLabel.text() == "✖ REFUSED"
    assert "南门" in gate.ui.reasonLabel.text() and "陈强" in gate.ui.reasonLabel.text()


def test_a_mover_s_bad_id_is_said_at_its_field_and_the_pass_stays_issued(qtbot, desk, ui, estate):
    gate = open_page(desk, "gate_page")
    p = issued(ui, estate)
    scan(gate, p.number)
    type_text(gate.ui.moverIdEdit, "110101199003071234")  # wrong check digit
    gate.ui.collectButton.click()
    assert gate.ui.moverIdEditError.text() and gate.ui.verdictLabel.text() == "✓ VALID"
    assert ui.passes.get(ui.desk, p.id).state is PassState.ISSUED
    gate.ui.moverIdEdit.setText(ID)
    gate.ui.collectButton.click()
    collected = ui.passes.get(ui.desk, p.id)
    assert collected.state is PassState.COLLECTED and collected.mover_id_masked == "1101**********1233"


# -- back at the desk -------------------------------------------------------------------------------

def test_the_red_copy_is_checked_in_by_scanning_and_a_second_scan_is_refused(qtbot, desk, ui, estate):
    p = issued(ui, estate)
    ui.passes.collect(ui.desk, p.number, gate="北门")
    page = open_page(desk, "list_page")
    u = page.ui
    u.passShowCombo.setCurrentIndex(u.passShowCombo.findData("red_copy_missing"))
    assert [x.id for x in page.pass_list.rows()] == [p.id]
    type_text(u.redCopyEdit, p.number)
    press(u.redCopyEdit, Qt.Key.Key_Return)
    assert u.redCopyMessageLabel.text().startswith("✓ Red copy of")
    assert ui.passes.get(ui.desk, p.id).state is PassState.RETURNED
    qtbot.waitUntil(lambda: page.pass_list.rows() == [])  # the list follows through the change feed
    type_text(u.redCopyEdit, p.number)
    press(u.redCopyEdit, Qt.Key.Key_Return)
    assert u.redCopyMessageLabel.text().startswith("✖ ")


def test_a_reprint_is_marked_and_counted(qtbot, desk, ui, estate):
    p = issued(ui, estate)
    page = open_page(desk, "list_page")
    type_text(page.ui.passSearchEdit, p.number)
    assert page.pass_list.select_key(p.id)
    seen = {}

    def handle(dialog):
        seen["pdf"] = dialog.printout.pdf

    drive_modal(page.ui.reprintButton.click, handle)
    assert ui.passes.get(ui.desk, p.id).reprints == 1
    assert "补打" in "\n".join(page_texts(seen["pdf"]))
    qtbot.waitUntil(lambda: "reprinted 1×" in page.ui.passInfoLabel.text())


def test_the_reconciliation_of_the_week_prints(qtbot, desk, ui, estate):
    p = issued(ui, estate)
    ui.passes.collect(ui.desk, p.number, gate="北门")
    page = open_page(desk, "list_page")
    seen = {}
    drive_modal(page.ui.reconciliationButton.click, lambda dialog: seen.setdefault("pdf", dialog.printout.pdf))
    text = "\n".join(page_texts(seen["pdf"]))
    assert p.number in text and "3-2-1502" in text


def test_a_guard_has_the_gate_and_the_list_but_cannot_issue(qtbot, make_window, ui, estate):
    guard = ui.member(ui.admin, "3001", Role.GUARD, name="陈强", settled=True)
    w = make_window(guard)
    tab = w.passes_tab
    assert tab.issue_page is None and tab.gate_page is not None and tab.list_page is not None
    assert not tab.list_page.ui.reprintButton.isVisible() and not tab.list_page.ui.redCopyGroup.isVisible()


NASTY = ["", "x" * 10_000, "名\x00字", "😀😀", "𠀀𪜀", "１２３４５", "'; DROP TABLE move_pass; --", "%_\\", "9" * 25,
         "NaN"]


@pytest.mark.parametrize("field", ["applicantNameEdit", "applicantPhoneEdit", "idNumberEdit", "plateEdit",
                                   "moversEdit", "remarksEdit", "itemsEdit", "unitEdit"])
@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_nasty_input_in_the_issue_form_gets_a_message_or_a_clean_pass(qtbot, desk, ui, estate, field, text):
    page = open_page(desk, "issue_page")
    u = page.ui
    u.unitEdit.setText("3-2-1502")
    page.unit_entered()
    type_text(u.applicantNameEdit, "搬家张师傅")
    type_text(u.applicantPhoneEdit, "13800001111")
    type_text(u.idNumberEdit, ID)
    u.itemsEdit.setPlainText("冰箱 1 台")
    u.consentMethodCombo.setCurrentIndex(u.consentMethodCombo.findData("in_person"))
    u.consentOwnerCombo.setCurrentIndex(u.consentOwnerCombo.findData(estate["owner"].id))
    widget = getattr(u, field)
    if field == "itemsEdit":
        widget.setPlainText(text)
    else:
        widget.setText(text)  # a scanner or a paste past the field's length: the service still checks
    if field == "unitEdit":
        page.unit_entered()
    drive_modal(lambda: press(u.itemsEdit, Qt.Key.Key_S, CTRL), lambda dialog: dialog.reject(), timeout_ms=3000)
    found = ui.passes.search(ui.desk, PassQuery())
    shown = u.issueMessageLabel.text() + "".join(
        label.text() for label in page.findChildren(type(u.issueMessageLabel)) if label.objectName().endswith("Error"))
    if found:  # accepted: what is stored is clean (no NUL, within its length)
        [p] = found
        for value in (p.applicant_name, p.plate, p.movers, p.remarks, *(i.name for i in p.items)):
            assert "\x00" not in value and len(value) <= 200
    else:
        assert shown.strip(), f"{field}={text[:20]!r}: refused without a word"


@pytest.mark.parametrize("text", NASTY[1:], ids=range(len(NASTY) - 1))
def test_nasty_input_at_the_gate_is_refused_loudly(qtbot, desk, ui, estate, text):
    gate = open_page(desk, "gate_page")
    gate.ui.passNumberEdit.setText(text)  # as a scanner sends it (QTest cannot type a NUL)
    press(gate.ui.passNumberEdit, Qt.Key.Key_Return)
    assert gate.ui.verdictLabel.text().startswith("✖ REFUSED") and gate.ui.reasonLabel.text()


def test_the_unit_s_live_cards_are_shown_and_one_handed_back_is_recorded(qtbot, desk, ui, estate):
    from deskapp.services.demo import demo_card_no, seed_cards

    seed_cards(ui.db, cards=1, applications=False)  # the first demo card is live, the owner's
    page = open_page(desk, "issue_page")
    u = page.ui
    type_text(u.unitEdit, "3-2-1502")
    page.unit_entered()
    assert demo_card_no(0) in u.unitCardsLabel.text() and u.cardBackButton.isEnabled()
    assert u.liveCardCombo.currentText().startswith(demo_card_no(0))
    seen = {}

    def handle(dialog):
        seen["title"] = dialog.windowTitle()
        type_text(dialog.ui.actionNoteEdit, "搬出时交回")
        dialog.ui.okButton.click()

    drive_modal(u.cardBackButton.click, handle)
    assert ui.cards.live_cards_of_unit(ui.desk, estate["unit"].id) == []
    qtbot.waitUntil(lambda: not u.cardBackButton.isEnabled())  # the page hears the change
