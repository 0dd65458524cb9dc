import pytest

from deskapp.domain.errors import ValidationError
from deskapp.domain.phones import format_phone, normalize_phone, phone_digits_query


@pytest.mark.parametrize("typed, digits", [
    ("13812345678", "13812345678"),
    ("138 1234 5678", "13812345678"),
    ("138-1234-5678", "13812345678"),
    ("+86 138 1234 5678", "13812345678"),
    ("0086-13812345678", "13812345678"),
    ("１３８１２３４５６７８", "13812345678"),
    ("020-38881234", "02038881234"),
    ("(0755) 8888 1234", "075588881234"),
    ("38881234", "38881234"),
    ("400-888-1234", "4008881234"),
    ("95598", "95598"),
])
def test_phone_numbers_are_kept_as_digits(typed, digits):
    assert normalize_phone(typed) == digits


@pytest.mark.parametrize("typed", ["123", "1381234567", "138123456789", "23812345678", "phone", "138l2345678",
                                   "13812345678; DROP TABLE resident", ""])
def test_malformed_phone_numbers_are_refused(typed):
    with pytest.raises(ValidationError) as err:
        normalize_phone(typed, "phone2")
    assert err.value.field == "phone2"
    assert typed.strip() in str(err.value)


def test_format_for_reading_aloud():
    assert format_phone("13812345678") == "138 1234 5678"
    assert format_phone("02038881234") == "020-38881234"
    assert format_phone("075588881234") == "0755-88881234"


def test_search_text_that_is_a_phone_fragment():
    assert phone_digits_query("5678") == "5678"
    assert phone_digits_query("1381234") == "1381234"
    assert phone_digits_query("138 1234 5678") == "13812345678"
    assert phone_digits_query("020-3888-1234") == "02038881234"
    assert phone_digits_query("567") is None
    assert phone_digits_query("3-2-1502") is None
    assert phone_digits_query("20-3-1901") is None  # a room, not a phone being typed
    assert phone_digits_query("138 1234") is None  # half a number with a space: not searched as a phone


# -- issue 8 --------------------------------------------------------------------------------------

def test_a_mobile_dialled_with_a_trunk_zero_is_the_mobile_not_a_landline():
    # 0 + mobile is how a mobile is dialled from a landline in another city; 013 is no area code.
    assert normalize_phone("０１３８００１３８０００") == "13800138000"
    assert normalize_phone("013800138000") == "13800138000"
    assert normalize_phone("010-12345678") == "01012345678"  # Beijing keeps its 010


@pytest.mark.parametrize("typed", ["01212345678", "00012345678", "0201234567", "020123456789", "1" * 10_000,
                                   "138\x001234\u202e5678", "①③⑧①②③④⑤⑥⑦⑧"])
def test_what_no_area_code_or_mobile_begins_with_is_refused(typed):
    with pytest.raises(ValidationError) as err:
        normalize_phone(typed)
    assert len(str(err.value)) < 300 and "\x00" not in str(err.value) and "\u202e" not in str(err.value)
