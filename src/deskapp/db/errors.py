"""Turns database driver errors into the two kinds the app knows.

Known problems (busy, read-only, disk full, server unreachable) become a
:class:`KnownDatabaseError` with a message for the user; everything else is re-raised as a bug.
"""

from __future__ import annotations

from sqlalchemy import exc as sa_exc

from deskapp.domain.errors import QT_TRANSLATE_NOOP, KnownDatabaseError

MSG_BUSY = QT_TRANSLATE_NOOP(
    "errors", "The database is busy with another station. Nothing was saved; try again in a moment."
)
MSG_READONLY = QT_TRANSLATE_NOOP(
    "errors", "The database is read-only. Nothing was saved; ask the administrator to check the data folder."
)
MSG_FULL = QT_TRANSLATE_NOOP("errors", "The disk is full. Nothing was saved; free some space and try again.")
MSG_UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors", "The database server cannot be reached. Nothing was saved; check the network and try again."
)
MSG_IO = QT_TRANSLATE_NOOP("errors", "The database file could not be read or written (disk error).")

_PATTERNS = (
    (("database is locked", "database table is locked", "could not obtain lock",
      "deadlock detected", "lock timeout", "canceling statement due to lock timeout"), MSG_BUSY),
    (("readonly database", "read-only", "read only"), MSG_READONLY),
    (("database or disk is full", "no space left on device", "disk full"), MSG_FULL),
    (("could not connect", "connection refused", "server closed the connection",
      "connection timeout", "connection is closed", "terminating connection",
      "name or service not known", "connection failed", "the connection is lost",
      "unable to open database file"), MSG_UNREACHABLE),
    (("disk i/o error",), MSG_IO),
)


def known_error(exc: BaseException) -> KnownDatabaseError | None:
    """The user-facing error for ``exc`` if it is a known database condition, else None."""
    driver_level = isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError | sa_exc.DisconnectionError)
    invalidated = isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated
    if not (driver_level or invalidated):
        return None
    text = str(getattr(exc, "orig", exc) or exc).lower()
    for needles, message in _PATTERNS:
        if any(n in text for n in needles):
            return KnownDatabaseError(message)
    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return KnownDatabaseError(MSG_UNREACHABLE)
    return None
