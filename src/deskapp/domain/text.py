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

# Characters that have no place in a register and that no printer font draws: emoji and
# pictographs (the misc-symbol and dingbat blocks, the emoji keycap and stars of the BMP, and the
# whole Supplementary Multilingual Plane: emoji, mahjong tiles, flags, but also historic scripts),
# the zero-width joiner that glues emoji together, and the invisible variation selectors (they would
# let "张\ufe00三" pass for 张三 on the do-not-admit list). Not the ideographic planes 2 and 3
# (CJK Extensions B to J, 生僻字): people's names are written with them.
_UNPRINTABLE_RANGES = (
    (0x200D, 0x200D), (0x20E3, 0x20E3), (0x231A, 0x231B), (0x23E9, 0x23FA), (0x2600, 0x27BF),
    (0x2B05, 0x2B07), (0x2B1B, 0x2B1C), (0x2B50, 0x2B55), (0xFE00, 0xFE0F), (0x10000, 0x1FFFF),
    (0xE0000, 0xE0FFF),
)
# Planes 2 and 3 hold only CJK ideographs; Python's own Unicode tables may predate the newest
# extension (3.11 knows Unicode 14: not Extension H or I), so these code points count as letters here.
_IDEOGRAPH_PLANES = (0x20000, 0x3FFFF)
_NAME_MARKS = " ·•.'-"
# What an error message may quote of the input: a short excerpt, never the whole paste.
EXCERPT_MAX = 40


def _unprintable(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _UNPRINTABLE_RANGES)


_FULL_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold_width(value: str | None) -> str:
    """Full-width ASCII from a Chinese input method (``１３８``, ``－``, ``＋``) as plain ASCII; nothing
    else changes (unlike NFKC, ``①`` and ``²`` stay what they are)."""
    return (value or "").translate(_FULL_WIDTH)


def is_letter(ch: str) -> bool:
    """A letter of any script, a CJK ideograph of any extension included."""
    return ch.isalpha() or _IDEOGRAPH_PLANES[0] <= ord(ch) <= _IDEOGRAPH_PLANES[1]


def _invisible(ch: str) -> bool:
    """Control, format (bidi overrides, zero-width), surrogate, private-use or unassigned: nothing
    one can see or print. Unassigned code points of the ideographic planes are new CJK extensions."""
    category = unicodedata.category(ch)
    if category == "Cn":
        return not is_letter(ch)
    return category in ("Cc", "Cf", "Cs", "Co")


def _shown(ch: str) -> str:
    """A refused character as a message shows it: itself if visible, else its code point."""
    if _invisible(ch) or unicodedata.category(ch) in ("Mn", "Me", "Zs") or 0xFE00 <= ord(ch) <= 0xFE0F \
            or 0xE0000 <= ord(ch) <= 0xE0FFF or ch == "\u200d":
        return f"U+{ord(ch):04X}"
    return ch


def strip_invisible(value: str | None) -> str:
    """The text without control, bidi and other invisible characters; tabs and line breaks become
    spaces, runs of spaces one. What a search looks for, and what a message may quote."""
    kept = []
    for ch in value or "":
        if ch in "\t\n\r\x0b\x0c\x85\u2028\u2029":
            kept.append(" ")
        elif not _invisible(ch):
            kept.append(ch)
    return " ".join("".join(kept).split())


def excerpt(value: str | None, limit: int = EXCERPT_MAX) -> str:
    """What an error message quotes of the input: cleaned of invisible characters, at most
    ``limit`` characters (the end cut off with …)."""
    text = strip_invisible(value)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


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
        if _unprintable(ch):
            return text, Problem(field, MSG_UNPRINTABLE, {"char": _shown(ch)})
        if _invisible(ch):
            if unicodedata.category(ch) in ("Co", "Cn"):  # private use (a font's own symbols), unassigned
                return text, Problem(field, MSG_UNPRINTABLE, {"char": _shown(ch)})
            return text, Problem(field, MSG_CONTROL)
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
    if not is_letter(text[0]) or not all(is_letter(ch) or ch in _NAME_MARKS for ch in text):
        return text, Problem(field, MSG_NAME_CHARS)
    return text, None


def like_pattern(fragment: str) -> str:
    """A ``LIKE '%…%'`` pattern that matches ``fragment`` literally (escape char ``\\``)."""
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def has_cjk(text: str) -> bool:
    """Whether ``text`` has a CJK ideograph (the BMP blocks or any extension plane)."""
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
               or _IDEOGRAPH_PLANES[0] <= ord(ch) <= _IDEOGRAPH_PLANES[1] for ch in text)


def name_grams(name: str) -> set[str]:
    """The two-character pieces of a name, case-folded: what the name index stores and looks up."""
    folded = (name or "").lower()
    return {folded[i:i + 2] for i in range(len(folded) - 1)}


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_grams(text: str) -> set[str]:
    """The two-character pieces of a short text (a name), only ASCII letters case-folded: the rule a
    database can repeat by itself (SQLite's lower(), PostgreSQL's translate()), so an index of them can be
    filled by one SQL statement and looked up with the same pieces."""
    folded = (text or "").translate(_ASCII_LOWER)
    return {folded[i:i + 2] for i in range(len(folded) - 1)}


def tails(text: str, shortest: int = 2) -> list[str]:
    """Every ending of ``text`` at least ``shortest`` long: ``text`` contains a part exactly when one of
    its endings starts with that part (an index range instead of a scan)."""
    return [text[i:] for i in range(len(text) - shortest + 1)]


def prefix_end(prefix: str) -> str | None:
    """The smallest text after every text that starts with ``prefix`` (in code point order), or None if
    there is none: ``[prefix, prefix_end(prefix))`` is the range of an index where they all are.

    A prefix of digits ends in digits ("1239" → "124", "99" → None), so the range holds in any
    collation that orders the digits (PostgreSQL's locales included)."""
    if prefix.isascii() and prefix.isdigit():
        stem = prefix.rstrip("9")
        return stem[:-1] + chr(ord(stem[-1]) + 1) if stem else None
    if not prefix:
        return None
    cp = ord(prefix[-1]) + 1
    if 0xD800 <= cp <= 0xDFFF:  # past the BMP's last character before the surrogates
        cp = 0xE000
    return prefix[:-1] + chr(cp) if cp <= 0x10FFFF else prefix_end(prefix[:-1])


def word_bigrams(text: str) -> list[str]:
    """The distinct two-character pieces inside each run of letters and digits, case-folded.

    Stored space-separated in a full-text index, they make a two-character word (common in
    Chinese, too short for a trigram index) an index lookup: 漏水 is in 厨房水管漏水 exactly when
    the piece 漏水 is among its pieces.
    """
    pieces: dict[str, None] = {}
    run: list[str] = []
    for ch in (text or "").lower() + " ":
        if ch.isalnum() or is_letter(ch):
            run.append(ch)
            continue
        for i in range(len(run) - 1):
            pieces[run[i] + run[i + 1]] = None
        run = []
    return list(pieces)
