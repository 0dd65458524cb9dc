"""The owner's consent 业主同意 (manual 2.7.1.5 (5) c and (7)): a non-owner who applies for an access card
or a move-out pass needs an owner of the unit to agree — in person, by phone to a number on file, or in
writing 委托书 — and recently. One rule for every desk procedure that needs it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from deskapp.domain.errors import QT_TRANSLATE_NOOP, Problems

# -- the owner's consent ----------------------------------------------------------------------------

class ConsentMethod(enum.StrEnum):
    IN_PERSON = "in_person"  # the owner came to the desk
    PHONE = "phone"  # the desk called a number on file for the owner
    WRITTEN = "written"  # a written authorisation 委托书, kept at the desk


CONSENT_LABELS = {
    ConsentMethod.IN_PERSON: QT_TRANSLATE_NOOP("consent", "In person at the desk"),
    ConsentMethod.PHONE: QT_TRANSLATE_NOOP("consent", "By phone, to a number on file"),
    ConsentMethod.WRITTEN: QT_TRANSLATE_NOOP("consent", "Written authorisation (委托书)"),
}
CONSENT_WORDS = {ConsentMethod.IN_PERSON: "业主到场", ConsentMethod.PHONE: "电话确认", ConsentMethod.WRITTEN: "书面委托"}

CONSENT_MAX_AGE = timedelta(days=30)

MSG_CONSENT_REQUIRED = QT_TRANSLATE_NOOP(
    "errors", "The applicant is not an owner of this unit: record the owner's consent first.")
MSG_CONSENT_OWNER = QT_TRANSLATE_NOOP("errors", "The consent must come from an owner of this unit.")
MSG_CONSENT_PHONE = QT_TRANSLATE_NOOP(
    "errors", "Consent by phone counts only when given on a number on file for that owner.")
MSG_CONSENT_FUTURE = QT_TRANSLATE_NOOP("errors", "The consent's time is in the future.")
MSG_CONSENT_OLD = QT_TRANSLATE_NOOP("errors", "The consent is more than {days} days old: ask the owner again.")


@dataclass(frozen=True)
class Consent:
    """How an owner agreed (the staff member who took it is the one recording it)."""

    method: ConsentMethod
    owner_resident_id: int
    given_at: datetime
    phone: str = ""  # PHONE: the digits called


def check_consent(problems: Problems, consent: Consent | None, *, applicant_is_owner: bool,
                  owner_phones: dict[int, frozenset[str]], now: datetime) -> Consent | None:
    """The consent a non-owner needs: none when the applicant is an owner of the unit, otherwise one from an
    owner of the unit (``owner_phones``: each owner's id → the phones on file), given recently."""
    if applicant_is_owner:
        return None
    if consent is None:
        problems.add("consent", MSG_CONSENT_REQUIRED)
        return None
    method = ConsentMethod(consent.method)
    if consent.owner_resident_id not in owner_phones:
        problems.add("consent_owner", MSG_CONSENT_OWNER)
    elif method is ConsentMethod.PHONE and consent.phone not in owner_phones[consent.owner_resident_id]:
        problems.add("consent_phone", MSG_CONSENT_PHONE)
    if consent.given_at > now + timedelta(minutes=5):
        problems.add("consent_time", MSG_CONSENT_FUTURE)
    elif now - consent.given_at > CONSENT_MAX_AGE:
        problems.add("consent_time", MSG_CONSENT_OLD, days=CONSENT_MAX_AGE.days)
    return Consent(method, consent.owner_resident_id, consent.given_at,
                   consent.phone if method is ConsentMethod.PHONE else "")
