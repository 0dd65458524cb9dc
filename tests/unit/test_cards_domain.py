"""Access cards' rules in plain Python: the steps' order, the card's moves, the card number, money, the
receipt number and the signature."""

from __future__ import annotations

import pytest

from deskapp.domain.cards import (
    CARD_MOVES,
    MSG_APP_CLOSED,
    MSG_APP_COLLECTED,
    MSG_CARD_NO,
    MSG_MONEY,
    MSG_STEP_ALREADY,
    MSG_STEP_MISSING,
    MSG_STEP_NOT_NEEDED,
    STEP_LABELS,
    AppState,
    CardEvent,
    CardState,
    Refusal,
    Step,
    card_after,
    check_requirements,
    check_signature,
    check_step,
    decode_signature,
    encode_signature,
    fold_card_no,
    next_step,
    read_card_no,
    read_money,
    read_receipt_number,
    receipt_number,
    require_step,
    steps_for,
    yuan,
)
from deskapp.domain.errors import InvalidTransition, Problems
from deskapp.domain.numbers import NumberReading
from deskapp.domain.passes import pass_number, read_pass_number


def test_the_steps_in_order_with_the_consent_only_for_a_non_owner():
    assert steps_for(True) == tuple(Step)
    assert Step.CONSENT not in steps_for(False)
    assert next_step(AppState.REQUIREMENTS, False) is Step.IDENTITY
    assert next_step(AppState.IDENTITY, True) is Step.CONSENT
    assert next_step(AppState.IDENTITY, False) is Step.REGISTER
    assert next_step(AppState.NOTIFY, False) is Step.COLLECT
    assert next_step(AppState.COLLECT, False) is None and next_step(AppState.CANCELLED, True) is None


@pytest.mark.parametrize("needs", [True, False])
def test_each_step_is_allowed_only_next(needs):
    steps = steps_for(needs)
    for i, done in enumerate(steps[:-1]):
        state = AppState(done.value)
        for j, step in enumerate(steps):
            found = check_step(state, step, needs)
            if j == i + 1:
                assert found.refusal is None
            elif j <= i:
                assert found.refusal is Refusal.DONE
            else:
                assert (found.refusal, found.missing) == (Refusal.MISSING, steps[i + 1])


def test_a_refusal_names_the_missing_step():
    with pytest.raises(InvalidTransition) as err:
        require_step(AppState.IDENTITY, Step.REGISTER, True, number="K00000018")
    assert err.value.message == MSG_STEP_MISSING and err.value.params["missing"] == STEP_LABELS[Step.CONSENT]
    with pytest.raises(InvalidTransition) as err:
        require_step(AppState.IDENTITY, Step.CONSENT, False, number="K00000018")
    assert err.value.message == MSG_STEP_NOT_NEEDED
    assert check_step(AppState.CANCELLED, Step.PAY, False).refusal is Refusal.CLOSED
    for state, step, message in ((AppState.PAY, Step.IDENTITY, MSG_STEP_ALREADY),
                                 (AppState.CANCELLED, Step.PAY, MSG_APP_CLOSED),
                                 (AppState.COLLECT, Step.COLLECT, MSG_APP_COLLECTED)):
        with pytest.raises(InvalidTransition) as err:
            require_step(state, step, False, number="K00000018")
        assert err.value.message == message


def test_the_checklist_must_be_ticked_whole():
    checklist = ("身份证", "房产证")
    problems = Problems()
    assert check_requirements(problems, ["房产证", "身份证", "别的"], checklist) == checklist and not problems
    check_requirements(problems, ["身份证"], checklist)
    assert problems.items[0].params == {"missing": 1}


def test_the_card_moves():
    assert card_after(CardState.ACTIVE, CardEvent.LOST, card_no="1") is CardState.LOST
    assert card_after(CardState.LOST, CardEvent.FOUND, card_no="1") is CardState.ACTIVE
    assert card_after(CardState.LOST, CardEvent.REPLACED, card_no="1") is CardState.REPLACED
    for state in (CardState.REPLACED, CardState.RETURNED, CardState.EXPIRED):  # final: deactivated for good
        assert not state.live
        for event in CardEvent:
            with pytest.raises(InvalidTransition):
                card_after(state, event, card_no="1")
    assert all(s.live for s, _e in CARD_MOVES)
    assert CardState.LOST.live and not CardState.LOST.opens_doors


@pytest.mark.parametrize("text, number", [("0012345678", "0012345678"), ("00-1234 5678", "0012345678"),
                                          ("ａｂ１２３４", "AB1234"), ("04:a1:b2:c3", "04A1B2C3")])
def test_card_numbers_as_typed_or_scanned(text, number):
    problems = Problems()
    assert read_card_no(problems, text) == number and not problems
    assert fold_card_no(text) == number


@pytest.mark.parametrize("text", ["", "123", "1" * 21, "x" * 10_000, "12\x0034", "卡号1234", "😀1234", "12%4_",
                                  "1' OR '1'='1", None])
def test_bad_card_numbers(text):
    problems = Problems()
    assert read_card_no(problems, text) == "" and problems.items[0].message == MSG_CARD_NO


@pytest.mark.parametrize("text, cents", [("20", 2000), ("20.5", 2050), ("¥20.00", 2000), ("２０．５０", 2050),
                                         ("0", 0), ("100000", 10_000_000), ("1,000", 100_000), ("20元", 2000)])
def test_money(text, cents):
    problems = Problems()
    assert read_money(problems, text, "fee") == cents and not problems


@pytest.mark.parametrize("text", ["", "abc", "-1", "NaN", "inf", "1e3", str(2**63), "100000.01", "0.001", "😀",
                                  float("nan"), float("inf"), True, None])
def test_bad_money(text):
    problems = Problems()
    assert read_money(problems, text, "fee") == 0 and problems.items[0].message == MSG_MONEY
    assert yuan(2050) == "¥20.50"


def test_the_receipt_number_shares_the_passes_scheme():
    number = receipt_number(1)
    assert number == "K00000018" and read_receipt_number(number).record_id == 1
    assert read_receipt_number("k 0000 0018").record_id == 1
    assert read_receipt_number("K00000017").reading is NumberReading.MISTYPED
    assert read_receipt_number(pass_number(1)).reading is NumberReading.NOT_A_NUMBER  # a pass is not a receipt
    assert read_pass_number(number).reading is NumberReading.NOT_A_NUMBER


def test_the_signature_round_trip_and_refusals():
    text = encode_signature([[(0, 0), (250, 100), (500, 200)], [(10.4, 5.6), (400, 180)]], width=500, height=200)
    assert decode_signature(text) == (((0, 0), (500, 200), (1000, 400)), ((21, 11), (800, 360)))
    assert encode_signature([[(-5, 9999)]]) == "0,400"  # a stroke off the pad is kept inside the box
    ok = encode_signature([[(x * 40, 100 + (x % 2) * 50) for x in range(10)]])
    problems = Problems()
    assert check_signature(problems, ok) == ok and not problems
    for bad in ("", None, "1,1", "5,5 6,6 7,7 8,8 9,9 10,10 11,11 12,12", "a,b", "1,2 3", "x" * 40_000,
                "1001,1 2,2", "1,-2"):
        problems = Problems()
        assert check_signature(problems, bad) == "", bad
        assert problems.items, bad
