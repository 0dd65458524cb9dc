"""Password rules (domain/accounts.py): long enough, not absurdly long, no control characters."""

import pytest

from deskapp.domain.accounts import (
    MAX_PASSWORD_LENGTH,
    MSG_PASSWORD_CONTROL,
    MSG_PASSWORD_LONG,
    check_password,
)


def test_a_password_has_a_sane_maximum_length():
    assert check_password("a" * MAX_PASSWORD_LENGTH, "1001") is None
    problem = check_password("a" * 10_000, "1001")
    assert problem.message == MSG_PASSWORD_LONG and problem.params["max"] == MAX_PASSWORD_LENGTH == 128


@pytest.mark.parametrize("password", ["abc\x00defgh", "abcdefgh\n", "abc\u202edefgh", "abcd\ud800efgh", "abc\x7fdefgh"])
def test_control_characters_in_a_password_are_refused(password):
    assert check_password(password, "1001").message == MSG_PASSWORD_CONTROL


def test_spaces_and_any_script_are_fine_in_a_password():
    assert check_password("correct horse 电池 𠮷", "1001") is None
