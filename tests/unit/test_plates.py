"""Licence plates of mainland China (domain/plates.py)."""

import pytest

from deskapp.domain.errors import ValidationError
from deskapp.domain.plates import normalize_plate, plate_query


@pytest.mark.parametrize("typed, plate", [
    ("粤B12345", "粤B12345"), ("粤b 12345", "粤B12345"), ("粤B·12345", "粤B12345"), ("粤B.12345", "粤B12345"),
    ("京A-8K9Z2", "京A8K9Z2"), ("粤BD12345", "粤BD12345"), ("沪afa1234", "沪AFA1234"), ("粤B12345D", "粤B12345D"),
    ("粤Z1234港", "粤Z1234港"), ("粤A1234学", "粤A1234学"), ("粤A1234警", "粤A1234警"), ("粤A1234挂", "粤A1234挂"),
    ("粤A1234领", "粤A1234领"), ("使123456", "使123456"), ("粤ａ１２３４５", "粤A12345"), ("", ""), ("  ", ""),
])
def test_plates_as_typed_become_one_form(typed, plate):
    assert normalize_plate(typed) == plate


@pytest.mark.parametrize("typed", ["' OR '1'='1", "%_\\", "粤12345", "粤BI2345", "粤B1234", "粤B1234567",
                                   "AB12345", "粤B12345\x00", "粤B1234😀", "x" * 10_000, "粤O12345"])
def test_what_is_not_a_plate_is_refused_with_a_message(typed):
    with pytest.raises(ValidationError) as err:
        normalize_plate(typed, "plate")
    assert err.value.field == "plate" and "粤B12345" in str(err.value)
    assert len(str(err.value)) < 300


def test_a_search_text_that_may_be_part_of_a_plate():
    assert plate_query("粤b·123") == "粤B123"
    assert plate_query("B12") == "B12"
    assert plate_query("%_") is None and plate_query("3-2-1502") is None and plate_query("x") is None
