"""Residents and unit notes: the words of the directory."""

from __future__ import annotations

import enum

from deskapp.domain.errors import QT_TRANSLATE_NOOP


class ResidentRole(enum.StrEnum):
    OWNER = "owner"  # 业主
    TENANT = "tenant"  # 租户
    FAMILY = "family"  # 家属


RESIDENT_ROLE_LABELS = {
    ResidentRole.OWNER: QT_TRANSLATE_NOOP("directory", "Owner"),
    ResidentRole.TENANT: QT_TRANSLATE_NOOP("directory", "Tenant"),
    ResidentRole.FAMILY: QT_TRANSLATE_NOOP("directory", "Family"),
}

# The words a site's own sheet uses for the resident's role, mapped to ours.
RESIDENT_ROLE_WORDS = {
    "业主": ResidentRole.OWNER, "業主": ResidentRole.OWNER, "户主": ResidentRole.OWNER,
    "owner": ResidentRole.OWNER, "产权人": ResidentRole.OWNER,
    "租户": ResidentRole.TENANT, "租戶": ResidentRole.TENANT, "租客": ResidentRole.TENANT,
    "tenant": ResidentRole.TENANT,
    "家属": ResidentRole.FAMILY, "家屬": ResidentRole.FAMILY, "家庭成员": ResidentRole.FAMILY,
    "family": ResidentRole.FAMILY, "成员": ResidentRole.FAMILY,
}


class NoteKind(enum.StrEnum):
    NOTE = "note"  # plain remark
    ARREARS = "arrears"  # 欠费
    DISPUTE = "dispute"  # 纠纷
    SAFETY = "safety"  # 安全隐患 / 特殊关照
    OTHER_HOLD = "other_hold"

    @property
    def is_hold(self) -> bool:
        """A hold is a warning shown wherever the unit is used; a note is only shown."""
        return self is not NoteKind.NOTE


NOTE_KIND_LABELS = {
    NoteKind.NOTE: QT_TRANSLATE_NOOP("directory", "Note"),
    NoteKind.ARREARS: QT_TRANSLATE_NOOP("directory", "Hold: arrears"),
    NoteKind.DISPUTE: QT_TRANSLATE_NOOP("directory", "Hold: dispute"),
    NoteKind.SAFETY: QT_TRANSLATE_NOOP("directory", "Hold: safety / special care"),
    NoteKind.OTHER_HOLD: QT_TRANSLATE_NOOP("directory", "Hold: other"),
}
