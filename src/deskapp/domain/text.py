"""Validation and normalisation of free text typed at the desk."""

from __future__ import annotations

import re
import unicodedata

from deskapp.domain.errors import QT_TRANSLATE_NOOP, Problem, ValidationError

MSG_REQUIRED = QT_TRANSLATE_NOOP("errors", "This field is required.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("errors", "Too long: at most {max} characters ({length} typed).")
MSG_CONTROL = QT_TRANSLATE_NOOP("errors", "Contains a control character that cannot be saved.")
MSG_UNPRINTABLE = QT_TRANSLATE_NOOP(
    "errors", "Contains an emoji or a symbol that cannot be printed: {char}"
)
MSG_NAME_CHARS = QT_TRANSLATE_NOOP(
    "errors", "A name may contain only letters, spaces and the marks · ' . -"
)

# Characters our printer font cannot draw and that have no place in a register: emoji and
# pictographs (all of them outside the Basic Multilingual Plane), the emoji variation selector,
# the zero-width joiner that glues emoji together, and the dingbat/misc-symbol blocks.
_UNPRINTABLE_RANGES = ((0x2600, 0x27BF), (0xFE0F, 0xFE0F), (0x200D, 0x200D), (0x10000, 0x10FFFF))
_NAME_RE = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ ·•.'\-])*$")


def _unprintable(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _UNPRINTABLE_RANGES)


def check_text(
    value: str | None,
    field: str,
    *,
    required: bool = False,
    max_len: int = 200,
    multiline: bool = False,
) -> tuple[str, Problem | None]:
    """Normalise ``value`` (NFC, trimmed) and return it with the first problem found, if any."""
    text = unicodedata.normalize("NFC", value or "").strip()
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text:
        return "", Problem(field, MSG_REQUIRED) if required else None
    if len(text) > max_len:
        return text, Problem(field, MSG_TOO_LONG, {"max": max_len, "length": len(text)})
    for ch in text:
        if multiline and ch in "\n\t":
            continue
        if unicodedata.category(ch) in ("Cc", "Cf") and ch != "\u200d":
            return text, Problem(field, MSG_CONTROL)
        if _unprintable(ch):
            return text, Problem(field, MSG_UNPRINTABLE, {"char": ch})
    return text, None


def clean_text(value: str | None, field: str, **kwargs) -> str:
    """Like :func:`check_text` but raises :class:`ValidationError` on a problem."""
    text, problem = check_text(value, field, **kwargs)
    if problem:
        raise ValidationError([problem])
    return text


def check_person_name(value: str | None, field: str, *, required: bool = True) -> tuple[str, Problem | None]:
    """A person's name: Chinese or Latin letters, 40 characters at most; inner spaces folded."""
    text, problem = check_text(value, field, required=required, max_len=40)
    if problem or not text:
        return text, problem
    text = re.sub(r"\s+", " ", text)
    if not _NAME_RE.match(text):
        return text, Problem(field, MSG_NAME_CHARS)
    return text, None


def like_pattern(fragment: str) -> str:
    """A ``LIKE '%…%'`` pattern that matches ``fragment`` literally (escape char ``\\``)."""
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def name_grams(name: str) -> set[str]:
    """The two-character pieces of a name, case-folded: what the name index stores and looks up."""
    folded = (name or "").lower()
    return {folded[i:i + 2] for i in range(len(folded) - 1)}


def word_bigrams(text: str) -> list[str]:
    """The distinct two-character pieces inside each run of letters and digits, case-folded.

    Stored space-separated in a full-text index, they make a two-character word (common in
    Chinese, too short for a trigram index) an index lookup: 漏水 is in 厨房水管漏水 exactly when
    the piece 漏水 is among its pieces.
    """
    pieces: dict[str, None] = {}
    run: list[str] = []
    for ch in (text or "").lower() + " ":
        if ch.isalnum():
            run.append(ch)
            continue
        for i in range(len(run) - 1):
            pieces[run[i] + run[i + 1]] = None
        run = []
    return list(pieces)
