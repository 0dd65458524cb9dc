"""Security in the services: logging in tells nobody which staff numbers exist."""

import pytest

from deskapp.domain.errors import AuthenticationFailed
from deskapp.services.auth import AuthService
from tests.conftest import HASHER, PASSWORD


class SpyHasher:
    """The test hasher, counting what each login costs."""

    def __init__(self) -> None:
        self.verified: list[str] = []
        self.hashed = 0

    def hash(self, password: str) -> str:
        self.hashed += 1
        return HASHER.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        self.verified.append(stored)
        return HASHER.verify(stored, password)

    def needs_rehash(self, stored: str) -> bool:
        return HASHER.needs_rehash(stored)


def test_an_unknown_staff_number_costs_the_same_verification_and_gets_the_same_answer(world, admin):
    spy = SpyHasher()
    auth = AuthService(db=world.db, hasher=spy)  # type: ignore[arg-type]
    answers = []
    for staff_no, password in (("7777", PASSWORD), ("9001", "wrong-password"), ("7777", "wrong-password")):
        spy.verified.clear()
        with pytest.raises(AuthenticationFailed) as err:
            auth.login(staff_no, password, station="pc")
        answers.append((err.value.problems, str(err.value)))
        assert len(spy.verified) == 1  # one Argon2 verification each, known number or not
        assert spy.verified[0].startswith("$argon2id$")  # against a real hash (a dummy for the unknown)
    assert answers[0] == answers[1] == answers[2]
    assert spy.hashed == 1  # the dummy hash, made once
