"""Password hashing with Argon2id (argon2-cffi): salted, slow by design, parameters in the hash."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


class Hasher:
    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self._h = hasher or PasswordHasher()

    @classmethod
    def fast_for_tests(cls) -> Hasher:
        """Cheap parameters: the same algorithm, fast enough for hundreds of test logins."""
        return cls(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))

    def hash(self, password: str) -> str:
        return self._h.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        try:
            return self._h.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return self._h.check_needs_rehash(stored)
