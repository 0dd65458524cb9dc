from datetime import date

import pytest

from deskapp.domain.visits import WatchEntry, parse_slip_number, slip_number


def test_slip_numbers_carry_the_record_and_a_check_digit():
    assert slip_number(123).startswith("V0000123") and len(slip_number(123)) == 9
    for guest_id in (1, 42, 123456, 9_999_999, 12_345_678):
        assert parse_slip_number(slip_number(guest_id)) == guest_id


@pytest.mark.parametrize("spelling", [
    lambda s: s.lower(),
    lambda s: f" {s[:5]} {s[5:]} ",
    lambda s: f"{s[:8]}-{s[8:]}",
    lambda s: s[1:],  # the V left off
    lambda s: "V" + "".join(chr(ord(c) + 0xFEE0) for c in s[1:]),  # full-width digits from an IME
])
def test_slip_numbers_as_typed_or_scanned(spelling):
    assert parse_slip_number(spelling(slip_number(123))) == 123


def test_a_mistyped_slip_number_is_caught_by_its_check_digit():
    good = slip_number(1234)
    wrong_digit = good[:-2] + str((int(good[-2]) + 1) % 10) + good[-1]
    swapped = good[:5] + good[6] + good[5] + good[7:]
    assert parse_slip_number(wrong_digit) is None
    if swapped != good:
        assert parse_slip_number(swapped) is None
    assert parse_slip_number("hello") is None and parse_slip_number("") is None


def test_watch_entries_match_by_name_phone_or_id_digits_while_active():
    entry = WatchEntry(1, "张 三", "13800001111", "1234", "滋扰业主", date(2026, 6, 30))
    assert entry.matches(name="张三", phone=None)
    assert entry.matches(name="李四", phone="13800001111")
    assert entry.matches(name="李四", phone=None, id_last="44030019900101123" + "4")
    assert not entry.matches(name="李四", phone="13900001111", id_last="5678")
    assert entry.active_on(date(2026, 6, 30)) and not entry.active_on(date(2026, 7, 1))
    assert WatchEntry(2, "", None, None, "x", None).active_on(date(2099, 1, 1))


def test_a_slip_number_past_any_record_id_is_not_a_slip():
    from deskapp.domain.visits import _check_digit

    body = str(2**63)
    assert parse_slip_number(f"V{body}{_check_digit(body)}") is None
    body = "9" * 30
    assert parse_slip_number(f"V{body}{_check_digit(body)}") is None
    assert parse_slip_number("V" + "1" * 5000) is None
    assert parse_slip_number(slip_number(2**31 - 1)) == 2**31 - 1  # ids are 32-bit on PostgreSQL
    assert parse_slip_number(slip_number(2**31)) is None
