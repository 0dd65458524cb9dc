"""Move-out passes in the domain: states, the number and its check digit, the window, the items, the
owner's consent, the arrears confirmation and the gate's verdict."""

from datetime import date, datetime, time, timedelta

import pytest

from deskapp.domain.consent import (
    MSG_CONSENT_FUTURE,
    MSG_CONSENT_OLD,
    MSG_CONSENT_OWNER,
    MSG_CONSENT_PHONE,
    MSG_CONSENT_REQUIRED,
    Consent,
    ConsentMethod,
    check_consent,
)
from deskapp.domain.errors import InvalidTransition, PermissionDenied, Problems, ValidationError
from deskapp.domain.passes import (
    MAX_ITEMS,
    MAX_QUANTITY,
    MSG_ARREARS_TOLD,
    MSG_ITEM_NAME,
    MSG_ITEM_QUANTITY,
    MSG_ITEM_UNIT,
    MSG_ITEMS_MANY,
    MSG_ITEMS_NONE,
    MSG_WINDOW_AHEAD,
    MSG_WINDOW_DAYS,
    MSG_WINDOW_ORDER,
    MSG_WINDOW_PAST,
    ItemLine,
    NumberReading,
    PassState,
    PassStep,
    Verdict,
    Window,
    allowed_steps,
    check_arrears,
    check_items,
    make_window,
    may_void,
    next_state,
    pass_number,
    read_pass_number,
    verdict,
    verdict_of_reading,
)
from deskapp.domain.roles import Actor, Permission, Role

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 10, 0)


def messages(problems: Problems) -> list[str]:
    return [p.message for p in problems.items]


# -- states -------------------------------------------------------------------------------------------

def test_the_life_of_a_pass():
    s = next_state(PassState.ISSUED, PassStep.COLLECT)
    assert s is PassState.COLLECTED
    assert next_state(s, PassStep.RETURN_RED_COPY) is PassState.RETURNED
    assert next_state(PassState.ISSUED, PassStep.REFUSE) is PassState.REFUSED
    assert next_state(PassState.ISSUED, PassStep.VOID) is PassState.VOID


@pytest.mark.parametrize(("state", "step"), [
    (PassState.COLLECTED, PassStep.COLLECT), (PassState.RETURNED, PassStep.COLLECT),
    (PassState.VOID, PassStep.COLLECT), (PassState.ISSUED, PassStep.RETURN_RED_COPY),
    (PassState.RETURNED, PassStep.VOID), (PassState.VOID, PassStep.VOID), (PassState.REFUSED, PassStep.COLLECT),
])
def test_steps_a_pass_cannot_take(state, step):
    with pytest.raises(InvalidTransition):
        next_state(state, step)
    assert step not in allowed_steps(state)


def test_who_may_void():
    assert may_void(PassState.ISSUED, is_issuer=True, is_supervisor=False)
    assert not may_void(PassState.ISSUED, is_issuer=False, is_supervisor=False)
    assert not may_void(PassState.COLLECTED, is_issuer=True, is_supervisor=False)  # the goods have left
    assert may_void(PassState.COLLECTED, is_issuer=False, is_supervisor=True)
    assert not may_void(PassState.VOID, is_issuer=True, is_supervisor=True)
    assert not may_void(PassState.RETURNED, is_issuer=True, is_supervisor=True)


# -- the number ---------------------------------------------------------------------------------------

def test_a_pass_number_reads_back_and_a_typo_is_told_apart():
    number = pass_number(759)
    assert number == "P00007591"
    assert read_pass_number(number).pass_id == 759
    assert read_pass_number("p0000 7591").pass_id == 759 and read_pass_number("００００７５９１").pass_id == 759
    assert read_pass_number("P00007592").reading is NumberReading.MISTYPED
    assert read_pass_number("P00005791").reading is NumberReading.MISTYPED  # two neighbours swapped
    for text in ("", "abc", "P123", "R0000512", "3-2-1502"):
        assert read_pass_number(text).reading is NumberReading.NOT_A_NUMBER, text
    huge = "9" * 12
    assert read_pass_number(pass_number(int(huge))).reading is NumberReading.NOT_A_NUMBER  # past any id
    assert verdict_of_reading(NumberReading.MISTYPED) is Verdict.MISTYPED
    assert verdict_of_reading(NumberReading.NOT_A_NUMBER) is Verdict.UNKNOWN
    assert verdict_of_reading(NumberReading.OK) is None


# -- the window ---------------------------------------------------------------------------------------

def test_the_window_is_the_moving_day_by_default():
    problems = Problems()
    w = make_window(problems, TODAY, today=TODAY)
    assert not problems
    assert w == Window(datetime(2026, 11, 27, 7, 0), datetime(2026, 11, 27, 20, 0))
    w = make_window(problems, TODAY, start=time(9), end=time(12), days=2, today=TODAY)
    assert not problems and w.valid_until == datetime(2026, 11, 28, 12, 0)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"day": TODAY, "start": time(12), "end": time(9)}, MSG_WINDOW_ORDER),
    ({"day": TODAY - timedelta(days=1)}, MSG_WINDOW_PAST),
    ({"day": TODAY + timedelta(days=61)}, MSG_WINDOW_AHEAD),
    ({"day": TODAY, "days": 0}, MSG_WINDOW_DAYS),
    ({"day": TODAY, "days": 8}, MSG_WINDOW_DAYS),
])
def test_a_window_refused(kwargs, message):
    problems = Problems()
    day = kwargs.pop("day")
    make_window(problems, day, today=TODAY, **kwargs)
    assert message in messages(problems)


# -- the items ----------------------------------------------------------------------------------------

def test_item_lines_are_cleaned_and_blank_ones_dropped():
    problems = Problems()
    items = check_items(problems, [ItemLine(" 冰箱 ", 1, "台"), ItemLine("", 0, "件"), ItemLine("纸箱", 12, "箱")])
    assert not problems
    assert items == (ItemLine("冰箱", 1, "台"), ItemLine("纸箱", 12, "箱"))


@pytest.mark.parametrize(("lines", "message"), [
    ([], MSG_ITEMS_NONE),
    ([ItemLine("", 3, "件")], MSG_ITEM_NAME),
    ([ItemLine("沙发", 0, "件")], None),  # quantity 0 with a name: kept and refused
    ([ItemLine("沙发", 1000, "件")], MSG_ITEM_QUANTITY),
    ([ItemLine("沙发", True, "件")], MSG_ITEM_QUANTITY),
    ([ItemLine("沙发", 1, "吨")], MSG_ITEM_UNIT),
    ([ItemLine("x" * 41, 1, "件")], MSG_ITEM_NAME),
    ([ItemLine(f"箱子{n}", 1, "箱") for n in range(MAX_ITEMS + 1)], MSG_ITEMS_MANY),
])
def test_item_lines_refused(lines, message):
    problems = Problems()
    check_items(problems, lines)
    assert problems
    assert (message or MSG_ITEM_QUANTITY) in messages(problems)


def test_the_longest_item_list_is_allowed():
    problems = Problems()
    assert len(check_items(problems, [ItemLine(f"箱子{n}", 999, "箱") for n in range(MAX_ITEMS)])) == MAX_ITEMS
    assert not problems


# -- consent and arrears ------------------------------------------------------------------------------

OWNERS = {7: frozenset({"13912345678"}), 8: frozenset()}


def test_an_owner_needs_no_consent():
    problems = Problems()
    assert check_consent(problems, None, applicant_is_owner=True, owner_phones=OWNERS, now=NOW) is None
    assert not problems


def test_anyone_else_needs_an_owners_consent():
    problems = Problems()
    check_consent(problems, None, applicant_is_owner=False, owner_phones=OWNERS, now=NOW)
    assert messages(problems) == [MSG_CONSENT_REQUIRED]


@pytest.mark.parametrize(("consent", "message"), [
    (Consent(ConsentMethod.IN_PERSON, 99, NOW), MSG_CONSENT_OWNER),  # not an owner of this unit
    (Consent(ConsentMethod.PHONE, 7, NOW, "13800000000"), MSG_CONSENT_PHONE),  # not a number on file
    (Consent(ConsentMethod.PHONE, 8, NOW, "13912345678"), MSG_CONSENT_PHONE),  # another owner's number
    (Consent(ConsentMethod.WRITTEN, 7, NOW + timedelta(hours=1)), MSG_CONSENT_FUTURE),
    (Consent(ConsentMethod.WRITTEN, 7, NOW - timedelta(days=31)), MSG_CONSENT_OLD),
])
def test_a_consent_refused(consent, message):
    problems = Problems()
    check_consent(problems, consent, applicant_is_owner=False, owner_phones=OWNERS, now=NOW)
    assert messages(problems) == [message]


def test_a_good_consent():
    problems = Problems()
    c = check_consent(problems, Consent(ConsentMethod.PHONE, 7, NOW - timedelta(minutes=10), "13912345678"),
                      applicant_is_owner=False, owner_phones=OWNERS, now=NOW)
    assert not problems and c is not None and c.phone == "13912345678"
    c = check_consent(problems, Consent(ConsentMethod.IN_PERSON, 8, NOW, "13912345678"),
                      applicant_is_owner=False, owner_phones=OWNERS, now=NOW)
    assert not problems and c is not None and c.phone == ""  # a phone only for consent by phone


def test_an_arrears_hold_must_be_confirmed_as_told():
    problems = Problems()
    check_arrears(problems, has_arrears_hold=False, owner_told=False)
    check_arrears(problems, has_arrears_hold=True, owner_told=True)
    assert not problems
    check_arrears(problems, has_arrears_hold=True, owner_told=False)
    assert messages(problems) == [MSG_ARREARS_TOLD]
    with pytest.raises(ValidationError):
        problems.raise_if_any()


# -- the gate -----------------------------------------------------------------------------------------

WINDOW = Window(datetime(2026, 11, 27, 7, 0), datetime(2026, 11, 27, 20, 0))


@pytest.mark.parametrize(("state", "now", "expected"), [
    (PassState.ISSUED, datetime(2026, 11, 27, 7, 0), Verdict.VALID),
    (PassState.ISSUED, datetime(2026, 11, 27, 20, 0), Verdict.VALID),
    (PassState.ISSUED, datetime(2026, 11, 27, 6, 59), Verdict.NOT_YET_VALID),
    (PassState.ISSUED, datetime(2026, 11, 27, 20, 1), Verdict.EXPIRED),
    (PassState.VOID, datetime(2026, 11, 27, 10, 0), Verdict.VOID),
    (PassState.COLLECTED, datetime(2026, 11, 27, 10, 0), Verdict.COLLECTED),
    (PassState.RETURNED, datetime(2026, 11, 27, 10, 0), Verdict.COLLECTED),
    (PassState.REFUSED, datetime(2026, 11, 27, 10, 0), Verdict.REFUSED),
])
def test_the_gates_verdict(state, now, expected):
    assert verdict(state, WINDOW, now) is expected
    assert expected.release is (expected is Verdict.VALID)


@pytest.mark.parametrize(("role", "allowed", "refused"), [
    # a guard's rights are a receptionist's too (a small site's desk is its gate)
    (Role.RECEPTIONIST, {Permission.PASS_VIEW, Permission.PASS_ISSUE, Permission.PASS_CHECK}, {Permission.PASS_VOID}),
    (Role.GUARD, {Permission.PASS_VIEW, Permission.PASS_CHECK}, {Permission.PASS_ISSUE, Permission.PASS_VOID}),
    (Role.SUPERVISOR, {Permission.PASS_ISSUE, Permission.PASS_CHECK, Permission.PASS_VOID}, set()),
])
def test_who_does_what_with_passes(role, allowed, refused):
    actor = Actor(1, "1", "x", frozenset({role}), "pc")
    for p in allowed:
        actor.require(p)
    for p in refused:
        with pytest.raises(PermissionDenied):
            actor.require(p)


@pytest.mark.parametrize("text, lines", [
    ("双人床 1 张", [("双人床", 1, "张")]),
    ("纸箱×12箱\n\n  电视机2台  ", [("纸箱", 12, "箱"), ("电视机", 2, "台")]),
    ("书桌 1", [("书桌", 1, "件")]),  # no measure word: 件
    ("3人沙发 1 套", [("3人沙发", 1, "套")]),  # a digit in the name stays in the name
    ("１２寸电视 ２ 台", [("12寸电视", 2, "台")]),  # full-width digits from a Chinese input method
    ("冰箱", [("冰箱", 0, "件")]),  # no quantity: check_items names the line
    ("沙发 2 pcs", [("沙发", 2, "pcs")]),  # a measure word not offered: check_items names the line
    ("椅子 99999999999999999999 把", [("椅子", MAX_QUANTITY + 1, "把")]),  # past 2⁶³: too many, not a crash
    ("", []),
])
def test_item_lines_are_read_as_the_desk_types_them(text, lines):
    from deskapp.domain.passes import item_lines_text, read_item_lines

    read = read_item_lines(text)
    assert [(i.name, i.quantity, i.unit) for i in read] == lines
    if lines and all(q for _, q, _ in lines):
        assert read_item_lines(item_lines_text(read)) == read  # written back, read the same


def test_item_lines_that_are_wrong_are_named_by_check_items():
    from deskapp.domain.passes import read_item_lines

    problems = Problems()
    check_items(problems, read_item_lines("冰箱 1 台\n衣柜\n沙发 2 pcs"))
    assert messages(problems) == [MSG_ITEM_QUANTITY, MSG_ITEM_UNIT]
