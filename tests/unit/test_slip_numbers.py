"""A slip number with a wrong check digit is told apart from something that is no slip number."""

from deskapp.domain.visits import parse_slip_number, slip_mistyped, slip_number


def test_a_wrong_check_digit_is_a_mistyped_slip_number():
    good = slip_number(759)
    assert good == "V00007591" and not slip_mistyped(good) and parse_slip_number(good) == 759
    assert slip_mistyped("V00007592") and parse_slip_number("V00007592") is None
    assert slip_mistyped("v0000 7592") and slip_mistyped("００００７５９２")  # as scanned or typed
    swapped = "V00005791"  # two neighbours swapped
    assert slip_mistyped(swapped)


def test_something_else_is_not_mistyped_but_no_slip_number():
    for text in ("", "abc", "V123", "R0000512", "3-2-1502"):
        assert not slip_mistyped(text), text
