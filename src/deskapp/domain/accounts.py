"""Login lock-out and password rules, as plain functions of the stored state and the time."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from deskapp.domain.errors import QT_TRANSLATE_NOOP, Problem

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128  # a passphrase fits; a paste of a document does not reach the hasher

MSG_PASSWORD_SHORT = QT_TRANSLATE_NOOP("errors", "A password needs at least {min} characters.")
MSG_PASSWORD_LONG = QT_TRANSLATE_NOOP("errors", "A password has at most {max} characters.")
MSG_PASSWORD_CONTROL = QT_TRANSLATE_NOOP(
    "errors", "A password cannot contain control characters (such as a tab, a line break or an invisible mark)."
)
MSG_PASSWORD_IS_STAFF_NO = QT_TRANSLATE_NOOP("errors", "The password must not be the staff number.")
MSG_PASSWORDS_DIFFER = QT_TRANSLATE_NOOP("errors", "The two passwords are not the same.")
MSG_STAFF_NO = QT_TRANSLATE_NOOP(
    "errors", "A staff number has 1 to 16 letters or digits, such as 1024 or KF01."
)
_STAFF_NO = re.compile(r"^[A-Za-z0-9]{1,16}$")


@dataclass(frozen=True)
class LoginState:
    failed_logins: int
    locked_until: datetime | None

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def after_failure(self, now: datetime) -> LoginState:
        """One more wrong password: the fifth in a row locks the account for 15 minutes."""
        count = self.failed_logins + 1
        if count >= MAX_FAILED_LOGINS:
            return LoginState(0, now + LOCKOUT)
        return LoginState(count, None)

    @staticmethod
    def after_success() -> LoginState:
        return LoginState(0, None)


def check_staff_no(text: str, field: str = "staff_no") -> tuple[str, Problem | None]:
    value = (text or "").strip().upper()
    if not _STAFF_NO.match(value):
        return value, Problem(field, MSG_STAFF_NO)
    return value, None


def check_password(password: str, staff_no: str, field: str = "password") -> Problem | None:
    """A new password: 8 to 128 characters, none of them a control or invisible formatting one."""
    password = password or ""
    if len(password) < MIN_PASSWORD_LENGTH:
        return Problem(field, MSG_PASSWORD_SHORT, {"min": MIN_PASSWORD_LENGTH})
    if len(password) > MAX_PASSWORD_LENGTH:
        return Problem(field, MSG_PASSWORD_LONG, {"max": MAX_PASSWORD_LENGTH})
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in password):
        return Problem(field, MSG_PASSWORD_CONTROL)
    if password.strip().upper() == staff_no.upper():
        return Problem(field, MSG_PASSWORD_IS_STAFF_NO)
    return None
