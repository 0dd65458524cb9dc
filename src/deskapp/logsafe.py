"""What may go into the log file: never a secret, a password hash or a full ID number.

The engine hides SQL parameters from its errors (``hide_parameters=True`` in ``db/engine.py``); this
is the second line, applied to every line written to the log: whatever parameters, failing rows and
key values a driver's message still carries, every Argon2 hash and every resident ID number.
"""

from __future__ import annotations

import logging
import re

from deskapp.domain.identity import mask_ids_in

HIDDEN = "(hidden)"
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # SQLAlchemy: "[parameters: (…)]" after the statement (one line: the parameters' repr).
    (re.compile(r"\[parameters: [^\n]*"), f"[parameters: {HIDDEN}]"),
    # PostgreSQL: "DETAIL:  Failing row contains (1, 9001, …)." and "Key (staff_no)=(9001) already exists."
    (re.compile(r"Failing row contains [^\n]*"), f"Failing row contains {HIDDEN}"),
    (re.compile(r"Key \(([^)\n]*)\)=\([^\n]*?\)(?= already exists| is not present| conflicts|\.|$)", re.M),
     rf"Key (\1)={HIDDEN}"),
    # Password hashes, wherever they appear: "$argon2id$v=19$m=65536,t=3,p=4$salt$hash".
    (re.compile(r"\$argon2(?:id|i|d)\$[^\s'\")\]]*"), f"$argon2{HIDDEN}"),
)


def scrub(text: str) -> str:
    """``text`` with parameters, failing rows, key values and hashes hidden and ID numbers masked."""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return mask_ids_in(text)


class ScrubbingFormatter(logging.Formatter):
    """A formatter whose every line, traceback included, has gone through :func:`scrub`."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))
