"""What a search box's text means (domain/search.py), including text no one should type."""

import pytest

from deskapp.domain.search import MAX_RECORD_ID, read_search, record_number


def test_control_characters_are_not_searched_for():
    assert read_search("张\x00三").text == "张三"
    assert read_search("3-2\x00-15").room == "3-2-15"


@pytest.mark.parametrize("typed", ["\x00", " \x00 ", "\u202e", "\x00\x01\x02"])
def test_a_text_of_nothing_but_control_characters_matches_nothing(typed):
    terms = read_search(typed)
    assert terms is not None and (terms.phone, terms.room, terms.word) == (None, None, None)


@pytest.mark.parametrize("typed, number", [
    ("R0000012", 12), ("r12", 12), ("12", 12), ("Ｒ００１２", 12), ("R 12", None), ("①", None), ("R²", None),
    ("9" * 25, None), ("R" + "1" * 5000, None), (f"R{MAX_RECORD_ID}", MAX_RECORD_ID), (f"{MAX_RECORD_ID + 1}", None),
    ("13812345678", None), (str(2**63), None),
])
def test_a_record_number_is_digits_within_the_database_range(typed, number):
    assert record_number(typed, "R") == number
