"""The errors a user can be told about.

Every message is an English source string marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` collects it into the translation files; the UI translates it with
``QCoreApplication.translate(ERRORS_CONTEXT, message)`` and then fills in ``params``.
Anything that is not a ``DeskError`` is a bug: it is logged with its traceback.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dc_field

ERRORS_CONTEXT = "errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: which field, what, and the values for the message."""

    field: str | None
    message: str
    params: dict[str, object] = dc_field(default_factory=dict)

    def render(self, translate: Callable[[str], str] | None = None) -> str:
        text = translate(self.message) if translate else self.message
        try:
            return text.format(**{k: _shown(v) for k, v in self.params.items()})
        except (KeyError, IndexError, ValueError):
            return text


PARAM_MAX = 200  # a value put into a message: a reason at most (what was typed is quoted shorter)


def _shown(value: object) -> object:
    """A text value as a message may show it: no control or bidi characters (which would turn the
    line around), cut at PARAM_MAX characters. Services quote typed input shorter still (text.excerpt)."""
    if not isinstance(value, str):
        return value
    clean = "".join(ch for ch in value if unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
    return clean if len(clean) <= PARAM_MAX else clean[:PARAM_MAX - 1] + "…"


class DeskError(Exception):
    """A known problem: the user gets ``message`` in their language and nothing changes."""

    def __init__(self, message: str, *, field: str | None = None, **params: object) -> None:
        self.problems: tuple[Problem, ...] = (Problem(field, message, dict(params)),)
        super().__init__(self.problems[0].render())

    @property
    def message(self) -> str:
        return self.problems[0].message

    @property
    def params(self) -> dict[str, object]:
        return self.problems[0].params

    @property
    def field(self) -> str | None:
        return self.problems[0].field


class ValidationError(DeskError):
    """Input that breaks a rule; may name several fields at once."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        if not problems:
            raise ValueError("ValidationError needs at least one problem")
        Exception.__init__(self, "; ".join(p.render() for p in problems))
        self.problems = tuple(problems)

    @classmethod
    def single(cls, field: str | None, message: str, **params: object) -> ValidationError:
        return cls([Problem(field, message, dict(params))])


class PermissionDenied(DeskError):
    """The logged-in staff member's roles do not allow this action."""


class NotFound(DeskError):
    """The record asked for does not exist (any more)."""


class Conflict(DeskError):
    """The action clashes with what is already recorded (a duplicate, a changed record)."""


class InvalidTransition(DeskError):
    """A state machine refuses the step asked for."""


class AuthenticationFailed(DeskError):
    """Wrong staff number or password, or the account is locked or inactive."""


class KnownDatabaseError(DeskError):
    """The database is busy, read-only, full or unreachable: tell the user, keep their input."""


class Problems:
    """Collects problems while validating a form, then raises them together."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, field: str | None, message: str, **params: object) -> None:
        self.items.append(Problem(field, message, dict(params)))

    def extend(self, error: DeskError) -> None:
        self.items.extend(error.problems)

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(self.items)
